"""User-facing errors: the message is shown as-is, on one line, and the command exits 1."""


class DialogtrackError(Exception):
    """An error the user can act on; ``str(error)`` says what is wrong and what to do."""


class SourceError(DialogtrackError):
    """One input (file, URL, stdin) could not be read; the rest of a batch goes on."""

    def __init__(self, origin: str, problem: str) -> None:
        super().__init__(f"{origin}: {problem}")
        self.origin = origin
        self.problem = problem

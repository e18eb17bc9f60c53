"""User-facing errors: the message is shown as-is, on one line, and the command exits 1."""

from __future__ import annotations


class DialogtrackError(Exception):
    """An error the user can act on; ``str(error)`` says what is wrong and what to do."""


class SourceError(DialogtrackError):
    """One input (file, URL, stdin) could not be read; the rest of a batch goes on."""

    def __init__(self, origin: str, problem: str) -> None:
        super().__init__(f"{origin}: {problem}")
        self.origin = origin
        self.problem = problem

    def __reduce__(self) -> tuple[type[SourceError], tuple[str, str]]:
        # Raised in a worker process and sent back: rebuilt from both fields, not from the message.
        return (SourceError, (self.origin, self.problem))

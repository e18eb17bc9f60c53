"""The edges of the process: its standard streams and the signals it is sent.

A result counts only once it is written. A full disk (``> /dev/full``), a closed stream (``>&-``,
``<&-``), a stream that cannot hold the characters (``PYTHONIOENCODING=ascii``) and a SIGTERM are
faults like any other: one line on stderr and a non-zero status, never a traceback, a warning from
the interpreter at exit, or a silent exit 0. Every line written to stderr goes through one filter,
so no file name, URL or value typed on the command line can send the terminal an escape sequence.

``cli.main`` calls ``install`` first and ``deliver`` last; the rest of the package writes to the
streams as usual.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import signal
import sys
from collections.abc import Iterator
from types import FrameType
from typing import Any

from dialogtrack.controls import printable

TERMINATED = 128 + signal.SIGTERM
"""The exit status of a process that ended on SIGTERM, as a shell reports it."""


class _Closed(io.RawIOBase):
    """A standard stream the process was started without: every use fails as a closed descriptor
    does, with a message that names the stream, so the code that reads or writes it reports it."""

    def __init__(self, name: str, *, writer: bool) -> None:
        super().__init__()
        self.name = name
        self.writer = writer
        self.discard = False

    def readable(self) -> bool:
        return not self.writer

    def writable(self) -> bool:
        return self.writer

    def readinto(self, buffer: Any) -> int:
        raise OSError(errno.EBADF, f"{self.name} is closed")

    def write(self, data: Any) -> int:
        if self.discard:
            return len(data)
        raise OSError(errno.EBADF, f"{self.name} is closed")


class _PrintableText(io.TextIOWrapper):
    """stderr with every line made printable (see ``printable``); ``original`` is the stream it wraps."""

    original: Any = None

    def write(self, text: str) -> int:
        super().write(printable(text))
        return len(text)


def unfiltered(stream: Any) -> Any:
    """The stream under the stderr filter, for a progress bar whose cursor moves are its own codes."""
    return getattr(stream, "original", None) or stream


class OutputFailed(BaseException):
    """Writing the output failed: the disk under it is full, it is closed, or its encoding cannot hold
    the text. A BaseException, as SystemExit is, so that no handler on the way (a command's last-resort
    ``except Exception``) takes it for a fault of the data; ``cli`` says ``problem`` (nothing for a
    reader that went away, as ``| head`` does) and exits 1."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def _failed(error: OSError | UnicodeEncodeError) -> BaseException:
    if isinstance(error, OSError) and error.errno == errno.EPIPE:
        return OutputFailed("")
    problem = output_problem(error)
    return error if problem is None else OutputFailed(problem)


class _GuardedBuffer(io.BufferedWriter):
    """stdout's bytes: a failure to write them is ``OutputFailed`` (iCalendar output writes here too)."""

    def write(self, data: Any) -> int:
        try:
            return super().write(data)
        except OSError as error:
            raise _failed(error) from error

    def flush(self) -> None:
        try:
            super().flush()
        except OSError as error:
            raise _failed(error) from error


class _GuardedText(io.TextIOWrapper):
    """stdout's text: characters its encoding cannot hold are ``OutputFailed`` too."""

    def write(self, text: str) -> int:
        try:
            return super().write(text)
        except UnicodeEncodeError as error:
            raise _failed(error) from error


_stdout_stand_in: _Closed | None = None


def _guarded_stdout() -> io.TextIOWrapper:
    """stdout rebuilt on the same descriptor (or on the stand-in for a closed one), guarded."""
    global _stdout_stand_in
    current = sys.stdout
    if current is None:
        _stdout_stand_in = _Closed("standard output", writer=True)
        return _GuardedText(_GuardedBuffer(_stdout_stand_in), encoding="utf-8")
    current.flush()
    raw = io.FileIO(current.fileno(), "w", closefd=False)
    return _GuardedText(
        _GuardedBuffer(raw),
        encoding=current.encoding,
        errors=current.errors,
        line_buffering=bool(current.line_buffering),
    )


def install() -> None:
    """Stand-ins for closed standard streams, the stderr filter, and SIGTERM as an orderly exit."""
    _occupy_closed_descriptors()
    if sys.stdin is None:
        sys.stdin = io.TextIOWrapper(io.BufferedReader(_Closed("standard input", writer=False)))
    if not isinstance(sys.stdout, _GuardedText):
        with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):  # not a real stream: as it is
            sys.stdout = _guarded_stdout()
    if sys.stderr is not None and not isinstance(sys.stderr, _PrintableText) and hasattr(sys.stderr, "buffer"):
        sys.stderr.flush()
        filtered = _PrintableText(
            sys.stderr.buffer, encoding=sys.stderr.encoding, errors="backslashreplace", line_buffering=True
        )
        filtered.original = sys.stderr
        sys.stderr = filtered
    signal.signal(signal.SIGTERM, _terminate)


def _occupy_closed_descriptors() -> None:
    """Point closed descriptors 0-2 at /dev/null, so that no file opened later (the database) gets
    one of them and is written to as if it were stdout."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != fd:  # a lower one was closed too and is taken now; keep to the order
                os.close(opened)


def _terminate(signum: int, frame: FrameType | None) -> None:
    """SIGTERM unwinds like an exit: open transactions roll back, worker pools shut down, and the
    multiprocessing resource tracker finds nothing leaked to warn about. Inside ``termination_deferred``
    it waits for the end of the block."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # once is enough while unwinding
    if _deferred is not None:
        _deferred.append(signum)
        return
    raise SystemExit(TERMINATED)


_deferred: list[int] | None = None
"""The SIGTERMs received inside ``termination_deferred`` (None outside it)."""


@contextlib.contextmanager
def termination_deferred() -> Iterator[None]:
    """A block a SIGTERM must not cut in two, such as starting a worker process: the worker is sent its
    start-up data in several writes, and a parent that unwinds between them leaves a child that prints a
    traceback (and a pool that reports itself broken). The exit happens at the end of the block."""
    global _deferred
    if _deferred is not None:  # already inside one
        yield
        return
    _deferred = []
    try:
        yield
    finally:
        received, _deferred = _deferred, None
        if received:
            raise SystemExit(TERMINATED)


def output_problem(error: BaseException) -> str | None:
    """The one line for a failure to write the output, or None when ``error`` is not one."""
    if isinstance(error, UnicodeEncodeError):
        encoding = getattr(sys.stdout, "encoding", None) or error.encoding
        shown = error.object[error.start : error.end]
        sample = " ".join(f"U+{ord(ch):04X}" for ch in shown[:3])
        return (
            f"cannot write the output: the output encoding ({encoding}) cannot show {sample}; "
            "set PYTHONIOENCODING=utf-8 or a UTF-8 locale (LANG=C.UTF-8)"
        )
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "cannot write the output: no space left on the device it goes to; free some space, or write elsewhere"
    if isinstance(error, OSError) and error.errno in (errno.EBADF, errno.EIO, errno.ENXIO):
        return f"cannot write the output: {error.strerror or 'the stream is closed'}"
    return None


def deliver() -> str | None:
    """Flush stdout; the one line saying why the output could not be written, or None.

    After a failure the stream is pointed at nothing, so the interpreter's own flush at exit cannot
    fail a second time with a warning of its own."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except OutputFailed as failure:
        silence_stdout()
        return failure.problem or None
    except (OSError, UnicodeEncodeError) as error:
        silence_stdout()
        return output_problem(error) or f"cannot write the output: {error}"
    return None


def silence_stdout() -> None:
    """Whatever is still buffered for stdout goes nowhere (the stream failed; its error is said)."""
    if _stdout_stand_in is not None:
        _stdout_stand_in.discard = True
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError, io.UnsupportedOperation):
        pass

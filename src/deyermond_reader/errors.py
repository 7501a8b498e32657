"""Provides the exit statuses and the one error type every stage raises for problems the user
can cause (``ReaderError``); the command line prints them as one line each, never a traceback.
"""

from enum import IntEnum


class Exit(IntEnum):
    """The reader's exit statuses."""

    OK = 0
    ERROR = 1
    """Unreadable or unusable input, or output that cannot be written."""
    USAGE = 2
    """A bad option, a bad combination of options, an unknown section."""
    INTERRUPTED = 130


class ReaderError(Exception):
    """A problem with the input, worded for the person who gave it: one line, and optionally a
    list of choices (``details``, shown one per line under it)."""

    exit_code = Exit.ERROR

    def __init__(self, message: str, details: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.details = tuple(details)

    def lines(self) -> list[str]:
        """The message and each detail as lines that cannot break or carry control codes."""
        from .text.source import neutralise_line

        return [neutralise_line(str(self)), *(f"  {neutralise_line(d)}" for d in self.details)]


class UsageError(ReaderError):
    """A problem with the command line itself (exit status 2)."""

    exit_code = Exit.USAGE

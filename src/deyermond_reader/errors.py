"""Provides the exit statuses and the one error type every stage raises for problems the user
can cause (``ReaderError``); the command line prints them as one line each, never a traceback.
"""

import re
from enum import IntEnum

_NUMBERED = re.compile(r" *(?:\d+\. )?")
"""A detail's indent and number ("  3. "), which its wrapped lines hang under."""


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

    def lines(self, width: int | None = None, lead: str = "") -> list[str]:
        """The message (after ``lead``) and each detail, indented, as lines that carry no control
        codes. With ``width`` every line fits it: the message wraps at spaces, and a detail's
        wrapped lines hang under its text ("  7. A wake-up call for" / "     allies"), so that
        a narrow terminal never breaks a word at its edge."""
        from .text.source import neutralise_line

        message = lead + neutralise_line(str(self))
        details = [f"  {neutralise_line(d)}" for d in self.details]
        if width is None:
            return [message, *details]
        lines = wrapped(message, width, "")
        for detail in details:
            numbered = _NUMBERED.match(detail)
            lines += wrapped(detail, width, " " * (numbered.end() if numbered else 4))
        return lines


class UsageError(ReaderError):
    """A problem with the command line itself (exit status 2)."""

    exit_code = Exit.USAGE


def wrapped(line: str, width: int, hang: str) -> list[str]:
    """``line`` broken at spaces into lines of at most ``width`` (a word longer than that is cut
    into pieces: it can fit no other way), continued after ``hang``."""
    if len(line) <= width:
        return [line]
    import textwrap

    indent = len(line) - len(line.lstrip(" "))
    return textwrap.wrap(line[indent:], max(1, width), initial_indent=" " * indent,
                         subsequent_indent=hang if len(hang) < width // 2 else "",
                         break_on_hyphens=False) or [line[:width]]

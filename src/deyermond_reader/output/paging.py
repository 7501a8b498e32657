"""Provides paging: printed text longer than the screen goes through a pager, as with git and bat.

The pager is ``$PAGER``, else ``less``. ``less`` gets the options git gives it
when ``LESS`` is unset: ``F`` (quit at once when the text fits), ``R`` (show
colours) and ``X`` (leave the text on the screen). A pager that is not known to
show styles (``more``, ``most``, a script) gets the text with its escape sequences
taken out, so it never shows them as characters. A pager that cannot start is an
error (exit 1), not a silent empty screen.
"""

from __future__ import annotations

import os
import re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO

DEFAULT_PAGER = "less"
LESS_OPTIONS = "FRX"
STYLED_PAGERS = frozenset({"less", "moar", "moor", "ov"})
"""Pagers that show colour codes as colours (``less`` only with ``-R`` or ``-r``)."""
_ESCAPE = re.compile(r"\x1b\[[0-9;:]*[A-Za-z]|\x1b\]8;[^\x1b\x07]*(?:\x1b\\|\x07)")
"""The escape sequences rich writes: styles (CSI ... m) and hyperlinks (OSC 8)."""


def longer_than_the_screen(out: IO[str], text: str) -> bool:
    """Whether ``text`` has more lines than the terminal ``out`` is (False when not known)."""
    rows = screen_rows(out)
    return rows > 0 and text.count("\n") > rows


def screen_rows(out: IO[str]) -> int:
    """The terminal's height in lines (0: not known)."""
    lines = os.environ.get("LINES", "")
    if lines.isdigit() and int(lines) > 0:
        return int(lines)
    try:
        return os.get_terminal_size(out.fileno()).lines
    except (AttributeError, OSError, ValueError):
        return 0


def pager_command() -> list[str]:
    """``$PAGER`` split as a shell would split it, or ``less``."""
    import shlex

    from ..errors import ReaderError

    wanted = os.environ.get("PAGER", "").strip() or DEFAULT_PAGER
    try:
        command = shlex.split(wanted)
    except ValueError as exc:
        raise ReaderError(f"cannot start the pager: PAGER is not a command ({exc})") from None
    return command or [DEFAULT_PAGER]


def pager_environment(command: list[str]) -> dict[str, str]:
    """The pager's environment: ``less``'s options when the person has set none."""
    environment = dict(os.environ)
    if os.path.basename(command[0]) == "less":
        environment.setdefault("LESS", LESS_OPTIONS)
        environment.setdefault("LESSCHARSET", "utf-8")
    return environment


def shows_styles(command: list[str], environment: dict[str, str]) -> bool:
    """Whether the pager shows colour codes as colours rather than as text."""
    name = os.path.basename(command[0])
    if name not in STYLED_PAGERS:
        return False
    if name != "less":
        return True
    options = " ".join([environment.get("LESS", ""), *command[1:]])
    return bool(re.search(r"(?:^|\s)-?[A-Za-z]*[Rr]|--raw-control-chars|--RAW-CONTROL-CHARS", options))


def without_styles(text: str) -> str:
    """The text with the reader's own escape sequences taken out."""
    return _ESCAPE.sub("", text)


def page(text: str) -> None:
    """Show ``text`` in the pager and wait for the person to leave it.

    Ctrl-C belongs to the pager while it runs (``less`` uses it to stop a search),
    so the reader ignores it until the pager ends, as git does.
    """
    import signal
    import subprocess

    from ..errors import ReaderError

    command = pager_command()
    environment = pager_environment(command)
    if not shows_styles(command, environment):
        text = without_styles(text)
    try:
        pager = subprocess.Popen(command, stdin=subprocess.PIPE, env=environment)
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else exc.__class__.__name__
        raise ReaderError(f"cannot start the pager {command[0]!r}: {reason.lower()}") from None
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        assert pager.stdin is not None
        try:
            pager.stdin.write(text.encode("utf-8", "replace"))
            pager.stdin.close()
        except BrokenPipeError:  # the person quit before the end: nothing wrong
            pass
        pager.wait()
    finally:
        signal.signal(signal.SIGINT, previous)

"""Provides the interactive reader's first screen, drawn before Textual has loaded.

Importing Textual takes longer than reading the article from the cache and
printing it (about 140 ms against 25-60 ms), so ``-i`` would leave the terminal
blank for that long. Instead the reader draws the screen the app opens on
(kept in the output cache like printed output, per terminal size),
from the same parts (``render.reader_parts``) at the same widths: the top bar,
the first lines of the article, an empty key bar. The app then takes the
terminal over without clearing it and paints the same text; the key bar fills
in when the keys work, and keys pressed before that wait in the terminal.

The layout is the app's exactly (the tests compare the two screens); named
accent colours can shift slightly when the app takes over, since Textual maps
them to its own palette.
"""

from __future__ import annotations

import io
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO

    from rich.segment import Segment

    from ..model import Article

BODY = "#e0e0e0 on #121212"
TOPBAR = "#e4e6e7 on #33424e"
KEYBAR = "on #242f38"
SCROLLBAR_TRACK = "on #000000"
"""The colours of Textual's default dark theme where the app paints them (the tests check)."""

PADDING = 1
"""``padding: 0 1`` on the top bar and the article column in ``reader.tcss``."""
SCROLLBAR = 2
"""Columns Textual's vertical scrollbar takes when the article overflows the screen."""
CHROME_ROWS = 3
"""Rows that are not the article: the top bar, the status line and the key bar."""


def first_screen(article: Article, width: int, height: int, start: int | None = None) -> list[list[Segment]]:
    """The rows the interactive reader shows first at this size, opened at section ``start``."""
    from rich.console import Console
    from rich.segment import Segment
    from rich.style import Style

    from ..output.article import topbar
    from ..output.theme import make_theme

    console = Console(width=width, height=height, file=io.StringIO(), theme=make_theme(),
                      color_system="truecolor", force_terminal=True, legacy_windows=False)
    body, bar = Style.parse(BODY), Style.parse(TOPBAR)
    view = max(0, height - CHROME_ROWS)
    narrow = width - 2 * PADDING - SCROLLBAR
    lines = _column(article, console, narrow, None, view)
    scrollbar = [Segment(" " * SCROLLBAR, Style.parse(SCROLLBAR_TRACK))]
    if len(lines) <= view:  # it all fits: no scrollbar, the text takes its columns, nothing scrolls
        lines, scrollbar = _column(article, console, width - 2 * PADDING, None, view), []
    elif start is not None:
        lines = _column(article, console, narrow, start, view)
    pad = Segment(" " * PADDING, body)
    rows = [_bar_row(console, topbar(article, start or _first_section(article)), width, bar)]
    rows += [[pad, *line, *scrollbar, pad] for line in lines[:view]]
    rows += [[Segment(" " * width, body)]] * (view - len(lines[:view]))
    rows += [[Segment(" " * width, body)], [Segment(" " * width, Style.parse(KEYBAR))]]
    return rows[:height]


def _first_section(article: Article) -> int | None:
    return article.sections[0].number if article.sections else None


def _bar_row(console, text, width: int, style) -> list[Segment]:
    from rich.segment import Segment

    inner = max(1, width - 2 * PADDING)
    line = console.render_lines(text, console.options.update_width(inner), style=style, pad=True)[0]
    return [Segment(" " * PADDING, style), *line, Segment(" " * PADDING, style)]


def _column(article: Article, console, width: int, start: int | None, view: int) -> list[list[Segment]]:
    """The article column's lines from the top (or section ``start``) until the view is full.

    Opened at a section near the end, the app scrolls only as far as the text
    goes, so the view then shows the last lines of the article.
    """
    from rich.segment import Segment
    from rich.style import Style

    from ..output.article import READER_MARGINS, reader_parts

    body = Style.parse(BODY)
    options = console.options.update_width(max(1, width))
    blank = [Segment(" " * max(1, width), body)]
    lines: list[list[Segment]] = []
    started = start is None
    for kind, number, _item, renderable in reader_parts(article):
        if not started and not (kind == "heading" and number == start):
            continue
        if started:
            lines += [blank] * READER_MARGINS.get(kind, 0)
        started = True
        lines += console.render_lines(renderable, options, style=body, pad=True)
        if len(lines) > view:
            return lines
    if start is not None:
        return _column(article, console, width, None, sys.maxsize)[-view:] if view else []
    return lines


def screen_size(out: IO[str]) -> tuple[int, int] | None:
    """(columns, lines) of the terminal ``out`` writes to, or None when it is not one."""
    try:
        size = os.get_terminal_size(out.fileno())
    except (AttributeError, OSError, ValueError):
        return None
    return size.columns, size.lines


class FirstScreen:
    """Holds the terminal from the first screen until the app takes it; gives it back as it was.

    ``released`` is set when the app has restored the screen itself; if it
    never got that far (an error, Ctrl-C while Textual loads), the exit does.
    """

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.painted = False
        self.released = False
        self._saved_modes: list | None = None

    def show(self, painted: str) -> None:
        """Write the escape sequences ``paint`` made, with the keys kept quiet until the app reads them."""
        self._quiet_keys()
        self.out.write(painted)
        self.out.flush()
        self.painted = True

    def __enter__(self) -> FirstScreen:
        return self

    def __exit__(self, *exc_info) -> None:
        if self.painted and not self.released:
            self.out.write("\x1b[?25h\x1b[?1049l")
            self.out.flush()
        if self._saved_modes is not None:
            import termios

            try:
                termios.tcsetattr(sys.stdin.fileno(), termios.TCSANOW, self._saved_modes)
            except (termios.error, OSError, ValueError):
                pass

    def _quiet_keys(self) -> None:
        """Keys pressed before the app reads them wait unechoed, instead of printing over the screen."""
        try:
            import termios
            import tty
        except ImportError:  # not a POSIX terminal: keys echo as they would anyway
            return
        try:
            fd = sys.stdin.fileno()
            saved = termios.tcgetattr(fd)
            tty.setcbreak(fd)
        except (termios.error, AttributeError, OSError, ValueError):
            return
        self._saved_modes = saved


def paint(rows: list[list[Segment]]) -> str:
    """The escape sequences that switch to the alternate screen and draw ``rows`` on it."""
    from rich.console import Console
    from rich.control import Control
    from rich.segment import Segments

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, legacy_windows=False,
                      width=max((sum(s.cell_length for s in row) for row in rows), default=1))
    console.set_alt_screen(True)
    console.show_cursor(False)
    for y, row in enumerate(rows):
        console.control(Control.move_to(0, y))
        console.print(Segments(row), end="")
    return buffer.getvalue()

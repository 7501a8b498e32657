"""Provides setting a paragraph into lines: greedy ragged-right wrapping, styled segments.

rich's ``Text`` wrapping builds a ``Text`` object per word and per line; on a
long article that dominated the reader's running time. Here a paragraph is
wrapped on its plain string and cut into one segment per style run per line,
which gives the same lines for prose at a fraction of the cost. Justified
text (``--justify``) is set by ``justify.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import Protocol

from rich.cells import cell_len, chop_cells
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Span

class StyledText(Protocol):
    """What the setter needs of a text: a rich ``Text``, or ``render.Styled`` (its string and spans)."""

    @property
    def plain(self) -> str: ...
    @property
    def spans(self) -> Sequence[Span]: ...
    @property
    def style(self) -> str | Style: ...


WORD = re.compile(r"(?:\S|\u00a0)+")
"""A word: what lines break between. A no-break space joins the words on either side (a check's
marker, "[◐ partly]", never parts), and is shown as a space."""
_WORD = WORD


def cell_width(word: str) -> int:
    return len(word) if word.isascii() else cell_len(word)


def wrap(plain: str, width: int) -> list[list[tuple[int, int]]]:
    """Lines as lists of (start, end) word offsets; words wider than a line are folded."""
    lines: list[list[tuple[int, int]]] = []
    measure = len if plain.isascii() else cell_width
    for hard_start, hard_line in hard_lines(plain):
        line: list[tuple[int, int]] = []
        used = 0
        for match in _WORD.finditer(hard_line):
            start, end = match.start() + hard_start, match.end() + hard_start
            size = measure(match.group())
            if line and used + 1 + size <= width:
                line.append((start, end))
                used += 1 + size
                continue
            if line:
                lines.append(line)
            line, used = [], 0
            if size > width:  # a word longer than the line: fold it, the last piece starts a line
                pieces = _folded(plain[start:end], start, width)
                lines += [[piece] for piece in pieces[:-1]]
                start = pieces[-1][0]
                size = measure(plain[start:end])
            line, used = [(start, end)], size
        lines.append(line)
    return lines


def hard_lines(plain: str) -> Iterator[tuple[int, str]]:
    if "\n" not in plain:
        yield 0, plain
        return
    position = 0
    for piece in plain.split("\n"):
        yield position, piece
        position += len(piece) + 1


def _folded(word: str, offset: int, width: int) -> list[tuple[int, int]]:
    """A word wider than the line cut into pieces that each fit, as (start, end) offsets from
    ``offset``: in one pass over the word (rich's ``chop_cells``, which keeps each grapheme
    whole), so a word of megabytes, or a run of Chinese with no spaces, folds in linear time."""
    pieces = []
    for piece in chop_cells(word, width):
        if piece:  # a grapheme wider than the whole line gets a line of its own
            pieces.append((offset, offset + len(piece)))
            offset += len(piece)
    return pieces


class StyleRuns:
    """The text's style at every offset, as runs that change only at span edges (``text``: a
    rich ``Text`` or anything with its ``plain``, ``spans`` and ``style``, like ``render.Styled``)."""

    def __init__(self, console: Console, text: StyledText) -> None:
        base = console.get_style(text.style) if isinstance(text.style, str) else text.style
        spans = text.spans
        starting: dict[int, list[int]] = {}
        ending: dict[int, list[int]] = {}
        for index, span in enumerate(spans):
            if span.end > span.start:
                starting.setdefault(span.start, []).append(index)
                ending.setdefault(span.end, []).append(index)
        edges = sorted({0, len(text.plain), *starting, *ending})
        self.starts: list[int] = []
        self.styles: list[Style] = []
        cache: dict[tuple, Style] = {}
        active: set[int] = set()
        for start in edges[:-1]:  # one sweep: spans open and close at their edges
            active.difference_update(ending.get(start, ()))
            active.update(starting.get(start, ()))
            styles = tuple(spans[i].style for i in sorted(active))  # in the order rich applies them
            if styles not in cache:
                style = base
                for each in styles:
                    style = style + (console.get_style(each) if isinstance(each, str) else each)
                cache[styles] = style
            self.starts.append(start)
            self.styles.append(cache[styles])

    def pieces(self, start: int, end: int) -> Iterator[tuple[int, int, Style]]:
        index = max(0, bisect_right(self.starts, start) - 1)
        while start < end:
            stop = self.starts[index + 1] if index + 1 < len(self.starts) else end
            stop = min(stop, end)
            if stop > start:
                yield start, stop, self.styles[index]
            start = stop
            index += 1


def set_paragraph(console: Console, text: StyledText, width: int, justify: bool = False,
                  rigid: Sequence[tuple[int, int]] = ()) -> Iterator[Segment]:
    """Segments of ``text`` wrapped to ``width``, ragged-right: one space between words. With
    ``justify``, every line but a paragraph's last is filled to the width by ``justify.py``,
    never widening a space inside one of the ``rigid`` (start, end) spans."""
    if justify:
        from .justify import set_justified

        justified = set_justified(console, text, width, rigid)
        if justified is not None:
            yield from justified
            return
    plain = text.plain.replace("\t", " ")
    lines = _simple_lines(plain, width)
    if lines is None:
        yield from set_paragraph_word_by_word(console, text, width)
        return
    runs = StyleRuns(console, text)
    for start, end in lines:
        for a, b, style in runs.pieces(start, end):
            yield Segment(plain[a:b], style)
        yield Segment.line()


def set_paragraph_word_by_word(console: Console, text: StyledText, width: int) -> Iterator[Segment]:
    """``set_paragraph`` for any text: hard breaks, runs of spaces, wide characters, long words."""
    plain = text.plain.replace("\t", " ")
    runs = StyleRuns(console, text)
    for line in wrap(plain, width):
        if line:
            yield from line_segments(plain, runs, line, None)
        yield Segment.line()


_LINE_PATTERNS: dict[int, re.Pattern[str]] = {}
_OTHER_SPACE = re.compile(r"[^\S ]")
_NARROW = re.compile("[\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0482\u2010-\u2027\u2030-\u205e]*")
"""Characters one cell wide (ASCII, Latin, Greek, Cyrillic, dashes and quotes): here a line's
length in characters is its width."""


def _simple_lines(plain: str, width: int) -> list[tuple[int, int]] | None:
    """Greedy lines as (start, end) found by one regex, for the usual paragraph: one-cell
    characters, one space between words, no line break, no word wider than the line. None for
    anything else."""
    if not plain or not _NARROW.fullmatch(plain) or "  " in plain or plain[0] == " " or plain[-1] == " " \
            or _OTHER_SPACE.search(plain) or width < 2:
        return None
    pattern = _LINE_PATTERNS.get(width)
    if pattern is None:  # a word wider than the line, or a line: as much as fits that ends at a word's end
        pattern = _LINE_PATTERNS[width] = re.compile(r"(\S{%d})|\S(?:.{0,%d}(?= |$))?" % (width + 1, width - 1))
    lines = []
    for match in pattern.finditer(plain):
        if match.lastindex:  # a word wider than the line
            return None
        lines.append(match.span())
    return lines


def line_segments(plain: str, runs: StyleRuns, line: list[tuple[int, int]], spacing: list[int] | None):
    """One line as segments, one per style run it crosses; stretched gaps take the gap's style."""
    start, end = line[0][0], line[-1][1]
    gap_sizes = spacing or [1] * (len(line) - 1)
    original = [line[i + 1][0] - line[i][1] for i in range(len(line) - 1)]
    if gap_sizes == original:
        text, shifts = plain[start:end], None
    else:
        parts = [plain[line[0][0]:line[0][1]]]
        shifts = [0]
        for (word_start, word_end), size, was in zip(line[1:], gap_sizes, original):
            parts.append(" " * size)
            parts.append(plain[word_start:word_end])
            shifts.append(shifts[-1] + size - was)
        text = "".join(parts)
    word_starts = [w[0] for w in line]
    moved_starts = None if shifts is None else [w - start + s for w, s in zip(word_starts, shifts)]

    def position(offset: int) -> int:  # a span edge inside a narrowed gap stays before the next word
        if shifts is None or moved_starts is None:
            return offset - start
        index = max(0, bisect_right(word_starts, offset) - 1)
        moved = offset - start + shifts[index]
        return min(moved, moved_starts[index + 1]) if index + 1 < len(moved_starts) else moved

    if "\u00a0" in text:
        text = text.replace("\u00a0", " ")
    for a, b, style in runs.pieces(start, end):
        piece = text[position(a):position(b)]
        if piece:
            yield Segment(piece, style)

"""Provides full justification without rivers (``--justify``): the paragraph's line breaks chosen
together, Knuth and Plass's total fit, on monospace cells, with hyphenation.

Greedy breaking stretches each line by whatever its last word left over, which in a
monospace font opens double and triple spaces. Here every way of breaking the paragraph
is weighed at once: a word is a box of its width, the space between two words is glue of one
cell that may stretch by one more (never to three: a line that cannot be filled that way is
left short), and a word may also break after its own hyphen or at a hyphenation point
(pyphen's en_US patterns, loaded only when justifying), at a cost, and never on three lines
in a row. Spaces inside a span that must keep its words together (a reference, a link) never
stretch. The greedy setter in ``layout`` stays the fast path for ragged text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache

from rich.console import Console
from rich.segment import Segment

from .layout import WORD, StyledText, StyleRuns, cell_width, hard_lines, line_segments

SPACE, SOFT, HARD, END = range(4)
"""How a fragment joins the next: a space, a hyphenation point (a hyphen appears if the line
breaks there), after the word's own hyphen, or nothing (the hard line's end)."""

HYPHEN_COST = 60
"""Demerits of ending a line with a hyphen: about what a line four cells short costs, so a word
is split only to fill its lines noticeably better."""
OWN_HYPHEN_COST = 30
"""Demerits of breaking after a word's own hyphen ("Trump-|Putin"): cheaper, nothing is added."""
TWO_HYPHENS_COST = 200
"""Extra demerits for a second hyphenated line in a row; a third is never allowed."""
LAST_LINE_HYPHEN_COST = 150
"""Extra demerits for hyphenating the line before the last (the last would start with a stub)."""
SHORT_LINE_COST = 1_000_000
"""Demerits of a line left short because filling it would open a gap of three spaces: more than
any line that can be filled (88 cells of slack cubed is 681,472)."""
MAX_HYPHENATED_RUN = 2

_HYPHENATABLE = re.compile(r"[\"“‘'(\[]*([^\W\d_]{6,})(?:['’][^\W\d_]{1,2})?(?:[^\w\s]|\[\d+(?:,\d+)*!?\])*")
"""A word pyphen may split: leading quotes or brackets, six letters or more (the part split),
a possessive, then punctuation or summit markers. Numbers, addresses and compounds stay whole."""
_OWN_HYPHEN = re.compile(r"(?<=[^\W_])-(?=[^\W\d_])")
"""A hyphen between a letter or digit and a letter: a line may end after it."""
_PUNCTUATED = re.compile(r"(?:[,;:!?]|^[^.]+\.)[)\]”’\"']*$")
"""A word ending in punctuation (not an abbreviation like "U.S."): the gap after it is widened
first, where a wider space shows least."""


@lru_cache(maxsize=1)
def _dictionary():
    import pyphen  # ~90 ms to load: only when a paragraph is justified

    return pyphen.Pyphen(lang="en_US", left=2, right=3)


@lru_cache(maxsize=16384)
def _hyphenation_points(word: str) -> tuple[int, ...]:
    """Offsets inside ``word`` where it may be hyphenated (none for words pyphen should not split)."""
    match = _HYPHENATABLE.fullmatch(word)
    if match is None:
        return ()
    start = match.start(1)
    return tuple(start + p for p in _dictionary().positions(match.group(1)))


class Fragments:
    """A hard line cut at every place a line may end: (start, end) offsets, cell widths, joins."""

    def __init__(self, plain: str, words: Sequence[tuple[int, int]], rigid: bytearray) -> None:
        self.bounds: list[tuple[int, int]] = []
        self.widths: list[int] = []
        self.joins: list[int] = []
        self.stretchy: list[bool] = []
        """For each join: a space that may widen (outside every span that keeps words together)."""
        for number, (start, end) in enumerate(words):
            word = plain[start:end]
            edges = [start, end]
            if len(word) > 5:  # shorter words are never split
                cuts = {start + p for p in _hyphenation_points(word)}
                if "-" in word:
                    cuts.update(start + m.end() for m in _OWN_HYPHEN.finditer(word))
                edges = [start, *sorted(cuts), end]
            for a, b in zip(edges, edges[1:]):
                self.bounds.append((a, b))
                self.widths.append(cell_width(plain[a:b]))
                own = plain[b - 1] == "-"
                self.joins.append(HARD if own else SOFT)
                self.stretchy.append(False)
            if number + 1 < len(words):
                self.joins[-1] = SPACE
                self.stretchy[-1] = not rigid[end]
            else:
                self.joins[-1] = END


def line_cost(slack: int, stretchable: int) -> int | None:
    """Demerits of a line ``slack`` cells short with this many widenable gaps; None when it
    cannot be filled with gaps of at most two spaces (it is then set short)."""
    if slack == 0:
        return 0
    if slack > stretchable:
        return None
    return slack ** 3  # cubic, like TeX's badness: one loose line costs more than two half as loose


def break_points(fragments: Fragments, width: int) -> list[int]:
    """The boundaries (fragment indexes) where lines end, first to last, by total fit.

    From each boundary only the lines that fit and can be filled are weighed (found by
    bisection, longest first, stopping at the first that would need a gap of three), or, if
    there is none (or none that keeps hyphens to two lines in a row), the longest line that
    fits, left short: a few candidates per boundary instead of every line that fits."""
    widths, joins, stretchy = fragments.widths, fragments.joins, fragments.stretchy
    count = len(widths)
    starts, ends, stretch_before = [0], [0], [0]  # cells before a fragment; a line's end; widenable gaps
    for k in range(count):
        ends.append(starts[k] + widths[k] + (joins[k] == SOFT))
        starts.append(starts[k] + widths[k] + (joins[k] == SPACE))
        stretch_before.append(stretch_before[k] + stretchy[k])
    unreached = float("inf")
    demerits = [[unreached] * (count + 1) for _ in range(MAX_HYPHENATED_RUN + 1)]
    previous = [[(0, 0)] * (count + 1) for _ in range(MAX_HYPHENATED_RUN + 1)]
    demerits[0][0] = 0
    for i in range(count):
        reached = [run for run in range(MAX_HYPHENATED_RUN + 1) if demerits[run][i] < unreached]
        if not reached:
            continue
        longest = bisect_right(ends, starts[i] + width, i + 1) - 1
        if longest == count:
            for run in reached:
                _offer(demerits, previous, count, 0, demerits[run][i] + (LAST_LINE_HYPHEN_COST if run else 0),
                       i, run)
        waiting = set() if longest == count else set(reached)  # runs with no line from here yet
        for j in range(min(longest, count - 1), i, -1):
            slack = width - (ends[j] - starts[i])
            cost = line_cost(slack, stretch_before[j - 1] - stretch_before[i])
            if cost is None:
                if not waiting:
                    break  # shorter lines from here would be looser still
                cost = SHORT_LINE_COST + slack * slack  # nothing fills: the longest line, set short
            join = joins[j - 1]
            if join != SPACE:
                cost += HYPHEN_COST if join == SOFT else OWN_HYPHEN_COST
            for run in reached if cost < SHORT_LINE_COST else list(waiting):
                following = run + 1 if join != SPACE else 0
                if following <= MAX_HYPHENATED_RUN:
                    _offer(demerits, previous, j, following,
                           demerits[run][i] + cost + (TWO_HYPHENS_COST if following > 1 else 0), i, run)
                    waiting.discard(run)
    return _path(demerits, previous, count)


def _offer(demerits: list[list[float]], previous: list[list[tuple[int, int]]], position: int, run: int,
           total: float, before: int, before_run: int) -> None:
    if total < demerits[run][position]:
        demerits[run][position] = total
        previous[run][position] = (before, before_run)


def _path(demerits: list[list[float]], previous: list[list[tuple[int, int]]], count: int) -> list[int]:
    run = min(range(MAX_HYPHENATED_RUN + 1), key=lambda r: demerits[r][count])
    position, ends = count, []
    while position > 0:
        ends.append(position)
        position, run = previous[run][position]
    return ends[::-1]


def rigid_offsets(length: int, rigid: Sequence[tuple[int, int]]) -> bytearray:
    """1 at every offset strictly inside a span that keeps its words together."""
    inside = bytearray(length + 1)
    for start, end in rigid:
        if end - start > 2:
            inside[start + 1:end - 1] = b"\x01" * (end - start - 2)
    return inside


def set_justified(console: Console, text: StyledText, width: int,
                  rigid: Sequence[tuple[int, int]]) -> Iterator[Segment] | None:
    """Segments of ``text`` justified to ``width``, or None if a word is wider than the line
    (the caller sets it ragged, folding the word)."""
    plain = text.plain.replace("\t", " ")
    inside = rigid_offsets(len(plain), rigid)
    pieces = []
    for start, hard_line in hard_lines(plain):
        words = [(m.start() + start, m.end() + start) for m in WORD.finditer(hard_line)]
        if any(cell_width(plain[a:b]) > width for a, b in words):
            return None
        pieces.append(Fragments(plain, words, inside) if words else None)
    return _segments(console, text, plain, pieces, width)


def _segments(console: Console, text: StyledText, plain: str, pieces: list[Fragments | None],
              width: int) -> Iterator[Segment]:
    runs = StyleRuns(console, text)
    number = 0
    for fragments in pieces:
        if fragments is None:
            yield Segment.line()
            continue
        start = 0
        ends = break_points(fragments, width)
        for end in ends:
            yield from _line(plain, runs, fragments, start, end, width, last=end == ends[-1], number=number)
            yield Segment.line()
            start, number = end, number + 1


def _line(plain: str, runs: StyleRuns, fragments: Fragments, start: int, end: int, width: int, *,
          last: bool, number: int) -> Iterator[Segment]:
    """One line's segments: fragments start..end-1, its widened gaps, a hyphen if it breaks a word."""
    bounds, joins = fragments.bounds, fragments.joins
    hyphen = joins[end - 1] == SOFT
    words = [list(bounds[start])]
    gaps = []
    for k in range(start, end - 1):
        if joins[k] == SPACE:
            gaps.append(k)
            words.append(list(bounds[k + 1]))
        else:  # the word goes on after a hyphenation point or its own hyphen
            words[-1][1] = bounds[k + 1][1]
    used = sum(fragments.widths[start:end]) + len(gaps) + hyphen
    stretchable = [k for k in gaps if fragments.stretchy[k]]
    slack = width - used
    widened = set() if last or slack > len(stretchable) else _widened(plain, bounds, stretchable, slack, number)
    spacing = [2 if k in widened else 1 for k in gaps]
    yield from line_segments(plain, runs, [(a, b) for a, b in words], spacing)
    if hyphen:
        stop = bounds[end - 1][1]
        yield Segment("-", next(runs.pieces(stop - 1, stop))[2])


def _widened(plain: str, bounds: list[tuple[int, int]], gaps: list[int], slack: int, number: int) -> set[int]:
    """Which of the widenable gaps get a second space: those after punctuation first, then the
    others spread evenly, from the left on even lines and from the right on odd ones, so that
    widened gaps do not stack up into rivers."""
    punctuated = [k for k in gaps if _PUNCTUATED.search(plain[bounds[k][0]:bounds[k][1]])]
    if len(punctuated) >= slack:
        return set(_spread(punctuated, slack, number))
    rest = [k for k in gaps if k not in set(punctuated)]
    return set(punctuated) | set(_spread(rest, slack - len(punctuated), number))


def _spread(gaps: list[int], count: int, number: int) -> list[int]:
    if count <= 0:
        return []
    picked = [gaps[min(len(gaps) - 1, int((t + 0.5) * len(gaps) / count))] for t in range(count)]
    if number % 2:
        picked = [gaps[len(gaps) - 1 - gaps.index(k)] for k in picked]
    return picked

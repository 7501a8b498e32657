"""Provides anchors: the words in a clause that point at when, where, who or which gathering.

Reference detection (``references.py``) works on these: it finds them in a
clause, tests each against a catalogue entry (agrees, contradicts, says
nothing), and groups consecutive agreeing ones into runs.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from ..model import Summit

MONTHS = ("january february march april may june july august september october november "
          "december").split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
MAX_GAP = 48
"""Anchors further apart than this many characters describe different things."""
YEAR_DIGITS = re.compile(r"\b(?:19|20)\d\d\b")
CLAUSE_BREAK = re.compile(r";\s+|\s+—\s+")
YEARS = re.compile(r"\b((?:19|20)\d\d)\b((?:\s*(?:,|and|or|&)\s*(?:19|20)\d\d\b)*)", re.I)
"""A year, or years named together ("in 1994 and 1995")."""
LONGEST_MONTH = max(map(len, MONTHS))
MONTH_BEFORE = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+$", re.I)
"""A month name right before a year ("October 1986"), looked for only where there is a year:
trying twelve names at every position of every sentence cost more than all the rest."""


class Anchor(NamedTuple):
    """A word or phrase that points at when, where, who or which gathering."""

    kind: str
    start: int
    end: int
    values: frozenset


class Facts(NamedTuple):
    """One catalogue entry in the shape matching needs: sets to test anchors against."""

    summit: Summit
    leaders: frozenset[str]
    places: frozenset[str]
    keywords: frozenset[str]
    event: str

    @classmethod
    def of(cls, summit: Summit) -> Facts:
        return cls(summit, frozenset(summit.leaders), frozenset(p.casefold() for p in summit.places),
                   frozenset(k.casefold() for k in summit.keywords),
                   event_key(summit.event) if summit.event else "")


def event_key(name: str) -> str:
    """"G-20" and "G20" are one event."""
    return name.replace("-", "").casefold()


def has_year(text: str) -> bool:
    """Whether the text names a year from 1900 to 2099 (two substring tests rule most text out
    faster than the regex can)."""
    return ("19" in text or "20" in text) and YEAR_DIGITS.search(text) is not None


def year_anchors(text: str) -> list[Anchor]:
    if not has_year(text):
        return []
    anchors = []
    taken = 0  # a month before a year cannot reach back into the previous anchor
    for match in YEARS.finditer(text):
        years = [int(match.group(1))]
        if match.group(2):
            years += [int(y) for y in re.findall(r"\d{4}", match.group(2))]
        gap = match.start()
        while gap > taken and text[gap - 1].isspace():
            gap -= 1
        month = MONTH_BEFORE.search(text, max(taken, gap - LONGEST_MONTH), match.start())
        if month:
            number = MONTHS.index(month.group(1).casefold()) + 1
            anchors.append(Anchor("month", month.start(), match.end(), frozenset({(years[0], number)})))
        else:
            anchors.append(Anchor("year", match.start(), match.end(), frozenset(years)))
        taken = match.end()
    return anchors


def weekday_anchors(tokens: list[tuple[str, int, int]], article_date: dt.date) -> list[Anchor]:
    """"On Friday", "Friday's summit": the nearest such day to the article's date."""
    anchors = []
    for word, start, end in tokens:
        if word in WEEKDAYS:
            ahead = (WEEKDAYS.index(word) - article_date.weekday()) % 7
            offset = ahead if ahead <= 3 else ahead - 7
            try:
                day = article_date + dt.timedelta(days=offset)
            except OverflowError:  # an article dated at the very end or start of the calendar
                continue
            anchors.append(Anchor("date", start, end, frozenset({day})))
    return anchors


def without_overlaps(anchors: list[Anchor]) -> list[Anchor]:
    """Keep the longest anchor where two overlap ("George W. Bush" over "Bush")."""
    kept: list[Anchor] = []
    for anchor in sorted(anchors, key=lambda a: (a.start, -(a.end - a.start))):
        if kept and anchor.start < kept[-1].end:
            continue
        kept.append(anchor)
    return kept


def clauses(sentence: str) -> list[tuple[int, int]]:
    if ";" not in sentence and "—" not in sentence:  # most sentences are one clause
        return [(0, len(sentence))] if sentence else []
    bounds, start = [], 0
    for match in CLAUSE_BREAK.finditer(sentence):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(sentence)))
    return [(s, e) for s, e in bounds if e > s]


def index_keys(anchor: Anchor) -> list[tuple[str, object]]:
    if anchor.kind == "month":
        return [("year", year) for year, _ in anchor.values]
    if anchor.kind == "date":
        return [("year", day.year) for day in anchor.values]
    return [(anchor.kind, value) for value in anchor.values]


def consistent(anchor: Anchor, facts: Facts) -> bool | None:
    """True if the anchor fits the entry, False if it contradicts it, None if it says nothing."""
    kind, values, summit = anchor.kind, anchor.values, facts.summit
    if kind == "year":
        return any(summit.start.year <= y <= summit.end.year for y in values)
    if kind == "month":
        return any((summit.start.year, summit.start.month) <= ym <= (summit.end.year, summit.end.month)
                   for ym in values)
    if kind == "date":
        return any(summit.start <= d <= summit.end for d in values)
    if kind == "leader":
        return not values.isdisjoint(facts.leaders)
    if kind == "place":
        return not values.isdisjoint(facts.places)
    if kind == "event":
        return bool(facts.event) and facts.event in values
    if kind == "keyword":
        return True if not values.isdisjoint(facts.keywords) else None
    return None


DECISIVE = frozenset({"year", "month", "date", "leader", "place", "event"})
"""Anchor kinds that, when they do not fit an entry, contradict it (a keyword only says nothing)."""


def verdicts(anchors: list[Anchor], agreements: list[frozenset[int]], entry: int) -> list[bool | None]:
    """``consistent`` for each anchor and the entry numbered ``entry``, from the entries each
    anchor agrees with (``agreements``): True, False (contradicts), None (says nothing)."""
    return [True if entry in agrees else (False if anchor.kind in DECISIVE else None)
            for anchor, agrees in zip(anchors, agreements)]


def runs(anchors: list[Anchor], checks: list[bool | None]) -> list[tuple[list[Anchor], list[Anchor]]]:
    """Maximal runs of consecutive, nearby anchors that do not contradict an entry (``checks``:
    its verdict on each anchor), each trimmed to start and end with an anchor that agrees (runs
    with none are dropped); returned with the anchors in each that agree."""
    found: list[tuple[list[Anchor], list[Anchor]]] = []
    agreeing: list[int] = []  # indices of the agreeing anchors of the run being built
    previous_end = None
    for index, anchor in enumerate(anchors):
        broken = checks[index] is False or (previous_end is not None and anchor.start - previous_end > MAX_GAP)
        if broken and agreeing:
            found.append(_run(anchors, agreeing))
            agreeing = []
        previous_end = None if checks[index] is False else anchor.end
        if checks[index]:
            agreeing.append(index)
    if agreeing:
        found.append(_run(anchors, agreeing))
    return found


def _run(anchors: list[Anchor], agreeing: list[int]) -> tuple[list[Anchor], list[Anchor]]:
    return anchors[agreeing[0]:agreeing[-1] + 1], [anchors[i] for i in agreeing]


def trim_repeated_leaders(run: list[Anchor]) -> list[Anchor]:
    """Drop trailing names already named in the run: the phrase ends with its last new fact."""
    while len(run) > 1 and run[-1].kind == "leader" and \
            any(a.kind == "leader" and a.values == run[-1].values for a in run[:-1]):
        run = run[:-1]
    return run



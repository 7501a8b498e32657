"""Provides anchors: the words in a clause that point at when, where, who or which gathering.

Reference detection (``references.py``) works on these: it finds them in a
clause, tests each against a catalogue entry (agrees, contradicts, says
nothing), and groups consecutive agreeing ones into runs.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable, NamedTuple, TypeVar

from ..model import Summit

MONTHS = ("january february march april may june july august september october november "
          "december").split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
MAX_GAP = 48
"""Anchors further apart than this many characters describe different things."""
ANOTHER_EVENT = re.compile(r",\s+(?:(?:straight|just|shortly|soon|right|days|weeks|a\s+day|a\s+week)\s+)?"
                           r"(?:after|before|following|ahead\s+of)\s+(?:a|an|the)\s+", re.I)
"""Words that set another event beside the meeting (", straight after a NATO summit in")."""
YEAR_DIGITS = re.compile(r"\b(?:19|20)\d\d\b")
CLAUSE_BREAK = re.compile(r";\s+|\s+—\s+")
DASHED_DATELINE = re.compile(r"[A-Z][A-Z.'’]+(?:\s+[A-Z][A-Z.'’]+)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?(?:\s+\([\w .]+\))?(\s+[–-]\s+)")
"""A dateline set off by a spaced hyphen or en dash ("NEW YORK - Bill Clinton …", "MOSCOW (Reuters) – …")."""
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


_GROUP_DASH = re.compile(r"(?<=[A-Za-z])-(?=\d)")


def event_key(name: str) -> str:
    """"G-20" and "G20" are one event ("NATO-Russia" keeps its dash)."""
    return _GROUP_DASH.sub("", name).casefold()


def event_prefixes(key: str) -> list[str]:
    """The names a text may give an event by its first words: "nato" and "nato-russia" for the
    "NATO-Russia Council", "un" for the "UN General Assembly"."""
    return [key[:m.start()] for m in re.finditer(r"[^\w]", key) if m.start()] + [key]


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


_MONTH_NAMES = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR_AFTER = r"(?:,?\s+((?:19|20)\d\d)\b)?"
DAY_MONTH = re.compile(r"(?<![-–])(?<![-–]\s)\b" + _ORDINAL + r"\s+(?:of\s+)?(" + _MONTH_NAMES + r")\.?" + _YEAR_AFTER, re.I)
MONTH_DAY = re.compile(r"\b(" + _MONTH_NAMES + r")\.?\s+" + _ORDINAL + r"\b(?!:)(?!\s*[-–]\s*\d)" + _YEAR_AFTER, re.I)
"""A day of a month, with or without its year: "3 July", "July 3rd", "July 3, 2023"."""
_DAYS = r"(\d{1,2})(?:\s*[-–]\s*|\s+(?:to|through|and)\s+)(\d{1,2})"
MONTH_DAYS = re.compile(r"\b(" + _MONTH_NAMES + r")\.?\s+" + _DAYS + r"\b" + _YEAR_AFTER, re.I)
DAYS_MONTH = re.compile(r"\b" + _DAYS + r"\s+(" + _MONTH_NAMES + r")\b\.?" + _YEAR_AFTER, re.I)
"""Days of one month, with or without the year: "November 23-24, 1974", "19–21 Nov 1985",
"from November 19 to 21, 1985"."""
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                 "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
YEARS_AGO = re.compile(r"\b(?:(\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:" + _UNITS + r"))?|"
                       + "|".join(_NUMBER_WORDS) + r")\s+(years?|decades?)|(half\s+a\s+century|a\s+quarter(?:\s+of\s+a\s+|-)century|(?<!of\s)a\s+century))\s+ago"
                       r"(?:\s+(?:(?:this|(next|last))\s+(week|weekend|month|year|spring|summer|fall|autumn|winter)|(today|tonight)))?\b",
                       re.I)
MONTH_ALONE = re.compile(r"\b(last|this|next|that|in|the following|the next)\s+(January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)\b(?!\s*\d)(?!,?\s+(?:19|20)\d\d)")
"""A month named without a day or year: "last July", "in November", "that December"."""
RELATIVE = re.compile(r"\b(?:(yesterday|today|tonight|tomorrow)|(last|this|next|past|coming)\s+"
                      r"(week|weekend|month|year|spring|summer|fall|autumn|winter|" + "|".join(WEEKDAYS) + r"))\b",
                      re.I)
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 14)}
"""Months of each season (northern hemisphere; winter runs into the next year's February)."""
CALENDAR_WORDS = frozenset({"yesterday", "today", "tonight", "tomorrow", "last", "this", "next", "past",
                            "coming", "ago", *MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                            "sept", "oct", "nov", "dec"})
"""Words one of which a clause needs for ``calendar_anchors`` to find anything."""


def _month(name: str) -> int | None:
    name = name.casefold()
    return next((n for n, month in enumerate(MONTHS, 1) if month.startswith(name[:3]) and
                 (name == month or len(name) <= 4 or month.startswith(name))), None)


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _month_span(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """From the first day of month ``first`` to the last of month ``last`` (past 12: next year's)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    following = dt.date(end_year + end_month // 12, end_month % 12 + 1, 1)
    return dt.date(year, first, 1), following - dt.timedelta(days=1)


def calendar_anchors(text: str, article_date: dt.date | None, context_year: int | None = None,
                     frame_year: int | None = None) -> list[Anchor]:
    """Days and spans of time the text names: full dates ("July 3, 2023"); with the article's
    date also a day without its year ("on 3 July", in the latest year that puts it no more than a
    season after the article's date, or in the year an anniversary framed, ``frame_year``: "Fifty
    years ago today … on 26 May"), "yesterday",
    "next week", "last spring", "this year", "last Friday", "ten years ago this week".
    A single day is a ``date`` anchor, a span a ``range`` anchor of (first, last) days."""
    found: list[Anchor] = []
    for pattern, day_group, month_group in ((DAY_MONTH, 1, 2), (MONTH_DAY, 2, 1)):
        for match in pattern.finditer(text):
            month = _month(match.group(month_group))
            if month is None:
                continue
            day, year = int(match.group(day_group)), match.group(3)
            if year:
                when = _day(int(year), month, day)
            elif frame_year is not None:
                when = _day(frame_year, month, day)
            elif article_date is not None:
                options = [d for y in (article_date.year - 1, article_date.year, article_date.year + 1)
                           if (d := _day(y, month, day)) is not None]
                when = _told_of(options, lambda d: d, article_date)
            else:
                when = None
            days = {when} if when is not None else set()
            if not year and frame_year is None and context_year is not None \
                    and (in_context := _day(context_year, month, day)) is not None:
                days.add(in_context)  # "1972 — From May 22 …": that year's May 22, or the nearest
            if days:
                found.append(Anchor("date", match.start(), match.end(), frozenset(days)))
    found += _day_spans(text, article_date, frame_year)
    if article_date is not None:
        found += _relative_anchors(text, article_date)
    found += _month_anchors(text, article_date, context_year)
    return found


T = TypeVar("T")
_AHEAD_AT_MOST = 92
"""Days ahead of the article's date a day named without its year may lie: further on, it is the
year before's ("on July 6-7", written in January, is last July's)."""


def _told_of(options: list[T], first_day: Callable[[T], dt.date], article_date: dt.date) -> T | None:
    """Of a day's (or span's) dates in the years around the article's, the one the text tells
    of: the latest no more than a season ahead of the article's date. Articles recount more than
    they plan, so a day half a year either way is the one before."""
    return max((o for o in options if (first_day(o) - article_date).days <= _AHEAD_AT_MOST),
               key=first_day, default=None)


def _day_spans(text: str, article_date: dt.date | None, frame_year: int | None) -> list[Anchor]:
    """Spans of days of one month ("November 23-24, 1974"), as ``range`` anchors; without the
    year, in the latest year that puts them no more than a season after the article's date (or the
    one an anniversary framed)."""
    found = []
    for pattern, month_group, first_group in ((MONTH_DAYS, 1, 2), (DAYS_MONTH, 3, 1)):
        for match in pattern.finditer(text):
            month = _month(match.group(month_group))
            first, last, year = int(match.group(first_group)), int(match.group(first_group + 1)), match.group(4)
            if month is None or not first < last:
                continue
            if year:
                years = [int(year)]
            elif frame_year is not None:
                years = [frame_year]
            elif article_date is not None:
                years = [article_date.year - 1, article_date.year, article_date.year + 1]
            else:
                continue
            spans = [(a, b) for y in years if (a := _day(y, month, first)) and (b := _day(y, month, last))]
            if spans and article_date is not None and not year:
                told = _told_of(spans, lambda span: span[0], article_date)
                spans = [told] if told is not None else []  # "February 28-29" in no year near enough
            if len(spans) == 1:
                found.append(Anchor("range", match.start(), match.end(), frozenset(spans)))
    return found


def _month_anchors(text: str, today: dt.date | None, context_year: int | None) -> list[Anchor]:
    """"That November" is in the year the paragraph last named; "last July" the latest July
    before the article's date, "next March" the first after it, "in November" the nearest, or
    in the year the paragraph last named."""
    found = []
    for match in MONTH_ALONE.finditer(text):
        which, month = match.group(1).casefold(), MONTHS.index(match.group(2).casefold()) + 1
        if which == "that":
            year = context_year
        elif which in ("the following", "the next"):  # "Geneva that November led to Reykjavik the following October"
            year = None if context_year is None else context_year + 1
        elif today is None:
            year = None
        elif which == "last":
            year = today.year if month < today.month else today.year - 1
        elif which == "next":
            year = today.year if month > today.month else today.year + 1
        elif which == "this":
            year = today.year
        else:  # "in November": this year's unless that is more than a few months ahead
            year = today.year if month <= today.month + 2 else today.year - 1
        years = {year} if year is not None else set()
        if which == "in" and context_year is not None:
            years.add(context_year)  # "in 1972 … the Moscow summit in May": that year's May, or the nearest
        if years:
            found.append(Anchor("month", match.start(1) if which != "in" else match.start(2), match.end(),
                                frozenset((y, month) for y in years)))
    return found


def _relative_anchors(text: str, today: dt.date) -> list[Anchor]:
    found = []
    for match in RELATIVE.finditer(text):
        span = _relative_span(match, today)
        if span is not None:
            kind, values = ("date", frozenset({span[0]})) if span[0] == span[1] else ("range", frozenset({span}))
            found.append(Anchor(kind, match.start(), match.end(), values))
    for match in YEARS_AGO.finditer(text):
        years = _years_back(match)
        unit = (match.group(5) or "").casefold()
        step = {"next": 1, "last": -1}.get((match.group(4) or "").casefold(), 0)  # "three years ago next month"
        if step and unit not in ("week", "weekend", "month"):
            continue
        when = today + dt.timedelta(weeks=step) if unit in ("week", "weekend") else today
        if unit == "month" and step:
            index = today.year * 12 + today.month - 1 + step
            when = dt.date(index // 12, index % 12 + 1, 1)
        then = _day(when.year - years, when.month, when.day) or _day(when.year - years, when.month, 28)
        if then is None:
            continue
        if match.group(6):  # "thirty years ago today" or "tonight": that day, a day either side for time zones
            span = (then - dt.timedelta(days=1), then + dt.timedelta(days=1))
        elif unit in ("week", "weekend"):
            span = (then - dt.timedelta(days=4), then + dt.timedelta(days=4))
        elif unit in SEASONS:  # "fifty years ago this summer"
            first, last = SEASONS[unit]
            year = then.year - 1 if first == 12 and then.month <= 2 else then.year  # winter began in December
            span = _month_span(year, first, last)
        elif unit == "month":
            span = _month_span(then.year, then.month, then.month)
        else:
            span = _years_about(text, match.start(), then.year)
        found.append(Anchor("range", match.start(), match.end(), frozenset({span})))
    return found


def _relative_span(match: re.Match[str], today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days a relative phrase ("yesterday", "last month", "next Friday") names."""
    single = match.group(1)
    if single:
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[single.casefold()]
        day = today + dt.timedelta(days=shift)
        return day, day
    which, unit = match.group(2).casefold(), match.group(3).casefold()
    step = -1 if which in ("last", "past") else 1 if which in ("next", "coming") else 0
    if unit in WEEKDAYS:
        ahead = (WEEKDAYS.index(unit) - today.weekday()) % 7
        offset = {-1: ahead - 7 if ahead else -7, 1: ahead or 7, 0: ahead if ahead <= 3 else ahead - 7}[step]
        day = today + dt.timedelta(days=offset)
        return day, day
    if unit in ("week", "weekend"):
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=step)
        return (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)) if unit == "weekend" \
            else (monday, monday + dt.timedelta(days=6))
    if unit == "month":
        month_index = today.year * 12 + today.month - 1 + step
        return _month_span(month_index // 12, month_index % 12 + 1, month_index % 12 + 1)
    if unit == "year":
        return dt.date(today.year + step, 1, 1), dt.date(today.year + step, 12, 31)
    first, last = SEASONS[unit]
    year = today.year - (1 if unit == "winter" and today.month <= 2 else 0)  # the season we are in, or this year's
    start, end = _month_span(year, first, last)
    if step == 0:
        return start, end
    if step < 0:
        year -= 1 if end >= today else 0
    else:
        year += 1 if start <= today else 0
    return _month_span(year, first, last)


def without_overlaps(anchors: list[Anchor]) -> list[Anchor]:
    """Keep the longest anchor where two overlap ("George W. Bush" over "Bush")."""
    kept: list[Anchor] = []
    for anchor in sorted(anchors, key=lambda a: (a.start, -(a.end - a.start))):
        if kept and anchor.start < kept[-1].end:
            continue
        kept.append(anchor)
    return kept


def clauses(sentence: str) -> list[tuple[int, int]]:
    dateline = DASHED_DATELINE.match(sentence)
    if ";" not in sentence and "—" not in sentence and dateline is None:  # most sentences are one clause
        return [(0, len(sentence))] if sentence else []
    bounds, start = ([(0, dateline.start(1))], dateline.end(1)) if dateline else ([], 0)
    for match in CLAUSE_BREAK.finditer(sentence, start):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(sentence)))
    return [(s, e) for s, e in bounds if e > s]


def index_keys(anchor: Anchor) -> list[tuple[str, object]]:
    if anchor.kind == "month":
        return [("year", year) for year, _ in anchor.values]
    if anchor.kind == "date":
        return [("year", day.year) for day in anchor.values]
    if anchor.kind == "range":
        return [("year", year) for first, last in anchor.values for year in range(first.year, last.year + 1)]
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
    if kind == "range":
        return any(first <= summit.end and summit.start <= last for first, last in values)
    if kind == "leader":
        return not values.isdisjoint(facts.leaders)
    if kind == "place":
        return not values.isdisjoint(facts.places)
    if kind == "event":
        return bool(facts.event) and not values.isdisjoint(event_prefixes(facts.event))
    if kind == "keyword":
        return True if not values.isdisjoint(facts.keywords) else None
    return None


DECISIVE = frozenset({"year", "month", "date", "range", "leader", "place", "event", "not"})
"""Anchor kinds that, when they do not fit an entry, contradict it (a keyword only says nothing);
a name that is not a place ("the Helsinki Accords") fits none, so no run reaches across it."""


def verdicts(anchors: list[Anchor], agreements: list[frozenset[int]], entry: int) -> list[bool | None]:
    """``consistent`` for each anchor and the entry numbered ``entry``, from the entries each
    anchor agrees with (``agreements``): True, False (contradicts), None (says nothing)."""
    return [True if entry in agrees else (False if anchor.kind in DECISIVE else None)
            for anchor, agrees in zip(anchors, agreements)]


def runs(anchors: list[Anchor], checks: list[bool | None],
         joined: frozenset[int] = frozenset(), clause: str = "") -> list[tuple[list[Anchor], list[Anchor]]]:
    """Maximal runs of consecutive, nearby anchors that do not contradict an entry (``checks``:
    its verdict on each anchor), each trimmed to start and end with an anchor that agrees (runs
    with none are dropped); returned with the anchors in each that agree. An anchor whose index
    is in ``joined`` continues the run however far it is from the one before (the words between
    are the meeting's own clause); a gathering ``clause`` sets beside the meeting (", straight
    after a NATO summit in Bucharest") starts a run of its own."""
    found: list[tuple[list[Anchor], list[Anchor]]] = []
    agreeing: list[int] = []  # indices of the agreeing anchors of the run being built
    previous_end = None
    for index, anchor in enumerate(anchors):
        broken = checks[index] is False or (previous_end is not None and anchor.start - previous_end > MAX_GAP
                                            and index not in joined) or \
            (anchor.kind == "event" and previous_end is not None and ANOTHER_EVENT.search(clause, previous_end, anchor.start))
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


def anniversary_year(text: str, article_date: dt.date | None) -> int | None:
    """The year an anniversary phrase takes the reader back to ("Fifty years ago today", "three
    decades ago this week": the article's year less fifty, or thirty), if the text has one."""
    if article_date is None:
        return None
    match = YEARS_AGO.search(text)
    if match is None or not (match.group(5) or match.group(6)):
        return None  # "a year ago" dates one thing; "fifty years ago today" frames a retelling
    return article_date.year - _years_back(match)


def _years_about(text: str, start: int, year: int) -> tuple[dt.date, dt.date]:
    """The years "N years ago" (no week, month or day after it) stands for: more than N, up to
    ten more ("more than thirty years ago", written in 2010: 1970 to 1980); about N, a year either
    side ("nearly thirty years ago"); else that year ("forty years ago", in 2014: 1974)."""
    qualifier = _AGO_QUALIFIER.search(text, max(0, start - 20), start)
    if qualifier is not None and qualifier.group(1):
        return dt.date(year - 10, 1, 1), dt.date(year, 12, 31)
    if qualifier is not None:
        return dt.date(year - 1, 1, 1), dt.date(year + 1, 12, 31)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


_AGO_QUALIFIER = re.compile(r"\b(?:(more\s+than|over|upwards\s+of|well\s+over)|nearly|almost|about|some|around|"
                            r"roughly|close\s+to|just\s+under|approximately|perhaps)\s+$", re.I)


def _years_back(match: re.Match[str]) -> int:
    """How many years a ``YEARS_AGO`` match counts back ("three decades": 30; "half a century": 50;
    "a quarter of a century": 25)."""
    if match.group(3):
        said = match.group(3).casefold()
        return 50 if said.startswith("half") else 25 if "quarter" in said else 100
    word = match.group(1).casefold()
    years = int(word) if word.isdigit() else sum(_NUMBER_WORDS[part] for part in word.split("-"))
    return years * 10 if match.group(2).casefold().startswith("decade") else years

"""Provides the event kind's detector: the dated events of ``data/events.toml`` (an invasion,
an annexation, a deadline, a remark) found where a sentence names one, with a fact note where
the words of the phrase give another year, month or length of time than the record.

Matching is on whole words, case-folded, of the catalogue's own phrases: an
event is found by what names it ("the annexation of Crimea"), never by a word
that names many things ("the war"); a phrase too common alone lists the words
the sentence must also have (``needs``: one word of each of its groups). A note
comes only from words that are part of the phrase: a year right before it ("the 2014 expulsion") or "in YEAR"
right after it, a month the sentence opens with or puts right after it ("In
July, …", "… in January", resolved against the article's date), or a length
of time right before it ("80 years of alliance", "eleven years after the
annexation"), measured to the article's date.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..errors import ReaderError
from ..model import Article, Event, FactNote, Paragraph, Reference, Section, Sentence, date_range
from ..text.source import read_toml
from .entries import ID, dates, name_lists, table, texts, web_addresses
from .lexicon import Lexicon, Words, vocabulary

_YEAR = re.compile(r"1\d\d\d|20\d\d")
_ORDINALS = frozenset("first second third fourth fifth".split())
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
            "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
ROUND_SLACK = 5
"""A length of time given as a round figure (a multiple of ten years) agrees with the record
within this many years: "80 years of alliance" for an alliance of 76; any other figure within one."""


def load_events(path: Path | None = None) -> tuple[Event, ...]:
    """Read and check the events catalogue; a ReaderError names the first bad entry."""
    from .datafiles import EVENTS

    path = path or EVENTS
    rows = read_toml(path, "events catalogue").get("event")
    if not isinstance(rows, list) or not rows:
        raise ReaderError(f"{path}: broken events catalogue: no [[event]] entries")
    events = tuple(_event(path, number, row) for number, row in enumerate(rows, 1))
    ids = [e.id for e in events]
    twice = next((i for i in ids if ids.count(i) > 1), None)
    if twice:
        raise ReaderError(f"{path}: broken events catalogue: id {twice} appears twice")
    return events


def _event(path: Path, number: int, row: object) -> Event:
    where = f"{path}: broken events catalogue: entry {number}"
    row = table(row, where)
    where += f" ({row.get('id', '?')})"
    texts(row, ("id", "name", "summary", "source"), where)
    dates(row, ("start", "end"), where)
    needs = row.get("needs", [])
    groups = needs if needs and all(isinstance(n, list) for n in needs) else [needs]  # a flat list: one group
    wanted = [name_lists({"needs": group}, ("needs",), where)["needs"] for group in groups if group]
    lists = name_lists(row, ("phrases", "also"), where)
    if not lists["phrases"]:
        raise ReaderError(f"{where}: needs at least one phrase")
    event = Event(row["id"], row["name"], row["start"], row["end"], row["summary"], row["source"],
                  tuple(p.casefold() for p in lists["phrases"]),
                  tuple(tuple(w.casefold() for w in group) for group in wanted),
                  lists["also"], str(row.get("note", "")), row.get("landmark", False))
    if not isinstance(event.landmark, bool):
        raise ReaderError(f"{where}: landmark must be true or false")
    if not ID.match(event.id):
        raise ReaderError(f"{where}: id must be lowercase words joined by hyphens")
    if event.end < event.start:
        raise ReaderError(f"{where}: end is before start")
    if not web_addresses((event.source, *event.also)):
        raise ReaderError(f"{where}: source must be a web address")
    return event


class EventMatcher:
    """Every event's phrases in one ``Lexicon`` (the look-up the summit detector uses too); a
    phrase several events share ("readmit Russia", said at three summits) links to all of them."""

    def __init__(self, events: tuple[Event, ...], today: dt.date | None = None) -> None:
        self.lexicon: Lexicon[Event] = Lexicon((variant, event) for event in events for phrase in event.phrases
                                               for variant in _spellings(phrase))
        self.anchors = frozenset(_anchor(key) for key in self.lexicon.table)
        """One word of every phrase, the least common: a sentence without any of them names no
        event, and is passed over on its set of words alone (most sentences of a long text), without
        being read into words with their offsets."""

    def find(self, sentence: Sentence, today: dt.date | None) -> tuple[Reference, ...]:
        if self.anchors.isdisjoint(vocabulary(sentence.text)):
            return ()
        text = Words(sentence.text)
        hits = self.lexicon.find_in(text)
        if not hits:
            return ()
        toks = text.tokens
        index_of = {start: index for index, (_w, start, _e) in enumerate(toks)}
        ends = {end: index + 1 for index, (_w, _s, end) in enumerate(toks)}
        found: list[Reference] = []
        seen: set[str] = set()
        for start, stop, listed in hits:
            first, end = index_of[start], ends[stop]
            key = tuple(w for w, _, _ in toks[first:end])
            events = [e for e in dict.fromkeys(listed) if all(text.vocab & set(group) for group in e.needs)
                      and _on_its_day(e, key, today)]
            notes = [note_for(e, toks, first, end, today, sentence.text) for e in events]
            fresh = [(e, n) for e, n in zip(events, notes) if n is not _ANOTHER and e.id not in seen]
            if not fresh:
                continue
            seen.update(e.id for e, _ in fresh)
            if sentence.text[stop:stop + 1] in _CLOSING and sentence.text[start - 1:start] in _OPENING:
                stop += 1  # “very severe tariffs”[E1]: the marker after the quotation it names
            note = fresh[0][1] if len(fresh) == 1 else None
            found.append(Reference(start, stop, sentence.text[start:stop], "event", tuple(e.id for e, _ in fresh),
                                   note if isinstance(note, FactNote) else None))
        return tuple(found)


_COMMON = frozenset("a an the of to in on for by with from and or is was be his her its their this that "
                    "putin russia russian trump moscow kremlin deadline return returned meeting war first "
                    "second days about within election until white house office gave took let once used "
                    "very deal".split())
"""Words too common in these articles to tell a sentence that may name an event."""


def _anchor(key: tuple[str, ...]) -> str:
    return max((w for w in key if w not in _COMMON), key=len, default=max(key, key=len))


def _spellings(phrase: str) -> list[str]:
    """A phrase and its other spelling where a letter and a number join ("g8", "g-8": the words
    are read as the lexicon reads them, so "G-8" is two words and "G8" one)."""
    split = re.sub(r"\b([a-z]+)-?(\d+)\b", r"\1 \2", phrase)
    joined = re.sub(r"\b([a-z]+)[ -](\d+)\b", r"\1\2", phrase)
    return list(dict.fromkeys([phrase, split, joined]))


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _on_its_day(event: Event, key: tuple[str, ...], today: dt.date | None) -> bool:
    """Whether the event can be the one meant: one later than the article's date only by a phrase
    that names its weekday ("Friday's deadline", two days ahead); and a phrase naming a weekday
    only if that weekday, the nearest to the article's date (within three days either side),
    falls on the event's dates."""
    day = next((w for w in key if w in _WEEKDAYS), None)
    if day is None:
        return today is None or event.start <= today  # not yet happened when the article was written
    if today is None:
        return False
    shift = (_WEEKDAYS.index(day) - today.weekday()) % 7
    when = today + dt.timedelta(days=shift if shift <= 3 else shift - 7)
    return event.start <= when <= event.end


_OPENING = frozenset("“\"‘'")
_CLOSING = frozenset("”\"’'")
_ANOTHER = object()
"""What ``note_for`` gives when the phrase's year is so far from the event's that the text is
about another event of that name ("the 2014 invasion of Ukraine"): no link, and no note."""
SLIP = 3
"""A year at most this far from the event's is a slip of the text (a fact note); further, another event."""


def note_for(event: Event, toks: list[tuple[str, int, int]], start: int, end: int,
             today: dt.date | None, text: str = "") -> object:
    """A note where the phrase's own year, month or length of time disagrees with the record
    (None where they agree; ``_ANOTHER`` where the words name another event)."""
    before = [w for w, _, _ in toks[max(0, start - 3):start]]
    if before and before[-1] in _ORDINALS and before[-1] not in event.name.casefold().split():
        return _ANOTHER  # "the second Chechen war" is not the first
    record = f"{event.name}: {date_range(event.start, event.end)}"
    year, month = _when_said(toks, start, end, text)
    if year and not event.start.year <= year <= event.end.year:
        if min(abs(year - event.start.year), abs(year - event.end.year)) > SLIP:
            return _ANOTHER
        return FactNote("year", str(year), record, event.source)
    if month and not year and today is not None:  # "in July": the last July up to the article's date
        year = today.year if month <= today.month else today.year - 1
    if month and year and not (event.start.year, event.start.month) <= (year, month) <= (event.end.year,
                                                                                       event.end.month):
        return FactNote("date", _MONTHS[month - 1].capitalize() + (f" {year}" if _YEAR.search(text) else ""),
                        record, event.source)
    return _duration_note(event, toks, start, end, today) or _length_note(event, before, record) or \
        _anniversary_note(event, before, record, today)


def _joined(toks: list[tuple[str, int, int]], first: int, last: int, text: str) -> bool:
    """Whether the words from ``first`` to ``last`` run on with nothing but spaces between them."""
    return all(not text[toks[i - 1][2]:toks[i][1]].strip() for i in range(max(1, first), min(last + 1, len(toks))))


def _when_said(toks: list[tuple[str, int, int]], start: int, end: int, text: str) -> tuple[int, int]:
    """(year, month) the phrase's own words give, 0 for none: a year right before it ("the 2014
    expulsion"); after it, "in [MONTH] YEAR" or "in MONTH", also past one short phrase of
    "from/by/of/to" and a name ("bought Alaska from Russia in 1876"), with no punctuation
    between; or "In July, …" opening the sentence."""
    words_ = [w for w, _, _ in toks]
    if start and _YEAR.fullmatch(words_[start - 1]):
        return int(words_[start - 1]), 0
    at = end
    if at + 1 < len(words_) and words_[at] in ("from", "by", "of", "to", "with") and text[toks[at + 1][1]].isupper():
        at += 2
    if at < len(words_) and words_[at] == "in":
        month = _MONTHS.index(words_[at + 1]) + 1 if at + 1 < len(words_) and words_[at + 1] in _MONTHS else 0
        year_at = at + 1 + bool(month)
        year = int(words_[year_at]) if year_at < len(words_) and _YEAR.fullmatch(words_[year_at]) else 0
        last = year_at if year else at + 1
        if (month or year) and _joined(toks, end, last, text or " " * toks[-1][2]):
            return year, month
    opening = words_[:3]
    if len(opening) >= 2 and opening[0] == "in" and opening[1] in _MONTHS and opening[2:3] != ["of"]:
        year = int(opening[2]) if len(opening) == 3 and _YEAR.fullmatch(opening[2]) else 0
        return year, _MONTHS.index(opening[1]) + 1
    return 0, 0


_ORDINAL_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20,
                    "twentyfifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100}


def _anniversary_note(event: Event, before: list[str], record: str, today: dt.date | None) -> FactNote | None:
    """"the tenth anniversary of the annexation": the years from the event to the article's date
    (the nearest whole number: an anniversary is marked in the days either side of it)."""
    if today is None or before[-2:] != ["anniversary", "of"] and before[-3:-1] != ["anniversary", "of"]:
        return None
    figure = before[before.index("anniversary") - 1] if before.index("anniversary") else ""
    said = _ORDINAL_NUMBERS.get(figure) or (int(figure[:-2]) if figure[:-2].isdigit() else None)
    if said is None:
        return None
    years = round((today - event.start).days / 365.25)
    if said == years:
        return None
    return FactNote("duration", f"{figure} anniversary", f"{record}, {years} years before the article",
                    event.source)


def _length_note(event: Event, before: list[str], record: str) -> FactNote | None:
    """"the five-year war", "a 20-year-long conflict": the length the text gives an event against
    its own dates (within a year)."""
    lead = before[:-1] if before[-1:] == ["long"] else before
    if len(lead) < 2 or lead[-1] != "year":
        return None
    figure = lead[-2]
    said = int(figure) if figure.isdigit() else _NUMBERS.get(figure)
    if not said:
        return None
    lasted = (event.end - event.start).days / 365.25
    if abs(said - lasted) <= 1:
        return None
    return FactNote("duration", f"{figure}-year", f"{record} (about {lasted:.0f} "
                    f"year{'s' if round(lasted) != 1 else ''})", event.source)


def _duration_note(event: Event, toks: list[tuple[str, int, int]], start: int, end: int,
                   today: dt.date | None) -> FactNote | None:
    """"80 years of alliance", "eleven years after the annexation": years measured to the article's date."""
    phrase = [w for w, _, _ in toks[start:end]]
    lead = phrase[:2] if len(phrase) > 2 and phrase[1] == "years" else [w for w, _, _ in toks[max(0, start - 4):start]]
    if today is None or len(lead) < 2 or "years" not in lead:
        return None
    at = lead.index("years")
    if at == 0:
        return None
    figure = lead[at - 1]
    said = int(figure) if figure.isdigit() else _NUMBERS.get(figure)
    if said is None:
        return None
    years = today.year - event.start.year - ((today.month, today.day) < (event.start.month, event.start.day))
    slack = ROUND_SLACK if said % 10 == 0 else 1
    if abs(said - years) <= slack:
        return None
    return FactNote("duration", f"{figure} years", f"{years} years since {event.name} "
                    f"({date_range(event.start, event.end)})", event.source)


def _annotated(sentence: Sentence, matcher: EventMatcher, today: dt.date | None) -> Sentence:
    found = matcher.find(sentence, today)
    if not found:
        return sentence
    return sentence._replace(references=tuple(sorted(sentence.references + found, key=lambda r: r.end)))


def _block(block, matcher: EventMatcher, today: dt.date | None):
    """The block with its sentences' event references; the same block where it names no event."""
    if not isinstance(block, Paragraph):
        return block
    sentences = tuple(_annotated(s, matcher, today) for s in block.sentences)
    if all(new is old for new, old in zip(sentences, block.sentences)):
        return block
    return block._replace(sentences=sentences)


def _section(section: Section, matcher: EventMatcher, today: dt.date | None) -> Section:
    head = _block(section.head, matcher, today) if section.head is not None else None
    blocks = tuple(_block(b, matcher, today) for b in section.blocks)
    if head is section.head and all(new is old for new, old in zip(blocks, section.blocks)):
        return section
    return section._replace(head=head, blocks=blocks)


def detect(article: Article, cues: dict) -> tuple[Article, tuple[Event, ...]]:
    """The event kind's detector (see ``registry.py``): event references in the title, caption,
    headings and paragraphs, and the catalogue they link to."""
    events, matcher = _events_and_matcher()
    front = tuple(_block(b, matcher, article.date) for b in article.front)
    sections = tuple(_section(s, matcher, article.date) for s in article.sections)
    return article._replace(front=front, sections=sections), events


_LAST_MATCHER: dict[tuple, tuple[tuple[Event, ...], EventMatcher]] = {}


def _events_and_matcher() -> tuple[tuple[Event, ...], EventMatcher]:
    """The events catalogue and its look-up, read once while the file is unchanged: a run that
    reads many articles (the labelled sets, a folder) builds the look-up once, not per article."""
    from .datafiles import EVENTS

    try:
        state = EVENTS.stat()
        key: tuple | None = (str(EVENTS), state.st_mtime_ns, state.st_size)
    except OSError:
        key = None  # load_events says what is wrong with the file
    if key is not None and key in _LAST_MATCHER:
        return _LAST_MATCHER[key]
    events = load_events()
    built = events, EventMatcher(events)
    if key is not None:
        _LAST_MATCHER.clear()
        _LAST_MATCHER[key] = built
    return built

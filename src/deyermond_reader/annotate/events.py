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

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
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


def words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().casefold().replace("’", "'"), m.start(), m.end()) for m in _WORD.finditer(text)]


class EventMatcher:
    """Every event's phrases as word sequences, looked up by their first word; a phrase several
    events share ("readmit Russia", said at three summits) links to all of them."""

    def __init__(self, events: tuple[Event, ...], today: dt.date | None = None) -> None:
        self.by_first: dict[str, dict[tuple[str, ...], list[Event]]] = {}
        for event in events:
            if today is not None and event.start > today:
                continue  # not yet happened when the article was written
            for phrase in event.phrases:
                key = tuple(w for w, _, _ in words(phrase))
                listed = self.by_first.setdefault(key[0], {}).setdefault(key, []) if key else [event]
                if event not in listed:  # "10-12 days" and "10–12 days" are one phrase
                    listed.append(event)
        self.keys = {first: sorted(table, key=len, reverse=True) for first, table in self.by_first.items()}

    def find(self, sentence: Sentence, today: dt.date | None) -> tuple[Reference, ...]:
        toks = words(sentence.text)
        present = {w for w, _, _ in toks} | {w.removesuffix("'s") for w, _, _ in toks}
        found: list[Reference] = []
        seen: set[str] = set()
        index = 0
        while index < len(toks):
            first = toks[index][0]
            key = next((k for k in self.keys.get(first, ()) if tuple(w for w, _, _ in toks[index:index + len(k)]) == k),
                       None)
            events = [e for e in self.by_first[first][key] if all(present & set(group) for group in e.needs)] \
                if key else []
            if not events:
                index += 1
                continue
            end = index + len(key or ())
            notes = [note_for(e, toks, index, end, today) for e in events]
            kept = [(e, n) for e, n in zip(events, notes) if n is not _ANOTHER]
            fresh = [(e, n) for e, n in kept if e.id not in seen]
            if fresh:
                seen.update(e.id for e, _ in fresh)
                start, stop = toks[index][1], toks[end - 1][2]
                if sentence.text[stop:stop + 1] in _CLOSING and sentence.text[start - 1:start] in _OPENING:
                    stop += 1  # “very severe tariffs”[E1]: the marker after the quotation it names
                note = fresh[0][1] if len(fresh) == 1 else None
                found.append(Reference(start, stop, sentence.text[start:stop], "event",
                                       tuple(e.id for e, _ in fresh), note if isinstance(note, FactNote) else None))
            index = end
        return tuple(found)


_OPENING = frozenset("“\"‘'")
_CLOSING = frozenset("”\"’'")
_ANOTHER = object()
"""What ``note_for`` gives when the phrase's year is so far from the event's that the text is
about another event of that name ("the 2014 invasion of Ukraine"): no link, and no note."""
SLIP = 3
"""A year at most this far from the event's is a slip of the text (a fact note); further, another event."""


def note_for(event: Event, toks: list[tuple[str, int, int]], start: int, end: int,
             today: dt.date | None) -> object:
    """A note where the phrase's own year, month or length of time disagrees with the record
    (None where they agree; ``_ANOTHER`` where the year names another event)."""
    before = [w for w, _, _ in toks[max(0, start - 3):start]]
    after = [w for w, _, _ in toks[end:end + 2]]
    year = before[-1] if before and re.fullmatch(r"1[89]\d\d|20\d\d", before[-1]) else \
        after[1] if len(after) == 2 and after[0] == "in" and re.fullmatch(r"1[89]\d\d|20\d\d", after[1]) else ""
    if year and not event.start.year <= int(year) <= event.end.year:
        if min(abs(int(year) - event.start.year), abs(int(year) - event.end.year)) > SLIP:
            return _ANOTHER
        return FactNote("year", year, f"{event.name}: {date_range(event.start, event.end)}", event.source)
    month = _month_named(toks, start, end)
    if month and today is not None:
        when = dt.date(today.year if month <= today.month else today.year - 1, month, 1)
        if not (event.start.year, event.start.month) <= (when.year, when.month) <= (event.end.year, event.end.month):
            return FactNote("date", _MONTHS[month - 1].capitalize(),
                            f"{event.name}: {date_range(event.start, event.end)}", event.source)
    return _duration_note(event, toks, start, end, today)


def _month_named(toks: list[tuple[str, int, int]], start: int, end: int) -> int:
    """The month of "In July, …" opening the sentence or "… in January" right after the phrase
    (with no year: a year would be its own word), else 0."""
    after = [w for w, _, _ in toks[end:end + 3]]
    if len(after) >= 2 and after[0] == "in" and after[1] in _MONTHS and not (len(after) == 3 and after[2].isdigit()):
        return _MONTHS.index(after[1]) + 1
    opening = [w for w, _, _ in toks[:3]]
    if len(opening) >= 2 and opening[0] == "in" and opening[1] in _MONTHS and not opening[2:3] == ["of"] \
            and not (len(opening) == 3 and opening[2].isdigit()):
        return _MONTHS.index(opening[1]) + 1
    return 0


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


def _block(block: Paragraph, matcher: EventMatcher, today: dt.date | None) -> Paragraph:
    if not isinstance(block, Paragraph):
        return block
    return block._replace(sentences=tuple(_annotated(s, matcher, today) for s in block.sentences))


def _section(section: Section, matcher: EventMatcher, today: dt.date | None) -> Section:
    head = _block(section.head, matcher, today) if section.head is not None else None
    return section._replace(head=head, blocks=tuple(_block(b, matcher, today) if isinstance(b, Paragraph) else b
                                                    for b in section.blocks))


def detect(article: Article, cues: dict) -> tuple[Article, tuple[Event, ...]]:
    """The event kind's detector (see ``registry.py``): event references in the title, caption,
    headings and paragraphs, and the catalogue they link to."""
    events = load_events()
    matcher = EventMatcher(events, article.date)
    front = tuple(_block(b, matcher, article.date) for b in article.front)
    sections = tuple(_section(s, matcher, article.date) for s in article.sections)
    return article._replace(front=front, sections=sections), events

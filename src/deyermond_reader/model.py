"""Provides the immutable document model every step of the pipeline shares.

Parsing builds it once; rendering, export and the interactive reader only read
it. Offsets are character offsets into the owning block's ``text``, so styling
and references never re-parse anything.

Every class is a ``NamedTuple``: immutable, and cheap to define, build and
pickle. Defining these classes as frozen, slotted dataclasses cost 4 ms of
every first run (0.8 ms as named tuples), and a long article builds hundreds
of thousands of them. ``obj._replace(field=value)`` makes a changed copy.
Annotations are evaluated as written (no ``from __future__ import annotations``):
as strings, ``NamedTuple`` compiles each one, a third of the module's import.
"""

import datetime as dt
from collections.abc import Iterator
from typing import Any, NamedTuple


class Span(NamedTuple):
    """An inline style over ``text[start:end]`` of a block."""

    start: int
    end: int
    style: str
    """One of ``strong``, ``em``, ``code`` or ``link``."""
    target: str = ""
    """The address of a ``link`` span; empty for placeholder links (``#``)."""


class FactNote(NamedTuple):
    """Where the article's wording disagrees with the record it refers to."""

    field: str
    """Which fact differs: ``place``, ``year``, ``leaders`` or ``host``."""
    text_says: str
    record_says: str
    source: str
    """Address of the public reference for the record."""


class Reference(NamedTuple):
    """A span of a sentence linked to entries of one catalogue (``kind`` names it)."""

    start: int
    """Offset in the sentence's ``text`` (a whole-sentence reference spans all of it)."""
    end: int
    text: str
    """The words of the reference; for a check, which stands after its sentence (``start`` and
    ``end`` are the sentence's length), its verdict."""
    kind: str
    """The annotation kind, which names the catalogue: ``summit``, ``event`` (see
    ``annotate/registry.py``), or ``check`` (the article's checks, ``check/claims.py``)."""
    entries: tuple[str, ...]
    """Ids in that catalogue, usually one."""
    note: FactNote | None = None
    resolved: bool = False
    """Found from context ("the meeting") rather than named by the phrase itself."""

    @property
    def summits(self) -> tuple[str, ...]:
        """The summit ids, for a summit reference (none for another kind)."""
        return self.entries if self.kind == "summit" else ()


class Sentence(NamedTuple):
    """One sentence of a block: a claim with a kind and the cue that decided it."""

    text: str
    start: int
    """Offset of the sentence in its block's ``text``."""
    end: int
    kind: str = ""
    cue: str = ""
    references: tuple[Reference, ...] = ()
    confidence: str = ""
    """``high`` when a strong cue decided the kind, ``low`` when only weak evidence did."""


class Paragraph(NamedTuple):
    """A text block: running text (also list items, quotes, code, tables, raw HTML), and the
    title, a section's heading and the photo caption, so that each can carry references."""

    text: str
    spans: tuple[Span, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    lines: tuple[int, int] = (0, 0)
    """Source lines, 1-based and inclusive (both lines of a repaired paragraph)."""
    kind: str = "paragraph"
    """``paragraph``, ``item``, ``quote``, ``code``, ``table``, ``html`` or ``heading``; outside
    the sections also ``title`` and ``caption``."""
    depth: int = 0
    """Nesting depth for list items and quotes."""

    def references(self) -> Iterator[tuple[Sentence, Reference]]:
        """Every reference in the block, in reading order, with the sentence holding it."""
        for sentence in self.sentences:
            for reference in sentence.references:
                yield sentence, reference


class Aside(NamedTuple):
    """A set-apart line such as "Related article: …": kept, but not body text."""

    label: str
    text: str
    spans: tuple[Span, ...] = ()
    lines: tuple[int, int] = (0, 0)


Block = Paragraph | Aside


class Section(NamedTuple):
    """A named, numbered run of consecutive blocks."""

    number: int
    name: str
    blocks: tuple[Block, ...]
    heading: str = ""
    """The heading text as written, when the section came from a heading."""
    head: Paragraph | None = None
    """That heading as a text block (kind ``heading``); None for a section an outline names."""

    @property
    def text_blocks(self) -> tuple[Paragraph, ...]:
        """The heading block, if any, then the paragraphs: every text that can carry references."""
        return ((self.head,) if self.head is not None else ()) + self.paragraphs

    def references(self) -> Iterator["Located"]:
        """Every reference in the section, heading first, in reading order."""
        for block in self.text_blocks:
            for sentence, reference in block.references():
                yield Located(self, block, sentence, reference)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    @property
    def asides(self) -> tuple[Aside, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Aside))

    @property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)


class Summit(NamedTuple):
    """One catalogue entry: a leaders' meeting and the public source for it."""

    id: str
    name: str
    start: dt.date
    end: dt.date
    city: str
    venue: str
    country: str
    leaders: tuple[str, ...]
    """The U.S. leader first, then the Soviet or Russian leader(s)."""
    setting: str
    """``neutral``, ``us-hosted``, ``russia-hosted`` or ``multilateral``."""
    significance: str
    source: str
    """Address of a public reference that states these facts."""
    places: tuple[str, ...] = ()
    """Names a text may use for where it was: city, region, country."""
    event: str = ""
    """The multilateral gathering, for a meeting on its margins."""
    keywords: tuple[str, ...] = ()
    """Phrases only this meeting is called by."""
    also: tuple[str, ...] = ()
    """Further references, where a detail (a venue, the exact date) rests on another page."""
    format: str = "bilateral"
    """``bilateral``, ``margins`` (of a multilateral event) or ``encounter`` (brief)."""
    note: str = ""
    """Where sources disagree, and which reading the entry keeps."""

    @property
    def place(self) -> str:
        return f"{self.city}, {self.country}"


class Event(NamedTuple):
    """One entry of the events catalogue: a dated event that is not a meeting of leaders
    (an invasion, a deadline, a remark), with the public source for it."""

    id: str
    name: str
    start: dt.date
    end: dt.date
    summary: str
    source: str
    phrases: tuple[str, ...] = ()
    """Word sequences that name this event and nothing else."""
    needs: tuple[tuple[str, ...], ...] = ()
    """Groups of words: from each group, one must be in the sentence too, where a phrase alone is
    too common ("Aug. 8" needs a deadline, and Russia, Putin or Trump)."""
    also: tuple[str, ...] = ()
    note: str = ""
    """Where sources disagree, and which reading the entry keeps."""
    landmark: bool = False
    """A turning point the timeline draws as a line down its chart (the 2014 annexation)."""


class Term(NamedTuple):
    """A leader's time in office, from the sourced table of terms."""

    leader: str
    office: str
    side: str
    """``us`` or ``russia`` (the Soviet Union's leaders too)."""
    start: dt.date
    end: dt.date | None
    """None while the term runs."""
    source: str
    note: str = ""


class Check(NamedTuple):
    """A general claim of the article checked against the record: the question it raises,
    the evidence the catalogues give, and the verdict with why."""

    id: str
    section: int
    """The number of the section holding the claim's sentence (0 before the first)."""
    sentence: str
    """The sentence as the article has it."""
    claim: str
    """What the sentence asserts, in the check's words."""
    question: str
    verdict: str
    """``supported``, ``partly supported``, ``not supported`` or ``unclear``."""
    record: str
    """What the record shows, in a sentence or two."""
    evidence: tuple[str, ...]
    """Ids of the catalogue entries (meetings, events) that bear on it."""
    sources: tuple[str, ...]
    computed: bool = True
    """Whether the verdict was computed from the catalogues (else it is the check file's judgement)."""
    rows: tuple[str, ...] = ()
    """The evidence as short lines (date, place, leaders, setting; or a term and its first meeting)."""


def setting_label(summit: Summit) -> str:
    if summit.setting == "multilateral" and summit.event:
        return f"margins of the {summit.event}"
    return SETTING_LABELS[summit.setting]


SETTING_LABELS = {"neutral": "neutral ground", "us-hosted": "U.S.-hosted",
                  "russia-hosted": "USSR/Russia-hosted", "multilateral": "multilateral margins"}


def date_range(start: dt.date, end: dt.date) -> str:
    """"11–12 Oct 1986", "30 May–3 Jun 1990", "16 Jun 2001"."""
    def day(d: dt.date, year: bool = True) -> str:
        return f"{d.day} {d.strftime('%b')}" + (f" {d.year}" if year else "")

    if start == end:
        return day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{day(end)}"
    return f"{day(start, start.year != end.year)}–{day(end)}"


class Located(NamedTuple):
    """A reference and where it is: its section (None before the first), block and sentence."""

    section: Section | None
    block: Paragraph
    sentence: Sentence
    reference: Reference


class Catalogue(NamedTuple):
    """The entries of one annotation kind's catalogue that an article refers to."""

    kind: str
    entries: tuple[Any, ...]
    """Catalogue records (``Summit`` for ``summit``), each with ``id``, ``name`` and ``source``."""


class Article(NamedTuple):
    """The whole article: metadata, sections, and the catalogue entries it refers to."""

    title: str
    sections: tuple[Section, ...]
    byline: str = ""
    author: str = ""
    date: dt.date | None = None
    date_text: str = ""
    caption: str = ""
    credit: str = ""
    disclaimer: str = ""
    source_label: str = ""
    source_url: str = ""
    catalogues: tuple[Catalogue, ...] = ()
    front: tuple[Paragraph, ...] = ()
    """The title and the caption as text blocks (kinds ``title``, ``caption``), when present."""
    checks: tuple[Check, ...] = ()
    """The article's general claims checked against the record (from its checks file)."""
    omitted: tuple[str, ...] = ()
    """Catalogued meetings of the pairs of leaders the article names, in the years it names for
    them, that it never refers to."""

    def entries(self, kind: str) -> tuple[Any, ...]:
        """The entries of ``kind``'s catalogue the article refers to, in catalogue order."""
        return next((c.entries for c in self.catalogues if c.kind == kind), ())

    @property
    def summits(self) -> tuple[Summit, ...]:
        return self.entries("summit")

    def text_blocks(self) -> Iterator[tuple[Section | None, Paragraph]]:
        """Every text block in reading order, with its section: the front, then each section's
        heading and paragraphs."""
        for block in self.front:
            yield None, block
        for section in self.sections:
            for block in section.text_blocks:
                yield section, block

    def references(self, kind: str | None = None) -> Iterator[Located]:
        """Every reference (of ``kind``, or of any), in reading order: the one walk over the
        article that every view, the renderer and the JSON export share."""
        for block in self.front:
            for sentence, reference in block.references():
                if kind is None or reference.kind == kind:
                    yield Located(None, block, sentence, reference)
        for section in self.sections:
            for located in section.references():
                if kind is None or located.reference.kind == kind:
                    yield located

    def entry_kinds(self) -> dict[str, tuple[str, Any]]:
        """Entry id → (annotation kind, entry), over every catalogue the article refers to."""
        return {entry.id: (c.kind, entry) for c in self.catalogues for entry in c.entries}

    @property
    def asides(self) -> tuple[Aside, ...]:
        return tuple(a for s in self.sections for a in s.asides)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(p for s in self.sections for p in s.paragraphs)


def _by_values(record: tuple) -> tuple:
    """Pickle as the class and the field values: writing a long article's cache takes two
    thirds of the time of the default, which asks each object for ``__getnewargs__``."""
    return type(record), tuple(record)


for _class in (Span, FactNote, Reference, Sentence, Paragraph, Aside, Section, Summit, Event, Term, Check, Located,
               Catalogue, Article):
    _class.__reduce__ = _by_values  # type: ignore[method-assign,assignment]

"""Provides the immutable document model every step of the pipeline shares.

Parsing builds it once; rendering, export and the interactive reader only read
it. Offsets are character offsets into the owning block's ``text``, so styling
and references never re-parse anything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from operator import attrgetter


def pickled_by_fields(cls):
    """Pickle instances as their class and field values, in order.

    The default for a slotted dataclass stores each object's field names and
    restores it through ``__setstate__``: the parse cache of a long article
    loaded in twice the time this takes.
    """
    names = [f.name for f in fields(cls)]
    values = attrgetter(*names)
    if len(names) == 1:
        cls.__reduce__ = lambda self: (cls, (values(self),))
    else:
        cls.__reduce__ = lambda self: (cls, values(self))
    return cls


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Span:
    """An inline style over ``text[start:end]`` of a block."""

    start: int
    end: int
    style: str
    """One of ``strong``, ``em``, ``code`` or ``link``."""
    target: str = ""
    """The address of a ``link`` span; empty for placeholder links (``#``)."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class FactNote:
    """Where the article's wording disagrees with the record it refers to."""

    field: str
    """Which fact differs: ``place``, ``year``, ``leaders`` or ``host``."""
    text_says: str
    record_says: str
    source: str
    """Address of the public reference for the record."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Reference:
    """A phrase in a sentence that refers to one or more catalogued summits."""

    start: int
    end: int
    text: str
    summits: tuple[str, ...]
    """Catalogue ids, usually one."""
    note: FactNote | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a block: a claim with a kind and the cue that decided it."""

    text: str
    start: int
    """Offset of the sentence in its block's ``text``."""
    end: int
    kind: str = ""
    cue: str = ""
    references: tuple[Reference, ...] = ()


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of running text (also list items, quotes, code, tables, raw HTML)."""

    text: str
    spans: tuple[Span, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    lines: tuple[int, int] = (0, 0)
    """Source lines, 1-based and inclusive (both lines of a repaired paragraph)."""
    kind: str = "paragraph"
    """``paragraph``, ``item``, ``quote``, ``code``, ``table``, ``html`` or ``heading``."""
    depth: int = 0
    """Nesting depth for list items and quotes."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Aside:
    """A set-apart line such as "Related article: …": kept, but not body text."""

    label: str
    text: str
    spans: tuple[Span, ...] = ()
    lines: tuple[int, int] = (0, 0)


Block = Paragraph | Aside


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Section:
    """A named, numbered run of consecutive blocks."""

    number: int
    name: str
    blocks: tuple[Block, ...]
    heading: str = ""
    """The heading text as written, when the section came from a heading."""

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    @property
    def asides(self) -> tuple[Aside, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Aside))

    @property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Summit:
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

    @property
    def place(self) -> str:
        return f"{self.city}, {self.country}"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Article:
    """The whole article: metadata, sections, and the summits it refers to."""

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
    summits: tuple[Summit, ...] = field(default=())

    @property
    def asides(self) -> tuple[Aside, ...]:
        return tuple(a for s in self.sections for a in s.asides)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(p for s in self.sections for p in s.paragraphs)

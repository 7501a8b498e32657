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
from typing import NamedTuple


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
    """A phrase in a sentence that refers to one or more catalogued summits."""

    start: int
    end: int
    text: str
    summits: tuple[str, ...]
    """Catalogue ids, usually one."""
    note: FactNote | None = None


class Sentence(NamedTuple):
    """One sentence of a block: a claim with a kind and the cue that decided it."""

    text: str
    start: int
    """Offset of the sentence in its block's ``text``."""
    end: int
    kind: str = ""
    cue: str = ""
    references: tuple[Reference, ...] = ()


class Paragraph(NamedTuple):
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

    @property
    def place(self) -> str:
        return f"{self.city}, {self.country}"


class Article(NamedTuple):
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
    summits: tuple[Summit, ...] = ()

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


for _class in (Span, FactNote, Reference, Sentence, Paragraph, Aside, Section, Summit, Article):
    _class.__reduce__ = _by_values  # type: ignore[method-assign,assignment]

"""Provides turning an Article into rich renderables: pure, width-independent.

Article text only ever becomes ``Text`` (never markup), styled through the
named ``reader.*`` styles of ``theme.py``. Width comes from the console at
render time, so the same renderables serve the terminal, the pager and tests.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

from rich.console import Console, ConsoleOptions, Group, NewLine, RenderableType, RenderResult
from rich.control import STRIP_CONTROL_CODES, strip_control_codes
from rich.segment import Segment
from rich.style import Style
from rich.text import Span as TextSpan
from rich.text import Text

from ..model import (Article, Aside, Check, Event, FactNote, Paragraph, Reference, Section, Span, Summit,
                     date_range, setting_label)

from ..text.source import SAFE_LINK_SCHEMES, neutralise_line

MIN_BODY = 12
"""A margin mark gives way before it leaves the text fewer columns than this."""

BLANK = NewLine()
"""An empty line between parts: rich renders it as it is, where an empty ``Text`` is wrapped
and justified like any other (40 of them cost a tenth of printing the op-ed)."""

JUSTIFY_FROM = 50
"""Below this width even ``--justify`` sets text ragged-right: too few gaps to stretch."""


class Gutter:
    """A body set off by a mark in the left margin (asides, quotes, callouts).

    With ``hanging`` the mark stands on the first line only, as a label.
    """

    def __init__(self, body: RenderableType, *, mark: str = "▌ ", style: str = "reader.gutter",
                 hanging: bool = False) -> None:
        self.body, self.mark, self.style, self.hanging = body, mark, style, hanging

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        text = self.mark
        if options.max_width - len(text) < MIN_BODY:  # deep nesting on a narrow screen
            text = text.strip()[-1:] + " " if text.strip() else ""
        mark = Segment(text, console.get_style(self.style, default="none"))
        blank = Segment(" " * len(text))
        width = max(1, options.max_width - len(text))
        lines = console.render_lines(self.body, options.update_width(width), pad=False)
        for number, line in enumerate(lines):
            yield blank if self.hanging and number else mark
            yield from line
            yield Segment.line()


class Styled(NamedTuple):
    """A paragraph's text and its spans: what ``Prose`` sets, without a rich ``Text``.

    A ``Text`` strips five control codes (BEL, BS, VT, FF, CR) from its string
    with a per-character translation; a paragraph's text never has them (the
    reader shows control characters as visible symbols when it reads), and
    that pass over every paragraph was a twentieth of printing a long text.
    ``of`` checks with one regex search and strips as a ``Text`` would if any
    is there.
    """

    plain: str
    spans: list[TextSpan]
    style: str | Style = ""

    @classmethod
    def of(cls, plain: str, spans: list[TextSpan], style: str | Style = "") -> Styled:
        if _STRIPPED_BY_RICH.search(plain):
            plain = strip_control_codes(plain)
        return cls(plain, spans, style)


_STRIPPED_BY_RICH = re.compile("[" + re.escape("".join(map(chr, STRIP_CONTROL_CODES))) + "]")


class Prose:
    """A paragraph, ragged-right; with ``justify`` filled to the measure where the measure
    allows it (asides and callout lines are ``ragged``: they never stretch)."""

    def __init__(self, text: Text | Styled, *, ragged: bool = False, justify: bool = False) -> None:
        self.text, self.ragged, self.justify = text, ragged, justify

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from .layout import set_paragraph

        if self.justify and not self.ragged and options.max_width >= JUSTIFY_FROM:
            rigid = kept_together(self.text.spans)
            yield from set_paragraph(console, self.text, options.max_width, True, rigid)
        else:
            yield from set_paragraph(console, self.text, options.max_width)


OVERLAYS = ("reader.claim.bg.", "reader.search")
"""Styles laid over the text for a while (claim colours, search matches): lines must not move
when they come and go, so their spans may stretch."""


def kept_together(spans: Iterable[TextSpan]) -> list[tuple[int, int]]:
    """(start, end) of the spans whose words stay single-spaced in justified lines: inline
    styles, references and links, whose underline or colour would show a widened space."""
    return [(span.start, span.end) for span in spans
            if (span.style.link is not None if isinstance(span.style, Style)
                else not str(span.style).startswith(OVERLAYS))]


class Line:
    """A full-width line of one character under a heading (what rich's ``Rule`` draws without
    a title, in two segments instead of a ``Text`` wrapped to the width)."""

    def __init__(self, character: str = "─", style: str = "reader.rule") -> None:
        self.character, self.style = character, style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Segment(self.character * options.max_width, console.get_style(self.style, default="none"))
        yield Segment.line()


def link_style(target: str) -> Style | None:
    """A hyperlink style for a safe target, else None (the text still prints)."""
    if target.lower().startswith(SAFE_LINK_SCHEMES):
        return Style(link=target)
    return None


def inline_spans(spans: Iterable[Span], length: int) -> list[TextSpan]:
    """The model's inline spans as rich spans, named styles and hyperlinks, over ``length``
    characters (what ``Text.stylize`` would add, without a ``Text`` to add them to)."""
    result = []
    for span in spans:
        start, end = span.start, min(length, span.end)
        if start >= end:
            continue
        result.append(TextSpan(start, end, f"reader.{span.style}" if span.target or span.style != "link"
                               else "reader.placeholder"))
        if span.style == "link" and (link := link_style(span.target)) is not None:
            result.append(TextSpan(start, end, link))
    return result


def front_block(article: Article, kind: str) -> Paragraph | None:
    """The title or caption as a text block (``Article.front``), if the article has it."""
    return next((b for b in article.front if b.kind == kind), None)


def marked(block: Paragraph | None, text: str, style: str, numbers: dict[str, int] | None) -> Text:
    """A title, caption or heading: its text, with markers and highlights where it refers to
    catalogued entries (the block's text, which the plain ``text`` shows otherwise)."""
    if block is None or not numbers or next(block.references(), None) is None:
        return Text(text, style=style)
    spans: list[TextSpan] = []
    inserts = marker_inserts(block, numbers, spans)
    plain, spans = with_inserts(block.text, spans, inserts)
    return Text(plain, style=style, spans=spans)


_CREDIT_LABEL = re.compile(r"(?i:photo(?:graph)?s?|picture|image|credit)(?:\s+by)?\s*:|(?i:photo(?:graph)?s?\s+by)\b")
_CREDIT_LABEL_AT_END = re.compile(r"(?i:photo(?:graph)?s?|picture|image|credit)(?:\s+by)?\s*:?\s*$")
"""A credit's own label ("Photo: AP", "Photograph by …"), or one the caption ends with: the reader adds none."""


def header(article: Article, numbers: dict[str, int] | None = None) -> Iterator[RenderableType]:
    """Title, byline and date, and the photo caption with its credit."""
    yield marked(front_block(article, "title"), article.title or "Untitled", "reader.title", numbers)
    byline = Text(style="reader.byline")
    byline.append(article.byline)
    if article.date_text:
        byline.append(" · " if article.byline else "")
        byline.append(article.date_text, style="reader.date")
    if byline:
        yield byline
    if article.caption or article.credit:
        caption = marked(front_block(article, "caption"), article.caption, "reader.caption", numbers)
        if article.credit:
            labelled = _CREDIT_LABEL.match(article.credit) or _CREDIT_LABEL_AT_END.search(article.caption or "")
            caption.append(" " if labelled else " Photo: ", style="reader.credit.label")  # "**Photo: AP**"
            caption.append(article.credit, style="reader.credit")  # keeps its own label: no "Photo: Photo:"
        yield BLANK
        yield Gutter(caption, style="reader.caption.gutter")


def block(item: Paragraph | Aside, numbers: dict[str, int] | None = None, *,
          found: Iterable[tuple[int, int, bool]] = (), claims: bool = False,
          claim_letters: bool = False, justify: bool = False) -> RenderableType:
    """One block of a section: prose, an aside, or a quote, item, heading or code.

    ``found`` marks search matches as (start, end, is_current); ``claims``
    colours each sentence by its claim kind (the interactive reader uses both),
    and with ``claim_letters`` also puts its kind's letter before it, for a
    screen without colour; ``justify`` fills prose lines to the measure
    (``--justify``).
    """
    if isinstance(item, Aside):
        label = f"{item.label}: "
        offset = len(label)
        body = [TextSpan(0, offset, "reader.aside.label"), TextSpan(offset, offset + len(item.text), "reader.aside")]
        body += [TextSpan(s.start + offset, s.end + offset, s.style)
                 for s in inline_spans(item.spans, len(item.text)) + found_spans(found, len(item.text))]
        return Gutter(Prose(Styled.of(label + item.text, body), ragged=True), style="reader.aside.gutter")
    spans = inline_spans(item.spans, len(item.text))
    if claims:
        spans += [TextSpan(s.start, s.end, f"reader.claim.bg.{s.kind}")
                  for s in item.sentences if s.kind and s.start < s.end]
        spans += [TextSpan(s.start, s.end, "reader.claim.low")
                  for s in item.sentences if s.kind and s.confidence == "low" and s.start < s.end]
    plain = item.text
    inserts = marker_inserts(item, numbers, spans) if numbers else []
    spans += found_spans(found, len(item.text))  # after the references': a match keeps its colours
    if claims and claim_letters:
        inserts = sorted(inserts + claim_letter_inserts(item), key=lambda insert: insert[0])
    if inserts:
        plain, spans = with_inserts(plain, spans, inserts)
    if item.kind in ("heading", "code", "table", "html"):
        text = Text(plain, spans=spans)
        if item.kind == "heading":
            text.stylize("reader.subheading")
            return text
        text.stylize(f"reader.{item.kind}")
        text.overflow = "fold"  # a line wider than the screen wraps; nothing is cut
        return DataTable(text) if item.kind == "table" else text
    prose = Prose(Styled.of(plain, spans), justify=justify)
    if item.kind == "item":
        return Gutter(prose, mark="  " * max(0, item.depth - 1) + "• ", style="reader.bullet", hanging=True)
    if item.kind == "quote":
        return Gutter(prose, mark="│ " * max(1, item.depth), style="reader.quote")
    return prose


class DataTable:
    """A Markdown table as a table: the block's text split back into rows and cells (markers,
    inline styles and search matches go with the words they cover), the header row first.
    Cells wrap at spaces. Where the longest words of the columns do not fit side by side, each
    row is printed as a record instead, one "header: cell" line per column, so that no word
    is cut or broken."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.measure import Measurement

        from ..text.parse import CELL_SEPARATOR, ROW_SEPARATOR

        rows = [list(row.split(CELL_SEPARATOR, allow_blank=True))
                for row in self.text.split(ROW_SEPARATOR, allow_blank=True)]
        table = self._table(rows)
        if Measurement.get(console, options.update_width(MAX_MEASURED), table).minimum <= options.max_width:
            yield table
            return
        yield from self._records(rows)

    @staticmethod
    def _records(rows: list[list[Text]]) -> Iterator[RenderableType]:
        headers = rows[0]
        for number, row in enumerate(rows[1:] or rows[:1]):
            if number:
                yield BLANK
            for column, cell in enumerate(row):
                if not cell.plain.strip():
                    continue
                header = headers[column].plain.strip() if column < len(headers) and rows[1:] else ""
                line = Text.assemble((f"{header}: " if header else "", "reader.toc.head"), cell)
                line.overflow = "fold"
                yield line

    @staticmethod
    def _table(rows: list[list[Text]]):
        from rich import box
        from rich.table import Table

        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="reader.toc.head")
        for column in range(max(map(len, rows))):
            header = rows[0][column] if column < len(rows[0]) else Text()
            table.add_column(header, overflow="fold")
        for row in rows[1:]:
            table.add_row(*row)
        return table


def claim_letter_inserts(item: Paragraph) -> list[tuple[int, str, str]]:
    """(offset, label, style) for each sentence with a claim kind: its kind's letter before it, with a
    question mark when the kind was decided with low confidence."""
    from .theme import CLAIM_LETTERS

    return [(s.start, f"‹{CLAIM_LETTERS[s.kind]}{'?' if s.confidence == 'low' else ''}› ", "reader.marker")
            for s in item.sentences if s.kind in CLAIM_LETTERS and s.start < s.end]


CURRENT_MATCH = "reader.current-match"
"""Meta key on the current search match's style: the interactive reader finds its line by it."""


def found_spans(found: Iterable[tuple[int, int, bool]], length: int) -> list[TextSpan]:
    """Search matches as spans over ``length`` characters (cut to fit, as ``Text.stylize``
    would); the current one carries the meta the reader finds it by."""
    spans = []
    for start, end, current in found:
        end = min(end, length)
        if start < end:
            spans.append(TextSpan(start, end, "reader.search.current" if current else "reader.search"))
            if current:
                spans.append(TextSpan(start, end, Style(meta={CURRENT_MATCH: True})))
    return spans


def section_heading(section: Section, numbers: dict[str, int] | None = None) -> Group:
    title = Text.assemble((f"{section.number}. ", "reader.section.number"))
    title.append_text(marked(section.head, section.name, "reader.section", numbers))
    return Group(title, Line())


def front_callouts(article: Article, numbers: dict[str, int], catalogue: dict[str, tuple[str, Any]],
                   shown: set[str]) -> Iterator[RenderableType]:
    """The callouts of what the title and caption refer to, under the header."""
    for item in article.front:
        notes = callouts(item, numbers, catalogue, shown)
        if notes is not None:
            yield BLANK
            yield notes


def section_body(section: Section, numbers: dict[str, int] | None = None,
                 catalogue: dict[str, tuple[str, Any]] | None = None,
                 shown: set[str] | None = None, justify: bool = False) -> Iterator[RenderableType]:
    """A section's heading and blocks; with ``numbers``, summit markers and callouts too."""
    yield section_heading(section, numbers)
    shown = shown if shown is not None else set()
    if section.head is not None:
        notes = callouts(section.head, numbers, catalogue, shown)
        if notes is not None:
            yield notes
    for item in section.blocks:
        yield BLANK
        yield block(item, numbers, justify=justify)
        notes = callouts(item, numbers, catalogue, shown)
        if notes is not None:
            yield notes


def callouts(item: Paragraph | Aside, numbers: dict[str, int] | None,
             catalogue: dict[str, tuple[str, Any]] | None, shown: set[str]) -> RenderableType | None:
    """The callout box after a paragraph, or None; ``shown`` remembers entries already called out.
    ``catalogue`` is ``Article.entry_kinds()``."""
    if not numbers or catalogue is None or not isinstance(item, Paragraph):
        return None
    lines = [Prose(Styled.of(text.plain, text.spans, text.style), ragged=True)  # set, not wrapped by rich
             for text in paragraph_callouts(item, numbers, catalogue, shown)]
    return Gutter(Group(*lines), mark="┃ ", style="reader.callout.gutter") if lines else None


def footer(article: Article, *, fold: bool = False) -> Iterator[RenderableType]:
    """The disclaimer and the original address, after the last section; ``fold``: an address
    wider than the screen goes on over the next lines (the interactive reader, which cannot
    show a line wider than itself), else it stays one line that can be copied whole."""
    if article.disclaimer or article.source_url:
        yield BLANK
        yield Line()
    if article.disclaimer:
        yield Text(article.disclaimer, style="reader.disclaimer")
    if article.source_url:  # the address on a line of its own, never broken: it can be copied whole
        yield Text(article.source_label or "Source:", style="reader.source.label")
        address = Text(article.source_url, style="reader.source", no_wrap=not fold,
                       overflow="fold" if fold else "ignore")
        address.stylize(link_style(article.source_url) or "")
        yield address


def render_article(article: Article, section: Section | None = None, *, justify: bool = False) -> Group:
    """The whole article, or one section with the article's title above it; ``justify``:
    paragraphs filled to the measure.

    Summit markers are numbered over the whole article, so a section shown on
    its own carries the same numbers as in the full text.
    """
    numbers = marker_numbers(article)
    catalogue = article.entry_kinds()
    shown: set[str] = set()
    parts: list[RenderableType] = []
    if section is not None:
        parts.append(Text(article.title or "Untitled", style="reader.title"))
        if next(section.references(), None) is not None:  # else nothing to explain
            parts += [BLANK, legend_line()]
        parts.append(BLANK)
        parts.extend(section_body(section, numbers, catalogue, shown, justify))
        return Group(*parts)
    parts.extend(header(article, numbers))
    parts.extend(front_callouts(article, numbers, catalogue, shown))
    if numbers:
        parts.append(BLANK)
        parts.append(legend_line())
    for each in article.sections:
        parts.append(BLANK)
        parts.extend(section_body(each, numbers, catalogue, shown, justify))
    parts.extend(footer(article))
    return Group(*parts)


def article_view(article: Article, section: Section | None, args=None) -> Group:
    """The default view (``modes.py``); ``--justify`` (None from a command line without it
    means off) fills its paragraphs."""
    return render_article(article, section, justify=bool(getattr(args, "justify", None)))


def toc_view(article: Article, section: Section | None, _args=None) -> Group:
    """``--toc``: the sections, or one section's row."""
    return render_toc(article if section is None else article._replace(sections=(section,)))


READER_MARGINS = {"heading": 1, "block": 1, "back": 1}
"""Blank lines above each kind of part in the interactive reader."""


def reader_parts(article: Article, *, justify: bool = False
                 ) -> Iterator[tuple[str, int, Paragraph | Aside | None, RenderableType]]:
    """The interactive reader's column, part by part: (kind, section number, block, renderable).

    Kinds are ``front``, ``heading``, ``block``, ``callout`` and ``back``; the
    app renders them to lines with ``READER_MARGINS`` between them, and its
    first screen is drawn from the same parts before the app has loaded.
    """
    numbers = marker_numbers(article)
    catalogue = article.entry_kinds()
    shown: set[str] = set()
    yield "front", 0, None, Group(*header(article, numbers), *front_callouts(article, numbers, catalogue, shown),
                                  BLANK, *([legend_line()] if numbers else []))
    for section in article.sections:
        yield "heading", section.number, None, section_heading(section, numbers)
        if section.head is not None:
            notes = callouts(section.head, numbers, catalogue, shown)
            if notes is not None:
                yield "callout", section.number, section.head, notes
        for item in section.blocks:
            yield "block", section.number, item, block(item, numbers, justify=justify)
            notes = callouts(item, numbers, catalogue, shown)
            if notes is not None:
                yield "callout", section.number, item, notes
    yield "back", 0, None, Group(*footer(article, fold=True))


def topbar(article: Article, number: int | None) -> Text:
    """The interactive reader's top line: the section in view, then the title."""
    section = next((s for s in article.sections if s.number == number), None)
    bar = Text(no_wrap=True, overflow="ellipsis")
    if section is not None:
        bar.append(f"{section.number}. {section.name}", style="bold")
        bar.append("  ·  ")
    bar.append(article.title or "Untitled")
    return bar


# ---- summit references -------------------------------------------------------


def marker_numbers(article: Article) -> dict[str, int]:
    """Marker numbers for the entries, each kind counted on its own (summits [1], [2]…; events
    [E1], [E2]…), in the order the article first refers to them; a check is shown by its
    verdict, so it gets 0."""
    numbers: dict[str, int] = {}
    counts: dict[str, int] = {}
    for located in article.references():
        kind = located.reference.kind
        for entry_id in located.reference.entries:
            if entry_id not in numbers:
                counts[kind] = counts.get(kind, 0) + (kind != "check")
                numbers[entry_id] = counts[kind]
    return numbers


MARKER_PREFIXES = {"event": "E"}
"""Before an entry's number, so a kind's markers differ in shape, not only in colour."""
VERDICT_MARKS = {"supported": ("✓", "supported"), "partly supported": ("◐", "partly"),
                 "not supported": ("✗", "not supported"), "unclear": ("?", "unclear")}
"""Each verdict's symbol and word in a check's marker."""


def marker(reference: Reference, numbers: dict[str, int]) -> str:
    if reference.kind == "check":
        symbol, word = VERDICT_MARKS.get(reference.text, ("?", reference.text))
        return f" [{symbol}\u00a0{word.replace(' ', chr(0xa0))}]"  # one word: never parted
    prefix = MARKER_PREFIXES.get(reference.kind, "")
    label = ",".join(f"{prefix}{numbers[i]}" for i in reference.entries)
    return f"[{label}{'!' if reference.note else ''}]"


def marker_style(reference: Reference) -> str:
    if reference.kind == "check":
        return f"reader.check.{reference.text.replace(' ', '-')}"
    return "reader.marker"


def reference_style(reference: Reference) -> str:
    """The highlight of a reference's phrase: the note style where the text disagrees with the
    record, else the kind's own style (``reader.ref.KIND``) if the theme has one."""
    from .theme import STYLES

    if reference.note:
        return "reader.ref.note"
    own = f"reader.ref.{reference.kind}"
    return own if own in STYLES else "reader.ref"


def marker_inserts(paragraph: Paragraph, numbers: dict[str, int],
                   spans: list[TextSpan]) -> list[tuple[int, str, str]]:
    """(offset, marker, its style) for each reference, in order; its highlight is added to ``spans``."""
    inserts: list[tuple[int, str, str]] = []
    for sentence, reference in paragraph.references():
        start, end = sentence.start + reference.start, sentence.start + reference.end
        if start < end:
            spans.append(TextSpan(start, end, reference_style(reference)))
        inserts.append((end, marker(reference, numbers), marker_style(reference)))
    inserts.sort(key=lambda insert: insert[0])
    return inserts


def with_inserts(plain: str, spans: list[TextSpan], inserts: list[tuple[int, str, str]]
                 ) -> tuple[str, list[TextSpan]]:
    """The text with each marker inserted at its offset, and the spans moved to match.

    Built as one string and one list of spans (a span crossing a marker is cut
    there, so the marker takes none of its style): slicing and appending
    ``Text`` pieces cost more than the rest of rendering a long article.
    """
    offsets = [offset for offset, _, _ in inserts]
    shifts = [0]  # characters of markers inserted before the i-th insert
    for _, label, _style in inserts:
        shifts.append(shifts[-1] + len(label))

    def moved(offset: int, is_end: bool) -> int:  # a span ending where a marker goes stays before it
        return offset + shifts[(bisect_left if is_end else bisect_right)(offsets, offset)]

    result = []
    for span in spans:
        inside = offsets[bisect_right(offsets, span.start):bisect_left(offsets, span.end)]  # sorted already
        bounds = [span.start, *sorted(set(inside)), span.end]
        result += [TextSpan(moved(a, False), moved(b, True), span.style)
                   for a, b in zip(bounds, bounds[1:]) if a < b]
    pieces, position = [], 0
    for number, (offset, label, style) in enumerate(inserts):
        pieces += [plain[position:offset], label]
        start = offset + shifts[number] + len(label) - len(label.lstrip())  # a space before it breaks freely
        result.append(TextSpan(start, offset + shifts[number] + len(label), style))
        position = offset
    pieces.append(plain[position:])
    return "".join(pieces), result


def paragraph_callouts(paragraph: Paragraph, numbers: dict[str, int], catalogue: dict[str, tuple[str, Any]],
                       shown: set[str]) -> Iterator[Text]:
    """A callout for each entry first referred to here; a note wherever the text disagrees."""
    for _sentence, reference in paragraph.references():
        for entry_id in reference.entries:
            if entry_id not in shown:
                shown.add(entry_id)
                kind, entry = catalogue[entry_id]
                yield CALLOUTS.get(kind, entry_callout)(entry, numbers[entry_id])
        if reference.note is not None:
            yield note_line(reference.note)


def entry_callout(entry: Any, number: int) -> Text:
    """The callout of an entry of a kind without one of its own: its name and its source."""
    text = Text.assemble((f"[{number}] ", "reader.marker"))
    text.append(entry.name, style="reader.callout.name")
    text.append(" · Source: ")
    append_source(text, entry.source)
    text.overflow = "fold"
    return text


SHORT_ADDRESS = 48
"""A callout's source is shown in at most this many characters (the link keeps the whole address)."""


def short_address(url: str, limit: int = SHORT_ADDRESS) -> str:
    """A web address as a reader recognises it: host and path, without the scheme, ``www.``,
    ``en.``, query or fragment, percent escapes decoded, and the middle of a long path
    given up (``…``) before its last part; neutralised, as it is shown as text."""
    from urllib.parse import unquote, urlsplit

    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or parts.netloc or url).rstrip(".")
    except ValueError:  # a malformed host such as "http://[": show what there is
        return neutralise_line(url[:limit])
    for prefix in ("www.", "en.", "m."):
        host = host.removeprefix(prefix)
    host = neutralise_line(host)
    segments = [neutralise_line(s) for s in unquote(parts.path).split("/") if s.strip()]
    whole = "/".join([host, *segments])
    if len(whole) <= limit or not segments:
        return whole[:limit]
    segments = segments[:_telling(segments) + 1]
    tail: list[str] = []
    for segment in reversed(segments[1:]):
        if len("/".join([host, "…", segment, *tail])) > limit:
            break
        tail.insert(0, segment)
    if tail:
        return "/".join([host, "…", *tail])
    lead = f"{host}/…/" if len(segments) > 1 else f"{host}/"
    cut = segments[-1][:max(1, limit - len(lead) - 1)]
    word_end = max(cut.rfind(separator) for separator in "-_.+")
    return lead + (cut[:word_end] if word_end > len(cut) // 2 else cut) + "…"


def _telling(segments: list[str]) -> int:
    """The index of the last path segment that reads as words (a headline's slug, three words
    or more), so that a short address does not end in "index.html" or "story"; else the last."""
    for index in range(len(segments) - 1, -1, -1):
        words = re.split(r"[-_.+ ]", _EXTENSION.sub("", segments[index]))
        if sum(1 for word in words if len(word) >= 3 and word.isalpha()) >= 3:
            return index
    return len(segments) - 1


_EXTENSION = re.compile(r"\.(html?|shtml|php|aspx?|xml)$", re.IGNORECASE)


def source_style(url: str) -> Style | None:
    """The hyperlink to a source: only to a safe address with nothing a terminal could obey in
    it (the address is data from a file, printed inside an escape sequence)."""
    if neutralise_line(url) != url or any(c.isspace() for c in url):
        return None
    return link_style(url)


def append_source(text: Text, url: str, limit: int = SHORT_ADDRESS) -> None:
    """Append a source as its short address, linked to the whole address on a terminal."""
    text.append(short_address(url, limit), style=source_style(url) or "")


def summit_callout(summit: Summit, number: int) -> Text:
    text = Text.assemble((f"[{number}] ", "reader.marker"))
    text.append(summit.name, style="reader.callout.name")
    text.append(f" · {date_range(summit.start, summit.end)}", style="reader.callout.date")
    text.append(f"\n{summit.place}")
    if summit.venue:
        text.append(f" ({summit.venue})", style="reader.callout.venue")
    text.append(f" · {', '.join(summit.leaders)} · ")
    text.append(setting_label(summit), style=f"reader.setting.{summit.setting}")
    text.append("\nSource: ", style="reader.note.source")
    append_source(text, summit.source)
    return text


def event_callout(event: Event, number: int) -> Text:
    text = Text.assemble((f"[E{number}] ", "reader.marker"))
    text.append(event.name, style="reader.callout.name")
    text.append(f" · {date_range(event.start, event.end)}", style="reader.callout.date")
    text.append(f"\n{event.summary}")
    text.append("\nSource: ", style="reader.note.source")
    append_source(text, event.source)
    return text


def check_callout(check: Check, _number: int = 0, rows: int = 4) -> Text:
    """A check below its paragraph: the verdict, the record, the evidence in brief, sources."""
    symbol, word = VERDICT_MARKS.get(check.verdict, ("?", check.verdict))
    text = Text.assemble((f"[{symbol} {word}] ", f"reader.check.{check.verdict.replace(' ', '-')}"))
    text.append("Check: ", style="reader.note.label")
    text.append(check.question, style="reader.callout.name")
    text.append(f"\n{check.verdict.capitalize()}" + ("" if check.computed else " (a judgement)") + ": ",
                style="reader.note.label")
    text.append(check.record)
    for row in check.rows[:rows]:
        text.append(f"\n  · {row}", style="reader.callout.venue")
    if len(check.rows) > rows:
        text.append(f"\n  · and {len(check.rows) - rows} more (--checks)", style="reader.callout.venue")
    text.append("\nSources: ", style="reader.note.source")
    for index, url in enumerate(check.sources[:2]):
        text.append(", " if index else "")
        append_source(text, url)
    if len(check.sources) > 2:
        text.append(f" and {len(check.sources) - 2} more")
    text.overflow = "fold"
    return text


CALLOUTS: dict[str, Callable[[Any, int], Text]] = {"summit": summit_callout, "event": event_callout,
                                                   "check": check_callout}
"""How each annotation kind's entry is called out below its paragraph (others: ``entry_callout``)."""


def note_line(note: FactNote) -> Text:
    text = Text.assemble(("Fact note: ", "reader.note.label"))
    text.append(f"the text says “{note.text_says}”; the record says {note.record_says}. ",
                style="reader.note")
    text.append("Source: ", style="reader.note.source")
    append_source(text, note.source)
    text.overflow = "fold"
    return text


def legend_line() -> Prose:
    """The markers' key, set like prose so that "[✓ supported]" is never parted."""
    text = Text.assemble(("[n] ", "reader.marker"))
    text.append("a summit the text refers to, with details below its paragraph; ", style="reader.legend")
    text.append("[En] ", style="reader.marker")
    text.append("a dated event; ", style="reader.legend")
    text.append("[✓\u00a0supported] ", style="reader.check.supported")
    text.append("a claim checked against the record; ", style="reader.legend")
    text.append("[n!] ", style="reader.marker")
    text.append("the text differs from the record (a fact note says how).", style="reader.legend")
    return Prose(text, ragged=True)


def render_toc(article: Article) -> Group:
    """Numbered sections with their paragraph and word counts."""
    return Group(Text(article.title or "Untitled", style="reader.title"), Text(), Contents(article.sections))


MAX_MEASURED = 10_000
"""The width a table is measured at: rich caps a measurement at the width offered."""


class Contents:
    """The contents as a table where its longest words fit the width, else as a list (each name
    wrapped under its first word, the counts below it): a name is wrapped, never cut short."""

    def __init__(self, sections: tuple[Section, ...]) -> None:
        self.sections = sections

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.measure import Measurement

        table = self._table()
        if Measurement.get(console, options.update_width(MAX_MEASURED), table).minimum <= options.max_width:
            yield table
            return
        number_width = len(str(self.sections[-1].number)) if self.sections else 1
        for section in self.sections:
            mark = f"{section.number}.".rjust(number_width + 1) + " "
            counts = f"{len(section.paragraphs)} paras, {section.word_count} words"
            yield Gutter(Group(Text(section.name, style="reader.section"), Text(counts)), mark=mark,
                         style="reader.section.number", hanging=True)

    def _table(self):
        from rich import box
        from rich.table import Table

        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="reader.toc.head")
        table.add_column("#", justify="right", style="reader.section.number")
        table.add_column("Section", style="reader.section", ratio=1, overflow="fold")
        table.add_column("Paras", justify="right")
        table.add_column("Words", justify="right")
        for section in self.sections:
            table.add_row(str(section.number), Text(section.name), str(len(section.paragraphs)),
                          str(section.word_count))
        return table

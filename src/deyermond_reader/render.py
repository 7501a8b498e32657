"""Provides turning an Article into rich renderables: pure, width-independent.

Article text only ever becomes ``Text`` (never markup), styled through the
named ``reader.*`` styles of ``theme.py``. Width comes from the console at
render time, so the same renderables serve the terminal, the pager and tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.rule import Rule
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from .model import Article, Aside, Paragraph, Section, Span

SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:")
"""Only these targets become terminal hyperlinks; anything else stays plain text."""

JUSTIFY_FROM = 50
"""Below this width full justification opens wide gaps, so text is set ragged-right."""


class Gutter:
    """A body set off by a mark in the left margin (asides, quotes, captions)."""

    def __init__(self, body: RenderableType, *, mark: str = "▌ ", style: str = "reader.gutter") -> None:
        self.body, self.mark, self.style = body, mark, style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        mark = Segment(self.mark, console.get_style(self.style, default="none"))
        width = max(1, options.max_width - len(self.mark))
        for line in console.render_lines(self.body, options.update_width(width), pad=False):
            yield mark
            yield from line
            yield Segment.line()


class Prose:
    """A paragraph: justified where the measure allows it, ragged where it is narrow."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        text = self.text.copy()
        text.justify = "full" if options.max_width >= JUSTIFY_FROM else "default"
        yield text


def link_style(target: str) -> Style | None:
    """A hyperlink style for a safe target, else None (the text still prints)."""
    if target.lower().startswith(SAFE_LINK_SCHEMES):
        return Style(link=target)
    return None


def styled(text: str, spans: Iterable[Span] = (), style: str = "") -> Text:
    """Article text as a ``Text`` with its inline spans applied as named styles."""
    result = Text(text, style=style)
    for span in spans:
        result.stylize(f"reader.{span.style}" if span.target or span.style != "link"
                       else "reader.placeholder", span.start, span.end)
        if span.style == "link" and (link := link_style(span.target)) is not None:
            result.stylize(link, span.start, span.end)
    return result


def header(article: Article) -> Iterator[RenderableType]:
    """Title, byline and date, and the photo caption with its credit."""
    yield Text(article.title or "Untitled", style="reader.title")
    byline = Text(style="reader.byline")
    byline.append(article.byline)
    if article.date_text:
        byline.append(" · " if article.byline else "")
        byline.append(article.date_text, style="reader.date")
    if byline:
        yield byline
    if article.caption or article.credit:
        caption = Text(article.caption, style="reader.caption")
        if article.credit:
            caption.append(" Photo: ", style="reader.credit.label")
            caption.append(article.credit, style="reader.credit")
        yield Text()
        yield Gutter(caption, style="reader.caption.gutter")


def block(item: Paragraph | Aside) -> RenderableType:
    """One block of a section: prose, an aside, or a quote, item, heading or code."""
    if isinstance(item, Aside):
        text = Text(f"{item.label}: ", style="reader.aside.label")
        text.append_text(styled(item.text, item.spans, "reader.aside"))
        return Gutter(text, style="reader.aside.gutter")
    text = styled(item.text, item.spans)
    if item.kind == "heading":
        text.stylize("reader.subheading")
        return text
    if item.kind in ("code", "table", "html"):
        text.stylize(f"reader.{item.kind}")
        text.overflow = "fold"
        return Gutter(text, mark="  ", style="none")
    if item.kind == "item":
        return Gutter(Prose(text), mark="  " * max(0, item.depth - 1) + "• ", style="reader.bullet")
    if item.kind == "quote":
        return Gutter(Prose(text), mark="│ " * max(1, item.depth), style="reader.quote")
    return Prose(text)


def section_heading(section: Section) -> Group:
    title = Text(f"{section.number}. ", style="reader.section.number")
    title.append(section.name, style="reader.section")
    return Group(title, Rule(style="reader.rule", characters="─"))


def section_body(section: Section) -> Iterator[RenderableType]:
    yield section_heading(section)
    for item in section.blocks:
        yield Text()
        yield block(item)


def footer(article: Article) -> Iterator[RenderableType]:
    """The disclaimer and the original address, after the last section."""
    if article.disclaimer or article.source_url:
        yield Text()
        yield Rule(style="reader.rule", characters="─")
    if article.disclaimer:
        yield Text(article.disclaimer, style="reader.disclaimer")
    if article.source_url:
        line = Text(f"{article.source_label or 'Source:'} ", style="reader.source.label")
        line.append(article.source_url, style=link_style(article.source_url) or "")
        line.stylize("reader.source", len(line) - len(article.source_url))
        line.overflow = "fold"
        yield line


def render_article(article: Article, section: Section | None = None) -> Group:
    """The whole article, or one section with the article's title above it."""
    parts: list[RenderableType] = []
    if section is not None:
        parts.append(Text(article.title or "Untitled", style="reader.title"))
        parts.append(Text())
        parts.extend(section_body(section))
        return Group(*parts)
    parts.extend(header(article))
    for each in article.sections:
        parts.append(Text())
        parts.extend(section_body(each))
    parts.extend(footer(article))
    return Group(*parts)


def render_toc(article: Article) -> Group:
    """Numbered sections with their paragraph and word counts."""
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="reader.toc.head")
    table.add_column("#", justify="right", style="reader.section.number")
    table.add_column("Section", style="reader.section", ratio=1)
    table.add_column("Paras", justify="right")
    table.add_column("Words", justify="right")
    for section in article.sections:
        table.add_row(str(section.number), Text(section.name), str(len(section.paragraphs)),
                      str(section.word_count))
    return Group(Text(article.title or "Untitled", style="reader.title"), Text(), table)

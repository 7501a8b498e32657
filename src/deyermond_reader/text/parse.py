"""Provides turning Markdown into the article's blocks and metadata.

markdown-it-py's flat token stream is converted at this boundary: no Token
leaves this module. Everything else sees plain text with character-offset
spans, which is what sentence splitting and reference detection need.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from ..model import Article, Aside, Paragraph, Span
from .source import SAFE_LINK_SCHEMES, neutralise

PLACEHOLDER_TARGETS = frozenset({"", "#"})
"""Link targets that carry no address: the link keeps its text, its span gets no target."""

_BYLINE = re.compile(r"^by\s+(?P<author>\S.*)$", re.IGNORECASE)
_SENTENCE_END = tuple(".!?…:;")
_CLOSERS = "\"'”’)]*_"


class Heading(NamedTuple):
    """A Markdown heading: the title, a section boundary, or a sub-heading."""

    level: int
    text: str
    lines: tuple[int, int]




def make_parser():  # -> MarkdownIt; the import stays inside the step that needs it
    """One place decides the dialect: CommonMark, tables and strikethrough, raw HTML as text."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def parse(text: str) -> tuple[Article, tuple[Paragraph | Aside | Heading, ...]]:
    """Parse Markdown into an Article holding its metadata (no sections yet) and the body blocks,
    repairing extraction damage."""
    tokens = make_parser().parse(text)
    blocks = _with_lost_lines(_blocks(tokens), tokens, text)
    title, front = "", []
    if blocks and isinstance(blocks[0], Heading) and blocks[0].level == 1:
        front.append(Paragraph(blocks[0].text, lines=blocks[0].lines, kind="title"))
        title, blocks = blocks[0].text, blocks[1:]
    meta, blocks = _front_matter(blocks)
    if meta.get("caption"):
        front.append(Paragraph(meta["caption"], lines=meta.pop("caption_lines"), kind="caption"))
    meta.pop("caption_lines", None)
    tail, blocks = _back_matter(blocks)
    body = tuple(_as_aside(b) for b in _join_broken_paragraphs(blocks))
    return Article(title=title, sections=(), front=tuple(front), **meta, **tail), body


# ---- tokens → blocks -------------------------------------------------------


def _lines(token) -> tuple[int, int]:
    return (token.map[0] + 1, token.map[1]) if token.map else (0, 0)


def _blocks(tokens) -> list[Paragraph | Heading]:
    """Flatten the token stream into text blocks, remembering list and quote context."""
    blocks: list[Paragraph | Heading] = []
    containers: list[str] = []
    pending_heading = 0
    index = 0
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            containers.append("quote" if kind == "blockquote_open" else "item")
        elif kind in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop()
        elif kind == "heading_open":
            pending_heading = int(token.tag[1])
        elif kind == "inline":
            text, spans = inline_text(token)
            if pending_heading:
                blocks.append(Heading(pending_heading, text, _lines(token)))
                pending_heading = 0
            elif text.strip():
                block_kind = containers[-1] if containers else "paragraph"
                blocks.append(Paragraph(text, spans, lines=_lines(token), kind=block_kind,
                                        depth=len(containers)))
        elif kind in ("fence", "code_block", "html_block"):
            body = neutralise(token.content.rstrip("\n"))
            if body.strip():
                blocks.append(Paragraph(body, lines=_lines(token),
                                        kind="html" if kind == "html_block" else "code",
                                        depth=len(containers)))
        elif kind == "table_open":
            index = _table(tokens, index, blocks)
        index += 1
    return blocks


CELL_SEPARATOR, ROW_SEPARATOR = " │ ", "\n"
"""How a table block's text joins its cells and rows: the rows read as lines in JSON and search,
and the printed view splits them again into a table's cells."""


def _table(tokens, index: int, blocks: list) -> int:
    """Collect a table's rows as one block, header row first, cells separated by a bar, each
    cell's inline styles kept; return the close index."""
    start = tokens[index]
    text: list[str] = []
    spans: list[Span] = []
    position, first_cell = 0, True
    while tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "tr_open" and text:
            text.append(ROW_SEPARATOR)
            position += len(ROW_SEPARATOR)
            first_cell = True
        elif token.type in ("th_open", "td_open"):
            if not first_cell:
                text.append(CELL_SEPARATOR)
                position += len(CELL_SEPARATOR)
            first_cell = False
        elif token.type == "inline":
            cell, cell_spans = inline_text(token)
            text.append(cell)
            spans += [s._replace(start=s.start + position, end=s.end + position) for s in cell_spans]
            position += len(cell)
        index += 1
    blocks.append(Paragraph("".join(text), tuple(spans), lines=_lines(start), kind="table"))
    return index


_LEAVES = frozenset({"paragraph_open", "heading_open", "fence", "code_block", "html_block", "hr",
                     "table_open"})
_REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S")
_CONTAINER_MARKS = re.compile(r"^(?:\s*(?:>|[-*+]|\d{1,9}[.)])(?=\s|$))+\s*")


def _with_lost_lines(blocks: list, tokens, text: str) -> list:
    """Put back any source line the parser produced no block for, as plain text.

    markdown-it stops descending past its nesting limit (20 levels of quotes or
    lists) and silently drops what is deeper; a reader must not lose words.
    """
    covered: set[int] = set()
    for token in tokens:
        if token.type in _LEAVES and token.map:
            covered.update(range(token.map[0], token.map[1]))
    lost = [(number, line) for number, line in enumerate(text.split("\n"))
            if number not in covered and line.strip() and not _REFERENCE_DEFINITION.match(line)
            and _CONTAINER_MARKS.sub("", line).strip()]
    if not lost:
        return blocks
    recovered = [Paragraph(neutralise(_CONTAINER_MARKS.sub("", line).strip()), lines=(n + 1, n + 1))
                 for n, line in lost]
    return sorted(blocks + recovered, key=lambda b: b.lines[0])


def inline_text(token) -> tuple[str, tuple[Span, ...]]:
    """Return an inline token's plain text and its style spans (markup syntax dropped)."""
    parts: list[str] = []
    spans: list[Span] = []
    opened: list[tuple[str, int, str, int]] = []
    position = 0
    for child in token.children or ():
        kind = child.type
        piece = ""
        if kind in ("text", "html_inline", "code_inline"):
            piece = child.content
        elif kind == "image":
            piece = child.content
        elif kind == "softbreak":
            piece = " "
        elif kind == "hardbreak":
            piece = "\n"
        elif kind.endswith("_open"):
            opened.append((kind[:-5], position, str(child.attrs.get("href", "") or ""), len(parts)))
        elif kind.endswith("_close") and opened:
            name, start, target, first_part = opened.pop()
            span = _span(name, start, position, target)
            if span is not None:
                spans.append(span)
            if name == "link":
                piece = _shown_target(target, "".join(parts[first_part:]))
        if piece:
            piece = neutralise(piece)
            if kind == "code_inline":
                spans.append(Span(position, position + len(piece), "code"))
            parts.append(piece)
            position += len(piece)
    return "".join(parts), tuple(sorted(spans, key=lambda s: (s.start, -s.end)))


def _shown_target(target: str, text: str) -> str:
    """The target of a link that cannot become a terminal hyperlink (``ftp:``, ``tel:``, a
    relative path), printed after its text so that it is not lost; none where the text is it."""
    if target in PLACEHOLDER_TARGETS or target.lower().startswith(SAFE_LINK_SCHEMES):
        return ""
    if target == text or target.split(":", 1)[-1] == text:
        return ""
    return f" ({target})"


def _span(name: str, start: int, end: int, target: str) -> Span | None:
    if end <= start:
        return None
    if name == "link":
        return Span(start, end, "link", "" if target in PLACEHOLDER_TARGETS else neutralise(target))
    if name in ("strong", "em"):
        return Span(start, end, name)
    return None


# ---- metadata --------------------------------------------------------------


def parse_date(text: str) -> dt.date | None:
    """Return the date a date line states, or None. The forms news sites use: "August 14, 2025",
    "Aug. 14 2025", "14 August 2025", "2025-08-14", each with an optional label ("Published",
    "Updated", "Posted", "Last updated", a colon after it), weekday ("Monday,") and time ("6:10 AM
    ET,", "14:05", "at 2:05 p.m. EDT", "T14:05:00Z"). Parsed here rather than with strptime, which
    is locale-bound, or a date library, whose guesses would turn a sentence holding a date into a
    date line: the whole line must be a date."""
    candidate = text.strip()
    if not candidate or len(candidate) > 80:
        return None
    candidate = _DATE_LABEL.sub("", candidate)
    candidate = _WEEKDAY_PREFIX.sub("", candidate)
    candidate = _CLOCK.sub(" ", candidate).strip(" ,|·-–—")
    candidate = _WEEKDAY_PREFIX.sub("", candidate)  # "6:10 PM, Mon July 3": the weekday after the time
    candidate = re.sub(r"\s+", " ", re.sub(r"\s*,\s*", ", ", candidate))
    match = _ISO_DATE.match(candidate)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _MONTH_FIRST.match(candidate) or _DAY_FIRST.match(candidate)
        if match is None:
            return None
        named = _month_number(match.group("month"))
        if named is None:
            return None
        month = named
        year, day = int(match.group("year")), int(match.group("day"))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH_FIRST = re.compile(r"^(?P<month>[A-Za-z]+)\.?,?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})$")
_DAY_FIRST = re.compile(r"^(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]+)\.?,?\s+(?P<year>\d{4})$")
_DATE_LABEL = re.compile(r"^(?:last\s+)?(?:published|updated|posted|modified)(?:\s+on)?\s*:?\s*", re.I)
_WEEKDAY_PREFIX = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s+",
                             re.I)
_ZONE = r"(?:[A-Z]{2,4}T?|UTC|GMT|Z|[+-]\d{2}:?\d{2})"
_CLOCK = re.compile(r"(?:\bat\s+)?(?:T|\b)\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?"
                    r"(?:\s*(?:[ap]\.?\s?m\.?)(?=\W|$))?(?:\s*" + _ZONE + r"\b)?", re.I)

def _month_number(name: str) -> int | None:
    """"August", "Aug" or "Sept" → 8 or 9; anything else None."""
    name = name.lower()
    for number, month in enumerate(_MONTHS, 1):
        if month == name or (len(name) >= 3 and month.startswith(name)):
            return number
    return None


def _is_paragraph(block) -> bool:
    return isinstance(block, Paragraph) and block.kind == "paragraph"


def _front_matter(blocks: list) -> tuple[dict, list]:
    """Take byline, date and photo caption from the top of the article, in any order."""
    meta: dict = {}
    index = 0
    while index < len(blocks) and _is_paragraph(blocks[index]):
        block = blocks[index]
        byline = _BYLINE.match(block.text)
        if byline and "byline" not in meta and len(block.text.split()) <= 12:
            meta["byline"], meta["author"] = block.text, byline.group("author").strip()
        elif "date" not in meta and (date := parse_date(block.text)) is not None:
            meta["date"], meta["date_text"] = date, block.text.strip()
        elif "date" in meta and _DATE_LABEL.match(block.text.strip()) and parse_date(block.text):
            meta["date_text"] += f" · {block.text.strip()}"  # "Updated …" after "Published …"
        elif meta and "caption" not in meta and _ends_in_credit(block):
            credit = block.spans[-1]
            meta["caption"] = block.text[: credit.start].strip()
            meta["credit"] = block.text[credit.start : credit.end].strip()
            meta["caption_lines"] = block.lines
        else:
            break
        index += 1
    return meta, blocks[index:]


def _ends_in_credit(block: Paragraph) -> bool:
    """A photo caption ends with its credit set in bold: "… in Moscow. **Name / Agency**"."""
    if not block.spans:
        return False
    last = block.spans[-1]
    return last.style == "strong" and last.end == len(block.text.rstrip()) and last.start > 0


def _back_matter(blocks: list) -> tuple[dict, list]:
    """Take the source address and the italic disclaimer from the end of the article."""
    tail: dict = {}
    end = len(blocks)
    if end and _is_paragraph(blocks[end - 1]) and _is_bare_link(blocks[end - 1]):
        tail["source_url"] = blocks[end - 1].spans[0].target
        end -= 1
        label = blocks[end - 1] if end else None
        if label is not None and _is_paragraph(label) and label.text.rstrip().endswith(":") \
                and len(label.text.split()) <= 4:
            tail["source_label"] = label.text.strip()
            end -= 1
    if end and _is_paragraph(blocks[end - 1]) and _is_all_emphasis(blocks[end - 1]):
        tail["disclaimer"] = blocks[end - 1].text.strip()
        end -= 1
    return tail, blocks[:end]


def _is_bare_link(block: Paragraph) -> bool:
    text = block.text.strip()
    return (len(block.spans) == 1 and block.spans[0].style == "link"
            and block.text[block.spans[0].start : block.spans[0].end].strip() == text
            and block.spans[0].target.rstrip("/") == text.rstrip("/"))


def _is_all_emphasis(block: Paragraph) -> bool:
    return len(block.spans) == 1 and block.spans[0].style == "em" \
        and block.spans[0].start == 0 and block.spans[0].end >= len(block.text.rstrip())


def _as_aside(block):
    """A paragraph led by a bold label ending in a colon, then only a link, is an aside."""
    if not _is_paragraph(block) or len(block.spans) < 2:
        return block
    label, rest = block.spans[0], block.spans[1:]
    label_text = block.text[label.start : label.end].strip()
    if label.style != "strong" or label.start != 0 or not label_text.endswith(":") \
            or len(label_text.split()) > 4:
        return block
    remainder = block.text[label.end :]
    offset = label.end + len(remainder) - len(remainder.lstrip())
    if len(rest) != 1 or rest[0].style != "link" or rest[0].start != offset:
        return block
    text = remainder.strip()
    link = rest[0]._replace(start=0, end=min(len(text), rest[0].end - offset))
    return Aside(label_text.rstrip(":"), text, (link,), block.lines)


# ---- repair ----------------------------------------------------------------


def _ends_mid_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and not stripped.endswith(_SENTENCE_END)


def _starts_lowercase(text: str) -> bool:
    first = text.lstrip()[:1]
    return first.isalpha() and first.islower()


def _join_broken_paragraphs(blocks: list) -> list:
    """Join a paragraph that stops mid-sentence to the next when that one starts in lowercase.

    Copy-and-paste exports break paragraphs at arbitrary points; a real paragraph
    ends with sentence punctuation, and a real one never starts in lowercase.
    """
    joined: list = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if previous is not None and _is_paragraph(previous) and _is_paragraph(block) \
                and _ends_mid_sentence(previous.text) and _starts_lowercase(block.text):
            joined[-1] = _join(previous, block)
        else:
            joined.append(block)
    return joined


def _join(first: Paragraph, second: Paragraph) -> Paragraph:
    head = first.text.rstrip()
    shift = len(head) + 1
    spans = first.spans + tuple(s._replace(start=s.start + shift, end=s.end + shift)
                                for s in second.spans)
    return first._replace(text=f"{head} {second.text}", spans=spans,
                   lines=(first.lines[0], second.lines[1]))

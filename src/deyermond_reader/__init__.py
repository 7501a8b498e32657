"""deyermond-reader: an annotated terminal reader for an op-ed on U.S.–Russian summits.

``load_article`` runs the whole pipeline (read → parse → sections → claims)
and returns one immutable ``Article``.
"""

from __future__ import annotations

from typing import BinaryIO

from .model import Article

__version__ = "0.1.0"
__all__ = ["Article", "__version__", "build_article", "load_article"]


def build_article(text: str, name: str = "<text>", outline=None) -> Article:
    """Build an Article from Markdown text (and an optional outline)."""
    from .claims import split_sections
    from .parse import parse
    from .sections import build_sections

    parsed = parse(text)
    title = parsed.title
    sections = split_sections(build_sections(parsed.blocks, title, outline, where=name))
    return Article(
        title=title, sections=sections, byline=parsed.byline, author=parsed.author,
        date=parsed.date, date_text=parsed.date_text, caption=parsed.caption,
        credit=parsed.credit, disclaimer=parsed.disclaimer,
        source_label=parsed.source_label, source_url=parsed.source_url,
    )


def load_article(path: str | None = None, stdin: BinaryIO | None = None) -> Article:
    """Read an article (the bundled op-ed when ``path`` is None, stdin for ``-``)."""
    from .sections import load_outline, outline_path
    from .source import bundled_article, read_text

    text, name = read_text(path, stdin)
    outline_file = outline_path(str(bundled_article()) if path is None else path)
    outline = load_outline(outline_file) if outline_file else None
    return build_article(text, name, outline)

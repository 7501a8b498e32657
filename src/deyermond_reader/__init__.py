"""deyermond-reader: an annotated terminal reader for an op-ed on U.S.–Russian summits.

``load_article`` runs the whole pipeline (read → parse → sections → claims)
and returns one immutable ``Article``.
"""

from __future__ import annotations

from typing import BinaryIO

from .model import Article

__version__ = "0.1.0"
__all__ = ["Article", "__version__", "build_article", "load_article"]


def build_article(text: str, name: str = "<text>", outline=None, annotate: bool = True) -> Article:
    """Build an Article from Markdown text (and an optional outline).

    With ``annotate`` (the default) sentences get claim kinds and summit
    references; without it the pipeline stops at sentences.
    """
    from .claims import split_sections
    from .parse import parse
    from .sections import build_sections

    parsed = parse(text)
    title = parsed.title
    sections = split_sections(build_sections(parsed.blocks, title, outline, where=name))
    summits = ()
    if annotate:
        sections, summits = _annotate(sections, parsed.date)
    return Article(
        title=title, sections=sections, byline=parsed.byline, author=parsed.author,
        date=parsed.date, date_text=parsed.date_text, caption=parsed.caption,
        credit=parsed.credit, disclaimer=parsed.disclaimer,
        source_label=parsed.source_label, source_url=parsed.source_url, summits=summits,
    )


def _annotate(sections, article_date):
    """Claim kinds and summit references; returns the sections and the summits referred to."""
    from .annotate import Matcher, annotate_sections, load_cues
    from .claims import KindClassifier, classify_sections
    from .summits import load_catalogue

    cues = load_cues()
    catalogue = load_catalogue()
    sections = classify_sections(sections, KindClassifier(cues.get("kind", [])))
    sections = annotate_sections(sections, article_date, Matcher(catalogue, cues))
    referred = {i for sec in sections for p in sec.paragraphs for s in p.sentences
                for r in s.references for i in r.summits}
    return sections, tuple(s for s in catalogue if s.id in referred)


def load_article(path: str | None = None, stdin: BinaryIO | None = None,
                 annotate: bool = True, cache: bool = True) -> Article:
    """Read an article (the bundled op-ed when ``path`` is None, stdin for ``-``).

    With ``cache`` a built Article is reused when nothing it depends on changed.
    """
    from .source import bundled_article, decode, outline_path, read_bytes

    data, name = read_bytes(path, stdin)
    outline_file = outline_path(str(bundled_article()) if path is None else path)
    key = None
    if cache:
        from . import cache as store

        key = store.cache_key(__version__.encode(), b"annotated" if annotate else b"bare", data,
                              *_dependency_bytes(outline_file, annotate))
        cached = store.read(key)
        if cached is not None:
            return cached
    text = decode(data, name)
    from .sections import load_outline

    outline = load_outline(outline_file) if outline_file else None
    article = build_article(text, name, outline, annotate)
    if key is not None:
        store.write(key, article)
    return article


def _dependency_bytes(outline_file, annotate: bool) -> list[bytes]:
    """The bytes of every data file the Article is built from, for the cache key."""
    from pathlib import Path

    files = [outline_file] if outline_file else []
    if annotate:
        from . import summits

        files += [summits.CATALOGUE, summits.CUES]
    parts = []
    for file in files:
        try:
            parts.append(Path(file).read_bytes())
        except OSError:
            parts.append(b"unreadable")
    return parts

"""Provides the one-way pipeline: read → key → cache → parse → sections → sentences → annotate.

Every mode asks this module for an ``Article``; nothing else assembles the stages.
The cache key of an Article covers the code, the text, its outline and the data
files, so a cached Article is always the one these inputs would build.
"""

from __future__ import annotations

from . import __version__

TYPE_CHECKING = False  # typing is not imported on the start-up path
if TYPE_CHECKING:
    from typing import BinaryIO

    from .model import Article


def build_article(text: str, name: str = "<text>", outline=None, annotate: bool = True,
                  kinds: bool = True) -> Article:
    """Build an Article from Markdown text (and an optional outline).

    With ``annotate`` (the default) sentences get summit references, and with
    ``kinds`` too, claim kinds and cues; without either the pipeline stops at
    sentences.
    """
    from .text.sentences import split_sections
    from .text.parse import parse
    from .text.sections import build_sections

    article, blocks = parse(text)
    sections = split_sections(build_sections(blocks, article.title, outline, where=name))
    summits = ()
    if annotate:
        sections, summits = _annotate(sections, article.date, kinds)
    return article._replace(sections=sections, summits=summits)


def _annotate(sections, article_date, kinds: bool = True):
    """Claim kinds and summit references; returns the sections and the summits referred to."""
    from .annotate.references import Matcher, annotate_sections, load_cues
    from .annotate.kinds import KindClassifier, classify_sections
    from .annotate.summits import load_catalogue

    cues = load_cues()
    catalogue = load_catalogue()
    if kinds:  # only --claims, --json and the interactive reader show them
        sections = classify_sections(sections, KindClassifier(cues.get("kind", [])))
    sections = annotate_sections(sections, article_date, Matcher(catalogue, cues))
    referred = {i for sec in sections for p in sec.paragraphs for s in p.sentences
                for r in s.references for i in r.summits}
    return sections, tuple(s for s in catalogue if s.id in referred)


def load_article(path: str | None = None, stdin: BinaryIO | None = None,
                 annotate: bool = True, cache: bool = True, kinds: bool = True) -> Article:
    """Read an article (the bundled op-ed when ``path`` is None, stdin for ``-``).

    With ``cache`` a built Article is reused when nothing it depends on changed.
    """
    from .text.source import read_bytes

    data, name = read_bytes(path, stdin)
    key = article_key(data, path, annotate, kinds) if cache else None
    return article_from_bytes(data, name, path, annotate, key, kinds)


def article_key(data: bytes, path: str | None, annotate: bool, kinds: bool = True) -> str:
    """The cache key of the Article these bytes make: the code (``cache.code_fingerprint``),
    the text, its outline and the data files."""
    from .cache import cache_key, code_fingerprint

    level = (b"annotated+kinds" if kinds else b"annotated") if annotate else b"bare"
    return cache_key(__version__.encode(), code_fingerprint(), level, data,
                     *_dependency_bytes(_outline_file(path), annotate))


def article_from_bytes(data: bytes, name: str, path: str | None, annotate: bool,
                       key: str | None, kinds: bool = True) -> Article:
    """The Article from the cache under ``key`` if there, else built (and stored when keyed)."""
    if key is not None:
        from . import cache as store

        cached = store.read(key)
        if cached is not None:
            return cached
    from .text.sections import load_outline
    from .text.source import decode

    outline_file = _outline_file(path)
    outline = load_outline(outline_file) if outline_file else None
    article = build_article(decode(data, name), name, outline, annotate, kinds)
    if key is not None:
        store.write(key, article)
    return article


def _outline_file(path: str | None):
    from .text.source import bundled_article, outline_path

    return outline_path(str(bundled_article()) if path is None else path)


def _dependency_bytes(outline_file, annotate: bool) -> list[bytes]:
    """The bytes of every data file the Article is built from, for the cache key."""
    from pathlib import Path

    files = [outline_file] if outline_file else []
    if annotate:
        from .annotate import datafiles

        files += [datafiles.CATALOGUE, datafiles.CUES]
    parts = []
    for file in files:
        try:
            parts.append(Path(file).read_bytes())
        except OSError:
            parts.append(b"unreadable")
    return parts

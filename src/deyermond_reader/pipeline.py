"""Provides the one-way pipeline: read → key → cache → parse → sections → sentences → annotate.

Every mode asks this module for an ``Article``; nothing else assembles the stages.
The cache key of an Article covers the code, the text, its outline and the data
files, so a cached Article is always the one these inputs would build.
"""

from __future__ import annotations

from enum import IntEnum

from . import __version__

TYPE_CHECKING = False  # typing is not imported on the start-up path
if TYPE_CHECKING:
    from typing import BinaryIO

    from .model import Article


class Depth(IntEnum):
    """How far the pipeline goes: each view asks for the least it shows (``modes.py``).

    Claim kinds are a level of their own because they cost a quarter of the time
    of building a 2 MB article (345 of about 1,400 ms) and only ``--claims``,
    ``--json`` and ``-i`` show them; on the op-ed they cost 1.2 ms.
    """

    TEXT = 0
    """Sections and sentences (``--no-annotations``)."""
    REFERENCES = 1
    """And every annotation kind's references, with fact notes."""
    CLAIMS = 2
    """And each sentence's claim kind and cue."""


def build_article(text: str, name: str = "<text>", outline=None, depth: Depth = Depth.CLAIMS,
                  checks=None) -> Article:
    """Build an Article from Markdown text (and an optional outline), as far as ``depth``; with
    references, the meetings it leaves out and, given a checks file, its checks."""
    from .text.sentences import split_block, split_sections
    from .text.parse import parse
    from .text.sections import build_sections

    article, blocks = parse(text)
    sections = split_sections(build_sections(blocks, article.title, outline, where=name))
    article = article._replace(sections=sections, front=tuple(split_block(b) for b in article.front))
    if depth < Depth.REFERENCES:
        return article
    return _check(*_annotate(article, kinds=depth >= Depth.CLAIMS), checks)


def claim_classifier():
    """The claim-kind classifier over ``annotate/data/claims.toml`` and the word weights of
    ``claim_words.toml``, checked as they load."""
    from .annotate import datafiles
    from .annotate.kinds import KindClassifier
    from .errors import ReaderError
    from .text.source import read_toml

    from .annotate.leaning import check_leaning

    data = read_toml(datafiles.CLAIMS, "claim lists")
    words = read_toml(datafiles.CLAIM_WORDS, "claim word weights")
    try:
        return KindClassifier(data, str(datafiles.CLAIMS), check_leaning(words, str(datafiles.CLAIM_WORDS)))
    except ValueError as exc:
        raise ReaderError(str(exc)) from None


def _annotate(article: Article, kinds: bool = True) -> tuple[Article, dict[str, tuple]]:
    """Claim kinds, then each annotation kind's references (``annotate/registry.py``), with the
    catalogue entries of each kind the article refers to; and each kind's whole catalogue, which
    the checks read."""
    from .annotate.kinds import classify_sections
    from .annotate.references import load_cues
    from .annotate.registry import ANNOTATION_KINDS
    from .model import Catalogue

    cues = load_cues()
    if kinds:  # only --claims, --json and the interactive reader show them
        article = article._replace(sections=classify_sections(article.sections, claim_classifier()))
    catalogues, whole = [], {}
    for kind in ANNOTATION_KINDS:
        article, catalogue = kind.detect(article, cues)
        whole[kind.name] = catalogue
        referred = {i for located in article.references(kind.name) for i in located.reference.entries}
        catalogues.append(Catalogue(kind.name, tuple(e for e in catalogue if e.id in referred)))
    return article._replace(catalogues=tuple(catalogues)), whole


def _check(article: Article, catalogues: dict[str, tuple], checks_file) -> Article:
    """The meetings the article leaves out, and its checks (``check/``) when it has a checks file."""
    from .check.omitted import omitted_meetings
    from .check.terms import load_terms

    terms = load_terms()
    article = article._replace(omitted=omitted_meetings(article, catalogues["summit"], terms))
    if checks_file is None:
        return article
    from .check.claims import attach, run_checks

    return attach(article, run_checks(article, checks_file, catalogues["summit"], catalogues["event"], terms))


def load_article(path: str | None = None, stdin: BinaryIO | None = None,
                 depth: Depth = Depth.CLAIMS, cache: bool = True) -> Article:
    """Read an article (the bundled op-ed when ``path`` is None, stdin for ``-``).

    With ``cache`` a built Article is reused when nothing it depends on changed.
    """
    from .text.source import read_bytes

    data, name = read_bytes(path, stdin)
    key = article_key(data, path, depth) if cache else None
    return article_from_bytes(data, name, path, depth, key)


def article_key(data: bytes, path: str | None, depth: Depth) -> str:
    """The cache key of the Article these bytes make: the code (``cache.code_fingerprint``),
    the text, its outline and the data files."""
    from .cache import cache_key, code_fingerprint

    return cache_key(__version__.encode(), code_fingerprint(), depth.name.encode(), data,
                     *_dependency_bytes(_outline_file(path, data), depth, path, data))


def article_from_bytes(data: bytes, name: str, path: str | None, depth: Depth, key: str | None) -> Article:
    """The Article from the cache under ``key`` if there, else built (and stored when keyed)."""
    if key is not None:
        from . import cache as store

        cached = store.read(key)
        if cached is not None:
            return cached
    from .text.sections import load_outline
    from .text.source import decode

    outline_file = _outline_file(path, data)
    outline = load_outline(outline_file) if outline_file else None
    article = build_article(decode(data, name), name, outline, depth, _companion(path, data, ".checks.toml"))
    if key is not None:
        store.write(key, article)
    return article


def _outline_file(path: str | None, data: bytes):
    """The outline beside the file, else the bundled op-ed's if the text is the op-ed's."""
    return _companion(path, data, ".outline.toml")


def _companion(path: str | None, data: bytes, suffix: str):
    """The file ``NAME{suffix}`` beside the article, else the bundled op-ed's if the text is the
    op-ed's (its outline, its checks)."""
    from .text.source import bundled_article, bundled_companion, companion_path

    return companion_path(str(bundled_article()) if path is None else path, suffix) \
        or bundled_companion(data, suffix)


def _dependency_bytes(outline_file, depth: Depth, path: str | None = None, data: bytes = b"") -> list[bytes]:
    """The bytes of every data file an Article of this depth is built from, for the cache key:
    the claim lists only where claim kinds are found."""
    from pathlib import Path

    files = [outline_file] if outline_file else []
    if depth >= Depth.REFERENCES:
        from .annotate import datafiles
        from .annotate.registry import catalogue_files

        checks = _companion(path, data, ".checks.toml")
        files += [*catalogue_files(), datafiles.CUES, datafiles.TERMS, datafiles.REGIONS, datafiles.CITIES,
                  *([checks] if checks else [])]
        if depth >= Depth.CLAIMS:
            files.append(datafiles.CLAIMS)
    parts = []
    for file in files:
        try:
            parts.append(Path(file).read_bytes())
        except OSError:
            parts.append(b"unreadable")
    return parts

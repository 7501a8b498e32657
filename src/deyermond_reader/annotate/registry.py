"""Provides the table of annotation kinds: what each kind's references link to and what finds them.

Adding a kind is one row here, its catalogue in ``data/``, a detector module in
this folder, and (for a colour of its own) a ``reader.ref.KIND`` style in
``output/theme.py``. Everything else (the model, the marker numbering, the
callouts, the JSON export, the cache keys) works from the rows. Plain classes
and no imports: the start-up path names the data files for cache keys.
"""

class AnnotationKind:
    """One kind of reference: ``name`` is ``Reference.kind``; ``plural`` the JSON key of the
    entries the article refers to; ``catalogue`` the data file; ``detector`` the module in this
    folder whose ``detect(article, cues)`` returns the article with the kind's references added
    (to its title, caption, headings and paragraphs) and the catalogue's entries (each with
    ``id``, ``name`` and ``source``)."""

    __slots__ = ("name", "plural", "catalogue", "detector")

    def __init__(self, name: str, plural: str, catalogue: str, detector: str) -> None:
        self.name, self.plural, self.catalogue, self.detector = name, plural, catalogue, detector

    @property
    def catalogue_path(self):
        from . import datafiles

        return datafiles.DATA / self.catalogue

    def detect(self, article, cues):
        from importlib import import_module

        return import_module(f"{__package__}.{self.detector}").detect(article, cues)


ANNOTATION_KINDS = (
    AnnotationKind("summit", "summits", "summits.toml", "references"),
    AnnotationKind("event", "events", "events.toml", "events"),
)
"""Every annotation kind, in the order detectors run."""


def annotation_kind(name: str) -> AnnotationKind:
    return next(kind for kind in ANNOTATION_KINDS if kind.name == name)


def catalogue_files():
    """The data files of every kind's catalogue, for cache keys."""
    return [kind.catalogue_path for kind in ANNOTATION_KINDS]

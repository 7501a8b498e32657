"""deyermond-reader: an annotated terminal reader for an op-ed on U.S.–Russian summits.

``load_article`` runs the whole pipeline (``pipeline.py``: read → parse →
sections → sentences → annotations) and returns one immutable ``Article``.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported on the start-up path
if TYPE_CHECKING:
    from .model import Article

__version__ = "0.21.0"
__all__ = ["Article", "__version__", "build_article", "load_article"]


def __getattr__(name: str):
    """``deyermond_reader.Article`` and the pipeline's entry points, without importing them on
    the start-up path."""
    if name == "Article":
        from .model import Article

        return Article
    if name in ("build_article", "load_article"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)

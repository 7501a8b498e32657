"""Provides the reader's named styles: every colour the renderers use lives here.

Renderables refer to ``reader.*`` names only, so a palette change is one edit.
Colour is never the only carrier of meaning: markers, labels and words say it too.
"""

from __future__ import annotations

STYLES: dict[str, str] = {
    "reader.title": "bold",
    "reader.byline": "italic",
    "reader.date": "not italic dim",
    "reader.caption": "italic",
    "reader.caption.gutter": "dim",
    "reader.credit.label": "dim not italic",
    "reader.credit": "dim not italic",
    "reader.section": "bold",
    "reader.section.number": "bold cyan",
    "reader.subheading": "bold",
    "reader.rule": "dim cyan",
    "reader.strong": "bold",
    "reader.em": "italic",
    "reader.code": "bold",
    "reader.table": "none",
    "reader.html": "dim",
    "reader.link": "underline",
    "reader.placeholder": "none",
    "reader.bullet": "cyan",
    "reader.quote": "dim",
    "reader.gutter": "cyan",
    "reader.aside": "italic",
    "reader.aside.label": "bold",
    "reader.aside.gutter": "magenta",
    "reader.disclaimer": "italic dim",
    "reader.source.label": "dim",
    "reader.source": "underline",
    "reader.toc.head": "bold",
}


def make_theme():
    """The rich Theme for a Console (rich imported only when rendering)."""
    from rich.theme import Theme

    return Theme(STYLES)

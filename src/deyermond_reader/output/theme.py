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
    "reader.code": "cyan",
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
    "reader.ref": "underline",
    "reader.ref.note": "underline yellow",
    "reader.marker": "bold cyan",
    "reader.legend": "dim",
    "reader.callout.gutter": "cyan",
    "reader.callout.name": "bold",
    "reader.callout.date": "none",
    "reader.callout.venue": "dim",
    "reader.note.label": "bold yellow",
    "reader.note": "yellow",
    "reader.note.source": "dim",
    "reader.setting.neutral": "green",
    "reader.setting.us-hosted": "blue",
    "reader.setting.russia-hosted": "red",
    "reader.setting.multilateral": "magenta",
    "reader.claim.fact": "bold green",
    "reader.claim.assessment": "bold yellow",
    "reader.claim.attribution": "bold blue",
    "reader.claim.prediction": "bold magenta",
    "reader.claim.prescription": "bold red",
    "reader.claim.cue": "dim",
    "reader.timeline.axis": "dim",
    "reader.search": "black on yellow",
    "reader.search.current": "black on bright_green bold",
    "reader.claim.bg.fact": "on #16351f",
    "reader.claim.bg.assessment": "on #3a3414",
    "reader.claim.bg.attribution": "on #142a44",
    "reader.claim.bg.prediction": "on #3a1a3a",
    "reader.claim.bg.prescription": "on #451818",
    "reader.timeline.mentioned": "bold reverse",
}


def make_theme():
    """The rich Theme for a Console (rich imported only when rendering)."""
    from rich.theme import Theme

    return Theme(STYLES)

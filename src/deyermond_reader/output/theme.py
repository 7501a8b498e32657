"""Provides the reader's named styles: every colour the renderers use lives here.

Renderables refer to ``reader.*`` names only, so a palette change is one edit.
Colour is never the only carrier of meaning: markers, labels and words say it too.

There are two palettes, one for a dark background and one for a light one, both in RGB so that
their contrast can be measured (rich turns RGB into the nearest of 256 or 16 colours on a
terminal with fewer). Every colour used on text has a contrast of at least 4.5:1 (WCAG AA)
against the backgrounds in ``BACKGROUNDS`` and against the palette's claim and search
backgrounds. Greys stand in for "dim", whose look each terminal decides for itself.
"""

from __future__ import annotations

THEMES = ("auto", "dark", "light")
"""The names ``--theme`` takes; auto decides between dark and light from the terminal."""

BACKGROUNDS: dict[str, tuple[str, ...]] = {
    "dark": ("#000000", "#282828"),
    "light": ("#ffffff", "#e0e0e0"),
}
"""The backgrounds each palette is measured against: the two ends of what terminals use.
Dark: black, and #282828 (gruvbox; lighter than the #1e1e1e of most editors and the #121212
of Textual's dark theme, so the harder case for light text). Light: white, and #e0e0e0
(Textual's light theme, darker than the white or cream of most light terminals)."""

_LAYOUT: dict[str, str] = {
    "reader.title": "bold",
    "reader.byline": "italic",
    "reader.date": "not italic {grey}",
    "reader.caption": "italic",
    "reader.caption.gutter": "{grey}",
    "reader.credit.label": "{grey} not italic",
    "reader.credit": "{grey} not italic",
    "reader.section": "bold",
    "reader.section.number": "bold {cyan}",
    "reader.subheading": "bold",
    "reader.rule": "{cyan}",
    "reader.strong": "bold",
    "reader.em": "italic",
    "reader.code": "{cyan}",
    "reader.table": "none",
    "reader.html": "{grey}",
    "reader.link": "underline",
    "reader.placeholder": "none",
    "reader.bullet": "{cyan}",
    "reader.quote": "{grey}",
    "reader.gutter": "{cyan}",
    "reader.aside": "italic",
    "reader.aside.label": "bold",
    "reader.aside.gutter": "{magenta}",
    "reader.disclaimer": "italic {grey}",
    "reader.source.label": "{grey}",
    "reader.source": "underline",
    "reader.toc.head": "bold",
    "reader.ref": "underline",
    "reader.ref.note": "underline {yellow}",
    "reader.marker": "bold {cyan}",
    "reader.ref.event": "italic underline",
    "reader.check.supported": "bold {green}",
    "reader.check.partly-supported": "bold {yellow}",
    "reader.check.not-supported": "bold {red}",
    "reader.check.unclear": "bold {grey}",
    "reader.legend": "{grey}",
    "reader.callout.gutter": "{cyan}",
    "reader.callout.name": "bold",
    "reader.callout.date": "none",
    "reader.callout.venue": "{grey}",
    "reader.note.label": "bold {yellow}",
    "reader.note": "{yellow}",
    "reader.note.source": "{grey}",
    "reader.setting.neutral": "{green}",
    "reader.setting.us-hosted": "{blue}",
    "reader.setting.russia-hosted": "{red}",
    "reader.setting.multilateral": "{purple}",
    "reader.claim.fact": "bold {green}",
    "reader.claim.assessment": "bold {yellow}",
    "reader.claim.attribution": "bold {blue}",
    "reader.claim.prediction": "bold {purple}",
    "reader.claim.prescription": "bold {red}",
    "reader.claim.cue": "{grey}",
    "reader.claim.low": "italic",
    "reader.timeline.axis": "{grey}",
    "reader.timeline.event": "{magenta}",
    "reader.search": "#000000 on {search}",
    "reader.search.current": "#000000 on {current} bold",
    "reader.claim.bg.fact": "{text} on {fact}",
    "reader.claim.bg.assessment": "{text} on {assessment}",
    "reader.claim.bg.attribution": "{text} on {attribution}",
    "reader.claim.bg.prediction": "{text} on {prediction}",
    "reader.claim.bg.prescription": "{text} on {prescription}",
    "reader.timeline.mentioned": "bold reverse",
}
"""Every style, with its colours by role; each palette gives the roles their colours."""

_COLOURS: dict[str, dict[str, str]] = {
    "dark": {
        "grey": "#a8a8a8", "cyan": "#5fd7ff", "magenta": "#d7a0ff", "yellow": "#ffd75f",
        "green": "#87d787", "blue": "#8cb4ff", "red": "#ff8c8c", "purple": "#ee9cee",
        "text": "#e4e4e4", "search": "#ffd75f", "current": "#87d787",
        "fact": "#16351f", "assessment": "#3a3414", "attribution": "#142a44",
        "prediction": "#3a1a3a", "prescription": "#451818",
    },
    "light": {
        "grey": "#5c5c5c", "cyan": "#006070", "magenta": "#8b2a8b", "yellow": "#7a5200",
        "green": "#1d6b2f", "blue": "#1c4f9c", "red": "#a61b1b", "purple": "#6a2c91",
        "text": "#1a1a1a", "search": "#ffd75f", "current": "#87d787",
        "fact": "#d8f0dc", "assessment": "#f5eccc", "attribution": "#d9e6f7",
        "prediction": "#efdcf2", "prescription": "#f7dada",
    },
}
"""Each palette's colour for each role. Claim backgrounds are dark tints on a dark terminal and
pale ones on a light terminal, so every text colour of the palette can sit on them."""

PALETTES: dict[str, dict[str, str]] = {
    name: {style: value.format(**colours) for style, value in _LAYOUT.items()}
    for name, colours in _COLOURS.items()
}

STYLES: dict[str, str] = PALETTES["dark"]
"""The named styles (the dark palette's values): every ``reader.*`` name a renderer may use."""

CLAIM_LETTERS: dict[str, str] = {
    "fact": "F", "assessment": "A", "attribution": "T", "prediction": "P", "prescription": "R",
}
"""The letter that marks each claim kind where there is no colour to show it."""


def background_from_environment(environ=None) -> str:
    """"light" when ``COLORFGBG`` (set by rxvt, Konsole, iTerm2 and others, as "fg;bg") names
    a white background (7 or 15), else "dark": the terminal is never queried."""
    import os

    value = (os.environ if environ is None else environ).get("COLORFGBG", "")
    return "light" if value.rsplit(";", 1)[-1].strip() in ("7", "15") else "dark"


def resolve_theme(name: str | None, environ=None) -> str:
    """The palette ("dark" or "light") for a theme name from the command line or a config file;
    None or "auto" decides from the environment."""
    if name is None or name == "auto":
        return background_from_environment(environ)
    if name in PALETTES:
        return name
    from ..errors import UsageError

    raise UsageError(f"unknown theme {name!r}: choose one of {', '.join(THEMES)}")


def monochrome_styles() -> dict[str, str]:
    """The styles without a colour: bold, italic, underline and reverse only. Search matches are
    shown reversed; claim kinds by their letters (``CLAIM_LETTERS``), not by a background."""
    from rich.style import Style

    styles = {name: str(Style.parse(value).without_color) or "none" for name, value in STYLES.items()}
    styles.update({"reader.search": "reverse", "reader.search.current": "bold reverse underline"})
    styles.update({f"reader.claim.bg.{kind}": "none" for kind in CLAIM_LETTERS})
    return styles


def make_theme(name: str | None = None):
    """The rich Theme for a Console (rich imported only when rendering): the palette for the
    theme name (None: auto)."""
    from rich.theme import Theme

    return Theme(PALETTES[resolve_theme(name)])

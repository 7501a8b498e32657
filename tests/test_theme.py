"""Light and dark terminals: the palettes' contrast, --theme and COLORFGBG, and the interactive
reader's theme (kept between runs), claim colours and monochrome mode."""

from __future__ import annotations

import asyncio
import io
import itertools
import json

import pytest
from rich.color import ColorType
from rich.console import Console
from rich.style import Style

from deyermond_reader.output import article as render
from deyermond_reader.output.theme import (BACKGROUNDS, CLAIM_LETTERS, PALETTES, make_theme,
                                           resolve_theme)

from conftest import run_cli

MINIMUM_CONTRAST = 4.5
"""WCAG AA for body text."""


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(hex_colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast(one: str, other: str) -> float:
    darker, lighter = sorted((luminance(one), luminance(other)))
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_formula_matches_wcag_figures():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffff00", "#ffffff") < 1.1  # yellow on white: what the old notes were


def text_backgrounds(name: str) -> list[str]:
    """Where a text colour of this palette can stand: the terminal's background at either end
    of the range, the interactive reader's default Textual theme for it, and every claim
    background (a marker or a fact note inside a coloured sentence keeps its own colour)."""
    from textual.theme import BUILTIN_THEMES

    palette = PALETTES[name]
    claims = [Style.parse(palette[f"reader.claim.bg.{kind}"]).bgcolor for kind in CLAIM_LETTERS]
    textual = BUILTIN_THEMES[f"textual-{name}"].to_color_system().generate()["background"]
    return [*BACKGROUNDS[name], textual,
            *(colour.triplet.hex for colour in claims if colour and colour.triplet)]


def pairs(name: str):
    """(style name, foreground, background) for every style of the palette that colours text."""
    for style_name, value in PALETTES[name].items():
        style = Style.parse(value)
        assert not style.dim, f"{style_name}: dim is the terminal's to decide; use a grey"
        if style.color is None:
            assert style.bgcolor is None, f"{style_name}: a background needs its own text colour"
            continue
        assert style.color.type == ColorType.TRUECOLOR, f"{style_name} is not in RGB"
        foreground = style.color.triplet.hex
        if style.bgcolor is not None:
            yield style_name, foreground, style.bgcolor.triplet.hex
        else:
            for background in text_backgrounds(name):
                yield style_name, foreground, background


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_every_text_colour_is_readable_on_its_theme(name):
    measured = list(pairs(name))
    assert len({style for style, _, _ in measured}) >= 40
    poor = [(s, f, b, round(contrast(f, b), 2)) for s, f, b in measured if contrast(f, b) < MINIMUM_CONTRAST]
    assert poor == []


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_both_palettes_name_the_same_styles_and_settings_differ(name):
    assert PALETTES[name].keys() == PALETTES["dark"].keys()
    settings = [Style.parse(PALETTES[name][f"reader.setting.{s}"]).color.triplet
                for s in ("neutral", "us-hosted", "russia-hosted", "multilateral")]
    for one, other in itertools.combinations(settings, 2):
        assert sum((a - b) ** 2 for a, b in zip(one, other)) ** 0.5 > 80, (one, other)


@pytest.mark.parametrize("value, expected", [
    ("0;15", "light"), ("0;7", "light"), ("0;default;15", "light"), ("15;0", "dark"),
    ("7;8", "dark"), ("15;6", "dark"), ("", "dark"), ("nonsense", "dark"), (None, "dark")])
def test_auto_theme_follows_colorfgbg(value, expected):
    environ = {} if value is None else {"COLORFGBG": value}
    assert resolve_theme(None, environ) == expected
    assert resolve_theme("auto", environ) == expected
    assert resolve_theme("dark", environ) == "dark" and resolve_theme("light", environ) == "light"


def escape(hex_colour: str) -> str:
    red, green, blue = (int(hex_colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return f"38;2;{red};{green};{blue}"


NOTE = {name: Style.parse(PALETTES[name]["reader.note"]).color.triplet.hex for name in PALETTES}


def test_light_theme_prints_the_light_palette(article):
    def printed(theme):
        console = Console(file=io.StringIO(), width=80, color_system="truecolor", force_terminal=True,
                          theme=make_theme(theme), markup=False, highlight=False, legacy_windows=False)
        console.print(render.render_article(article))
        return console.file.getvalue()

    light, dark = printed("light"), printed("dark")
    assert escape(NOTE["light"]) in light and escape(NOTE["dark"]) not in light
    assert escape(NOTE["dark"]) in dark and escape(NOTE["light"]) not in dark


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def printed_on_a_terminal(monkeypatch, *args: str, colorfgbg: str | None = None) -> str:
    from deyermond_reader.cli import main

    monkeypatch.setenv("COLORTERM", "truecolor")
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("NO_COLOR", raising=False)
    if colorfgbg is None:
        monkeypatch.delenv("COLORFGBG", raising=False)
    else:
        monkeypatch.setenv("COLORFGBG", colorfgbg)
    out = Terminal()
    assert main(["-s", "2", "--no-cache", *args], stdout=out, stderr=io.StringIO()) == 0
    return out.getvalue()


@pytest.mark.parametrize("args, colorfgbg, expected", [
    ((), None, "dark"), (("--theme", "light"), None, "light"), (("--theme", "auto"), "0;15", "light"),
    ((), "0;15", "light"), ((), "15;0", "dark"), (("--theme", "dark"), "0;15", "dark")])
def test_theme_option_and_colorfgbg_choose_the_printed_palette(monkeypatch, args, colorfgbg, expected):
    out = printed_on_a_terminal(monkeypatch, *args, colorfgbg=colorfgbg)
    other = "light" if expected == "dark" else "dark"
    assert escape(NOTE[expected]) in out and escape(NOTE[other]) not in out


def test_unknown_theme_is_a_usage_error():
    result = run_cli("--theme", "sepia")
    assert result.code == 2 and "invalid choice: 'sepia'" in result.err and "Traceback" not in result.err
    from deyermond_reader.errors import UsageError

    with pytest.raises(UsageError, match="choose one of auto, dark, light"):
        resolve_theme("sepia")

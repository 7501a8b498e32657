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


# ---- the interactive reader -----------------------------------------------------------------

def test_interactive_refuses_a_dumb_terminal(monkeypatch):
    monkeypatch.setenv("TERM", "dumb")
    result = run_cli("-i")
    assert result.code == 2 and result.out == ""
    assert result.err == "deyermond-reader: error: --interactive needs a terminal that can draw a screen, " \
                         "and TERM is dumb\n"


pytest.importorskip("textual")


def drive(article, check, **options):
    from deyermond_reader.interactive.app import ReaderApp

    async def main():
        app = ReaderApp(article, **options)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await check(app, pilot)
        return app

    return asyncio.run(main())


@pytest.fixture
def state_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    monkeypatch.delenv("COLORFGBG", raising=False)
    return tmp_path / "deyermond-reader"


def claim_backgrounds(app) -> set[str]:
    """The background colours of the article's lines as rendered."""
    return {segment.style.bgcolor.triplet.hex for line in app.view.lines for segment in line
            if segment.style and segment.style.bgcolor and segment.style.bgcolor.triplet}


def claim_colour(name: str, kind: str = "fact") -> str:
    return Style.parse(PALETTES[name][f"reader.claim.bg.{kind}"]).bgcolor.triplet.hex


def test_claim_colours_follow_the_theme_and_the_choice_is_kept(article, state_home):
    async def switch(app, pilot):
        assert app.theme == "textual-dark"
        await pilot.press("c")
        await pilot.pause()
        assert claim_colour("dark") in claim_backgrounds(app)
        app.theme = "textual-light"  # what the command palette's theme picker does
        await pilot.pause()
        await pilot.pause()
        found = claim_backgrounds(app)
        assert claim_colour("light") in found and claim_colour("dark") not in found
        assert app.reader_styles == PALETTES["light"]

    drive(article, switch)
    assert json.loads((state_home / "state.json").read_text()) == {"theme": "textual-light"}

    async def restarted(app, pilot):
        assert app.theme == "textual-light" and app.reader_styles == PALETTES["light"]

    drive(article, restarted)

    async def told_dark(app, pilot):
        assert app.theme == "textual-dark" and app.reader_styles == PALETTES["dark"]

    drive(article, told_dark, theme="dark")
    assert json.loads((state_home / "state.json").read_text()) == {"theme": "textual-light"}


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe", b'["textual-light"]', b'{"theme": 7}',
                                     b'{"theme": ""}', b"x" * 100_000])
def test_unreadable_state_is_ignored(state_home, monkeypatch, content):
    from deyermond_reader.interactive.app import starting_themes
    from deyermond_reader.interactive.state import remembered_theme

    state_home.mkdir(parents=True)
    (state_home / "state.json").write_bytes(content)
    monkeypatch.setenv("COLORFGBG", "0;15")
    assert remembered_theme() is None and starting_themes(None) == ["textual-light"]


def test_a_remembered_theme_that_no_longer_exists_is_passed_over(article, state_home, monkeypatch):
    state_home.mkdir(parents=True)
    (state_home / "state.json").write_text('{"theme": "no-such-theme"}')
    monkeypatch.setenv("COLORFGBG", "0;15")

    async def check(app, pilot):
        assert app.theme == "textual-light" and app.reader_styles == PALETTES["light"]

    drive(article, check)


def test_a_light_terminal_starts_the_reader_light(article, state_home, monkeypatch):
    monkeypatch.setenv("COLORFGBG", "0;15")

    async def check(app, pilot):
        assert app.theme == "textual-light" and app.reader_styles == PALETTES["light"]

    drive(article, check)


def test_settings_have_distinct_colours_on_screen(article, state_home):
    """Textual turns ANSI red and magenta into one pink; RGB colours reach the screen as they are."""
    from rich.segment import Segment
    from textual.color import Color

    async def check(app, pilot):
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await pilot.pause()
            shown = []
            for setting in ("neutral", "us-hosted", "russia-hosted", "multilateral"):
                segments = [Segment("x", app.console.get_style(f"reader.setting.{setting}"))]
                for line_filter in app.get_line_filters():
                    segments = line_filter.apply(segments, Color.parse("#808080"))
                shown.append(segments[0].style.color.triplet)
            assert len(set(shown)) == 4, (theme, shown)

    drive(article, check)


def test_no_colour_reader_draws_no_colour_and_marks_claims_by_letter(article, state_home):
    async def check(app, pilot):
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("slash", *"russia", "enter")
        await pilot.pause()
        strips = app.screen._compositor.render_strips()
        styles = [segment.style for strip in strips for segment in strip if segment.style]
        assert styles and all(s.color in (None, ColorType.DEFAULT) or s.color.is_default for s in styles)
        assert all(s.bgcolor is None or s.bgcolor.is_default for s in styles)
        assert any(s.reverse for s in styles)  # the search matches
        text = "\n".join(strip.text for strip in strips)
        assert "‹F›" in text and "‹A›" in text and "‹F› fact" in text

    drive(article, check, color=False)


def test_colour_reader_marks_claims_by_colour_not_letters(article, state_home):
    async def check(app, pilot):
        await pilot.press("c")
        await pilot.pause()
        text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "‹F›" not in text and "fact" in text

    drive(article, check)


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_a_search_match_over_a_fact_note_keeps_the_search_colours(article, name):
    """The note's own colour on the highlight would be yellow on yellow: the match's colours win."""
    paragraph, start, end = next(
        (block, sentence.start + ref.start, sentence.start + ref.end)
        for section in article.sections for block in section.blocks
        for sentence, ref in getattr(block, "references", lambda: [])() if ref.note)
    phrase = paragraph.text[start:end]
    console = Console(file=io.StringIO(), width=80, color_system="truecolor", force_terminal=True,
                      theme=make_theme(name), legacy_windows=False)
    shown = render.block(paragraph, render.marker_numbers(article), found=[(start, end, False)])
    segments = [segment for line in console.render_lines(shown, console.options) for segment in line
                if segment.text.strip() and " ".join(segment.text.split()) in phrase]
    search = console.get_style("reader.search")
    assert segments and all(s.style.color == search.color and s.style.bgcolor == search.bgcolor
                            for s in segments)
    assert all(s.style.underline for s in segments)  # still marked as a reference


def test_every_text_colour_is_readable_on_every_textual_theme():
    """In the reader any of Textual's themes can be chosen: its palette follows the theme's
    dark flag, so each theme's background is measured against that palette."""
    from textual.theme import BUILTIN_THEMES

    measured = 0
    for theme in BUILTIN_THEMES.values():
        background = theme.to_color_system().generate()["background"]
        if not background.startswith("#"):
            continue  # the ANSI themes draw on the terminal's own background
        name = "dark" if theme.dark else "light"
        for style_name, foreground, own in pairs(name):
            if own in BACKGROUNDS[name]:  # a style without a background of its own
                measured += 1
                assert contrast(foreground, background[:7]) >= MINIMUM_CONTRAST, (theme.name, style_name)
    assert measured > 500


def test_a_theme_that_cannot_be_kept_is_no_crash(article, tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocked))

    async def check(app, pilot):
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        assert app.reader_styles == PALETTES["light"]

    drive(article, check)
    assert blocked.read_text() == "not a folder"

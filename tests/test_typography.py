"""Typography: ragged-right by default with one space between words; ``--justify`` fills lines
without rivers (no gap of three spaces, few widened gaps, at most two hyphenated lines in a
row); the words of a reference or link stay single-spaced; the source address stays whole.

Figures are counted on the op-ed as printed (no colour) at every width from 50 to 88:

- a *gap* is a run of spaces between two words of a line (the margin marks and indentation
  before the first word are not gaps);
- a *justified line* is a line of a body block (a blank-separated run of lines, less its
  callout lines) other than the block's last; headings, the caption and asides are left out;
- *widened gaps per line* is the number of gaps wider than one space on the justified lines,
  divided by the number of justified lines.
"""

from __future__ import annotations

import asyncio
import io
import re

import pytest
from rich.console import Console

from deyermond_reader.output.article import Prose, Styled, render_article
from deyermond_reader.output.theme import make_theme

from conftest import render_plain, run_cli

WIDTHS = range(50, 89)
LEAD = re.compile(r"^(?:[▌│┃•] | )*")
GAP = re.compile(r"(?<=\S) +(?=\S)")
HYPHENATED = re.compile(r"[^\W\d_]-$")


def gaps(line: str) -> list[int]:
    return [len(gap) for gap in GAP.findall(LEAD.sub("", line.rstrip()))]


def justified_lines(text: str) -> list[str]:
    """Every line of a body block but the block's last (see the module's docstring)."""
    lines: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        rows = block.split("\n")
        if any(row.startswith(("─", "▌")) for row in rows):  # a heading, the caption, an aside
            continue
        prose = [row for row in rows if row.strip() and not row.startswith("┃")]
        lines += prose[:-1]
    return lines


def longest_hyphenated_run(text: str) -> int:
    longest = run = 0
    for line in text.split("\n"):
        run = run + 1 if HYPHENATED.search(line.rstrip()) else 0
        longest = max(longest, run)
    return longest


@pytest.fixture(scope="module")
def printed(article):
    """The op-ed printed at every width, ragged and justified: {(width, justify): text}."""
    return {(width, justify): render_plain(render_article(article, justify=justify), width)
            for width in WIDTHS for justify in (False, True)}


def test_ragged_is_the_default_and_never_has_a_double_space(article, printed):
    assert run_cli("--no-cache", "-w", "60").out == printed[60, False]
    assert run_cli("--no-cache", "-w", "60", "--no-justify").out == printed[60, False]
    for width in WIDTHS:
        assert all(gap == 1 for line in printed[width, False].split("\n") for gap in gaps(line)), width


def test_justified_lines_are_filled_without_rivers(printed):
    assert run_cli("--no-cache", "-w", "60", "--justify").out == printed[60, True]
    for width in WIDTHS:
        text = printed[width, True]
        assert max(gap for line in text.split("\n") for gap in gaps(line)) <= 2, width
        lines = justified_lines(text)
        widened = sum(gap > 1 for line in lines for gap in gaps(line))
        assert widened / len(lines) <= 2.6, width  # check markers ("[◐ partly]") do not stretch
        full = sum(len(line.rstrip()) == width or line.startswith(("│ ", "• ")) for line in lines)
        assert full >= 0.9 * len(lines), width  # justified indeed, not left short
        assert longest_hyphenated_run(text) <= 2, width


def squashed(text: str) -> str:
    """The text without spaces, line breaks and hyphens: what justifying must not change."""
    return re.sub(r"[\s-]+", "", text)


def test_justifying_keeps_every_word(printed):
    for width in (50, 67, 88):
        assert squashed(printed[width, True]) == squashed(printed[width, False])
        assert re.search(r"[^\W\d_]-\n", printed[width, True])  # some words were hyphenated


def test_no_space_is_added_inside_a_reference_or_a_link(article):
    console = Console(file=io.StringIO(), color_system=None, theme=make_theme(), width=80)
    for width in (50, 57, 66, 80, 88):
        lines = console.render_lines(render_article(article, justify=True), console.options.update_width(width))
        underlined = [s.text for line in lines for s in line if s.style and s.style.underline]
        assert len(underlined) > 20
        assert not any("  " in text for text in underlined), width


def test_a_line_whose_gaps_are_all_in_a_link_is_left_short():
    from rich.text import Span

    plain = " ".join(["linked"] * 14)
    text = Styled.of(plain, [Span(0, len(plain), "reader.link")])
    out = render_plain(Prose(text, justify=True), 60).split("\n")
    assert out[0] == " ".join(["linked"] * 8)  # 55 cells: short, single-spaced
    free = Styled.of(plain, [])
    assert len(render_plain(Prose(free, justify=True), 60).split("\n")[0]) == 60


def test_never_three_hyphenated_lines_in_a_row():
    words = "extraordinary unprecedented administration interpretations internationally " * 12
    for width in range(50, 60):
        out = render_plain(Prose(Styled.of(words.strip(), []), justify=True), width)
        assert re.search(r"[^\W\d_]-\n", out)
        assert longest_hyphenated_run(out) <= 2, width
        assert max(gap for line in out.split("\n") for gap in gaps(line)) <= 2, width


def test_the_source_address_is_one_whole_line(article):
    url = article.source_url
    assert len(url) > 88
    for width in (50, 60, 88):
        for args in ((), ("--justify",)):
            assert url in run_cli("--no-cache", "-w", str(width), *args).out.split("\n")


@pytest.mark.parametrize("width", [60, 80])
def test_the_interactive_reader_sets_lines_the_same_way(article, width):
    from deyermond_reader.interactive.app import ReaderApp

    async def lines(justify: bool) -> tuple[int, list[str]]:
        app = ReaderApp(article, justify=justify)
        async with app.run_test(size=(width, 24)) as pilot:
            await pilot.pause()
            return app.view.text_width, [strip.text for strip in app.view.lines]

    text_width, ragged = asyncio.run(lines(False))
    assert all(gap == 1 for line in ragged for gap in gaps(line))
    text_width, justified = asyncio.run(lines(True))
    body = justified_lines("\n".join(line.rstrip() for line in justified))
    assert max(gap for line in justified for gap in gaps(line)) <= 2
    assert sum(gap > 1 for line in body for gap in gaps(line)) / len(body) <= 2.5
    assert sum(len(line.rstrip()) == text_width for line in body) >= 0.8 * len(body)
    assert longest_hyphenated_run("\n".join(justified)) <= 2


def test_any_text_justifies_within_the_width_keeping_its_words_and_styles():
    """Runs of spaces, hard breaks, wide characters, styles: lines fit, gaps stay under three,
    every word is kept, and a style stays on the words it covered."""
    import random

    from rich.text import Text

    generator = random.Random(17)
    console = Console(file=io.StringIO(), width=80, theme=make_theme())
    vocabulary = ["a", "of", "summit", "negotiations", "Trump-Putin", "U.S.", "中文", "é" * 7,
                  "administration's", "“quoted”", "extraordinary,", "x" * 12]
    for _ in range(300):
        words = [generator.choice(vocabulary) for _ in range(generator.randint(1, 60))]
        plain = "".join(w + generator.choice([" ", " ", " ", "  ", "\n"]) for w in words).rstrip()
        text = Text(plain)
        start = generator.randrange(len(plain))
        text.stylize("bold", start, generator.randint(start, len(plain)))
        width = generator.choice([50, 53, 61, 80])
        segments = list(console.render(Prose(text, justify=True), console.options.update_width(width)))
        out = "".join(s.text for s in segments)
        lines = out.split("\n")
        assert all(Text(line).cell_len <= width for line in lines), plain
        assert max((gap for line in lines for gap in gaps(line)), default=1) <= 2, plain
        assert squashed(out) == squashed(plain), plain
        if text.spans:
            span = text.spans[0]
            bold = "".join(s.text for s in segments if s.style and s.style.bold)
            assert squashed(bold) == squashed(plain[span.start:span.end]), plain

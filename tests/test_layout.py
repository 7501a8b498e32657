"""The paragraph setter gives the lines rich's own wrapping gives, styles kept."""

from __future__ import annotations

import io

import pytest
from rich.console import Console, Group
from rich.text import Text

from deyermond_reader.output.article import Prose
from deyermond_reader.output.theme import make_theme

from conftest import paragraph_text, with_markers


def _plain(renderable, width: int) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None, theme=make_theme())
    console.print(renderable)
    return console.file.getvalue()


@pytest.mark.parametrize("width", [80, 60, 50, 40, 20])
def test_same_lines_as_rich_on_every_paragraph(article, width):
    for paragraph in article.paragraphs:
        text = paragraph_text(paragraph)
        ours = _plain(Prose(text), width)
        reference = text.copy()
        reference.justify = "left"
        theirs = _plain(Group(reference), width)  # a bare Text passed to print loses its justify
        assert [line.rstrip() for line in ours.splitlines()] == [line.rstrip() for line in theirs.splitlines()]


def test_styles_survive_stretched_lines():
    console = Console(file=io.StringIO(), width=30, color_system="truecolor", force_terminal=True,
                      theme=make_theme())
    text = Text("one two three four five six seven eight nine ten")
    text.stylize("bold", 4, 13)  # "two three"
    console.print(Prose(text))
    segments = list(console.render(Prose(text)))
    bold = "".join(s.text for s in segments if s.style and s.style.bold)
    assert bold.split() == ["two", "three"]


def test_words_longer_than_the_line_fold():
    out = _plain(Prose(Text("x" * 45 + " end")), 20)
    assert out.splitlines() == ["x" * 20, "x" * 20, "x" * 5 + " end"]


@pytest.mark.parametrize("width", [80, 61, 50, 40, 20, 7])
def test_the_one_regex_lines_are_the_word_by_word_lines(article, width):
    from deyermond_reader.output.layout import set_paragraph, set_paragraph_word_by_word
    from deyermond_reader.output.article import marker_numbers

    console = Console(file=io.StringIO(), width=width, theme=make_theme())
    numbers = marker_numbers(article)
    texts = [with_markers(paragraph_text(p), p, numbers) for p in article.paragraphs]
    texts += [Text("a " * 30 + "b"), Text("x" * (width + 3) + " y z"), Text("one  two"),
              Text("tail "), Text("word " * 3 + "é" * 3), Text("line\nbreak " * 5),
              Text("’quoted’ — “dashes” " * 9 + "end"), Text("wide 中文 " * 9), Text("zero\u200bwidth " * 9),
              Text("non\xa0breaking " * 9), Text("soft\xadhyphen " * 9)]
    for text in texts:
        fast = [(s.text, s.style) for s in set_paragraph(console, text, width)]
        slow = [(s.text, s.style) for s in set_paragraph_word_by_word(console, text, width)]
        assert fast == slow, (text.plain[:40], width)


def test_a_style_edge_inside_a_run_of_spaces_stays_out_of_the_next_word():
    """Runs of spaces are set as one; a span ending inside the run must not reach the next word,
    and no character may be set twice."""
    import random

    console = Console(file=io.StringIO(), width=40, theme=make_theme())
    text = Text("Top      tail end")
    text.stylize("bold", 0, 6)
    segments = list(console.render(Prose(text)))
    assert "".join(s.text for s in segments if s.style and s.style.bold) == "Top "
    assert "".join(s.text for s in segments).rstrip("\n") == "Top tail end"

    generator = random.Random(5)
    for _ in range(3000):
        words = ["".join(generator.choice("abc") for _ in range(generator.randint(1, 6)))
                 for _ in range(generator.randint(1, 12))]
        plain = "".join(w + " " * generator.randint(1, 4) for w in words).rstrip() + "  ."
        text = Text(plain)
        for _ in range(generator.randint(0, 4)):
            a = generator.randrange(len(plain))
            text.stylize(generator.choice(["bold", "italic", "underline"]), a, generator.randint(a, len(plain)))
        width = generator.choice([7, 12, 20, 40])
        lines = "".join(s.text for s in console.render(Prose(text), console.options.update_width(width)))
        assert lines.split() == plain.split(), plain
        assert all(len(line) <= width for line in lines.splitlines())

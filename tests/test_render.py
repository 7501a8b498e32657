"""Rendering: nothing lost, in order, at any width; asides set apart; no escapes in plain output."""

from __future__ import annotations

import pytest

from deyermond_reader.pipeline import Depth
from rich.text import Text

from deyermond_reader.output.article import render_article, render_toc

from conftest import MARKER, paragraph_text, render_plain, source_words, with_markers, words_in_order


@pytest.mark.parametrize("width", [80, 60, 40, 20])
def test_every_word_of_the_op_ed_is_rendered_in_order(article, seed_text, width):
    assert not MARKER.search(seed_text)  # so ignoring markers cannot hide an article word
    rendered = render_plain(render_article(article), width)
    ok, missing = words_in_order(source_words(seed_text), rendered)
    assert ok, f"lost or out of order at width {width}: {missing!r}"


@pytest.mark.parametrize("width", [80, 40])
def test_every_word_is_rendered_without_annotations_too(seed_text, width):
    from deyermond_reader import load_article

    rendered = render_plain(render_article(load_article(depth=Depth.TEXT)), width)
    assert not MARKER.search(rendered) and "┃" not in rendered
    assert words_in_order(source_words(seed_text), rendered) == (True, "")


def test_the_word_check_catches_a_lost_word(article, seed_text):
    rendered = render_plain(render_article(article), 80).replace("horseshoes", "quoits")
    assert words_in_order(source_words(seed_text), rendered) == (False, "horseshoes")


def test_no_line_exceeds_the_width(article):
    for width in (80, 40):
        lines = render_plain(render_article(article), width).splitlines()
        assert max(len(line) for line in lines if line != article.source_url) <= width  # the address stays whole


def test_section_headings_are_numbered(article):
    rendered = render_plain(render_article(article), 80)
    for section in article.sections:
        assert f"{section.number}. {section.name}" in rendered


def test_asides_are_set_apart_with_their_label(article):
    lines = render_plain(render_article(article), 80).splitlines()
    aside = [line for line in lines if "Related article:" in line]
    assert len(aside) == 2 and all(line.startswith("▌ ") for line in aside)


def test_one_section_comes_with_the_title_line(article):
    rendered = render_plain(render_article(article, article.sections[4]), 80)
    assert rendered.startswith(article.title)
    assert "5. Chaos and incompetence" in rendered
    assert "Trump-Putin summit on Friday" not in rendered


def test_toc_lists_counts(article):
    rendered = render_plain(render_toc(article), 80)
    first = next(line for line in rendered.splitlines() if "A summit in Alaska" in line)
    assert first.split()[-2:] == ["2", str(article.sections[0].word_count)]


def test_text_is_never_markup():
    from deyermond_reader import build_article

    article = build_article("# [bold]T[/bold]\n\nLiteral [red]x[/] and :fire: stay \\[as\\] typed.\n")
    rendered = render_plain(render_article(article), 80)
    assert "[bold]T[/bold]" in rendered
    assert "Literal [red]x[/] and :fire: stay [as] typed." in rendered


def _markers_by_slicing(text, paragraph, numbers):
    """Markers put in by slicing and appending Text pieces: slow, but plainly right."""
    from deyermond_reader.output.article import marker, marker_style, reference_style

    inserts = []
    for sentence in paragraph.sentences:
        for reference in sentence.references:
            start, end = sentence.start + reference.start, sentence.start + reference.end
            if start < end:
                text.stylize(reference_style(reference), start, end)
            inserts.append((end, marker(reference, numbers), marker_style(reference)))
    result = Text(style=text.style, end=text.end)
    position = 0
    for offset, label, style in sorted(inserts, key=lambda insert: insert[0]):
        result.append_text(text[position:offset])
        lead = len(label) - len(label.lstrip())  # a check's marker: the space before it is not styled
        result.append(label[:lead])
        result.append(label[lead:], style=style)
        position = offset
    result.append_text(text[position:])
    return result


@pytest.mark.parametrize("width", [80, 40])
def test_markers_render_as_pieced_together_markers(article, width):
    import io

    from rich.console import Console

    from deyermond_reader.output.article import Prose, marker_numbers
    from deyermond_reader.output.theme import make_theme

    console = Console(file=io.StringIO(), width=width, theme=make_theme(), force_terminal=True)
    numbers = marker_numbers(article)
    checked = 0
    for paragraph in article.paragraphs:
        if not any(s.references for s in paragraph.sentences):
            continue
        text = paragraph_text(paragraph)
        text.stylize("bold", 0, len(text) - 1)  # a span across every marker
        fast = with_markers(text.copy(), paragraph, numbers)
        slow = _markers_by_slicing(text.copy(), paragraph, numbers)
        assert fast.plain == slow.plain
        assert [fast.get_style_at_offset(console, i) for i in range(len(fast))] == \
            [slow.get_style_at_offset(console, i) for i in range(len(slow))]  # each character's style
        list(console.render(Prose(fast)))  # and it sets into lines
        checked += 1
    assert checked >= 10


def test_two_markers_at_one_place_inside_a_styled_span():
    import io

    from rich.console import Console

    from deyermond_reader.model import Paragraph, Reference, Sentence
    from deyermond_reader.output.theme import make_theme

    plain = "Geneva and Reykjavik talks"
    references = (Reference(0, 6, "Geneva", "summit", ("a",)), Reference(0, 6, "Geneva", "summit", ("b",)))
    paragraph = Paragraph(plain, sentences=(Sentence(plain, 0, len(plain), references=references),))
    text = Text(plain)
    text.stylize("bold", 0, 10)
    fast = with_markers(text.copy(), paragraph, {"a": 1, "b": 2})
    slow = _markers_by_slicing(text.copy(), paragraph, {"a": 1, "b": 2})
    assert fast.plain == slow.plain == "Geneva[1][2] and Reykjavik talks"
    assert all(span.start < span.end for span in fast.spans)
    console = Console(file=io.StringIO(), width=40, theme=make_theme(), force_terminal=True)
    assert list(console.render(fast)) == list(console.render(slow))


def test_prose_without_a_text_sets_what_a_text_would(article):
    """``Styled`` skips building a rich ``Text`` per paragraph; the lines and styles are the same,
    and the control codes a ``Text`` strips are stripped too."""
    import io

    from rich.console import Console
    from rich.text import Span as TextSpan

    from deyermond_reader.output.article import Prose, Styled, inline_spans
    from deyermond_reader.output.theme import make_theme

    console = Console(file=io.StringIO(), width=60, theme=make_theme(), force_terminal=True)
    cases = [(p.text, inline_spans(p.spans, len(p.text))) for p in article.paragraphs]
    cases.append(("a bell\x07 here, a carriage\r return, a form\x0c feed and more words to wrap",
                  [TextSpan(2, 12, "bold"), TextSpan(30, 40, "reader.em")]))
    for plain, spans in cases:
        expected = list(console.render(Prose(Text(plain, spans=list(spans)))))
        assert list(console.render(Prose(Styled.of(plain, list(spans))))) == expected
    assert "\x07" not in "".join(s.text for s in console.render(Prose(Styled.of(*cases[-1]))))


@pytest.mark.parametrize("kind", ["paragraph", "item", "quote", "code", "table", "html", "heading"])
def test_search_marks_past_the_end_are_cut_to_the_text(kind):
    """``block`` cuts search marks to the block's text, as ``Text.stylize`` does."""
    import io

    from rich.console import Console

    from deyermond_reader.model import Aside, Paragraph
    from deyermond_reader.output.article import block
    from deyermond_reader.output.theme import make_theme

    console = Console(file=io.StringIO(), width=30, theme=make_theme(), force_terminal=True)
    current, other = console.get_style("reader.search.current"), console.get_style("reader.search")
    found = [(2, 99, True), (5, 7, False), (40, 50, False)]
    for item in (Paragraph("code\nmore code", kind=kind), Aside("Related article", "code")):
        segments = [s for line in console.render_lines(block(item, found=found), console.options) for s in line]
        backgrounds = (current.bgcolor, other.bgcolor)
        marked = "".join(s.text for s in segments if s.style and s.style.bgcolor in backgrounds)
        assert marked.replace("\n", "") == item.text[2:].replace("\n", "")  # to the end, not past it
        lit = "".join(s.text for s in segments if s.style and s.style.bgcolor == other.bgcolor)
        assert lit == item.text[5:7]  # the mark inside the current one shows; (40, 50) is past the end


@pytest.mark.parametrize("caption", ["Leaders in Moscow. **Photo: AP**", "Leaders in Moscow. Photo: **AP**",
                                     "Leaders in Moscow. **AP**"])
def test_a_credit_is_labelled_once(caption):
    """The reader labels a bare credit "Photo:", but never a second time over the text's own label."""
    from deyermond_reader import build_article
    shown = render_plain(render_article(build_article(f"# T\n\nBy A Writer\n\nMarch 3, 2016\n\n{caption}\n\nBody.\n")), 80)
    assert shown.count("Photo:") == 1 and "Leaders in Moscow." in shown and "AP" in shown

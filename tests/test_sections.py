"""Sections: the op-ed's outline, headings, the fallback, and finding one by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from deyermond_reader import build_article, load_article
from deyermond_reader.text.sections import load_outline, resolve_section
from deyermond_reader.errors import ReaderError, UsageError

NAMES = ["A summit in Alaska", "How summits used to work", "Hosting as a signal",
         "Trump's turn toward Moscow", "Chaos and incompetence", "The Kremlin's opportunity",
         "A wake-up call for allies"]


def test_op_ed_outline_gives_seven_named_sections(article):
    assert [s.name for s in article.sections] == NAMES
    assert [s.number for s in article.sections] == list(range(1, 8))


def test_sections_cover_every_paragraph_once_in_order(article):
    from deyermond_reader.text.parse import parse

    assert len(article.paragraphs) == 25
    texts = [p.text for s in article.sections for p in s.paragraphs]
    assert texts == [b.text for b in parse(article_source())[1] if hasattr(b, "sentences")]
    assert all(s.paragraphs for s in article.sections)


def article_source() -> str:
    from deyermond_reader.text.source import bundled_article

    return bundled_article().read_text(encoding="utf-8")


def _copy_with_outline(tmp_path: Path, outline: str) -> Path:
    target = tmp_path / "oped.md"
    target.write_text(article_source(), encoding="utf-8")
    (tmp_path / "oped.outline.toml").write_text(outline, encoding="utf-8")
    return target


def test_outline_that_no_longer_fits_fails_clearly(tmp_path):
    path = _copy_with_outline(tmp_path, '[[section]]\nname = "One"\nstarts = "The Trump-Putin"\n'
                                        '[[section]]\nname = "Two"\nstarts = "Words not in the text"\n')
    with pytest.raises(ReaderError, match="outline no longer fits the text.*Words not in the text"):
        load_article(str(path))


def test_outline_must_start_at_the_first_paragraph(tmp_path):
    path = _copy_with_outline(tmp_path, '[[section]]\nname = "Late"\nstarts = "But to understand"\n')
    with pytest.raises(ReaderError, match="first section must start at the first paragraph"):
        load_article(str(path))


@pytest.mark.parametrize("outline, message", [
    ("not toml [", "broken outline"),
    ("title = 'x'\n", "no \\[\\[section\\]\\] entries"),
    ('[[section]]\nname = "x"\n', "needs a name and starts"),
    ('[[section]]\nname = "A"\nstarts = "The"\n[[section]]\nname = "a"\nstarts = "But"\n', "distinct"),
])
def test_broken_outline_files_are_refused(tmp_path, outline, message):
    path = tmp_path / "x.outline.toml"
    path.write_text(outline, encoding="utf-8")
    with pytest.raises(ReaderError, match=message):
        load_outline(path)


def test_headings_define_sections_of_other_articles():
    article = build_article("# Title\n\nIntro text.\n\n## First\n\nOne.\n\n### Deeper\n\nTwo.\n\n## Second\n\nThree.\n")
    assert [s.name for s in article.sections] == ["Title", "First", "Second"]
    assert [b.kind for b in article.sections[1].blocks] == ["paragraph", "heading", "paragraph"]


def test_without_outline_or_headings_the_body_is_one_section_named_after_the_title():
    article = build_article("# A Plain Note\n\nOne.\n\nTwo.\n")
    assert [(s.name, len(s.paragraphs)) for s in article.sections] == [("A Plain Note", 2)]


@pytest.mark.parametrize("query, expected", [
    ("Chaos and incompetence", 5),      # full name
    ("CHAOS AND INCOMPETENCE", 5),      # case-insensitive
    ("3", 3),                           # number
    ("hosting", 3),                     # unique prefix
    ("chaos", 5),                       # prefix
    ("kremlin", 6),                     # substring
    ("wake-up", 7),                     # substring
    ("  trump's   turn ", 4),           # spaces normalised
    ("chaso", 5),                       # typo of a word
    ("kremlim", 6),                     # typo of a word
    ("hostng as a signal", 3),          # typo of the name
])
def test_section_names_resolve(article, query, expected):
    assert resolve_section(article.sections, query).number == expected


@pytest.mark.parametrize("query, message, choices", [
    ("summit", "section 'summit' is ambiguous: it could be", ["1. A summit in Alaska", "2. How summits used to work"]),
    ("summt", "section 'summt' is ambiguous: it could be", ["1. A summit in Alaska", "2. How summits used to work"]),
    ("a ", "section 'a ' is ambiguous: it could be", None),
    ("9", "there is no section 9; the sections are:", "all"),
    ("9" * 5000, "there is no section '999", "all"),  # past Python's limit of 4,300 digits
    ("xyzzy", "no section matches 'xyzzy'; the sections are:", "all"),
    ("chaotic", "no section matches 'chaotic'; did you mean this one?", ["5. Chaos and incompetence"]),
    ("nato", "no section matches 'nato'; the sections are:", "all"),
    ("sanctions", "no section matches 'sanctions'; the sections are:", "all"),  # not "Hosting as a signal"
    ("kremlin opp", "did you mean this one?", ["6. The Kremlin's opportunity"]),
    ("", "empty section name; the sections are:", "all"),
])
def test_unresolvable_names_explain_themselves(article, query, message, choices):
    with pytest.raises(UsageError) as caught:
        resolve_section(article.sections, query)
    assert message in str(caught.value)
    assert len(str(caught.value)) < 200
    if choices == "all":
        choices = [f"{s.number}. {s.name}" for s in article.sections]
    if choices is not None:
        assert list(caught.value.details) == choices
    assert caught.value.exit_code == 2

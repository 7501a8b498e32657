"""The parser: metadata, asides, links, repaired paragraphs."""

from __future__ import annotations

import datetime as dt

from deyermond_reader import build_article
from deyermond_reader.model import Aside


def test_metadata_of_the_op_ed(article):
    assert article.title == "Trump Is Doing Putin a Favor — And Abandoning His Allies"
    assert article.author == "Ruth Deyermond"
    assert article.byline == "By Ruth Deyermond"
    assert article.date == dt.date(2025, 8, 14)
    assert article.caption == "Matryoshka dolls depicting Presidents Trump and Putin for sale in Moscow."
    assert article.credit == "Alexander Nemenov / AFP"
    assert article.disclaimer.startswith("The views expressed in opinion pieces")
    assert article.source_url.startswith("https://www.themoscowtimes.com/2025/08/14/")
    assert article.source_label == "Original url:"


def test_related_articles_are_asides_not_body(article):
    assert [a.text for a in article.asides] == [
        "Top Kremlin Aides and Ministers to Join Putin in Alaska",
        "It Looks Like Trump Will Sell Ukraine Out",
    ]
    assert all(a.label == "Related article" for a in article.asides)
    assert not any("Related article" in p.text for p in article.paragraphs)


def test_body_has_twenty_five_paragraphs(article):
    assert len(article.paragraphs) == 25


def test_paragraph_broken_mid_sentence_is_joined(article):
    joined = [p for p in article.paragraphs if "Russian presidents to meet early in their terms" in p.text]
    assert len(joined) == 1
    assert joined[0].lines == (17, 19)
    assert not any(p.text[0].islower() for p in article.paragraphs)


def test_joining_is_a_general_rule_not_a_special_case():
    text = "# T\n\nThe committee decided to\n\npostpone the vote. It met again.\n\nNew paragraph here.\n"
    paragraphs = build_article(text).paragraphs
    assert [p.text for p in paragraphs] == [
        "The committee decided to postpone the vote. It met again.", "New paragraph here."]


def test_complete_paragraphs_are_not_joined():
    text = "# T\n\nIt ended here.\n\nanother starts in lowercase.\n\nNo stop\n\nBut Capitalised.\n"
    assert len(build_article(text).paragraphs) == 4


def test_placeholder_links_keep_text_and_lose_target(article):
    slovenia = next(p for p in article.paragraphs if "Slovenia" in p.text)
    assert "(#)" not in slovenia.text and "[" not in slovenia.text
    link = next(s for s in slovenia.spans if s.style == "link")
    assert slovenia.text[link.start:link.end] == "Slovenia"
    assert link.target == ""


def test_real_links_keep_their_address():
    paragraphs = build_article("# T\n\nSee [the site](https://example.org/a) now.\n").paragraphs
    (span,) = paragraphs[0].spans
    assert span.target == "https://example.org/a"
    assert paragraphs[0].text[span.start:span.end] == "the site"


def test_aside_needs_a_bold_label_and_only_a_link():
    article = build_article("# T\n\n**Note:** this is ordinary prose.\n\n**See also:** [Other](#)\n")
    kinds = [type(b).__name__ for b in article.sections[0].blocks]
    assert kinds == ["Paragraph", "Aside"]
    assert isinstance(article.sections[0].blocks[1], Aside)


def test_article_without_metadata_still_parses():
    article = build_article("Just one paragraph, no title.\n")
    assert article.title == ""
    assert article.date is None
    assert [p.text for p in article.paragraphs] == ["Just one paragraph, no title."]


import pytest  # noqa: E402

from deyermond_reader.text.parse import parse_date  # noqa: E402


@pytest.mark.parametrize("line, expected", [
    ("August 14, 2025", dt.date(2025, 8, 14)),
    ("Aug. 14, 2025", dt.date(2025, 8, 14)),
    ("Aug 14 2025", dt.date(2025, 8, 14)),
    ("Sept. 1, 1998", dt.date(1998, 9, 1)),
    ("14 August 2025", dt.date(2025, 8, 14)),
    ("2025-08-14", dt.date(2025, 8, 14)),
    ("February 30, 2025", None),
    ("Augustus 14, 2025", None),
    ("By Ruth Deyermond", None),
    ("The deadline was Aug. 8, 2025", None),
    # the date lines of news sites (patterns from the wire services' and papers' article pages)
    ("Monday, July 3, 2023", dt.date(2023, 7, 3)),
    ("July 3, 2023 14:05", dt.date(2023, 7, 3)),
    ("Published 6:10 AM ET, July 3, 2023", dt.date(2023, 7, 3)),
    ("Updated 9:41 PM EDT, Mon July 3, 2023", dt.date(2023, 7, 3)),
    ("Published: July 3, 2023 at 2:05 p.m. EDT", dt.date(2023, 7, 3)),
    ("Last updated on 3 July 2023, 14:05 BST", dt.date(2023, 7, 3)),
    ("Thursday 14 August 2025 12.30 BST", dt.date(2025, 8, 14)),
    ("2023-07-03T14:05:00Z", dt.date(2023, 7, 3)),
    ("Posted Jul 3, 2023 2:05pm", dt.date(2023, 7, 3)),
    ("July 3, 2023 | 14:05", dt.date(2023, 7, 3)),
    ("Trump met Putin, July 3, 2023", None),
    ("The summit opened on July 3, 2023", None),
    ("14:05", None),
    ("May 2025", None),
])
def test_dates_in_common_formats(line, expected):
    assert parse_date(line) == expected


def test_an_updated_line_after_the_date_is_kept_with_it():
    text = "# T\n\nBy A Writer\n\nPublished 6:10 AM ET, July 3, 2023\n\nUpdated 9:41 PM ET, July 4, 2023\n\nBody.\n"
    article = build_article(text)
    assert article.date == dt.date(2023, 7, 3)
    assert article.date_text == "Published 6:10 AM ET, July 3, 2023 · Updated 9:41 PM ET, July 4, 2023"
    assert [p.text for p in article.paragraphs] == ["Body."]

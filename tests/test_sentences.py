"""Sentence boundaries on the op-ed: every one right, the hard abbreviations included."""

from __future__ import annotations

import pytest


def _sentences(article):
    return [s.text for p in article.paragraphs for s in p.sentences]


def test_the_op_ed_has_fifty_five_sentences(article):
    assert len(_sentences(article)) == 55


@pytest.mark.parametrize("sentence", [
    "The image of Gorbachev and George H. W. Bush playing horseshoes at Camp David in 1990 was a "
    "powerful symbol of the end of Cold War tensions, while the Clinton-Yeltsin meetings in 1994 and "
    "1995 were designed to show support and respect for the beleaguered leader of the new Russian "
    "Federation.",
    "He then revised that deadline to 10–12 days, finally fixing on a seemingly hard deadline of Aug. 8, "
    "for Russia to make some kind of vaguely outlined move to end the war — although what he expected "
    "Putin to do remained vague.",
    "U.S.-Russia summits that take place in the U.S. or Russia have special significance.",
    "As the vastly more powerful state, the U.S. set the agenda.",
    "By inviting Putin to the U.S., the Trump administration is making clear its desire to have good "
    "relations with Russia, seemingly at any cost.",
    "That changed with the reelection of Donald Trump.",
    "None of that seems to have happened here.",
])
def test_hard_cases_are_whole_sentences(article, sentence):
    assert sentence in _sentences(article)


def test_sentence_starting_with_the_us_possessive(article):
    assert any(s.startswith("The U.S.'s humiliation in Alaska should be a final wake-up call")
               and s.endswith("relations with Washington.") for s in _sentences(article))


def test_sentences_cover_their_paragraph(article):
    for paragraph in article.paragraphs:
        rebuilt = " ".join(s.text for s in paragraph.sentences)
        assert rebuilt.split() == paragraph.text.split()
        for sentence in paragraph.sentences:
            assert paragraph.text[sentence.start:sentence.end] == sentence.text


@pytest.mark.parametrize("text, first", [
    ("It was the first Soviet-U.S. summit ever held in Helsinki. Then more.",
     "It was the first Soviet-U.S. summit ever held in Helsinki."),
    ("The Soviet-U.S.S.R. talks dragged on. Then more.", "The Soviet-U.S.S.R. talks dragged on."),
])
def test_a_sentence_is_never_cut_inside_a_word(text, first):
    from deyermond_reader.text.sentences import sentence_bounds

    start, end = sentence_bounds(text)[0]
    assert text[start:end] == first


@pytest.mark.parametrize("text, pieces", [
    ("He had wrecked the Paris summit in May. Washington has no plans to receive him.",
     ["He had wrecked the Paris summit in May.", "Washington has no plans to receive him."]),
    ("The leaders last met in May. \u201cIt went well,\u201d an aide said.",
     ["The leaders last met in May.", "\u201cIt went well,\u201d an aide said."]),
    ("They met on May 3. Then they left.", ["They met on May 3.", "Then they left."]),
    ("Gen. Scowcroft flew in on Aug. 8 with Bush.", ["Gen. Scowcroft flew in on Aug. 8 with Bush."]),
])
def test_a_month_written_out_ends_a_sentence(text, pieces):
    """"May." is a whole month, not an abbreviation: the sentence ends there, while "Aug. 8" and
    "Gen." still run on."""
    from deyermond_reader.text.sentences import sentence_bounds

    assert [text[s:e] for s, e in sentence_bounds(text)] == pieces

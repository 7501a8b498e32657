"""Claim kinds by class of sentence: each case is one of the ways a cue list fails on other
authors' text (a reporting verb not on the list, a cue inside a quotation, an idiom or a title, a
conditional forecast, "going to" a place, an indirect question), in sentences written for the test.
"""

from __future__ import annotations

import copy
import tomllib

import pytest

from deyermond_reader.annotate import datafiles
from deyermond_reader.annotate.kinds import KINDS, KindClassifier
from deyermond_reader.errors import ReaderError
from deyermond_reader.pipeline import build_article, claim_classifier


@pytest.fixture(scope="module")
def classify():
    return claim_classifier().classify


@pytest.mark.parametrize("sentence, kind", [
    # reporting verbs beyond "said", and their subjects across an apposition or a phrase
    ("The ambassador admitted that the talks had stalled.", "attribution"),
    ("Gromyko, the veteran foreign minister, remarked that nothing had been settled.", "attribution"),
    ("In his memoir, the general recalled that the order never came.", "attribution"),
    ("Critics of the deal argue that it rewards the Kremlin.", "attribution"),
    ("The treaty would collapse within a year, the senator predicted.", "attribution"),
    ("Protesters called the envoy a traitor.", "attribution"),
    ("Moscow recalled its ambassador in March 2021.", "fact"),
    ("The two sides agreed on a ceiling of 2,400 launchers in 1974.", "fact"),
    # a cue inside a quotation or reported speech is the speaker's
    ('An aide told reporters that Europe "should brace for a long war".', "attribution"),
    ("The minister said the alliance must spend more on its eastern flank.", "attribution"),
    # idioms and titles that hold a cue word
    ("The chancellor made it clear that no troops would be sent.", "attribution"),
    ("A clear majority of deputies voted for the budget on 3 June 1992.", "fact"),
    ("Special envoy Dennis Ross flew to Amman on Tuesday.", "fact"),
    ("The Office of Special Counsel filed 34 charges in 2018.", "fact"),
    # forecasts, and "going to" that is travelling
    ("If the ceasefire fails, the sanctions could return and prices would climb.", "prediction"),
    ("The new treaty is set to expire in 2031.", "prediction"),
    ("The talks are going to drag on past the spring.", "prediction"),
    ("Nixon was going to Moscow for the second time in 1974.", "fact"),
    # indirect questions
    ("Whether the truce will hold past the winter is anyone's guess.", "assessment"),
    ("Officials would not say whether the summit would go ahead.", "attribution"),
    # the author's own judgement without a listed adjective
    ("I think the visit was a gift to the Kremlin.", "assessment"),
    ("The reset was less a policy than a hope.", "assessment"),
    ("The envoy's visit did little to calm the allies.", "assessment"),
    ("The summit was strangely quiet about arms control.", "assessment"),
    ("Should the talks collapse, Washington would tighten the sanctions.", "prediction"),
    ("Europe should stop waiting for Washington.", "prescription"),
    ("Consider the record of the last three presidents.", "prescription"),
    ("Kennedy should have prepared better for Vienna.", "assessment"),
    # a tag after what it reports makes the forecast or the advice the source's
    ("The talks will fail, officials said.", "attribution"),
    ("Washington should leave NATO, Trump said on Friday.", "attribution"),
    ("The summit will be held in Alaska, the White House announced.", "attribution"),
    # contractions and curly apostrophes
    ("They'll meet in Geneva next week.", "prediction"),
    ("They’ll meet in Geneva next week.", "prediction"),
    ("Don’t trust the Kremlin's promises.", "prescription"),
    # scare quotes are not someone's words; a quotation is
    ('The "bad deal" was, in the end, a "total disaster".', "assessment"),
    ('“We will not give up an inch of our land,” the statement read.', "attribution"),
    # a copula and "a"/"an" characterize, unless the noun is a role or a length, or "there" says only that it was
    ("The missile strike on the airfield was a gesture, not a strategy.", "assessment"),
    ("Her predecessor had never been a friend of the alliance.", "assessment"),
    ("Andropov was a member of the Politburo from 1973.", "fact"),
    ("There was a brief handshake at the door in 1985.", "fact"),
    ("The Vienna summit was a two-day meeting in June 1961.", "fact"),
    ('Trump told Putin in Hamburg in 2017 that it was "an honor" to meet him.', "attribution"),
    # a tag of several words, and "according to" at the end, make a forecast the source's
    ("The minister will travel to Beijing in May, a senior U.S. official said.", "attribution"),
    ("China will curb the exports of the precursors, according to a U.S. official.", "attribution"),
    # any noun of a group or an office that speaks is a source
    ("The party's Westminster leader warned that the vote could start a crisis.", "attribution"),
    ("Pakistan denies any part in the raid.", "attribution"),
])
def test_kinds_by_class(classify, sentence, kind):
    assert classify(sentence).kind == kind, classify(sentence)


def test_where_no_cue_decides_the_words_lean_and_say_so():
    """A sentence no list decides takes the kind its words lean to, with the leaning word as its
    cue and low confidence; a listed cue always comes first, and a slight lean decides nothing."""
    from deyermond_reader.annotate.leaning import WordLeaning

    data = _lists()
    plain = KindClassifier(data).classify("Europe blinked in August 2008.")
    assert plain.kind == "fact"
    leaning = KindClassifier(data, leaning=WordLeaning(0.0, 1.0, {"blinked": 3.0, "in": -0.5}))
    assert leaning.classify("Europe blinked in August 2008.") == ("assessment", "blinked (its words lean)", "low")
    assert leaning.classify("Europe blinked, officials said.").kind == "attribution"
    slight = KindClassifier(data, leaning=WordLeaning(0.0, 5.0, {"blinked": 3.0}))
    assert slight.classify("Europe blinked in August 2008.").kind == "fact"


@pytest.mark.parametrize("breakage", ["missing weights", "threshold below zero", "a weight not a number",
                                      "a word not lowercase", "not finite"])
def test_a_broken_word_weights_file_is_refused_with_one_line(tmp_path, monkeypatch, breakage):
    text = {"missing weights": "bias = 0.0\nthreshold = 2.0\n",
            "threshold below zero": "bias = 0.0\nthreshold = -1.0\n[weights]\nwas = 1.0\n",
            "a weight not a number": "bias = 0.0\nthreshold = 2.0\n[weights]\nwas = \"high\"\n",
            "a word not lowercase": "bias = 0.0\nthreshold = 2.0\n[weights]\nWas = 1.0\n",
            "not finite": "bias = nan\nthreshold = 2.0\n[weights]\nwas = 1.0\n"}[breakage]
    path = tmp_path / "claim_words.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(datafiles, "CLAIM_WORDS", path)
    with pytest.raises(ReaderError) as error:
        claim_classifier()
    assert str(path) in str(error.value) and "\n" not in str(error.value)


def test_the_shipped_word_weights_are_learned_from_the_development_parts_only():
    """``claim_words.toml`` is what ``tests/claim_model.py`` learns from the development parts:
    no held-out sentence is in it, and no hand has edited it."""
    import claim_model

    assert claim_model.OUT.read_text("utf-8") == claim_model.learned()
    assert all(name.startswith("development") for name in claim_model.TUNED)


def test_a_fact_needs_its_own_evidence(classify):
    """A date, a number or a named actor doing something: with none, a sentence is not silently a fact."""
    dated = classify("Reagan and Gorbachev signed the treaty on 8 December 1987.")
    assert (dated.kind, dated.confidence) == ("fact", "high")
    bare = classify("Nobody in the room expected much of it.")
    assert bare.confidence == "low" and bare.kind != "fact"


def test_every_claim_says_its_cue_and_confidence(classify):
    weak = classify("The treaty was signed in 1987 after a tense week.")
    assert weak.kind == "fact" and weak.confidence == "low"  # "tense" is weak evidence of judgement
    strong = classify("The treaty was, frankly, a disaster.")
    assert (strong.kind, strong.cue, strong.confidence) == ("assessment", "disaster", "high")


def test_json_and_the_article_carry_the_confidence():
    article = build_article("# T\n\nThe treaty was signed in 1987. It was plainly a mistake.\n")
    first, second = article.paragraphs[0].sentences
    assert (first.kind, first.confidence) == ("fact", "high")
    assert (second.kind, second.cue, second.confidence) == ("assessment", "plainly", "high")


def _lists():
    return tomllib.loads(datafiles.CLAIMS.read_text(encoding="utf-8"))


def test_the_lists_decide_not_the_code():
    """Take a word off a list and the sentence it decided changes kind."""
    data = _lists()
    sentence = "The meeting was hardly a triumph for anyone."
    assert KindClassifier(data).classify(sentence).cue == "hardly"
    changed = copy.deepcopy(data)
    changed["assessment"]["judging"].remove("hardly")
    assert KindClassifier(changed).classify(sentence).cue != "hardly"


@pytest.mark.parametrize("breakage", ["missing table", "unknown key", "not lowercase", "not a list",
                                      "quotation words zero", "quotation words not a number"])
def test_a_broken_list_file_is_refused_with_one_line(tmp_path, monkeypatch, breakage):
    data = _lists()
    if breakage == "missing table":
        del data["fact"]
    elif breakage == "unknown key":
        data["assessment"]["extra"] = ["x"]
    elif breakage == "not lowercase":
        data["assessment"]["hedges"] = ["Perhaps"]
    elif breakage == "quotation words zero":
        data["attribution"]["quotation_words"] = ["0"]
    elif breakage == "quotation words not a number":
        data["attribution"]["quotation_words"] = ["four"]
    else:
        data["prediction"]["future"] = "will"
    path = tmp_path / "claims.toml"
    path.write_text(_dump(data), encoding="utf-8")
    monkeypatch.setattr(datafiles, "CLAIMS", path)
    with pytest.raises(ReaderError) as error:
        claim_classifier()
    assert str(path) in str(error.value) and "\n" not in str(error.value)


def _dump(data: dict) -> str:
    import json

    lines = []
    for table, keys in data.items():
        lines.append(f"[{table}]")
        lines += [f"{key} = {json.dumps(value)}" for key, value in keys.items()]
    return "\n".join(lines) + "\n"


def test_any_text_gets_a_kind_a_cue_and_a_confidence(classify):
    """Whatever the sentence (quotes left open, a lone "I", words the lists hold in any order),
    the classifier answers and never raises."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from(['"', "“", "”", ",", "—", "(", ")", ";", "I", "May", "will", "said", "that", "who",
                              "if", "should", "going", "to", "called", "a", "Putin", "officials", "1987",
                              "hardly", "not", "have", "according", "İ", "\u200b"])
    words = st.lists(st.one_of(pieces, st.text(max_size=8)), max_size=30).map(" ".join)

    @settings(max_examples=300, deadline=None)
    @given(words)
    def check(text):
        claim = classify(text)
        assert claim.kind in KINDS and claim.confidence in ("high", "low") and claim.cue

    check()


def test_thousands_of_quotations_in_one_sentence_stay_linear(classify):
    """Each word is looked up among the quotations by bisection: 40,000 of them take a fraction
    of a second, where testing every quotation for every word took over a minute; and a
    "sentence" longer than prose is read by its start and end, so even 16 MB of it is quick."""
    import time

    from deyermond_reader.annotate.kinds import tokens

    started = time.perf_counter()
    words = tokens('"a" b ' * 40_000)
    assert time.perf_counter() - started < 15  # about 0.3 s alone
    assert [t.quoted for t in words[:4]] == [True, False, True, False]
    started = time.perf_counter()
    claim = classify('"a" ' * 4_000_000 + ", the minister said.")
    assert claim.kind == "attribution" and time.perf_counter() - started < 15  # milliseconds alone

"""Learns the word weights of ``annotate/data/claim_words.toml`` from the development parts of
the labelled claim sets (never the held-out parts), and measures them by leaving each
development part out in turn.

``python tests/claim_model.py`` writes the file; ``--check`` only says whether the file holds
what the development parts give (a test runs it); ``--cross`` prints, for the sentences no cue
of the lists decides, how many facts and assessments the lists' own rules get right and how
many they get right with the weights learned from the other development parts.
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from pathlib import Path

from claim_sets import SETS, TUNED, load

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "deyermond_reader" / "annotate" / "data" / "claim_words.toml"
THRESHOLD = 2.0
"""How far the score must lean before it decides: chosen by leaving each development part out."""
SMOOTHING = 0.5
HEADER = """\
# Word weights for a sentence no cue of claims.toml decides (annotate/leaning.py): each word's
# log-odds of appearing in an assessment rather than a fact, less that of its absence (a
# Bernoulli naive Bayes model), with numbers and names inside a sentence counted as <number>
# and <name>. Learned from the development parts of tests/data/claims_*.toml only, never the
# held-out parts; written by `python tests/claim_model.py`, do not edit by hand. A sentence's
# score is bias plus the weights of its words; beyond +threshold it is an assessment, beyond
# -threshold a fact, and in between the lists' own rules decide.
"""


def _features(text: str) -> list[str]:
    from deyermond_reader.annotate.kinds import tokens
    from deyermond_reader.annotate.leaning import features

    return features(tokens(text))


def training_rows(names) -> list[tuple[list[str], str]]:
    return [(_features(row["text"]), row["kind"]) for name in names for row in load(SETS[name])
            if row["kind"] in ("fact", "assessment")]


def render(bias: float, weights: dict[str, float]) -> str:
    lines = [HEADER, f"bias = {bias!r}", f"threshold = {THRESHOLD!r}", "", "[weights]"]
    lines += [f"{_key(word)} = {weight!r}" for word, weight in sorted(weights.items())]
    return "\n".join(lines) + "\n"


def _key(word: str) -> str:
    return word if word.replace("-", "").replace("_", "").isalnum() and word.isascii() else \
        '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


def learned() -> str:
    from deyermond_reader.annotate.leaning import fit

    bias, weights = fit(training_rows(TUNED), SMOOTHING)
    return render(bias, weights)


def cross() -> Counter:
    """Leave each development part out: the lists alone, and with the weights of the others."""
    from deyermond_reader.annotate.leaning import WordLeaning, fit
    from deyermond_reader.annotate.kinds import KindClassifier
    from deyermond_reader.annotate import datafiles

    lists = tomllib.loads(datafiles.CLAIMS.read_text("utf-8"))
    alone = KindClassifier(lists)
    tally: Counter = Counter()
    for held in TUNED:
        bias, weights = fit(training_rows([name for name in TUNED if name != held]), SMOOTHING)
        leaning = KindClassifier(lists, leaning=WordLeaning(bias, THRESHOLD, weights))
        for row in load(SETS[held]):
            first, second = alone.classify(row["text"]), leaning.classify(row["text"])
            tally["sentences"] += 1
            tally["lists alone"] += first.kind == row["kind"]
            tally["with weights"] += second.kind == row["kind"]
    return tally


def main(argv: list[str]) -> int:
    text = learned()
    if "--check" in argv:
        same = OUT.read_text("utf-8") == text
        print("claim_words.toml is what the development parts give" if same else
              "claim_words.toml differs from what the development parts give: run python tests/claim_model.py")
        return 0 if same else 1
    if "--cross" in argv:
        tally = cross()
        print(f"leaving each development part out, {tally['sentences']} sentences: "
              f"lists alone {tally['lists alone']}, with the others' weights {tally['with weights']}")
        return 0
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

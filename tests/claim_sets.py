"""Measures claim kinds on the labelled sets in ``tests/data``: agreement per kind, a confusion
table, and how often a second labelling pass agreed with the first.

Each sentence is classified alone, as the reader classifies a sentence of an article. Agreement
is counted on the kind given, whatever its confidence. Run ``python tests/claim_sets.py`` for the
tables (``-v`` also lists the development parts' disagreements, never the held-out parts';
``--tuning`` leaves the held-out parts out, for a run that changes the lists).
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
SETS = {"development": DATA / "claims_dev.toml", "development 2": DATA / "claims_dev2.toml",
        "development 3": DATA / "claims_dev3.toml", "development 4": DATA / "claims_dev4.toml",
        "development 5": DATA / "claims_dev5.toml", "development 6": DATA / "claims_dev6.toml",
        "development 7": DATA / "claims_dev7.toml", "development 8": DATA / "claims_dev8.toml",
        "development 9": DATA / "claims_dev9.toml", "development 10": DATA / "claims_dev10.toml",
        "held-out": DATA / "claims_heldout.toml", "held-out 2": DATA / "claims_heldout2.toml",
        **{f"development {n}": DATA / f"claims_dev{n}.toml" for n in range(11, 16)},
        **{f"held-out {n}": DATA / f"claims_heldout{n}.toml" for n in range(3, 11)}}
"""The development parts are tuned on; the held-out parts, written from other articles, are only
measured. Development 2, 3 and 4 were written after the parts before them were tuned on, and
measured once as held-out before they were tuned on (development 5 and 6 were held-out 3 and 4
of version 0.8.0). Development 3 to 6 were labelled by their writers' own judgement of the five
kinds rather than by the guideline. Development 7 to 10 were written after that tuning, from
articles none of the other parts use, labelled by the guideline, and measured once as held-out
3 to 6 before they were tuned on; development 11 to 15 likewise, as held-out 3 to 7 of a second
round. Held-out 3 to 10 of today are a third round, written after all of that tuning."""
TUNED = tuple(f"development {n}" if n > 1 else "development" for n in range(1, 16))
KINDS = ("fact", "assessment", "attribution", "prediction", "prescription")


@dataclass
class Tally:
    confusion: Counter = field(default_factory=Counter)
    """(labelled kind, kind given) → sentences."""
    second: Counter = field(default_factory=Counter)
    """(first label, second pass's label) → sentences, where the second pass labelled them."""
    low: Counter = field(default_factory=Counter)
    """(agreed, confidence) → sentences."""
    mistakes: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.confusion.values())

    @property
    def agreed(self) -> int:
        return sum(n for (label, given), n in self.confusion.items() if label == given)

    def recall(self, kind: str) -> tuple[int, int]:
        labelled = sum(n for (label, _), n in self.confusion.items() if label == kind)
        return self.confusion[kind, kind], labelled

    def second_agreement(self) -> tuple[int, int]:
        return sum(n for (a, b), n in self.second.items() if a == b), sum(self.second.values())


def load(path: Path) -> list[dict]:
    return tomllib.loads(path.read_text("utf-8"))["sentence"]


@lru_cache(maxsize=1)
def classifier():
    from deyermond_reader.pipeline import claim_classifier

    return claim_classifier()


def measure_sentences(rows: list[tuple[str, str, str, str]]) -> Tally:
    """Rows of (id, text, label, second pass's label or "")."""
    tally = Tally()
    for ident, text, label, second in rows:
        claim = classifier().classify(text)
        tally.confusion[label, claim.kind] += 1
        tally.low[label == claim.kind, claim.confidence] += 1
        if second:
            tally.second[label, second] += 1
        if claim.kind != label:
            tally.mistakes.append(f"{ident}: {label} → {claim.kind} ({claim.cue}; {claim.confidence}): {text}")
    return tally


@lru_cache(maxsize=None)
def measure(name: str) -> Tally:
    """The tally of one labelled part (kept: the pooled tests read the parts again)."""
    return measure_sentences([(row["id"], row["text"], row["kind"], row.get("second", ""))
                              for row in load(SETS[name])])


def measure_op_ed() -> Tally:
    """The op-ed's 55 sentences against ``claim_labels.toml``, read as the reader reads them."""
    from deyermond_reader.pipeline import build_article
    from deyermond_reader.text.source import bundled_article, bundled_outline

    data = bundled_article().read_bytes()
    article = build_article(data.decode("utf-8"), "op-ed", _outline(bundled_outline(data)))
    labels = tomllib.loads((DATA / "claim_labels.toml").read_text("utf-8"))["labels"]
    sentences = [s for p in article.paragraphs for s in p.sentences]
    tally = Tally()
    for (opening, label), sentence in zip(labels, sentences, strict=True):
        assert sentence.text.startswith(opening), (opening, sentence.text)
        tally.confusion[label, sentence.kind] += 1
        tally.low[label == sentence.kind, sentence.confidence] += 1
        if sentence.kind != label:
            tally.mistakes.append(f"op-ed: {label} → {sentence.kind} ({sentence.cue}): {sentence.text}")
    return tally


def _outline(path):
    from deyermond_reader.text.sections import load_outline

    return load_outline(path) if path else None


def table(name: str, tally: Tally) -> list[str]:
    lines = [f"{name}: {tally.agreed}/{tally.total} ({tally.agreed / tally.total:.1%})"]
    header = "labelled \\ given".ljust(17) + "".join(k[:7].rjust(9) for k in KINDS) + "   agreed"
    lines.append(header)
    for label in KINDS:
        right, labelled = tally.recall(label)
        if not labelled:
            continue
        cells = "".join(str(tally.confusion[label, given]).rjust(9) for given in KINDS)
        lines.append(label.ljust(17) + cells + f"   {right}/{labelled} ({right / labelled:.0%})")
    low = tally.low[True, "low"] + tally.low[False, "low"]
    if low:
        lines.append(f"low confidence: {low} sentences, {tally.low[True, 'low']} of them agreed; "
                     f"high: {tally.total - low}, {tally.low[True, 'high']} agreed")
    agreed, second = tally.second_agreement()
    if second:
        lines.append(f"second labelling pass agreed with the first on {agreed}/{second} ({agreed / second:.1%})")
    return lines


def main(argv: list[str]) -> None:
    names = [name for name in SETS if name in TUNED or "--tuning" not in argv]
    tallies = {name: measure(name) for name in names} | {"op-ed": measure_op_ed()}
    for name, tally in tallies.items():
        print("\n".join(table(name, tally)), end="\n\n")
    if "-v" in argv:
        for name in (*TUNED, "op-ed"):
            print("\n".join(tallies[name].mistakes))


if __name__ == "__main__":
    main(sys.argv[1:])

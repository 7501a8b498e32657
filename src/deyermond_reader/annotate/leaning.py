"""Which way a sentence's words lean, between the author's judgement and the record, when no cue
of ``claims.toml`` decides it.

A sentence with no listed cue used to be a fact if it named an actor doing something; but
judgement is often written without a judging word ("Europe blinked", "the strike was a gesture,
not a strategy"). The words around it still lean: negation, comparison, abstract nouns and
present tenses go with judgement, numbers, names and verbs of events with the record. The
weights are a naive Bayes model (each word's log-odds of appearing in an assessment rather than
a fact) learned from the development parts of the labelled sets only, by
``python tests/claim_model.py``, and kept in ``data/claim_words.toml``. They decide only when
the lean is clear (beyond ``threshold``), and the word that leans most is shown as the cue.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import NamedTuple

NUMBER, NAME = "<number>", "<name>"
"""What a number and a capitalised word inside the sentence count as: the kind of word, not the word."""


class Lean(NamedTuple):
    kind: str
    """"assessment" or "fact"."""
    word: str
    """The word that leans most that way: the cue shown."""


class WordLeaning:
    """A linear score over the words of a sentence: above ``threshold`` an assessment, below
    minus ``threshold`` a fact, in between no lean."""

    def __init__(self, bias: float, threshold: float, weights: dict[str, float]) -> None:
        self.bias, self.threshold, self.weights = bias, threshold, weights

    def lean(self, features: Iterable[str]) -> Lean | None:
        present = [(self.weights[f], f) for f in set(features) if f in self.weights]
        score = self.bias + sum(weight for weight, _ in present)
        if abs(score) <= self.threshold or not present:
            return None
        if score > 0:
            return Lean("assessment", max(present)[1])
        return Lean("fact", min(present)[1])


def features(tokens) -> list[str]:
    """The words a sentence is weighed by: its own words, lowercased, outside quotation marks
    (quoted words are someone else's), with numbers and names inside it as their kind."""
    found = []
    for index, token in enumerate(tokens):
        if token.quoted:
            continue
        if token.word[:1].isdigit():
            found.append(NUMBER)
        elif token.capital and index > 0:
            found.append(NAME)
        else:
            found.append(token.word)
    return found


def check_leaning(data: dict, where: str = "claim_words.toml") -> WordLeaning:
    """The model of ``claim_words.toml``, or a ValueError naming what is wrong."""
    if set(data) != {"bias", "threshold", "weights"}:
        raise ValueError(f"{where}: must hold exactly bias, threshold and [weights]")
    bias, threshold, weights = data["bias"], data["threshold"], data["weights"]
    if not all(isinstance(v, float) and math.isfinite(v) for v in (bias, threshold)) or threshold < 0:
        raise ValueError(f"{where}: bias and threshold must be finite numbers, threshold at least 0")
    if not isinstance(weights, dict) or not all(
            isinstance(w, str) and w == w.lower() and w.strip() == w and w and isinstance(v, float)
            and math.isfinite(v) for w, v in weights.items()):
        raise ValueError(f"{where}: [weights] must map lowercase words to finite numbers")
    return WordLeaning(bias, threshold, weights)


def fit(sentences: Iterable[tuple[list[str], str]], smoothing: float = 0.5) -> tuple[float, dict[str, float]]:
    """Bias and weights of a Bernoulli naive Bayes model from (features, kind) pairs of facts and
    assessments: each word's weight is its log-odds of being present in an assessment rather
    than a fact, less that of its absence."""
    seen = {"assessment": {}, "fact": {}}  # type: dict[str, dict[str, int]]
    totals = {"assessment": 0, "fact": 0}
    for words, kind in sentences:
        if kind not in totals:
            continue
        totals[kind] += 1
        for word in set(words):
            seen[kind][word] = seen[kind].get(word, 0) + 1
    if not all(totals.values()):
        raise ValueError("fitting needs facts and assessments")
    weights = {}
    for word in set(seen["assessment"]) | set(seen["fact"]):
        p = (seen["assessment"].get(word, 0) + smoothing) / (totals["assessment"] + 2 * smoothing)
        q = (seen["fact"].get(word, 0) + smoothing) / (totals["fact"] + 2 * smoothing)
        weights[word] = round(math.log(p / q) - math.log((1 - p) / (1 - q)), 4)
    return round(math.log(totals["assessment"] / totals["fact"]), 4), weights

"""The labelled development and held-out sets (tests/data/references_*.toml), measured.

The figures are floors at what the reader reaches today (README, "Annotations, and how well they
work"): a change that loses references or adds wrong ones fails here. The held-out set is never
tuned on; its floors only guard against regressions.
"""

from __future__ import annotations

import pytest

from reference_sets import SETS, measure

FLOORS = {  # precision, explicit recall, implicit recall, wrong notes at most
    "development": (0.97, 0.96, 0.95, 0),
    "development 2": (0.89, 0.92, 1.00, 0),
    "development 3": (0.95, 0.85, 0.78, 0),
    "development 4": (0.96, 0.87, 1.00, 0),
    "development 5": (1.00, 0.90, 1.00, 0),
    "development 6": (0.92, 0.91, 0.68, 0),
    "development 7": (0.93, 0.95, 0.88, 0),
    "development 8": (0.88, 0.90, 0.73, 0),
    "development 9": (0.86, 0.79, 0.78, 0),
    "development 10": (0.85, 0.94, 0.75, 0),
    "development 11": (0.86, 0.82, 0.70, 0),
    "development 12": (0.85, 0.83, 0.66, 0),  # 0.21.0: a phrase run on to its place is one reference, counted once
    "development 13": (0.83, 0.72, 0.60, 0),
    "development 14": (0.85, 0.87, 0.71, 0),
    "development 15": (0.80, 0.73, 0.58, 0),
    "development 16": (0.88, 0.79, 0.61, 0),
    "development 17": (0.91, 0.81, 0.75, 0),
    "development 18": (0.82, 0.85, 0.64, 0),
    "development 19": (0.84, 0.83, 0.68, 0),
    "development 20": (0.80, 0.79, 0.65, 0),
    "development 21": (0.91, 0.92, 0.75, 0),
    "development 22": (0.81, 0.69, 0.68, 0),
    "development 23": (0.81, 0.80, 0.77, 0),
    "development 24": (0.89, 0.80, 0.67, 0),
    "development 25": (0.84, 0.68, 0.49, 0),
    "development 26": (0.85, 0.77, 0.60, 0),
    "development 27": (0.90, 0.76, 0.55, 0),
    "development 28": (0.87, 0.67, 0.43, 0),
    "development 29": (0.85, 0.85, 0.76, 0),
    "development 30": (0.87, 0.69, 0.57, 0),
    "development 31": (0.85, 0.83, 0.79, 0),
    "development 32": (0.84, 0.72, 0.43, 0),
    "development 33": (0.74, 0.80, 0.49, 0),
    "development 34": (0.88, 0.65, 0.46, 1),
    "development 35": (0.89, 0.69, 0.36, 0),  # 0.21.0: "came to Moscow in 1971" (a year no meeting there fits) is left alone
    "development 36": (0.88, 0.74, 0.63, 0),
    "development 37": (0.83, 0.66, 0.75, 0),
    "development 38": (0.86, 0.80, 0.45, 0),
    "development 39": (0.78, 0.79, 0.79, 0),
    "development 40": (0.82, 0.66, 0.65, 0),
    "development 41": (0.80, 0.87, 0.65, 0),
    "development 42": (0.91, 0.70, 0.24, 0),
    "development 43": (0.81, 0.84, 0.59, 0),
    "development 44": (0.80, 0.76, 0.40, 0),
    "development 45": (0.80, 0.73, 0.10, 0),
    "development 46": (0.71, 0.79, 0.44, 2),
    "development 47": (0.84, 0.68, 0.51, 2),
    "development 48": (0.86, 0.60, 0.55, 1),
    "development 49": (0.61, 0.49, 0.54, 0),
    "development 50": (0.79, 0.71, 0.67, 1),
    "development 51": (0.75, 0.60, 0.31, 1),
    "development 52": (0.74, 0.54, 0.55, 2),
    "development 53": (0.75, 0.64, 0.47, 0),
    "development 54": (0.76, 0.75, 0.59, 0),
    "development 55": (0.81, 0.59, 0.42, 1),
    "development 56": (0.83, 0.67, 0.62, 0),
    "development 57": (0.82, 0.62, 0.40, 1),
    "development 58": (0.88, 0.70, 0.79, 0),
    "development 59": (0.76, 0.73, 0.56, 2),
    "development 60": (0.83, 0.82, 0.65, 1),
    "development 61": (0.81, 0.74, 0.99, 0),
    "development 62": (0.73, 0.77, 0.65, 0),
    "development 63": (0.88, 0.47, 0.74, 0),
    "development 64": (0.70, 0.80, 0.61, 1),
    "development 65": (0.84, 0.66, 0.24, 1),  # 0.85 until 0.19.0 read "the Gorbachevs"
    "development 66": (0.88, 0.81, 0.56, 0),
    "development 67": (0.86, 0.73, 0.65, 1),
    "development 68": (0.88, 0.83, 0.49, 0),
    "development 69": (0.73, 0.81, 0.79, 0),
    "development 70": (0.80, 0.91, 0.84, 0),
    "development 71": (0.76, 0.81, 0.99, 2),
    "development 72": (0.86, 0.59, 0.17, 1),
    "development 73": (0.84, 0.71, 0.44, 0),
    "development 74": (0.79, 0.61, 0.56, 0),
    "development 75": (0.76, 0.69, 0.63, 1),
    "development 76": (0.79, 0.76, 0.77, 1),
    "development 77": (0.83, 0.68, 0.84, 1),
    "development 78": (0.84, 0.75, 0.49, 0),  # 0.21.0: a phrase run on to its place is one reference, counted once
    "development 79": (0.81, 0.83, 0.74, 1),
    "development 80": (0.76, 0.67, 0.74, 0),
    "development 81": (0.84, 0.86, 0.51, 1),
    "development 82": (0.88, 0.77, 0.40, 1),
    "development 83": (0.86, 0.76, 0.77, 0),
    "development 84": (0.84, 0.81, 0.58, 0),
    "development 85": (0.79, 0.72, 0.51, 0),
    "development 86": (0.93, 0.89, 0.87, 0),
    "development 87": (0.85, 0.85, 0.78, 0),
    "held-out 42": (0.72, 0.75, 0.49, 1),  # 0.73 until 0.18.0 read "N years ago next month"
    "held-out 43": (0.83, 0.78, 0.62, 0),  # two passages moved to development 80 in 0.20.0
    "held-out 44": (0.85, 0.66, 0.77, 0),
    "held-out 45": (0.79, 0.79, 0.74, 1),
    "held-out 46": (0.77, 0.77, 0.49, 0),
    "held-out 47": (0.70, 0.58, 0.42, 0),
    "held-out 48": (0.72, 0.82, 0.90, 0),
    "held-out 49": (0.82, 0.65, 0.60, 0),
    "held-out 50": (0.87, 0.81, 0.84, 1),
    "held-out 51": (0.85, 0.89, 0.32, 0),
    "held-out 52": (0.83, 0.77, 0.59, 1),
    "held-out 53": (0.79, 0.92, 0.89, 0),
    "held-out 54": (0.77, 0.80, 0.79, 0),
    "held-out 55": (0.79, 0.79, 0.65, 0),
    "held-out 56": (0.79, 0.86, 0.63, 0),  # 0.21.0: a phrase run on to its place is one reference, counted once
    "held-out 57": (0.77, 0.84, 0.56, 1),  # 0.21.0: a phrase run on to its place is one reference, counted once
    "held-out 58": (0.78, 0.68, 0.67, 0),
    "held-out 59": (0.78, 0.60, 0.46, 0),
    "held-out 60": (0.79, 0.74, 0.37, 0),  # 0.42 until 0.21.0 read the wives of both sides as not their husbands
    "held-out 61": (0.89, 0.84, 0.69, 0),
    "held-out 62": (0.78, 0.83, 0.74, 0),
    "held-out 68": (0.86, 0.72, 0.54, 1),
    "held-out 69": (0.79, 0.81, 0.67, 0),
    "held-out 70": (0.71, 0.70, 0.57, 0),
    "held-out 71": (0.84, 0.71, 0.63, 1),
    "held-out 72": (0.87, 0.81, 0.42, 0),
    "held-out 73": (0.84, 0.82, 0.52, 0),
    "held-out 74": (0.90, 0.68, 0.55, 0),
    "held-out 75": (0.84, 0.76, 0.61, 0),
    "held-out 76": (0.85, 0.82, 0.76, 2),
    "held-out 77": (0.80, 0.83, 0.57, 1),  # 0.21.0: one explicit reference fewer, a place whose own year fits none of its meetings
    "held-out 78": (0.75, 0.73, 0.71, 2),
    "held-out 79": (0.81, 0.81, 0.41, 0),
    "held-out 84": (0.77, 0.82, 0.74, 1),
    "held-out 85": (0.84, 0.85, 0.84, 1),  # one passage moved to development 85 in 0.21.0
    "held-out 86": (0.75, 0.78, 0.61, 0),
    "held-out 87": (0.83, 0.83, 0.55, 0),
    "held-out 88": (0.92, 0.71, 0.58, 0),
    "held-out 89": (0.92, 0.58, 0.31, 1),
    "held-out 90": (0.85, 0.75, 0.66, 0),
    "held-out 91": (0.86, 0.72, 0.57, 1),
    "held-out 92": (0.75, 0.79, 0.61, 0),
    "held-out 93": (0.74, 0.78, 0.77, 0),  # 0.21.0: a phrase run on to its place is one reference, counted once
    "held-out 94": (0.82, 0.76, 0.61, 2),
    "held-out 95": (0.81, 0.73, 0.63, 0),  # 0.21.0: a phrase run on to its place is one reference, counted once
}


@pytest.mark.parametrize("name", list(SETS))
def test_references_on_the_labelled_sets(name):
    tally = measure(SETS[name])
    ratios = tally.ratios()
    precision, explicit, implicit, wrong_notes = FLOORS[name]
    tuned = name.startswith("development")  # a held-out set's mistakes are not for reading
    assert ratios["precision"] >= precision, tally.mistakes if tuned else ratios
    assert ratios["explicit recall"] >= explicit, tally.misses if tuned else ratios
    assert ratios["implicit recall"] >= implicit, tally.misses if tuned else ratios
    wrong = tally.notes - tally.notes_right  # a plain number: a failing held-out set shows no mistakes
    assert wrong <= wrong_notes, tally.mistakes if tuned else ratios


def test_the_sets_are_split_by_article():
    """No article lends a pattern to both sets: the held-out part measures text never tuned on."""
    import tomllib

    sources = {name: {p["pattern_source"] for p in tomllib.loads(path.read_text(encoding="utf-8"))["passage"]}
               for name, path in SETS.items()}
    tuned = set().union(*(found for name, found in sources.items() if name.startswith("development")))
    held_out = set().union(*(found for name, found in sources.items() if name.startswith("held-out")))
    assert not tuned & held_out
    assert all(len(found) >= 10 for found in sources.values())


def test_the_held_out_part_is_at_least_a_third():
    import tomllib

    sizes = {name: len(tomllib.loads(path.read_text(encoding="utf-8"))["passage"]) for name, path in SETS.items()}
    held_out = sum(size for name, size in sizes.items() if name.startswith("held-out"))
    assert held_out * 3 >= sum(sizes.values())

"""Dated events on the development and held-out sets (``event_sets.py`` prints the figures)."""

from __future__ import annotations

from event_sets import DATA, measure


def test_events_on_the_development_set():
    tally = measure(DATA / "events_dev.toml")
    assert tally["wrong"] == 0 and tally["wrong_notes"] == 0  # right, or silent
    assert tally["labelled"] - tally["missed"] >= 0.5 * tally["labelled"]
    assert tally["noted"] >= 5


def test_events_on_the_held_out_set():
    """Measured only: the catalogue was never tuned on these sentences."""
    tally = measure(DATA / "events_heldout.toml")
    assert tally["wrong_notes"] == 0
    assert tally["right"] >= 0.9 * tally["found"] and tally["found"] >= 10
    assert tally["labelled"] - tally["missed"] >= 0.25 * tally["labelled"]


def test_the_sets_note_where_each_pattern_came_from():
    import tomllib

    for name in ("events_dev.toml", "events_heldout.toml"):
        rows = tomllib.loads((DATA / name).read_text("utf-8"))["sentence"]
        assert len(rows) >= 60 and all(row["source"].startswith("http") for row in rows)
        assert sum(1 for row in rows if not row["events"]) >= 20  # negatives

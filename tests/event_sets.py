"""Measures dated-event references and their fact notes on the sets in ``data/``: sentences
written from patterns in real articles (the page each came from beside it). The events catalogue
is tuned on ``events_dev.toml`` only; ``events_heldout.toml`` (other articles) is only measured.
``python tests/event_sets.py [--tuning] [-v]``: ``--tuning`` leaves the held-out part out, ``-v``
lists the development part's mistakes."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

DATA = Path(__file__).parent / "data"


def measure(path: Path = DATA / "events_heldout.toml", verbose: bool = False) -> dict[str, int]:
    from deyermond_reader.annotate.events import EventMatcher, load_events
    from deyermond_reader.model import Sentence

    events = load_events()
    tally = dict.fromkeys(("labelled", "found", "right", "wrong", "missed", "planted", "noted", "notes",
                           "wrong_notes"), 0)
    for row in tomllib.loads(path.read_text("utf-8"))["sentence"]:
        text, wanted = row["text"], set(row["events"])
        found = EventMatcher(events, row["article_date"]).find(Sentence(text, 0, len(text)), row["article_date"])
        linked = {e for r in found for e in r.entries}
        tally["labelled"] += len(wanted)
        tally["found"] += len(found)
        right = [r for r in found if set(r.entries) & wanted]
        tally["right"] += len(right)
        tally["wrong"] += len(found) - len(right)
        tally["missed"] += len(wanted - linked)
        notes = [r for r in found if r.note is not None]
        tally["notes"] += len(notes)
        planted = bool(row.get("wrong"))
        tally["planted"] += planted
        tally["noted"] += planted and any(set(r.entries) & wanted for r in notes)
        tally["wrong_notes"] += sum(1 for r in notes if not planted or not set(r.entries) & wanted)
        if verbose and (linked != wanted or bool(notes) != planted):
            print(f"{row['id']}: labelled {sorted(wanted)}, found {[(r.text, r.entries, r.note and r.note.field) for r in found]}: {text}")
    return tally


def main(argv: list[str]) -> None:
    for name in ("dev", *([] if "--tuning" in argv else ["heldout"])):
        report(name, measure(DATA / f"events_{name}.toml", verbose="-v" in argv and name == "dev"))


def report(name: str, t: dict[str, int]) -> None:
    precision = t["right"] / t["found"] if t["found"] else 1.0
    print(f"{name} events: {t['labelled']} labelled; found {t['found']}, right {t['right']} "
          f"(precision {precision:.1%}), wrong {t['wrong']}, missed {t['missed']} "
          f"(recall {(t['labelled'] - t['missed']) / t['labelled']:.1%}); notes {t['notes']}, "
          f"wrong notes {t['wrong_notes']}, planted errors noted {t['noted']}/{t['planted']}")


if __name__ == "__main__":
    main(sys.argv[1:])

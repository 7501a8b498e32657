"""Provides the table of leaders' terms (``annotate/data/terms.toml``), checked as it loads.

The checks ask when each president took office and whom they first met; the
table is data an editor keeps, every row with its source, so a bad row stops
the reader with one line naming it.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ReaderError
from ..model import Term
from ..text.source import read_toml
from ..annotate.entries import dates, table, texts, web_addresses

SIDES = ("us", "russia")
OFFICES = ("U.S. president", "Soviet leader", "Soviet premier", "Russian president", "Russian prime minister")


def load_terms(path: Path | None = None) -> tuple[Term, ...]:
    from ..annotate import datafiles

    path = path or datafiles.TERMS
    rows = read_toml(path, "table of terms").get("term")
    if not isinstance(rows, list) or not rows:
        raise ReaderError(f"{path}: broken table of terms: no [[term]] rows")
    return tuple(_term(path, number, row) for number, row in enumerate(rows, 1))


def _term(path: Path, number: int, row: object) -> Term:
    where = f"{path}: broken table of terms: row {number}"
    row = table(row, where)
    texts(row, ("leader", "office", "side", "source"), where)
    dates(row, ("start", "end"), where, optional=("end",))
    end = row.get("end")
    if row["side"] not in SIDES:
        raise ReaderError(f"{where}: side must be one of {', '.join(SIDES)}")
    if row["office"] not in OFFICES:
        raise ReaderError(f"{where}: office must be one of {', '.join(OFFICES)}")
    if end is not None and end < row["start"]:
        raise ReaderError(f"{where}: end is before start")
    if not web_addresses((row["source"],)):
        raise ReaderError(f"{where}: source must be a web address")
    return Term(row["leader"], row["office"], row["side"], row["start"], end, row["source"],
                str(row.get("note", "")))


def sides(terms: tuple[Term, ...]) -> dict[str, str]:
    """Leader → ``us`` or ``russia``."""
    return {term.leader: term.side for term in terms}

"""Provides what an article leaves out: for each pair of leaders whose meetings it refers to,
the catalogued meetings of that pair, from the first year it names for them to the last,
that it never refers to.

The pairs and years come from the references alone (the meetings the reader
linked), so the list is computed the same way for any article; meetings after
the article's date are not part of the record it could have named.
"""

from __future__ import annotations

from ..model import Article, Summit, Term
from .terms import sides


def pairs(summit: Summit, side_of: dict[str, str]) -> set[tuple[str, str]]:
    """Each (U.S. leader, Soviet or Russian leader) pair that met at a meeting."""
    ours = [leader for leader in summit.leaders if side_of.get(leader) == "us"]
    theirs = [leader for leader in summit.leaders if side_of.get(leader) == "russia"]
    return {(a, b) for a in ours for b in theirs}


def omitted_meetings(article: Article, catalogue: tuple[Summit, ...], terms: tuple[Term, ...]) -> tuple[str, ...]:
    """Ids of the meetings left out, in catalogue order."""
    side_of = sides(terms)
    by_id = {summit.id: summit for summit in catalogue}
    referred = {i for located in article.references("summit") for i in located.reference.entries if i in by_id}
    years: dict[tuple[str, str], list[int]] = {}
    for summit_id in referred:
        for pair in pairs(by_id[summit_id], side_of):
            years.setdefault(pair, []).append(by_id[summit_id].start.year)
    left_out = []
    for summit in catalogue:
        if summit.id in referred or (article.date is not None and summit.start > article.date):
            continue
        if any(min(years[pair]) <= summit.start.year <= max(years[pair])
               for pair in pairs(summit, side_of) if pair in years):
            left_out.append(summit.id)
    return tuple(left_out)

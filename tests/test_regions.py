"""The regions file (annotate/data/regions.toml): loaded with its checks, and what it answers."""

from __future__ import annotations

import pytest

from deyermond_reader.annotate.regions import load_regions
from deyermond_reader.annotate.summits import load_catalogue
from deyermond_reader.errors import ReaderError


def test_the_shipped_file_loads_and_knows_every_catalogue_country():
    regions = load_regions()
    for summit in load_catalogue():
        assert regions.fits(summit.country, summit.city, summit) is not False, summit.id


@pytest.mark.parametrize("written, name", [("N.J.", "New Jersey"), ("Britain", "United Kingdom"),
                                           ("U.S.S.R.", "Soviet Union"), ("Northern Ireland", "Northern Ireland")])
def test_a_region_after_a_comma_is_read_by_any_of_its_forms(written, name):
    text = f"Somewhere, {written} and more"
    assert load_regions().after(text, len("Somewhere")) == (11, 11 + len(written), name)


@pytest.mark.parametrize("replace_from, replace_to, message", [
    ('"Glassboro" = "New Jersey"', '"Glassboro" = "Atlantis"', "no state or country"),
    ("[constituent]", "[constituents]", r"needs a \[constituent\] table"),
])
def test_a_broken_regions_file_is_one_line_naming_the_problem(tmp_path, replace_from, replace_to, message):
    from deyermond_reader.annotate import datafiles

    text = datafiles.REGIONS.read_text(encoding="utf-8")
    assert replace_from in text
    broken = tmp_path / "regions.toml"
    broken.write_text(text.replace(replace_from, replace_to), encoding="utf-8")
    with pytest.raises(ReaderError, match=message):
        load_regions(broken)


def test_the_cities_file_loads_and_refuses_what_is_no_city_s_name(tmp_path):
    from deyermond_reader.annotate.regions import load_cities
    from deyermond_reader.errors import ReaderError

    cities = load_cities()
    assert {"Khabarovsk", "Princeton", "Lausanne"} <= cities
    assert not {"Geneva", "Moscow", "Summit", "Union"} & cities  # meetings' cities, capitals, words
    bad = tmp_path / "cities.txt"
    bad.write_text("# header\nKhabarovsk\nnot a name\n", encoding="utf-8")
    with pytest.raises(ReaderError, match="not a city's name"):
        load_cities(bad)

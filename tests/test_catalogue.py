"""The summit catalogue: schema, order, ids, dates, settings, sources."""

from __future__ import annotations

import datetime as dt

import pytest

from deyermond_reader.annotate.datafiles import CATALOGUE, CUES
from deyermond_reader.errors import ReaderError
from deyermond_reader.text.source import bundled_article, outline_path, read_toml
from deyermond_reader.annotate.summits import HOST_COUNTRIES, SETTINGS, load_catalogue

BUNDLED_OUTLINE = outline_path(str(bundled_article()))


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def test_catalogue_spans_geneva_1955_to_anchorage_2025(catalogue):
    assert catalogue[0].id == "geneva-1955" and catalogue[0].start == dt.date(1955, 7, 18)
    assert catalogue[-1].id == "anchorage-2025" and catalogue[-1].start == dt.date(2025, 8, 15)
    assert len(catalogue) >= 45


def test_catalogue_is_chronological_with_unique_ids(catalogue):
    assert [s.start for s in catalogue] == sorted(s.start for s in catalogue)
    assert len({s.id for s in catalogue}) == len(catalogue)


def test_every_entry_is_complete_and_sourced(catalogue):
    for summit in catalogue:
        assert summit.start <= summit.end, summit.id
        assert summit.setting in SETTINGS
        assert all(s.startswith(("https://", "http://")) for s in (summit.source, *summit.also))
        assert len(summit.leaders) >= 2 and summit.city and summit.country and summit.significance


def test_settings_agree_with_the_country(catalogue):
    for summit in catalogue:
        if summit.setting in HOST_COUNTRIES:
            assert summit.country in HOST_COUNTRIES[summit.setting], summit.id
        elif summit.setting == "neutral":
            assert summit.country not in ("United States", "Russia", "Soviet Union"), summit.id
        else:
            assert summit.event, f"{summit.id}: a multilateral meeting names its event"


def test_the_op_ed_meetings_are_in_the_catalogue(catalogue):
    ids = {s.id for s in catalogue}
    assert {"reykjavik-1986", "kranj-2001", "geneva-2021", "hamburg-2017", "buenos-aires-2018",
            "moscow-1995", "washington-1990", "washington-1994", "hyde-park-1995",
            "washington-2001", "washington-2010", "anchorage-2025"} <= ids


def _broken(tmp_path, replace_from: str, replace_to: str):
    text = CATALOGUE.read_text(encoding="utf-8")
    assert replace_from in text
    path = tmp_path / "summits.toml"
    path.write_text(text.replace(replace_from, replace_to, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("replace_from, replace_to, message", [
    ('setting = "neutral"', 'setting = "somewhere"', "entry 1 \\(geneva-1955\\): setting must be one of"),
    ("end = 1955-07-23", "end = 1954-07-23", "end is before start"),
    ("start = 1955-07-18", 'start = "July 1955"', "start must be a date"),
    ('country = "Switzerland"', 'country = "United States"', "setting neutral but the country"),
    ('id = "camp-david-1959"', 'id = "geneva-1955"', "id geneva-1955 appears twice"),
    ('source = "https://mail.historycentral.com/', 'source = "mail.historycentral.com/',
     "source must be a web address"),
    ("[[summit]]", "[[summit]\n", "broken summit catalogue"),
])
def test_a_bad_entry_fails_clearly(tmp_path, replace_from, replace_to, message):
    with pytest.raises(ReaderError, match=message):
        load_catalogue(_broken(tmp_path, replace_from, replace_to))


def test_out_of_order_entries_are_refused(tmp_path):
    path = _broken(tmp_path, "start = 1955-07-18\nend = 1955-07-23", "start = 1999-07-18\nend = 1999-07-23")
    with pytest.raises(ReaderError, match="out of chronological order"):
        load_catalogue(path)


@pytest.mark.parametrize("path", [CATALOGUE, CUES, BUNDLED_OUTLINE], ids=lambda p: p.name)
def test_data_files_read_as_the_standard_library_reads_them(path):
    """rtoml reads the data files for speed; tomllib, the reference parser, must agree."""
    import tomllib

    assert read_toml(path, "data file") == tomllib.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", [CATALOGUE, CUES], ids=["catalogue", "cues"])
def test_without_rtoml_tomllib_reads_the_data_files_the_same(monkeypatch, path):
    import sys

    with_rtoml = read_toml(path, "data file")
    monkeypatch.setitem(sys.modules, "rtoml", None)  # as if it were not installed
    from deyermond_reader.text.source import toml_parser

    assert toml_parser()[0].__module__.startswith("tomllib")
    assert read_toml(path, "data file") == with_rtoml


def test_without_rtoml_a_broken_file_is_still_one_clear_line(monkeypatch, tmp_path):
    import sys

    from deyermond_reader.errors import ReaderError

    monkeypatch.setitem(sys.modules, "rtoml", None)
    broken = tmp_path / "a.outline.toml"
    broken.write_text("[[section]\nname=", encoding="utf-8")
    with pytest.raises(ReaderError) as caught:
        read_toml(broken, "outline")
    assert str(caught.value).startswith(f"{broken}: broken outline: ") and "\n" not in str(caught.value)


@pytest.mark.parametrize("change, problem", [
    (('venue = "Palais des Nations;', 'venue = "Palais des Nations (UN);'), "venue must have no parentheses"),
    (('format = "margins"', 'format = "summit"'), "format must be one of bilateral, margins, encounter"),
    (('places = ["Geneva",', 'places = ["the Geneva",'), "a place must not start with an article"),
])
def test_the_loader_names_an_entry_that_breaks_a_rule(tmp_path, change, problem):
    from deyermond_reader.annotate.summits import load_catalogue
    from deyermond_reader.errors import ReaderError

    text = CATALOGUE.read_text(encoding="utf-8")
    assert change[0] in text
    broken = tmp_path / "summits.toml"
    broken.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    with pytest.raises(ReaderError) as caught:
        load_catalogue(broken)
    assert problem in str(caught.value) and "geneva-1955" in str(caught.value)

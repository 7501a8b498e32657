"""Reference patterns beyond the op-ed: each test is one pattern of how articles name meetings.

Sentences are our own, modelled on news and history pieces about U.S.-Soviet/Russian summits.
"""

from __future__ import annotations

from conftest import MARKER, render_plain

from deyermond_reader import build_article
from deyermond_reader.output.article import render_article

DATED = "# {title}\n\nBy A Writer\n\nOctober 12, 2001\n\n{body}\n"


def _refs(article):
    return [(located.reference.text, located.reference.entries) for located in article.references()]


def _entries_and_notes(found):
    """Each reference's entries with its note's field and wording (None, None without one)."""
    return [(r.entries, r.note.field if r.note else None, r.note.text_says if r.note else None) for r in found]


def test_the_marker_follows_the_noun_the_phrase_ends_with():
    body = "Bush welcomed Putin to his Crawford ranch in November 2001, after the Brdo Castle talks of June 2001."
    article = build_article(DATED.format(title="T", body=body).replace("October 12, 2001", "May 2, 2002"))
    shown = render_plain(render_article(article), 120)
    assert "Crawford ranch in November 2001[1]" in shown
    assert "Brdo Castle talks of June 2001[2]" in shown and "Castle[2] talks" not in shown


def test_titles_headings_and_captions_carry_references():
    text = ("# Reagan and Gorbachev meet in Reykjavik, October 1986\n\nBy A Writer\n\nOctober 12, 1986\n\n"
            "Leaders outside the house in Reykjavík, October 1986. **Photo Agency**\n\n"
            "## The Geneva summit of 1985\n\nThe two leaders talked for hours.\n")
    article = build_article(text)
    kinds = [located.block.kind for located in article.references()]
    assert kinds == ["title", "caption", "heading", "paragraph"]
    assert [entries for _, entries in _refs(article)] == [("reykjavik-1986",), ("reykjavik-1986",), ("geneva-1985",),
                                                          ("geneva-1985",)]  # "the two leaders talked": the heading's
    shown = render_plain(render_article(article), 100)
    assert "October 1986[1]" in shown.splitlines()[0]
    assert "1. The Geneva summit of 1985[2]" in shown
    assert shown.count("Reykjavík Summit · 11–12 Oct 1986") == 1  # called out once


def test_a_caption_needs_a_date_to_name_a_meeting():
    """A photo of two leaders in a city is not a reference to every meeting held there."""
    text = ("# T\n\nBy A Writer\n\nAugust 14, 2025\n\n"
            "Dolls of Presidents Trump and Putin on sale in Moscow. **Photo Agency**\n\nBody.\n")
    article = build_article(text)
    assert _refs(article) == []
    assert not MARKER.search(render_plain(render_article(article), 100))


def _one(text_body, date="June 17, 2021"):
    text = f"# T\n\nBy A Writer\n\n{date}\n\n{text_body}\n"
    return [entries for _, entries in _refs(build_article(text))]


import pytest  # noqa: E402


@pytest.mark.parametrize("body, date, expected", [
    ("Biden and Putin met in Geneva yesterday.", "June 17, 2021", [("geneva-2021",)]),
    ("Biden and Putin meet in Geneva today.", "June 16, 2021", [("geneva-2021",)]),
    ("Biden and Putin's summit in Geneva tomorrow is short on aims.", "June 15, 2021", [("geneva-2021",)]),
    ("Last week's summit in Geneva settled little.", "June 22, 2021", [("geneva-2021",)]),
    ("The two presidents met in Geneva last month.", "July 20, 2021", [("geneva-2021",)]),
    ("Reagan and Gorbachev met in Reykjavik 35 years ago this week.", "October 12, 2021", [("reykjavik-1986",)]),
    ("When the leaders met in Helsinki on 16 July, little was agreed.", "July 20, 2018", [("helsinki-2018",)]),
    ("Last Friday's summit in Anchorage was short.", "August 20, 2025", [("anchorage-2025",)]),
    # "N years ago this weekend / this summer" is one span, not "this weekend" of the article's year
    ("Sixty years ago this weekend Kennedy and Khrushchev sat down in the Austrian capital.", "June 5, 2021",
     [("vienna-1961",)]),
    ("Fifty years ago this spring Nixon and Brezhnev met in Moscow.", "May 30, 2022", [("moscow-1972",)]),
    ("Half a century ago this week Johnson and Kosygin came together in New Jersey.", "June 22, 2017",
     [("glassboro-1967",)]),
    ("A quarter of a century ago this week Clinton and Yeltsin met at Hyde Park.", "October 23, 2020",
     [("hyde-park-1995",)]),
    # the anniversary frames the day named later in its own sentence
    ("Fifty years ago this summer, a college town played host to Johnson and Kosygin, who met on June 23.",
     "June 1, 2017", [("glassboro-1967",)]),
])
def test_relative_dates_resolve_against_the_article_date(body, date, expected):
    assert _one(body, date) == expected


@pytest.mark.parametrize("body, date", [
    ("Biden will go to Geneva next spring for talks with Putin.", "June 17, 2021"),  # a plan, not the 2021 summit
    ("Putin and Trump are to meet in Helsinki next year.", "July 20, 2018"),
    ("The leaders met in Geneva last month.", "June 17, 2021"),  # May 2021: no meeting there then
])
def test_a_date_that_fits_no_meeting_rules_the_entries_out(body, date):
    assert _one(body, date) == []


@pytest.mark.parametrize("body, date, expected", [
    ("Sixty years ago today, Kennedy sat down with Khrushchev in the Austrian capital.", "June 3, 2021",
     [("vienna-1961",)]),
    ("Twenty-five years ago today, Clinton and Yeltsin met in Helsinki.", "March 21, 2022", [("helsinki-1997",)]),
    ("Three years ago next month, Trump stood beside Putin at a news conference in Finland's capital.",
     "June 14, 2021", [("helsinki-2018",)]),  # July 2018: three years before next month
    ("Three years ago last month, Trump stood beside Putin at a news conference in Finland's capital.",
     "August 14, 2021", [("helsinki-2018",)]),
])
def test_years_ago_today_is_that_day(body, date, expected):
    assert _one(body, date) == expected


def test_a_meeting_in_the_news_is_the_one_a_shared_place_names():
    """Written the day after Biden met Putin, "the Geneva summit" is that one, not 1955's or 1985's."""
    assert _one("The Geneva summit ended with an agreement on ambassadors.", "June 17, 2021") == [("geneva-2021",)]
    assert _one("The Geneva summit ended with an agreement on ambassadors.", "June 17, 2011") == []


def test_a_newspaper_named_after_a_city_is_not_a_place():
    body = "Kennedy told The New York Times that the Vienna encounter had shaken him."
    assert _one(body, "June 4, 2011") == [("vienna-1961",)]


@pytest.mark.parametrize("body, date, expected", [
    # the leaders in the sentence before tell apart the meetings one city saw
    ("Trump landed on Sunday; Putin arrived late on Monday. Their talks at the Presidential Palace began "
     "an hour behind schedule.", "July 17, 2018", [("helsinki-2018",)]),
    # both leaders in the sentence, the place a quotation later
    ('Kennedy and Khrushchev parted coldly - "It will be a long winter," the president said - after '
     "their second day in Vienna.", "June 5, 1961", [("vienna-1961",)]),
    # one leader and a meeting noun on the place
    ("Kennedy later told a columnist that the Vienna encounter was the roughest thing in his life.",
     "June 4, 1966", [("vienna-1961",)]),
    # a leader named further on picks between two meetings of one visit
    ("Obama's two days in Moscow came three months after he first sat down with Medvedev.", "July 9, 2009",
     [("moscow-2009",)]),
])
def test_leaders_named_elsewhere_in_the_paragraph_pick_the_meeting(body, date, expected):
    assert _one(body, date)[:1] == expected


@pytest.mark.parametrize("body, date", [
    # the paragraph's leaders never met in this city
    ("Trump spoke to reporters. Putin has not set foot in Washington for years.", "August 1, 2025"),
    # a multilateral gathering named for itself, no leaders of the two sides
    ("Thousands marched through central London against the G20 summit.", "April 3, 2009"),
    # a meeting held long after the article was written cannot be the one it names
    ("Trump and Putin met in Helsinki, the Finnish capital.", "January 5, 2017"),
])
def test_company_and_dates_never_invent_a_meeting(body, date):
    assert _one(body, date) == []


def test_a_treaty_s_name_parts_the_words_on_either_side():
    """"Helsinki, where the Helsinki Accords were signed in 1975": the year dates the treaty."""
    body = ("Helsinki, where the Helsinki Accords were signed in 1975, was also where George H.W. Bush "
            "held a one-day meeting with Gorbachev in September 1990.")
    assert _one(body, "July 15, 2018") == [("helsinki-1990",)]


def test_a_gathering_named_after_a_meeting_takes_the_focus_away():
    """"The summit" after "the G7 in Cornwall" may be the G7's: better unmarked than wrong."""
    text = ("# Biden and Putin meet in Geneva\n\nBy A Writer\n\nJune 17, 2021\n\n"
            "Biden and Putin met in Geneva on Wednesday. Before that Biden spent three days at the G7 in "
            "Cornwall. The summit's communique took China to task.\n")
    article = build_article(text)
    assert [(r.reference.text, r.reference.resolved) for r in article.references() if r.block.kind != "title"] \
        == [("Biden and Putin met in Geneva on Wednesday", False)]


@pytest.mark.parametrize("body, date, expected", [
    ("Obama and Medvedev met on the sidelines of the Group of 20 in London.", "April 3, 2009",
     [("london-2009",)]),
    ("Obama and Putin talked at the United Nations in New York in September 2015.", "October 1, 2015",
     [("new-york-2015",)]),
    ("Friday's sit-down between Trump and Putin ran over two hours.", "July 9, 2017", [("hamburg-2017",)]),
])
def test_gatherings_by_other_names_and_a_day_with_its_noun(body, date, expected):
    assert _one(body, date) == expected


@pytest.mark.parametrize("body, date, field, says", [
    # the clause's own place, after the verb and the meeting noun
    ("Fifty years ago today Kennedy and Khrushchev opened their summit in Geneva.", "June 3, 2011",
     "place", "Geneva"),
    # a year before "meeting with"
    ("Putin's move undoes one result of his 2022 meeting with Biden in Geneva.", "February 21, 2023",
     "year", "2022"),
    # "there": the place named last before it
    ("Biden's meeting will be the first in Geneva since Reagan and Gorbachev met there in 1986.",
     "June 14, 2021", "year", "1986"),
    # a host named right after the phrase
    ("Critics said the Anchorage summit Putin hosted was a gift to the Kremlin.", "August 20, 2025",
     "host", "Putin hosted"),
    # the year glued to a better-supported phrase is its note, not a meeting of its own
    ("Thirty years ago today the Malta summit of 1990 closed, with Gorbachev upbeat.", "December 3, 2019",
     "year", "1990"),
])
def test_a_wrong_word_of_the_meeting_s_own_phrase_is_a_fact_note(body, date, field, says):
    text = f"# T\n\nBy A Writer\n\n{date}\n\n{body}\n"
    notes = [r.reference.note for r in build_article(text).references() if r.reference.note is not None]
    assert [(n.field, n.text_says) for n in notes] == [(field, says)]


@pytest.mark.parametrize("body, date", [
    # the year is the treaty's, after a comma and another verb
    ("Kennedy and Khrushchev met in Vienna, two years before the 1963 test-ban treaty.", "June 5, 1971"),
    # "there is": not a place
    ("Reagan and Gorbachev met in Geneva in 1985; there is a plaque by the lake.", "June 5, 2001"),
    # another place, but not the clause's own: a verb of travel after the meeting phrase
    ("Kennedy and Khrushchev met in Vienna before Kennedy flew on to London.", "June 5, 1971"),
])
def test_words_of_something_else_make_no_note(body, date):
    text = f"# T\n\nBy A Writer\n\n{date}\n\n{body}\n"
    assert [r.reference.note for r in build_article(text).references()] == [None]


@pytest.mark.parametrize("body, date, entry, field, says", [
    ("Many now call the 1987 Reykjavik summit a near miss.", "October 11, 2021", "reykjavik-1986", "year", "1987"),
    # the year fits other meetings of that leader, but the place names the one meant
    ("Aides still talk about Trump's 2017 Helsinki summit.", "June 10, 2021", "helsinki-2018", "year", "2017"),
    ("Carter's Vladivostok summit with Brezhnev set the ceilings.", "June 19, 1979", "vladivostok-1974",
     "leaders", "Carter"),
    # the noun's place after it ("at", "in") is one of its modifiers, with the pair named before
    ("Yeltsin recalled the Clinton White House. None beat the 1996 summit at Hyde Park.", "April 23, 2007",
     "hyde-park-1995", "year", "1996"),
    # a month is seldom the slip: the place that misses it is ("Yalta" was Nixon's, in June)
    ("Ford and Brezhnev recalled their November 1974 summit in Yalta.", "June 1, 1980", "vladivostok-1974",
     "place", "Yalta"),
])
def test_a_noun_s_modifiers_with_one_wrong_link_the_meeting_the_rest_name(body, date, entry, field, says):
    text = f"# T\n\nBy A Writer\n\n{date}\n\n{body}\n"
    found = [r.reference for r in build_article(text).references()]
    assert _entries_and_notes(found) == [((entry,), field, says)]


def test_modifiers_that_two_meetings_fit_equally_are_left_alone():
    """"The 1990 Moscow summit": Bush and Gorbachev met in 1990, and in Moscow, but not both."""
    text = "# T\n\nBy A Writer\n\nMay 1, 2001\n\nHistorians still argue over the 1990 Moscow summit.\n"
    assert [r.reference.note for r in build_article(text).references()] == []


def test_a_leader_is_a_host_only_as_the_host_word_s_subject():
    """"... with the host, Putin": Obama is not said to host anything."""
    text = ("# T\n\nBy A Writer\n\nSeptember 4, 2013\n\nObama flies to St. Petersburg tomorrow for the G20 and "
            "will meet the host, Vladimir Putin, only in passing.\n")
    assert all(r.reference.note is None for r in build_article(text).references())


@pytest.mark.parametrize("body, date, expected", [
    # the leaders who met in the city pick it, over a meeting there of only one of them
    ("Reagan walked across Red Square with Gorbachev. Transcripts of that Moscow summit are out.", "May 31, 2008",
     [("moscow-1988",), ("moscow-1988",)]),
    # a list that a preposition starts
    ("The Reagan-Gorbachev summits went from Geneva in 1985 to Reykjavik, Washington and Moscow.", "May 1, 2001",
     [("geneva-1985",), ("reykjavik-1986",), ("washington-1987",), ("moscow-1988",)]),
])
def test_company_picks_the_meeting_of_both_leaders(body, date, expected):
    assert _one(body, date) == expected


@pytest.mark.parametrize("body, date", [
    ("Reagan and Gorbachev first met in 1985. The talks set Moscow's foreign policy on a new course.", "May 1, 2001"),
    ("Ford and Brezhnev met on Saturday. The resort stands in the suburbs of Vladivostok.", "November 25, 1974"),
])
def test_a_place_named_as_a_government_or_a_setting_is_no_reference(body, date):
    text = f"# T\n\nBy A Writer\n\n{date}\n\n{body}\n"
    places = [r.reference.text for r in build_article(text).references() if r.reference.text in ("Moscow's", "Moscow",
                                                                                                   "Vladivostok")]
    assert places == []


@pytest.mark.parametrize("body, date", [
    ("Obama called off the Moscow summit planned for this month.", "September 4, 2013"),
    ("The Asia-Pacific forum closed without a formal sit-down between Trump and Putin in Da Nang.",
     "November 11, 2017"),
])
def test_a_meeting_that_never_took_place_is_no_reference(body, date):
    assert _one(body, date) == []


def test_a_gathering_named_before_the_meeting_keeps_the_focus():
    """"From the NATO meeting in Brussels to Helsinki, where Trump met Putin": the later "their
    talks" are still Helsinki's."""
    text = ("# T\n\nBy A Writer\n\nJuly 17, 2018\n\nAfter the NATO meeting in Brussels, Donald Trump met Vladimir "
            "Putin in the Finnish capital on Monday. He said the relationship began to mend during their talks.\n")
    found = [(r.reference.text, r.reference.entries, r.reference.resolved) for r in build_article(text).references()]
    assert found[-1] == ("their talks", ("helsinki-2018",), True)


@pytest.mark.parametrize("body, date, expected", [
    ("Khrushchev's tirade at yesterday's session in the Élysée Palace ended the conference.", "May 17, 1960",
     [("paris-1960",)]),
    ("Thirty years ago this week Reagan and Gorbachev sat down in Reykjavik.", "October 12, 2016",
     [("reykjavik-1986",)]),
    ("Obama flew on after his Kremlin talks with Medvedev.", "July 8, 2009", [("moscow-2009",)]),
])
def test_more_ways_of_saying_leaders_met(body, date, expected):
    assert _one(body, date) == expected


def test_a_date_after_the_meeting_noun_is_one_of_its_modifiers():
    """"The Vancouver meeting of April 1994": Clinton and Yeltsin met there in April 1993."""
    text = "# T\n\nBy A Writer\n\nSeptember 1, 1998\n\nThe Vancouver meeting of April 1994 was about money.\n"
    notes = [r.reference.note for r in build_article(text).references()]
    assert [(n.field, n.text_says) for n in notes if n] == [("year", "April 1994")]


def test_a_meeting_named_as_a_point_of_comparison_does_not_take_the_focus():
    text = ("# T\n\nBy A Writer\n\nJune 2, 2020\n\nThirty years ago this week Bush and Gorbachev held talks in "
            "Washington, six months after their shipboard meeting off Malta. The summit brought a trade deal.\n")
    found = [(r.reference.text, r.reference.entries) for r in build_article(text).references()]
    assert found[-2:] == [("their shipboard meeting off Malta", ("marsaxlokk-1989",)), ("The summit", ("washington-1990",))]


def test_what_is_left_of_a_weaker_phrase_can_name_its_own_meeting():
    """Two meetings of one visit: the Kremlin talks with Medvedev, the breakfast with Putin."""
    body = ("A day after his Kremlin talks with President Dmitry Medvedev, Barack Obama met Vladimir Putin "
            "for the first time yesterday.")
    assert _one(body, "July 8, 2009") == [("moscow-2009",), ("moscow-2009-putin",)]


@pytest.mark.parametrize("body, date, expected", [
    # the dateline says where and when
    ("WASHINGTON, Dec. 8 — Side by side, Reagan and Gorbachev walked into the East Room this afternoon.",
     "December 8, 1987", [("washington-1987",)]),
    # a meeting word in the other clause of the sentence
    ("Bush and Gorbachev met in Helsinki yesterday for their third summit; the first had taken place off "
     "Malta last December.", "September 10, 1990", [("helsinki-1990",), ("marsaxlokk-1989",)]),
])
def test_what_the_rest_of_the_sentence_says_counts(body, date, expected):
    text = f"# T\n\nBy A Writer\n\n{date}\n\n{body}\n"
    assert [r.reference.entries for r in build_article(text).references() if not r.reference.resolved] == expected


def test_a_leader_and_a_day_are_no_meeting_in_a_clause_of_their_own():
    body = "Trump flew in on Sunday evening; Putin's plane landed only on Monday afternoon."
    assert _one(body, "July 16, 2018") == []


@pytest.mark.parametrize("body, expected", [
    ("Reagan and Gorbachev met in Geneva in 1985, and again in Reykjavik in 1986.",
     [("geneva-1985",), ("reykjavik-1986",)]),
    ("Kennedy and Khrushchev met in Vienna in 1961; Carter and Brezhnev met there in 1979.",
     [("vienna-1961",), ("vienna-1979",)]),
    ("Eisenhower and Khrushchev met at Camp David in 1959 and in Paris in 1960.",
     [("camp-david-1959",), ("paris-1960",)]),
    ("Bush welcomed Putin to Crawford in 2001; Putin had hosted Clinton in Moscow in 2000.",
     [("washington-2001",), ("moscow-2000",)]),
    ("Trump's meeting with Putin in Helsinki in 2018 followed their talks at the G20 in Hamburg in 2017.",
     [("helsinki-2018",), ("hamburg-2017",)]),  # "their talks at the G20 in Hamburg": one phrase, one marker
])
def test_meetings_listed_together_each_keep_their_own_words(body, expected):
    """Right words of one meeting never make a fact note on the next."""
    text = f"# T\n\nBy A Writer\n\nMay 1, 2019\n\n{body}\n"
    found = [r.reference for r in build_article(text).references() if r.block.kind != "title"]
    assert [r.entries for r in found] == expected
    assert [r.note for r in found] == [None] * len(expected)


def test_the_meeting_of_the_article_s_days_is_its_topic():
    """A report of the day names older meetings as background; "the summit" is today's."""
    text = ("# Passage\n\nBy A Writer\n\nDecember 9, 1987\n\nToday the two men turn to Afghanistan in an Oval "
            "Office session, the third of five private meetings planned for the summit.\n")
    found = [(r.reference.text, r.reference.entries, r.reference.resolved) for r in build_article(text).references()]
    assert ("the summit", ("washington-1987",), True) in found


def test_that_before_a_plural_is_a_conjunction():
    text = ("# Reagan and Gorbachev meet in Geneva\n\nBy A Writer\n\nNovember 20, 1985\n\n"
            "The two men agreed that negotiations should resume.\n")
    assert [r.reference.text for r in build_article(text).references() if r.block.kind != "title"] == []


def test_a_wrong_place_set_between_the_meeting_s_own_words_is_its_note():
    body = "Carter's only summit with Brezhnev, held in Geneva in June 1979, produced SALT II."
    text = f"# T\n\nBy A Writer\n\nMay 1, 2001\n\n{body}\n"
    found = [r.reference for r in build_article(text).references() if r.block.kind != "title"]
    assert [(r.entries, r.note.field, r.note.text_says) for r in found] == [(("vienna-1979",), "place", "Geneva")]


def test_the_leaders_in_company_pick_among_meetings_a_wrong_date_leaves_equal():
    text = ("# T\n\nBy A Writer\n\nMay 1, 2001\n\nReagan and Gorbachev signed the INF treaty at their "
            "Washington summit of December 1986.\n")
    found = [r.reference for r in build_article(text).references() if r.block.kind != "title"]
    assert [(r.entries, r.note.field if r.note else None) for r in found] == [(("washington-1987",), "year")]


def test_the_two_presidents_are_the_pair_named_before():
    text = ("# T\n\nBy A Writer\n\nJuly 8, 2009\n\nObama's talks with Medvedev went well. In Moscow the two "
            "presidents also agreed on transit flights to Afghanistan.\n")
    found = [(r.reference.text, r.reference.entries) for r in build_article(text).references()
             if r.block.kind != "title"]
    assert ("Moscow", ("moscow-2009",)) in found


@pytest.mark.parametrize("body, note", [
    ("In June 2010 in Washington Obama met Putin for a cheeseburger.", "Putin"),  # it was Medvedev
    ("In June 2010 in Washington Obama met Medvedev for a cheeseburger.", None),
    ("In Moscow in July 2009 Obama met Putin at his dacha.", None),  # the day after Medvedev: both are in the record
])
def test_the_other_party_of_a_meeting_verb_is_part_of_its_phrase(body, note):
    text = f"# T\n\nBy A Writer\n\nMay 1, 2012\n\n{body}\n"
    found = [r.reference for r in build_article(text).references() if r.block.kind != "title"]
    assert [r.note.text_says if r.note else None for r in found] == [note]


@pytest.mark.parametrize("body, date", [
    ("Obama hosted a beer summit at the White House in July 2009 to calm a row over an arrest.", "August 1, 2009"),
    ("The trade fair billed itself as the Moscow summit of software makers this May.", "May 20, 2009"),
    ("Trump is withdrawing from the 1987 arms treaty with Moscow.", "October 21, 2018"),
    ("Foreign ministers Lavrov and Kerry held talks in Geneva in September 2013.", "September 15, 2013"),
    ("The vice presidential debate in Washington in 1988 drew record audiences.", "October 10, 1988"),
    ("Negotiators from both sides held talks in Geneva in 1985 before the leaders arrived.", "May 1, 1986"),
])
def test_figures_of_speech_treaties_and_other_people_s_talks_are_no_reference(body, date):
    assert _one(body, date) == []


def _dated(body: str, date: str) -> str:
    return DATED.format(title="T", body=body).replace("October 12, 2001", date)


def _found(body: str, date: str):
    """The summit references of a one-paragraph article dated ``date``."""
    return [r.reference for r in build_article(_dated(body, date)).references()]


def _linked_without_notes(body: str, date: str) -> list[tuple[str, ...]]:
    """The entries a one-paragraph article's references link, having checked none makes a note."""
    found = _found(body, date)
    assert all(r.note is None for r in found), [r.note for r in found]
    return [r.entries for r in found]


def _reads(body: str, date: str):
    """What the reader makes of a one-paragraph article: each reference's entries and note."""
    return _entries_and_notes(_found(body, date))


def test_a_previous_meeting_is_not_the_meeting_in_focus():
    """"Their previous meeting" points away from the meeting the paragraph is about: it is the
    meeting its own words name, or nothing."""
    body = ("Obama and Putin talked for half an hour on Sunday at the Group of 20 summit in Antalya. "
            "Their previous meeting had been in New York in September, at the United Nations.")
    refs = _refs(build_article(_dated(body, "November 16, 2015")))
    assert ("antalya-2015",) in [entries for _, entries in refs]
    assert all(entries != ("antalya-2015",) for text, entries in refs if "previous" in text)


def test_a_list_of_places_is_a_list_of_meetings_not_a_wrong_place():
    """"Sessions in Bratislava, Moscow, Gleneagles and Washington": a place next in the list is
    another meeting's, never a fact note on the one before it."""
    body = ("Bush and Putin met on the sidelines of the APEC forum in Busan today, after earlier "
            "sessions this year in Bratislava, Moscow, Gleneagles and Washington.")
    article = build_article(_dated(body, "November 18, 2005"))
    notes = [located.reference.note for located in article.references()]
    assert notes and notes == [None] * len(notes)
    assert ("gleneagles-2005",) in [entries for _, entries in _refs(article)]


def test_the_host_of_a_multilateral_event_is_no_wrong_host():
    """Putin hosting the G20 in St. Petersburg is the event's host, not a bilateral host the
    record contradicts."""
    body = "Obama and Putin spoke for twenty minutes at the Group of 20 summit Putin hosted in St. Petersburg."
    article = build_article(_dated(body, "September 7, 2013"))
    assert ("st-petersburg-2013",) in [entries for _, entries in _refs(article)]
    assert all(located.reference.note is None for located in article.references())


def test_a_year_one_off_picks_the_meeting_it_slipped_from():
    """"The 1984 Geneva summit": of the Geneva meetings (1955, 1985, 2021), the one a year away
    is meant, and the year is noted, since no meeting was held in 1984; "the 1990 Moscow summit"
    is left alone (the leaders met in 1990, in Washington, and in Moscow in 1991)."""
    article = build_article(_dated("The 1984 Geneva summit was held in a lakeside chateau.", "November 19, 2013"))
    [located] = list(article.references())
    assert located.reference.entries == ("geneva-1985",)
    assert located.reference.note is not None and located.reference.note.field == "year"
    assert located.reference.note.text_says == "1984"
    other = build_article(_dated("The 1990 Moscow summit was held in the Kremlin.", "November 19, 2013"))
    assert all(located.reference.note is None for located in other.references())


def test_a_date_after_the_noun_may_name_a_season():
    """"The Reykjavik meeting of autumn 1985": the year after "of" and a season is the noun's own."""
    article = build_article(_dated("They came out at the end of the Reykjavik meeting of autumn 1985.", "May 2, 2011"))
    notes = [located.reference.note for located in article.references()]
    assert [(n.field, n.text_says) for n in notes if n] == [("year", "1985")]


def test_the_wrong_one_of_the_pair_who_met_is_noted():
    """"Yeltsin and George Bush met in Helsinki in March 1997": Yeltsin fits, Bush does not (it
    was Clinton): a leaders note. Two leaders of the record are no note."""
    wrong = build_article(_dated("The plan was ready when Yeltsin and George Bush met in Helsinki in March 1997.",
                                 "March 21, 2004"))
    notes = [located.reference.note for located in wrong.references()]
    assert [(n.field, n.text_says) for n in notes if n] == [("leaders", "Bush")]
    right = build_article(_dated("The plan was ready when Yeltsin and Bill Clinton met in Helsinki in March 1997.",
                                 "March 21, 2004"))
    assert [located.reference.note for located in right.references()] == [None]


def test_a_wire_dateline_gives_the_day_its_today_means():
    """A morning paper prints the day before's wire story: in "WASHINGTON, September 27. — …
    closed at noon today", today is the 27th, not the paper's date."""
    body = ("WASHINGTON, September 27. — The Camp David conversations between President Eisenhower "
            "and Mr Khrushchev closed at noon today with a joint statement.")
    article = build_article(_dated(body, "September 28, 1959"))
    assert [entries for _, entries in _refs(article)] == [("camp-david-1959",)]
    undated = build_article(_dated(body.replace("WASHINGTON, September 27. — ", ""), "September 28, 1959"))
    assert _refs(undated) == []  # without the dateline, today is the 28th, a day after the talks


def test_years_ago_tonight_is_that_night_years_back():
    """"Thirty years ago tonight" is 12 October 1986 in a piece of 12 October 2016, not tonight."""
    body = "Thirty years ago tonight, Ronald Reagan and Mikhail Gorbachev met in Reykjavik."
    assert [entries for _, entries in _refs(build_article(_dated(body, "October 12, 2016")))] == [("reykjavik-1986",)]


def test_a_meeting_said_not_to_have_happened_inside_the_phrase_is_none():
    """"Closed on Saturday without a formal sit-down between Trump and Putin": the words between
    the date and the leaders say there was no meeting."""
    body = ("The Asia-Pacific summit in Da Nang closed on Saturday without a formal sit-down between "
            "Donald Trump and Vladimir Putin.")
    assert _refs(build_article(_dated(body, "November 11, 2017"))) == []
    held = "The Asia-Pacific summit in Da Nang closed on Saturday after a short talk between Donald Trump and Vladimir Putin."
    assert [entries for _, entries in _refs(build_article(_dated(held, "November 11, 2017")))] == [("da-nang-2017",)]


def test_an_undated_plan_names_no_meeting_long_past():
    """"Obama invited Medvedev to …", "they will meet again in Moscow", written years after the
    Moscow summits: a plan is for a meeting still to come, so no past Moscow meeting is linked,
    while a plan the text dates to a past meeting still names it."""
    body = "Before leaving, Obama said that he and Medvedev will meet next in Moscow."
    assert _refs(build_article(_dated(body, "June 25, 2010"))) == []
    dated = "In 2009 Obama said they will meet next in Moscow, and in July 2009 he did."
    found = [entries for _, entries in _refs(build_article(_dated(dated, "June 25, 2010")))]
    assert found and all("moscow-2009" in entries for entries in found)


def test_a_place_after_a_word_of_time_is_the_meeting_of_the_day():
    """"Before Helsinki, …" on the day of the Helsinki summit is that summit; a month later, or
    with no word of time, the city alone names no meeting."""
    body = "Before Helsinki, the two presidents had met only on the edges of bigger gatherings."
    assert [entries for _, entries in _refs(build_article(_dated(body, "July 16, 2018")))] == [("helsinki-2018",)]
    assert _refs(build_article(_dated(body, "July 16, 2019"))) == []
    plain = "The two presidents had met in Helsinki's old town only as tourists."
    assert _refs(build_article(_dated(plain, "July 16, 2018"))) == []


@pytest.mark.parametrize("body, entry", [
    ("Reagan and Gorbachev would meet again at the Reykjavik summit, where they came close to a deal.",
     "reykjavik-1986"),  # "would meet" of the past, in a history
    ("A year later, Reagan and Gorbachev would meet again in Reykjavik, where they came close to a deal.",
     "reykjavik-1986"),
    ("Trump will travel to Moscow with the Helsinki summit still on his mind.", "helsinki-2018"),
])
def test_a_plan_leaves_the_meetings_the_clause_names_outright(body, entry):
    """The plan rule drops only an entry named by the plan's own place: not one the text names
    with its meeting noun, and not a past told with "would"."""
    assert [entries for _, entries in _refs(build_article(_dated(body, "August 14, 2025")))] == [(entry,)]


@pytest.mark.parametrize("body, date, entry, field, says", [
    # leaders and place of one meeting clause, however long the words of meeting between them
    ("Clinton and Yeltsin held their ninth meeting at the Roosevelt library in Hyde Park in the autumn "
     "of 1996, when the two were at odds over Bosnia.", "May 1, 2010", "hyde-park-1995", "year", "1996"),
    # a month beside the clause's place
    ("Clinton and Yeltsin met in Hyde Park in October 1996.", "May 1, 2010", "hyde-park-1995", "year", "October 1996"),
    # a keyword naming the meeting ends the noun's modifiers
    ("The dinner Bush laid on for Putin at the 2002 Crawford summit is still cited as the high point.",
     "April 7, 2008", "washington-2001", "year", "2002"),
])
def test_a_meeting_clause_s_own_wrong_date_is_its_note(body, date, entry, field, says):
    found = [r.reference for r in build_article(_dated(body, date)).references() if not r.reference.resolved]
    assert _entries_and_notes(found) == [((entry,), field, says)]


def test_a_meeting_clause_does_not_reach_across_another_noun_s_words():
    """A place far from the leaders joins them only through the meeting's own words, not
    through a clause about something else ("because of the budget standoff in Washington")."""
    body = "Obama and Putin: his decision to skip the Asia-Pacific summit because of the budget standoff in Washington."
    assert _refs(build_article(_dated(body, "October 8, 2013"))) == []


@pytest.mark.parametrize("body", [
    # "the summit of" something that is not a date: the top of it
    "Regulars at the burger bar, which many place at the summit of the city's burger scene, keep the table.",
    # other people's meeting, by its own words
    "Clinton added that Russia would have a larger role at the meeting of the leading industrial nations in Denver.",
    # a place after it where the meeting in focus was not held
    "The summit in Brussels two days earlier had been given over to the European allies.",
])
def test_the_summit_by_its_own_words_another_meeting_is_not_the_one_in_focus(body):
    text = f"# Clinton and Yeltsin meet in Helsinki, March 1997\n\nBy A Writer\n\nMarch 21, 1997\n\n{body}\n"
    assert _refs(build_article(text)) == [("Clinton and Yeltsin meet in Helsinki, March 1997", ("helsinki-1997",))]


def test_a_meeting_on_the_margins_leaves_the_gathering_s_summit_and_city_to_the_gathering():
    """With a margin meeting in focus, "the summit itself" and the city named alone are the
    gathering's, not the two leaders' meeting."""
    text = ("# T\n\nBy A Writer\n\nJune 7, 2007\n\n"
            "Putin caught Bush by surprise today on the margins of the Group of Eight summit with an offer. "
            "At the summit itself, the leaders agreed to pursue cuts in emissions.\n\n"
            "Security in Heiligendamm was the tightest the resort had seen.\n")
    assert [entries for _, entries in _refs(build_article(text))] == [("heiligendamm-2007",)]


def test_the_wrong_host_of_a_welcome_is_noted():
    """"Welcomed" is a verb of meeting; its subject, a leader of the wrong side's term, is the
    clause's own wrong name."""
    body = "When Clinton welcomed Yeltsin to Camp David in February 1992, the two men spoke of partnership."
    found = _found(body, "February 1, 2012")
    assert _entries_and_notes(found) == [(("camp-david-1992",), "leaders", "Clinton")]


@pytest.mark.parametrize("body, date, expected", [
    # both sides described rather than named, with a place only one meeting had
    ("Seated in wicker chairs on the Mexican coast, the American and Russian presidents talked for two hours.",
     "June 20, 2012", ("los-cabos-2012",)),
    ("In the Icelandic capital the leaders of the two superpowers came within reach of a deal.",
     "October 13, 1986", ("reykjavik-1986",)),
    # the Kremlin as where they were, not the government
    ("Obama and Medvedev agreed at the Kremlin in July 2009 to cut their arsenals.", "July 8, 2009", ("moscow-2009",)),
    # a place the catalogue carries as a description
    ("Bush and Putin spent a rain-soaked day at the Texas ranch in November 2001.", "May 2, 2002",
     ("washington-2001",)),
])
def test_descriptions_of_the_leaders_and_places(body, date, expected):
    assert [entries for _, entries in _refs(build_article(_dated(body, date)))] == [expected]


def test_a_year_that_fits_another_meeting_rules_out_the_one_the_names_fit():
    """"In the Kremlin by Clinton and Yeltsin in January 1993": Clinton and Yeltsin met in the
    Kremlin in 1994, 1995 and 1998, but January 1993 and the Kremlin are Bush's meeting: none of
    Clinton's is linked. A year no meeting in that place fits is a slip and makes a note."""
    body = "The treaty, signed in the Kremlin by Bill Clinton and Boris Yeltsin in January 1993, never came into force."
    assert all("moscow-1994" not in entries for _, entries in _refs(build_article(_dated(body, "June 15, 2002"))))
    slip = "Reagan and Gorbachev met in Reykjavik in 1987 and came close to abolishing their missiles."
    notes = [r.reference.note for r in build_article(_dated(slip, "June 15, 2002")).references()]
    assert [(n.field, n.text_says) for n in notes if n] == [("year", "1987")]


def test_places_listed_with_their_articles_are_each_their_own_meeting():
    body = ("Bush had hosted Putin at the Texas ranch and the presidential retreat in Maryland, where Putin "
            "came in September 2003.")
    found = list(build_article(_dated(body, "April 6, 2008")).references())
    assert found and all(r.reference.note is None for r in found)


@pytest.mark.parametrize("body, date, expected", [
    # decades ago today
    ("Three decades ago today, Bush and Yeltsin sat down at the presidential retreat in Maryland.",
     "February 1, 2022", ("camp-david-1992",)),
    # a meeting's own name, which no other meeting had, is enough alone
    ("The ranch visit is the second stage of the Crawford summit.", "November 15, 2001", ("washington-2001",)),
    # "their White House talks": the pair named before picks the Washington meeting
    ("Vladimir Putin flew to Texas yesterday with President Bush. The two leaders relaxed a day after their "
     "White House talks had produced promises of cuts.", "November 15, 2001", ("washington-2001",)),
])
def test_more_ways_of_naming_a_meeting(body, date, expected):
    assert expected in [entries for _, entries in _refs(build_article(_dated(body, date)))]


def test_an_accord_s_name_alone_is_not_the_meeting():
    body = "Critics of the Vladivostok accord said its ceilings were too high."
    assert _refs(build_article(_dated(body, "June 19, 1979"))) == []


def test_a_weekday_of_a_month_the_text_dates_is_not_counted_from_the_article_s_day():
    body = ("Before Biden and Putin sit down in Geneva on Wednesday, it is worth recalling Reagan's first meeting "
            "with Gorbachev, on a cold Tuesday in November 1985, by the fire of a lakeside villa.")
    assert ("geneva-1985",) in [entries for _, entries in _refs(build_article(_dated(body, "June 14, 2021")))]


@pytest.mark.parametrize("aside", [
    "NATO's plan to admit former Warsaw Pact states heads the agenda",  # the alliance, not a summit of it
    "there had been no time for one at the G20 gathering in Washington last week",  # after "after": a comparison
])
def test_an_organisation_or_a_gathering_in_passing_keeps_the_focus(aside):
    text = ("# T\n\nBy A Writer\n\nMarch 20, 1997\n\n"
            f"Clinton and Yeltsin opened their Helsinki summit today, after {aside}. "
            "Aides said neither side expected the other to give ground at the talks.\n")
    found = [(r.reference.text, r.reference.entries) for r in build_article(text).references()]
    assert ("the talks", ("helsinki-1997",)) in found


@pytest.mark.parametrize("body, date, expected", [
    ("Bush and Putin sit down today for the last time as presidents.", "April 6, 2008", ("sochi-2008",)),
    ("Reagan strolled through Red Square beside Mikhail Gorbachev.", "June 3, 1988", ("moscow-1988",)),
    ("Meeting face to face on the edge of the G8 gathering in Northern Ireland, Obama and Putin differed on Syria.",
     "June 18, 2013", ("lough-erne-2013",)),
    ("The leaders of the four great powers sat down together in Geneva in July 1955.", "July 18, 2005",
     ("geneva-1955",)),
])
def test_a_day_word_a_square_a_region_and_the_four_powers(body, date, expected):
    assert [entries for _, entries in _refs(build_article(_dated(body, date)))] == [expected]


@pytest.mark.parametrize("body, date", [
    # the phrase reads two ways, each with one wrong word: not the misplaced one, never a place note
    ("Commentators compared Trump's 2018 talks with Putin in Osaka with other meetings.", "July 1, 2019"),
    ("Commentators compared Trump's 2018 talks with Putin in Osaka.", "July 1, 2019"),
    ("Ever since their first encounter, in Bratislava in June 2001, Bush has been mocked for what he said.",
     "July 16, 2006"),
    # a capital as its government, subject or object of what governments do
    ("Washington welcomed Boris Yeltsin's decision to receive the three presidents in Moscow next week.",
     "October 25, 1995"),
    # a meeting of two other leaders in a city where an old one was held
    ("The planned Budapest meeting between Donald Trump and Vladimir Putin has been put off.", "October 22, 2025"),
])
def test_a_phrase_no_meeting_fits_without_doubt_links_none(body, date):
    found = _found(body, date)
    assert all(r.note is None or r.note.field == "year" for r in found)
    assert all(not {"helsinki-2018", "bratislava-2005", "st-petersburg-2006", "washington-1994", "budapest-1994"}
               & set(r.entries) for r in found), found


def test_an_arrival_is_not_yet_the_meeting():
    body = "HELSINKI — George Bush and Mikhail Gorbachev landed at Helsinki airport on Saturday afternoon."
    assert _refs(build_article(_dated(body, "September 8, 1990"))) == []
    meeting = "HELSINKI — George Bush and Mikhail Gorbachev met at the Presidential Palace on Sunday."
    assert [entries for _, entries in _refs(build_article(_dated(meeting, "September 9, 1990")))] == [("helsinki-1990",)]


def test_a_dated_phrase_with_one_wrong_leader_is_the_meeting_of_the_right_one():
    """A leader of each side, one of them the meeting's, and a date that fits it: the meeting,
    the wrong name its note. With only a place, it is no meeting of either."""
    body = "At Camp David in September 1959, Eisenhower and Nikolai Bulganin had talked themselves into an impasse."
    found = _found(body, "May 1, 1999")
    assert [(r.entries, r.note.field if r.note else None) for r in found] == [(("camp-david-1959",), "leaders")]
    travel = "Brezhnev had crossed seven time zones by train from Moscow to greet Gerald Ford at the airport."
    assert all("moscow-1972" not in r.reference.entries for r in build_article(_dated(travel, "May 1, 1979")).references())


def test_a_wrong_place_between_the_leader_and_the_day_is_the_note():
    body = "Bush said he had raised his concerns during his talks with Vladimir Putin in the Czech capital today."
    found = _found(body, "February 24, 2005")
    assert _entries_and_notes(found) == [(("bratislava-2005",), "place", "Czech capital")]


@pytest.mark.parametrize("body, date, entry, field, says", [
    # the other party of "talks with", the only name of its side, is not the record's
    ("George W. Bush held talks with Dmitry Medvedev at Bratislava Castle, and the two agreed on Iran.",
     "March 1, 2005", "bratislava-2005", "leaders", "Dmitry Medvedev"),
    # a pair joined by "and his Russian counterpart", the meeting named by its event and place
    ("Bill Clinton and his Russian counterpart, Vladimir Putin, called their talks on the sidelines of the "
     "Group of Eight summit in Heiligendamm useful.", "June 8, 2007", "heiligendamm-2007", "leaders", "Bill Clinton"),
    # a pair joined by a dash
    ("The Medvedev-Obama huddle at the G20 in Antalya ended with a nod to talks on Syria.", "November 17, 2015",
     "antalya-2015", "leaders", "Medvedev"),
    # a leader of the meeting said to host it, where the record has the other side hosting
    ("After their talks at Hyde Park on October 23, 1995, Boris Yeltsin, playing host to Bill Clinton, praised "
     "the meeting.", "October 25, 1995", "hyde-park-1995", "host", "Boris Yeltsin, playing host"),
])
def test_the_sentence_s_wrong_party_or_host_of_the_meeting_is_its_note(body, date, entry, field, says):
    found = _found(body, date)
    noted = [(r.entries, r.note.field, r.note.text_says) for r in found if r.note is not None]
    assert noted == [((entry,), field, says)]


@pytest.mark.parametrize("body, date", [
    # a second name of the same side: the sentence may be comparing, not misnaming
    ("Bush met Putin at Bratislava Castle, where talk turned to how Yeltsin had handled Clinton.", "March 1, 2005"),
    # a name not joined to the meeting's leader as its partner
    ("Trump met Putin in Helsinki in July 2018 and sounded, to his critics, like Brezhnev.", "July 20, 2018"),
    # the host word belongs to the other meeting of the sentence
    ("Bush welcomed Putin to Crawford in 2001; Putin had hosted Clinton in Moscow in 2000.", "May 1, 2002"),
    # a host of something else: another gathering follows the host word
    ("Bush, who hosted the G8 at Sea Island in June, met Putin at Bratislava Castle in February 2005.",
     "December 1, 2005"),
])
def test_names_and_host_words_of_something_else_make_no_note(body, date):
    assert [r.reference.note for r in build_article(_dated(body, date)).references() if r.reference.note] == []


@pytest.mark.parametrize("body, date, entry, says", [
    ("Nikita Khrushchev with Dwight D. Eisenhower at Camp David on September 26, 1960.", "May 1, 2009",
     "camp-david-1959", "September 26, 1960"),
    ("Bush and Gorbachev put their names to START I in Moscow on July 31, 1990, after nine years of talks.",
     "August 2, 2001", "moscow-1991", "July 31, 1990"),
])
def test_a_full_date_a_year_off_the_meeting_is_its_year_note(body, date, entry, says):
    found = _found(body, date)
    assert _entries_and_notes(found) == [((entry,), "year", says)]


@pytest.mark.parametrize("body, date", [
    # a day still to come is a plan, not the meeting of a year before
    ("Bush and Putin will meet in Bratislava on February 24 next year.", "March 1, 2004"),
    # a full date years away from any meeting there of those leaders
    ("Khrushchev and Eisenhower were both at Camp David on September 25, 1963.", "May 1, 2009"),
])
def test_a_date_far_from_the_record_still_rules_the_meeting_out(body, date):
    assert [r.reference.note for r in build_article(_dated(body, date)).references()
            if r.reference.note is not None] == []


@pytest.mark.parametrize("body, date, expected", [
    # the pair's earliest meeting in the catalogue
    ("It was the first meeting of Brezhnev and Carter, and it came late in both men's careers.", "June 1, 1989",
     [("first meeting of Brezhnev and Carter", ("vienna-1979",))]),
    ("George W. Bush's first meeting with Vladimir Putin set the tone for years.", "May 1, 2008",
     [("first meeting with Vladimir Putin", ("kranj-2001",))]),
    # a summit counts only a bilateral one: Trump and Putin had met at Hamburg's G20 first
    ("Trump's first summit with Putin was, by most accounts, a fiasco.", "June 1, 2019",
     [("first summit with Putin", ("helsinki-2018",))]),
    # the latest by the article's date
    ("Their body language at Clinton's last summit with Yeltsin was telling.", "May 1, 2001",
     [("last summit with Yeltsin", ("moscow-1998",))]),
])
def test_a_pair_s_first_or_last_meeting_is_the_catalogue_s_earliest_or_latest(body, date, expected):
    assert _refs(build_article(_dated(body, date))) == expected


@pytest.mark.parametrize("body, date", [
    # counted from something else
    ("Obama's first meeting with Putin as president came in Los Cabos's heat.", "June 1, 2015"),
    ("Bush's first meeting with Putin since the war in Georgia is set for Lima.", "October 1, 2008"),
    # pointing back at a meeting just named, and a pair not named in the clause
    ("Nobody recalls that first sit-down of theirs, Bush said of Putin.", "May 1, 2008"),
    ("The first meeting was a success, officials said.", "May 1, 2008"),
    # the clause's own words disagree with the pair's first meeting
    ("Bush's first meeting with Putin, in Moscow in 2002, went well.", "May 1, 2008"),
])
def test_an_order_counted_from_something_else_or_contradicted_is_left_alone(body, date):
    found = _refs(build_article(_dated(body, date)))
    assert all(not text.startswith(("first", "last")) for text, _ in found)


@pytest.mark.parametrize("body, date, expected", [
    # a pair who met only once: the pair and a meeting word name that meeting
    ("Carter's summit with Brezhnev produced the SALT II treaty.", "June 1, 1990",
     [("Carter's summit with Brezhnev", ("vienna-1979",))]),
    ("Johnson met Kosygin at a small college, far from either capital.", "June 1, 1990",
     [("Johnson met Kosygin", ("glassboro-1967",))]),
    # a negation far from the pair is about something else
    ("In a town not far from Philadelphia, over the weekend, Johnson is meeting Kosygin for the first time.",
     "June 23, 1967", [("Johnson is meeting Kosygin", ("glassboro-1967",))]),
])
def test_the_only_meeting_of_a_pair_is_named_by_the_pair_and_a_meeting_word(body, date, expected):
    assert _refs(build_article(_dated(body, date))) == expected


@pytest.mark.parametrize("body, date", [
    ("Kennedy and Khrushchev never met again.", "June 1, 1990"),  # a negation
    ("Biden spoke with Putin by video call in December.", "December 9, 2021"),  # a call
    ("Biden will meet Putin again, aides said.", "July 1, 2021"),  # a plan
    ("Biden is the fifth American president to deal with Putin face to face.", "June 17, 2021"),  # a count
    ("Carter met Brezhnev in Geneva.", "June 1, 1990"),  # a place of its own the meeting does not fit
    ("Obama met Putin for talks.", "June 1, 2016"),  # a pair who met many times
])
def test_a_pair_s_only_meeting_needs_the_clause_to_speak_of_it(body, date):
    assert _refs(build_article(_dated(body, date))) == []


@pytest.mark.parametrize("body, date, says", [
    # a state after the meeting's town that does not hold it
    ("On June 25, 1967, Johnson and Kosygin ended their talks at Glassboro, Pennsylvania.", "June 26, 1967",
     "Pennsylvania"),
    # a dateline's state
    ("KENNEBUNKPORT, New Hampshire — Bush welcomed Putin to his parents' house on Sunday for talks.",
     "July 2, 2007", "New Hampshire"),
    # a country
    ("Reagan and Gorbachev met in Reykjavik, Norway, in October 1986.", "October 1, 1996", "Norway"),
])
def test_a_state_or_country_after_the_meeting_s_place_that_does_not_hold_it_is_its_note(body, date, says):
    notes = [r.reference.note for r in build_article(_dated(body, date)).references() if r.reference.note]
    assert [(n.field, n.text_says) for n in notes] == [("place", says)]


@pytest.mark.parametrize("body, date", [
    ("On June 25, 1967, Johnson and Kosygin ended their talks at Glassboro, N.J., without a deal.", "June 26, 1967"),
    ("KENNEBUNKPORT, Maine — Bush welcomed Putin to his parents' house on Sunday for talks.", "July 2, 2007"),
    ("Reagan and Gorbachev met in Reykjavik, Iceland, in October 1986.", "October 1, 1996"),
    ("Ford and Brezhnev met at Vladivostok, Russia, in November 1974.", "October 1, 1996"),  # then the U.S.S.R.
    ("Bush and Putin met at Crawford, Tex., in November 2001.", "October 1, 2006"),
    ("Obama and Putin met at Lough Erne, Northern Ireland, in June 2013.", "October 1, 2016"),
])
def test_the_place_s_own_state_or_country_makes_no_note(body, date):
    assert [r.reference.note for r in build_article(_dated(body, date)).references() if r.reference.note] == []


def test_a_gathering_named_by_its_event_needs_the_pair_in_its_own_clause():
    """The paragraph's leaders do not make "the NATO summit in Bucharest" their margin meeting."""
    body = ("Bush and Putin will meet in Sochi on Sunday. Putin had spent Friday at the NATO summit in the "
            "Romanian capital, Bucharest, lecturing the alliance.")
    found = _refs(build_article(_dated(body, "April 5, 2008")))
    assert all(entries != ("bucharest-2008",) for _, entries in found)


def test_a_country_s_capital_by_its_adjective_is_that_place():
    body = "Obama and Medvedev met in the South Korean capital on March 26, 2012, before the nuclear summit."
    assert _refs(build_article(_dated(body, "March 30, 2012"))) == [
        ("Obama and Medvedev met in the South Korean capital on March 26, 2012", ("seoul-2012",))]


@pytest.mark.parametrize("body, note", [
    # a capital no meeting was held in, as the place where the clause says the meeting was
    ("This is the house in the Norwegian capital where Reagan held his summit with Gorbachev in 1986.",
     ("place", "the Norwegian capital")),
    ("This is the house in Reykjavik where Reagan held his summit with Gorbachev in 1986.", None),
])
def test_the_place_a_where_clause_is_about_is_the_meeting_s(body, note):
    found = _found(body, "October 11, 2016")
    assert [(r.entries, (r.note.field, r.note.text_says) if r.note else None) for r in found] == \
        [(("reykjavik-1986",), note)]


@pytest.mark.parametrize("body, date, entry, note", [
    # the place the sentence says the meeting was at, by "where he met"
    ("Bush ended his European trip today at a castle in the Czech capital, where he met Vladimir Putin.",
     "February 24, 2005", "bratislava-2005", ("place", "Czech capital")),
    # one leader addressing the other: the addressed is the meeting's other party
    ("Fifty years ago today the four-power meeting in Paris collapsed, once Khrushchev demanded that President "
     "Kennedy apologise.", "May 17, 2010", "paris-1960", ("leaders", "Kennedy")),
])
def test_the_sentence_s_where_clause_and_address_are_the_meeting_s(body, date, entry, note):
    found = [r.reference for r in build_article(_dated(body, date)).references() if r.reference.note]
    assert [(r.entries, (r.note.field, r.note.text_says)) for r in found] == [((entry,), note)]


def test_a_where_clause_of_another_meeting_makes_no_note():
    body = "Bush met Putin at Bratislava Castle in February 2005, a year after he went to Moscow, where he met Putin."
    assert [r.reference.note for r in build_article(_dated(body, "March 1, 2005")).references()
            if r.reference.note] == []


@pytest.mark.parametrize("body, date, resolved", [
    ("Biden and Putin met in Geneva on Wednesday. It was their first meeting, and it lasted four hours.",
     "June 18, 2021", [("their first meeting", ("geneva-2021",))]),
    # the meeting in focus was not the pair's first: "their first meeting" is some other one
    ("Obama and Putin met in Antalya on Sunday. It was their first meeting, and it lasted half an hour.",
     "November 17, 2015", []),
])
def test_an_order_in_an_implicit_phrase_must_fit_the_meeting_in_focus(body, date, resolved):
    assert _resolved(body, date) == resolved


def _resolved(body: str, date: str) -> list:
    """The references of a dated passage resolved from context, with their entries."""
    return [(r.reference.text, r.reference.entries) for r in build_article(_dated(body, date)).references()
            if r.reference.resolved]


def test_an_anniversary_frames_the_paragraph_s_days_without_a_year():
    """After "Fifty years ago today", "on 26 May" is 1972's, not the article's own May."""
    body = ("Fifty years ago today an American president landed in the capital of the Soviet Union for the first "
            "time. Nixon held talks in the Soviet capital with Brezhnev and Kosygin, and on 26 May they signed a "
            "treaty on missile defences.")
    assert _refs(build_article(_dated(body, "May 22, 2022"))) == [
        ("Nixon held talks in the Soviet capital with Brezhnev and Kosygin, and on 26 May", ("moscow-1972",))]


@pytest.mark.parametrize("body, date, expected", [
    ("Gorbachev came to the White House and sat down with Reagan in December 1987.", "December 8, 2017",
     [("Gorbachev came to the White House and sat down with Reagan in December 1987", ("washington-1987",))]),
    # the White House as the government is no place
    ("The White House said Reagan and Gorbachev would meet again.", "December 8, 1987", []),
])
def test_the_white_house_is_a_place_only_where_something_happens_at_it(body, date, expected):
    assert _refs(build_article(_dated(body, date))) == expected


@pytest.mark.parametrize("body, date, resolved", [
    ("Bush and Putin met at Bratislava Castle on Thursday. While the two leaders talked in private, aides "
     "signed a deal on nuclear security.", "February 25, 2005", [("the two leaders talked", ("bratislava-2005",))]),
    # a pair named for another people's meeting is no reference: "the two" are named again here
    ("Bush and Putin met at Bratislava Castle on Thursday. The two foreign ministers met later.",
     "February 25, 2005", []),
])
def test_the_pair_as_the_subject_of_a_verb_of_meeting_is_the_meeting_in_focus(body, date, resolved):
    assert _resolved(body, date) == resolved


def test_a_wrong_state_s_marker_follows_the_whole_place_and_its_note_gives_the_state():
    body = "On June 25, 1967, Johnson and Kosygin ended their talks at Glassboro, Pennsylvania."
    article = build_article(_dated(body, "June 26, 1967"))
    shown = render_plain(render_article(article), 100)
    assert "Glassboro, Pennsylvania[1!]" in shown
    note = next(r.reference.note for r in article.references() if r.reference.note)
    assert note.record_says == "Glassboro, New Jersey, United States"


@pytest.mark.parametrize("body, date, expected", [
    # filed in Moscow, held in Honolulu: the place after the dateline is the meeting's
    ("MOSCOW — Dmitry Medvedev and Barack Obama sat down in Honolulu on Saturday.", "November 14, 2011",
     [("Dmitry Medvedev and Barack Obama sat down in Honolulu on Saturday", ("honolulu-2011",))]),
    # alone, the dateline is where the meeting was ("here")
    ("LIMA, Peru — Dmitry Medvedev finally had his meeting with George W. Bush here, after the G20 "
     "gathering in Washington.", "November 23, 2008",
     [("LIMA, Peru — Dmitry Medvedev finally had his meeting with George W. Bush", ("lima-2008",))]),
])
def test_a_dateline_is_the_meeting_s_place_unless_the_sentence_names_another(body, date, expected):
    assert _refs(build_article(_dated(body, date))) == expected


@pytest.mark.parametrize("body, date, expected", [
    ("Bush and Putin met at the presidential retreat in Sochi.", "April 7, 2008", [("sochi-2008",)]),
    ("Bush and Putin met at the presidential retreat in Maryland.", "October 1, 2003", [("camp-david-2003",)]),
])
def test_a_described_place_at_a_named_one_is_that_one(body, date, expected):
    """"The presidential retreat in Sochi" is not Camp David, the retreat the catalogue knows."""
    assert [entries for _text, entries in _refs(build_article(_dated(body, date)))] == expected


@pytest.mark.parametrize("body, date", [
    ("Obama and Putin met in Antalya two days after the Paris attacks.", "November 15, 2015"),
    ("Trump told aides to invite Putin to Washington in the fall.", "July 19, 2018"),
])
def test_a_place_naming_something_else_or_an_invitation_is_no_meeting_there(body, date):
    """"The Paris attacks" name no place anything was held at; an invitation is a plan."""
    entries = [e for _text, found in _refs(build_article(_dated(body, date))) for e in found]
    assert not [e for e in entries if e.startswith(("paris", "washington"))]


@pytest.mark.parametrize("body, note", [
    ("Obama and Putin met at the G-8 summit in Scotland on Monday.", ("place", "Scotland")),
    ("Obama and Putin met at the G-8 summit in Northern Ireland on Monday.", (None, None)),
    ("Obama and Putin met at the G-8 summit in Britain on Monday.", (None, None)),
    # a country named for something else is no place of the meeting
    ("Obama and Putin met at the G-8 summit on Monday to talk about the war in Syria.", (None, None)),
])
def test_a_region_named_as_the_meeting_s_place_must_hold_it(body, note):
    """"The G-8 summit in Scotland" was held at Lough Erne, in Northern Ireland."""
    found = _found(body, "June 18, 2013")
    assert [(entries, field, says) for entries, field, says in _entries_and_notes(found)] == \
        [(("lough-erne-2013",), *note)]


@pytest.mark.parametrize("body, date, unwanted", [
    # another month is another meeting, not a slip of the year: no year note on Nixon's 1974 visit
    ("Ford and Brezhnev met in Yalta in November 1974.", "June 1, 1980", "year"),
    # Helsinki's July 2018 a year off, or July 2017's meeting misplaced: no note can say which
    ("The two had not sat down together since their summit in Helsinki in July 2017, and at the previous "
     "G20, in Argentina, Trump had scrapped a formal meeting.", "June 28, 2019", "place"),
])
def test_a_month_and_a_place_that_disagree_make_no_note_of_the_wrong_kind(body, date, unwanted):
    found = _found(body, date)
    assert unwanted not in [field for _entries, field, _says in _entries_and_notes(found)]


def test_the_meeting_s_month_a_year_off_is_a_slip_of_the_year():
    body = "Reagan and Gorbachev met in Geneva in November 1986."
    found = _found(body, "June 1, 2001")
    assert _entries_and_notes(found) == [(("geneva-1985",), "year", "November 1986")]


@pytest.mark.parametrize("body, date, expected", [
    # filed in Moscow in 2025: not one of Putin's Moscow summits of 2002 to 2009
    ("MOSCOW — Vladimir Putin and Donald Trump spoke by telephone for two hours yesterday about a meeting.",
     "May 20, 2025", []),
    ("WASHINGTON — Barack Obama spoke of his talks with Dmitry Medvedev in a speech today.", "May 20, 2011", []),
    # filed where the meeting is being held, that week: the dateline is its place
    ("GENEVA — Joe Biden and Vladimir Putin met for four hours today.", "June 16, 2021", [("geneva-2021",)]),
    # "here": the dateline is the place meant, whenever the meeting was
    ("GETTYSBURG, Pa. — Khrushchev joined Eisenhower at his farm here, the town recalled on Sunday.",
     "September 29, 2009", [("camp-david-1959",)]),
])
def test_a_dateline_names_a_meeting_only_one_held_there_in_the_story_s_days(body, date, expected):
    found = _found(body, date)
    assert [r.entries for r in found] == expected


@pytest.mark.parametrize("body, expected", [
    # a place alone, with none of the meeting's leaders: the city, not the summit
    ("Built in 1909 for the French consul, the house is among the most historic buildings in the "
     "Reykjavik area.", []),
    # with one of its leaders, or "the two leaders", or "his guest", it is the meeting in focus
    ("Reagan, for his part, said he had never been so tired as in Reykjavik.", [("reykjavik-1986",)]),
    ("The two leaders came away from Reykjavik without a deal.", [("reykjavik-1986",)]),
])
def test_a_place_alone_is_the_meeting_in_focus_only_beside_its_leaders(body, expected):
    text = _dated("Reagan and Gorbachev met in Reykjavik in October 1986. " + body, "October 20, 1986")
    found = [r.reference for r in build_article(text).references()]
    assert [r.entries for r in found[1:]] == expected


@pytest.mark.parametrize("body", [
    "Medvedev and Obama met in Washington yesterday, the Washington Post and the Anchorage Daily News reported.",
])
def test_a_newspaper_named_after_a_city_is_no_place(body):
    found = _found(body, "June 25, 2010")
    assert [r.entries for r in found] == [("washington-2010",)]
    assert all("Anchorage" not in r.text for r in found)


def test_a_news_conference_in_a_city_keeps_its_place():
    body = "Reagan and Gorbachev faced reporters at the Reykjavik news conference on Sunday."
    found = _found(body, "October 13, 1986")
    assert [r.entries for r in found] == [("reykjavik-1986",)]


@pytest.mark.parametrize("body, date, expected", [
    # a state after the place that does not hold it, though "Virginia" is a place of another meeting
    ("Khrushchev and Eisenhower met at Camp David, Virginia, in 1959.", "June 1, 2005",
     [(("camp-david-1959",), "place", "Virginia")]),
    ("Bush and Putin met at Camp David, Virginia, and sent a message to Pyongyang.", "September 28, 2003",
     [(("camp-david-2003",), "place", "Virginia")]),
    # a clause's opening time is its meeting's, past the pronoun and title before the leader
    ("Early in his term, in June 1978 he and Soviet leader Leonid Brezhnev met in Vienna to sign SALT II.",
     "December 29, 2024", [(("vienna-1979",), "year", "June 1978")]),
    # a wrong place after the verb, before the meeting's year
    ("Carter and Brezhnev met in Geneva in 1979 and signed the SALT II treaty.", "December 29, 2024",
     [(("vienna-1979",), "place", "Geneva")]),
])
def test_the_meeting_clause_s_own_words_make_its_note(body, date, expected):
    assert _reads(body, date) == expected


@pytest.mark.parametrize("body, date", [
    # the next item of a list of meetings is no slip of the first
    ("The road ran through the meetings of Reagan and Gorbachev at Geneva in 1985 and at Reykjavik a year later.",
     "November 21, 2024"),
    # a place whose own meeting fits the phrase's other words: that gathering, not a slip
    ("The club said something else at Birmingham a decade ago, when Bill Clinton led the charge.", "July 10, 2008"),
    # "the year, after": the year of the sentence, then what came after, not "the year after"
    ("It was the pair's second get-together of the year, after the G-20 in Hamburg in July.", "November 10, 2017"),
])
def test_words_of_another_meeting_or_of_another_time_make_no_note(body, date):
    found = _found(body, date)
    assert [note for _entries, note, _says in _entries_and_notes(found)] == [None] * len(found)


@pytest.mark.parametrize("body, date, expected", [
    # what the leaders will do is a plan, not yet the meeting
    ("Biden and Putin will meet in Geneva tomorrow.", "June 15, 2021", []),
    ("GENEVA — Joe Biden and Vladimir Putin are to meet here on June 16 at the villa.", "June 9, 2021", []),
    ("Few surprises are in store when Carter and Brezhnev at last sit down in Vienna on June 15.",
     "June 4, 1979", []),
    # and the plan's words name no earlier meeting at that place either
    ("NEW YORK — Barack Obama and Vladimir Putin are to confront each other at the UN on Monday.",
     "September 25, 2015", []),
    # a noun names the event itself, set for its day
    ("Friday's summit in Alaska is stirring up anger.", "August 14, 2025", [("anchorage-2025",)]),
    ("Next week's meeting with Putin in Geneva should not be a rerun.", "June 9, 2021", [("geneva-2021",)]),
])
def test_a_meeting_still_to_come_is_named_by_its_noun_not_by_a_plan(body, date, expected):
    found = _found(body, date)
    assert [r.entries for r in found] == expected


def test_a_place_alone_names_a_meeting_still_to_come_only_beside_a_side_not_its_leaders():
    opening = "Friday's summit in Alaska is stirring up anger. "
    plan = _dated(opening + "Trump is to receive Putin at the air base in Anchorage.", "August 12, 2025")
    named = _dated(opening + "The U.S.'s humiliation in Alaska should be a wake-up call.", "August 12, 2025")
    assert [r.reference.text for r in build_article(plan).references()] == ["Friday's summit in Alaska"]
    assert [r.reference.text for r in build_article(named).references()][-1] == "Alaska"


@pytest.mark.parametrize("body, date, expected", [
    # the day is the anniversary's, not the meeting's
    ("The 30th anniversary of the Reykjavik summit falls this week.", "October 9, 2016", [("reykjavik-1986",)]),
    ("Rowan University will mark the 50th anniversary of the Hollybush Summit this Saturday.", "June 19, 2017",
     [("glassboro-1967",)]),
    # a meeting held at a commemoration keeps its day
    ("Obama and Putin met on Friday at the 70th anniversary of D-Day, at Benouville castle.", "June 7, 2014",
     [("benouville-2014",)]),
])
def test_an_anniversary_s_day_does_not_date_the_meeting(body, date, expected):
    found = _found(body, date)
    assert [r.entries for r in found] == expected


def test_a_place_inside_a_gathering_s_phrase_a_year_off_reads_two_ways():
    """"The G20 in Osaka in 2018": Buenos Aires 2018 misplaced, or Osaka 2019 misdated; no place note."""
    body = "It was their first talk since the G20 in Osaka in 2018."
    found = _found(body, "August 15, 2025")
    assert ("buenos-aires-2018",) not in [r.entries for r in found]
    assert "place" not in [field for _entries, field, _says in _entries_and_notes(found)]


@pytest.mark.parametrize("body, note", [
    ("In September 1959 Eisenhower was Khrushchev's guest at Camp David.", ("host", "Eisenhower was Khrushchev's guest")),
    ("In September 1959 Khrushchev was Eisenhower's guest at Camp David.", (None, None)),
])
def test_the_leader_whose_guest_the_other_was_is_the_host(body, note):
    found = _found(body, "June 1, 2009")
    assert _entries_and_notes(found) == [(("camp-david-1959",), *note)]


@pytest.mark.parametrize("second, expected", [
    ("The two presidents nonetheless talked informally on Saturday.", ["The two presidents nonetheless talked"]),
    ("Later the two leaders talked by telephone about Syria.", []),
])
def test_the_pair_meeting_again_is_the_meeting_in_focus_but_not_a_call(second, expected):
    body = "Trump and Putin met at the Asia-Pacific summit in Da Nang on Friday. " + second
    found = _found(body, "November 12, 2017")
    assert [r.text for r in found[1:]] == expected


@pytest.mark.parametrize("body, expected", [
    ("Earlier summits: Vienna, June 3-4, 1961 — John Kennedy and Nikita Khrushchev discuss a test ban. "
     "Moscow, May 1972 — Richard Nixon and Leonid Brezhnev sign agreements on health.",
     [(("vienna-1961",), None, None), (("moscow-1972",), None, None)]),
    # the item's head carries the place, and its region may be the slip
    ("Glassboro, Pa., June 23-25, 1967 — Lyndon Johnson and Alexei Kosygin meet but settle nothing.",
     [(("glassboro-1967",), "place", "Pa.")]),
])
def test_a_list_item_s_place_and_date_belong_to_the_leaders_after_its_dash(body, expected):
    found = _found(body, "October 1, 1986")
    assert _entries_and_notes(found) == expected


@pytest.mark.parametrize("body, date, expected", [
    # written on the Wednesday after: "met ... on Friday" is the Friday before
    ("Trump and Putin met in Anchorage on Friday.", "August 20, 2025", [("anchorage-2025",)]),
    # a plan keeps the weekday ahead
    ("Trump and Putin are due to meet in Anchorage on Friday.", "August 20, 2025", []),
])
def test_a_weekday_in_a_past_meeting_clause_may_be_the_one_before(body, date, expected):
    found = _found(body, date)
    assert [r.entries for r in found] == expected


@pytest.mark.parametrize("body, date, expected", [
    # a capital's possession is its government's: the meeting is the one the clause names
    ("Thirty years ago, after the revolutions that had emptied the map of Moscow's allies, George Bush "
     "and Mikhail Gorbachev met in Malta.", "December 2, 2019", [(("marsaxlokk-1989",), None, None)]),
    ("At Washington's request, Gorbachev and Reagan met in Geneva in 1985.", "December 5, 1987",
     [(("geneva-1985",), None, None)]),
    # the capital as a government's subject, even denying something, is no place
    ("Bush took Putin at his word that Moscow had not meddled in Ukraine's vote.", "March 1, 2006", []),
    # the city's own things are the city's
    ("Reagan and Gorbachev strolled through Moscow's streets in May 1988.", "June 2, 1988",
     [(("moscow-1988",), None, None)]),
])
def test_a_capital_standing_for_its_government_names_no_meeting_there(body, date, expected):
    assert _reads(body, date) == expected


def test_a_list_s_next_item_may_carry_its_owner_and_is_not_a_wrong_place():
    body = ("Their run of meetings has taken in a Slovenian castle, Bush's Texas ranch and the Camp David "
            "weekend of 2003.")
    found = _found(body, "April 7, 2008")
    assert all(r.note is None for r in found)
    assert ("kranj-2001",) in [r.entries for r in found]


@pytest.mark.parametrize("body, date", [
    # the year fits Hamburg's dinner and the place Buenos Aires: either may be the slip
    ("Later in 2017 the two talked over dinner at the G20 in Buenos Aires.", "August 15, 2025"),
    # the place and year fit Moscow's summit, the gathering London's: two meetings, no slip
    ("Obama went to Russia twice: for talks with Medvedev in Moscow in 2009 and for a G20 summit "
     "four years later.", "August 15, 2025"),
])
def test_a_place_that_reads_two_ways_with_a_gathering_makes_no_note(body, date):
    found = _found(body, date)
    assert all(r.note is None for r in found)
    assert ("hamburg-2017",) not in [r.entries for r in found]
    assert ("london-2009",) not in [r.entries for r in found]
    assert not any(r.resolved for r in found)  # "the two talked", at another place, is not the day's meeting


@pytest.mark.parametrize("body, date, expected", [
    # the pair's first meeting was Geneva 1985: the year agrees, Reykjavik is the slip
    ("Reagan and Gorbachev first met in Reykjavik in 1985.", "May 1, 2015", [(("geneva-1985",), "place", "Reykjavik")]),
    # "first summit" counts bilateral summits: Vancouver, April 1993
    ("Clinton's first summit with Yeltsin was in Moscow in April 1993.", "May 1, 2015",
     [(("vancouver-1993",), "place", "Moscow")]),
    # the order's noun said before it, the pair named later in the clause
    ("Years later Bush still spoke of their first encounter, in Slovakia in June 2001, where he said he had "
     "seen Putin's soul.", "May 1, 2015", [(("kranj-2001",), "place", "Slovakia")]),
])
def test_an_order_names_the_pair_s_meeting_and_its_slip(body, date, expected):
    assert _reads(body, date) == expected


@pytest.mark.parametrize("body, date, expected", [
    # counted in a place: their first meeting in Moscow, not their first meeting
    ("Reagan's first meeting with Gorbachev in Moscow came in May 1988.", "May 1, 2015", [(("moscow-1988",), None, None)]),
    # the place and the year both disagree with the order's meeting: the writer means Washington 1973
    ("Nixon first met Brezhnev in Washington in 1973.", "May 1, 2015", [(("washington-1973",), None, None)]),
    # the order agrees with what the words name
    ("Bush and Putin met for the first time in Slovenia in 2001.", "May 1, 2015", [(("kranj-2001",), None, None)]),
])
def test_an_order_the_words_do_not_fit_changes_nothing(body, date, expected):
    assert _reads(body, date) == expected


def test_his_talks_with_a_leader_the_record_lacks_is_a_leaders_note():
    body = ("Bill Clinton flew into Vancouver on Saturday and was taken straight to the university, where the "
            "mayor greeted him ahead of his first talks with {other}.")
    wrong = _found(body.format(other="Mikhail Gorbachev"), "April 5, 1993")
    right = _found(body.format(other="Boris Yeltsin"), "April 5, 1993")
    assert _entries_and_notes(wrong) == [(("vancouver-1993",), "leaders", "Mikhail Gorbachev")]
    assert _entries_and_notes(right) == [(("vancouver-1993",), None, None)]


@pytest.mark.parametrize("second, resolved", [
    ("After nearly five hours of talks, the two leaders issued a short statement.", ["nearly five hours of talks"]),
    ("Their negotiators, after three days of talks, issued a short statement.", []),  # not the leaders' talks
])
def test_how_long_the_talks_went_on_names_the_meeting_in_focus(second, resolved):
    body = "Reagan and Gorbachev met in Geneva on Tuesday. " + second
    found = _found(body, "November 20, 1985")
    assert [r.text for r in found if r.resolved] == resolved
    assert all(r.entries == ("geneva-1985",) for r in found)


def test_a_gathering_named_as_where_the_two_met_keeps_the_focus():
    body = ("Obama and Putin sat down for ninety minutes on Monday, their first real meeting in two years, on "
            "the margins of the General Assembly. Putin called the talks frank.")
    found = _found(body, "September 29, 2015")
    assert [(r.text, r.entries) for r in found if r.resolved][-1] == ("the talks", ("new-york-2015",))


@pytest.mark.parametrize("body, expected", [
    ("Trump and Putin talked again at the leaders' dinner in Hamburg on July 7, 2017, with only an interpreter.",
     [("hamburg-2017-dinner",)]),
    ("Trump and Putin held their formal meeting in Hamburg on July 7, 2017. At the dinner that evening they "
     "talked again.", [("hamburg-2017",), ("hamburg-2017-dinner",)]),
])
def test_a_word_only_one_meeting_of_the_day_has_picks_it(body, expected):
    found = _found(body, "July 20, 2017")
    assert [r.entries for r in found] == expected


@pytest.mark.parametrize("body, date", [
    # the year is the treaty's, not the meeting's
    ("Obama and Medvedev agreed on a successor to the START treaty of 1991 on Monday, after their first talks "
     "in the Kremlin.", "July 7, 2009"),
    # the meeting's month a year off: Washington's December 1987 misdated, or December 1988 misplaced
    ("Gorbachev remembered the Washington summit of December 1988 fondly.", "May 1, 2015"),
])
def test_a_year_that_may_be_another_thing_s_or_either_slip_makes_no_note(body, date):
    found = _found(body, date)
    assert found and all(r.note is None for r in found)


def test_a_meeting_noun_s_date_after_it_is_its_modifier():
    body = "At the Helsinki summit in March 1996, Yeltsin gave way on NATO's growth."
    found = _found(body, "May 1, 2015")
    assert _entries_and_notes(found) == [(("helsinki-1997",), "year", "March 1996")]


@pytest.mark.parametrize("body", ["The Geneva summit in 1995 was a success.",
                                  "The Moscow summit in 1990 was a success."])
def test_a_year_of_a_phrase_whose_place_disagrees_names_no_other_meeting_of_that_year(body):
    assert not list(build_article(_dated(body, "May 1, 2015")).references())


def test_a_journey_s_place_is_its_modifier():
    body = "Medvedev's June 2011 visit to Washington is remembered for the burgers."
    found = _found(body, "March 27, 2012")
    assert _entries_and_notes(found)[0] == (("washington-2010",), "year", "June 2011")
    body = "Richard Nixon's 1973 trip to Moscow made history."  # Moscow 1972's year, or Washington 1973's place
    assert not list(build_article(_dated(body, "May 1, 2015")).references())


@pytest.mark.parametrize("body, expected", [
    # a capital no meeting was held in, where the phrase puts the meeting: the place's slip
    ("Their first talks came on the sidelines of the G20 in Berlin in July 2017.",
     (("hamburg-2017",), "place", "Berlin")),
    # a venue with a catalogue city near it that is another meeting's
    ("After their talks at Bocharov Ruchei near Yalta in April 2008, Bush and Putin issued a declaration.",
     (("sochi-2008",), "place", "Yalta")),
])
def test_a_wrong_city_beside_the_meeting_s_own_words_is_a_place_note(body, expected):
    found = _found(body, "July 10, 2018")
    assert expected in _entries_and_notes(found)


def test_a_capital_beside_a_month_without_its_year_makes_no_note():
    body = "The G7 leaders agreed to hold their own summit in Brussels in June instead of travelling to the G8."
    found = _found(body, "March 25, 2014")
    assert all(r.note is None for r in found)


@pytest.mark.parametrize("head, expected", [
    ("Stockholm", (("helsinki-2018",), "place", "Stockholm")),
    ("Helsinki", (("helsinki-2018",), None, None)),
])
def test_a_caption_s_head_is_the_meeting_s_place(head, expected):
    body = f"{head}, July 16, 2018: Donald Trump and Vladimir Putin shake hands at the Presidential Palace."
    found = _found(body, "July 17, 2018")
    assert _entries_and_notes(found)[0] == expected


@pytest.mark.parametrize("body, date", [
    # a hall of the meeting's own city that the record does not list is no slip
    ("The day after he and Mikhail Gorbachev signed the treaty in the Kremlin's St. Vladimir Hall, Bush flew on.",
     "August 2, 1991"),
    # the next item of a list, and a run that turns to the next item
    ("Putin had sat down with Clinton twice before, in Auckland and in Oslo in 1999.", "June 5, 2000"),
    ("There were brief talks at Yanqi Lake outside Beijing in November 2014, and a few more a week later at the "
     "Brisbane G20.", "January 15, 2017"),
    # a vice president's meeting is not in the catalogue to compare with
    ("Biden says that as vice president he told Putin to his face in Moscow in 2011 that he had no soul.",
     "June 17, 2021"),
    # a list item's head dates its clause
    ("Camp David, February 1, 1992: Yeltsin, who had been in New York the day before, sat with Bush at the "
     "presidential retreat.", "July 20, 2000"),
])
def test_words_of_another_meeting_or_of_no_catalogued_one_make_no_note(body, date):
    assert ("new-york-1988",) not in _linked_without_notes(body, date)


@pytest.mark.parametrize("body, note", [
    ("At Camp David on February 1, 1992, Boris Yeltsin entertained George Bush.", "Boris Yeltsin entertained"),
    ("In Washington in June 2010 Medvedev treated Obama to cheeseburgers.", "Medvedev treated"),
    ("In Washington in June 2010 Medvedev treated Obama coldly.", None),  # no treat, no host
])
def test_entertaining_and_treating_the_other_are_hosting(body, note):
    found = _found(body, "May 1, 2015")
    assert [r.note.text_says if r.note else None for r in found] == [note]


def test_the_clause_s_own_day_before_its_leaders_is_its_date():
    body = "On April 8, 2009, Barack Obama and Dmitry Medvedev met at Prague Castle to sign New START."
    found = _found(body, "April 8, 2020")
    assert _entries_and_notes(found) == [(("prague-2010",), "year", "April 8, 2009")]


def test_a_wrong_partner_is_read_in_its_own_clause():
    body = ("Helsinki has seen this before: Ford and Brezhnev met there on the margins of the 1975 conference; and in "
            "March 1997 Bill Clinton, fresh from knee surgery, sat down with Vladimir Putin at the president's residence.")
    found = _found(body, "July 14, 2018")
    assert (("helsinki-1997",), "leaders", "Vladimir Putin") in _entries_and_notes(found)


@pytest.mark.parametrize("body, date", [
    # a hall of the meeting's city between its leaders and its date
    ("He stood between Nixon and Brezhnev in St. Vladimir Hall in May 1972.", "May 20, 2014"),
    # a president's administration is a time, not a party to a meeting
    ("He returned to the White House under George Bush in 1989, the year of the long review.", "August 9, 2020"),
    # a city's bombs are the city's
    ("In the week the London bombs went off, Bush and Putin still found time for a word.", "September 3, 2007"),
])
def test_more_words_of_something_else_make_no_note(body, date):
    assert ("london-1991",) not in _linked_without_notes(body, date)


@pytest.mark.parametrize("body, note", [
    ("In November 1985 Ronald Reagan welcomed Mikhail Gorbachev to the Villa Fleur d'Eau in Geneva.", None),
    ("In November 1985 Ronald Reagan hosted Mikhail Gorbachev in Geneva.", "Ronald Reagan hosted"),
])
def test_on_neutral_ground_only_hosting_the_summit_is_a_host_note(body, note):
    found = _found(body, "May 1, 2015")
    assert [r.note.text_says if r.note else None for r in found] == [note]


@pytest.mark.parametrize("second", ["The arms talks went on in Geneva for years.",
                                    "Back home the cabinet meeting ran late."])
def test_other_people_s_talks_are_not_the_meeting_in_focus(second):
    body = "Ford and Brezhnev met at Vladivostok on November 23, 1974. " + second
    found = _found(body, "May 1, 2015")
    assert not any(r.resolved for r in found)


def test_a_report_s_day_is_not_the_meeting_s():
    body = ("MOSCOW - Russian officials were pleased today with Obama's Kremlin talks with Dmitry Medvedev, which "
            "produced an outline for a new arms treaty.")
    found = _found(body, "July 8, 2009")
    assert all(r.note is None for r in found)


@pytest.mark.parametrize("body, date, says", [
    # a city the catalogue has no meeting in (cities.txt), named as where the meeting was
    ("Lyndon Johnson met Alexei Kosygin at Princeton in June 1967.", "July 1, 1967", "Princeton"),
    ("Ford and Brezhnev met in Khabarovsk in 1974.", "May 1, 2015", "Khabarovsk"),
])
def test_a_city_where_no_meeting_was_held_is_a_place_note(body, date, says):
    found = _found(body, date)
    assert [(r.note.field, r.note.text_says) for r in found if r.note] == [("place", says)]


@pytest.mark.parametrize("body", [
    "Ford and Brezhnev met in Vladivostok in 1974, and Brezhnev flew home by way of Khabarovsk.",
    "Johnson met Kosygin at Glassboro in 1967; Princeton's president sent a telegram.",
])
def test_a_city_that_belongs_to_something_else_makes_no_note(body):
    assert all(r.note is None for r in _found(body, "May 1, 2015"))


@pytest.mark.parametrize("body, note", [
    # the guest named right after the host word: the other side hosted
    ("In May 1972 he hosted Leonid Brezhnev and Premier Alexei Kosygin in Moscow.", "host"),
    ("On the second day of the Washington summit the Soviet leader played host to George Bush at Camp David.", "host"),
    # the guest's side as host agrees with the record
    ("In May 1972 he hosted Richard Nixon in Moscow.", None),
    # both sides the guests of a third: no side is said to host
    ("In May 1972 the city hosted Richard Nixon and Leonid Brezhnev in Moscow.", None),
    # a visitor's return dinner is his own
    ("Gorbachev hosted Bush at the Soviet Embassy during the Washington summit of June 1990.", None),
])
def test_a_host_word_s_guest_says_who_hosted(body, note):
    found = _found(body, "May 1, 2015")
    assert found and [r.note.field if r.note else None for r in found] == [note]


@pytest.mark.parametrize("second", ["Their phone conversation a week later was colder.",
                                    "The hotline talks that autumn went nowhere."])
def test_a_call_is_not_the_meeting_in_focus(second):
    body = "Clinton and Putin met in Oslo on November 2, 1999. " + second
    assert not any(r.resolved for r in _found(body, "December 1, 1999"))


@pytest.mark.parametrize("body, date", [
    # a clause of its own after a colon
    ("Others did the groundwork for the Vladivostok meeting: Andrei Gromyko called on Gerald Ford at the White House "
     "in September 1974.", "March 1, 2023"),
    # a return to the meeting's place is dated by the return
    ("Bush and Putin first met at Brdo Castle in June 2001. Bush came back to Brdo in June 2008 for another summit.",
     "April 16, 2015"),
    # the next item of a list, turned to by "and again"
    ("Bush and Putin held their Crawford summit in November 2001, met in Moscow and St. Petersburg in May 2002 and "
     "again days later at Pratica di Mare near Rome, when the NATO-Russia Council was born.", "June 1, 2003"),
    # a month without its year is the reader's guess, never a slip against a named place
    ("Obama met Medvedev at APEC in Singapore in November.", "November 14, 2010"),
])
def test_words_of_another_clause_or_time_make_no_note(body, date):
    assert all(r.note is None for r in _found(body, date))


@pytest.mark.parametrize("second, resolved", [
    ("Tony Abbott, the summit's host, had hoped to keep the agenda on growth.", False),
    ("The gathering closed with a statement on jobs.", False),
    ("Their meeting lasted twenty minutes.", True),
])
def test_at_a_gathering_the_summit_is_the_gathering_itself(second, resolved):
    body = "Obama and Putin spoke on the sidelines of the G20 in Brisbane on November 15, 2014. " + second
    found = _found(body, "November 16, 2014")
    assert any(r.resolved for r in found) is resolved


@pytest.mark.parametrize("verb", ["crossed paths", "got together", "chatted"])
def test_more_verbs_say_the_two_met(verb):
    body = f"Trump and Putin {verb} in Paris on November 11, 2018."
    assert ("paris-2018",) in [r.entries for r in _found(body, "August 9, 2025")]


@pytest.mark.parametrize("body, says", [
    ("Bush first met Putin at Brdo Castle in Croatia in June 2001.", "Croatia"),
    ("Bush first met Putin at Brdo Castle in Slovenia in June 2001.", None),
    ("Bush first met Putin at Brdo Castle in June 2001, and in Croatia's view the talks went well.", None),
])
def test_a_region_after_in_is_read_like_one_after_a_comma(body, says):
    found = _found(body, "May 1, 2015")
    assert found and [r.note.text_says for r in found if r.note] == ([says] if says else [])


@pytest.mark.parametrize("body, linked", [
    ("Their summit followed in Helsinki on July 16, 2018, first alone and then with delegations.", True),
    ("Delegations held talks in Helsinki on July 16, 2018.", False),
])
def test_delegations_beside_the_leaders_meeting_do_not_take_its_place(body, linked):
    assert (("helsinki-2018",) in [r.entries for r in _found(body, "August 9, 2025")]) is linked


def test_the_two_alone_name_the_pair_in_focus():
    body = "Bush and Putin met at Brdo Castle on June 16, 2001. Afterwards the two talked alone for an hour."
    found = _found(body, "June 20, 2001")
    assert [r.entries for r in found if r.resolved] == [("kranj-2001",)]


def test_a_name_in_an_aside_about_someone_else_is_no_party():
    body = ("Clinton, who had got on famously with Yeltsin, found the new man cold but capable when they first met at "
            "the Auckland APEC meeting in September 1999.")
    assert all(r.note is None for r in _found(body, "May 12, 2024"))


@pytest.mark.parametrize("body", [
    "In 1997 Bill Clinton and Boris Yeltsin agreed to disagree over NATO enlargement in Helsinki.",
    "In March 1997 Clinton and Yeltsin argued about NATO in the Finnish capital.",
])
def test_an_organisation_talked_about_is_not_the_gathering(body):
    assert [r.entries for r in _found(body, "May 1, 2015")] == [("helsinki-1997",)]


@pytest.mark.parametrize("body, date, entry", [
    ("Wednesday's meeting in Geneva came with a longer list of grievances than the one Bill Clinton carried to "
     "Boris Yeltsin at the Kremlin in May 1995.", "June 17, 2021", "geneva-2021"),
    ("The July 16 meeting in Helsinki was the first full summit in years: the previous one had taken Barack Obama "
     "to Prague Castle in April 2010 to sign New START with Dmitry Medvedev.", "July 25, 2018", "helsinki-2018"),
])
def test_a_meeting_named_whole_by_its_day_and_place_is_not_another_pair_s(body, date, entry):
    linked = _linked_without_notes(body, date)
    assert linked[0] == (entry,) and len(set(linked)) == 2


@pytest.mark.parametrize("body, date, entries", [
    ("Friday's meeting in Osaka was Trump's first formal one with Putin since Helsinki.", "June 29, 2019",
     [("osaka-2019",), ("helsinki-2018",)]),
    ("The Washington Summit of December 1987 was the third meeting of Reagan and Gorbachev, after Geneva and "
     "Reykjavik.", "January 1, 2020", [("washington-1987",), ("geneva-1985",), ("reykjavik-1986",)]),
    ("The Geneva meeting of November 1985 was the first of five Reagan-Gorbachev summits, which went on to "
     "Reykjavik, Washington and Moscow.", "November 21, 2015",
     [("geneva-1985",), ("reykjavik-1986",), ("washington-1987",), ("moscow-1988",)]),
])
def test_a_place_after_a_word_of_time_or_in_a_list_stands_for_the_pair_s_meeting_there(body, date, entries):
    assert _linked_without_notes(body, date) == entries


def test_a_place_of_the_pair_s_list_is_not_the_meeting_of_a_gathering_named_with_it():
    body = ("Their last meeting as presidents came at Sochi in April 2008, straight after a NATO summit in Bucharest "
            "that promised Ukraine eventual membership, with Bush and Putin both there.")
    assert _linked_without_notes(body, "August 16, 2025") == [("sochi-2008",)]


@pytest.mark.parametrize("body, date, entry", [
    ("The Vladivostok meeting of November 23-24, 1974, brought Gerald Ford face to face with Leonid Brezhnev.",
     "November 23, 2023", "vladivostok-1974"),
    ("Geneva, 19–21 November 1985: Reagan and Gorbachev meet for the first time.", "May 1, 2015", "geneva-1985"),
    ("Reagan and Gorbachev met on Oct. 11-12 in Reykjavik.", "October 20, 1986", "reykjavik-1986"),
])
def test_a_span_of_days_dates_the_meeting_in_its_own_year_or_the_nearest(body, date, entry):
    assert _linked_without_notes(body, date) == [(entry,)]


def test_a_span_of_days_is_one_time_not_a_day_of_the_article_s_year_and_a_year():
    body = "The Vladivostok meeting of November 23-24, 1974, brought Richard Nixon face to face with Leonid Brezhnev."
    [found] = _found(body, "November 23, 2023")
    assert (found.entries, found.note.field, found.note.text_says) == (("vladivostok-1974",), "leaders", "Richard Nixon")


def test_the_place_the_clause_puts_the_leaders_in_outweighs_a_year_alone():
    body = ("Back in 1972, Richard Nixon handed Leonid Brezhnev the keys to a new Lincoln Continental at Camp David, "
            "and then made the mistake of getting in beside him.")
    assert _entries_and_notes(_found(body, "February 4, 2014")) == [(("washington-1973",), "year", "1972")]


def test_a_place_of_other_meetings_the_clause_speaks_of_leaves_the_year_s_meeting_alone():
    body = ("The weekend in October 1986 that Reagan and Gorbachev spent in a former British consulate was meant "
            "only to prepare the ground for bigger summits in Washington and Moscow.")
    assert ("reykjavik-1986",) in _linked_without_notes(body, "October 25, 2018")


@pytest.mark.parametrize("body, date, entry", [
    ("NEW YORK - Bill Clinton and Boris Yeltsin made a show yesterday of agreement on Bosnia, after their talks and a "
     "lunch at Hyde Park.", "October 24, 1995", "hyde-park-1995"),
    ("ANTALYA - On Sunday, between sessions of the G20 summit that Turkey is hosting in Antalya, U.S. President "
     "Barack Obama and Russian President Vladimir Putin talked one-on-one at length.", "November 15, 2015",
     "antalya-2015"),
    ("MOSCOW (Reuters) – Presidents Bill Clinton and Boris Yeltsin sat down in the Kremlin on Wednesday.",
     "May 11, 1995", "moscow-1995"),
])
def test_a_dateline_set_off_by_a_spaced_dash_is_where_the_report_was_filed_not_a_slip(body, date, entry):
    assert (entry,) in _linked_without_notes(body, date)


def test_the_next_meeting_after_and_again_lends_no_word_to_the_first():
    body = "Gerald Ford met Brezhnev at Vladivostok in 1975 and again at Helsinki."
    assert _linked_without_notes(body, "January 15, 2002") == [("vladivostok-1974",), ("helsinki-1975",)]


@pytest.mark.parametrize("body", [
    "WASHINGTON, June 18 (AP) — Leonid Brezhnev was welcomed to the White House lawn this morning with a salute.",
    "In June 1973 Brezhnev was hosted at the White House and at San Clemente.",
])
def test_a_leader_welcomed_or_hosted_is_the_guest_not_the_host(body):
    assert all(r.note is None for r in _found(body, "June 19, 1973"))


def test_a_capital_a_meeting_taught_is_its_government_not_the_next_meeting_s_place():
    body = "The Geneva encounter and the one at Reykjavik a year later taught Moscow it had less to fear."
    assert all(r.note is None and r.entries != ("moscow-1991",) for r in _found(body, "November 1, 2016"))


@pytest.mark.parametrize("body, linked", [
    ("Their meeting at Vladivostok in 1974 went better than either delegation had dared to hope.",
     [("vladivostok-1974",)]),
    ("The cue cards he carried into his 1985 meeting with the new Soviet foreign minister are on show.", []),
])
def test_others_named_after_the_meeting_make_it_theirs_only_as_its_other_party(body, linked):
    assert [r.entries for r in _found(body, "July 17, 2018") if not r.resolved] == linked


@pytest.mark.parametrize("after, linked", [
    ("A reporter who covered the Reagan-Gorbachev talks still recalls the mood.", True),
    ("That Soviet-American summit ended with a joint statement.", True),
    ("Reagan's talks with Soviet leader Mikhail Gorbachev ran past midnight.", True),
    ("The Nixon-Brezhnev talks had been colder.", False),  # other leaders: not the meeting in focus
    ("Reagan's talks with Margaret Thatcher came a week later.", False),  # one side only
])
def test_the_two_leaders_or_sides_joined_before_a_meeting_noun_name_the_meeting_in_focus(after, linked):
    body = "Reagan and Gorbachev first met in Geneva in November 1985. " + after
    resolved = [r.entries for r in _found(body, "November 20, 2015") if r.resolved]
    assert resolved == ([("geneva-1985",)] if linked else [])


def test_a_meeting_a_sentence_opens_by_comparing_with_does_not_take_the_focus():
    body = ("Bush and Putin met in Bratislava on 24 February 2005. Just as with Wednesday's meeting of Biden "
            "and Putin in Geneva, that Russian-American summit closed a European tour.")
    found = _found(body, "June 14, 2021")
    assert [r.entries for r in found if r.resolved] == [("bratislava-2005",)]


def test_a_meeting_noun_then_where_it_was_staged_is_the_meeting_named_there():
    body = ("Ford first met Brezhnev at Vladivostok in November 1974. The goodwill led to the first "
            "Soviet-U.S. summit ever staged in the Finnish capital, in 1975.")
    assert [r.entries for r in _found(body, "July 15, 2018")][-1:] == [("helsinki-1975",)]
    assert ("vladivostok-1974",) not in [r.entries for r in _found(body, "July 15, 2018") if r.resolved]


@pytest.mark.parametrize("body, date, meant", [
    # the leaders named before "their talks" are another pair: not the topic meeting of that week
    ("Ten years ago today Gerald Ford and Leonid Brezhnev wound up their talks outside Vladivostok.",
     "November 24, 1984", None),
    # named after a meeting they were not at: the talks are the latest meeting they were at
    ("Biden and Putin met at the Villa La Grange yesterday, years after Reagan and Gorbachev's fireside "
     "talk across the water at Fleur d'Eau. Putin called the talks constructive.", "June 17, 2021", "geneva-2021"),
    # "their talks" with no leader in its sentence: the pair the sentence before named
    ("Yeltsin was frail when he flew in that March, and Clinton had torn a tendon in Florida days before. "
     "Their talks on the 21st still produced a framework.", "July 13, 2018", None),
    # a leader named for a time, not as a party: "the Obama years"
    ("Reagan and Gorbachev met at Reykjavik in October 1986. The author is at his best on the aftermath of the "
     "talks, and weakest on the Obama years.", "July 1, 2019", "reykjavik-1986"),
])
def test_the_leaders_a_sentence_names_keep_the_meeting_theirs_in_focus(body, date, meant):
    resolved = [r.entries for r in _found(body, date) if r.resolved]
    assert resolved == ([(meant,)] if meant else [])


@pytest.mark.parametrize("body, entry", [
    ("History counsels patience. The gathering in the small New Jersey town of Glassboro in June 1967, held "
     "because Kosygin happened to be at the United Nations, opened the road to later treaties.", "glassboro-1967"),
    ("Kennedy sat across from Khrushchev in the Austrian capital in 1961. The bruising session between Trump "
     "and Putin in the Finnish capital three years ago is the other exhibit.", "helsinki-2018"),
])
def test_a_meeting_noun_run_on_by_a_preposition_to_a_named_meeting_is_that_meeting(body, entry):
    assert [r.entries for r in _found(body, "June 16, 2021") if r.resolved] == [(entry,)]


def test_their_own_summit_is_other_leaders_meeting():
    body = ("Obama and Putin met at Lough Erne in June 2013. The G7 leaders agreed to hold their own summit "
            "in Brussels instead.")
    assert not [r for r in _found(body, "March 25, 2014") if r.resolved]


@pytest.mark.parametrize("body, note", [
    ("In April 2010 Obama and Medvedev signed New START at their summit in Vienna.", ("place", "Vienna")),
    ("In April 2010 Obama and Medvedev signed New START at their summit in Prague.", None),
])
def test_the_place_of_the_meeting_the_two_did_something_at_is_the_clause_s_own(body, note):
    found = [r for r in _found(body, "April 8, 2020") if not r.resolved]
    assert [r.entries for r in found] == [("prague-2010",)]
    assert (found[0].note and (found[0].note.field, found[0].note.text_says)) == note


@pytest.mark.parametrize("after", [
    "On Saturday the two leaders signed a ten-year agreement.",
    "The next day the two leaders exchanged the instruments of ratification.",
    "Later the two presidents went off for a private talk.",
    "The two shook hands and talked briefly.",
])
def test_the_two_leaders_doing_what_leaders_do_at_a_meeting_is_the_meeting_in_focus(after):
    body = "Nixon and Brezhnev met in Moscow in June 1974. " + after
    assert [r.entries for r in _found(body, "July 10, 1974") if r.resolved] == [("moscow-1974",)]


def test_the_two_leaders_agreeing_is_not_by_itself_a_meeting():
    body = "Nixon and Brezhnev met in Moscow in June 1974. Months later the two agreed that talks should go on."
    assert not [r for r in _found(body, "December 10, 1974") if r.resolved]


@pytest.mark.parametrize("after, linked", [
    ("They met again on the Sunday.", True),
    ("On the second day they sat down alone for an hour.", True),
    ("They met once more, in another city, the next year.", False),  # another meeting
])
def test_they_met_after_the_two_leaders_were_named_is_the_meeting_in_focus(after, linked):
    body = "Johnson and Kosygin met at Glassboro on June 23, 1967. " + after
    assert [r.entries for r in _found(body, "June 30, 1967") if r.resolved] == ([("glassboro-1967",)] if linked else [])


def test_they_met_after_others_were_named_is_not_the_meeting_in_focus():
    body = "Johnson and Kosygin met at Glassboro on June 23, 1967. Later Nixon and Pompidou were named; they met in 1973."
    assert not [r for r in _found(body, "June 30, 1974") if r.resolved]


def test_a_month_without_its_year_may_be_the_paragraph_s_year():
    body = "In 2009 the reset began. Obama and Medvedev met at the UN General Assembly in September."
    assert [r.entries for r in _found(body, "June 1, 2014")] == [("new-york-2009",)]
    assert all(r.note is None for r in _found(body, "June 1, 2014"))


@pytest.mark.parametrize("body, entry, host_note", [
    ("In June 1990 the Soviet leader played host to George Bush at Camp David.", "washington-1990", True),
    ("On December 10, 1987 Reagan received Gorbachev again at the White House.", "washington-1987", False),
])
def test_playing_host_and_receiving_are_words_of_a_meeting(body, entry, host_note):
    found = [r for r in _found(body, "June 1, 2010") if not r.resolved]
    assert [r.entries for r in found] == [(entry,)]
    assert [r.note.field for r in found if r.note] == (["host"] if host_note else [])


@pytest.mark.parametrize("body, linked", [
    ("Trump and Putin met for two hours, had lunch and then gave a press conference.", True),
    ("Before the 2016 election, Trump and Putin met for two hours.", False),  # another time
    ("Obama and Putin met for two hours.", False),  # not the leaders of the meeting in focus
])
def test_the_two_leaders_named_as_they_meet_are_the_meeting_in_focus(body, linked):
    found = [r.entries for r in _found(body, "July 16, 2018") if r.resolved]
    assert (("helsinki-2018",) in found) == linked


def test_a_meeting_noun_then_where_it_was_held_is_the_meeting_named_there():
    body = ("ANCHORAGE — Today's talks are the first between Trump and Putin in six years. The two met several times "
            "before, but their only full-scale summit was held in Helsinki in July 2018.")
    found = [r for r in _found(body, "August 15, 2025") if r.resolved and r.text.startswith("their only")]
    assert [r.entries for r in found] == [("helsinki-2018",)]


@pytest.mark.parametrize("body, date", [
    # the two named met in the place the clause names, in another year: that meeting misdated, or a wrong leader
    ("When Barack Obama and Dmitry Medvedev met at the close of the 2008 APEC gathering in Singapore, they "
     "promised a treaty.", "February 1, 2010"),
    # the leader named was at a meeting in the days of the article, which the clause gives no time
    ("A day after the Reykjavik summit with Vladimir Putin, the president tried to walk back his words.",
     "July 18, 2018"),
    # where a leader travelled, not where the two met
    ("On the flight from Danang to Hanoi on Saturday, Trump told reporters that Putin had assured him again, "
     "in their brief exchanges at the summit, that Russia had not meddled.", "November 12, 2017"),
    # a journey's end, then the meeting with its own place
    ("Kosygin flew into New York in June 1967 and later met Lyndon Johnson at a small college in Glassboro.",
     "June 1, 2017"),
])
def test_a_word_the_record_contradicts_is_no_note_when_another_word_may_be_the_wrong_one(body, date):
    assert all(r.note is None for r in _found(body, date))


@pytest.mark.parametrize("body, date, note", [
    ("Twenty-five years ago today, Ronald Reagan and Mikhail Gorbachev closed a three-day summit in Washington.",
     "June 3, 2015", ("leaders", "Ronald Reagan")),
    ("The commission that George Bush and Boris Yeltsin set up at their April 1993 summit in Vancouver met often.",
     "November 4, 2010", ("leaders", "Bush")),
])
def test_a_wrong_leader_beside_a_place_and_time_that_fit_one_meeting_is_still_noted(body, date, note):
    assert [(r.note.field, r.note.text_says) for r in _found(body, date) if r.note] == [note]


def test_a_meeting_someone_called_off_is_not_a_reference():
    body = "Unlike the Singapore meeting Trump called off yesterday, the Reykjavik summit of 1986 went ahead."
    assert [r.entries for r in _found(body, "May 25, 2018")] == [("reykjavik-1986",)]


def test_the_singapore_meeting_of_2009_is_named_by_its_city():
    assert [r.entries for r in _found("Obama and Medvedev met at APEC in Singapore in November 2009.",
                                      "December 1, 2009")] == [("singapore-2009",)]


def test_a_paragraph_naming_another_pair_before_any_meeting_is_not_about_the_meeting_of_the_day():
    text = ("# Biden and Putin meet in Geneva\n\nBy A Writer\n\nJune 14, 2021\n\nBiden and Putin meet in Geneva on "
            "Wednesday.\n\nPhoto: Reagan and Gorbachev in armchairs by a fire. The picture of the pair "
            "became the defining image of the summit.\n")
    second = [r.reference for r in build_article(text).references() if r.block.kind == "paragraph"][1:]
    assert ("geneva-2021",) not in [r.entries for r in second if r.resolved]


def test_talks_with_a_leader_not_at_the_meeting_in_focus_are_not_that_meeting():
    body = ("Brezhnev and Ford meet near Vladivostok on November 23 and 24, 1974. The subject was left unfinished "
            "at the general secretary's talks with Richard Nixon in the summer.")
    assert not [r for r in _found(body, "November 25, 1974") if r.resolved and r.entries == ("vladivostok-1974",)
                and "general secretary" in r.text]


@pytest.mark.parametrize("body", [
    "Reagan and Gorbachev talked by the fire at the summit in Geneva, held from November 19 to 21, 1985.",
    "Kennedy and Khrushchev had their encounter in the Austrian capital on June 3 and 4, 1961.",
])
def test_days_joined_by_to_or_and_are_one_span(body):
    found = _found(body, "June 17, 2021")
    assert len(found) == 1 and found[0].entries in (("geneva-1985",), ("vienna-1961",)) and found[0].note is None


@pytest.mark.parametrize("body, host_note", [
    ("In 1974, Nixon's hosts at Oreanda could see how little authority their guest had left.", False),
    ("In 1974, Brezhnev's hosts at Oreanda could see how little authority their guest had left.", True),
])
def test_a_leader_s_hosts_were_the_other_side(body, host_note):
    found = _found(body, "January 1, 2010")
    assert [r.entries for r in found] == [("moscow-1974",)]
    assert [r.note.field for r in found if r.note] == (["host"] if host_note else [])


@pytest.mark.parametrize("when", ["of 2017", "of July 2017"])  # found with a year note, or not found
def test_a_leader_named_in_another_meeting_s_clause_is_no_note_on_the_first(when):
    body = (f"Whatever Wednesday's summit in Geneva brings, it can hardly go worse than the Helsinki summit {when}, "
            "when Donald Trump stood next to Vladimir Putin.")
    found = _found(body, "June 14, 2021")
    assert [r.note for r in found if r.entries == ("geneva-2021",)] == [None]


@pytest.mark.parametrize("town, note", [("Yalta", ("place", "Yalta")), ("Sochi", None)])
def test_a_venue_described_then_its_town_is_the_meeting_s_place(town, note):
    body = f"Bush and Putin ended their last summit as presidents on Sunday at the Russian leader's dacha in {town}."
    found = _found(body, "April 8, 2008")
    assert [(r.entries, r.note and (r.note.field, r.note.text_says)) for r in found] == [(("sochi-2008",), note)]


def test_a_country_s_capital_is_its_capital_city():
    body = "Bush and Gorbachev sat down together in Spain's capital, before the peace conference opened."
    assert [r.entries for r in _found(body, "March 1, 2019")] == [("madrid-1991",)]


def test_hours_or_days_spent_with_the_other_leader_are_a_meeting():
    body = ("Decades later, the Swiss city played host again on Wednesday. Biden and Putin spent under four hours "
            "together in the library of Villa La Grange, less than planned.")
    assert [r.entries for r in _found(body, "June 17, 2021")] == [("geneva-2021",)] * 2


def test_a_phrase_that_fits_more_than_three_meetings_is_no_reference():
    body = "Since then the talks have gone through envoys: Steve Witkoff has flown several times to see Putin in Moscow."
    assert _found(body, "November 20, 2025") == []
    several = "The Clinton-Yeltsin meetings in 1994 and 1995 mattered."  # a plural names several
    assert len([e for r in _found(several, "November 20, 2025") for e in r.entries]) == 4


def test_a_phrase_fitting_several_meetings_after_a_leader_at_none_of_them_is_no_reference():
    body = "Kosygin flew to New York for an emergency session of the UN General Assembly."
    assert _found(body, "January 1, 2019") == []


@pytest.mark.parametrize("body", [
    "Few remember Johnson's talks with Kosygin at a small New Jersey college in 1967. Where the meeting that "
    "opened in Helsinki this morning ends up is anybody's guess.",
    "Bill Clinton and Boris Yeltsin first met as presidents in Vancouver in April 1993. The two went on to meet "
    "many times. Their final meeting as presidents was in Istanbul.",
])
def test_the_meeting_run_on_to_another_place_is_not_the_one_in_focus(body):
    found = _found(body, "July 16, 2018")
    assert not any(r.resolved and r.entries in (("glassboro-1967",), ("vancouver-1993",)) for r in found)


def test_a_list_item_s_place_is_no_note_on_the_next_item():
    body = ("Obama and Medvedev met often that year: in London on April 1, at the Kremlin in July, briefly at the "
            "L'Aquila G8 days later, and in New York in September.")
    assert all(r.note is None for r in _found(body, "December 31, 2009"))


@pytest.mark.parametrize("guest, host, note", [("Trump", "Putin", True), ("Putin", "Trump", False)])
def test_a_leader_who_arrived_as_the_other_s_guest_was_not_the_host(guest, host, note):
    body = f"On Friday {guest} flew in as {host}'s guest for the summit in Anchorage."
    found = _found(body, "August 18, 2025")
    assert [(r.entries, bool(r.note)) for r in found] == [(("anchorage-2025",), note)]


def test_two_leaders_stood_chatting_is_a_meeting():
    body = ("Little is left of the mood of November 20, when Donald Trump and Putin stood chatting for four minutes "
            "at the edge of the APEC table in Lima.")
    assert [(r.entries, r.note and r.note.field) for r in _found(body, "December 30, 2016")] == [
        (("lima-2016",), "leaders")]


def test_a_dated_meeting_then_when_and_what_happened_is_one_meeting():
    body = ("Reagan liked to tell the story of his December 1987 summit, when Brezhnev came to Washington and "
            "signed away a class of missiles.")
    found = _found(body, "June 7, 2004")
    assert [(r.entries, r.note and (r.note.field, r.note.text_says)) for r in found] == [
        (("washington-1987",), ("leaders", "Brezhnev"))]


@pytest.mark.parametrize("body, date", [
    ("Trump met with Putin by phone from Helsinki in 2019.", "August 1, 2018"),  # a call
    ("Bush and Gorbachev met about Germany in Moscow in 1990.", "June 5, 1990"),  # Bush is wrong for 1988 too
])
def test_no_year_or_place_note_where_the_clause_tells_of_a_call_or_pairs_a_stranger(body, date):
    assert all(r.note is None for r in _found(body, date))


def test_a_leader_who_greeted_his_guest_was_the_host():
    body = "At the weekend's Camp David talks, where Putin greeted his guest with a bear hug, the two agreed on Iran."
    found = _found(body, "September 28, 2003")
    assert [(r.entries, r.note and (r.note.field, r.note.text_says)) for r in found] == [
        (("camp-david-2003",), ("host", "Putin greeted his guest"))]


@pytest.mark.parametrize("body, entry", [
    ("The 1955 Geneva summit gave the world a brief spirit of Geneva.", "geneva-1955"),
    ("The 1960 Paris summit fell apart over the U-2 on its first day.", "paris-1960"),
])
def test_a_four_power_summit_named_alone_is_the_leaders_meeting(body, entry):
    assert [r.entries for r in _found(body, "July 21, 1995")] == [(entry,)]


def test_a_gathering_named_alone_is_still_not_the_two_leaders_meeting():
    assert _found("The 2017 G20 summit in Hamburg was marred by riots.", "July 21, 2019") == []


def test_a_sentence_opening_on_an_anniversary_names_no_meeting_of_another_year():
    body = ("Twenty years ago this weekend, with the ruble in ruins, Bill Clinton flew into Moscow for Vladimir "
            "Putin's Kremlin summit.")
    assert ("moscow-2000",) not in [r.entries for r in _found(body, "September 1, 2018")]
    later = ("Thirty years ago this week Bush and Gorbachev met in Washington, six months after their "
             "stormy meeting off Malta.")  # a phrase the sentence moves to another time keeps its meeting
    assert ("marsaxlokk-1989",) in [r.entries for r in _found(later, "June 2, 2020")]


@pytest.mark.parametrize("body", [
    "In 1974 Gerald Ford and Leonid Brezhnev held a summit in Khabarovsk.",  # the place ends the sentence
    "On November 23-24, 1974, Gerald Ford and Leonid Brezhnev held their historic meeting in Khabarovsk.",
])
def test_a_place_no_meeting_was_held_in_makes_the_clause_s_place_note(body):
    notes = [(r.entries, r.note and (r.note.field, r.note.text_says)) for r in _found(body, "November 23, 2024")]
    assert notes == [(("vladivostok-1974",), ("place", "Khabarovsk"))]


def test_a_timeline_s_year_head_dates_the_days_its_item_names():
    body = ("1972 — From May 22 to May 30 Richard Nixon and Leonid Brezhnev held the Moscow Summit, three "
            "months after the handshake in Beijing.")
    assert [r.entries for r in _found(body, "February 3, 2025")] == [("moscow-1972",)]
    unheaded = "From May 22 to May 30 Richard Nixon and Leonid Brezhnev held the Moscow Summit."
    assert [r.entries for r in _found(unheaded, "February 3, 2025")] == []  # which May is not said


@pytest.mark.parametrize("body, date", [
    ("A day after the Reykjavik summit with Vladimir Putin, the president tried to walk back his words.", "July 18, 2018"),
    ("Commentators set the day beside the summits of Soviet times and the 2018 Trump-Putin meeting in Oslo.",
     "June 18, 2021"),
])
def test_a_phrase_naming_a_leader_its_meeting_lacked_links_nothing(body, date):
    assert not any(r.note is None and r.entries in {("reykjavik-1986",), ("oslo-1999",)} for r in _found(body, date))


def test_leaders_meeting_on_the_article_s_day_name_that_day_s_meeting():
    body = "Earlier in the day Obama met Dmitry Medvedev and teased him about an aloha shirt."
    assert [r.entries for r in _found(body, "November 12, 2011")] == [("honolulu-2011",)]
    assert _found(body, "November 30, 2011") == []  # weeks later the day is not said
    assert _found("Obama and Medvedev have met many times.", "November 12, 2011") == []


def test_a_place_and_its_year_name_a_meeting_in_a_paragraph_about_meetings():
    about = ("Few diplomats saw as many summits from the inside. Dobrynin stood beside Brezhnev in 1972, and "
             "sat at the table in Reykjavik in 1986.")
    assert ("reykjavik-1986",) in [r.entries for r in _found(about, "April 16, 2010")]
    elsewhere = "Few diplomats travelled so much. Dobrynin sat at a table in Reykjavik in 1986."
    assert _found(elsewhere, "April 16, 2010") == []  # no word of a meeting in the paragraph


def test_a_phrase_with_a_note_and_a_second_wrong_time_links_nothing():
    body = ("The summit conversations were many. Among them is Thatcher's verdict on Gorbachev, delivered to "
            "Reagan at Camp David in December 1984.")
    assert not any(r.note is not None for r in _found(body, "January 23, 2017"))
    assert ("washington-1990",) not in [r.entries for r in _found(body, "January 23, 2017") if not r.resolved]


def test_a_phrase_that_dates_its_meeting_rightly_makes_no_year_note_from_another_year():
    body = ("Höfði House, a timber building of 1909 on the Reykjavík waterfront, owes its fame to the two days in "
            "October 1986 when Ronald Reagan and Mikhail Gorbachev negotiated there.")
    found = _found(body, "March 1, 2024")
    assert [r.entries for r in found] == [("reykjavik-1986",)]
    assert all(r.note is None for r in found)


def test_ministers_in_one_item_of_a_list_leave_the_other_items_their_meetings():
    body = ("The Geneva conference of foreign ministers in 1959, the Paris summit of May 1960 and the Vienna "
            "summit of June 1961 all failed over Berlin.")
    assert [r.entries for r in _found(body, "November 20, 2023")] == [("paris-1960",), ("vienna-1961",)]
    assert _found("The foreign ministers met in Geneva in 1985.", "November 20, 2023") == []


def test_a_place_and_its_date_heading_a_paragraph_about_a_meeting_name_it():
    body = "Paris, May 1960. Eisenhower refused Khrushchev's demand for an apology, and the meeting broke up."
    assert ("paris-1960",) in [r.entries for r in _found(body, "January 15, 2024") if not r.resolved]


def test_the_place_a_clause_opens_with_keeps_its_time_from_another_city_s_meeting():
    body = "London in mid-July 1991, as might have been predicted, let Gorbachev down at the summit."
    assert ("moscow-1991",) not in [r.entries for r in _found(body, "June 1, 2017")]


@pytest.mark.parametrize("body, date, says", [
    ("Photo: Donald Trump and Vladimir Putin at their talks in Helsinki, Finland, on July 16, 2017.", "July 17, 2018",
     "July 16, 2017"),
    ("A photograph of Reagan, Vice President Bush and Gorbachev at the Governors Island meeting in New York harbor, "
     "December 1987.", "May 1, 2021", "December 1987"),
    ("White House transcripts from the 2008 'lobster summit' in Kennebunkport, when Bush and Putin went out fishing.",
     "January 15, 2012", "2008"),
])
def test_a_place_s_date_after_a_comma_and_a_quoted_name_s_year_make_the_year_note(body, date, says):
    notes = [(r.note.field, r.note.text_says) for r in _found(body, date) if r.note is not None]
    assert notes == [("year", says)]


def test_a_host_word_in_the_present_tense_makes_the_host_note():
    body = "April 6: Bush welcomes Putin to the Black Sea resort of Sochi, April 6, 2008, for their last meeting."
    notes = [(r.note.field, r.note.text_says) for r in _found(body, "May 1, 2008") if r.note is not None]
    assert notes == [("host", "Bush welcomes")]


def test_leaders_who_lunched_or_dined_together_met():
    body = "He had dined with Dmitry Medvedev on Monday and lunched with him on Tuesday."
    assert [r.entries for r in _found(body, "July 8, 2009")] == [("moscow-2009",)]


def test_a_year_later_counts_from_the_year_the_clause_named_before_it():
    body = ("On December 8, 1987, Gorbachev and Reagan signed the treaty at the White House. Their earlier meetings, "
            "in Geneva in 1985 and in Reykjavik a year later, had yielded no agreement.")
    assert ("reykjavik-1986",) in [r.entries for r in _found(body, "December 7, 2012")]


def test_a_place_s_meeting_is_told_apart_by_the_pair_the_paragraph_names_later():
    body = ("O'Donnell's summing-up of the Vienna meeting was that it ended in flat disagreement on Berlin. "
            "Khrushchev later sent Kennedy a model whaler carved from walrus tusk.")
    assert [r.entries for r in _found(body, "July 11, 2012")] == [("vienna-1961",)]
    alone = "O'Donnell's summing-up of the Vienna meeting was that it ended in flat disagreement on Berlin."
    assert _found(alone, "July 11, 2012") == []  # 1961 or 1979: the text does not say


def test_a_phrase_in_context_with_a_year_of_its_own_stands_for_no_meeting_of_another_year():
    body = ("Reagan and Gorbachev met in Geneva in 1985. Nothing at the 1987 session matched what the "
            "summit had promised.")
    found = [(r.text, r.entries) for r in _found(body, "March 1, 2020") if r.resolved]
    assert ("1987 session", ("geneva-1985",)) not in found and ("the 1987 session", ("geneva-1985",)) not in found


def test_a_place_whose_meeting_fits_all_but_the_leader_reads_two_ways():
    body = ("The G8 that Putin hosted in St. Petersburg that July went ahead regardless. In 2008 Bush's meetings "
            "with Russian leaders ran from Sochi in April, through Toyako in July, when he sat down with Putin on the "
            "G8 sidelines.")  # July 2006's G8 with Toyako wrong, or Toyako 2008 with Putin wrong (it was Medvedev)
    found = _found(body, "November 6, 2013")
    assert not any(r.note is not None and r.note.field == "place" for r in found)
    assert not any("Toyako" in r.text and r.entries == ("st-petersburg-2006",) for r in found)


def test_a_clause_telling_of_a_call_names_no_meeting():
    assert _found("In July 1994 Clinton had told Yeltsin by telephone that the aid would come.", "August 1, 1994") == []


def test_hosted_by_a_leader_in_the_passive_makes_the_host_note():
    body = "A month later he flew with George H.W. Bush to the Helsinki summit hosted by Mikhail Gorbachev."
    notes = [(r.note.field, r.note.text_says) for r in _found(body, "August 7, 2020") if r.note is not None]
    assert notes == [("host", "hosted by Mikhail Gorbachev")]
    right = "Bush flew to the Malta summit of December 1989, hosted by neither side."
    assert not any(r.note is not None for r in _found(right, "August 7, 2020"))


def test_the_meeting_s_days_a_year_off_are_a_slip_of_the_year():
    found = _found("Kennedy met Khrushchev in Vienna on 3 and 4 June 1962.", "June 14, 2021")
    assert [(r.entries, r.note and (r.note.field, r.note.text_says)) for r in found] == \
        [(("vienna-1961",), ("year", "3 and 4 June 1962"))]


def test_no_leaders_note_where_the_pair_named_met_elsewhere_and_no_time_tells():
    body = ("Harry Truman saw Stalin only once; John F. Kennedy sat down with Nikita Khrushchev in Geneva; and "
            "Ronald Reagan met Mikhail Gorbachev in Iceland's capital.")
    assert not any(r.note is not None and r.note.field == "leaders" for r in _found(body, "July 14, 2018"))
    summit = "Two weeks later the affair wrecked the Paris summit, where Khrushchev demanded that John Kennedy apologise."
    assert [(r.note.field, r.note.text_says) for r in _found(summit, "August 3, 1977") if r.note] == \
        [("leaders", "Kennedy")]  # the Paris summit had one Soviet leader and one American: Eisenhower


def test_a_place_fitting_several_meetings_after_a_year_none_was_held_in_links_nothing():
    body = ("Eight years before that George W. Bush had welcomed him to the family house at Kennebunkport in Maine, "
            "and in September 2005 he came on from the UN's world summit in New York to the White House.")
    assert [r.entries for r in _found(body, "August 14, 2025")] == [("kennebunkport-2007",)]


def test_a_meeting_still_to_come_is_the_topic_only_where_the_opening_names_it():
    preview = "Officials said the summit would be hard. The two sides disagree on almost everything."
    assert _found(preview, "June 13, 2021") == []  # Geneva 2021 (June 16) is not yet the article's meeting
    begun = "Officials said the summit had been hard. The two sides disagree on almost everything."
    assert [r.entries for r in _found(begun, "June 16, 2021")] == [("geneva-2021",)]  # the day's own meeting


def test_a_place_many_meetings_share_names_the_one_the_paragraph_named_there():
    body = ("In January 1994 Clinton was in Moscow, walking through Red Square and chatting with Muscovites. Those "
            "pictures from the Moscow summit still speak to a world at war.")  # Clinton met Yeltsin in Moscow four times
    assert [(r.text, r.entries, r.resolved) for r in _found(body, "June 1, 2023")][-1] == \
        ("Moscow summit", ("moscow-1994",), True)
    alone = "Those pictures from the Moscow summit still speak to a world at war."
    assert _found(alone, "June 1, 2023") == []  # eight Moscow meetings: none in focus, none named


def test_a_leader_s_family_named_by_the_plural_names_the_leader():
    body = "The Gorbachevs were tired. What mattered most to me during the Washington summit was the state dinner."
    assert [r.entries for r in _found(body, "November 1, 1989")][0] == ("washington-1987",)


def test_a_leader_who_telephoned_the_other_met_no_one():
    body = "Mikhail Gorbachev telephoned George Bush at Camp David to say the vote had gone his way."
    assert _found(body, "June 3, 1990") == []


def test_a_weekend_at_a_meeting_s_place_is_the_meeting_and_a_weekend_of_the_calendar_is_not():
    assert [r.entries for r in _found("Reagan never forgot the Iceland weekend.", "June 1, 1993")] == [("reykjavik-1986",)]
    assert [r.entries for r in _found("The hastily arranged weekend in Iceland this month had a precedent.",
                                      "October 27, 1986")] == [("reykjavik-1986",)]
    assert _found("Ten years ago this weekend the leaders of the G8 wound up their summit in Cologne.", "June 20, 2009") == []


def test_a_year_far_outside_a_leader_s_meetings_is_another_meeting_the_record_lacks():
    body = ("After Konstantin Chernenko's burial in 1985, George H.W. Bush met his young successor in Moscow and "
            "cabled home that Mikhail Gorbachev was a smoother model.")  # the vice president's talk, not 1991's summit
    assert _found(body, "August 31, 2022") == []
    slip = "Reagan met Gorbachev in Reykjavik in 1987."
    assert [(r.entries, r.note and r.note.text_says) for r in _found(slip, "August 31, 2022")] == \
        [(("reykjavik-1986",), "1987")]


def test_an_official_s_own_meeting_with_a_leader_is_no_summit():
    body = ("The cable describes Secretary of State Warren Christopher's conversation with Yeltsin in Moscow on "
            "October 22, 1993.")
    assert _found(body, "March 16, 2018") == []


@pytest.mark.parametrize("body, date", [
    ("On July 1, 1974, Andrei Gromyko and I sat down in Moscow to argue over the treaty's term.", "May 1, 1990"),
    ("The draft was first put to Henry Kissinger during his secret visit to Moscow in the spring of 1972.",
     "February 1, 2019"),
])
def test_an_envoy_s_own_meeting_is_no_summit(body, date):
    assert _found(body, date) == []


def test_an_official_beside_a_leader_of_the_same_side_leaves_the_summit_alone():
    body = "On May 22, 1972, Richard Nixon and Henry Kissinger sat down with Brezhnev in Moscow."
    assert [r.entries for r in _found(body, "May 1, 1990")] == [("moscow-1972",)]


def test_a_meeting_s_nickname_with_one_of_its_leaders_names_it():
    assert [r.entries for r in _found("Bush never forgot the lobster summit.", "January 1, 2010")] == \
        [("kennebunkport-2007",)]
    assert [r.entries for r in _found("Reagan never forgot the fireside summit.", "January 1, 2000")] == \
        [("geneva-1985",)]
    assert _found("Clinton never forgot the lobster summit.", "January 1, 2010") == []  # not one of its leaders


def test_a_palace_named_short_and_a_retreat_described_are_places():
    assert [r.entries for r in _found("Eisenhower never forgot Khrushchev's tirade at the Elysee.",
                                      "January 1, 1970")] == [("paris-1960",)]
    body = "Khrushchev spent his final days with Eisenhower at the presidential mountain retreat in Maryland."
    assert [r.entries for r in _found(body, "January 1, 1970")] == [("camp-david-1959",)]


def test_he_and_a_leader_with_a_time_or_place_name_their_meeting_without_a_note():
    found = _found("On January 3, 1993, in the Kremlin, he and Boris Yeltsin signed the START II agreement.",
                   "October 1, 1999")
    assert [(r.entries, r.note) for r in found] == [(("moscow-1993",), None)]
    assert _found("He and Boris Yeltsin signed it.", "October 1, 1999") == []  # no time, no place: nothing to go on


def test_the_leaders_of_the_two_nuclear_superpowers_are_both_sides():
    body = ("Nearly forty years ago, on the edge of the Icelandic capital, the leaders of the two nuclear "
            "superpowers came within reach of a deal. The talks broke down over missile defence.")
    assert [r.entries for r in _found(body, "October 12, 2025")] == [("reykjavik-1986",), ("reykjavik-1986",)]


def test_the_next_pair_s_meeting_is_not_the_one_in_focus():
    body = ("George Bush and Mikhail Gorbachev negotiated in the Finnish capital in September 1990. The next "
            "Russian-American encounter on Finnish soil came years later.")
    assert not any(r.resolved for r in _found(body, "July 13, 2018"))


def test_the_pair_where_another_place_is_named_is_not_the_meeting_in_focus():
    body = ("Thirty-five years ago this week Reagan strolled across Red Square beside Gorbachev. Half a year earlier "
            "Gorbachev had flown to Washington, where the two leaders signed a treaty.")
    assert ("moscow-1988",) not in [r.entries for r in _found(body, "May 29, 2023") if r.resolved]


def test_a_phrase_dated_right_after_it_for_another_year_is_not_the_meeting_in_focus():
    body = ("Bill Clinton first shook hands with Putin on the sidelines of the Pacific Rim summit in Auckland in "
            "September 1999. Their talks, at a dacha in June 2000, went well.")
    assert not any(r.resolved for r in _found(body, "January 1, 2020"))


def test_talks_of_other_people_are_no_meeting_of_the_leaders():
    body = "Clinton told Yeltsin enlargement would be gradual; three countries began accession talks in 1997."
    assert _found(body, "March 1, 2018") == []


def test_a_pair_named_for_another_meeting_of_the_clause_leaves_a_phrase_s_year_note():
    body = ("Another shows Reagan and Gorbachev leaving Reykjavik in October 1986 with nothing signed, and a third "
            "the storm-tossed Malta summit of December 1990.")
    notes = [(r.entries, r.note.text_says) for r in _found(body, "July 17, 2018") if r.note is not None]
    assert notes == [(("marsaxlokk-1989",), "December 1990")]


def test_sitting_with_the_other_leader_is_meeting_him():
    body = "By the end of the trip he was sitting with Eisenhower at Camp David in September 1960."
    assert [(r.entries, r.note and r.note.text_says) for r in _found(body, "September 19, 2019")] == \
        [(("camp-david-1959",), "September 1960")]


def test_the_two_leaders_who_met_where_only_they_met_name_that_meeting():
    body = "Reagan wanted a deal badly. In October the two leaders sat down at Reykjavik."
    assert [r.entries for r in _found(body, "June 1, 1993") if not r.resolved] == [("reykjavik-1986",)]
    assert not any(not r.resolved for r in _found("The two leaders have not talked since they left Reykjavik.",
                                                   "June 1, 1993"))


def test_kremlin_sessions_and_the_general_secretary_with_the_american_president():
    assert [r.entries for r in _found("Nixon remembered the Kremlin sessions of May 1972.", "February 1, 2019")] == \
        [("moscow-1972",)]
    body = ("Forty years ago today the general secretary and the American president put their names to a joint "
            "statement at the Okeanskaya sanatorium.")
    assert [r.entries for r in _found(body, "November 24, 2014")] == [("vladivostok-1974",)]


def test_the_summit_after_a_named_meeting_resolves_where_the_article_has_no_topic():
    body = ("Diplomacy has its fashions, and they change.\n\n"
            "Reagan and Gorbachev met in Geneva in 1985. The summit lasted two days.\n\n"
            "The summit went well, said one aide.")  # a later paragraph: no topic to carry it
    found = [(r.text, r.entries, r.resolved) for r in _found(body, "June 1, 2000")]
    assert ("The summit", ("geneva-1985",), True) in found
    assert sum(r for _t, _e, r in found) == 1


@pytest.mark.parametrize("body, date, wanted", [
    ("Ten years ago today, six weeks after the attacks on New York and Washington, Bill Clinton and Vladimir Putin "
     "met at the close of the APEC summit in Shanghai.", "October 21, 2011",
     [(("shanghai-2001",), "Bill Clinton")]),
    ("A year after the siege of Moscow's theatre, Bush and Putin met at Camp David.", "September 27, 2004",
     [(("camp-david-2003",), None)]),
])
def test_a_place_something_was_done_to_is_no_meeting_s_place(body, date, wanted):
    """"The attacks on New York and Washington" name what was attacked: neither city is where the
    leaders met, so the leader named with the wrong partner is the slip."""
    assert [(r.entries, r.note and r.note.text_says) for r in _found(body, date)] == wanted


@pytest.mark.parametrize("body, date, wanted", [
    ("It is best known as the place where U.S. President George Bush and Soviet leader Mikhail Gorbachev met in "
     "1986.", "February 22, 2016", [(("reykjavik-1986",), "Bush")]),
    ("It is best known as the place where President Ronald Reagan and Soviet leader Mikhail Gorbachev met in "
     "1986.", "February 22, 2016", [(("reykjavik-1986",), None)]),
])
def test_the_pair_who_met_with_their_titles_can_name_the_wrong_leader(body, date, wanted):
    """A title before the second leader ("and Soviet leader Mikhail Gorbachev") keeps the pair one
    meeting clause: the first, of the other side and not the record's, is the slip."""
    assert [(r.entries, r.note and r.note.text_says) for r in _found(body, date)] == wanted


@pytest.mark.parametrize("body, date, wanted", [
    ("In June 2021 Barack Obama sat down with Putin at Villa La Grange.", "November 19, 2022",
     [(("geneva-2021",), "Barack Obama")]),
    ("John F. Kennedy sat down with Nikita Khrushchev in Geneva.", "July 14, 2018", []),
    ("John F. Kennedy met Nikita Khrushchev in Geneva.", "July 14, 2018", []),
    ("Gerald Ford's talks with Brezhnev in Moscow and at the seaside dacha at Oreanda in the Crimea produced a "
     "test-ban treaty.", "June 27, 2014", [(("moscow-1974",), "Gerald Ford")]),
])
def test_a_pair_who_sat_down_together_is_the_meeting_clause_unless_they_met_elsewhere(body, date, wanted):
    """"Sat down with" joins the pair as "met" does. Where the pair met at another meeting and
    the place, shared by several, is undated ("Kennedy met Khrushchev in Geneva": 1955 with the
    wrong president, or 1961 in the wrong city), the text cannot say which: no link, no note."""
    assert [(r.entries, r.note and r.note.text_says) for r in _found(body, date)] == wanted


@pytest.mark.parametrize("body, date", [
    ("It was their third meeting in a year, after the windswept talks off Malta last December and the "
     "Washington and Camp David visit in June.", "September 10, 1990"),
    ("Ford met Brezhnev at Vladivostok in November 1974 and the Helsinki conference the next summer.",
     "August 2, 1975"),
])
def test_a_place_after_and_is_the_next_meeting_of_a_list(body, date):
    """"Malta last December and the Washington visit": an "and" between the meeting's words and
    another place starts the list's next item, so the place is no slip of the first meeting."""
    assert all(r.note is None for r in _found(body, date))


@pytest.mark.parametrize("body, date", [
    ("Back at the White House on Sunday after two days of talks at Hollybush, Johnson spoke to the nation.",
     "June 26, 1967"),
    ("Home in Washington on Friday following the talks at Glassboro, Johnson said little.", "June 27, 1967"),
])
def test_a_place_before_a_turn_in_time_is_not_the_meeting_s(body, date):
    """"Back at the White House on Sunday after talks at Hollybush": the place and day before
    "after" are where the leader went next, not where the meeting was."""
    assert {(r.entries, r.note) for r in _found(body, date)} == {(("glassboro-1967",), None)}


@pytest.mark.parametrize("body, date", [
    ("On Wednesday Biden and Putin meet in a lakeside villa, the first full summit since the tense Helsinki "
     "session of 2018.", "June 13, 2021"),
    ("Biden and Putin will talk in Geneva, three years after the Helsinki summit of 2018.", "June 13, 2021"),
])
def test_a_leader_of_the_new_meeting_is_no_slip_of_the_one_it_follows(body, date):
    """"Biden and Putin meet …, the first summit since Helsinki 2018": Biden is at the new
    meeting, told against the old one; naming him is no mistake about Helsinki."""
    assert all(r.note is None for r in _found(body, date) if "helsinki-2018" in r.entries)


@pytest.mark.parametrize("body, date", [
    ("In September 2005 Putin came on from the UN's world summit in New York to the White House.",
     "August 14, 2025"),
    ("That autumn he travelled from the summit at Sea Island to the White House.", "August 14, 2025"),
])
def test_a_journey_s_end_is_no_meeting_s_place(body, date):
    """"From the world summit in New York to the White House": where a leader went on to, not
    where the meeting the phrase names was held."""
    assert all(r.note is None for r in _found(body, date))


@pytest.mark.parametrize("body, date, entry", [
    ("At their Moscow summit of July 6-7, Obama and Medvedev signed a joint understanding on warheads.",
     "January 29, 2010", "moscow-2009"),
    ("Obama and Medvedev had met in Moscow on July 7 to sign the understanding.", "February 2, 2010", "moscow-2009"),
    ("Trump and Putin shook hands in Da Nang on November 11, their only words that week.", "April 20, 2018",
     "da-nang-2017"),
])
def test_a_day_without_its_year_half_a_year_ahead_is_the_year_before_s(body, date, entry):
    """"On July 6-7", written in January: the July just gone, not the one six months ahead, which
    was nearer by a few weeks. Articles recount; a day counts as ahead only within a season."""
    assert entry in {e for r in _found(body, date) for e in r.entries}


@pytest.mark.parametrize("body, date, entry", [
    ("The Vladivostok meeting of November 23-24 ended with an accord.", "December 3, 1974", "vladivostok-1974"),
    ("Nixon and Brezhnev met in Moscow on May 22 and talked for a week.", "January 10, 1973", "moscow-1972"),
])
def test_a_day_without_its_year_before_the_article_s_date_is_this_year_s_or_last(body, date, entry):
    assert entry in {e for r in _found(body, date) for e in r.entries}


@pytest.mark.parametrize("body, date, expected", [
    ("Caught by an open microphone on Monday, Barack Obama told Dmitry Medvedev on the sidelines of the nuclear "
     "security gathering in Tokyo that he would have more flexibility after the election.", "March 27, 2012",
     (("seoul-2012",), "Tokyo")),
    ("On Monday Obama spoke with Medvedev on the margins of the nuclear summit in Seoul about missile defence.",
     "March 27, 2012", (("seoul-2012",), None)),
])
def test_the_place_of_the_gathering_two_leaders_met_on_the_margins_of_is_the_meeting_s(body, date, expected):
    """"Obama told Medvedev on the sidelines of the … gathering in Tokyo": the gathering's place is
    the meeting's, and a wrong one is the text's slip."""
    assert [(r.entries, r.note and r.note.text_says) for r in _found(body, date)] == [expected]


@pytest.mark.parametrize("body, date, entry", [
    ("After seven hours of talks at the Finnish presidential palace, Bush and Gorbachev signed a statement on Iraq.",
     "September 10, 1990", "helsinki-1990"),
    ("Trump and Putin spent two hours behind closed doors at the Finnish presidential palace on Monday.",
     "July 17, 2018", "helsinki-2018"),
])
def test_the_finnish_presidential_palace_is_each_helsinki_meeting_s_venue(body, date, entry):
    found = _found(body, date)
    assert {(r.entries, r.note) for r in found} == {((entry,), None)}


@pytest.mark.parametrize("date", ["October 1, 2027", "September 20, 2023"])
def test_a_leap_day_without_its_year_far_from_any_leap_year_is_no_time(date):
    """"February 28-29" with no leap year near the article's date names no day the reader can
    place: it is read as no time, never as an empty one."""
    body = "Reagan and Gorbachev met in Geneva on February 28-29 and again on February 29."
    assert all(r.entries for r in _found(body, date))


def test_a_date_after_of_rules_out_the_meeting_in_focus():
    """"The superpower summit of November 1985" after a paragraph about Prague 2010 is not the
    Prague meeting: the phrase's own date vetoes it, and the date names Geneva 1985."""
    body = ("Yesterday Obama and Medvedev signed the New START treaty in Prague. Nineteen months after a speech "
            "of 1984 the same sentence was in the joint statement of the superpower summit of November 1985.")
    assert [r.entries for r in _found(body, "April 9, 2010")] == [("prague-2010",), ("geneva-1985",)]


@pytest.mark.parametrize("body, date, expected", [
    ("It was far from the frosty summitry between Mrs. Gorbachev and Nancy Reagan in 1987.", "June 1, 1990", []),
    ("Over tea in Geneva, Nancy Reagan and Raisa Gorbachev traded small talk yesterday.", "November 20, 1985", []),
    ("Raisa Gorbachev came to Washington with the summit last week and kept the city guessing.",
     "December 21, 1987", [("washington-1987",), ("washington-1987",)]),
    ("Vladimir and Lyudmila Putin welcomed George and Laura Bush to St. Petersburg for talks on Saturday.",
     "May 27, 2002", [("moscow-2002",)]),
])
def test_the_wives_of_both_sides_are_not_their_husbands(body, date, expected):
    """Two leaders' wives meeting is not the leaders' meeting; one wife beside her husband's
    summit, or a couple named together, still is."""
    assert [r.entries for r in _found(body, date)] == expected


@pytest.mark.parametrize("body, expected", [
    ("More than thirty years ago it was Vienna the superpowers chose, and Carter and Brezhnev shook hands in the "
     "Hofburg.", [("vienna-1979",)]),
    ("Nearly thirty years ago Carter and Brezhnev shook hands in the Hofburg.", [("vienna-1979",)]),
    ("Thirty-one years ago Carter and Brezhnev shook hands in the Hofburg.", [("vienna-1979",)]),
    ("Thirty years ago Carter and Brezhnev shook hands in the Hofburg.", []),
])
def test_more_than_or_about_n_years_ago_is_a_stretch_of_years(body, expected):
    """"More than thirty years ago", written in 2010, is 1979 as well as 1980; "nearly thirty"
    a year either side; a bare "thirty years ago" is 1980 alone, and rules 1979 out."""
    assert [r.entries for r in _found(body, "April 10, 2010")] == expected


@pytest.mark.parametrize("body, date, expected", [
    ("Gorbachev sat near the front, the man Reagan first met at a summit in Vienna in November 1985.",
     "June 12, 2004", [(("geneva-1985",), "place", "Vienna")]),
    ("Reagan spent a few days in Helsinki in May 1988 to rest before flying on to the Moscow summit.",
     "July 14, 2018", [(("moscow-1988",), None, None)]),
])
def test_a_wrong_place_between_a_meeting_s_leaders_and_its_date_is_its_slip(body, date, expected):
    """Up to five words that tell of meeting ("first met at a summit in") lead from the leaders
    to the place the record contradicts; words of a stay ("spent a few days in") do not."""
    assert _entries_and_notes(_found(body, date)) == expected


@pytest.mark.parametrize("body, expected", [
    ("Putin's labrador later gave Angela Merkel a fright at a meeting in Sochi in 2007.", []),
    ("Bush and Putin last met at a meeting in Sochi in 2007.", [(("sochi-2008",), "year", "2007")]),
])
def test_some_meeting_in_a_city_in_another_year_is_another_meeting(body, expected):
    """"A meeting in Sochi in 2007", with no leader of the catalogue's Sochi meeting, is some
    meeting held there that year: not linked, no year note; named with its leaders, it is theirs."""
    assert _entries_and_notes(_found(body, "February 6, 2015")) == expected


@pytest.mark.parametrize("body, expected", [
    ("Hardliners in the Politburo turned on Gorbachev after Reykjavik in 1986.", [(("reykjavik-1986",), None, None)]),
    ("Nixon signed the ABM Treaty in Moscow in May 1972 with little ceremony.", [(("moscow-1972",), None, None)]),
    ("Gorbachev toured Beijing in May 1989 as students filled the square.", []),
    ("Gorbachev left Reykjavik in 1987 for a tour of Scandinavia.", []),
])
def test_one_leader_with_a_meeting_s_place_and_its_year_is_that_meeting(body, expected):
    """One of a meeting's leaders, with its place and its year right after the place, names it
    ("after Reykjavik in 1986"); the words say no more than that, so no note rests on them."""
    assert _entries_and_notes(_found(body, "March 3, 1995")) == expected


@pytest.mark.parametrize("body, date, expected", [
    ("MOSCOW — President Clinton landed to a cold wind. The surprise strength of the nationalists "
     "hung over his talks with Boris Yeltsin, which began on the economy.", "January 14, 1994",
     [(("moscow-1994",), None, None)]),
    ("Gerald Ford reached the Soviet Far East on 23 November 1974. A sanatorium outside the port was "
     "chosen for his meeting with Brezhnev.", "November 24, 2014", [(("vladivostok-1974",), None, None)]),
    ("MOSCOW — President Clinton landed to a cold wind. Gore later recalled his talks with Boris "
     "Yeltsin fondly.", "January 14, 1994", []),
    ("MOSCOW — A cold wind blew. The nationalists hung over his talks with Boris Yeltsin.", "January 14, 1994", []),
])
def test_his_meeting_with_a_leader_is_theirs_with_the_other_side_named_before(body, date, expected):
    """"His talks with Boris Yeltsin", the paragraph having named Clinton, is their meeting of
    the article's days (or of the year the paragraph is in); with someone else named before
    "his", or no leader of the other side, it is nobody's the reader can tell."""
    assert _entries_and_notes(_found(body, date)) == expected


@pytest.mark.parametrize("body, expected", [
    ("Lyndon Johnson sat down with Alexei Kosygin in June 1968 to talk about Vietnam.",
     [(("glassboro-1967",), "year", "June 1968")]),
    ("Johnson and Kosygin met in 1968.", [(("glassboro-1967",), "year", "1968")]),
    ("Ford and Brezhnev met in 1976.", []),  # they met twice: which one is misdated cannot be said
    ("Carter and Brezhnev met in 1969.", []),  # years before Carter's time: some other encounter
    ("The chapters on October 1962 rest on the letters that passed between Khrushchev and Kennedy.", []),
])
def test_a_pair_who_met_once_with_a_wrong_year_is_that_meeting_misdated(body, expected):
    """Two leaders who met only once, met in the clause's own words with a year right after,
    are that meeting, the year its slip; a pair who met more than once, a year outside their
    time, or a year that dates something else is left alone."""
    assert _entries_and_notes(_found(body, "June 23, 2018")) == expected


@pytest.mark.parametrize("body, expected", [
    ("Nixon met Khrushchev in 1959, and the two argued in a model kitchen.", []),
    ("Bush met Gorbachev in 1985 after Chernenko's funeral.", []),
    ("Kennedy met Khrushchev in 1959 over tea at the Senate.", []),
    ("President Nixon met Khrushchev in 1959.", [(("camp-david-1959",), "leaders", "Nixon")]),
    ("Kennedy and Khrushchev met at Camp David in 1959.", [(("camp-david-1959",), "leaders", "Kennedy")]),
])
def test_an_american_named_before_his_presidency_met_someone_the_record_lacks(body, expected):
    """An American named with a year before his first meeting as president, and no place, met a
    Soviet leader as vice president or senator: an encounter the catalogue lacks, so no leaders
    note on another meeting; called "President", or with the meeting's place, he is its slip."""
    assert _entries_and_notes(_found(body, "June 23, 2018")) == expected


@pytest.mark.parametrize("body, expected", [
    ("Boris Yeltsin died on Monday. Weeks after the Soviet flag came down, he was at Camp David with "
     "President George H. W. Bush, the two in matching parkas.", [("camp-david-1992",)]),
    ("Boris Yeltsin died on Monday. Weeks after the Soviet flag came down, he was at Camp David for a rest.", []),
])
def test_he_was_at_a_place_with_a_leader_is_their_meeting_there(body, expected):
    """"He was at Camp David with President Bush", the paragraph having named Yeltsin: the two
    together at a place, so their meeting there; "he" alone at the place is no meeting."""
    assert [r.entries for r in _found(body, "April 24, 2007")] == expected


@pytest.mark.parametrize("body, expected", [
    ("Reagan and Gorbachev had got on well in Geneva in 1985. Then came the walkout in Iceland.",
     [("geneva-1985",), ("reykjavik-1986",)]),
    ("Reagan never forgot the near-miss at Reykjavik.", [("reykjavik-1986",)]),
    ("Nobody remembers the drama in Iceland.", []),  # no leader of the meeting in the paragraph
    ("Reagan never forgot the drama in Geneva.", []),  # a place of several meetings: which one is not said
    ("Reagan never forgot the walkout in Iceland in 1990.", []),  # a year the meeting's record contradicts
])
def test_what_happened_at_a_place_only_one_meeting_had_is_that_meeting(body, expected):
    """"The walkout in Iceland", "the near-miss at Reykjavik", with one of the meeting's leaders
    named in the paragraph, is the one meeting held there; nobody's, or a shared place, or a
    year that contradicts it, and it is left alone."""
    assert [r.entries for r in _found(body, "March 3, 1995")] == expected


@pytest.mark.parametrize("body, expected", [
    ("Readers first noticed the interpreter during Khrushchev's 1959 tour of the United States.", [("camp-david-1959",)]),
    ("Nixon's 1972 trip to the Soviet Union changed everything.", [("moscow-1972",)]),
    ("Nixon's 1959 trip to the Soviet Union ended in a kitchen.", []),  # no meeting of his there that year
    ("Reagan's 1984 tour of the United States was a campaign.", []),  # an American at home
    ("Khrushchev became the first Soviet leader to visit the USA.", []),  # no time: which visit is not said
])
def test_a_leader_s_dated_visit_to_the_other_side_s_country_is_his_meeting_there(body, expected):
    """A leader's visit to the other side's country, dated in the clause ("Khrushchev's 1959
    tour of the United States"), is his one meeting there that fits; a visit at home, an undated
    one, or one no meeting fits are left alone."""
    assert [r.entries for r in _found(body, "May 17, 2014")] == expected


@pytest.mark.parametrize("body, expected", [
    ("Eisenhower came to Geneva in 1955, and thirty years later Reagan and Gorbachev met in the same city.",
     [("geneva-1955",), ("geneva-1985",)]),
    ("Nixon and Brezhnev signed the ABM treaty in Moscow in 1972. Bush and Gorbachev signed START "
     "in the same city in 1991.", [("moscow-1972",), ("moscow-1991",)]),
    ("Eisenhower came to Geneva in 1955. Years later Reagan and Gorbachev met in the same room.", [("geneva-1955",)]),
])
def test_the_same_city_is_the_place_named_last(body, expected):
    """"Met in the same city" is where the paragraph was last; "the same room" says no city."""
    assert [r.entries for r in _found(body, "November 19, 2015")] == expected


@pytest.mark.parametrize("body, expected", [
    ("Nixon visited Moscow in 1959 and argued with Khrushchev in a model kitchen.", []),
    ("Nixon returned to Moscow in 1986 and met Gorbachev.", []),
    ("Vice President Bush met Gorbachev in Moscow in March 1985 after Chernenko's funeral.", []),
    ("Nixon visited Moscow in 1972 and signed the ABM Treaty.", [("moscow-1972",)]),
])
def test_a_place_s_own_year_that_fits_none_of_its_meetings_rules_them_out(body, expected):
    """A phrase ending on a place, followed right away by that place's year ("Moscow in 1959"),
    is not any meeting the year contradicts: without a note to say so, it is left alone."""
    assert [r.entries for r in _found(body, "January 10, 2024")] == expected


@pytest.mark.parametrize("body", [
    "Gorbachev, by then retired, met Clinton in Moscow in 1995.",
    "Yeltsin, then president of the Russian republic, met Bush at the White House in June 1991.",
    "As vice president he told Putin in Moscow in 2011 not to run.",
    "Former president Nixon met Gorbachev in Moscow in 1986.",
])
def test_a_leader_out_of_office_makes_no_note(body):
    """Words beside a leader's name saying he was out of the office of his meetings ("by then
    retired", "then president of the Russian republic", "former president"), or "as vice
    president" anywhere: the sentence tells of another encounter, so no note rests on it."""
    assert all(r.note is None for r in _found(body, "January 10, 2024"))


def test_a_former_someone_else_beside_no_leader_keeps_the_note():
    body = ("REYKJAVIK — Former President Vigdís Finnbogadóttir spoke at a conference marking three "
            "decades since the 1987 summit of Ronald Reagan and Mikhail Gorbachev in Reykjavík.")
    assert _entries_and_notes(_found(body, "October 10, 2016")) == [(("reykjavik-1986",), "year", "1987")]


@pytest.mark.parametrize("body, expected", [
    ("Reagan and Gorbachev met in Geneva, where Eisenhower had met Khrushchev in 1955.",
     [(("geneva-1985",), None, None), (("geneva-1955",), None, None)]),
    ("Obama met Medvedev in Moscow, the city Nixon had visited in 1972.",
     [(("moscow-2009",), None, None), (("moscow-1972",), None, None)]),
])
def test_an_aside_on_an_earlier_meeting_at_the_place_is_its_own_reference(body, expected):
    """"…in Moscow, the city Nixon had visited in 1972": the aside names an earlier meeting at
    the place, and lends the clause before it no word (no leaders note on Nixon's meeting)."""
    assert _entries_and_notes(_found(body, "January 10, 2024")) == expected


@pytest.mark.parametrize("body, expected", [
    ("Bush met Putin in Slovenia in 2001; Putin had been president since 2000.", [("kranj-2001",)]),
    ("Gorbachev, in power since 1985, met Bush off Malta.", [("marsaxlokk-1989",)]),
])
def test_the_year_a_term_began_dates_no_meeting(body, expected):
    """"President since 2000", "in power since 1985": the year a leader's term began, not a
    meeting of that year."""
    assert [r.entries for r in _found(body, "January 10, 2024")] == expected


@pytest.mark.parametrize("body, date, expected", [
    ("The summit in Alaska ended without a deal.", "September 1, 2025", [("The summit in Alaska", ("anchorage-2025",))]),
    ("Reagan and Gorbachev met in 1985. Their talks at Fleur d'Eau ran long.", "June 12, 2004",
     [("Reagan and Gorbachev met in 1985", ("geneva-1985",)), ("Their talks at Fleur d'Eau", ("geneva-1985",))]),
    ("Reagan and Gorbachev first met in Geneva in 1985. Their second meeting, in Reykjavik, nearly ended "
     "the arms race.", "June 12, 2004",
     [("Reagan and Gorbachev first met in Geneva in 1985", ("geneva-1985",)),
      ("Their second meeting, in Reykjavik", ("reykjavik-1986",))]),
])
def test_the_summit_run_on_to_the_place_naming_it_is_one_phrase_with_one_marker(body, date, expected):
    """"The summit in Alaska": the words resolved from context and the place right after them
    that names the same meeting are one phrase, marked once at its end."""
    assert [(r.text, r.entries) for r in _found(body, date)] == expected


@pytest.mark.parametrize("body, expected", [
    ("Putin and Obama did not meet at the 2014 Sochi Olympics.", []),
    ("Bush did not sit down with Gorbachev for formal talks until the weekend off Malta in December 1989.",
     [("marsaxlokk-1989",)]),
])
def test_leaders_who_did_not_meet_name_no_meeting_unless_the_clause_says_when_they_did(body, expected):
    """"Did not meet at the 2014 Olympics" names no meeting; "did not sit down … until the
    weekend off Malta" names the one they then held."""
    assert [r.entries for r in _found(body, "January 10, 2024")] == expected


@pytest.mark.parametrize("body", [
    "Putin used a security conference speech to accuse Washington of overstepping its borders.",
    "At the conference Gorbachev warned Washington not to deploy the missiles.",
])
def test_a_capital_accused_or_warned_is_its_government_not_a_meeting_place(body):
    assert _found(body, "February 12, 2007") == []


def test_an_aside_on_a_person_lends_the_next_meeting_no_note():
    """"Trump, who met Kim in Singapore in 2018, met Putin in Helsinki": Singapore is the aside's
    meeting, not a wrong place for Helsinki's."""
    body = "Trump, who met Kim in Singapore in 2018, met Putin in Helsinki a month later."
    assert _entries_and_notes(_found(body, "January 10, 2024")) == [(("helsinki-2018",), None, None)]


def test_a_gathering_a_leader_came_fresh_from_lends_the_meeting_after_no_note():
    """"Bush, fresh from the NATO summit in Prague in 2002, met Putin in St Petersburg": Prague is
    the NATO summit's, another event, not a wrong place for a NATO–Russia meeting of 2002."""
    found = _found("Bush, fresh from the NATO summit in Prague in 2002, met Putin in St Petersburg.", "January 10, 2024")
    assert found and all(r.note is None and "rome-2002" not in r.entries for r in found)


def test_a_year_that_belongs_to_a_place_no_meeting_had_names_no_meeting():
    """"The G8 in Evian in 2003 saw Bush and Putin": 2003 is Evian's, where the two held no
    meeting, so neither of their 2003 meetings elsewhere is named."""
    assert _found("The G8 in Evian in 2003 saw Bush and Putin only in group sessions.", "January 10, 2024") == []


@pytest.mark.parametrize("body, expected", [
    ("Thirty years after the summit, in 2016, Gorbachev returned to Höfði House.", []),
    ("In 1986 Gorbachev returned to Reykjavik for the summit with Reagan.", [("reykjavik-1986",)]),
])
def test_a_return_to_a_meeting_s_place_in_another_year_is_a_later_visit(body, expected):
    """"Returned to Höfði House", the sentence dated 2016: a later visit, not the 1986 summit."""
    assert [r.entries for r in _found(body, "January 10, 2024")] == expected


@pytest.mark.parametrize("heading, expected", [
    ("Geneva, 1985", [("geneva-1985",), ("geneva-1985",)]),
    ("Hyde Park, October 1995", [("hyde-park-1995",), ("hyde-park-1995",)]),
    ("Moscow, 2024", []),
])
def test_a_heading_of_a_place_and_a_date_alone_is_read_as_a_caption(heading, expected):
    """"## Geneva, 1985" names the meeting as a caption would, and "the summit" under it is that
    meeting; a place and a year no meeting had names none."""
    text = f"# T\n\nBy A Writer\n\nMarch 3, 2016\n\n## {heading}\n\nThe summit ended with a joint statement.\n"
    assert [r.reference.entries for r in build_article(text).references()] == expected


def test_a_visit_counted_from_a_year_is_not_dated_by_it():
    """"For the first time since 2015": the visit is after 2015, not the one of 2015."""
    found = _found("Putin set foot in the United States for the first time since 2015.", "August 20, 2025")
    assert all("new-york-2015" not in r.entries for r in found)

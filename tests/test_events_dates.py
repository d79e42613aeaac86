"""Event dates (issue 17): time expressions resolved against a fixed publication date, the
story a paragraph tells, headlines dated from their lead, and statements dated at the report's
day; every dated event says where its date came from. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.events.dating import Dated, names_a_time, resolve

#: A Thursday.
PUBLISHED = dt.date(2024, 5, 16)


@pytest.mark.issue(17)
@pytest.mark.parametrize("text,future,expected", [
    ("Tuesday", False, ("2024-05-14", "day")),
    ("on Tuesday", False, ("2024-05-14", "day")),
    ("Thursday", False, ("2024-05-16", "day")),
    ("last Thursday", False, ("2024-05-09", "day")),
    ("Friday", True, ("2024-05-17", "day")),
    ("next Monday", False, ("2024-05-20", "day")),
    ("Monday night", False, ("2024-05-13", "day")),
    ("yesterday", False, ("2024-05-15", "day")),
    ("last night", False, ("2024-05-15", "day")),
    ("this morning", False, ("2024-05-16", "day")),
    ("tomorrow", False, ("2024-05-17", "day")),
    ("two days ago", False, ("2024-05-14", "day")),
    ("10 days ago", False, ("2024-05-06", "day")),
    ("three weeks ago", False, ("2024-04-22", "week")),
    ("a year ago", False, ("2023-01-01", "year")),
    ("last week", False, ("2024-05-06", "week")),
    ("earlier this week", False, ("2024-05-13", "week")),
    ("next week", False, ("2024-05-20", "week")),
    ("earlier this month", False, ("2024-05-01", "month")),
    ("earlier in the month", False, ("2024-05-01", "month")),
    ("last month", False, ("2024-04-01", "month")),
    ("in March", False, ("2024-03-01", "month")),
    ("June", False, ("2023-06-01", "month")),
    ("June", True, ("2024-06-01", "month")),
    ("early June", False, ("2023-06-01", "month")),
    ("last May", False, ("2023-05-01", "month")),
    ("last October", False, ("2023-10-01", "month")),
    ("August 2018", False, ("2018-08-01", "month")),
    ("last year", False, ("2023-01-01", "year")),
    ("earlier this year", False, ("2024-01-01", "year")),
    ("2015", False, ("2015-01-01", "year")),
    ("the 5th", False, ("2024-05-05", "day")),
    ("on the 20th", False, ("2024-04-20", "day")),
    ("the 20th", True, ("2024-05-20", "day")),
    ("May 3", False, ("2024-05-03", "day")),
    ("3 May", False, ("2024-05-03", "day")),
    ("March 3, 2021", False, ("2021-03-03", "day")),
    ("December 22, last year", False, ("2023-12-22", "day")),
    ("over the weekend", False, ("2024-05-06", "week")),
    ("this weekend", False, ("2024-05-13", "week")),
])
def test_dates_relative_expressions(text, future, expected):
    found = resolve(text, PUBLISHED, future)
    assert found is not None, text
    assert (found.day.isoformat(), found.precision) == expected


@pytest.mark.issue(17)
def test_dates_day_and_month_near_the_publication():
    assert resolve("December 27", dt.date(2024, 1, 10)).day == dt.date(2023, 12, 27)
    assert resolve("January 4", dt.date(2023, 12, 20)).day == dt.date(2024, 1, 4)


@pytest.mark.issue(17)
def test_dates_weekend_seen_from_a_sunday():
    sunday = dt.date(2024, 5, 19)
    assert resolve("over the weekend", sunday).day == dt.date(2024, 5, 13)
    assert resolve("last weekend", sunday).day == dt.date(2024, 5, 6)
    assert resolve("next weekend", sunday).day == dt.date(2024, 5, 20)


@pytest.mark.issue(17)
def test_dates_counted_from_the_story():
    story = Dated(dt.date(2024, 5, 10))
    assert resolve("the previous day", PUBLISHED, anchor=story).day == dt.date(2024, 5, 9)
    assert resolve("the following day", PUBLISHED, anchor=story).day == dt.date(2024, 5, 11)
    assert resolve("the same day", PUBLISHED, anchor=story).day == dt.date(2024, 5, 10)
    assert resolve("three days later", PUBLISHED, anchor=story).day == dt.date(2024, 5, 13)
    assert resolve("the previous day", PUBLISHED) is None  # no story to count from
    assert resolve("the previous day", PUBLISHED, anchor=Dated(dt.date(2024, 5, 1), "month")) is None


@pytest.mark.issue(17)
@pytest.mark.parametrize("text", ["five weeks", "annual", "more than a year", "the eleventh week"])
def test_dates_durations_are_not_dates(text):
    assert not names_a_time(text)
    assert resolve(text, PUBLISHED) is None


@pytest.mark.issue(17)
@pytest.mark.parametrize("text", ["the 1990s", "the past decade", "recently", "decades ago"])
def test_dates_unresolved_times_still_name_a_time(text):
    """They date nothing, and they keep the story's date off their sentence."""
    assert names_a_time(text)
    assert resolve(text, PUBLISHED) is None


@pytest.mark.issue(17)
def test_dates_lowercase_month_words_are_not_months():
    assert resolve("march", PUBLISHED) is None
    assert resolve("yesterday's march", PUBLISHED) is None


@pytest.mark.issue(17)
def test_dates_without_a_publication_date_only_absolute_dates():
    assert resolve("on Tuesday", None) is None
    assert resolve("last week", None) is None
    assert resolve("May 3, 2024", None).day == dt.date(2024, 5, 3)
    assert resolve("2015", None).precision == "year"


def _dated(document):
    text = document.text
    return {text[e.trigger.start:e.trigger.end]: (e.date, e.date_source, e.date_precision) for e in document.events}


@pytest.mark.issue(17)
def test_dates_sentence_tense_decides_the_weekday(analyze):
    doc = analyze("On Wednesday, Canada announced that it will impose sanctions on Venezuela.",
                  published="2024-05-16")
    dates = _dated(doc)
    # the weekday is when Canada announced, in the past, not when the sanctions will come
    assert dates["impose sanctions"] == ("2024-05-15", "sentence", "day")


@pytest.mark.issue(17)
def test_dates_paragraph_story_goes_on_in_the_same_tense(analyze):
    text = ("Chile and Peru clash over fishing rights\n\n"
            "On Monday, the Chilean navy seized two Peruvian trawlers off Arica. "
            "Chile also expelled the Peruvian consul from the port.\n\n"
            "The two countries had signed a fisheries treaty in 2011.")
    doc = analyze(text, published="2024-05-16")
    dates = _dated(doc)
    assert dates["seized"] == ("2024-05-13", "sentence", "day")
    assert dates["expelled"] == ("2024-05-13", "context", "day")
    # a headline event with no event of its kind in the lead stays undated
    assert dates["clash"] == (None, None, None)


@pytest.mark.issue(17)
def test_dates_headline_from_its_lead(analyze):
    doc = analyze("Chile seizes Peruvian trawlers\n\nOn Monday, the Chilean navy seized two Peruvian trawlers "
                  "off Arica.", published="2024-05-16")
    dates = _dated(doc)
    assert dates["seizes"] == ("2024-05-13", "context", "day")
    assert dates["seized"] == ("2024-05-13", "sentence", "day")


@pytest.mark.issue(17)
def test_dates_another_time_keeps_the_story_off(analyze):
    doc = analyze("On Monday, the Chilean navy seized two Peruvian trawlers off Arica. In the 1990s the "
                  "Chilean navy seized a Peruvian ferry.", published="2024-05-16")
    dates = [(e.date, e.date_source) for e in doc.events if e.type == "COERCE"]
    assert dates == [("2024-05-13", "sentence"), (None, None)]


@pytest.mark.issue(17)
def test_dates_statements_on_the_day_of_the_report(analyze):
    text = ("Norway condemned the seizure of the tanker by Iran.\n\n"
            "Norway had accused Iran of piracy in a letter to the council.")
    doc = analyze(text, published="2024-05-16")
    dates = _dated(doc)
    assert dates["condemned"] == ("2024-05-16", "published", "day")
    assert dates["accused"] == (None, None, None)  # "had accused": before the report, undated


@pytest.mark.issue(17)
def test_dates_a_demanded_deadline_is_not_the_demand(analyze):
    doc = analyze('"Russia must withdraw its troops by June 30," the Finnish foreign minister said.',
                  published="2024-05-16")
    demand = [e for e in doc.events if e.type == "REQUEST"]
    assert demand and all((e.date, e.date_source) == ("2024-05-16", "published") for e in demand)


@pytest.mark.issue(17)
def test_dates_undated_without_a_publication_date(analyze):
    doc = analyze("Norway condemned the seizure of the tanker by Iran.")
    assert all(e.date is None and e.date_source is None for e in doc.events)

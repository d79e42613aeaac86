"""The one absolute-date parser (``communique.dates``) and the one slug (``communique.names``),
used by structure, actors, events and the store (issue 15)."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.dates import iso_date, parse_date
from communique.names import slug


@pytest.mark.parametrize("value, expected", [
    ("2024-05-16", "2024-05-16"),
    ("2024-05-16T09:30:00Z", "2024-05-16"),
    ("2024-05-16 09:30:00+02:00", "2024-05-16"),
    ("20240516", "2024-05-16"),
    ("16 May 2024", "2024-05-16"),
    ("May 16, 2024", "2024-05-16"),
    ("Published on the 16th of May 2024 in Kyiv", "2024-05-16"),
    (dt.datetime(2024, 5, 16, 9, 30), "2024-05-16"),
    (dt.date(2024, 5, 16), "2024-05-16"),
    # not a day
    (None, None), ("", None), ("today", None), ("Now", None), ("2024-05", None), ("2024", None),
    ("31 February 2024", None), ("16 May 1850", None), ("soon", None),
])
def test_dates_parse_date(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("2014", dt.date(2014, 1, 1)), ("2014-03", dt.date(2014, 3, 1)), ("2014-3-7", dt.date(2014, 3, 7)),
    ("2014-13", None), ("today", None), ("1991-12-26", dt.date(1991, 12, 26)),
])
def test_dates_parse_date_partial(value, expected):
    assert parse_date(value, partial=True) == expected


def test_dates_every_reader_uses_the_one_parser():
    from communique.actors.text import parse_date as actors_parse
    from communique.events.context import parse_published
    from communique.store.rows import parse_date as store_parse
    from communique.structure.dates import normalise_date

    assert store_parse is parse_date
    assert actors_parse("2014") == dt.date(2014, 1, 1)
    assert normalise_date("16 May 2024") == "2024-05-16"
    assert parse_published("2024-05-16T10:00:00") == dt.date(2024, 5, 16)


@pytest.mark.parametrize("text, empty, expected", [
    ("Sergei Lavrov", "x", "sergei-lavrov"), ("Sergeï  Lavrov!", "x", "sergei-lavrov"),
    ("Côte d’Ivoire", "x", "cote-d-ivoire"), ("…", "x", "x"), ("", "unnamed", "unnamed"),
])
def test_names_slug(text, empty, expected):
    assert slug(text, empty) == expected


def test_names_store_and_actors_share_the_slug():
    from communique.actors.text import slug as actors_slug
    from communique.document import Actor
    from communique.store.rows import fallback_key

    assert actors_slug is slug
    assert fallback_key(Actor("a1", "Zoë Brandt", "person")) == "person:zoe-brandt"
    assert fallback_key(Actor("a1", "???", "group")) == "group:unnamed"

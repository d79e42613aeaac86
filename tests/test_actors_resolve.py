"""Resolution of short mentions out of context (``communique.actors.resolve_text``).
Every sentence and phrase here was written for these tests."""

from __future__ import annotations

import pytest

from communique.actors import resolve_text


@pytest.mark.parametrize("text, kind, country, sector, key", [
    # states: names, short forms, demonyms, government metonyms, capitals
    ("Kazakhstan", "state", "KAZ", None, "KAZ"),
    ("the United States", "state", "USA", None, "USA"),
    ("U.S.", "state", "USA", None, "USA"),
    ("the Russians", "state", "RUS", None, "RUS"),
    ("the Kremlin", "state", "RUS", "GOV", "RUS"),
    ("Beijing", "state", "CHN", "GOV", "CHN"),
    ("Kosovo", "state", "XKX", None, "XKX"),
    # persons, with and without titles
    ("Vladimir Putin", "person", "RUS", "GOV", "person:vladimir-putin"),
    ("Putin", "person", "RUS", "GOV", "person:vladimir-putin"),
    ("the Russian President", "person", "RUS", "GOV", "person:vladimir-putin"),
    ("President Kassym-Jomart Tokayev", "person", "KAZ", "GOV", "person:kassym-jomart-tokayev"),
    ("Viktor Orban", "person", "HUN", "GOV", "person:viktor-orban"),
    # offices without a known holder stay offices
    ("the Kenyan ambassador", "person", "KEN", "GOV", "KEN:GOV:ambassador"),
    # demonym + actor noun
    ("Russian troops", "organization", "RUS", "MIL", "RUS:MIL"),
    ("Russian officials", "state", "RUS", "GOV", "RUS"),
    ("Turkish leaders", "state", "TUR", "GOV", "TUR"),
    ("Kabul police", "organization", "AFG", "COP", "AFG:COP"),
    ("Central Asian jihadist groups", "armed_group", None, "REB", "region:central-asia:REB"),
    # organisations, IGOs and groups
    ("Nato", "igo", None, "IGO", "igo:nato"),
    ("the UN Security Council", "igo", None, "IGO", "igo:unsc"),
    ("Hezbollah", "armed_group", "LBN", "REB", "group:hezbollah"),
    ("the Pentagon", "organization", "USA", "MIL", "org:us-department-of-defense"),
    ("Boko Haram gunmen", "armed_group", "NGA", "REB", "group:boko-haram"),
])
def test_resolve_known_mentions(text, kind, country, sector, key):
    guess = resolve_text(text, date="2026-06-01")
    assert guess is not None, text
    assert (guess.kind, guess.country, guess.sector, guess.key) == (kind, country, sector, key)


@pytest.mark.parametrize("text", ["he", "yesterday", "the weather", "a nice idea", "us", "", "   "])
def test_resolve_abstains_on_non_actors(text):
    assert resolve_text(text) is None


@pytest.mark.parametrize("text, role", [
    ("Afghanistan's Minister of Defense", "Defence Minister"),
    ("the Afghan defence minister", "Defence Minister"),
])
def test_resolve_office_without_a_name(text, role):
    # before the Taliban took over, the KB knows no holder: the office is the actor
    guess = resolve_text(text, date="2019-03-01")
    assert guess.kind == "person" and guess.country == "AFG" and guess.role == role
    assert guess.sector in ("GOV", "MIL") and guess.key == "AFG:GOV:defence-minister"


def test_resolve_office_holder_depends_on_the_date():
    assert resolve_text("the German chancellor", date="2019-05-01").key == "person:angela-merkel"
    assert resolve_text("the German chancellor", date="2023-05-01").key == "person:olaf-scholz"


@pytest.mark.parametrize("day, kind, sector", [
    ("2015-05-01", "armed_group", "REB"),
    ("2021-08-14", "armed_group", "REB"),
    ("2021-08-15", "organization", "GOV"),
    ("2024-01-01", "organization", "GOV"),
])
def test_resolve_dated_facts_taliban(day, kind, sector):
    guess = resolve_text("the Taliban", date=day)
    assert (guess.kind, guess.country, guess.sector) == (kind, "AFG", sector)


def test_resolve_former_office_holder_is_elite():
    guess = resolve_text("Angela Merkel", date="2023-01-01")
    assert guess.sector == "ELI" and guess.role == "former Chancellor"
    assert resolve_text("Angela Merkel", date="2010-01-01").sector == "GOV"


def test_resolve_uses_context_for_a_missing_country():
    assert resolve_text("Defense Minister", date="2024-01-01").country is None
    guess = resolve_text("Defense Minister", context="German", date="2024-01-01")
    assert guess.country == "DEU" and guess.key == "person:boris-pistorius"


@pytest.mark.parametrize("text", ["US", "IS"])
def test_resolve_short_acronyms_need_capitals(text):
    assert resolve_text(text) is not None
    assert resolve_text(text.lower()) is None

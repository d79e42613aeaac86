"""Actors round 15 (issues 16-18): the places file knows the first-level subdivisions of the
states most present in international news and the large non-capital cities, each with its
country; names shared with a state, a person or a common word stay out. Every text here was
written for these tests."""

from __future__ import annotations

import pytest

from communique.actors import resolve_text


@pytest.mark.parametrize(("text", "country"), [
    ("Florida", "USA"), ("Texas", "USA"), ("Dallas", "USA"), ("St. Louis", "USA"),
    ("Alberta", "CAN"), ("Jalisco", "MEX"), ("Minas Gerais", "BRA"), ("Tucuman", "ARG"),
    ("Karnataka", "IND"), ("Orissa", "IND"), ("Indian Punjab", "IND"), ("Pakistani Punjab", "PAK"),
    ("Zhejiang", "CHN"), ("Xi'an", "CHN"), ("Tatarstan", "RUS"), ("Poltava", "UKR"),
    ("Anambra", "NGA"), ("Rivers State", "NGA"), ("Benin City", "NGA"), ("Queensland", "AUS"),
    ("Saxony", "DEU"), ("Lombardy", "ITA"), ("Murcia", "ESP"), ("West Java", "IDN"),
    ("Luzon", "PHL"), ("Diyala", "IRQ"), ("Hasakah", "SYR"), ("Nangarhar", "AFG"),
    ("Sidama", "ETH"), ("South Kordofan", "SDN"), ("North Kivu", "COD"), ("Osaka", "JPN"),
    ("Mecca", "SAU"), ("Manchester", "GBR"),
])
def test_a_subdivision_or_large_city_is_a_place_of_its_country(text, country):
    guess = resolve_text(text)
    assert (guess.kind, guess.country, guess.sector) == ("location", country, "CVL")


@pytest.mark.parametrize(("text", "kind", "country"), [
    ("Georgia", "state", "GEO"),  # the state, not the US state
    ("Washington", "state", "USA"),  # the government, not the US state
])
def test_a_name_shared_with_a_state_stays_the_state(text, kind, country):
    guess = resolve_text(text)
    assert (guess.kind, guess.country) == (kind, country)


@pytest.mark.parametrize("text", ["Punjab", "Rivers", "Plateau", "Milan", "Jersey"])
def test_an_ambiguous_name_is_left_out(text):
    guess = resolve_text(text)
    # round 16b: "Punjab" is a place of no country, which the state the document names decides
    assert guess is None or guess.kind != "location" or text == "Punjab" and guess.country is None


def test_a_state_official_takes_the_country_of_the_state(analyze):
    doc = analyze("The governor of Queensland criticised the new tariffs on Monday.")
    assert [(a.kind, a.country) for a in doc.actors if a.kind == "person"] == [("person", "AUS")]


def test_police_of_a_province_take_its_country(analyze):
    doc = analyze("Police in Jalisco arrested four men after the raid.")
    police = next(a for a in doc.actors if a.name == "Police")
    assert police.country == "MEX"


def test_a_place_inside_a_persons_name_is_no_place(analyze):
    doc = analyze("Senator Whitney Houston said the bill would pass.")
    assert [(a.name, a.kind, a.country) for a in doc.actors] == [("Whitney Houston", "person", None)]


def test_a_place_beside_a_title_stays_a_place(analyze):
    doc = analyze("Officials in Houston said the storm had passed.")
    assert ("Houston", "location", "USA") in [(a.name, a.kind, a.country) for a in doc.actors]

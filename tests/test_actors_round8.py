"""Actors round 8 (issue 17): legislators the knowledge base does not know, and the "for X"
of a title (its portfolio, not its holder's nationality). Every text here was written for
these tests."""

from __future__ import annotations

from communique.actors.resolve import resolve_text


def country_of(doc, name: str) -> str | None:
    return next(a.country for a in doc.actors if a.name == name)


def test_senators_take_the_country_where_the_bill_was_drafted(analyze):
    doc = analyze("OSLO (Wire) — Norwegian ministers on Tuesday criticised a fishing bill drafted in Washington.\n\n"
                  "Senator Mara Quillen and Senator Otis Vane said the bill would tax imports of Norwegian cod.")
    assert country_of(doc, "Mara Quillen") == "USA"
    assert country_of(doc, "Otis Vane") == "USA"


def test_a_legislator_keeps_the_country_of_his_own_sentence(analyze):
    doc = analyze("OSLO (Wire) — A fishing bill drafted in Washington angered Norway.\n\n"
                  "In Oslo, Senator Ivar Holm of the Storting called the bill unfair.")
    assert country_of(doc, "Ivar Holm") == "NOR"


def test_a_legislator_with_no_place_near_takes_the_story_country(analyze):
    doc = analyze("Norway's government met on Monday. Norway's fishermen protested.\n\n"
                  "Senator Ivar Holm said the quotas were too low. Norway will answer next week.")
    assert country_of(doc, "Ivar Holm") == "NOR"


def test_us_party_words_before_a_legislators_title():
    assert resolve_text("Republican Senator Jo Bell", date="2024-05-01").country == "USA"
    assert resolve_text("a Democratic senator", date="2024-05-01").country == "USA"
    a_senator = resolve_text("a Republican senator", date="2024-05-01")
    assert a_senator.country == "USA" and a_senator.how == "office"  # no holder picked from a party
    assert resolve_text("Liberal Democrat MP", date="2024-05-01").country is None
    assert resolve_text("Social Democratic senator", date="2024-05-01").country is None


def test_the_for_of_a_title_is_its_portfolio():
    assert resolve_text("Special Envoy for Syria", date="2024-05-01").country is None
    assert resolve_text("Special Representative for Afghanistan", date="2024-05-01").country is None
    assert resolve_text("Director General for America and Europe", date="2024-05-01").country is None
    peru = resolve_text("Director General for America and Europe at the foreign ministry of Peru", date="2024-05-01")
    assert peru.country == "PER"
    assert resolve_text("Minister for Foreign Affairs of Ireland", date="2024-05-01").country == "IRL"
    assert resolve_text("the Ugandan envoy", date="2024-05-01").country == "UGA"
    assert resolve_text("Uganda's envoy", date="2024-05-01").country == "UGA"


def test_a_person_with_a_portfolio_title_is_not_of_the_portfolio(analyze):
    doc = analyze("Ana Ruiz, Director General for America and Europe at the foreign ministry of Peru, "
                  "met the delegation on Monday.")
    assert country_of(doc, "Ana Ruiz") == "PER"


def test_a_trip_to_a_capital_does_not_place_a_legislator(analyze):
    doc = analyze("Chile's cabinet debated the budget. Chile's unions objected. Chile's banks waited.\n\n"
                  "The minister had planned a trip to Lisbon.\n\n"
                  "Senator Ivar Holm said the budget was too small.")
    assert country_of(doc, "Ivar Holm") == "CHL"

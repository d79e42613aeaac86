"""Actors round 20 (o2): an alias two knowledge-base entries share is read by the document's
context, a bare plural "governments" is no one state, a body's one-word KB alias that ends a
longer capitalised name is that other body, and a ministry whose name joins its fields with
"and" is read whole. Every text here was written for these tests."""

from __future__ import annotations

import pytest


def _mentions(doc) -> dict[str, str | None]:
    """``{mention text: actor key}`` of the document's actors."""
    return {doc.text[s:e]: a.key for a in doc.actors for s, e in a.mentions}


def _keys_of(doc, word: str) -> set[str | None]:
    return {a.key for a in doc.actors for s, e in a.mentions if word in doc.text[s:e]}


# -- 1. a shared alias ("RSF") by the document's context --------------------------------------
def test_the_full_name_spelled_out_settles_a_shared_alias(analyze):
    doc = analyze("The Rapid Support Forces shelled the camp again on Monday. Families who fled said "
                  "they had been stopped twice by RSF fighters on the road south.")
    assert _keys_of(doc, "RSF") == {"group:rsf-sudan"}


def test_a_fighting_noun_after_the_alias_reads_the_armed_group(analyze):
    doc = analyze("Aid workers in North Darfur said RSF fighters had looted two warehouses near the market.")
    assert _keys_of(doc, "RSF") == {"group:rsf-sudan"}


def test_rsf_in_a_press_freedom_text_stays_reporters_without_borders(analyze):
    doc = analyze("The press freedom group RSF said on Tuesday that eleven reporters were held in Ankara. "
                  "RSF asked for their release before the end of the month.")
    assert _keys_of(doc, "RSF") == {"org:rsf"}


def test_rsf_spelled_out_as_reporters_without_borders_stays_it_in_a_sudan_text(analyze):
    doc = analyze("Reporters Without Borders (RSF) said Sudan had detained four reporters in Port Sudan. "
                  "RSF called the arrests a warning to the whole press corps.")
    assert _keys_of(doc, "RSF") == {"org:rsf"}


# -- 2. "Both governments" is no one state -------------------------------------------------------
def test_both_governments_is_not_the_state_in_focus(analyze):
    doc = analyze("Sudan is running out of insulin. This year the United States cut its grant for Sudan, and "
                  "the United Kingdom cut its own budget. Both governments say they still care about Sudan.")
    country = {doc.text[s:e]: a.country for a in doc.actors for s, e in a.mentions}
    assert country.get("governments") is None
    assert _mentions(doc).get("Sudan") == "SDN"


def test_governments_with_their_states_named_stay(analyze):
    doc = analyze("The governments of Chad and Niger said nothing about the closed crossing.")
    assert any("Chad" in text for text in _mentions(doc))


# -- 3. a longer body name ending in a KB alias ---------------------------------------------------
def test_a_tariff_commission_is_not_the_european_commission(analyze):
    doc = analyze("Growers in Iloilo asked the Tariff Commission for an inquiry into cheap imports. "
                  "The growers say nobody answered.")
    keys = _mentions(doc)
    assert keys.get("Tariff Commission") == "org:tariff-commission"
    assert "igo:eu-commission" not in keys.values()


def test_the_commission_alone_in_a_brussels_text_stays_the_european_commission(analyze):
    doc = analyze("The Commission fined the carmaker on Thursday, officials in Brussels said.")
    assert "igo:eu-commission" in _mentions(doc).values()


# -- 4. a ministry whose name joins its fields with "and" ----------------------------------------
@pytest.mark.parametrize("text, name, key", [
    ("Last week the Ministry of Youth and Sports of Azerbaijan refused two visas.",
     "Ministry of Youth and Sports of Azerbaijan", "AZE"),
    ("On Friday the Ministry of Culture and Tourism of Turkey closed the museum.",
     "Ministry of Culture and Tourism of Turkey", "TUR"),
])
def test_a_ministry_named_with_and_is_read_whole(analyze, text, name, key):
    assert _mentions(analyze(text)).get(name) == key


def test_a_ministry_named_without_and_is_unchanged(analyze):
    doc = analyze("The Ministry of Defence of Armenia said nothing.")
    assert _mentions(doc).get("Ministry of Defence of Armenia") == "ARM"

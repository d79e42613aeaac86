"""Actors round 19b (e5): wire datelines, juntas and title lists. A report's dateline ("NAIROBI,
Dec 1 (Wire) -") gives the place it is filed from to the state's own voices only, not to reporters,
families, charities or people with no title; those who took power in a coup ("the putschists",
"the transitional authorities") are the government of the state where the coup happened; "the
foreign ministers of A, B and C" speak for A, B and C. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of


def countries_at(doc, phrase: str) -> set[str | None]:
    """The countries of the actors with a mention over ``phrase`` (its first occurrence)."""
    start = doc.text.index(phrase)
    return {a.country for a in doc.actors for s, e in a.mentions if s <= start < e}


def names_of(doc, ids) -> set[str]:
    by = {a.id: a.name for a in doc.actors}
    return {by[i] for i in ids}


# -- 1. a dateline places no private voice ------------------------------------------------------
@pytest.mark.parametrize("text, phrase, wrong", [
    ("NAIROBI, Dec 1 (East Wire) - Journalist Mark Otieno of the BBC said the press had been barred "
     "from the hearing.", "Mark Otieno", "KEN"),
    ("MUSCAT, Nov 29 (Gulf Wire) - Two Dutch engineers held since May were freed on Sunday. "
     "\"We never gave up,\" their sister, Anouk de Vries, said in Utrecht.", "Anouk de Vries", "OMN"),
])
def test_a_dateline_does_not_place_a_private_voice(analyze, text, phrase, wrong):
    assert wrong not in countries_at(analyze(text), phrase)


@pytest.mark.parametrize("text, phrase, country", [
    ("ACCRA, May 2 (Coast Wire) - The police said on Tuesday they had arrested four suspects after "
     "the robbery.", "police", "GHA"),
    ("DAKAR, June 5 (Sahel Wire) - The interior ministry said on Friday it had banned the march.",
     "interior ministry", "SEN"),
])
def test_a_dateline_still_places_the_states_own_organs(analyze, text, phrase, country):
    assert countries_at(analyze(text), phrase) == {country}


# -- 2. juntas, putschists, transitional authorities ----------------------------------------------
@pytest.mark.parametrize("text, phrase, country", [
    ("Soldiers seized power in Niger last week. On Monday the putschists arrested the prime minister.",
     "putschists", "NER"),
    ("The transitional authorities in Burkina Faso suspended the broadcaster on Friday.",
     "authorities in", "BFA"),
    ("Protesters marched in Conakry on Monday. The military junta banned all demonstrations.",
     "military junta", "GIN"),
    ("After the coup in Guinea, the military authorities arrested the former president.",
     "military authorities", "GIN"),
])
def test_those_who_took_power_are_of_the_state_of_the_coup(analyze, text, phrase, country):
    assert countries_at(analyze(text), phrase) == {country}


def test_a_junta_is_no_country_named_after_it(analyze):
    doc = analyze("The junta in Niamey expelled the French ambassador on Monday.")
    assert countries_at(doc, "junta") == {"NER"}


# -- 3. title lists: the states named, each a source ----------------------------------------------
@pytest.mark.parametrize("text, type_, states", [
    ("The foreign ministers of Chad, Niger and Mali condemned the sanctions.", "ACCUSE",
     {"Chad", "Niger", "Mali"}),
    ("On Tuesday the defence ministers of France, Germany, Italy and Spain signed an agreement with "
     "Ukraine.", "AGREE", {"France", "Germany", "Italy", "Spain"}),
    ("The leaders of Egypt and Jordan urged Israel to halt the offensive.", "REQUEST", {"Egypt", "Jordan"}),
])
def test_a_title_list_speaks_for_each_state(analyze, text, type_, states):
    doc = analyze(text)
    found = events_of(doc, type_)
    assert found and names_of(doc, found[0].source) == states


# -- 4. a bloc's communique speaks for no host state ---------------------------------------------
def test_a_title_in_a_blocs_communique_is_not_the_host_states(analyze):
    text = ("Communique of the Extraordinary Summit of the Southern African Development Community\n\n"
            "Gaborone, 4 March 2026\n\n"
            "1. The Summit condemns the seizure of power by the armed forces of Madagascar and the "
            "arrest of President Hery Rakotomanga and members of his cabinet.\n")
    doc = analyze(text, publisher="Southern African Development Community", published="2026-03-04")
    assert "BWA" not in countries_at(doc, "Hery Rakotomanga")

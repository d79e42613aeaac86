"""Actors round 33e16 (issue 16): the country an actor resolves to. An actor noun "of" a named
state is that state's, over the country in focus; names that several states' bodies share ("the
National Gendarmerie") are settled by the country the text names. Every text here was written
for these tests."""

from __future__ import annotations

import pytest


def countries_of(doc, mention: str) -> set[str | None]:
    return {a.country for a in doc.actors if any(doc.text[s:e] == mention for s, e in a.mentions)}


@pytest.mark.parametrize("text, mention, country", [
    # a heading: the sentence names Kenya and Tanzania, the story is Kenya's
    ("Statement by the Clerk of the National Assembly of Kenya on the arrest of two Members of the House "
     "by the authorities of the United Republic of Tanzania\n\nNAIROBI, 3 March 2026\n\n"
     "The Members were released on Sunday.", "authorities", "TZA"),
    # two states after "of": the first one's
    ("The Speaker of the National Assembly of Kenya spoke on Monday.\n\n"
     "He thanked the authorities of Uganda and Rwanda for their help.", "authorities", "UGA"),
    ("Statement by the Minister of Foreign Affairs of Ghana on the detention of Ghanaian traders by the "
     "authorities of the Togolese Republic\n\nACCRA, 3 March 2026\n\nThe traders were released on Sunday.",
     "authorities", "TGO"),
])
def test_an_actor_noun_of_a_named_state_is_that_states(analyze, text, mention, country):
    assert countries_of(analyze(text), mention) == {country}


def test_an_actor_noun_with_no_of_keeps_the_country_in_focus(analyze):
    doc = analyze("NAIROBI, 3 March 2026 (Wire) - Kenya protested on Monday. The authorities said the border "
                  "would stay open.")
    assert countries_of(doc, "authorities") == {"KEN"}


@pytest.mark.parametrize("text, country", [
    ("ABIDJAN, 3 March (Wire) - Two men were arrested by the National Gendarmerie in Cote d'Ivoire on Monday.",
     "CIV"),
    ("DAKAR, 3 March (Wire) - The National Gendarmerie of Senegal closed the road, officials in Senegal said.",
     "SEN"),
    ("PARIS, 3 March (Wire) - The National Gendarmerie detained three men near Lyon, France said.", "FRA"),
])
def test_a_shared_gendarmerie_name_takes_the_country_the_text_names(analyze, text, country):
    doc = analyze(text)
    assert {a.country for a in doc.actors if "Gendarmerie" in a.name} == {country}


def test_the_bare_foreign_office_is_still_britains(analyze):
    doc = analyze("LONDON, 3 March (Wire) - Britain summoned a diplomat. The Foreign Office said the arrests were "
                  "unjustified.")
    assert countries_of(doc, "Foreign Office") == {"GBR"}


def test_an_ambassador_with_envoys_of_two_states_before_keeps_the_focus(analyze):
    doc = analyze("VILNIUS, 3 March (Wire) - Lithuania summoned Belarus's ambassador and Russia's ambassador on "
                  "Monday.\n\nAmbassador Pavel Lukin said he would answer on Tuesday.")
    assert countries_of(doc, "Pavel Lukin") == {"LTU"}


def test_a_capitalised_body_a_statement_names_is_the_issuing_states(analyze):
    doc = analyze("Press release: a Finnish ship damaged a cable in the Baltic Sea\n\nTALLINN, 3 March 2026\n\n"
                  "The Navy has informed the Ministry of the Interior, which will raise the damage with the Finnish "
                  "authorities.", publisher="Ministry of Foreign Affairs of Estonia")
    assert countries_of(doc, "Ministry of the Interior") == {"EST"}


@pytest.mark.parametrize("text, country", [
    ("ABUJA, 3 March (Wire) - Nigeria protested on Monday. In the House of Representatives, a motion urging the "
     "government of Nigeria to act was adopted.", "NGA"),
    ("WASHINGTON, 3 March (Wire) - The House of Representatives passed a bill on farm aid on Tuesday, the United "
     "States government said.", "USA"),
    ("The House of Representatives passed the bill on Tuesday.", "USA"),
])
def test_a_shared_house_of_representatives_takes_the_country_the_text_names(analyze, text, country):
    assert countries_of(analyze(text), "House of Representatives") == {country}

"""Actors round 24a (a1): weapons that name no owner and do not act are no actors (they were
merged with the army of the country in focus); one-word names the model took for persons or
bodies that the text uses as places are no actors; the first person of a document an
international body issues is not the state of its place-and-date line. Every text here was
written for these tests."""

from __future__ import annotations


def _actor_of(doc, mention: str):
    """The actor one of whose mentions reads ``mention`` exactly (None if none)."""
    return next((a for a in doc.actors for s, e in a.mentions if doc.text[s:e] == mention), None)


def _mention_texts(doc) -> set[str]:
    return {doc.text[s:e] for a in doc.actors for s, e in a.mentions}


# -- weapons -----------------------------------------------------------------------------------

def test_weapons_sent_to_an_army_are_not_that_army(analyze):
    doc = analyze("The panel asked every government to halt the sale of rifles, drones and shells to the "
                  "Chadian army until the inquiry ends.")
    army = _actor_of(doc, "Chadian army")
    assert army is not None and army.country == "TCD"
    assert "drones" not in _mention_texts(doc)


def test_water_tanks_are_no_weapon(analyze):
    doc = analyze("The Red Crescent trucked water tanks and blankets to the camp near the Libyan army's base.")
    assert "water tanks" not in _mention_texts(doc)
    assert not any(doc.text[s:e] == "tanks" for a in doc.actors for s, e in a.mentions)


def test_artillery_an_army_fires_is_not_an_actor_of_its_own(analyze):
    doc = analyze("Kenya accused Somalia's army of firing artillery across the frontier on Sunday.")
    assert "artillery" not in _mention_texts(doc)
    army = _actor_of(doc, "Somalia's army")
    assert army is not None and army.country == "SOM"


def test_a_missile_in_a_quote_is_no_fleet(analyze):
    doc = analyze('"Each cargo this fleet carries buys a missile aimed at our towns," the Ukrainian minister said.')
    assert "missile" not in _mention_texts(doc)


def test_drones_that_strike_still_act(analyze):
    doc = analyze("Russian drones struck the port of Odesa overnight, Ukrainian officials said.")
    drones = _actor_of(doc, "Russian drones")
    assert drones is not None and drones.country == "RUS" and drones.sector == "MIL"


def test_owned_weapons_after_a_verb_keep_their_owner(analyze):
    doc = analyze("Ukraine said it had shot down twelve Russian drones over the Black Sea.")
    drones = _actor_of(doc, "twelve Russian drones")
    assert drones is not None and drones.country == "RUS"


# -- places read as names --------------------------------------------------------------------

def test_towns_on_a_railway_line_are_no_persons(analyze):
    doc = analyze("Tanzania said the loan would pay for a new railway line between Kilosa and Mpwapwa, "
                  "the finance minister told reporters.")
    texts = _mention_texts(doc)
    assert "Kilosa" not in texts and "Mpwapwa" not in texts


def test_a_village_after_in_and_around_is_no_actor(analyze):
    doc = analyze("Investigators said soldiers killed at least 60 people in and around Tankoula in May. "
                  "Survivors of Tankoula told them the bodies were burned.")
    assert "Tankoula" not in _mention_texts(doc)


def test_a_name_before_a_river_or_a_crossing_is_a_place(analyze):
    doc = analyze("Thousands of families waded across the Bawli river this week. Guards said shells fell "
                  "near the Kyinpyin crossing on Friday.")
    texts = _mention_texts(doc)
    assert "Bawli" not in texts and "Kyinpyin" not in texts


def test_a_town_listed_with_other_towns_is_a_place(analyze):
    doc = analyze("The rebels have cut off Gorom and other towns in the north for six months, aid groups said.")
    assert "Gorom" not in _mention_texts(doc)


def test_a_person_who_speaks_keeps_his_name(analyze):
    doc = analyze("Amadou Toure, a farmer, said he fled in March. Toure said in Bamako that his village was burned.")
    person = _actor_of(doc, "Amadou Toure")
    assert person is not None and person.kind == "person"


def test_talks_between_two_leaders_keep_both(analyze):
    doc = analyze("Talks between Ruto and Museveni ended late on Tuesday. Ruto said he was pleased.")
    texts = _mention_texts(doc)
    assert "Museveni" in texts and "Ruto" in texts


# -- the first person of an international body -------------------------------------------------

BRIEFING = (
    "Briefing to the Security Council by the Special Envoy of the Secretary-General for Yemen\n\n"
    "New York, 3 March 2026\n\n"
    "Madam President, my office has received new reports that both sides are holding aid workers "
    "in Taiz. We have raised these reports with the parties.\n"
)


def test_my_office_of_a_un_envoy_is_not_the_host_state(analyze):
    doc = analyze(BRIEFING, publisher="Office of the Special Envoy of the Secretary-General for Yemen",
                  published="2026-03-03")
    office = _actor_of(doc, "my office")
    assert office is None or office.country != "USA"
    assert not any(a.country == "USA" for a in doc.actors if a.kind != "location")


def test_a_state_ministry_keeps_its_first_person(analyze):
    doc = analyze("Statement by the Ministry of Foreign Affairs\n\nOslo, 3 March 2026\n\n"
                  "Our government condemns the attack on the convoy in Mali.\n",
                  publisher="Ministry of Foreign Affairs of Norway", published="2026-03-03")
    ours = _actor_of(doc, "Our government")
    assert ours is not None and ours.country == "NOR"


# -- verbs taken into a name, and relatives told apart by their given names ------------------------

FAMILY = (
    "For a year the ministry told the family of Dariush Karimi, a Danish engineer held in Tabriz, to stay "
    "quiet. His sister Nasrin Karimi has stopped listening. With two friends she set up the Free Dariush "
    "campaign, which now has 90,000 signatures.\n\n"
    "Nasrin has written to every member of parliament. Dariush, she says, has lost twelve kilos.\n\n"
    "What should Copenhagen do? Meet Nasrin Karimi this week. Summon the Iranian ambassador and say in "
    "public that Dariush Karimi is a hostage.\n"
)


def test_a_campaign_slogan_is_not_a_person(analyze):
    doc = analyze(FAMILY)
    names = {a.name for a in doc.actors}
    assert not any(n.startswith("Free ") for n in names)
    brother = _actor_of(doc, "Dariush Karimi")
    assert brother is not None and "Dariush" in {doc.text[s:e] for s, e in brother.mentions}


def test_a_verb_opening_a_sentence_is_no_part_of_the_name(analyze):
    doc = analyze(FAMILY)
    names = {a.name for a in doc.actors}
    assert not any(n.startswith(("Meet ", "Summon")) for n in names)


def test_a_given_name_alone_is_the_relative_it_names(analyze):
    doc = analyze(FAMILY)
    sister = _actor_of(doc, "Nasrin Karimi")
    assert sister is not None
    assert "Nasrin" in {doc.text[s:e] for s, e in sister.mentions}
    assert sum(1 for a in doc.actors if a.kind == "person" and "Nasrin" in a.name) == 1


def test_a_sentence_opening_verb_elsewhere_in_a_name_stays(analyze):
    doc = analyze("Officials said Hope Mwangi and Grace Said met the minister in Nairobi on Monday.")
    texts = _mention_texts(doc)
    assert "Grace Said" in texts or "Hope Mwangi" in texts


def test_release_campaign_with_a_full_name(analyze):
    doc = analyze("Students marched in Paris for the Release Omar Haddad committee on Saturday. Omar Haddad, a "
                  "French-Algerian reporter, has been held in Algiers since May.")
    names = {a.name for a in doc.actors}
    assert not any(n.startswith("Release ") for n in names)


# -- an armed group active in several states -----------------------------------------------------

SIEGE = (
    "OUAGADOUGOU, 4 May 2026 - Burkina Faso's army said on Sunday it had reopened the road to Djibo. "
    "Fighters of JNIM had blocked the road for a year, Burkinabe officials said. Burkina Faso's "
    "government said it would send food convoys to the north, and Burkina Faso asked its neighbours "
    "for help.\n"
)


def test_an_armed_group_takes_the_state_of_the_story_it_is_active_in(analyze):
    doc = analyze(SIEGE)
    jnim = _actor_of(doc, "JNIM")
    assert jnim is not None and jnim.country == "BFA"


def test_an_armed_group_in_its_home_story_keeps_its_home(analyze):
    doc = analyze("BAMAKO, 4 May 2026 - Mali's army said JNIM attacked a base near Gao. Malian "
                  "officials said Mali would send reinforcements, and Mali's government asked for calm.\n")
    jnim = _actor_of(doc, "JNIM")
    assert jnim is not None and jnim.country == "MLI"


def test_an_active_group_in_a_story_of_another_state_keeps_its_home(analyze):
    doc = analyze("DAKAR, 4 May 2026 - Senegal's government said it was watching JNIM closely. Senegalese "
                  "officials said Senegal had reinforced its eastern border, and Senegal's army was on alert.\n")
    jnim = _actor_of(doc, "JNIM")
    assert jnim is not None and jnim.country == "MLI"


def test_the_active_field_is_for_armed_groups_only(tmp_path):
    import pytest

    from communique.actors.kb import load_kb
    from communique.errors import LexiconError

    bad = tmp_path / "mine.yaml"
    bad.write_text("entries:\n- {key: org:acme-mining, name: Acme Mining, kind: organization, country: GHA, "
                   "active: [CIV]}\n", encoding="utf-8")
    with pytest.raises(LexiconError):
        load_kb((str(bad),))

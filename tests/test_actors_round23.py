"""Actors round 23 (a1): short definite forms of a body named before ("the federation", "the bank",
"the coalition" of an apposed descriptor, "the Authority's data"), a name spelled out before its
abbreviation ("the Alliance for Democratic Change (ADC)"), a state's name inside a river's or
basin's ("the Niger Basin Authority"), a vessel's flag ("a Marshall Islands-flagged tanker"), a
group "from" a body ("Observers from the SADC") and a person "of Britain's Royal Navy". Every text
here was written for these tests."""

from __future__ import annotations


def _actor_of(doc, mention: str):
    """The actor one of whose mentions reads ``mention`` exactly (None if none)."""
    return next((a for a in doc.actors for s, e in a.mentions if doc.text[s:e] == mention), None)


def _named(doc, name: str):
    return next((a for a in doc.actors if a.name == name), None)


def _mentions(doc, actor) -> list[str]:
    return [doc.text[s:e] for s, e in actor.mentions]


def _speakers(doc) -> list[str | None]:
    by = {a.id: a.name for a in doc.actors}
    return [by.get(q.speaker) for q in doc.quotes]


# -- 1. short definite forms ---------------------------------------------------------------------
def test_the_federation_after_a_named_federation_is_that_body(analyze):
    doc = analyze("The Adriatic Chess Federation condemned the ban on Monday. The federation said the players "
                  "had been barred without a hearing. A spokesman for the federation added that it would appeal.")
    body = _named(doc, "Adriatic Chess Federation")
    assert body is not None
    assert _mentions(doc, body).count("federation") == 2


def test_the_bank_after_one_named_bank_is_that_bank(analyze):
    doc = analyze("The Sahel Savings Bank approved a loan to Togo on Friday. The bank said the money would pay "
                  "for two bridges.")
    body = _named(doc, "Sahel Savings Bank")
    assert body is not None and "bank" in _mentions(doc, body)
    assert set(_speakers(doc)) == {"Sahel Savings Bank"}


def test_the_bank_after_two_named_banks_is_neither(analyze):
    doc = analyze("The Sahel Savings Bank and the Coastal Farmers Bank signed a deal. The bank said the money "
                  "would pay for roads.")
    for name in ("Sahel Savings Bank", "Coastal Farmers Bank"):
        body = _named(doc, name)
        assert body is None or "bank" not in _mentions(doc, body)


def test_the_bank_of_the_river_is_no_mention_of_the_named_bank(analyze):
    doc = analyze("The Sahel Savings Bank opened a branch in Mopti. Fishermen camped on the bank of the river "
                  "all week.")
    body = _named(doc, "Sahel Savings Bank")
    assert body is not None and "bank" not in _mentions(doc, body)


def test_the_banks_in_the_plural_are_no_mention_of_the_named_bank(analyze):
    doc = analyze("The Sahel Savings Bank raised its rates. The banks of the region followed within a week.")
    body = _named(doc, "Sahel Savings Bank")
    assert body is not None and not [m for m in _mentions(doc, body) if m.lower().startswith("bank")]


def test_the_federation_beside_a_federal_state_is_no_mention_of_the_named_body(analyze):
    doc = analyze("The Adriatic Chess Federation wrote to the Russian Federation on Monday. The federation "
                  "did not answer.")
    body = _named(doc, "Adriatic Chess Federation")
    assert body is None or "federation" not in _mentions(doc, body)


def test_the_federation_with_no_named_federation_makes_no_actor(analyze):
    doc = analyze("Ministers of the northern federation met in Oslo. The federation was founded in 1990.")
    assert _actor_of(doc, "federation") is None


def test_the_commission_after_a_named_electoral_commission_is_that_body(analyze):
    doc = analyze("The Zambezi Electoral Commission declared the result on Sunday. Observers urged the "
                  "commission to publish the tallies of every polling station.")
    body = _named(doc, "Zambezi Electoral Commission")
    assert body is not None and "commission" in _mentions(doc, body)


def test_a_descriptor_apposed_to_a_named_body_is_its_head(analyze):
    doc = analyze("The Combined Maritime Task Force, a coalition of nine navies led by France, said it would "
                  "escort ferries. Ankara warned the coalition against any interference.")
    body = _named(doc, "Combined Maritime Task Force")
    assert body is not None
    assert "coalition" in _mentions(doc, body)
    assert not [a for a in doc.actors if a.name == "coalition"]


def test_the_capitalised_authority_with_a_possessive_is_the_named_authority(analyze):
    doc = analyze("The Niger Basin Authority warned that the water was rising. The Authority's data showed a "
                  "rise of two metres in a week.")
    body = _named(doc, "Niger Basin Authority")
    assert body is not None and "Authority's data" in _mentions(doc, body)


# -- 2. merged and split names -------------------------------------------------------------------
def test_a_state_name_opening_a_basin_authority_is_no_mention_of_the_state(analyze):
    doc = analyze("The Niger Basin Authority warned that the water was rising near the dams.")
    body = _named(doc, "Niger Basin Authority")
    assert body is not None and body.kind != "state" and body.country != "NER"
    assert not [a for a in doc.actors if a.country == "NER" and a.kind == "state"]


def test_the_river_of_a_states_name_is_no_mention_of_the_state_but_the_state_stays(analyze):
    doc = analyze("Niger's junta said the Niger River had flooded three villages near Niamey.")
    state = _actor_of(doc, "Niger's junta")
    assert state is not None and state.country == "NER"
    assert _actor_of(doc, "Niger River") is None and _actor_of(doc, "Niger") is None


def test_lake_before_a_states_name_is_no_mention_of_the_state(analyze):
    doc = analyze("Fishing on Lake Chad has fallen by half, a report by the Lake Chad Basin Commission said.")
    assert not [a for a in doc.actors if a.kind == "state" and a.country == "TCD"]


def test_a_name_with_its_abbreviation_is_one_actor_and_no_alliance_of_nato(analyze):
    doc = analyze("The commission said Banda had won against Grace Tembo of the Alliance for Democratic Change "
                  "(ADC). The ADC said one of its supporters had been shot in Mzuzu.")
    party = _actor_of(doc, "Alliance for Democratic Change")
    assert party is not None and _actor_of(doc, "ADC") is party
    assert not [a for a in doc.actors if a.name == "NATO"]
    assert "Alliance for Democratic Change" in _speakers(doc)


def test_the_alliance_alone_after_nato_stays_nato(analyze):
    doc = analyze("NATO defence ministers met in Brussels. The Alliance said it would send more jets to the "
                  "east.")
    nato = _named(doc, "NATO")
    assert nato is not None and "The Alliance" in _mentions(doc, nato)


def test_an_alliance_of_a_longer_name_without_abbreviation_is_left_as_before(analyze):
    from communique.actors.recognize import _opens_abbreviated_name

    text = "the Alliance for Democratic Change (ADC)"
    assert _opens_abbreviated_name(text, 4, 12)
    assert not _opens_abbreviated_name("the Alliance for its members (NATO)", 4, 12)
    assert not _opens_abbreviated_name("the Alliance said", 4, 12)


# -- 3. flags and affiliations -------------------------------------------------------------------
def test_a_flag_compound_makes_no_hyphenated_actor_and_the_named_ship_takes_the_flag(analyze):
    doc = analyze("BANDAR ABBAS, Dec 5 (Gulf Wire) - Iran's Revolutionary Guards seized a Marshall "
                  "Islands-flagged oil tanker in the Strait of Hormuz on Friday. The Silver Heron, carrying fuel "
                  "oil to Singapore, was boarded by commandos.")
    assert not [a for a in doc.actors if a.name.endswith("-")]
    ship = _named(doc, "Silver Heron")
    assert ship is not None and ship.country == "MHL"


def test_a_ship_named_after_its_flag_compound_takes_the_flag(analyze):
    doc = analyze("The Panama-flagged bulk carrier Blue Wren ran aground near Galle, Sri Lanka's navy said.")
    ship = _named(doc, "Blue Wren")
    assert ship is not None and ship.country == "PAN"


def test_the_flag_differs_from_the_owner_and_the_owning_firm_keeps_its_own_country(analyze):
    doc = analyze("ATHENS, May 2 - Pirates boarded a Greek-owned, Liberia-flagged tanker off Somalia on "
                  "Tuesday. The owner, Aegean Star Shipping, said the crew of 21 was safe.")
    firm = _named(doc, "Aegean Star Shipping")
    assert firm is not None and firm.country != "LBR"


def test_two_flag_states_give_no_ship_a_flag(analyze):
    doc = analyze("A Panama-flagged tanker and a Malta-flagged freighter collided off Aden. The Blue Wren, "
                  "carrying grain, sank within an hour.")
    ship = _named(doc, "Blue Wren")
    assert ship is None or ship.country not in ("PAN", "MLT")


def test_observers_from_a_body_are_that_body(analyze):
    doc = analyze("Observers from the Southern African Development Community (SADC) said they had found "
                  "serious irregularities in three districts.")
    body = _named(doc, "SADC")
    assert body is not None and "Observers" in _mentions(doc, body)
    assert set(_speakers(doc)) == {"SADC"}


def test_troops_from_a_state_stay_troops_of_that_state(analyze):
    doc = analyze("Troops from Chad arrived in Niamey on Tuesday.")
    troops = _actor_of(doc, "Troops")
    assert troops is not None and troops.country == "TCD" and troops.kind != "state"


def test_a_commander_of_britains_navy_is_british_under_a_foreign_dateline(analyze):
    doc = analyze("BANDAR ABBAS, Dec 5 (Gulf Wire) - Iran said it would defend its waters. \"We will keep the "
                  "lanes open,\" the task force's commander, Commodore Peter Hale of Britain's Royal Navy, said "
                  "in a statement.")
    person = _actor_of(doc, "Commodore Peter Hale")
    assert person is not None and person.country == "GBR"


def test_a_captain_of_the_navy_named_by_its_adjective_is_of_that_state(analyze):
    doc = analyze("JAKARTA, Jan 3 - Captain Rosa Villanueva of the Philippine Navy said the patrol had ended "
                  "without incident.")
    person = _actor_of(doc, "Rosa Villanueva")
    assert person is not None and person.country == "PHL"


def test_the_commission_before_the_body_is_named_is_not_that_body(analyze):
    doc = analyze("Critics said the commission had been slow. Later the Zambezi Electoral Commission declared the "
                  "result.")
    body = _named(doc, "Zambezi Electoral Commission")
    assert body is not None and "commission" not in _mentions(doc, body)


def test_a_commander_in_a_flag_story_keeps_his_own_country(analyze):
    doc = analyze("BANDAR ABBAS, Dec 5 (Gulf Wire) - Iran's Revolutionary Guards seized a Marshall "
                  "Islands-flagged tanker on Friday. The Silver Heron, carrying fuel oil, was boarded by commandos. "
                  "\"The crew is safe,\" the Guards' navy commander, Rear Admiral Hamid Rostami, told state "
                  "television.")
    person = _actor_of(doc, "Hamid Rostami")
    assert person is not None and person.country != "MHL"


# -- 4. a state's post abroad --------------------------------------------------------------------
def test_its_embassy_in_a_foreign_capital_is_the_state_named_before_it(analyze):
    doc = analyze("LUSAKA, Dec 2 - Japan pledged a million doses of cholera vaccine for the two countries, its "
                  "embassy in Kinshasa said.")
    post = _actor_of(doc, "its embassy")
    assert post is not None and post.country == "JPN"


def test_its_embassy_in_its_own_capital_with_no_other_state_is_left_alone(analyze):
    doc = analyze("Iran summoned the ambassador on Thursday. Its embassy in Tehran was closed on Friday, state "
                  "media said.")
    post = _actor_of(doc, "Its embassy")
    assert post is None or post.country == "IRN"


def test_a_plural_last_word_of_a_name_gives_no_definite_mention(analyze):
    doc = analyze("Kestrel Airlines cancelled forty flights on Monday. The airlines said the strike would cost "
                  "them millions.")
    body = _named(doc, "Kestrel Airlines")
    assert body is None or "airlines" not in _mentions(doc, body)


def test_the_mission_after_observers_from_one_body_is_that_body(analyze):
    doc = analyze("Observers from the Southern African Development Community (SADC) said they had found "
                  "irregularities. The mission, led by a former Zambian vice-president, Inonge Wina, called on "
                  "the commission to publish the results.")
    body = _named(doc, "SADC")
    assert body is not None and "mission" in _mentions(doc, body)


def test_a_mission_of_its_own_named_before_the_observers_is_left_alone(analyze):
    doc = analyze("A UN mission arrived in Lilongwe on Monday. Observers from the Southern African Development "
                  "Community (SADC) said the count was slow. The mission said it would stay a week.")
    body = _named(doc, "SADC")
    assert body is not None and "mission" not in _mentions(doc, body)


def test_the_mission_after_observers_in_a_text_about_a_commission_is_the_observers_body(analyze):
    doc = analyze("The electoral commission declared the result. Observers from the Southern African Development "
                  "Community (SADC) said the count was slow. The mission called on the commission to publish "
                  "the tallies.")
    body = _named(doc, "SADC")
    assert body is not None and "mission" in _mentions(doc, body)


def test_a_newspaper_after_its_seat_and_noun_is_of_the_seats_country(analyze):
    doc = analyze("CARACAS, Dec 3 - Andres Villalba, 41, a correspondent for the Madrid daily El Diario Atlantico, "
                  "was detained at his hotel. El Diario Atlantico rejected the charges as absurd.")
    paper = _named(doc, "El Diario Atlantico")
    assert paper is not None and paper.country == "ESP"


def test_a_newspaper_with_no_seat_before_it_is_not_given_one(analyze):
    from communique.actors.build import _PAPER_SEAT

    assert _PAPER_SEAT.search("a correspondent for the daily ") is None
    assert _PAPER_SEAT.search("a correspondent for the Madrid daily ").group("seat") == "Madrid"

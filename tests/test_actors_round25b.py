"""Actors round 25b (a2): whose a firm is, and names that broke. A nationality adjective in a
firm's descriptor gives its country (not beside a seat: round 22's rule); a firm
called part of another takes the parent's country; a list of states after
"officers of" leaves the first state a state; an abbreviated given name or title ("Ma.", "Gen.")
ends no sentence and stays in the person's name. Every text here was written for these tests."""

from __future__ import annotations


def _actor_of(doc, mention: str):
    """The actor one of whose mentions reads ``mention`` exactly (None if none)."""
    return next((a for a in doc.actors for s, e in a.mentions if doc.text[s:e] == mention), None)


# -- a nationality in the descriptor ------------------------------------------------------------

def test_listed_miner_takes_the_adjective_not_the_town_in_its_name(analyze):
    doc = analyze("The Australian-listed miner Boke Coastal Minerals said it would appeal the ruling.")
    firm = _actor_of(doc, "Boke Coastal Minerals")
    assert firm is not None and firm.country == "AUS"


def test_apposed_descriptor_gives_the_country_and_is_the_firm(analyze):
    doc = analyze("Mopti Grain Traders, a Canadian trading company, denied paying any bribe.")
    firm = _actor_of(doc, "Mopti Grain Traders")
    assert firm is not None and firm.country == "CAN"
    assert not any(a.name.endswith("trading company") and a is not firm for a in doc.actors)


def test_charity_named_in_french_after_a_name_is_a_body(analyze):
    doc = analyze("Amis du Fleuve, a Belgian charity, said two of its nurses were missing near Goma.")
    body = _actor_of(doc, "Amis du Fleuve")
    assert body is not None and body.kind == "organization" and body.country == "BEL"


def test_state_operator_descriptor_before_the_name(analyze):
    doc = analyze("The Norwegian state ferry operator Fjordlink cancelled every crossing on Sunday.")
    firm = _actor_of(doc, "Fjordlink")
    assert firm is not None and firm.country == "NOR"


def test_a_place_in_the_descriptor_is_no_nationality(analyze):
    doc = analyze("The Perth-based miner Kambia Gold Holdings said its mine would stay shut.")
    firm = _actor_of(doc, "Kambia Gold Holdings")
    assert firm is None or firm.country != "AUS" or "Perth" not in firm.name


def test_two_nationalities_decide_nothing(analyze):
    doc = analyze("Mopti Grain Traders, a joint Malian and Senegalese company, signed the deal.")
    firm = _actor_of(doc, "Mopti Grain Traders")
    assert firm is not None and firm.country != "SEN"


def test_a_person_before_a_charity_worker_noun_stays_a_person(analyze):
    doc = analyze("Maria Lopez, a French charity worker, said the convoy had been stopped twice.")
    person = _actor_of(doc, "Maria Lopez")
    assert person is not None and person.kind == "person"


# -- a subsidiary of a firm ---------------------------------------------------------------------

def test_subsidiary_takes_the_parent_country(analyze):
    doc = analyze("The company, Boke Haulage Services, is a subsidiary of Perth-based Westgate Minerals.")
    firm = _actor_of(doc, "Boke Haulage Services")
    assert firm is not None and firm.country == "AUS"


def test_unit_of_a_described_group_takes_its_country(analyze):
    doc = analyze("Boke Port Logistics, a unit of the Danish group Nordhavn Holdings, said the quay was closed.")
    firm = _actor_of(doc, "Boke Port Logistics")
    assert firm is not None and firm.country == "DNK"


def test_member_of_a_firm_is_no_subsidiary(analyze):
    doc = analyze("Maria Lopez is a member of Westgate Minerals, a Canadian company.")
    person = _actor_of(doc, "Maria Lopez")
    assert person is not None and person.kind == "person"


# -- a list of states after "officers of" -------------------------------------------------------

def test_first_of_listed_states_stays_a_state(analyze):
    doc = analyze("The mission will be staffed by police officers of Ghana, Chile and Fiji.")
    ghana = _actor_of(doc, "Ghana")
    assert ghana is not None and ghana.kind == "state"


def test_soldiers_of_two_listed_states(analyze):
    doc = analyze("The patrol was led by marines of Senegal and Gambia.")
    senegal = _actor_of(doc, "Senegal")
    assert senegal is None or senegal.kind == "state"


def test_officers_of_one_state_keep_their_reading(analyze):
    doc = analyze("The unit includes officers of Kenya.")
    assert not any(a.kind == "state" and a.name == "Kenya" and a.mentions
                   and doc.text[a.mentions[0][0]:a.mentions[0][1]] == "officers of Kenya" for a in doc.actors)


# -- abbreviated given names and titles ---------------------------------------------------------

def test_abbreviated_given_name_ends_no_sentence(nlp):
    doc = nlp("Everyone will be flown home, said Secretary of Labor Ma. Luisa R. Santos. She spoke in Manila.")
    assert [s.text.split()[0] for s in doc.sents] == ["Everyone", "She"]


def test_abbreviated_given_name_stays_in_the_person(analyze):
    doc = analyze('"No worker will be left behind," said Secretary of Labor Ma. Luisa R. Santos on Monday.')
    person = next((a for a in doc.actors if a.kind == "person" and "Santos" in a.name), None)
    assert person is not None and person.name.startswith("Ma.")
    assert not any(a.name.endswith(" Ma") for a in doc.actors)


def test_military_title_abbreviations_end_no_sentence(nlp):
    doc = nlp("The order came from Lt. Col. Ana Reyes and Gen. Mark Tolo. Troops left at dawn.")
    assert len(list(doc.sents)) == 2


def test_a_full_stop_after_a_word_still_ends_the_sentence(nlp):
    doc = nlp("The talks were held in Iran. Delegates left on Friday.")
    assert len(list(doc.sents)) == 2


# -- the staff of a firm named after a place ----------------------------------------------------

def test_managers_of_a_firm_named_after_a_port_are_the_firm_not_the_port(analyze):
    doc = analyze("To the managers of Zhoushan Deepwater Fishing Holdings we say: stop.")
    assert not any(a.kind == "location" and a.name == "Zhoushan" for a in doc.actors)
    assert any(a.kind == "organization" and "Deepwater Fishing Holdings" in a.name for a in doc.actors)


def test_the_mayor_of_a_town_is_still_the_town_s(analyze):
    doc = analyze("The mayor of Goma said the road had reopened.")
    mayor = next((a for a in doc.actors if a.kind == "person"), None)
    assert mayor is not None and mayor.country == "COD"


def test_residents_of_a_firm_named_after_a_town_are_no_town(analyze):
    doc = analyze("Workers of Kamsar Bay Stevedoring Services walked out on Friday.")
    assert not any(a.kind == "location" and a.name == "Kamsar" for a in doc.actors)

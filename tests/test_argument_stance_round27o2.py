"""Author stance, round 27o2 (issue 18): attacked actors left in the dead zone or given the wrong sign.

An actor the writer attacks through someone tied to it (the state whose leader is only quoted, the party whose
whip does the bullying), an actor asked to keep its own word, to undo its own decision or to explain itself, and
harmful deeds told with no judging word ("detained", "expelled") gave the sentence model or nothing. The passages below were written
for this test (a coast, a bridge vote, a ferry crew, a valley of herders).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from conftest import author_polarity, has_reason, opinion_piece

_COAST = opinion_piece(
    "The coast deserves better\n\nBy a former teacher from the coast\n\n",
    "Our students left the coast one by one, and few of them came back.",
    "We will keep writing their names until the cells are opened.")
_BRIDGE = opinion_piece(
    "The bridge vote was bought\n\nBy a councillor of the river ward\n\n",
    "The town voted on the new bridge in March.",
    "We will vote again when the audit is done.")
_CREW = opinion_piece(
    "The ferry owes its crew\n\nBy a volunteer of the seafarers' mission\n\n",
    "The crew of the Marlin have not been paid since March. They sleep on board and eat what the chaplain brings.",
    "We will keep visiting the ship until the men are home.")
_VALLEY = opinion_piece(
    "The valley needs its huts back\n\nBy a herder of the upper valley\n\n",
    "The herders of the Dorn valley have lived there for three hundred years.",
    "Nobody in the capital has answered our letters. We will keep writing them.")


# 1. A leader with no evidence of its own inherits part of the sign of a state the writer judges in several pieces.
@pytest.mark.issue(18)
def test_a_leader_only_quoted_inherits_the_states_sign():
    text = _COAST("Eritrea jailed the editors of every independent paper in 2001. Eritrea expelled the aid agencies in "
                  "2006. President Isaias Afwerki has said that the country needs no help from anyone.")
    polarity, reasons = author_polarity(text, "Isaias Afwerki")
    assert polarity < -0.2, (polarity, reasons)
    assert reasons == ["inherited from 'Eritrea' (its leader)"], reasons


@pytest.mark.issue(18)
def test_one_piece_against_the_state_is_not_passed_on():
    text = _COAST("Eritrea jailed the editors of every independent paper in 2001. President Isaias Afwerki has said "
                  "that the country needs no help from anyone.")
    _, reasons = author_polarity(text, "Isaias Afwerki")
    assert not has_reason(reasons, "inherited"), reasons


@pytest.mark.issue(18)
def test_a_leader_with_evidence_of_its_own_keeps_it():
    text = _COAST("Eritrea jailed the editors of every independent paper in 2001. Eritrea expelled the aid agencies in "
                  "2006. President Isaias Afwerki freed two of the editors last year, and we thank him for it.")
    _, reasons = author_polarity(text, "Isaias Afwerki")
    assert not has_reason(reasons, "inherited"), reasons


# 2. A party answers for its own whip: a body of a sector a state does not answer for (a party, a union) is owned
# by a body of its own sector ("Fidesz's chief whip").
@pytest.mark.issue(18)
def test_a_party_answers_for_its_whip():
    text = _BRIDGE("Fidesz's chief whip, Olek Brandt, walked the hall with a list of names. Olek Brandt lied to the "
                   "council about the cost, and Olek Brandt bullied the clerks who asked for the figures.")
    polarity, reasons = author_polarity(text, "Fidesz")
    assert polarity < -0.2, (polarity, reasons)
    assert has_reason(reasons, "evaluative 'lie', via its 'Fidesz's chief whip'"), reasons


@pytest.mark.issue(18)
def test_a_state_does_not_answer_for_its_opposition():
    text = _BRIDGE("Hungary's opposition leader, Olek Brandt, walked the hall with a list of names. Olek Brandt lied "
                   "to the council about the cost, and Olek Brandt bullied the clerks who asked for the figures.")
    _, reasons = author_polarity(text, "Hungary")
    assert not any("via its" in r for r in reasons), reasons


# 3. Asked to keep its own word, or to undo its own decision: a demand for accountability.
@pytest.mark.issue(18)
@pytest.mark.parametrize("passage,actor,reason", [
    ("The Pellan Maritime Registry should honour the convention it signed and send the crew home.",
     "Pellan Maritime Registry", "keep its own word 'honour what it signed'"),
    ("The Lund Harbour Trust has not respected its obligations to the crew.",
     "Lund Harbour Trust", "keep its own word 'respected its obligations'"),
    ("The Osk Port Board should reverse its decision to cut the water supply to the quay.",
     "Osk Port Board", "undo its own deed 'reverse its decision'"),
])
def test_asked_to_keep_its_word_or_undo_its_decision(passage, actor, reason):
    polarity, reasons = author_polarity(_CREW(passage), actor)
    assert polarity < -0.2, (polarity, reasons)
    assert reason in reasons, reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage,actor", [
    ("The Osk Port Board kept its word last winter and paid the fuel bill.", "Osk Port Board"),
    ("The Lund Harbour Trust should honour the crew with a plaque on the quay.", "Lund Harbour Trust"),
])
def test_a_word_kept_or_an_honour_is_no_demand(passage, actor):
    _, reasons = author_polarity(_CREW(passage), actor)
    assert not has_reason(reasons, "keep its own word"), reasons


# 3b. An accounting asked: "explain" with a clause of a question word, "face" with an object of justice, and a
# "that" clause in the subjunctive under a verb of asking.
@pytest.mark.issue(18)
@pytest.mark.parametrize("passage,actor,reason", [
    ("The Vessa Maritime Authority has yet to explain why it let the ship sail.",
     "Vessa Maritime Authority", "asked to account 'explain'"),
    ("We demand that the Lund Harbour Trust explain where the crew's money went.",
     "Lund Harbour Trust", "asked to account 'explain'"),
    ("The Osk Port Board must face the court for what it did to these men.", "Osk Port Board", "asked to account 'face'"),
])
def test_an_accounting_asked(passage, actor, reason):
    polarity, reasons = author_polarity(_CREW(passage), actor)
    assert polarity < -0.2, (polarity, reasons)
    assert reason in reasons, reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage,actor", [
    ("The Vessa Maritime Authority should explain the new rules to the crews in their own languages.",
     "Vessa Maritime Authority"),
    ("The Osk Port Board must face a hard winter with half its tugs laid up.", "Osk Port Board"),
    ("The Vessa Maritime Authority explained why the ship could not sail.", "Vessa Maritime Authority"),
])
def test_an_explanation_or_a_hardship_is_no_accounting(passage, actor):
    _, reasons = author_polarity(_CREW(passage), actor)
    assert not has_reason(reasons, "asked to account"), reasons


# 4. Harmful deeds told with no judging word: detained, expelled.
@pytest.mark.issue(18)
@pytest.mark.parametrize("passage,actor,reason", [
    ("In May the Kestovan Border Agency detained the herders at night and took their phones.",
     "Kestovan Border Agency", "harmful act 'detain'"),
    ("The Kestovan Border Agency expelled the families of the herders from the valley in June.",
     "Kestovan Border Agency", "harmful act 'expel'"),
])
def test_harmful_deeds_with_no_judging_word(passage, actor, reason):
    polarity, reasons = author_polarity(_VALLEY(passage), actor)
    assert polarity < -0.2, (polarity, reasons)
    assert reason in reasons, reasons


# 4b. A verb of force is a harm when done to people (the beneficiaries of helpful_acts.en.tsv), not to things or rivals.
_SQUARE = opinion_piece(
    "The square belongs to us\n\nBy a student of the old university\n\n",
    "We came to the square every evening for a month.",
    "We will come back to the square.")


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage,reason", [
    ("On the third night the Nordvik Guard beat the students at the gate, one by one.", "harmful act 'beat student'"),
    ("The Nordvik Guard chased the villagers out of the square.", "harmful act 'chase villager'"),
    ("Two nurses were attacked by the Nordvik Guard outside the clinic.", "harmful act 'attack nurse'"),
])
def test_force_on_people_is_a_harmful_act(passage, reason):
    polarity, reasons = author_polarity(_SQUARE(passage), "Nordvik Guard")
    assert polarity < -0.2, (polarity, reasons)
    assert reason in reasons, reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage", [
    "The Nordvik Guard beat the favourites in the cup final.",
    "The Nordvik Guard fired once, at a machine, not at people.",
])
def test_force_on_things_or_rivals_is_no_harmful_act(passage):
    _, reasons = author_polarity(_SQUARE(passage), "Nordvik Guard")
    assert not has_reason(reasons, "harmful act"), reasons


@pytest.mark.issue(18)
def test_a_detention_the_writer_only_fears_is_no_deed():
    _, reasons = author_polarity(_VALLEY("The Kestovan Border Agency may detain the herders if they stay."),
                                 "Kestovan Border Agency")
    assert not has_reason(reasons, "harmful act"), reasons


# 5. One name built twice, as a body and as a person: the person's country (a guess from the text around it) does
# not keep the two apart.
@pytest.mark.issue(18)
def test_a_name_built_as_a_body_and_a_person_is_one_actor():
    from communique.rhetoric.stance import _same_name_twins

    def actor(i, kind, country):
        return SimpleNamespace(id=i, name="Nordmark Holz", kind=kind, country=country)

    assert _same_name_twins([actor("a1", "organization", "AUT"), actor("a2", "person", "ROU")]) == {"a2": "a1"}
    assert _same_name_twins([actor("a1", "organization", "AUT"), actor("a2", "organization", "ROU")]) == {}
    assert _same_name_twins([actor("a1", "person", "AUT"), actor("a2", "person", "ROU")]) == {}

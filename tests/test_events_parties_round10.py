"""Event participants, round 10: who acts and who is acted upon in constructions common in news
(warnings against an act, borders named by an adjective, weapons fired at someone, mutual acts,
plural titles, companions, passive acts set in an act noun, forces sent). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from conftest import actor_names as _names, analyse_text, events_of as _of, first_event as _one


def _doc(pipeline, text):
    return analyse_text(pipeline, text, "2024-05-16")


#: (sentence, event type, role, the role's actor names): one event whose role is exactly those actors.
ROLES = [
    pytest.param("Beijing warned Tokyo against sending warships to the strait.",
                 "MOBILIZE", "source", {"Japan"}, id="warned-against"),
    pytest.param("Kenya deployed troops along the Ugandan border.",
                 "MOBILIZE", "target", {"Uganda"}, id="border-adjective"),
    pytest.param("Chile offered to mediate between Peru and Bolivia.",
                 "CONSULT", "target", {"Peru", "Bolivia"}, id="mediate-between"),
    pytest.param("The United Nations called for an immediate ceasefire between Israel and Hamas.",
                 "REQUEST", "target", {"Israel", "Hamas"}, id="ceasefire-between"),
    pytest.param("Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Pena in Lima. "
                 "The foreign ministers agreed to hold talks with Bolivia.",
                 "AGREE", "source", {"Ana Soto", "Luis Pena"}, id="plural-title"),
    pytest.param("Ana Soto met Luis Pena in Lima. The two ministers agreed to reopen the border.",
                 "AGREE", "source", {"Ana Soto", "Luis Pena"}, id="the-two-after-meeting"),
    pytest.param("Kenya and Uganda, along with Tanzania, condemned the coup in Burundi.",
                 "ACCUSE", "source", {"Kenya", "Uganda", "Tanzania"}, id="along-with"),
    pytest.param("Two Kenyan soldiers were killed in an ambush by Al-Shabaab fighters near the border.",
                 "ASSAULT", "source", {"al-Shabaab"}, id="ambush-by"),
    pytest.param("Russian troops entered Kazakhstan at the request of President Kassym-Jomart Tokayev.",
                 "REQUEST", "target", {"Russian troops"}, id="at-the-request-of"),
    pytest.param("William Ruto said Uganda and Tanzania had been irresponsible.",
                 "ACCUSE", "target", {"Uganda", "Tanzania"}, id="said-coordinated"),
]


@pytest.mark.parametrize("text, type_, role, names", ROLES)
def test_role_of_the_event(pipeline, text, type_, role, names):
    doc = _doc(pipeline, text)
    found = _names(doc, getattr(_one(doc, type_), role))
    assert found == names, found


def test_of_hung_on_the_coordinated_object_names_the_doers(pipeline):
    doc = _doc(pipeline, "Chile accused Peru and its allies of arming the rebels.")
    aid = _one(doc, "AID")
    assert "Peru" in _names(doc, aid.source), _names(doc, aid.source)


def test_accusing_each_other_is_mutual(pipeline):
    doc = _doc(pipeline, "Chile and Peru accused each other of violating the ceasefire.")
    acc = _one(doc, "ACCUSE")
    assert _names(doc, acc.source) == {"Chile", "Peru"}, _names(doc, acc.source)
    assert _names(doc, acc.target) == {"Chile", "Peru"}, _names(doc, acc.target)


def test_wounded_in_a_national_airstrike_on_a_place(pipeline):
    doc = _doc(pipeline, "Three civilians were wounded in an Israeli airstrike on Gaza.")
    hit = _one(doc, "ASSAULT")
    assert _names(doc, hit.source) == {"Israel"}, _names(doc, hit.source)
    assert "Israel" not in _names(doc, hit.target), _names(doc, hit.target)


def test_troops_sent_are_the_mobilising_side(pipeline):
    doc = _doc(pipeline, "Kenyan troops were sent to Haiti to fight the gangs.")
    move = _one(doc, "MOBILIZE")
    assert _names(doc, move.target) == {"Haiti"}, _names(doc, move.target)
    assert move.source, [(e.type, e.source, e.target) for e in doc.events]


def test_released_prisoners_are_no_retreating_side(pipeline):
    # only a MOBILIZE's passive subject is the moving side: released prisoners stay acted upon
    doc = _doc(pipeline, "Two Chilean prisoners were released on Sunday, the Peruvian government said.")
    rel = _one(doc, "RETREAT")
    assert "Chile" not in _names(doc, rel.source), _names(doc, rel.source)
    assert "Chile" in _names(doc, rel.target), _names(doc, rel.target)


def test_at_odds_keeps_its_own_parties(pipeline):
    # "at odds" is no invitation: its parties stay the two sides of the disagreement
    doc = _doc(pipeline, "Ana Soto was at odds with Luis Pena over the budget.")
    odds = _one(doc, "ACCUSE")
    assert _names(doc, odds.source) == {"Ana Soto"}, _names(doc, odds.source)
    assert _names(doc, odds.target) == {"Luis Pena"}, _names(doc, odds.target)


def test_told_two_addressees_targets_both(pipeline):
    doc = _doc(pipeline, "Kenya told Uganda and Tanzania to withdraw their troops.")
    ask = [e for e in _of(doc, "REQUEST") if e.cue and e.cue.startswith("tell-request")]
    assert ask, [(e.type, e.cue) for e in doc.events]
    assert _names(doc, ask[0].target) == {"Uganda", "Tanzania"}, _names(doc, ask[0].target)


def test_owner_of_the_doer_is_no_fallback_target(pipeline):
    doc = _doc(pipeline, "Tunisia's neighbours Algeria and Morocco imposed bans on face veils.")
    ban = _one(doc, "COERCE")
    assert "Tunisia" not in _names(doc, ban.target), _names(doc, ban.target)

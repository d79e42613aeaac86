"""Event participants, round 10: who acts and who is acted upon in constructions common in news
(warnings against an act, borders named by an adjective, weapons fired at someone, mutual acts,
plural titles, companions, passive acts set in an act noun, forces sent). Sentences written for
these tests."""

from __future__ import annotations

from conftest import actor_names as _names, analyse_text, events_of as _of, first_event as _one


def _doc(pipeline, text):
    return analyse_text(pipeline, text, "2024-05-16")


def test_the_one_warned_against_an_act_would_do_it(pipeline):
    doc = _doc(pipeline, "Beijing warned Tokyo against sending warships to the strait.")
    move = _one(doc, "MOBILIZE")
    assert _names(doc, move.source) == {"Japan"}, _names(doc, move.source)


def test_of_hung_on_the_coordinated_object_names_the_doers(pipeline):
    doc = _doc(pipeline, "Chile accused Peru and its allies of arming the rebels.")
    aid = _one(doc, "AID")
    assert "Peru" in _names(doc, aid.source), _names(doc, aid.source)


def test_border_named_by_an_adjective_is_the_side_beyond(pipeline):
    doc = _doc(pipeline, "Kenya deployed troops along the Ugandan border.")
    move = _one(doc, "MOBILIZE")
    assert _names(doc, move.target) == {"Uganda"}, _names(doc, move.target)


def test_mediating_between_two_parties_targets_both(pipeline):
    doc = _doc(pipeline, "Chile offered to mediate between Peru and Bolivia.")
    talks = _one(doc, "CONSULT")
    assert _names(doc, talks.target) == {"Peru", "Bolivia"}, _names(doc, talks.target)


def test_ceasefire_between_two_parties_is_asked_of_both(pipeline):
    doc = _doc(pipeline, "The United Nations called for an immediate ceasefire between Israel and Hamas.")
    ask = _one(doc, "REQUEST")
    assert _names(doc, ask.target) == {"Israel", "Hamas"}, _names(doc, ask.target)


def test_accusing_each_other_is_mutual(pipeline):
    doc = _doc(pipeline, "Chile and Peru accused each other of violating the ceasefire.")
    acc = _one(doc, "ACCUSE")
    assert _names(doc, acc.source) == {"Chile", "Peru"}, _names(doc, acc.source)
    assert _names(doc, acc.target) == {"Chile", "Peru"}, _names(doc, acc.target)


def test_plural_title_is_every_person_with_that_role(pipeline):
    doc = _doc(pipeline, "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Pena in Lima. "
                         "The foreign ministers agreed to hold talks with Bolivia.")
    agree = _one(doc, "AGREE")
    assert _names(doc, agree.source) == {"Ana Soto", "Luis Pena"}, _names(doc, agree.source)


def test_the_two_after_a_meeting_are_both_who_met(pipeline):
    doc = _doc(pipeline, "Ana Soto met Luis Pena in Lima. The two ministers agreed to reopen the border.")
    agree = _one(doc, "AGREE")
    assert _names(doc, agree.source) == {"Ana Soto", "Luis Pena"}, _names(doc, agree.source)


def test_companion_acts_with_the_subject(pipeline):
    doc = _doc(pipeline, "Kenya and Uganda, along with Tanzania, condemned the coup in Burundi.")
    acc = _one(doc, "ACCUSE")
    assert _names(doc, acc.source) == {"Kenya", "Uganda", "Tanzania"}, _names(doc, acc.source)


def test_killed_in_an_ambush_by_x_has_x_as_source(pipeline):
    doc = _doc(pipeline, "Two Kenyan soldiers were killed in an ambush by Al-Shabaab fighters near the border.")
    hit = _one(doc, "ASSAULT")
    assert _names(doc, hit.source) == {"al-Shabaab"}, _names(doc, hit.source)


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


def test_at_the_request_of_names_who_was_asked(pipeline):
    doc = _doc(pipeline, "Russian troops entered Kazakhstan at the request of President Kassym-Jomart Tokayev.")
    ask = _one(doc, "REQUEST")
    assert _names(doc, ask.target) == {"Russian troops"}, _names(doc, ask.target)


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


def test_speech_accusation_of_a_coordinated_subject_targets_both(pipeline):
    doc = _doc(pipeline, "William Ruto said Uganda and Tanzania had been irresponsible.")
    acc = _one(doc, "ACCUSE")
    assert _names(doc, acc.target) == {"Uganda", "Tanzania"}, _names(doc, acc.target)


def test_owner_of_the_doer_is_no_fallback_target(pipeline):
    doc = _doc(pipeline, "Tunisia's neighbours Algeria and Morocco imposed bans on face veils.")
    ban = _one(doc, "COERCE")
    assert "Tunisia" not in _names(doc, ban.target), _names(doc, ban.target)

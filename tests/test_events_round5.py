"""Event rules of issue 16's fifth round (recall on whole news documents): noun triggers
framed by a modifier or a preposition, "called for X to ...", coordinated speech verbs,
claimed attacks, aid withheld, new accusation and sanction cues; sentences written for this
project."""

from __future__ import annotations

from conftest import actor_names as _names, analyse_text as _doc, event_cues as _why, events_of as _of


def test_events_phone_call_between_leaders_is_a_consultation(pipeline):
    doc = _doc(pipeline, "The readout of a phone call between Gabriel Boric and Javier Milei was published.")
    talks = _of(doc, "CONSULT")
    assert talks, _why(doc)
    assert _names(doc, talks[0].source) == {"Gabriel Boric", "Javier Milei"}
    assert talks[0].trigger.text == "phone call"


def test_events_call_with_a_leader_is_a_consultation(pipeline):
    doc = _doc(pipeline, "Questions grew about Olaf Scholz's call with Turkish President Recep Tayyip Erdogan.")
    talks = _of(doc, "CONSULT")
    assert talks, _why(doc)
    assert "call with" in talks[0].cue


def test_events_missile_strike_is_an_attack(pipeline):
    doc = _doc(pipeline, "Nobody was hurt in the missile strike on Polish troops near the airfield.")
    assert _of(doc, "ASSAULT"), _why(doc)


def test_events_strike_without_weapon_stays_ambiguous(pipeline):
    doc = _doc(pipeline, "Dock workers in Rotterdam began a strike over pay on Monday.")
    assert not _of(doc, "ASSAULT"), _why(doc)


def test_events_called_for_government_to_act_is_a_request(pipeline):
    doc = _doc(pipeline, "Maria Lopez called for the government of Chile to reduce spending.")
    req = _of(doc, "REQUEST")
    assert req, _why(doc)
    assert _names(doc, req[0].source) == {"Maria Lopez"}
    assert "Chile" in _names(doc, req[0].target)


def test_events_coordinated_naming_verb_keeps_the_speaker(pipeline):
    doc = _doc(pipeline, "Viktor Orban praised the police and named both Amnesty International and "
                         "Greenpeace as terrorists.")
    acc = [e for e in _of(doc, "ACCUSE") if e.cue.startswith("speech-accuse:named")]
    assert acc, _why(doc)
    assert len(acc[0].source) == 1 and _names(doc, acc[0].source) <= {"Viktor Orban", "Viktor Orbán"}
    assert {"Amnesty International", "Greenpeace"} <= _names(doc, acc[0].target)


def test_events_described_claims_as_baseless_is_a_rejection(pipeline):
    doc = _doc(pipeline, "The Indian government described Pakistan's claims as baseless and false.")
    rej = _of(doc, "REJECT")
    assert rej and rej[0].cue == "speech-reject:described+baseless", _why(doc)
    assert "Pakistan" in _names(doc, rej[0].target)


def test_events_described_a_move_as_illegal_is_an_accusation(pipeline):
    doc = _doc(pipeline, "The Indian government described Pakistan's move as illegal.")
    acc = _of(doc, "ACCUSE")
    assert acc and acc[0].cue == "speech-accuse:described+illegal", _why(doc)


def test_events_meddling_said_of_a_government_is_an_accusation(pipeline):
    doc = _doc(pipeline, "Chile's president said the Peruvian government was meddling in its elections.")
    assert _of(doc, "ACCUSE"), _why(doc)


def test_events_claimed_attack_is_an_attack_by_the_claimant(pipeline):
    doc = _doc(pipeline, "The bombing of the convoy was claimed by al-Shabaab.")
    att = _of(doc, "ASSAULT")
    assert att, _why(doc)
    assert "al-Shabaab" in _names(doc, att[0].source)


def test_events_withheld_aid_is_a_sanction(pipeline):
    doc = _doc(pipeline, "Washington withheld military aid from Kyiv for two months.")
    assert _of(doc, "SANCTION"), _why(doc)


def test_events_amount_in_aid_is_the_object(pipeline):
    doc = _doc(pipeline, "Brussels delayed 200 million euros in aid to Hungary.")
    assert _of(doc, "SANCTION"), _why(doc)


def test_events_took_aim_at_is_an_accusation(pipeline):
    doc = _doc(pipeline, "Kyriakos Mitsotakis took aim at Turkey in a speech to parliament.")
    acc = _of(doc, "ACCUSE")
    assert acc, _why(doc)
    assert _names(doc, acc[0].target) == {"Turkey"}


def test_events_trade_restrictions_are_a_sanction(pipeline):
    doc = _doc(pipeline, "The European Union imposed trade restrictions on Belarus.")
    assert _of(doc, "SANCTION"), _why(doc)


def test_events_talks_held_between_parties(pipeline):
    doc = _doc(pipeline, "Peace talks were held between Ethiopia and the TPLF in Pretoria.")
    talks = _of(doc, "CONSULT")
    assert talks and "held" in talks[0].cue, _why(doc)
    assert "Ethiopia" in _names(doc, talks[0].source)


def test_events_relative_clause_subject_is_the_noun_it_follows(pipeline):
    doc = _doc(pipeline, "Kosovo's prime minister, who met Serbian President Aleksandar Vucic in Brussels, "
                         "said no deal was reached.")
    talks = _of(doc, "CONSULT")
    assert talks, _why(doc)
    assert talks[0].source and talks[0].target, _why(doc)


def test_events_extended_sanctions_by_a_named_body(pipeline):
    doc = _doc(pipeline, "Sanctions against Russia were extended by the European Union.")
    san = _of(doc, "SANCTION")
    assert san and _names(doc, san[0].source) == {"European Union"}, _why(doc)


def test_events_aggression_said_of_a_state_is_an_accusation_not_an_attack(pipeline):
    doc = _doc(pipeline, "Cuba said the new restrictions were an act of aggression by the United States.")
    assert not _of(doc, "ASSAULT"), _why(doc)


def test_events_no_casualties_from_a_strike_does_not_negate_it(pipeline):
    doc = _doc(pipeline, "Officials in Erbil reported no casualties from the rocket strike on Turkish troops.")
    att = _of(doc, "ASSAULT")
    assert att and att[0].mode == "asserted", [(e.type, e.mode, e.cue) for e in doc.events]


def test_events_call_for_a_ceasefire_noun_is_a_request(pipeline):
    doc = _doc(pipeline, "Norway's call for a ceasefire in Sudan came after a week of fighting.")
    assert [e for e in _of(doc, "REQUEST") if "call for" in e.cue], _why(doc)


def test_events_poisoning_of_a_named_person_is_an_attack(pipeline):
    doc = _doc(pipeline, "The poisoning of Sergei Skripal strained relations between London and Moscow.")
    assert _of(doc, "ASSAULT"), _why(doc)


def test_events_demand_inside_a_direct_quote_is_the_speakers(pipeline):
    doc = _doc(pipeline, "Kenyan President William Ruto criticised Tanzania on Monday.\n\n"
                         "\"Tanzania must lift the ban immediately,\" Ruto told reporters in Nairobi.")
    req = [e for e in _of(doc, "REQUEST") if e.cue.startswith("deontic-demand")]
    assert req, _why(doc)
    assert _names(doc, req[0].source) == {"William Ruto"}
    assert _names(doc, req[0].target) == {"Tanzania"}


def test_events_calling_accusations_baseless_rejects_them(pipeline):
    doc = _doc(pipeline, "Tanzania's foreign minister January Makamba said the accusations by Kenya were baseless.")
    rej = [e for e in _of(doc, "REJECT") if e.cue == "speech-reject:said+baseless"]
    assert rej, _why(doc)
    assert not [e for e in _of(doc, "ACCUSE") if e.cue.startswith("speech-accuse")], _why(doc)


def test_events_no_longer_allowing_ends_a_relation(pipeline):
    doc = _doc(pipeline, "Washington will no longer allow cruise ships to travel to Cuba.")
    san = _of(doc, "SANCTION")
    assert san and san[0].cue == "no-longer:allow", _why(doc)
    assert not _of(doc, "CONCEDE"), _why(doc)


def test_events_suspended_arms_sales_are_a_sanction(pipeline):
    doc = _doc(pipeline, "Britain suspended its arms sales to Saudi Arabia.")
    san = _of(doc, "SANCTION")
    assert san and "Saudi Arabia" in _names(doc, san[0].target), _why(doc)


def test_events_designated_as_two_objects_is_an_accusation(pipeline):
    doc = _doc(pipeline, "The United States has designated the Houthis a terrorist organisation.")
    acc = _of(doc, "ACCUSE")
    assert acc and acc[0].cue == "speech-accuse:designated+terrorist", _why(doc)


def test_events_call_made_by_a_leader_to_another(pipeline):
    doc = _doc(pipeline, "Reporters obtained notes of a phone call made by Emmanuel Macron to Vladimir Putin.")
    talks = _of(doc, "CONSULT")
    assert talks, _why(doc)
    assert _names(doc, talks[0].source) == {"Emmanuel Macron"}
    assert _names(doc, talks[0].target) == {"Vladimir Putin"}


def test_events_passive_call_to_act_is_a_request_to_the_subject(pipeline):
    doc = _doc(pipeline, "Italy and Egypt were openly called to join the pipeline project.")
    req = [e for e in _of(doc, "REQUEST") if e.cue == "tell-request:called"]
    assert req, _why(doc)
    assert _names(doc, req[0].target) == {"Italy", "Egypt"}


def test_events_subject_that_faces_sanctions_is_their_target(pipeline):
    doc = _doc(pipeline, "Russia faces new sanctions from the European Union.")
    san = _of(doc, "SANCTION")
    assert san, _why(doc)
    assert _names(doc, san[0].target) == {"Russia"}
    assert _names(doc, san[0].source) == {"European Union"}


def test_events_country_facing_attacks_is_their_target(pipeline):
    doc = _doc(pipeline, "Burkina Faso is facing terrorist attacks in the north.")
    att = _of(doc, "ASSAULT")
    assert att and _names(doc, att[0].target) == {"Burkina Faso"}, _why(doc)


def test_events_armed_conflict_between_named_states_is_an_attack(pipeline):
    doc = _doc(pipeline, "Armenia's military conflict with Azerbaijan flared again in September.")
    assert [e for e in _of(doc, "ASSAULT") if "military conflict" in e.trigger.text], _why(doc)


def test_events_naval_coalition_announced_is_cooperation(pipeline):
    doc = _doc(pipeline, "France announced a naval coalition with Italy and Greece to patrol the Red Sea.")
    coop = _of(doc, "COOPERATE")
    assert coop and "naval coalition" in coop[0].trigger.text, _why(doc)
    assert _names(doc, coop[0].source) == {"France"}

"""Events of issue 16's sixteenth round: recall on statements and wire reports. Sentences written
for this project."""

from __future__ import annotations

from conftest import analyse_text, events_with_parties


def test_a_judgement_said_of_a_material_act_is_an_accusation_besides_the_act(pipeline):
    # the said clause holds the detention (coded) and "illegally" said of it (the accusation)
    doc = analyse_text(pipeline, "Chile said on Monday that Peruvian troops had illegally detained three "
                                 "fishermen near Arica.")
    assert [(src, tgt) for e, src, tgt in events_with_parties(doc, "ACCUSE")] == [(["Chile"], ["Peruvian troops"])]
    assert events_with_parties(doc, "COERCE")


def test_a_said_speech_act_is_still_coded_once(pipeline):
    # the said clause holds a speech act of its own: no second accusation for its word
    doc = analyse_text(pipeline, "Peru said Chile had accused it of illegal fishing in its waters.")
    assert len(events_with_parties(doc, "ACCUSE")) == 1


def test_being_in_contact_with_a_government_is_a_consultation(pipeline):
    doc = analyse_text(pipeline, "The spokesperson said Brazil was in close contact with the government in Lima "
                                 "about the flooding.")
    assert [(src, tgt) for e, src, tgt in events_with_parties(doc, "CONSULT")] == [(["Brazil"], ["Peru"])]


def test_a_report_told_before_its_source_judges_nobody(pipeline):
    # "illegally" describes the crossing in a report the official only passes on
    doc = analyse_text(pipeline, "Peru has granted asylum to twelve Chilean rebels who crossed the border "
                                 "illegally last year, a United Nations official said on Monday.")
    assert not [e for e in doc.events if e.type == "ACCUSE"], [(e.type, e.cue) for e in doc.events]


# Second acts in a sentence (helper e1): each act with its own arguments is an event of its own,
# its doer found for its own clause, and no act is coded twice.

def _dyads(doc, type_: str) -> list:
    return [(src, tgt) for _e, src, tgt in events_with_parties(doc, type_)]


def test_who_responds_with_an_attack_does_it(pipeline):
    # "which" is Israel; the airstrikes are the response of the one that responds
    doc = analyse_text(pipeline, "Hamas fired rockets at Israel, which responded with airstrikes on Gaza.")
    dyads = _dyads(doc, "ASSAULT")
    assert (["Hamas"], ["Israel"]) in dyads
    assert any(src == ["Israel"] for src, _tgt in dyads), dyads


def test_a_retaliation_is_an_act_of_its_own_in_the_other_direction(pipeline):
    # Moscow's sanctions against Warsaw are not Warsaw's expulsion again, though the same two take part
    doc = analyse_text(pipeline, "Moscow retaliated with sanctions on Polish apples after Warsaw expelled two "
                                 "Russian diplomats.")
    dyads = _dyads(doc, "SANCTION")
    assert (["Poland"], ["Russia"]) in dyads and (["Russia"], ["Poland"]) in dyads


def test_an_expulsion_answered_by_an_expulsion_gives_two_sanctions(pipeline):
    doc = analyse_text(pipeline, "India expelled a Pakistani diplomat for spying, and Pakistan retaliated by "
                                 "expelling an Indian envoy.")
    assert sorted(src for src, _tgt in _dyads(doc, "SANCTION")) == [["India"], ["Pakistan"]]


def test_the_parties_of_talks_do_what_a_which_clause_says_of_them(pipeline):
    doc = analyse_text(pipeline, "Egypt hosted talks between Israel and Hamas, which agreed to a truce.")
    (src, tgt), = _dyads(doc, "AGREE")
    assert sorted(src) == sorted(tgt) == ["Hamas", "Israel"]


def test_a_which_clause_on_the_object_of_an_attack_is_the_attackers_act(pipeline):
    # the parser hangs "which wounded" on the post; the post did not wound anyone, the attack did. Since round
    # 27e2 the toll of a kept attack noun is that attack told once more, not an event of its own: one ASSAULT,
    # Peru's, and none with the post (or nobody) as the one who wounded
    doc = analyse_text(pipeline, "The Peruvian attack on the Chilean border post, which wounded three soldiers, "
                                 "drew condemnation from Santiago.")
    assaults = [(e.trigger.text, src) for e, src, _tgt in events_with_parties(doc, "ASSAULT")]
    assert assaults == [("attack", ["Peru"])]


def test_a_national_attack_that_a_protest_is_about_is_reported(pipeline):
    doc = analyse_text(pipeline, "Ecuador protested the Peruvian water cannon attack on a fishing boat.")
    assert any(src == ["Peru"] for src, _tgt in _dyads(doc, "ASSAULT"))
    assert events_with_parties(doc, "PROTEST")


def test_a_national_request_that_is_rejected_is_no_request(pipeline):
    # only material acts: the rejected request is what is rejected, not an event of its own
    doc = analyse_text(pipeline, "Chile rejected the American request for a naval base in Arica.")
    assert not [e for e in doc.events if e.type == "REQUEST"]
    assert events_with_parties(doc, "REJECT")


def test_a_national_deployment_that_is_allowed_is_no_mobilisation(pipeline):
    # allowed, not judged: what is allowed has not happened as reported
    doc = analyse_text(pipeline, "Libya allowed Turkish troop deployments on its soil under the accord.")
    assert not [e for e in doc.events if e.type == "MOBILIZE"]


def test_what_a_report_says_was_supplied_is_an_aid_event(pipeline):
    # the "that" clause is what the reports say, not a publication
    doc = analyse_text(pipeline, "South Korea expressed concern over reports that North Korean missiles have "
                                 "been supplied to Russia.")
    assert any("Russia" in tgt for _src, tgt in _dyads(doc, "AID"))


def test_a_report_released_by_a_body_is_no_event(pipeline):
    doc = analyse_text(pipeline, "Kenya welcomed the report released by the United Nations on Somalia.")
    assert not [e for e in doc.events if e.trigger.text.startswith("released")]


def test_artillery_fire_in_response_is_an_attack_by_who_responds(pipeline):
    doc = analyse_text(pipeline, "Indian troops fired on Pakistani positions along the Line of Control, and "
                                 "Pakistan responded with artillery fire.")
    assert any(src == ["Pakistan"] for src, _tgt in _dyads(doc, "ASSAULT"))


def test_two_seizures_of_the_same_state_by_the_same_state_are_one_event(pipeline):
    # one event per sentence, type, source and target: the crew goes with the ship
    doc = analyse_text(pipeline, "Venezuela seized the Guyanese ship and detained its crew.")
    assert len(events_with_parties(doc, "COERCE")) == 1


def test_killing_and_wounding_in_one_attack_is_one_event_per_victim_group(pipeline):
    # the wounded "others" are no second attack upon anyone named
    doc = analyse_text(pipeline, "M23 rebels killed five Congolese soldiers and wounded twenty others near Goma "
                                 "on Monday.")
    assert len(events_with_parties(doc, "ASSAULT")) == 1


def test_a_protest_in_response_is_the_responders(pipeline):
    # a diplomatic protest is an ACCUSE (disapprove) since round 16c's lexicon, as the verb "protest to" was
    doc = analyse_text(pipeline, "Japan responded with a formal protest to Beijing.")
    assert [src for _e, src, _tgt in events_with_parties(doc, "ACCUSE")] == [["Japan"]]


def test_talks_an_agreement_is_reached_at_are_held_by_those_who_agree(pipeline):
    doc = analyse_text(pipeline, "Peru and Ecuador agreed in talks in Quito to reopen the border.")
    talks = [(e.mode, sorted(src)) for e, src, _tgt in events_with_parties(doc, "CONSULT")]
    assert talks == [("asserted", ["Ecuador", "Peru"])]


def test_a_meeting_that_frames_no_agreement_names_nobody(pipeline):
    # "in principle" is no meeting; no consultation is made up for a lone agreement
    doc = analyse_text(pipeline, "Kenya agreed in principle to send police officers to Haiti.")
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_consultations_held_with_a_government_are_with_it(pipeline):
    doc = analyse_text(pipeline, "The Secretary General briefed the allies on the consultations held with the "
                                 "Government of Ukraine on cyber defence.")
    assert any("Ukraine" in tgt for _src, tgt in _dyads(doc, "CONSULT"))


def test_talks_held_when_no_agreement_was_reached_still_took_place(pipeline):
    doc = analyse_text(pipeline, "Peru and Chile did not agree at the talks in Lima on the maritime border.")
    assert [e.mode for e in doc.events if e.type == "CONSULT"] == ["asserted"]
    assert [e.mode for e in doc.events if e.type == "AGREE"] == ["negated"]


def test_a_strike_answering_an_earlier_drone_attack_is_a_second_attack(pipeline):
    # the two attacks go in opposite directions: neither repeats the other
    doc = analyse_text(pipeline, "Israel struck Iranian air defences near Isfahan, days after Iran launched "
                                 "drones at Israel.")
    dyads = _dyads(doc, "ASSAULT")
    assert (["Iran"], ["Israel"]) in dyads and (["Israel"], ["Iran"]) in dyads

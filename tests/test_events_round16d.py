"""Events of issue 16, round 16d: the mode of acts inside demands, denials and reproaches.
Sentences written for this project."""

from __future__ import annotations

from conftest import analyse_text


def _modes(doc, type_: str) -> list[str]:
    return [e.mode for e in doc.events if e.type == type_]


def test_a_demand_owned_by_another_is_made_though_not_met(pipeline):
    # Uganda does not meet the demands, but Kenya made them
    doc = analyse_text(pipeline, "Uganda did not accede to Kenya's demands for a joint inquiry.")
    assert _modes(doc, "REQUEST") == ["asserted"]
    assert _modes(doc, "CONCEDE") == ["negated"]


def test_a_request_not_accepted_was_still_made(pipeline):
    doc = analyse_text(pipeline, "Sudan did not accept Egypt's request for a meeting.")
    assert _modes(doc, "REQUEST") == ["asserted"]


def test_a_rejected_demand_stays_negated(pipeline):
    # the refusal codes the one REJECT; the demand it turns down is not a second factual act
    doc = analyse_text(pipeline, "Peru rejected Bolivia's demand for a corridor to the sea.")
    assert "asserted" not in _modes(doc, "REQUEST")
    assert "REJECT" in {e.type for e in doc.events}


def test_an_own_act_not_launched_stays_negated(pipeline):
    # a pronoun possessor is the subject's own: the offensive did not happen
    doc = analyse_text(pipeline, "Kenya did not launch its offensive against Somalia.")
    assert _modes(doc, "ASSAULT") == ["negated"]


def test_the_act_one_helps_to_stop_goes_on(pipeline):
    doc = analyse_text(pipeline, "The SDF asked Syria to help stop the Turkish aggression.")
    assert _modes(doc, "ASSAULT") == ["asserted"]
    assert _modes(doc, "REQUEST") == ["asserted"]


def test_a_refusal_to_stop_shelling_still_negates_the_stopping(pipeline):
    doc = analyse_text(pipeline, "The rebels refused to stop the shelling of Goma.")
    assert _modes(doc, "RETREAT") == ["negated"]


def test_should_have_done_is_a_reproach_not_a_demand(pipeline):
    doc = analyse_text(pipeline, "Bhandari said Nepal should have expelled the Indian ambassador.")
    # round 20c: what was not done is not coded at all (was SANCTION hypothetical; the statement
    # gold codes no event for "should have called in the ambassador")
    assert _modes(doc, "SANCTION") == []
    assert not [e for e in doc.events if e.type == "REQUEST"], [(e.type, e.cue) for e in doc.events]


def test_should_do_is_still_a_demand(pipeline):
    doc = analyse_text(pipeline, "Bhandari said Nepal should expel the Indian ambassador.")
    assert _modes(doc, "SANCTION") == ["demanded"]
    assert _modes(doc, "REQUEST") == ["asserted"]


def test_must_have_known_is_no_demand_either(pipeline):
    doc = analyse_text(pipeline, "The minister said Moldova must have closed the border crossing to Romanian trucks.")
    assert not [e for e in doc.events if e.type == "REQUEST"], [(e.type, e.cue) for e in doc.events]


def test_a_prohibition_stays_negated(pipeline):
    doc = analyse_text(pipeline, "Nepal must not send troops to India.")
    assert _modes(doc, "MOBILIZE") == ["negated"]


def test_failing_to_halt_an_offensive_negates_the_halt(pipeline):
    doc = analyse_text(pipeline, "Iran failed to halt the Iraqi offensive.")
    assert _modes(doc, "RETREAT") == ["negated"]


def test_a_warning_hung_on_a_later_rejection_is_not_negated(pipeline):
    # a headline of two clauses: the parser makes the warning the ccomp of "rejects"
    doc = analyse_text(pipeline, "NATO warns Moldova over delayed reforms, Chisinau rejects 'unfair' criticism")
    assert _modes(doc, "THREATEN") == ["asserted"]


def test_an_offer_made_last_year_keeps_its_content_offered(pipeline):
    doc = analyse_text(pipeline, "The minister said Peru had offered in March to set up joint patrols with the "
                                 "Bolivian army but had never heard back.")
    assert _modes(doc, "COOPERATE") == ["offered"]


def test_an_act_in_a_past_time_clause_of_a_request_is_asserted(pipeline):
    doc = analyse_text(pipeline, "Estonia on Friday asked NATO to convene its council after three Russian "
                                 "warships entered its territorial waters.")
    assert _modes(doc, "MOBILIZE") == ["asserted"]
    assert _modes(doc, "CONSULT") == ["demanded"]  # the requested meeting itself


def test_an_indefinite_subject_of_must_is_addressed_by_nobody(pipeline):
    doc = analyse_text(pipeline, "A ceasefire violation must not become a pretext for war, the Kenyan envoy "
                                 "told Somalia.")
    assert not [e for e in doc.events if e.cue and e.cue.startswith("deontic-demand")], \
        [(e.type, e.cue) for e in doc.events]


def test_a_named_subject_of_should_is_still_addressed(pipeline):
    doc = analyse_text(pipeline, "Kenya said Somalia should withdraw its troops.")
    assert [e.mode for e in doc.events if e.cue and e.cue.startswith("deontic-demand")] == ["asserted"]


def test_an_order_to_ones_own_troops_is_carried_out(pipeline):
    doc = analyse_text(pipeline, "The Chadian president ordered his troops to withdraw from the border with Sudan.")
    assert _modes(doc, "RETREAT") == ["asserted"]


def test_an_order_to_another_state_is_a_demand(pipeline):
    doc = analyse_text(pipeline, "Chad ordered Sudan to withdraw its troops from the border.")
    assert _modes(doc, "RETREAT") == ["demanded"]

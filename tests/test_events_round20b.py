"""Events of issue 16's round 20b (dyad targets by form): whom an act is aimed at, by the form the
target takes in the sentence (direct object, inside a PP, possessor of the object, object of a
nominalised act, an infinitive's subject, a coordinated pair, a place for its state), and the new
mechanisms: "appealed to X" / "pleaded with X" name the addressee (and the one who must act); a body
that opens its speaker's title ("UNHCR spokeswoman Marta Ruiz") is on the speaker's side; an
agreement whose only targets are in its that-clause is between those who agree; "officials from A
and B" are of both; nobody is met "in" a person. Sentences written for this project, in styles of
our own (not the development documents')."""

from __future__ import annotations

import pytest
from conftest import analyse_text


def _parties(doc) -> list:
    """Every event as (type, source names, target names)."""
    by = {a.id: a.name for a in doc.actors}
    return [(e.type, sorted(by[i] for i in e.source), sorted(by[i] for i in e.target)) for e in doc.events]


# generality first: one sentence per form of the target, each in a style the sets do not have
FORM_CASES = [
    pytest.param("Norway imposed fresh sanctions on Belarus after the disputed vote.",
                 ("SANCTION", ["Norway"], ["Belarus"]), id="inside_a_pp_sanctions_on"),
    pytest.param("Kazakhstan held talks with Uzbekistan over water quotas on the Syr Darya.",
                 ("CONSULT", ["Kazakhstan"], ["Uzbekistan"]), id="inside_a_pp_talks_with"),
    pytest.param("Chile urged Argentina to reopen the mountain pass before winter.",
                 ("REQUEST", ["Chile"], ["Argentina"]), id="an_infinitives_subject"),
    pytest.param("Qatar invited Ethiopia and Egypt to a new round of talks on the dam.",
                 # an invitation is an offered CONSULT since round 23 (it was AGREE); the parties are pinned
                 ("CONSULT", ["Qatar"], ["Egypt", "Ethiopia"]), id="a_coordinated_pair_of_objects"),
    pytest.param("Beijing warned Taipei against any move toward formal independence.",
                 ("THREATEN", ["China"], ["Taiwan"]), id="a_capital_for_its_state"),
    pytest.param("Armenia protested the shelling of its border villages by Azerbaijan.",
                 ("PROTEST", ["Armenia"], ["Azerbaijan"]), id="the_agent_of_a_nominalised_act"),
    pytest.param("Brazil rejected Venezuela's claim to the Essequibo region.",
                 ("REJECT", ["Brazil"], ["Venezuela"]), id="the_possessor_of_the_object"),
    pytest.param("Tanzania voiced concern over Uganda's decision to close the border crossing.",
                 ("ACCUSE", ["Tanzania"], ["Uganda"]), id="concern_over_a_possessors_decision"),
    pytest.param("Lithuania ordered the expulsion of three Belarusian diplomats on Tuesday.",
                 ("REQUEST", ["Lithuania"], ["Belarus"]), id="the_object_of_a_nominalised_act"),
    # round 20b: the addressee of "appeal to" / "plead with"
    pytest.param("Ecuador and Peru have quarrelled over fishing rights for months. The Vatican appealed "
                 "to both sides for calm.",
                 ("REQUEST", ["Vatican"], ["Ecuador", "Peru"]), id="appealed_to_both_sides"),
    pytest.param("Ecuador and Peru have quarrelled over fishing rights for months. The Vatican pleaded "
                 "with both sides to respect the truce.",
                 ("REQUEST", ["Vatican"], ["Ecuador", "Peru"]), id="pleaded_with_both_sides"),
    pytest.param("Ecuador and Peru have quarrelled over fishing rights for months. The Vatican appealed "
                 "to Chile to respect the truce.",
                 ("RETREAT", ["Chile"], ["Vatican"]), id="the_one_appealed_to_is_to_act"),
    # an agreement on what a third party should do is between the two who agree
    pytest.param("Kenya and Tanzania agreed that the East African Community should send observers to Burundi.",
                 ("AGREE", ["Kenya", "Tanzania"], ["Kenya", "Tanzania"]), id="agreed_that_a_third_should_act"),
    # negative: one side alone agrees to what another is to do; that other is its target
    pytest.param("Chile agreed that Peru should host the next summit.",
                 ("AGREE", ["Chile"], ["Peru"]), id="one_side_agreeing_keeps_its_target"),
    # "officials from A and B", "delegations from A and B": both; a place misread as a person is a venue
    pytest.param("Officials from Tunisia and Libya will meet in Ras Jedir next week to discuss the border.",
                 ("CONSULT", ["Libya", "Tunisia"], ["Libya", "Tunisia"]), id="officials_from_two_states_meet"),
    pytest.param("Delegations from Sudan and South Sudan met in Juba on Tuesday.",
                 ("CONSULT", ["South Sudan", "Sudan"], ["South Sudan", "Sudan"]),
                 id="delegations_from_two_states_met"),
    # negative: officials of one state meeting another's envoys keep the envoys as the other side
    pytest.param("Officials from Tunisia met Libyan envoys in Tunis on Monday.",
                 ("CONSULT", ["Tunisia"], ["Libyan envoys"]), id="officials_of_one_state_meet_anothers_envoys"),
]


@pytest.mark.parametrize(("text", "expected"), FORM_CASES)
def test_the_event_has_these_parties(pipeline, text, expected):
    doc = analyse_text(pipeline, text)
    assert expected in _parties(doc), _parties(doc)


def test_appealed_for_names_no_addressee(pipeline):
    # negative: "appealed for calm" has no "to X"; the new "appeal to" entry does not fire
    doc = analyse_text(pipeline, "Uruguay appealed for calm after the clashes on the river.")
    assert [p for p in _parties(doc) if p[0] == "REQUEST"] == [("REQUEST", ["Uruguay"], [])], _parties(doc)


def _accusations(doc) -> list:
    return [p for p in _parties(doc) if p[0] == "ACCUSE"]


def test_a_spokeswoman_does_not_accuse_her_own_agency(pipeline):
    doc = analyse_text(pipeline, "Greece pushed back 200 asylum seekers to Turkey on Monday, the UN refugee agency "
                                 "UNHCR said. \"Returning people to danger is a breach of international law,\" "
                                 "UNHCR spokeswoman Marta Ruiz said in Geneva.")
    quoted = [p for p in _accusations(doc) if p[1] == ["Marta Ruiz"]]
    assert quoted and all("UNHCR" not in p[2] for p in quoted), _parties(doc)


def test_a_spokesman_under_the_bodys_short_name(pipeline):
    # "WHO" is the knowledge base's short name for the organisation named in full before
    doc = analyse_text(pipeline, "The World Health Organization criticised the closure of the border clinics. "
                                 "\"Shutting these clinics is a violation of the right to health,\" WHO spokesman "
                                 "Tarik Jasarevic said.")
    quoted = [p for p in _accusations(doc) if p[1] == ["Tarik Jasarevic"]]
    assert quoted and all("World Health Organization" not in p[2] for p in quoted), _parties(doc)


def test_a_body_named_inside_the_quote_is_still_accused(pipeline):
    # negative: the speaker's title names no body ("government spokesman"); the named accused stays
    doc = analyse_text(pipeline, "\"UNICEF is lying about the camps,\" government spokesman Ali Hassan said.")
    assert ("ACCUSE", ["Ali Hassan"], ["UNICEF"]) in _parties(doc), _parties(doc)


def test_a_ministry_spokesman_accuses_the_other_side(pipeline):
    # negative: a title after a comma-free "ministry" names no other body; the accused is the envoy's side
    doc = analyse_text(pipeline, "Kenya's foreign ministry summoned the Somali envoy. \"This raid was a breach of "
                                 "our sovereignty,\" ministry spokesman Peter Njoroge said.")
    quoted = [p for p in _accusations(doc) if p[1] == ["Peter Njoroge"]]
    assert quoted and all("Kenya" not in p[2] for p in quoted), _parties(doc)


# a reaction named as the object of "prompt", "draw", "spark" is aimed at whoever did what prompted it
REACTION_CASES = [
    pytest.param("Ugandan police deported 300 Kenyan traders across the border last week, rights groups said, "
                 "prompting a protest from Nairobi.",
                 ("PROTEST", ["Kenya"], ["Ugandan police"]), id="prompting_after_a_report_is_the_reported_doer"),
    pytest.param("Tunisian border guards turned back a convoy of lorries on Friday, prompting a protest from Tripoli.",
                 ("PROTEST", ["Libya"], ["Tunisian border guards"]), id="prompting_is_aimed_at_the_clause_subject"),
    pytest.param("Azerbaijan closed the Lachin road on Monday, drawing sharp criticism from Armenia.",
                 ("ACCUSE", ["Armenia"], ["Azerbaijan"]), id="drawing_criticism"),
    pytest.param("Russia's veto triggered a sharp rebuke from France.",
                 ("ACCUSE", ["France"], ["Russia"]), id="an_act_noun_subject_stands_for_its_doer"),
    # negative: an act whose doer is unnamed makes no party up
    pytest.param("The arrest of the opposition leader drew an angry protest from the United States.",
                 ("PROTEST", ["United States"], []), id="an_unnamed_doer_gives_no_target"),
]


@pytest.mark.parametrize(("text", "expected"), REACTION_CASES)
def test_a_reaction_is_aimed_at_what_prompted_it(pipeline, text, expected):
    doc = analyse_text(pipeline, text)
    assert expected in _parties(doc), _parties(doc)


def test_solidarity_with_hung_on_the_verb_names_the_target(pipeline):
    # the parser hangs "with the people of Sudan" on "expressed", not on "solidarity"
    doc = analyse_text(pipeline, "Ghana's president met Nigeria's foreign minister in Accra. He expressed Ghana's "
                                 "solidarity with the people of Sudan.")
    support = [p for p in _parties(doc) if p[0] == "SUPPORT"]
    assert support and "people of Sudan" in support[0][2], _parties(doc)


def test_a_pp_on_the_noun_is_not_doubled_by_the_verb(pipeline):
    # negative: "signed an agreement on Friday with Iceland" keeps one partner, no date or place added
    doc = analyse_text(pipeline, "Norway signed a fisheries agreement on Friday with Iceland.")
    assert ("AGREE", ["Norway"], ["Iceland"]) in _parties(doc), _parties(doc)


def test_a_meeting_hosted_by_one_and_attended_by_others(pipeline):
    doc = analyse_text(pipeline, "The summit, hosted by Kenya and attended by envoys from Ethiopia and Eritrea, "
                                 "opened on Monday.")
    assert ("CONSULT", ["Kenya"], ["Eritrea", "Ethiopia"]) in _parties(doc), _parties(doc)


def test_talks_hosted_by_a_third_party_without_attendees(pipeline):
    # negative: no "attended by"; the talks' own parties meet one another, the host is no party
    doc = analyse_text(pipeline, "Armenia and Azerbaijan agreed on a prisoner swap after talks hosted by the "
                                 "European Union.")
    consult = [p for p in _parties(doc) if p[0] == "CONSULT"]
    assert consult and all("European Union" not in p[1] + p[2] for p in consult), _parties(doc)


# "this deal", "the treaty": the agreement reported before under another noun, with its parties
def test_this_deal_after_an_agreement_has_its_parties(pipeline):
    doc = analyse_text(pipeline, "Chile is expected to sign a gas agreement with Bolivia next month. Critics say the "
                                 "price is too high. If the government signs this deal, it will pay twice the market "
                                 "rate.")
    agree = [p for p in _parties(doc) if p[0] == "AGREE"]
    assert len(agree) == 2 and agree[1] == ("AGREE", ["Chile"], ["Bolivia"]), _parties(doc)


def test_ratifying_the_deal_is_aimed_at_the_other_party(pipeline):
    doc = analyse_text(pipeline, "Serbia signed a rail accord with Hungary in May. Opposition lawmakers said "
                                 "parliament would never ratify the deal.")
    assert ("SUPPORT", ["parliament"], ["Hungary"]) in _parties(doc), _parties(doc)


def test_a_deal_with_no_agreement_before_is_left_alone(pipeline):
    # negative: nothing reported before; "the deal" takes no party from an unrelated event
    doc = analyse_text(pipeline, "Peru protested to Chile over the fishing fleet. Bolivia said it would ratify the "
                                 "deal next year.")
    assert not [p for p in _parties(doc) if p[0] == "SUPPORT" and "Peru" in p[2]], _parties(doc)


# a warning whose only target is the warner's own state is aimed at that state's counterpart
def test_a_minister_warning_that_her_state_will_act(pipeline):
    doc = analyse_text(pipeline, "Germany expelled two Eritrean diplomats on Tuesday over the killing of an exile in "
                                 "Frankfurt. Foreign Minister Katrin Ahlers said the killing was an attack on German "
                                 "sovereignty. She warned that Berlin would take further measures.")
    threats = [p for p in _parties(doc) if p[0] == "THREATEN"]
    assert threats and threats[0][2] == ["Eritrea"], _parties(doc)


def test_a_warning_about_the_other_state_keeps_it(pipeline):
    # negative: the warned-about state is the other side already
    doc = analyse_text(pipeline, "Peru accused Chile of shelling its border posts. Chile's defence minister warned "
                                 "that Peru would regret any attack.")
    threats = [p for p in _parties(doc) if p[0] == "THREATEN"]
    assert threats and threats[0][2] == ["Peru"], _parties(doc)

"""Events of the twenty-sixth round (e3): who fills source and target on whole documents
(docs/events.md, "Round 26e3"). Texts written for this project, each mechanism with negatives."""

from __future__ import annotations

import pytest
from conftest import actor_countries, actor_names, event_with_word

# --- a pair on the receiving end: the two states the story is about, not the third party ---------

PAIR_STORY = (
    "Chile and Peru trade blame over seized trawlers\n\n"
    "LIMA, May 4 (Andes Wire) - Peru seized two Chilean trawlers on Sunday, and Chile recalled its "
    "ambassador from Lima in protest. Peru said the boats were fishing inside its waters. Chile said "
    "the trawlers were in international waters and accused Peru of piracy.\n\n"
    "Brazil offered to host talks between the two neighbours in Brasilia.\n\n"
    "Brazil's foreign minister, Ana Costa, urged both governments to release the crews.\n\n"
    "A spokesman for the Organization of American States, Luis Mora, called on the two allies to "
    "settle the matter in court.\n")


def test_a_third_state_urging_both_governments_is_not_one_of_them(pipeline):
    doc = pipeline(PAIR_STORY)
    urge = event_with_word(doc, "REQUEST", "urged")
    assert actor_countries(doc, urge.target) == {"CHL", "PER"}, actor_names(doc, urge.target)


def test_the_two_allies_are_the_two_states_named_most(pipeline):
    # Brazil was named last before the phrase, but the story is about Chile and Peru
    doc = pipeline(PAIR_STORY)
    call = event_with_word(doc, "REQUEST", "called")
    assert actor_countries(doc, call.target) == {"CHL", "PER"}, actor_names(doc, call.target)


def test_talks_hosted_between_the_two_neighbours(pipeline):
    doc = pipeline(PAIR_STORY)
    host = event_with_word(doc, "CONSULT", "host")
    assert actor_countries(doc, host.target) == {"CHL", "PER"}, actor_names(doc, host.target)


def test_two_allies_named_together_just_before(pipeline):
    doc = pipeline("Japan and South Korea held talks on Monday. The United States urged the two allies "
                   "to settle their dispute over the islands.\n")
    urge = event_with_word(doc, "REQUEST", "urged")
    assert actor_countries(doc, urge.target) == {"JPN", "KOR"}, actor_names(doc, urge.target)


def test_the_urging_state_is_left_out_even_when_named_most(pipeline):
    doc = pipeline("Brazil hosted a summit of Mercosur in Brasilia on Monday. Brazil said the summit had "
                   "agreed on a new tariff. On Tuesday Chile and Peru clashed over a fishing zone. Brazil "
                   "urged both governments to show restraint.\n")
    urge = event_with_word(doc, "REQUEST", "urged")
    assert actor_countries(doc, urge.target) == {"CHL", "PER"}, actor_names(doc, urge.target)


def test_restraint_asked_from_both_sides_keeps_the_pair(pipeline):
    doc = pipeline("Chile and Bolivia traded accusations over the water of the Silala. Ecuador called for "
                   "restraint from both sides.\n")
    call = event_with_word(doc, "REQUEST", "called")
    assert actor_countries(doc, call.target) == {"CHL", "BOL"}, actor_names(doc, call.target)


def test_the_pair_its_own_sentence_names_comes_first(pipeline):
    # Chile and Peru are the story's main pair, but this sentence names its own pair before the phrase
    doc = pipeline(PAIR_STORY + "\nBrazil also welcomed the truce between Colombia and Venezuela and urged "
                                "the two sides to reopen the bridges.\n")
    urge = [e for e in doc.events if e.type == "REQUEST" and "urged" in e.trigger.text
            and "Colombia" in doc.text[e.sentence[0]:e.sentence[1]]][0]
    assert actor_countries(doc, urge.target) == {"COL", "VEN"}, actor_names(doc, urge.target)


def test_a_party_blaming_both_capitals_keeps_its_own(pipeline):
    # the speaker's own country is one of the two: only a state acting as the subject is left out
    doc = pipeline("Sudan and South Sudan signed an oil deal in 2012. Sudan and South Sudan then argued over "
                   "the fees. A South Sudanese official, John Garang Deng, said he blamed both capitals "
                   "for the delay.\n")
    blame = event_with_word(doc, "ACCUSE", "blamed")
    assert actor_countries(doc, blame.target) == {"SDN", "SSD"}, actor_names(doc, blame.target)


def test_hosts_named_as_the_saying_subject_are_not_the_pair(pipeline):
    doc = pipeline(PAIR_STORY + "\nSpain and Portugal said in a joint note that they would host a meeting "
                                "of the two negotiators in Madrid.\n")
    host = [e for e in doc.events if e.type == "CONSULT" and "Spain" in doc.text[e.sentence[0]:e.sentence[1]]]
    assert host, [(e.type, e.trigger.text) for e in doc.events]
    assert actor_countries(doc, host[0].target) == {"CHL", "PER"}, actor_names(doc, host[0].target)


# --- a deployment aimed at whoever its "after" / "when" clause says provoked it --------------------

def test_a_deployment_after_foreign_troops_crossed_is_aimed_at_them(pipeline):
    doc = pipeline("India deployed two divisions to Ladakh on Friday after Chinese troops crossed the line of "
                   "actual control.\n")
    move = event_with_word(doc, "MOBILIZE", "deployed")
    assert "CHN" in actor_countries(doc, move.target), actor_names(doc, move.target)


def test_a_deployment_when_militants_attacked_is_aimed_at_their_country(pipeline):
    doc = pipeline("Kenya deployed extra troops to Lamu when Somali gunmen attacked a police post.\n")
    sent = event_with_word(doc, "MOBILIZE", "deployed")
    assert "SOM" in actor_countries(doc, sent.target), actor_names(doc, sent.target)


def test_a_deployment_after_a_flood_has_no_provoker(pipeline):
    doc = pipeline("Peru deployed troops to Puno on Monday after heavy rains flooded the valley.\n")
    sent = event_with_word(doc, "MOBILIZE", "deployed")
    assert not actor_countries(doc, sent.target) - {"PER"}, actor_names(doc, sent.target)


def test_a_deployment_after_its_own_coast_guard_spoke_is_not_aimed_at_itself(pipeline):
    doc = pipeline("Chile sent two frigates south after its navy reported a foreign fishing fleet.\n")
    sent = event_with_word(doc, "MOBILIZE", "sent")
    assert not actor_countries(doc, sent.target) & {"CHL"}, actor_names(doc, sent.target)


# --- "every donor, and in particular A, B and C": the members named -------------------------------

EVERY = (
    "Joint Statement of the Governments of Ghana and Norway\n\n"
    "Accra, 4 May 2026\n\n"
    "We thank every partner, and in particular the Kingdom of the Netherlands, Canada and Japan, for "
    "their help with the vaccination drive.\n\n"
    "We urge each donor, notably Sweden and Denmark, to release the promised funds.\n")


def test_every_partner_and_in_particular_names_the_target(pipeline):
    doc = pipeline(EVERY)
    thanks = [e for e in doc.events if e.type == "SUPPORT" and "particular" in doc.text[e.sentence[0]:e.sentence[1]]]
    assert thanks, [(e.type, e.trigger.text) for e in doc.events]
    assert actor_countries(doc, thanks[0].target) >= {"CAN", "JPN"}, actor_names(doc, thanks[0].target)


def test_each_donor_notably_names_the_target(pipeline):
    doc = pipeline(EVERY)
    urge = event_with_word(doc, "REQUEST", "urge")
    assert actor_countries(doc, urge.target) == {"SWE", "DNK"}, actor_names(doc, urge.target)


def test_every_partner_with_a_list_after_the_clause_is_not_that_list(pipeline):
    doc = pipeline("Statement of the Government of Ghana\n\nAccra, 4 May 2026\n\nWe thank every partner for "
                   "the support given last year, and Canada and Japan will host the next round.\n")
    thanks = event_with_word(doc, "SUPPORT", "thank")
    assert not {"CAN", "JPN"} <= actor_countries(doc, thanks.target), actor_names(doc, thanks.target)


# --- a headline's second verb after a name hung as an object: that name is its subject -----------

def _headline(pipeline, title: str):
    return pipeline(f"{title}\n\nGENEVA, May 4 (Alpine Wire) - Officials gave no details.\n")


@pytest.mark.parametrize("headline,type_,word,country", [
    ("Manila sends coast guard ships and Beijing rejects protest", "REJECT", "rejects", "CHN"),
    ("Rwanda closes border and Kinshasa condemns move", "ACCUSE", "condemns", "COD"),
    ("Peru expels envoy and Bolivia recalls its ambassador", "SANCTION", "recalls", "BOL"),
])
def test_headline_second_clause_takes_its_own_subject(pipeline, headline, type_, word, country):
    doc = _headline(pipeline, headline)
    event = event_with_word(doc, type_, word)
    assert actor_countries(doc, event.source) == {country}, actor_names(doc, event.source)


def test_a_second_verb_sharing_the_subject_keeps_it(pipeline):
    # no name before the second verb: it shares the first verb's subject
    doc = _headline(pipeline, "Peru expels Bolivian envoy and recalls its ambassador")
    recall = event_with_word(doc, "SANCTION", "recalls")
    assert actor_countries(doc, recall.source) == {"PER"}, actor_names(doc, recall.source)


# --- the wire agency of the dateline is no party of a headline's act ------------------------------

def test_a_headline_walkout_is_aimed_at_the_lead_party_not_the_agency(pipeline):
    doc = pipeline("Iran walks out of board meeting\n\n"
                   "VIENNA, May 4 (Alpine Wire) - The board of the International Atomic Energy Agency "
                   "censured Iran on Monday over its enrichment work.\n")
    walk = event_with_word(doc, "REJECT", "walks")
    names = actor_names(doc, walk.target)
    assert "International Atomic Energy Agency" in names, names


def test_a_headline_denial_is_not_aimed_at_the_wire_agency(pipeline):
    doc = pipeline("Khartoum denies shelling claim\n\n"
                   "N'DJAMENA, May 4 (Savanna Wire) - Chad's government said on Monday that shells fired "
                   "from Sudan had hit the town of Adre.\n")
    deny = event_with_word(doc, "REJECT", "denies")
    assert actor_countries(doc, deny.target) == {"TCD"}, actor_names(doc, deny.target)


def test_an_agency_named_in_the_text_stays_a_possible_party(pipeline):
    # a news agency the text itself names outside the dateline is not left out
    doc = pipeline("Russia expels reporter\n\n"
                   "MOSCOW, May 4 (Steppe Wire) - Russia expelled a correspondent of Reuters on Monday, "
                   "and Reuters protested the decision.\n")
    assert any(a.name == "Reuters" for a in doc.actors), [a.name for a in doc.actors]

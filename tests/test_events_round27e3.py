"""Events of the twenty-seventh round (e3): the right source and target on whole documents
(docs/events.md, "Round 27e3"). Texts written for this project, each mechanism with a negative."""

from __future__ import annotations

import pytest
from conftest import actor_countries, actor_names, event_with_word

# --- "welcomed the arrests": the one who made them, not the ones arrested ---------------------------

ARRESTS = (
    "Ecuador's navy arrests Peruvian crews\n\n"
    "QUITO, May 3 (Andes Wire) - The Ecuadorian Navy arrested nine Peruvian fishermen near the "
    "Galapagos on Sunday and seized their two boats.\n\n"
    "In Manta, the Coastal Fishing Cooperative {verb} the arrests and said foreign boats had "
    "emptied the local grounds.\n")


@pytest.mark.parametrize("verb", ["welcomed", "praised"])
def test_welcoming_the_arrests_supports_the_navy_that_made_them(pipeline, verb):
    doc = pipeline(ARRESTS.format(verb=verb))
    support = event_with_word(doc, "SUPPORT", verb)
    names = actor_names(doc, support.target)
    assert any("navy" in n.lower() for n in names), names
    assert not any("fishermen" in n for n in names), names


def test_an_act_noun_with_an_owner_keeps_its_owner(pipeline):
    # "Peru's decision" names whose it is: not the navy coded before
    text = ARRESTS.format(verb="welcomed") + "\nChile welcomed Peru's decision to open talks with Ecuador.\n"
    doc = pipeline(text)
    support = [e for e in doc.events if e.type == "SUPPORT" and "Chile" in actor_names(doc, e.source)]
    assert support and "PER" in actor_countries(doc, support[0].target), [
        (e.type, actor_names(doc, e.source), actor_names(doc, e.target)) for e in doc.events]


# --- people acted upon: the people, not the border they were driven to -------------------------------

EXPULSION = (
    "Algeria expels hundreds of migrants to Libyan border\n\n"
    "ALGIERS, Oct 9 (Sahara Wire) - Algerian security forces have expelled more than 600 migrants from "
    "West Africa across the desert border with Libya since Friday, aid workers said.\n")


@pytest.mark.parametrize("trigger", ["expels hundreds of migrants", "expelled more than 600 migrants"])
def test_expelled_migrants_are_the_target(pipeline, trigger):
    doc = pipeline(EXPULSION)
    expel = next((e for e in doc.events if e.type == "COERCE" and e.trigger.text == trigger), None)
    assert expel is not None, [(e.type, e.trigger.text) for e in doc.events]
    names = actor_names(doc, expel.target)
    assert any("migrants" in n for n in names), names


def test_people_of_a_named_group_stay_that_group(pipeline):
    # "of" names who the people are (round 27e3 only sets aside places they go to or are in)
    doc = pipeline("Kenyan police arrested forty supporters of the Orange Democratic Movement in Kisumu "
                   "on Saturday.\n")
    arrest = event_with_word(doc, "COERCE", "arrested")
    names = actor_names(doc, arrest.target)
    assert any("Orange Democratic Movement" in n for n in names), names


# --- "agreed with them": the states listed before in the sentence -----------------------------------

JOINT = (
    "Joint Statement by the Foreign Ministers of Portugal and Spain on maritime safety\n\n"
    "We, the Foreign Ministers of Portugal and Spain, met today in Lisbon.\n\n"
    "We thank Morocco, Mauritania and Senegal for sharing their coast guard records, and we have "
    "agreed with them to set up a common channel through which skippers can report distress calls.\n")


def test_them_stands_for_the_states_listed_before(pipeline):
    doc = pipeline(JOINT)
    agree = event_with_word(doc, "AGREE", "agreed")
    assert actor_countries(doc, agree.target) >= {"MAR", "MRT", "SEN"}, actor_names(doc, agree.target)


def test_them_without_a_list_before_is_not_a_list_after(pipeline):
    text = JOINT.replace("We thank Morocco, Mauritania and Senegal for sharing their coast guard records, and we",
                         "We")
    text += "\nMorocco, Mauritania and Senegal will host the first exercises.\n"
    doc = pipeline(text)
    agree = [e for e in doc.events if e.type == "AGREE" and "agreed" in e.trigger.text]
    assert not agree or not actor_countries(doc, agree[0].target) >= {"MAR", "MRT", "SEN"}


# --- "the strike hit": whoever carried out the strike reported before ---------------------------------

STRIKE = (
    "Statement by the Special Representative on the air strike on a market in Al-Fashir\n\n"
    "I am appalled by reports that an air strike by the Sudanese Air Force hit the livestock market "
    "in Al-Fashir on Monday, killing at least 20 traders.\n\n"
    "Medical teams have treated more than 50 wounded people, many of them children. The main hospital "
    "has run out of blood and anaesthetics, and the road from Tawila remains closed to aid convoys.\n\n"
    "The Sudanese army has said that the strike hit a weapons depot of the Rapid Support Forces.\n")


def test_the_strike_was_carried_out_by_the_attacker_named_before(pipeline):
    doc = pipeline(STRIKE)
    hits = [e for e in doc.events if e.type == "ASSAULT" and e.trigger.text == "hit"]
    assert len(hits) == 2, [(e.type, e.trigger.text) for e in doc.events]
    assert actor_countries(doc, hits[1].source) == {"SDN"}, actor_names(doc, hits[1].source)


def test_the_strike_after_an_attack_with_no_doer_has_none(pipeline):
    text = STRIKE.replace("an air strike by the Sudanese Air Force hit", "an air strike hit")
    doc = pipeline(text)
    hits = [e for e in doc.events if e.type == "ASSAULT" and e.trigger.text == "hit"]
    assert hits and not actor_countries(doc, hits[-1].source) - {"SDN"}
    assert not any("Air Force" in n for n in actor_names(doc, hits[-1].source))


# --- a rebel spokesman's denial: at the government that accused the rebels ----------------------------

REBELS = (
    "Gunmen kill nine farmers in Ituri, Kinshasa blames CODECO\n\n"
    "BUNIA, Mar 2 (Great Lakes Wire) - Gunmen killed nine farmers near Djugu on Sunday, local officials "
    "said.\n\n"
    "Uganda's foreign ministry condemned the killings and called on the gunmen to lay down their arms.\n\n"
    "Congo's government spokesman, Didier Lokwa-Mbala, blamed the CODECO militia for the attack.\n\n"
    "{speaker} the accusation and said the group had no fighters in the area.\n")


@pytest.mark.parametrize("speaker", ["A spokesman for the CODECO militia, Innocent Dhena, rejected",
                                     "Innocent Dhena, a spokesman for CODECO, rejected",
                                     "CODECO spokesman Innocent Dhena rejected"])
def test_a_rebel_spokesman_rejects_the_government_accusation(pipeline, speaker):
    # the accuser is the government's spokesman, not Uganda, which accused the gunmen before
    doc = pipeline(REBELS.format(speaker=speaker))
    reject = event_with_word(doc, "REJECT", "rejected")
    assert actor_countries(doc, reject.target) == {"COD"}, actor_names(doc, reject.target)


def test_a_state_spokesman_denial_still_answers_the_foreign_accuser(pipeline):
    # round 20's rule holds for a speaker who speaks for no armed group
    text = ("Uganda accused Congo of shelling its border post at Mpondwe on Friday.\n\n"
            "Congo's government spokesman, Didier Lokwa-Mbala, rejected the accusation.\n")
    doc = pipeline(text)
    reject = event_with_word(doc, "REJECT", "rejected")
    assert actor_countries(doc, reject.target) == {"UGA"}, actor_names(doc, reject.target)


# --- "reject the allegation that Mr X ...", "reciprocal measures": at the state that acted first ------

EXPELLED_ENVOY = (
    "Declaration by the High Representative on behalf of the European Union on the expulsion of an EU "
    "diplomat from Belarus\n\n"
    "Brussels, 4 March 2026\n\n"
    "On 2 March the Government of Belarus expelled the Deputy Head of the EU Delegation in Minsk, "
    "Mr Anders Vik. The European Union deeply regrets this decision.\n\n"
    "We firmly reject the allegation that Mr Vik took part in unauthorised gatherings.\n\n"
    "The EU {measure}.\n")


def _belarus_not_the_diplomat(doc, ids):
    names = actor_names(doc, ids)
    assert "Belarus" in names and not any("Vik" in n for n in names), names


def test_rejecting_the_allegation_against_our_diplomat_answers_the_expelling_state(pipeline):
    doc = pipeline(EXPELLED_ENVOY.format(measure="will consider its response"))
    _belarus_not_the_diplomat(doc, event_with_word(doc, "REJECT", "reject").target)


def test_reciprocal_measures_answer_the_expelling_state(pipeline):
    doc = pipeline(EXPELLED_ENVOY.format(measure="does not intend to take reciprocal measures"))
    _belarus_not_the_diplomat(doc, event_with_word(doc, "SANCTION", "reciprocal").target)


def test_a_measure_naming_its_target_keeps_it(pipeline):
    doc = pipeline(EXPELLED_ENVOY.format(measure="will take reciprocal measures against Russia"))
    measure = event_with_word(doc, "THREATEN", "reciprocal")  # round 31e9: a measure vowed threatens
    assert actor_countries(doc, measure.target) == {"RUS"}, actor_names(doc, measure.target)


# --- a vote for or against a text: at whoever tabled it ----------------------------------------------

VOTE = (
    "UN assembly backs Moldova on Transnistria troops\n\n"
    "NEW YORK, Apr 8 (Hudson Wire) - The General Assembly adopted a resolution on Thursday calling for "
    "the withdrawal of foreign troops from Transnistria. The text, tabled by Moldova and co-sponsored by "
    "thirty states, passed by 88 votes to 11. Russia, Belarus and Syria voted against. Armenia, which "
    "keeps close ties with both Chisinau and Moscow, voted in favour. {last}\n")


@pytest.mark.parametrize("trigger", ["voted against", "voted in favour"])
def test_a_vote_answers_the_state_that_tabled_the_text(pipeline, trigger):
    doc = pipeline(VOTE.format(last=""))
    vote = next((e for e in doc.events if e.trigger.text == trigger), None)
    assert vote is not None, [(e.type, e.trigger.text) for e in doc.events]
    assert actor_countries(doc, vote.target) == {"MDA"}, actor_names(doc, vote.target)


def test_a_vote_on_a_text_it_names_keeps_that_text_s_author(pipeline):
    doc = pipeline(VOTE.format(last="Hungary voted for the amendment proposed by Serbia."))
    vote = next((e for e in doc.events if e.trigger.text == "voted for"), None)
    assert vote is not None, [(e.type, e.trigger.text) for e in doc.events]
    assert actor_countries(doc, vote.target) == {"SRB"}, actor_names(doc, vote.target)

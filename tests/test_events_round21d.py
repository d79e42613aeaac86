"""Events of issue 16's twenty-first round (d): the second event of a sentence - an act named
as the object of a condemnation, a walk-out beside a refusal, an act inside a warning, a request
turned down (docs/events.md, "Round 21d: second events in a sentence"). Passages written for this
project, in genres the development sets lack: a Permanent Representative's letter, a defence
ministry's chronology, a sanctions wire, a General Assembly speech, a designation statement."""

from __future__ import annotations

from conftest import event_cues, events_of


def _analyse(pipeline, text: str, published: str = "2026-11-20"):
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": published, "publisher": None})]))[0]


def _types(doc) -> set[str]:
    return {e.type for e in doc.events}


def _parties(doc, type_: str) -> list[tuple[set[str], set[str]]]:
    by = {a.id: (a.country or a.name) for a in doc.actors}
    return [({by[i] for i in e.source}, {by[i] for i in e.target}) for e in events_of(doc, type_)]


# --- an attack or seizure named as what is condemned, with its own complement: both are coded

def test_a_letter_condemning_an_attack_on_a_convoy_reports_the_attack(pipeline):
    doc = _analyse(pipeline, "In a letter to the Security Council, Ghana's Permanent Representative condemned "
                             "the attack on a United Nations convoy near Bunia.")
    assert {"ACCUSE", "ASSAULT"} <= _types(doc), event_cues(doc)


def test_a_headline_condemning_an_attack_on_a_convoy_reports_the_attack(pipeline):
    doc = _analyse(pipeline, "Norway condemns attack on aid convoy in Darfur")
    assert {"ACCUSE", "ASSAULT"} <= _types(doc), event_cues(doc)


def test_condemning_the_shelling_of_a_hospital_reports_the_shelling(pipeline):
    doc = _analyse(pipeline, "Poland strongly condemned the shelling of a maternity hospital in Zaporizhzhia.")
    assert "ASSAULT" in _types(doc), event_cues(doc)


def test_deploring_the_abduction_of_engineers_reports_the_abduction(pipeline):
    doc = _analyse(pipeline, "India deplored the abduction of three Indian engineers in southern Niger.")
    assert "COERCE" in _types(doc) or "ASSAULT" in _types(doc), event_cues(doc)


def test_a_general_assembly_speech_condemning_strikes_on_a_port(pipeline):
    doc = _analyse(pipeline, "From this rostrum, Mozambique condemns the air strikes against the port of "
                             "Pemba and the killing of its dock workers.")
    assert "ASSAULT" in _types(doc), event_cues(doc)


def test_a_bare_condemned_attack_mentioned_again_is_not_coded_again(pipeline):
    doc = _analyse(pipeline, "Kenya's foreign ministry condemned the attack and offered condolences to Uganda.")
    assert "ASSAULT" not in _types(doc), event_cues(doc)


def test_a_denied_attack_is_not_reported_as_an_attack(pipeline):
    doc = _analyse(pipeline, "Eritrea denied the attack on the Ethiopian border post at Zalambessa.")
    assert "ASSAULT" not in {e.type for e in doc.events if e.mode == "asserted"}, event_cues(doc)


def test_an_attack_called_for_is_not_reported_as_done(pipeline):
    doc = _analyse(pipeline, "The militia's leader called for an attack on the government garrison in Beni.")
    assert not any(e.type == "ASSAULT" and e.mode == "asserted" for e in doc.events), event_cues(doc)


def test_condemned_remarks_are_no_second_act(pipeline):
    doc = _analyse(pipeline, "Lithuania condemned the remarks of the Belarusian ambassador on the border.")
    assert _types(doc) <= {"ACCUSE"}, event_cues(doc)


# --- a walk-out said beside a refusal in the same sentence is its own protest

def test_a_headline_blocking_a_declaration_and_walking_out_codes_both(pipeline):
    doc = _analyse(pipeline, "Uganda blocks regional summit communique and walks out")
    kinds = [e.type for e in doc.events]
    assert "REJECT" in kinds and ("PROTEST" in kinds or kinds.count("REJECT") >= 2), event_cues(doc)


def test_vetoing_a_text_and_walking_out_of_a_session_codes_both(pipeline):
    doc = _analyse(pipeline, "Serbia vetoed the draft resolution on Monday and its delegation walked out of "
                             "the closing session of the Council of Europe.")
    kinds = [e.type for e in doc.events]
    assert "REJECT" in kinds and ("PROTEST" in kinds or kinds.count("REJECT") >= 2), event_cues(doc)


def test_workers_walking_out_of_a_factory_is_no_diplomatic_refusal(pipeline):
    doc = _analyse(pipeline, "Hundreds of workers walked out of the car factory in Kragujevac on Monday.")
    assert "REJECT" not in _types(doc), event_cues(doc)


# --- an act inside a warning: the threatened act is coded besides the threat

def test_a_warning_that_a_state_could_stop_oil_exports_codes_the_threatened_cut(pipeline):
    doc = _analyse(pipeline, "The Iraqi oil minister warned that Iraq could stop Kurdish crude exports through "
                             "its pipeline to Turkey.")
    assert "THREATEN" in _types(doc), event_cues(doc)
    assert any(e.type == "SANCTION" and e.mode != "asserted" for e in doc.events), event_cues(doc)


def test_a_sanctions_wire_halting_gas_deliveries_is_asserted(pipeline):
    doc = _analyse(pipeline, "Russia stopped gas deliveries to Moldova on Sunday, the Moldovan energy ministry said.")
    assert any(e.type == "SANCTION" for e in doc.events), event_cues(doc)


def test_a_warning_about_the_weather_stopping_exports_is_no_sanction(pipeline):
    doc = _analyse(pipeline, "Traders warned that the drought could stop grain exports from the port this summer.")
    assert "SANCTION" not in _types(doc), event_cues(doc)


# --- a request turned down: the request of a named party is coded besides the refusal

def test_a_request_turned_down_is_the_requesters_act(pipeline):
    doc = _analyse(pipeline, "The Malian government turned down an ECOWAS request to release the detained president.")
    assert "REJECT" in _types(doc), event_cues(doc)


def test_a_request_by_pronoun_rejected_stays_one_act(pipeline):
    doc = _analyse(pipeline, "Hungary rejected their request at the meeting in Brussels.")
    assert "REQUEST" not in _types(doc), event_cues(doc)


# --- a defence ministry's chronology and a designation statement: acts already coded stay coded

def test_a_chronology_of_incursions_keeps_each_incursion(pipeline):
    doc = _analyse(pipeline, "On 3 May, two Azerbaijani drones crossed into Armenian airspace near Jermuk; "
                             "on 5 May, Azerbaijani troops shelled the village of Sotk.")
    assert "ASSAULT" in _types(doc), event_cues(doc)


def test_a_designation_statement_codes_the_designation(pipeline):
    doc = _analyse(pipeline, "The Government of Canada has listed the Wagner Group as a terrorist entity under "
                             "the Criminal Code and condemns its attacks on civilians in Mali.")
    assert "ACCUSE" in _types(doc), event_cues(doc)


def test_a_ceasefire_offer_and_a_refusal_to_withdraw_are_two_acts(pipeline):
    doc = _analyse(pipeline, "The rebels said they were ready to resume talks with Kinshasa but would not "
                             "withdraw from Goma.")
    assert {"CONSULT", "RETREAT"} <= _types(doc), event_cues(doc)


def test_a_call_to_condemn_an_attack_is_a_demanded_accusation(pipeline):
    doc = _analyse(pipeline, "Chad's president called on the African Union to condemn the Sudanese air strike "
                             "on Tine.")
    assert "REQUEST" in _types(doc), event_cues(doc)
    assert any(e.type == "ACCUSE" and e.mode == "demanded" for e in doc.events), event_cues(doc)


# --- an agreement named by what its parties signed, inside another act: the signing is coded

def test_an_accord_they_signed_is_coded_as_their_agreement(pipeline):
    doc = _analyse(pipeline, "The envoy asked Chad and Sudan to respect the border accord they signed in 2019.")
    assert any(e.type == "AGREE" and e.mode in ("historical", "asserted") for e in doc.events), event_cues(doc)
    assert any({"TCD", "SDN"} <= s | t for s, t in _parties(doc, "AGREE")), event_cues(doc)


def test_agreements_they_signed_inside_a_request_are_not_demanded(pipeline):
    doc = _analyse(pipeline, "The mediator asked both governments to respect the cooperation agreements they "
                             "signed in 2012.")
    assert not any(e.type == "AGREE" and e.mode == "demanded" for e in doc.events), event_cues(doc)


def test_an_accord_that_was_never_signed_is_not_an_agreement(pipeline):
    doc = _analyse(pipeline, "The two ministers discussed a border accord that nobody has signed.")
    assert not any(e.type == "AGREE" and e.mode == "asserted" for e in doc.events), event_cues(doc)


def test_refusing_to_withdraw_from_any_town_is_a_withdrawal_refused(pipeline):
    doc = _analyse(pipeline, "The FDLR, which has held the hills above Rutshuru since 2023, said it was ready to "
                             "negotiate with Kigali but would not withdraw from any village before a deal.")
    assert any(e.type == "RETREAT" and e.mode == "negated" for e in doc.events), event_cues(doc)


def test_never_threatening_anybody_stays_no_act(pipeline):
    doc = _analyse(pipeline, "Minsk has never threatened anybody, the Belarusian foreign minister said.")
    assert "THREATEN" not in _types(doc), event_cues(doc)


# --- a noun object that is itself an act: cutting cooperation, complying with an order

def test_not_cutting_cooperation_is_a_sanction_withheld_not_cooperation(pipeline):
    doc = _analyse(pipeline, "Belarus would not cut its cooperation with the OSCE mission, the foreign ministry said.")
    assert any(e.type == "SANCTION" and e.mode == "negated" for e in doc.events), event_cues(doc)


def test_complying_with_an_expulsion_order_is_a_concession_besides_the_appeal(pipeline):
    doc = _analyse(pipeline, "The UN envoy said he would comply with the order but urged Bamako to reconsider.")
    assert {"CONCEDE", "REQUEST"} <= _types(doc), event_cues(doc)


def test_complying_with_the_weather_service_is_no_political_concession(pipeline):
    doc = _analyse(pipeline, "Residents complied with the evacuation advice of the weather service.")
    assert "CONCEDE" not in _types(doc), event_cues(doc)


# --- a demander's own second clause that the parser hung inside the demanded content

def test_a_warning_after_a_demand_is_the_demanders_own_act(pipeline):
    doc = _analyse(pipeline, "The ECCAS leaders met in Libreville on the coup in Gabon. They demand that the junta "
                             "submit, no later than 30 June 2027, a roadmap of not more than eighteen months leading "
                             "to free elections, and they warn the junta that any failure to do so will result in "
                             "further sanctions.")
    assert any(e.type == "THREATEN" and e.mode == "asserted" for e in doc.events), event_cues(doc)


def test_an_act_demanded_of_the_other_party_stays_demanded(pipeline):
    doc = _analyse(pipeline, "Kenya demands that Somalia withdraw its troops from the border and release the "
                             "detained herders.")
    assert not any(e.type == "RETREAT" and e.mode == "asserted" for e in doc.events), event_cues(doc)


# --- a meeting of "their" officials that two parties agree on: the parties meet

def test_their_ministers_meeting_is_the_two_states_consultation(pipeline):
    doc = _analyse(pipeline, "Kenya and Ethiopia agreed that their defence ministers would meet in Nairobi in March.")
    assert "AGREE" in _types(doc), event_cues(doc)
    assert any(e.mode == "intended" and {"KEN", "ETH"} <= s | t
               for e, (s, t) in zip(events_of(doc, "CONSULT"), _parties(doc, "CONSULT"))), event_cues(doc)


def test_their_children_playing_together_is_no_consultation(pipeline):
    doc = _analyse(pipeline, "The two families agreed that their children would play together in the park.")
    assert "CONSULT" not in _types(doc), event_cues(doc)

"""Events of round 26e2 (precision and types on whole documents): an offer whose act the lexicon
does not code is typed by its complement; a rule stated with "never" for a passive or copular
subject asks nobody; a trip to a place of the traveller's own country meets nobody. Sentences written for this project, with negatives."""

from __future__ import annotations

import pytest

from conftest import analyse_dated, event_cues


def _types(doc) -> list[str]:
    return [e.type for e in doc.events]


# --- 1. the offered act, typed by the complement's verb -------------------------------------------

# (text, type of the offered act, its mode)
OFFERED = [
    ("The Ghanaian ministry offered to take part in a joint inquiry with the Togolese police.", "COOPERATE",
     "offered"),
    ("Uruguay offered to send surveyors to help the two commissions mark the river line.", "AID", "offered"),
    ("ECOWAS offered to host an emergency session of the health ministers of Ghana and Togo.", "CONSULT",
     "offered"),
    ("Peru had offered in March to set up joint patrols with the Bolivian navy.", "COOPERATE", None),
    ("Mongolia pledged to provide the herders of Tuva with winter fodder.", "AID", "intended"),
]


@pytest.mark.parametrize("text,type_,mode", OFFERED)
def test_offered_act_typed_by_its_complement(pipeline, text, type_, mode):
    doc = analyse_dated(pipeline, text)
    found = [e for e in doc.events if e.type == type_]
    assert found, event_cues(doc)
    if mode is not None:
        assert found[0].mode == mode, event_cues(doc)


@pytest.mark.parametrize("text,type_,mode", OFFERED)
def test_offered_act_leaves_no_agree(pipeline, text, type_, mode):
    doc = analyse_dated(pipeline, text)
    assert "AGREE" not in _types(doc), event_cues(doc)


@pytest.mark.parametrize("text", [
    # a complement verb outside the lists: the offer stays an AGREE
    "Ecuador offered to look again at the fishing quotas with Peru.",
    "Ghana offered to take in the families of the Togolese fishermen.",
    # an agreement to act is no offer frame
    "Chile and Bolivia agreed to hold talks on the border in May.",
    # a thing offered (the frame's own object) with a purpose clause: no offered act to type
    "Syria offered its troops to the president of Lebanon to help him remove the general.",
])
def test_offer_outside_the_lists_keeps_its_agree(pipeline, text):
    doc = analyse_dated(pipeline, text)
    assert "AGREE" in _types(doc), event_cues(doc)


# --- 2. a standing rule with "never" asks nobody ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Red Cross said that ambulance crews must never be a target.",
    "Clinics should never be used as barracks, the envoy of Norway said.",
    "\"Grain must never be turned into a weapon,\" the Egyptian minister said.",
])
def test_never_rule_is_no_request(pipeline, text):
    doc = analyse_dated(pipeline, text)
    assert "REQUEST" not in _types(doc), event_cues(doc)


@pytest.mark.parametrize("text", [
    # an actor asked to act, with or without "never"
    "The Egyptian minister said Ethiopia must stop filling the reservoir.",
    "Norway said the government of Sudan should open the crossing at once.",
])
def test_demand_of_an_actor_stays(pipeline, text):
    doc = analyse_dated(pipeline, text)
    assert "REQUEST" in _types(doc), event_cues(doc)


# --- 3. a trip at home meets nobody -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kenya's interior minister, Daniel Wekesa, visited Mandera on Sunday and spoke to the families.",
    "The Cambodian deputy prime minister, who toured the flooded district by boat, said Cambodia would "
    "complain.",
    "Ghana's defence minister visited the border town of Bawku on Friday.",
])
def test_trip_at_home_is_no_meeting(pipeline, text):
    doc = analyse_dated(pipeline, text)
    assert "CONSULT" not in _types(doc), event_cues(doc)


@pytest.mark.parametrize("text", [
    "Kenya's president visited Somalia on Monday.",
    "The Korean president will travel to Zanzibar tomorrow.",
    "The French foreign minister visited Algiers on Tuesday.",
])
def test_trip_abroad_stays_a_meeting(pipeline, text):
    doc = analyse_dated(pipeline, text)
    assert "CONSULT" in _types(doc), event_cues(doc)


# --- 4. a procedure under the law is no act ---------------------------------------------------------

@pytest.mark.parametrize("text,type_", [
    ("Under the Brazilian constitution, the Chamber of Deputies impeaches the president and the Senate "
     "then tries the case.", "ACCUSE"),
    ("Under Kenyan law, the police detain a suspect for one day before a court hearing.", "COERCE"),
    ("Under the bloc's rules, the European Commission fines Poland when it breaks the deficit limit.",
     "SANCTION"),
])
def test_procedure_under_law_is_no_event(pipeline, text, type_):
    doc = analyse_dated(pipeline, text)
    assert type_ not in _types(doc), event_cues(doc)


@pytest.mark.parametrize("text,type_", [
    ("Under the agreement, Russia withdrew its troops from Georgia.", "RETREAT"),
    ("Under pressure from Washington, Serbia releases the two Kosovo policemen.", "RETREAT"),
    ("The Chamber of Deputies impeached the president of Brazil on Monday.", "ACCUSE"),
])
def test_acts_outside_a_procedure_stay(pipeline, text, type_):
    doc = analyse_dated(pipeline, text)
    assert type_ in _types(doc), event_cues(doc)


# --- 5. "nor" negates the clause it opens -----------------------------------------------------------

@pytest.mark.parametrize("text,type_", [
    ("The European Union has not lifted its duties, nor has it offered any compensation to South Africa.",
     "AGREE"),
    ("Neither Ghana nor Togo signed the fisheries accord with Nigeria.", "AGREE"),
    ("Kenya has not expelled the envoy, nor has it closed its border with Somalia.", "COERCE"),
])
def test_nor_clause_is_negated(pipeline, text, type_):
    doc = analyse_dated(pipeline, text)
    found = [e for e in doc.events if e.type in type_.split("|")]
    assert found and all(e.mode == "negated" for e in found), [(e.type, e.mode, e.cue) for e in doc.events]


def test_plain_coordination_stays_asserted(pipeline):
    doc = analyse_dated(pipeline, "Ghana signed the fisheries accord with Nigeria and Togo welcomed it.")
    assert any(e.type == "AGREE" and e.mode == "asserted" for e in doc.events), event_cues(doc)


# --- 6. a kind of act is no act; an expected visit is to come ---------------------------------------

@pytest.mark.parametrize("text", [
    "Deliberate attacks on peacekeepers may amount to war crimes, the UN said.",
    "Strikes on hospitals constitute a grave breach of the Geneva Conventions, Norway said.",
    "Raids on refugee camps can never be justified, the Irish minister said.",
])
def test_kind_of_act_is_no_assault(pipeline, text):
    doc = analyse_dated(pipeline, text)
    assert "ASSAULT" not in _types(doc), event_cues(doc)


def test_counted_attacks_stay(pipeline):
    doc = analyse_dated(pipeline, "Three attacks on the convoy killed nine Malian soldiers.")
    assert "ASSAULT" in _types(doc), event_cues(doc)


@pytest.mark.parametrize("text", [
    "Egypt's foreign minister, Sameh Shoukry, is expected in Khartoum on Monday.",
    "Ethiopia's envoy, Mesfin Tadesse, is expected in Port Sudan on Thursday for talks with the army.",
    "Kenya's envoy, Amina Mohamed, flew to Juba on Friday and was expected in Khartoum on Saturday.",
])
def test_expected_visit_is_intended(pipeline, text):
    doc = analyse_dated(pipeline, text)
    found = [e for e in doc.events if e.type == "CONSULT" and "expected" in e.trigger.text]
    assert found and found[0].mode == "intended", event_cues(doc)
    assert found[0].source, event_cues(doc)

"""Events of issue 16's seventh round: one REQUEST for "should demand", prohibitions are
demands, a generic subject is nobody addressed, "will not accept X" is a REJECT, nobody hurt
is no attack. Sentences written for this project."""

from __future__ import annotations

import re

from conftest import analyse_text

from communique.events.extract import extract_sentence


def _drafts(nlp, text):
    sent = next(iter(nlp(text).sents))
    return [(d.type, d.mode, d.cue) for d in extract_sentence(sent, "2022-06-01")]


def _events(pipeline, text):
    doc = analyse_text(pipeline, text, "2022-06-01")
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, e.mode, tuple(names[i] for i in e.source), tuple(names[i] for i in e.target), e.cue)
            for e in doc.events]


def test_should_demand_is_one_request_the_deontic_one(nlp):
    drafts = _drafts(nlp, "Ottawa should demand a moratorium on new trawling licences.")
    requests = [d for d in drafts if d[0] == "REQUEST"]
    assert len(requests) == 1 and requests[0][2] == "deontic-demand:should", drafts


def test_should_with_another_act_keeps_both(nlp):
    drafts = _drafts(nlp, "Lisbon should fund the clinics in Maputo.")
    assert {d[0] for d in drafts} >= {"REQUEST", "AID"}, drafts


def test_prohibition_is_a_demand(pipeline):
    events = _events(pipeline, "Egypt said Ethiopia must not fill the reservoir before the talks.")
    assert any(e[0] == "REQUEST" and e[2] == ("Egypt",) and e[3] == ("Ethiopia",) for e in events), events


def test_generic_subject_of_should_is_nobody_addressed(nlp):
    drafts = _drafts(nlp, "The minister said that no government should assume the border is closed.")
    assert not any(d[2] and d[2].startswith("deontic-demand") for d in drafts), drafts


def test_will_not_accept_is_a_reject(pipeline):
    events = _events(pipeline, "Kenya will not accept any interference by Uganda in the election.")
    assert ("REJECT", "asserted", ("Kenya",)) in [e[:3] for e in events], events
    assert any(e[4] == "refusal:accept" for e in events), events


def test_accepted_is_no_reject(nlp):
    drafts = _drafts(nlp, "Kenya accepted the mediation of Uganda.")
    assert "REJECT" not in {d[0] for d in drafts}, drafts


def test_might_not_accept_is_no_reject(nlp):
    drafts = _drafts(nlp, "Kenya might not accept the outcome of the vote.")
    assert "REJECT" not in {d[0] for d in drafts}, drafts


def test_nobody_injured_is_no_attack(nlp):
    assert "ASSAULT" not in {d[0] for d in _drafts(nlp, "No Chilean soldiers were injured in the incident.")}
    assert "ASSAULT" in {d[0] for d in _drafts(nlp, "Rebels injured two Chilean soldiers near the border.")}



def test_harassing_boats_is_coercion(pipeline):
    events = _events(pipeline, "Vietnam said the coast guard of China keeps harassing its fishing boats.")
    assert any(e[0] == "COERCE" and e[4].startswith("lexicon:COERCE:harass") for e in events), events


def test_defending_oneself_is_no_support(nlp):
    for text in ('"We keep the right to defend ourselves," the army of Chile said of Peru.',
                 "The alliance will deter, defend against and counter threats from Iran."):
        assert "SUPPORT" not in {d[0] for d in _drafts(nlp, text)}, text
    assert "SUPPORT" in {d[0] for d in _drafts(nlp, "France defended Mali against the rebels.")}


def test_owned_act_under_another_trigger_is_reported_too(nlp):
    drafts = _drafts(nlp, "President Ortiz rejected Prime Minister Vega's resignation on Monday.")
    assert {"REJECT", "RETREAT"} <= {d[0] for d in drafts}, drafts
    drafts = _drafts(nlp, "Peru rejected the request from the committee.")
    assert "REQUEST" not in {d[0] for d in drafts}, drafts


def test_attack_carried_out_by_gunmen_under_a_condemnation(pipeline):
    events = _events(pipeline, "Norway condemned the attack carried out by gunmen on the convoy of the UN mission.")
    assert any(e[0] == "ASSAULT" and e[2] == ("gunmen",) for e in events), events


def test_blocking_people_from_acting_is_coercion(nlp):
    drafts = _drafts(nlp, "Militias have blocked farmers in the north of Chad from reaching their fields.")
    assert "COERCE" in {d[0] for d in drafts}, drafts


def test_expelling_reporters_is_coercion_expelling_envoys_a_sanction(nlp):
    assert "COERCE" in {d[0] for d in _drafts(nlp, "The junta in Bamako expelled foreign reporters.")}
    assert "SANCTION" in {d[0] for d in _drafts(nlp, "Greece expelled the ambassador of Libya.")}


def test_blocking_a_joint_statement_is_a_rejection(nlp):
    drafts = _drafts(nlp, "Hungary blocked a joint statement of the European Union on Georgia.")
    assert "REJECT" in {d[0] for d in drafts}, drafts


def _stage_events(nlp, text, actors, kind):
    from communique.document import Actor, Document, Section
    from communique.pipeline import Context
    from communique.stages.events import extract_events

    recs = [Actor(f"a{i}", name, k, country, None, role,
                  tuple((m.start(), m.end()) for m in re.finditer(name, text)))
            for i, (name, k, country, role) in enumerate(actors, 1)]
    document = Document(text=text, published="2024-05-16", actors=recs,
                        sections=[Section(kind, 0, len(text))], quotes=[])
    return extract_events(document, nlp(text), Context(options={"events_classifier": False}))["events"]


def test_author_accusation_without_a_speech_verb_in_commentary(nlp):
    text = "The failure is Ottawa's, and it is a failure of nerve."
    actors = [("The Harbour Review", "organization", None, "author"), ("Ottawa", "state", "CAN", None)]
    events = _stage_events(nlp, text, actors, "commentary")
    assert [(e.type, e.source, e.target, e.cue) for e in events] == \
        [("ACCUSE", ("a1",), ("a2",), "author-accuse:failure")]
    assert events[0].attribution.kind == "author"
    assert _stage_events(nlp, text, actors, "news") == []


def test_author_sentence_without_accusing_word_or_with_an_act_is_no_accusation(nlp):
    actors = [("The Harbour Review", "organization", None, "author"), ("Ottawa", "state", "CAN", None)]
    assert _stage_events(nlp, "The choice is Ottawa's alone.", actors, "commentary") == []
    events = _stage_events(nlp, "Ottawa has failed to condemn Caracas.", actors + [("Caracas", "state", "VEN", None)],
                           "commentary")
    assert "author-accuse:failed" not in [e.cue for e in events]


def test_said_judgement_is_the_predicated_word_not_a_modifier(nlp):
    text = 'Senator Lina Ortiz said, "Chile is facing terrorist attacks, so the new rule is understandable."'
    cues = [d[2] for d in _drafts(nlp, text)]
    assert "speech-support:said+understandable" in cues, cues
    assert not any(c and c.startswith("speech-accuse") for c in cues), cues
    text = 'Senator Lina Ortiz said Peru had acted illegally and that its courage was admirable.'
    assert any(c and c.startswith("speech-accuse") for c in (d[2] for d in _drafts(nlp, text)))

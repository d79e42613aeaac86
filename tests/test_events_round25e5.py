"""Events of the twenty-fifth round (e5): a count of the dead as an attack in news
(docs/events.md, "Round 25e5: counted dead"). Texts written for this project, with negatives."""

from __future__ import annotations

from conftest import event_cues


def _casualty(doc):
    return [e for e in doc.events if e.type == "ASSAULT" and e.cue and e.cue.startswith("casualty-count:")]


def _all_assaults(doc):
    return [e for e in doc.events if e.type == "ASSAULT"]


def test_number_were_dead_after_force_is_an_attack(pipeline):
    doc = pipeline("Insurgents stormed a police compound in Herat on Sunday. "
                   "A spokesman for the insurgents later said 75 were dead.")
    assert _casualty(doc), event_cues(doc)


def test_counted_people_died_is_an_attack(pipeline):
    doc = pipeline("Gunmen opened fire on a wedding party near Kandor on Friday. "
                   "By the evening at least 18 guests had died, hospital staff told reporters.")
    assert _casualty(doc), event_cues(doc)


def test_who_the_dead_were_is_an_attack(pipeline):
    doc = pipeline("A militia shelled the cattle market of Sennar on Monday. "
                   "Most of the dead were herders from the surrounding villages, a local official said.")
    found = _casualty(doc)
    assert found, event_cues(doc)
    assert found[0].trigger.text == "dead", [e.trigger.text for e in found]


def test_no_force_in_the_document_no_attack(pipeline):
    doc = pipeline("Heavy rain flooded the valley for three days. At least 40 villagers died, officials said.")
    assert not _casualty(doc), event_cues(doc)


def test_one_person_died_is_no_attack(pipeline):
    doc = pipeline("Rebels attacked a convoy last year. "
                   "The former defence minister died on Tuesday after a long illness.")
    assert not _casualty(doc), event_cues(doc)


def test_denied_or_hedged_deaths_are_no_attack(pipeline):
    doc = pipeline("Militants fired rockets at the airport on Saturday. No passengers died, the airline said. "
                   "Officials warned that dozens could be dead under the rubble.")
    assert not _casualty(doc), event_cues(doc)


def test_an_attack_in_the_sentence_is_the_one_event(pipeline):
    doc = pipeline("Militants attacked a checkpoint. "
                   "Twelve soldiers died in the bombing of the checkpoint, the army said.")
    assert not _casualty(doc), event_cues(doc)
    assert _all_assaults(doc), event_cues(doc)


# --- a speech act the parser hung on a reported passive or state clause ------------------------

def _source_names(doc, event) -> set[str]:
    by = {a.id: a.name for a in doc.actors}
    return {by.get(i, "") for i in event.source}


def _with_trigger(doc, type_: str, word: str):
    found = [e for e in doc.events if e.type == type_ and word in e.trigger.text]
    assert found, event_cues(doc)
    return found[0]


def test_denial_after_a_reported_state_clause_is_the_reporters(pipeline):
    doc = pipeline("Kenyan President William Ruto met reporters on Monday. Ruto said that he did tell the "
                   "Somalis that the loan was conditional on their cutting the deficit but denied that he "
                   "made any private bargain about the port.")
    denied = _with_trigger(doc, "REJECT", "denied")
    assert any("Ruto" in n for n in _source_names(doc, denied)), _source_names(doc, denied)


def test_denial_after_a_reported_passive_is_the_reporters(pipeline):
    doc = pipeline("Chilean President Gabriel Boric spoke in Santiago on Tuesday. Boric said that he had "
                   "warned the Bolivians that the shipments were held up at the border but denied that he "
                   "ordered the trucks stopped.")
    denied = _with_trigger(doc, "REJECT", "denied")
    assert any("Boric" in n for n in _source_names(doc, denied)), _source_names(doc, denied)


def test_request_after_a_reported_state_clause_is_the_reporters(pipeline):
    doc = pipeline("Amnesty International said the agreement was silent on the detained journalists and "
                   "asked the Ethiopian government to release them.")
    asked = _with_trigger(doc, "REQUEST", "asked")
    assert any("Amnesty" in n for n in _source_names(doc, asked)), _source_names(doc, asked)


def test_active_reported_clause_keeps_its_own_subject(pipeline):
    # the reported clause has a doer of its own: the coordinated act is still the reporter's or the
    # doer's by the older rules, never the thing a state clause describes
    doc = pipeline("The Greek foreign ministry said Turkish ships had entered its waters "
                   "and accused Ankara of provocation.")
    accused = _with_trigger(doc, "ACCUSE", "accused")
    assert "Turkey" not in {a for a in _source_names(doc, accused)}, _source_names(doc, accused)

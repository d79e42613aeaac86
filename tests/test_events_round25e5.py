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
    doc = pipeline("Rebels attacked a convoy last year. The former defence minister died on Tuesday after a long illness.")
    assert not _casualty(doc), event_cues(doc)


def test_denied_or_hedged_deaths_are_no_attack(pipeline):
    doc = pipeline("Militants fired rockets at the airport on Saturday. No passengers died, the airline said. "
                   "Officials warned that dozens could be dead under the rubble.")
    assert not _casualty(doc), event_cues(doc)


def test_an_attack_in_the_sentence_is_the_one_event(pipeline):
    doc = pipeline("Militants attacked a checkpoint. Twelve soldiers died in the bombing of the checkpoint, the army said.")
    assert not _casualty(doc), event_cues(doc)
    assert _all_assaults(doc), event_cues(doc)

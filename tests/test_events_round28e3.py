"""Events of the twenty-eighth round (e3): dyads of events typed right (docs/events.md, "Round 28e3").
Texts written for this project, each mechanism with a negative."""

from __future__ import annotations

import pytest
from conftest import actor_names

# --- "its fighters stormed ...": the group the pronoun stands for -----------------------------------

GROUP = (
    "Togo lists armed group as terrorist\n\n"
    "LOME, June 4 (Gulf Coast Wire) - The Government of Togo on Thursday listed the {group} as a "
    "terrorist organisation.\n\n"
    "The {group} has claimed dozens of raids in the Savanes region since 2023. In April {owner} fighters "
    "stormed a police post near Dapaong, killing four officers. In August they abducted six "
    "nurses near Mandouri.\n")


def _events(doc, word):
    return [e for e in doc.events if e.type == "ASSAULT" and word in e.trigger.text]


@pytest.mark.parametrize("word", ["stormed", "abducted"])
def test_owned_fighters_stand_for_the_group(pipeline, word):
    doc = pipeline(GROUP.format(group="Volta Liberation Front", owner="its"))
    found = _events(doc, word)
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    assert "Volta Liberation Front" in actor_names(doc, found[0].source), actor_names(doc, found[0].source)


def test_fighters_of_no_pronoun_stay_the_fighters(pipeline):
    # no "its"/"their": nothing says whose fighters they are
    doc = pipeline(GROUP.format(group="Volta Liberation Front", owner="armed"))
    found = _events(doc, "stormed")
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    assert "Volta Liberation Front" not in actor_names(doc, found[0].source), actor_names(doc, found[0].source)


# --- "thanked Allies and asked them to ...": the object of the verb before ------------------------

ALLIES = (
    "NATO foreign ministers meet in Brussels\n\n"
    "Statement by the Secretary General of NATO after the meeting of foreign ministers.\n\n"
    "Third, we met with Foreign Minister Taras Melnyk. Russia continues to strike the cities of Ukraine. "
    "Minister Melnyk {first} and asked them to speed up deliveries of air defence systems.\n")


def test_them_stands_for_the_object_of_the_coordinated_verb(pipeline):
    doc = pipeline(ALLIES.format(first="thanked Allies"))
    ask = [e for e in doc.events if e.type == "REQUEST" and e.trigger.text == "asked"]
    assert ask, [(e.type, e.trigger.text) for e in doc.events]
    assert "NATO" in actor_names(doc, ask[0].target), actor_names(doc, ask[0].target)
    thank = [e for e in doc.events if e.type == "SUPPORT" and e.trigger.text == "thanked"]
    assert thank and "NATO" in actor_names(doc, thank[0].target), [
        (e.type, actor_names(doc, e.target)) for e in doc.events]


def test_them_after_a_verb_with_no_plural_object_is_not_that_object(pipeline):
    # "praised the plan": a singular object, not what "them" stands for
    doc = pipeline(ALLIES.format(first="praised the plan"))
    ask = [e for e in doc.events if e.type == "REQUEST" and e.trigger.text == "asked"]
    assert all("plan" not in " ".join(actor_names(doc, e.target)) for e in ask)


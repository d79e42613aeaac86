"""Events of the twenty-ninth round (e5): a state's organ, force or official does not aim a hostile act
at its own government (docs/events.md, "Round 29e5"). Texts written for this project, with negatives."""

from __future__ import annotations

import pytest
from conftest import actor_names

BOMBED = (
    "KHARTOUM, May 4 (Nile Wire) - {before} Two Sudanese army aircraft dropped bombs near Adre on Tuesday, "
    "a Sudanese military spokesman said.\n")


def _bombing(doc):
    found = [e for e in doc.events if e.type == "ASSAULT" and e.trigger.text.startswith("dropped")]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def test_force_of_a_state_is_not_aimed_at_its_own_spokesman(pipeline):
    # the nearest actor is the force's own government: the other side of the last hostile act instead
    doc = pipeline(BOMBED.format(before="Chad closed its border with Sudan on Monday."))
    assert actor_names(doc, _bombing(doc).target) == {"Chad"}, actor_names(doc, _bombing(doc).target)


def test_with_nobody_else_named_the_context_guess_stays(pipeline):
    # nobody the state fought before and no other actor near: the guess is kept (as for a state, round 20)
    doc = pipeline(BOMBED.format(before="Heavy rains flooded Darfur on Monday."))
    assert actor_names(doc, _bombing(doc).target) == {"Sudanese military spokesman"}


DETAINED = "ACCRA, May 4 (Volta Wire) - Ghanaian police detained the crew near Keta on Tuesday, the Ghanaian " \
    "interior ministry said{after}.\n"


@pytest.mark.parametrize("after, aimed", [
    (", after a Togolese boat entered the lagoon", {"Togo"}),  # no earlier event: the other actor near
    ("", {"Ghana"})])  # nobody else named: kept
def test_with_no_earlier_event_another_actor_of_the_context(pipeline, after, aimed):
    doc = pipeline(DETAINED.format(after=after))
    found = [e for e in doc.events if e.type == "COERCE" and e.trigger.text == "detained"]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    assert actor_names(doc, found[0].target) == aimed, actor_names(doc, found[0].target)


def _actors():
    from communique.document import Actor, Document

    return Document(text="", actors=[
        Actor("a1", "Sudan", "state", "SDN", "GOV"), Actor("a2", "Ibrahim Osman", "person", "SDN", "GOV"),
        Actor("a3", "Sudanese army", "organization", "SDN", "MIL"),
        Actor("a4", "Sara Idris", "person", "SDN", "OPP"), Actor("a5", "Darfur Front", "armed_group", "SDN", "REB"),
        Actor("a6", "Sudanese traders", "group", "SDN", "BUS"), Actor("a7", "Chad", "state", "TCD", "GOV")])


@pytest.mark.parametrize("source, side", [
    (["a2"], {"a1", "a2", "a3"}),  # a minister: his state, its forces and officials
    (["a3"], {"a1", "a2", "a3"}),  # a force: the same
    (["a4"], set()),  # an opposition leader: no government side (domestic targets stay possible)
    (["a5"], set())])  # rebels: none
def test_government_side(source, side):
    from communique.stages.events import _government_side

    assert _government_side(_actors(), source) == side

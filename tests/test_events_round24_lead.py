"""Round 24 (lead): where the round's branches met. Each test is a sentence of our own where two
branches' rules, right alone, gave a wrong reading together (docs/events.md "Round 24 (lead)")."""

from __future__ import annotations

import pytest
from conftest import event_cues

pytestmark = pytest.mark.issue(16)


def _types(doc) -> list[str]:
    return [e.type for e in doc.events]


def test_a_request_that_a_verb_event_was_made_at_is_its_own_event(pipeline):
    # "entered X" became a MOBILIZE trigger (24e6); "at the request of" is no content of it
    doc = pipeline("Belarusian troops entered Armenia at the request of President Levon Sargsyan.")
    assert {"MOBILIZE", "REQUEST"} <= set(_types(doc)), event_cues(doc)
    doc = pipeline("Kenyan police deployed to Haiti at the invitation of its transitional council.")
    assert {"MOBILIZE", "AGREE"} <= set(_types(doc)), event_cues(doc)


@pytest.mark.parametrize("text", [
    "Eritrea seized the Yemeni trawler and detained its fishermen.",
    "The rebels killed four Malian soldiers and wounded nine others near Gao.",
])
def test_a_second_act_on_an_object_that_points_back_is_the_same_event(pipeline, text):
    # 24e5 keeps a second coordinated act on a new, unnamed object as its own event; an object that
    # points back ("its", "others", "the") is the first act's target: one event per source and target
    doc = pipeline(text)
    types = _types(doc)
    assert max(types.count(t) for t in set(types)) == 1, event_cues(doc)

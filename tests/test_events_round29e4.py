"""Events of the twenty-ninth round (e4): targets of events typed right (docs/events.md, "Round 29e4").
Texts written for this project, each mechanism with a negative."""

from __future__ import annotations

import pytest
from conftest import actor_names

# --- a deployment with no party named: against the other party of the last hostile act --------------

DEPLOYED = (
    "ARICA, May 3 (Andes Wire) - {before}"
    "Peru sent two patrol vessels to the area on Tuesday.\n")


def _deployments(doc):
    return [e for e in doc.events if e.type == "MOBILIZE" and e.trigger.text.startswith("sent")]


def test_deployment_answers_the_last_hostile_act(pipeline):
    doc = pipeline(DEPLOYED.format(before="Peruvian trawlers entered Chilean waters on Monday, and Chile "
                                          "seized two of the boats and detained their crews. "))
    found = _deployments(doc)
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    assert actor_names(doc, found[0].target) == {"Chile"}, actor_names(doc, found[0].target)


def test_deployment_with_no_act_before_keeps_no_target(pipeline):
    # nothing hostile reported before: the nearest actor is no guess for a deployment
    doc = pipeline(DEPLOYED.format(before="Chile and Peru held a regional fisheries conference on Monday. "))
    found = _deployments(doc)
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    assert not found[0].target, actor_names(doc, found[0].target)


# --- "warned that Berlin would ... if Eritrean officials ...": the party the condition names ---------

WARNED = (
    "BERLIN, June 9 (Spree Wire) - Germany expelled two Eritrean diplomats on Tuesday. A Foreign Office "
    "spokeswoman, Anna Berg, said Germany would not accept a joint inquiry. She warned that Berlin would "
    "take further measures{condition}.\n")


def _warnings(doc):
    return [e for e in doc.events if e.type == "THREATEN" and e.trigger.text == "warned"]


@pytest.mark.parametrize("condition, aimed", [
    (" if Eritrean officials were caught spying on exiles", "Eritrea"),
    (" if Eritrean agents kept watching exiles", "Eritrean agents")])
def test_warning_is_aimed_at_the_party_its_condition_names(pipeline, condition, aimed):
    doc = pipeline(WARNED.format(condition=condition))
    found = _warnings(doc)
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    assert actor_names(doc, found[0].target) == {aimed}, actor_names(doc, found[0].target)


@pytest.mark.parametrize("condition", [" if German citizens were harmed", ""])
def test_condition_on_the_own_side_or_none_leaves_the_target(pipeline, condition):
    # the warner's own people in the condition, or no condition: the rule aims the warning at nobody new
    doc = pipeline(WARNED.format(condition=condition))
    found = _warnings(doc)
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    assert not actor_names(doc, found[0].target) & {"German citizens", "Eritrea"}, actor_names(doc, found[0].target)

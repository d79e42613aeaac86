"""Rhetoric stages: persuasion techniques, calls to action, stance, summary (issue 6 fills these in)."""

from __future__ import annotations

from ..pipeline import stage


@stage("techniques.v1", assigns=("techniques",), requires=("sections",))
def extract_techniques(document, doc, ctx):
    return {"techniques": []}


@stage("calls_to_action.v1", assigns=("calls_to_action",), requires=("actors", "quotes"))
def extract_calls_to_action(document, doc, ctx):
    return {"calls_to_action": []}


@stage("stance.v1", assigns=("stance",), requires=("actors", "quotes"))
def extract_stance(document, doc, ctx):
    return {"stance": []}


@stage("summary.v1", assigns=("summary",), requires=("techniques", "calls_to_action", "stance"))
def summarise(document, doc, ctx):
    return {"summary": {}}

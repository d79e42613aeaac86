"""Actors stage: political actors recognised and resolved (issue 3 fills this in)."""

from __future__ import annotations

from ..pipeline import stage


@stage("actors.v1", assigns=("actors",), requires=("sections",))
def extract_actors(document, doc, ctx):
    return {"actors": []}

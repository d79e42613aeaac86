"""Events stage: PLOVER events with mode and attribution (issue 5 fills this in)."""

from __future__ import annotations

from ..pipeline import stage


@stage("events.v1", assigns=("events",), requires=("actors", "quotes", "sections"))
def extract_events(document, doc, ctx):
    return {"events": []}

"""Quotes stage: direct and indirect quotes with speakers (issue 4 fills this in)."""

from __future__ import annotations

from ..pipeline import stage


@stage("quotes.v1", assigns=("quotes",), requires=("actors",))
def extract_quotes(document, doc, ctx):
    return {"quotes": []}

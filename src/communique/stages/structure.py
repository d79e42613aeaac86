"""Structure stage: title, authors, publisher, date, sections (being written)."""

from __future__ import annotations

from ..document import Section
from ..pipeline import stage


@stage("structure.v1", assigns=("title", "authors", "publisher", "published", "sections"))
def extract_structure(document, doc, ctx):
    return {"title": document.meta.get("title"), "authors": [], "publisher": document.meta.get("publisher"),
            "published": None, "sections": [Section("other", 0, len(document.text))]}

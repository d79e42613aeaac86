"""Read-only story queries for the web app: the store's ``framing`` functions over a
cursor of the app's read-only connection (one cursor per call, as in ``queries``)."""

from __future__ import annotations

from typing import Any


def stories(reader, **filters: Any) -> list[dict[str, Any]]:
    """``store.framing.list_stories`` over ``reader`` (a ``queries.CorpusReader``)."""
    from ..store.framing import list_stories

    cur = reader._con.cursor()
    try:
        return list_stories(cur, **filters)
    finally:
        cur.close()


def story(reader, story_id: str) -> dict[str, Any] | None:
    """``store.framing.compare_story`` over ``reader``, or None."""
    from ..store.framing import compare_story

    cur = reader._con.cursor()
    try:
        return compare_story(cur, story_id)
    finally:
        cur.close()

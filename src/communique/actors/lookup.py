"""A per-document index of actor mentions: ``Document.actor_at`` without the full scan.

``Document.actor_at`` walks every mention of every actor on each call; stages that ask
for hundreds of spans per document (events, quotes' speakers, calls to action) use one
``ActorIndex`` per document instead, held by the document's ``communique.views.DocViews``.
The answer is the same: the actor whose mention overlaps ``[start, end)`` most, the first
one (in actor, then mention order) on a tie, or ``None``.
"""

from __future__ import annotations

from ..views import ActorIndex, views_of

__all__ = ["ActorIndex", "index_for"]


def index_for(actors, doc=None) -> ActorIndex:
    """An ``ActorIndex`` of ``actors`` (a document's actor list).

    With ``doc`` (the document's spaCy Doc) the index is built once and kept in the Doc's
    views while the same actor objects are asked for; without it, it is built for this call.
    """
    if doc is None:
        return ActorIndex(actors)
    return views_of(doc).actor_index(actors)

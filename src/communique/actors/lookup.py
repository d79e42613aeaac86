"""A per-document index of actor mentions: ``Document.actor_at`` without the full scan.

``Document.actor_at`` walks every mention of every actor on each call; stages that ask
for hundreds of tokens (events) build one ``ActorIndex`` per document instead. The
answer is the same: the actor whose mention overlaps ``[start, end)`` most, the first
one (in actor, then mention order) on a tie, or ``None``.
"""

from __future__ import annotations

from bisect import bisect_left


class ActorIndex:
    def __init__(self, actors):
        rows = sorted(((s, e, ai, mi, actor) for ai, actor in enumerate(actors)
                       for mi, (s, e) in enumerate(actor.mentions)), key=lambda r: r[0])
        self._rows = rows
        self._starts = [r[0] for r in rows]
        self._longest = max((e - s for s, e, *_ in rows), default=0)

    def at(self, start: int, end: int):
        """The actor with a mention overlapping ``[start, end)`` most, or ``None``."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        best, best_key = None, None
        for s, e, ai, mi, actor in self._rows[lo:hi]:
            overlap = min(e, end) - max(s, start)
            if overlap > 0:
                key = (-overlap, ai, mi)
                if best_key is None or key < best_key:
                    best, best_key = actor, key
        return best


#: The actors last indexed by ``index_for`` and their index (one document at a time).
_LAST: tuple[tuple, ActorIndex] = ((), ActorIndex(()))


def index_for(actors) -> ActorIndex:
    """An ``ActorIndex`` of ``actors`` (a document's actor list), built once for the document.

    Stages that look up a few hundred spans per document (quotes' speakers, calls to action)
    call this instead of ``Document.actor_at``; the index of the last list asked for is kept
    and reused while the same actor objects (frozen) are asked for again."""
    global _LAST
    held, index = _LAST
    if len(held) != len(actors) or any(a is not b for a, b in zip(held, actors)):
        held = tuple(actors)
        index = ActorIndex(held)
        _LAST = (held, index)
    return index

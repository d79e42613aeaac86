"""Stance toward actors: who (the author or a quoted speaker) holds which polarity toward whom.

For every mention of an actor, the sentence around it is scored by a learned
target-sentiment model trained on NewsMTSC (``stance_model``): by default the
fast model over hashed lemma and dependency features of the parse, optionally
(``options={"stance_model": "minilm"}``) MiniLM vectors + logistic regression. The holder is the quote's speaker when the mention sits
inside a quote with a resolved speaker, the author when it is outside every
quote, and nobody (skipped) inside a quote whose speaker is unknown. Per
(holder, target) the polarity is the mean of P(positive) - P(negative) over
the mentions; the evidence spans are the evaluative phrases (loaded words and
labels found by the techniques stage) in the sentences that agree with that
sign, or those sentences themselves when they have no such phrase.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from ..document import Stance
from ..errors import ConfigError
from ..spans import SpanSet, strip_span

logger = logging.getLogger(__name__)

#: Mentions per actor scored at most (the first ones); keeps long documents cheap.
MAX_MENTIONS_PER_ACTOR = 20
#: A sentence "agrees" with the overall stance, and can be evidence, when its polarity has the
#: same sign and at least this size.
MIN_EVIDENCE_POLARITY = 0.2
#: Evidence spans kept per stance record, strongest first.
MAX_EVIDENCE = 4
#: Techniques whose spans are evaluative phrases (usable as stance evidence).
EVALUATIVE = ("Loaded_Language", "Name_Calling,Labeling", "Exaggeration,Minimisation", "Doubt")
#: Sentences longer than this (characters) are scored on a window around the mention (MiniLM model).
MAX_SENTENCE_CHARS = 600


def _holder(document, start: int, end: int, quoted: SpanSet | None = None) -> str | None:
    """The speaker of the first quote holding ``[start, end)`` (``quoted``: the quotes'
    ``SpanSet``, so that a long document is not scanned per mention), else "author"."""
    quoted = SpanSet((q.start, q.end) for q in document.quotes) if quoted is None else quoted
    i = quoted.first_containing(start, end)
    # None when the speaker is unknown: nobody to hold the stance
    return document.quotes[i].speaker if i is not None else "author"


def _sentence_of(doc, start: int):
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span.sent if span is not None else None


def find_stance(document, doc, model: str = "fast") -> list[Stance]:
    """Stance records for every (holder, actor) pair with at least one scored mention.

    ``model`` picks the target-sentiment model (``stance_model.MODELS``): "fast" reads
    hashed features off the spaCy parse; "minilm" encodes every scored sentence with MiniLM.
    """
    from .stance_model import MODELS, polarity, score_doc_targets, score_targets

    if model not in MODELS:
        raise ConfigError(f"stance_model={model!r}: allowed values are {', '.join(MODELS)}")
    mentions, keys = [], []
    quoted = SpanSet((q.start, q.end) for q in document.quotes)
    for actor in document.actors:
        for start, end in list(actor.mentions)[:MAX_MENTIONS_PER_ACTOR]:
            holder = _holder(document, start, end, quoted)
            if holder is None or holder == actor.id:
                continue
            sent = _sentence_of(doc, start)
            if sent is None:
                continue
            mentions.append((start, end, sent.start_char, sent.end_char))
            keys.append((holder, actor.id, sent.start_char, sent.end_char))
    if not mentions:
        return []
    if model == "fast":
        proba = score_doc_targets(doc, [(start, end) for start, end, _, _ in mentions])
    else:
        proba = score_targets([_sentence_item(document.text, *m) for m in mentions])
    scores = polarity(proba)
    grouped: dict[tuple[str, str], list[tuple[float, int, int]]] = defaultdict(list)
    for (holder, target, s0, s1), p in zip(keys, scores):
        grouped[(holder, target)].append((float(p), s0, s1))
    evaluative = [t for t in document.techniques if t.technique in EVALUATIVE]
    out = []
    for (holder, target), rows in grouped.items():
        mean = sum(p for p, _, _ in rows) / len(rows)
        evidence: list[tuple[float, tuple[int, int]]] = []
        for p, s0, s1 in sorted(rows, key=lambda r: -abs(r[0])):
            if abs(p) < MIN_EVIDENCE_POLARITY or (p > 0) != (mean > 0):
                continue
            phrases = [(t.start, t.end) for t in evaluative if s0 <= t.start and t.end <= s1]
            for span in phrases or [strip_span(document.text, s0, s1)]:
                if all(span != e for _, e in evidence):
                    evidence.append((abs(p), span))
        evidence = evidence[:MAX_EVIDENCE]
        out.append(Stance(holder, target, max(-1.0, min(1.0, mean)), tuple(sorted(e for _, e in evidence))))
    out.sort(key=lambda s: (s.holder != "author", s.holder, s.target))
    return out


def _sentence_item(text: str, start: int, end: int, s0: int, s1: int):
    """``(sentence, [target span])`` for the MiniLM model; long sentences cut to a window."""
    if s1 - s0 > MAX_SENTENCE_CHARS:
        s0 = max(s0, start - MAX_SENTENCE_CHARS // 2)
        s1 = min(s1, end + MAX_SENTENCE_CHARS // 2)
    return text[s0:s1], [(start - s0, min(end, s1) - s0)]

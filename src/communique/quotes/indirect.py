"""Indirect quotes: reported speech or thought governed by a cue verb.

A cue verb (the ``cue`` entries of ``resources/quotes/reporting_verbs.en.tsv``) with a
subject and one of the frames it allows gives an indirect quote whose content is:

- ``that``: its clausal complement ("Putin announced that Moscow seeks ...",
  "The talks failed, the envoy said"), or the clause it interrupts ("The
  rebels, the general said, have lost the ridge": the span then contains the
  attribution, since a quote is one contiguous span);
- ``to``: its infinitive complement with any object ("X urged Y to leave");
- ``as``: its object and "as" predicate ("X described the group as an ally").

"according to X, <clause>" gives the clause with X as speaker. Cue verbs inside
a direct quote, and contents that are mostly a direct quote already found,
are skipped: the direct quote carries them.

Example handled: ``The ministry said it would respond.``
Example not handled: nominal cues ("his claim that ...") and passives
("it was reported that ...") give no quote.
"""

from __future__ import annotations

import logging

from spacy.symbols import IDS

from ..spans import SpanSet
from ..views import pos_ids, token_strings
from .candidates import Candidate, trim_span
from .lexicon import cue_verbs
from .speakers import fallback_kind, speaker_span

logger = logging.getLogger(__name__)

#: Content tokens an indirect quote needs; shorter complements are not reported speech.
MIN_INDIRECT_CONTENT_TOKENS = 3
#: Share of an indirect content that may lie inside direct quotes before it is dropped as their frame.
MAX_DIRECT_OVERLAP_SHARE = 0.5
CLAUSE_DEPS = ("ccomp",)
INFINITIVE_DEPS = ("xcomp", "ccomp")
SUBJECT_DEPS = ("nsubj",)
STRIP = " \t\n,;:—–-"
#: Parts of speech (spaCy ids) of a reporting verb.
_VERB_AUX_IDS = frozenset((IDS["VERB"], IDS["AUX"]))


def _char_span(doc, lo: int, hi: int) -> tuple[int, int]:
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _subject(verb):
    head = verb
    for _ in range(3):
        subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if head.dep_ not in ("conj", "advcl") or head.head is head:
            return None
        head = head.head
    return None


def _content(verb, frames):
    """Token range ``[lo, hi)`` of the content the cue verb governs, or None."""
    children = list(verb.children)
    if "that" in frames:
        clause = next((c for c in children if c.dep_ in CLAUSE_DEPS), None)
        if clause is not None:
            return clause.left_edge.i, clause.right_edge.i + 1
        if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
            # "The rebels, the general said, have lost the ridge": the whole sentence it interrupts
            head = verb.head
            return head.left_edge.i, head.right_edge.i + 1
    if "to" in frames:
        comp = next((c for c in children if c.dep_ in INFINITIVE_DEPS
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if comp is not None:
            obj = next((c for c in children if c.dep_ in ("dobj", "dative") and c.i < comp.i), None)
            lo = obj.left_edge.i if obj is not None else comp.left_edge.i
            return lo, comp.right_edge.i + 1
    if "as" in frames:
        obj = next((c for c in children if c.dep_ == "dobj"), None)
        if obj is not None:
            as_prep = next((c for c in list(children) + list(obj.children)
                            if c.dep_ == "prep" and c.lower_ == "as"), None)
            if as_prep is not None:
                return obj.left_edge.i, max(obj.right_edge.i, as_prep.right_edge.i) + 1
    return None


def _inside(spans: SpanSet, offset: int) -> bool:
    return spans.inside(offset)


def _direct_share(spans: SpanSet, start: int, end: int) -> float:
    return spans.covered(start, end) / max(1, end - start)


def _according_quotes(doc, text, quoted):
    lowers = token_strings(doc)[0]
    for i, lower in enumerate(lowers):  # a Token only for "according to"
        if lower != "according" or i + 1 >= len(doc) or lowers[i + 1] != "to":
            continue
        t = doc[i]
        if _inside(quoted, t.idx):
            continue
        obj = next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        sent = t.sent
        phrase_lo, phrase_hi = t.left_edge.i, max(t.right_edge.i, obj.right_edge.i) + 1
        before, after = (sent.start, phrase_lo), (phrase_hi, sent.end)
        lo, hi = max(before, after, key=lambda r: r[1] - r[0])
        if hi - lo < MIN_INDIRECT_CONTENT_TOKENS:
            continue
        s, e = trim_span(text, *_char_span(doc, lo, hi), strip=STRIP + ".")
        if e <= s or _direct_share(quoted, s, e) > MAX_DIRECT_OVERLAP_SHARE:
            continue
        chars = speaker_span(obj, phrase_lo, phrase_hi)
        yield Candidate("indirect", s, e, chars, fallback_kind(obj, [obj]), "according to", "according")


def find_indirect(document, doc, direct: list[Candidate]) -> list[Candidate]:
    """Indirect-quote candidates of one document, given its direct quotes."""
    text = document.text
    quoted = SpanSet((c.start, c.end) for c in direct)  # bisection, not a scan per verb (issue 21)
    lexicon = cue_verbs()
    out: list[Candidate] = []
    pos = pos_ids(doc)
    for i, lemma in enumerate(token_strings(doc)[1]):  # a Token only for a cue verb
        cue = lexicon.get(lemma)
        if cue is None or pos[i] not in _VERB_AUX_IDS:
            continue
        verb = doc[i]
        if _inside(quoted, verb.idx):
            continue
        span = _content(verb, cue.frames)
        if span is None or span[1] - span[0] < MIN_INDIRECT_CONTENT_TOKENS:
            continue
        subject = _subject(verb)
        if subject is None or _inside(quoted, subject.idx):
            continue
        if span[1] <= verb.i and subject.i < verb.i:
            # "<content>, another source said": the content runs from the sentence start to the speaker
            span = (min(span[0], verb.sent.start), subject.left_edge.i)
            if span[1] - span[0] < MIN_INDIRECT_CONTENT_TOKENS:
                continue
        s, e = trim_span(text, *_char_span(doc, *span), strip=STRIP)
        if e <= s or _direct_share(quoted, s, e) > MAX_DIRECT_OVERLAP_SHARE:
            continue
        chars = speaker_span(subject)
        subject_tokens = doc[subject.left_edge.i:subject.right_edge.i + 1]
        out.append(Candidate("indirect", s, e, chars, fallback_kind(subject, subject_tokens), verb.text, "verb"))
    out.extend(_according_quotes(doc, text, quoted))
    return out

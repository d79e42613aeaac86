"""Attribution (reported / quoted / author), the date a sentence gives an event (resolved by
``events.dating``), and PLOVER contexts of an event.

Example handled: published 2024-05-16 (a Thursday), "on Tuesday" -> 2024-05-14.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from itertools import chain

from spacy.strings import get_string_id
from spacy.symbols import IDS

from ..dates import parse_date
from ..syntax import label_ids
from ..views import doc_text, token_sheet, token_strings
from .dating import Dated, nearest_date
from .lexicon import Modality

#: How many clause links to climb when looking for a reporting verb above the trigger.
MAX_REPORT_HOPS = 4
#: Dependency labels linking reported content to its reporting verb.
REPORT_DEPS = frozenset({"ccomp", "parataxis", "advcl", "xcomp", "conj"})
#: Distinct publication dates whose parse is remembered.
PUBLISHED_CACHE_SIZE = 1024
_REPORT_IDS = label_ids(REPORT_DEPS)
#: Relations of a reporting verb hung on the content it reports ("Y attacked Z, X said").
_REPORTER_IDS = label_ids(frozenset({"parataxis", "ccomp", "advcl"}))
_CONJ, _NSUBJ = get_string_id("conj"), get_string_id("nsubj")
_VERB_POS = frozenset({IDS["VERB"], IDS["AUX"]})


@lru_cache(maxsize=PUBLISHED_CACHE_SIZE)
def parse_published(published: str | None) -> dt.date | None:
    """The document's publication date (ISO) as a ``date``, or ``None`` (remembered: every
    sentence of a document asks)."""
    return parse_date(published)


def event_date(cand, sent, published: dt.date | None, future: bool, dates: list | None = None) -> Dated | None:
    """The date the sentence gives the candidate's event (``events.dating.nearest_date``);
    ``future``: the event's own mode looks ahead, for a time expression in no tensed clause."""
    return nearest_date(cand.token, sent, published, future, dates)


def reporting_governor(tok, cues: Modality):
    """The reporting verb ("said", "claimed") whose content contains ``tok``, or ``None``.

    Handles "X said Y attacked Z" (content is a ccomp) and "Y attacked Z, X said"
    (reporting verb is parataxis/ccomp of the content's root, i.e. a child of it).
    """
    s = token_sheet(tok.doc)
    deps, lemmas, verbs = s.deps, s.lemmas, cues.reporting_verbs
    cur = tok.i
    for _ in range(MAX_REPORT_HOPS):
        if deps[cur] not in _REPORT_IDS:
            break
        head = s.heads[cur]
        if lemmas[head] in verbs and s.pos[head] in _VERB_POS and deps[cur] != _CONJ:
            return s.doc[head]
        cur = head
    for child in s.kids[cur]:
        if deps[child] in _REPORTER_IDS and child != tok.i and lemmas[child] in verbs and child > tok.i:
            if any(deps[c] == _NSUBJ for c in s.kids[child]):
                return s.doc[child]
    return None


def according_to(sent):
    """The pobj of "according to X" in the sentence, or ``None``."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor(1).lower_ == "to":
            for c in tok.nbor(1).children:
                if c.dep_ == "pobj":
                    return c
            for c in tok.children:
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return None


#: The compiled context cues of the last ``Modality.contexts`` seen: (that dict, its cues).
_CONTEXT_CUES: list = [None, None]


def _context_cues(contexts: dict[str, tuple[str, ...]]) -> tuple:
    """``(names, word -> positions of its contexts, one-word cues, (position, " "-prefixed
    multi-word cues) of the contexts that have some)`` of a contexts mapping, built once."""
    if _CONTEXT_CUES[0] is not contexts:
        names, index, multi = tuple(contexts), {}, []
        for k, words in enumerate(contexts.values()):
            for w in words:
                if " " not in w:
                    index.setdefault(w, set()).add(k)
            spaced = tuple(f" {w}" for w in words if " " in w)
            if spaced:
                multi.append((k, spaced))
        _CONTEXT_CUES[1] = (names, index, frozenset(index), tuple(multi))
        _CONTEXT_CUES[0] = contexts
    return _CONTEXT_CUES[1]


def cue_contexts(sent, cues: Modality) -> list[str]:
    """PLOVER contexts whose cue words occur in the sentence (computed once per sentence),
    in the order of ``cues.contexts``."""
    names, index, singles, multi = _context_cues(cues.contexts)
    lowers, lemmas = token_strings(sent.doc)
    found: set[int] = set()
    for w in singles.intersection(chain(lemmas[sent.start:sent.end], lowers[sent.start:sent.end])):
        found.update(index[w])
    if multi:
        text = " " + doc_text(sent.doc)[sent.start_char:sent.end_char].lower() + " "
        for k, spaced in multi:
            if k not in found and any(w in text for w in spaced):
                found.add(k)
    return [names[k] for k in sorted(found)]


def contexts(entry_context: str | None, sentence_contexts: list[str]) -> list[str]:
    """PLOVER contexts of one event: the trigger entry's own, then its sentence's cue contexts."""
    head = [entry_context] if entry_context else []
    return head + [c for c in sentence_contexts if c != entry_context]

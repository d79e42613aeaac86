"""Dependency-tree helpers over a spaCy parse that more than one domain package reads
(events and stance): coordination, prepositional objects, the doer named by "by X"."""

from __future__ import annotations

from functools import lru_cache

from spacy.strings import get_string_id
from spacy.symbols import ADJ, NOUN, NUM, PRON, PROPN, X

from .views import dependency_tree, pos_ids, token_strings

#: Dependency labels of a verb's objects.
OBJECT_DEPS = frozenset({"dobj", "obj", "dative"})
#: Dependency labels of the prepositions ``prep_objects`` reads.
PREP_DEPS = frozenset({"prep", "agent", "dative"})
_PREP_IDS = frozenset(get_string_id(label) for label in PREP_DEPS)
_CONJ, _APPOS, _POBJ = get_string_id("conj"), get_string_id("appos"), get_string_id("pobj")
_COORDINATION = frozenset({_CONJ, _APPOS})
#: Parts of speech of the conjuncts ``conjuncts`` keeps: of the word itself, of an apposition's list.
_CONJUNCT_POS = frozenset({PROPN, NOUN, PRON, ADJ, NUM, X})
_LISTED_POS = frozenset({NOUN, PROPN})



@lru_cache(maxsize=None)
def label_ids(labels: frozenset[str]) -> frozenset[int]:
    """The relation ids (``Token.dep``) of dependency labels, to compare with ``dependency_tree``'s."""
    return frozenset(get_string_id(label) for label in labels)


def children_with(tok, labels: frozenset[str]) -> list:
    """``tok``'s children whose relation is in ``labels``, in spaCy's order, read from the Doc's
    dependency table: a ``Token`` is made only for those returned."""
    doc = tok.doc
    _, deps, kids = dependency_tree(doc)
    wanted = label_ids(labels)
    return [doc[c] for c in kids[tok.i] if deps[c] in wanted]


def conjuncts(tok) -> list:
    """The token and the tokens coordinated with it ("A, B and C"), read from the Doc's
    dependency table (``views.dependency_tree``): a ``Token`` is made only for those returned."""
    doc, i = tok.doc, tok.i
    heads, deps, kids = dependency_tree(doc)
    if deps[i] != _CONJ and not any(deps[c] in _COORDINATION for c in kids[i]):
        return [tok]  # most words: neither coordinated nor heading an apposition
    pos = pos_ids(doc)
    out = [i]
    # "the deputy ministers, the Minister of Defense and the Minister of Interior": the
    # parser often attaches the list after a comma as an apposition that has conjuncts
    for a in kids[i]:
        if deps[a] == _APPOS and any(deps[c] == _CONJ for c in kids[a]):
            out.append(a)
            out.extend(c for c in _coordinated(a, heads, deps, kids) if pos[c] in _LISTED_POS)
    for c in _coordinated(i, heads, deps, kids):
        if pos[c] in _CONJUNCT_POS and c not in out:
            out.append(c)
    return [tok] if len(out) == 1 else [tok if j == i else doc[j] for j in sorted(out)]


def _coordinated(i: int, heads: list[int], deps: list[int], kids: list[list[int]]) -> list[int]:
    """``Token.conjuncts`` as indices: from the first of the coordinated words, each right
    ``conj`` child in turn, leaving out ``i`` itself."""
    start = i
    while heads[start] != start and deps[start] == _CONJ:
        start = heads[start]
    queue, out = [start], []
    for word in queue:
        if word != i:
            out.append(word)
        queue.extend(c for c in kids[word] if c > word and deps[c] == _CONJ)
    return out


def conjunct_indices(doc, i: int) -> list[int]:
    """``doc[i].conjuncts`` as token indices, read from the Doc's dependency table."""
    heads, deps, kids = dependency_tree(doc)
    return _coordinated(i, heads, deps, kids)


def prep_objects(tok, preps: frozenset[str], exclude=()) -> list:
    """The objects (with their conjuncts) of the prepositions in ``preps`` hung on ``tok``,
    skipping the preposition tokens in ``exclude``, read from the Doc's dependency table (a
    ``Token`` is made only for an object found)."""
    out = []
    if not preps:
        return out
    doc = tok.doc
    _, deps, kids = dependency_tree(doc)
    lower = token_strings(doc)[0]
    skip = {t.i for t in exclude}
    for child in kids[tok.i]:
        if deps[child] in _PREP_IDS and lower[child] in preps and child not in skip:
            for p in kids[child]:
                if deps[p] == _POBJ:
                    out.extend(conjuncts(doc[p]))
    return out


def judged_by(tok, target) -> list:
    """"condemned the violations of Estonia's airspace by Russian aircraft": a "by X" the parser
    hung on the active judging verb names the doer of its unnamed object act, who replaces the
    act (and the victims inside its phrase) as the target."""
    doers = [p for p in prep_objects(tok, frozenset({"by"})) if p.pos_ in ("NOUN", "PROPN")]
    acts = [t for t in target if t.dep_ in OBJECT_DEPS and t.head.i == tok.i and t.pos_ == "NOUN"
            and not t.ent_type_]
    if not doers or not acts:
        return target
    return [t for t in target if t not in acts] + doers

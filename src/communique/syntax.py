"""Dependency-tree helpers over a spaCy parse that more than one domain package reads
(events and stance): coordination, prepositional objects, the doer named by "by X"."""

from __future__ import annotations

#: Dependency labels of a verb's objects.
OBJECT_DEPS = frozenset({"dobj", "obj", "dative"})


def conjuncts(tok) -> list:
    """The token and the tokens coordinated with it ("A, B and C")."""
    out = [tok]
    # "the deputy ministers, the Minister of Defense and the Minister of Interior": the
    # parser often attaches the list after a comma as an apposition that has conjuncts
    extra = [a for a in tok.children if a.dep_ == "appos" and any(c.dep_ == "conj" for c in a.children)]
    for a in extra:
        out.append(a)
        out.extend(c for c in a.conjuncts if c.pos_ in ("NOUN", "PROPN"))
    for c in tok.conjuncts:
        if c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM", "X") and c not in out:
            out.append(c)
    return out if len(out) == 1 else sorted(out, key=lambda t: t.i)


#: Dependency labels of the prepositions ``prep_objects`` reads.
PREP_DEPS = frozenset({"prep", "agent", "dative"})


def prep_objects(tok, preps: frozenset[str], exclude=(), children=None) -> list:
    """The objects (with their conjuncts) of the prepositions in ``preps`` hung on ``tok``,
    skipping the preposition tokens in ``exclude``; ``children``: ``tok``'s children (or those
    of them labelled ``PREP_DEPS``, in order) where the caller has them already (each pass over
    ``Token.children`` makes every child ``Token`` again)."""
    out = []
    if not preps:
        return out
    for child in tok.children if children is None else children:
        if child.dep_ in PREP_DEPS and child.lower_ in preps and child not in exclude:
            for p in child.children:
                if p.dep_ == "pobj":
                    out.extend(conjuncts(p))
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

"""Find PLOVER trigger candidates in a parsed sentence.

A candidate is a token (verb or noun) whose lemma heads a lexicon entry, with
the entries that match its syntactic frame. Among matching entries the most
specific win ("impose ~sanction" beats a plain verb); several types left over
make the candidate ambiguous, for the classifier to decide.

Example handled: "Ankara imposed sanctions on Damascus" -> SANCTION (impose ~sanction).
Not handled: triggers split across clauses ("the sanctions that Ankara imposed").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.symbols import IDS

from ..views import pos_ids, token_strings
from .lexicon import Entry, Lexicon

#: Dependency labels of a verb's direct object (and of a passive subject for "talks were held").
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd"})
#: Children that can carry a particle or preposition of a phrasal trigger.
PARTICLE_DEPS = frozenset({"prt", "prep", "advmod", "dobj", "compound:prt", "agent"})
#: Entity labels of an amount whose "in" noun is the real object ("$400 million in aid").
AMOUNT_ENTS = frozenset({"MONEY", "CARDINAL", "QUANTITY"})
#: Modifiers of a noun trigger that an entry's ``~`` list names ("phone call", "air strike").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: Clauses whose "mark" can be a verb's particle ("called for X to resign").
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp"})
#: Words before "since" that make its object a yardstick ("the largest ... since", "the first since").
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
ORDINAL_FIRST = frozenset({"first"})
#: Parts of a text whose "of" noun is the text, not an event ("Article 4 of the treaty").
DOCUMENT_PARTS = frozenset({"article", "clause", "provision", "term", "text", "section", "chapter",
                            "paragraph", "annex", "draft", "wording"})
VERB_POS = frozenset({"VERB"})
#: Shortest stem tried when the lemmatizer's lemma is not in the lexicon ("staged" -> "stage").
MIN_STEM_CHARS = 3
NOUN_POS = frozenset({"NOUN", "PROPN"})
#: Entity labels inside which a noun is part of a name ("Organisation of Islamic Cooperation").
NAME_ENTS = frozenset({"ORG", "GPE", "PERSON", "NORP", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})


@dataclass
class Candidate:
    token: object  # spaCy Token: the head of the trigger
    entries: list[Entry]
    parts: list  # tokens of the trigger (head, light object, particle)

    @property
    def types(self) -> list[str]:
        return sorted({e.type for e in self.entries})

    @property
    def pos(self) -> str:
        return self.entries[0].pos if self.entries else "verb"


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _lemma_candidates(low: str, lemma: str, verb: bool) -> list[str]:
    """The lemma, then the word itself (``low``) and, for a verb, its regular stems: the
    statistical lemmatizer sometimes errs on news verbs ("staged" -> "stag")."""
    out = [lemma, low]
    if verb:
        for suffix, repl in (("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e")):
            if low.endswith(suffix) and len(low) - len(suffix) >= MIN_STEM_CHARS:
                out.append(low[: -len(suffix)] + repl)
    return out


def _light_object(tok, objects: frozenset[str]):
    for child in tok.children:
        if child.dep_ in OBJECT_DEPS and (_lemma(child) in objects or child.lower_ in objects):
            return child
        # "held a round of talks": the object's "of" noun; "withheld $400 million in aid": an
        # amount's "in" noun
        if child.dep_ in OBJECT_DEPS:
            for prep in child.children:
                if prep.dep_ == "prep" and (prep.lower_ == "of" or prep.lower_ == "in" and child.ent_type_ in AMOUNT_ENTS):
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and _lemma(pobj) in objects:
                            return pobj
    return None


def _prep_object(prt, objects: frozenset[str]):
    """The object of a phrasal trigger's preposition among ``objects`` ("took to the streets",
    "spoke by phone", "violations of the airspace"), or ``None``."""
    if prt is None or prt.dep_ != "prep":
        return None
    return next((c for c in prt.children if c.dep_ == "pobj" and _lemma(c) in objects), None)


def _modifier(tok, words: frozenset[str]):
    """A noun trigger's modifier among ``words`` ("phone call", "missile strike")."""
    for child in tok.children:
        if child.dep_ in MODIFIER_DEPS and child.i < tok.i and (_lemma(child) in words or child.lower_ in words):
            return child
    return None


def _yardstick(noun) -> bool:
    """``noun`` is the object of "since" after a superlative or "first" ("the largest protest
    since the 1989 demonstrations"): background that measures the event, not one reported."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "since":
        return False
    doc = noun.doc
    return any(t.tag_ in SUPERLATIVE_TAGS or t.lower_ in ORDINAL_FIRST
               for t in doc[prep.head.left_edge.i:prep.i])


def _particle(tok, prep: str):
    for child in tok.children:
        if child.dep_ in PARTICLE_DEPS and child.lower_ == prep and child.i > tok.i:
            return child
    # "called for the government to resign": the parser makes "for" the mark of the clause
    for child in tok.children:
        if child.dep_ in CLAUSE_DEPS and child.i > tok.i:
            mark = next((m for m in child.children if m.dep_ == "mark" and m.lower_ == prep), None)
            if mark is not None and mark.i == tok.i + 1:
                return mark
    if prep == "to":  # "pressed Moscow to release him": the infinitive's "to" after an object
        for child in tok.children:
            if child.dep_ == "xcomp" and child.i > tok.i and any(c.dep_ == "dobj" for c in tok.children):
                to = next((a for a in child.children if a.dep_ == "aux" and a.tag_ == "TO"), None)
                if to is not None:
                    return to
    return None


def match_token(tok, lexicon: Lexicon) -> Candidate | None:
    """The candidate headed by ``tok``, or ``None`` when no entry fits its frame."""
    pos = tok.pos_
    if pos in VERB_POS or (pos == "AUX" and tok.dep_ == "ROOT"):
        table = lexicon.verbs
    elif pos in NOUN_POS:
        if tok.ent_type_ in NAME_ENTS:
            return None  # "Shanghai Cooperation Organisation" is a name, not an event
        if _yardstick(tok):
            return None  # "the largest protest since a rally in 2011": a past event compared
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _lemma(tok.head.head) in DOCUMENT_PARTS:
            return None  # "Article 4 of the treaty", "the terms of the ceasefire": a text cited
        table = lexicon.nouns
    else:
        return None
    low, lemma = tok.lower_, _lemma(tok)
    entries = table.get(lemma) or table.get(low) or (
        next((table[c] for c in _lemma_candidates(low, lemma, True)[2:] if c in table), None) if pos == "VERB" else None)
    if not entries:
        return None
    matched: list[tuple[Entry, list]] = []
    for entry in entries:
        parts = [tok]
        prt = _particle(tok, entry.prep) if entry.prep else None
        if entry.prep and prt is None and not (entry.objects and entry.pos == "verb"):
            continue
        if entry.objects:
            obj = (_modifier(tok, entry.objects) if entry.pos == "noun" else _light_object(tok, entry.objects)) \
                or _prep_object(prt, entry.objects)
            if obj is None:
                continue
            if entry.prep and prt is None:
                # "raised the issue with Chile": the parser hangs the preposition on the light object
                prt = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == entry.prep), None)
                if prt is None:
                    continue
            parts.append(obj)
        if prt is not None:
            parts.append(prt)
        matched.append((entry, parts))
    if not matched:
        return None
    best = max(e.specificity for e, _ in matched)
    kept = [(e, p) for e, p in matched if e.specificity == best]
    parts = max((p for _, p in kept), key=len)
    return Candidate(tok, [e for e, _ in kept], sorted(parts, key=lambda t: t.i))


#: Parts of speech (spaCy ids) a trigger can have: ``match_token``'s verbs, AUX and nouns.
_TRIGGER_POS_IDS = frozenset(IDS[p] for p in (*VERB_POS, "AUX", *NOUN_POS))
_NOUN_POS_IDS = frozenset(IDS[p] for p in NOUN_POS)
_VERB_ID = IDS["VERB"]


def find_candidates(sent, lexicon: Lexicon) -> list[Candidate]:
    """Trigger candidates of one sentence, verbs first; nouns consumed by a light verb are skipped."""
    verbs, nouns = [], []
    doc, pos = sent.doc, pos_ids(sent.doc)
    lowers, lemmas = token_strings(doc)
    noun_table, verb_table = lexicon.nouns, lexicon.verbs
    for i in range(sent.start, sent.end):
        p = pos[i]
        if p not in _TRIGGER_POS_IDS:
            continue  # match_token takes no other part of speech
        if p in _NOUN_POS_IDS:
            if lemmas[i] not in noun_table and lowers[i] not in noun_table:
                continue  # a noun is looked up as its lemma and as written only: no entry
        elif lemmas[i] not in verb_table and lowers[i] not in verb_table and \
                (p != _VERB_ID or all(c not in verb_table for c in _lemma_candidates(lowers[i], lemmas[i], True))):
            continue  # a verb (or auxiliary) with no entry under any of the strings match_token tries
        cand = match_token(doc[i], lexicon)
        if cand is not None:
            (verbs if cand.pos == "verb" else nouns).append(cand)
    consumed = {t.i for c in verbs for t in c.parts}
    return verbs + [c for c in nouns if c.token.i not in consumed]

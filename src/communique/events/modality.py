"""The contract's ``mode`` of an event: asserted, negated, intended, offered,
demanded, hypothetical or historical, decided from the parse and the cue lists
in ``data/modality.yaml``.

Order of the rules (first that fires wins): conditional clause -> hypothetical;
negation of the trigger (or of the verb controlling it, or "no" on its object) ->
negated; the content of an offer noun -> offered; a refusal governor -> negated
(asserted under a demand to stop); "planned" on a nominal act -> intended; governed
by a demand verb or a deontic modal -> demanded; governed by an offer verb ->
offered; governed by a threat verb or a hypothetical modal -> hypothetical;
future auxiliary or intent governor -> intended; past background -> historical.

Example handled: "Iran did not agree to withdraw" -> AGREE negated, RETREAT negated.
Not handled: negation by a distant quantifier ("few states ever supported ...").
"""

from __future__ import annotations

import re

from ..views import sentence_ents, sentence_of, token_strings
from .lexicon import Modality

#: How many governing clauses to climb when looking for a demand/offer/intent verb.
MAX_GOVERNOR_HOPS = 3
#: Clause links through which a governor controls the trigger's clause.
GOVERNED_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "conj"})
#: Marks of an adverbial clause that only sets another clause beside its head ("warned Serbia ...,
#: while Serbian leaders accused the bloc"): what its head warns of or plans is not its content.
ADJUNCT_MARKS = frozenset({"while", "whereas", "although", "though", "because", "since"})
#: Participles that state the aim of the act they accompany ("marched, demanding ...").
PURPOSE_PARTICIPLES = frozenset({"demand", "call", "urge", "protest", "seek", "ask"})
#: Verbs whose present-tense "to"-complement states an obligation ("Chile needs to act",
#: "Spain has to act"); a past "had to flee" reports what happened.
DEONTIC_GOVERNORS = frozenset({"need", "have"})
#: Nouns whose "to"-infinitive after "it is" demands the act ("it is time to act").
DEONTIC_NOUNS = frozenset({"time"})
#: Focus adverbs that move a "not" from the act onto its extent: "did not just criticize the
#: junta", "I do not blame Copenhagen alone" assert the act (the first right after "not").
NOT_FOCUS_WORDS = frozenset({"only", "just", "merely", "solely", "simply"})
NOT_FOCUS_AFTER = "alone"
#: Modifiers of a nominal act that put it ahead as someone's plan ("the president's planned
#: visit"); "imminent" is left out: an unrealised act with nobody to do it is dropped.
INTENDED_MODIFIERS = frozenset({"planned", "upcoming", "forthcoming", "scheduled"})
#: Governors whose stopping, when demanded, presupposes the act goes on ("demand that X stop
#: harassing our boats": the harassment is asserted).
STOP_VERBS = frozenset({"stop", "cease"})
#: Verbs of gathering whose purpose clause reports what the gathering did ("met in Lima to
#: discuss trade"): the discussion is asserted, unlike the aim of a protest.
GATHERING_VERBS = frozenset({"gather", "meet", "convene", "assemble"})
#: Subordinators that make a "to"-clause a circumstance, not a purpose ("while in Lima to attend").
TIME_MARKS = frozenset({"while", "when", "as"})
#: Verbs whose "would" is a polite wish, not a condition ("would prefer to settle it").
POLITE_WISHES = frozenset({"prefer", "like", "love"})
#: Words after "once" that repeat an act rather than date it ("once again", "once more").
ONCE_REPEATED = (" once again ", " once more ")
#: Dependencies that give a conjunct verb a clause of its own (then it keeps its own modality).
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass"})
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def governors(tok):
    """The chain of verbs (or nouns, for "calls for X's withdrawal") governing ``tok``'s clause."""
    out, cur = [], tok
    for _ in range(MAX_GOVERNOR_HOPS):
        if cur.dep_ not in GOVERNED_DEPS and cur.dep_ not in ("prep", "dobj", "advcl"):
            break
        if cur.dep_ == "conj":  # a conjunct shares its first conjunct's governor
            cur = cur.head
            continue
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ADJUNCT_MARKS for c in cur.children):
            break
        head = cur.head
        if head is cur:
            break
        if cur.dep_ in ("xcomp", "ccomp", "pcomp", "advcl") or head.pos_ in ("VERB", "NOUN", "ADP", "ADJ", "AUX"):
            out.append((cur.dep_, head))
        cur = head
    return out


def _has_neg(tok, cues: Modality) -> bool:
    for child in tok.children:
        if child.dep_ == "neg" and _focus_negation(tok, child):
            continue
        if child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and child.lower_ in cues.negation_words):
            return True
    return False


def _focus_negation(tok, neg) -> bool:
    """The "not" bears on a focus adverb, not on the act ("not just", "not ... alone")."""
    nxt = neg.nbor(1) if neg.i + 1 < len(neg.doc) else None
    if nxt is not None and nxt.lower_ in NOT_FOCUS_WORDS and nxt.head in (tok, neg):
        return True
    return any(c.lower_ == NOT_FOCUS_AFTER and c.i > neg.i for c in tok.children) or any(
        c.lower_ == NOT_FOCUS_AFTER for o in tok.children if o.dep_ == "dobj" for c in o.children)


def _aux(tok) -> list[str]:
    return [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]


def _in_conditional(tok, cues: Modality) -> bool:
    cur = tok
    for _ in range(MAX_GOVERNOR_HOPS + 2):
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues.conditional_marks
                                       for c in cur.children):
            return True
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def _old_year(ent, published_year: int | None, cues: Modality) -> bool:
    """A DATE entity naming a year at least ``historical_min_years`` before publication."""
    if published_year is None or ent.label_ != "DATE":
        return False
    years = [int(y) for y in _YEAR.findall(ent.text)]
    return bool(years) and published_year - max(years) >= cues.historical_min_years


def historical_cue_in(sent, cues: Modality, published_year: int | None) -> bool:
    """Whether the sentence holds any cue of historical background (a phrase, "during", an
    old year): checked once per sentence, so that ``event_mode`` looks at each trigger's
    clause only where one is present (a run-on sentence of many triggers stays linear)."""
    lowered = " " + " ".join(token_strings(sent.doc)[0][sent.start:sent.end]) + " "
    return (_historical_phrase(lowered, cues) or " during " in lowered
            or any(_old_year(ent, published_year, cues) for ent in sentence_ents(sent)))


def _historical_phrase(lowered: str, cues: Modality) -> bool:
    """A phrase of past background in the space-padded ``lowered`` text ("years ago"), not
    counting the "once" of "once again"."""
    for repeated in ONCE_REPEATED:
        lowered = lowered.replace(repeated, " ")
    return cues.historical_pattern.search(lowered) is not None


def _historical(tok, sent, cues: Modality, published_year: int | None) -> bool:
    """Whether the trigger's clause (a nominal act's: that of its head, through a preposition:
    "postponed the vote in 2019 after protests", unless a present-tense verb: "The charge is
    that, during his time as mayor, ...") holds a cue of past background."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.pos_ == "ADP" and tok.dep_ == "pobj":
        verb = verb.head
    if verb.tag_ not in ("VBD", "VBN") and tok.pos_ in ("VERB", "AUX"):
        return False
    if verb.tag_ in ("VBZ", "VBP") and tok.pos_ not in ("VERB", "AUX"):
        verb = tok
    clause = [t for t in verb.subtree] if sentence_of(verb.doc, verb.i) == sent else list(sent)
    lowered = " " + " ".join(t.lower_ for t in clause) + " "
    if _historical_phrase(lowered, cues):
        return True
    for t in clause:  # "during NATO's occupation", "during the war"
        if t.lower_ == "during":
            if any(c.dep_ == "pobj" and c.lemma_.lower() in cues.historical_period_nouns for c in t.children):
                return True
    return any(_old_year(ent, published_year, cues) for ent in sentence_ents(sent)
               if ent.start >= clause[0].i and ent.end <= clause[-1].i + 1)


def event_mode(tok, sent, cues: Modality, published_year: int | None = None,
               historical_cue: bool = True) -> str:
    """The mode of the event triggered by ``tok`` in sentence ``sent``; ``historical_cue``
    False (from ``historical_cue_in``) skips the historical check of the trigger's clause."""
    if _in_conditional(tok, cues):
        return "hypothetical"
    chain = governors(tok)
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") else tok
    if _has_neg(tok, cues) or (verb is not tok and _has_neg(verb, cues)):
        return "negated"
    if _object_denied(tok, cues):
        return "negated"  # "put no pressure on them"
    held = _held_by_noun(tok, cues)
    if held:
        return held
    for n, (_dep, gov) in enumerate(chain):
        if _has_neg(gov, cues) and gov.pos_ != "NOUN":  # "no casualties from the strike": it happened
            return "negated"
        if gov.lemma_.lower() in cues.negating_governors:
            if gov.lemma_.lower() in STOP_VERBS and any(
                    g.lemma_.lower() in cues.demand_governors for _d, g in chain[n + 1:]):
                return "asserted"  # "urged X to stop the shelling": the shelling goes on
            return "negated"
    if _planned(tok):
        return "intended"
    first = first_conjunct(verb)
    aux = set(_aux(tok))  # ``verb`` and ``first`` are mostly ``tok`` itself: read once
    if verb is not tok:
        aux.update(_aux(verb))
    if first is not tok and first is not verb:
        aux.update(_aux(first))
    if _purpose_clause(tok, cues) or (tok.dep_ == "conj" and first is not tok and _purpose_clause(first, cues)):
        return "intended"  # "staged rallies to demand reforms": the aim of another act
    for dep, gov in chain:
        lemma = gov.lemma_.lower()
        if lemma in cues.demand_governors and (dep in ("ccomp", "pobj", "pcomp", "dobj") or _has_object(gov)):
            return "demanded"
        if dep == "xcomp" and lemma in DEONTIC_GOVERNORS and gov.tag_ in ("VBZ", "VBP", "VB"):
            return "demanded"
        if lemma in cues.offer_governors:
            return "offered"
        if lemma in cues.threat_governors:
            return "hypothetical"
        if lemma in cues.intent_governors or gov.lower_ in cues.intent_governors:
            return "intended"
        gov_aux = set(_aux(gov))
        if gov_aux & cues.future_auxiliaries:
            return "intended"
        if gov_aux & cues.hypothetical_auxiliaries and lemma not in POLITE_WISHES:
            return "hypothetical"  # "a bill that would have allowed X to extradite ..."
    if aux & cues.deontic_auxiliaries or _time_to(first):
        return "demanded"
    if aux & cues.hypothetical_auxiliaries:
        return "intended" if _reported_future(first, aux, cues) else "hypothetical"
    if aux & cues.future_auxiliaries or _going_to(tok):
        return "intended"
    if historical_cue and _historical(tok, sent, cues, published_year):
        return "historical"
    return "asserted"


def _reported_future(verb, aux: set[str], cues: Modality) -> bool:
    """"Berlin said it would send tanks": the "will" of the words reported in the past, not a
    condition ("said it would have sent tanks" stays hypothetical)."""
    return aux == {"would"} and verb.dep_ == "ccomp" and verb.head.tag_ == "VBD" and \
        verb.head.lemma_.lower() in cues.reporting_verbs


def first_conjunct(verb):
    """The first conjunct whose auxiliaries a bare conjunct verb shares: in "Ottawa should
    fund the mission and support the observers" "support" is as demanded as "fund"; a
    conjunct with its own subject or auxiliary ("..., but Spain rejected it") keeps its own."""
    cur = verb
    while (cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and cur.head.pos_ in ("VERB", "AUX")
           and not any(c.dep_ in _OWN_CLAUSE_DEPS for c in cur.children)):
        cur = cur.head
    return cur


def _time_to(verb) -> bool:
    """"It is time (for X) to recognize ...": the infinitive hangs on "time", the attribute of "be"."""
    head = verb.head
    return (verb.dep_ in ("relcl", "acl") and head.lemma_.lower() in DEONTIC_NOUNS and head.head.lemma_ == "be"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _purpose_clause(tok, cues: Modality) -> bool:
    """An infinitive of purpose ("... to demand reforms") attached to another verb's clause,
    or a participle of manner that voices the act's aim ("rioted, demanding independence");
    not the demanded act of "called on X to halt ..." that the parser hangs the same way."""
    if tok.dep_ != "advcl" or tok.head.lemma_.lower() in cues.demand_governors and _has_object(tok.head):
        return False
    if tok.head.lemma_.lower() in GATHERING_VERBS or any(
            c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in tok.children):
        return False  # "met to discuss ...", "while in Lima to attend the summit, ..."
    if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True
    return tok.tag_ == "VBG" and tok.lemma_.lower() in PURPOSE_PARTICIPLES


def _held_by_noun(tok, cues: Modality) -> str | None:
    """The mode that a noun holding the trigger's clause gives it: "offered" under an offer
    ("declined the envoy's offer to resign": the resignation was offered), else "negated" in a
    clause on the object of a refusal ("rejected a plan to host a summit")."""
    cur = tok
    for _ in range(MAX_GOVERNOR_HOPS):
        if cur.dep_ not in ("acl", "relcl", "prep", "pobj", "xcomp", "advcl"):
            return None
        cur = cur.head
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in cues.offer_governors:
            return "offered"
        if cur.dep_ == "dobj" and cur.head.lemma_.lower() in cues.negating_governors:
            return "negated"
    return None


def _object_denied(tok, cues: Modality) -> bool:
    """A verb trigger whose object is denied by "no": "put no pressure on", "gave no aid"."""
    return tok.pos_ == "VERB" and any(
        o.dep_ == "dobj" and any(c.dep_ == "det" and c.lower_ in cues.negation_words for c in o.children)
        for o in tok.children)


def _planned(tok) -> bool:
    """A nominal act modified as planned ("Lima's planned trip to Quito")."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in INTENDED_MODIFIERS for c in tok.children)


def _has_object(tok) -> bool:
    """"urged Iran to ...", "called on Iran to ...": the governor names who must act."""
    for c in tok.children:
        if c.dep_ in ("dobj", "dative"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "upon"):
            return True
    return False


def _going_to(tok) -> bool:
    """"is going to visit": the trigger is the xcomp of a progressive "go"."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG"


def governing_event_index(tok, trigger_heads: dict[int, int]) -> int | None:
    """Index (into the sentence's events) of the event whose trigger governs ``tok``, if any."""
    for _dep, gov in governors(tok):
        if gov.i in trigger_heads:
            return trigger_heads[gov.i]
    return None

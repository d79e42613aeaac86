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

from spacy.strings import get_string_id
from spacy.symbols import IDS

from ..syntax import label_ids
from ..views import TokenSheet, sentence_of, token_sheet, token_strings
from .dating import date_entities, date_of_entity, names_a_time, span_text
from .lexicon import Modality

#: How many governing clauses to climb when looking for a demand/offer/intent verb.
MAX_GOVERNOR_HOPS = 3
#: Clause links through which a governor controls the trigger's clause.
GOVERNED_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "conj"})
#: Marks of an adverbial clause that only sets another clause beside its head ("warned Serbia ...,
#: while Serbian leaders accused the bloc"): what its head warns of or plans is not its content.
ADJUNCT_MARKS = frozenset({"while", "whereas", "although", "though", "because", "since"})
#: Marks of a time clause that, in the simple past, reports what already happened ("asked the
#: Council to meet after two ships entered its waters"): the entry is no part of the request.
PAST_FACT_MARKS = frozenset({"after", "when", "once"})
#: The one negating governor whose "that"-clause is its content ("denied that its troops crossed");
#: "EU warns Serbia ..., Belgrade rejects criticism" hangs the warning on "rejects" as a ccomp.
DENIAL_VERBS = frozenset({"deny"})
#: Participles that state the aim of the act they accompany ("marched, demanding ...").
PURPOSE_PARTICIPLES = frozenset({"demand", "call", "urge", "protest", "seek", "ask"})
#: Verbs whose present-tense "to"-complement states an obligation ("Chile needs to act",
#: "Spain has to act"); a past "had to flee" reports what happened.
DEONTIC_GOVERNORS = frozenset({"need", "have"})
#: Nouns whose "to"-infinitive after "it is" demands the act ("it is time to act").
DEONTIC_NOUNS = frozenset({"time"})
#: Focus adverbs that move a "not" from the act onto its extent: "did not just criticize the
#: junta", "I do not blame Copenhagen alone" assert the act (the first right after "not"); round
#: 34e17: onto its manner, "I do not accuse Tanzania of bad faith lightly" (the writer accuses).
NOT_FOCUS_WORDS = frozenset({"only", "just", "merely", "solely", "simply"})
NOT_FOCUS_AFTER = frozenset({"alone", "lightly"})
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
#: The same labels and parts of speech as ids, for the rules over token indices.
_OWN_CLAUSE_IDS = label_ids(_OWN_CLAUSE_DEPS)
_CHAIN_LABELS = {get_string_id(label): label for label in GOVERNED_DEPS | {"prep", "dobj", "advcl"}}
_CHAIN_IDS = frozenset(_CHAIN_LABELS)
_CLAUSE_IDS = label_ids(frozenset({"xcomp", "ccomp", "pcomp", "advcl"}))
_HOLDING_IDS = label_ids(frozenset({"acl", "relcl", "prep", "pobj", "xcomp", "advcl"}))
_AUX_IDS = label_ids(frozenset({"aux", "auxpass"}))
_DET_ADVMOD = label_ids(frozenset({"det", "advmod"}))
_DOBJ_NSUBJPASS = label_ids(frozenset({"dobj", "nsubjpass"}))
_WHO_MUST_ACT = label_ids(frozenset({"dobj", "dative", "nsubjpass"}))
_RELCL_ACL = label_ids(frozenset({"relcl", "acl"}))
_CONJ, _ADVCL, _MARK, _NEG, _DOBJ, _CCOMP, _XCOMP, _AUX, _DET, _AMOD, _PREP = (
    get_string_id(label) for label in ("conj", "advcl", "mark", "neg", "dobj", "ccomp", "xcomp", "aux", "det", "amod",
                                       "prep"))
_NOUN, _VERB, _PRON = IDS["NOUN"], IDS["VERB"], IDS["PRON"]
_POSS = get_string_id("poss")
_VB, _VBD, _VBG, _VBN = (get_string_id(tag) for tag in ("VB", "VBD", "VBG", "VBN"))
_PRESENT_TAGS = label_ids(frozenset({"VBZ", "VBP", "VB"}))
_NOUN_POS = frozenset({IDS["NOUN"], IDS["PROPN"]})
_VERB_POS = frozenset({IDS["VERB"], IDS["AUX"]})
_GOVERNOR_POS = frozenset(IDS[p] for p in ("VERB", "NOUN", "ADP", "ADJ", "AUX"))
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def governor_chain(s: TokenSheet, i: int) -> list[tuple[str, int]]:
    """The chain of verbs (or nouns, for "calls for X's withdrawal") governing token ``i``'s
    clause, over the Doc's arrays ``s``: ``(relation, governor index)`` pairs."""
    out, cur, deps, kids = [], i, s.deps, s.kids
    for _ in range(MAX_GOVERNOR_HOPS):
        dep = deps[cur]
        if dep not in _CHAIN_IDS:
            break
        if dep == _CONJ and (up := finite_after_modal(s, cur)) is not None:
            cur = up  # "warned that X would answer and said ...": said goes on with warned (round 22b)
            continue
        if dep == _CONJ and (up := finite_after_infinitive(s, cur)) is not None:
            cur = up  # "asked donors to fund X and called on Y": called goes on with asked (round 24e2)
            continue
        if dep == _CONJ and (up := conjunct_of_as_clause(s, cur)) is not None:
            cur = up  # "rejected the result as stolen and called on ...": called goes on with rejected (round 23c)
            continue
        if dep in _CCOMP_ADVCL and set_beside(s, cur):
            break  # "X expels diplomats, Y denies role": a clause beside the verb, not its content (round 23c)
        if dep == _CONJ:  # a conjunct shares its first conjunct's governor
            cur = s.heads[cur]
            continue
        if dep == _CCOMP and fronted_coordinate(s, s.heads[cur]) == cur:
            break  # "Chad demanded ..., warned that ...": the first of two coordinated verbs (round 22b)
        if dep == _ADVCL and any(deps[c] == _MARK and s.lowers[c] in ADJUNCT_MARKS for c in kids[cur]):
            break
        head = s.heads[cur]
        if dep in _CLAUSE_IDS or s.pos[head] in _GOVERNOR_POS:
            out.append((_CHAIN_LABELS[dep], head))
        cur = head
    return out


def _has_neg(s: TokenSheet, i: int, cues: Modality) -> bool:
    for child in s.kids[i]:
        dep = s.deps[child]
        if dep == _NEG and _focus_negation(s, i, child):
            continue
        if dep == _NEG or (dep in _DET_ADVMOD and s.lowers[child] in cues.negation_words):
            return True
    return _nor_negated(s, i)


def _nor_negated(s: TokenSheet, i: int) -> bool:
    """Round 26e2: a clause negated by "nor" or "neither ... nor" with no "not" of its own: "has not
    withdrawn its measures, nor has it offered any compensation" (the verb after "nor", coordinated
    with the one before), "Neither Ghana nor Togo signed the accord" (a subject opened by "neither")."""
    if s.deps[i] == _CONJ and any(s.lowers[c] == "nor" and c < i for c in s.kids[s.heads[i]]):
        return True
    return any(s.deps[c] == _NSUBJ and any(s.lowers[g] == "neither" for g in s.kids[c]) for c in s.kids[i])


def _focus_negation(s: TokenSheet, i: int, neg: int) -> bool:
    """The "not" bears on a focus adverb, not on the act ("not just", "not ... alone")."""
    nxt = neg + 1
    if nxt < len(s.heads) and s.lowers[nxt] in NOT_FOCUS_WORDS and s.heads[nxt] in (i, neg):
        return True
    return any(s.lowers[c] in NOT_FOCUS_AFTER and c > neg for c in s.kids[i]) or any(
        s.lowers[c] in NOT_FOCUS_AFTER for o in s.kids[i] if s.deps[o] == _DOBJ for c in s.kids[o])


def _aux(s: TokenSheet, i: int) -> list[str]:
    return [s.lowers[c] for c in s.kids[i] if s.deps[c] in _AUX_IDS]


def _in_conditional(s: TokenSheet, i: int, cues: Modality) -> bool:
    cur = i
    for _ in range(MAX_GOVERNOR_HOPS + 2):
        if s.deps[cur] == _ADVCL and any(s.deps[c] == _MARK and s.lowers[c] in cues.conditional_marks
                                         for c in s.kids[cur]):
            return True
        if s.deps[cur] == _ADVCL and inverted_condition(s, cur):
            return True  # "Should Minsk take further measures, ..." (round 23c)
        cur = s.heads[cur]
    return False


def _old_year(ent, published_year: int | None, cues: Modality) -> bool:
    """A DATE entity naming a year at least ``historical_min_years`` before publication."""
    if published_year is None or ent.label_ != "DATE":
        return False
    years = [int(y) for y in _YEAR.findall(span_text(ent))]
    return bool(years) and published_year - max(years) >= cues.historical_min_years


def historical_cue_in(sent, cues: Modality, published_year: int | None) -> bool:
    """Whether the sentence holds any cue of historical background (a phrase, "during", an
    old year): checked once per sentence, so that ``event_mode`` looks at each trigger's
    clause only where one is present (a run-on sentence of many triggers stays linear)."""
    doc, words = sent.doc, token_strings(sent.doc)[0][sent.start:sent.end]
    lowered = " " + " ".join(words) + " "
    # ``_bare_old_year`` only of the words written as a year (a Token is made for those alone; round 24s)
    return (_historical_phrase(lowered, cues) or " during " in lowered
            or any(_old_year(ent, published_year, cues) for ent in date_entities(sent))
            or published_year is not None and _YEAR.search(lowered) is not None  # round 29s4: a year at all
            and any(_bare_old_year(doc[sent.start + k], published_year, cues)
                    for k, w in enumerate(words) if _YEAR.fullmatch(w)))


def _historical_phrase(lowered: str, cues: Modality) -> bool:
    """A phrase of past background in the space-padded ``lowered`` text ("years ago"), not
    counting the "once" of "once again"."""
    for repeated in ONCE_REPEATED:
        lowered = lowered.replace(repeated, " ")
    lowered = _ONCE_NOT_PAST.sub(" ", lowered)  # "at once", "once a year", "once the floods recede"
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
    clause = own_clause(verb, tok) if sentence_of(verb.doc, verb.i) == sent else list(sent)
    lowered = " " + " ".join(t.lower_ for t in clause) + " "
    if _historical_phrase(lowered, cues):
        return True
    for t in clause:  # "during NATO's occupation", "during the war"
        if t.lower_ == "during":
            if any(c.dep_ == "pobj" and c.lemma_.lower() in cues.historical_period_nouns for c in t.children):
                return True
    inside = {t.i for t in clause}
    return any(_old_year(ent, published_year, cues) for ent in date_entities(sent)
               if ent.root.i in inside and ent.start >= clause[0].i and ent.end <= clause[-1].i + 1
               and not _names_a_thing(ent)) or \
        any(_bare_old_year(t, published_year, cues) for t in clause)


def event_mode(tok, sent, cues: Modality, published_year: int | None = None,
               historical_cue: bool = True, chain: list[tuple[str, int]] | None = None) -> str:
    """The mode of the event triggered by ``tok`` in sentence ``sent``; ``historical_cue``
    False (from ``historical_cue_in``) skips the historical check of the trigger's clause;
    ``chain``: the trigger's ``governor_chain`` where the caller has it."""
    s, i = token_sheet(tok.doc), tok.i
    if _in_conditional(s, i, cues):
        return "hypothetical"
    if chain is None:
        chain = governor_chain(s, i)
    chain = _before_past_fact(s, i, chain)
    verb = s.heads[i] if s.pos[i] in _NOUN_POS and s.deps[i] in _DOBJ_NSUBJPASS else i
    owned = _owned_by_other(s, i)
    if _has_neg(s, i, cues) or (verb != i and not owned and _has_neg(s, verb, cues)):
        return "negated"
    if _object_denied(s, i, cues):
        return "negated"  # "put no pressure on them"
    held = _held_by_noun(s, i, cues)
    if held:
        return held
    lemmas = s.lemmas
    for n, (dep, gov) in enumerate(chain):
        if dep == "dobj" and n == 0 and s.pos[i] in _NOUN_POS and lemmas[gov] in STOP_VERBS:
            return "asserted"  # "(help) stop the aggression": the aggression goes on
        if not_ruled_out(s, gov, cues):
            return "hypothetical"  # "has not ruled out expelling the diplomats": possible (round 24e2)
        if _has_neg(s, gov, cues) and s.pos[gov] != _NOUN and not owned and not _reported_content(s, dep, gov):
            # "no casualties from the strike": it happened
            return "negated"  # "owned": "did not accede to the protesters' demands" (they were made)
        if lemmas[gov] in cues.negating_governors and (dep != "ccomp" or lemmas[gov] in DENIAL_VERBS):
            if lemmas[gov] in STOP_VERBS and any(lemmas[g] in cues.demand_governors for _d, g in chain[n + 1:]):
                return "asserted"  # "urged X to stop the shelling": the shelling goes on
            return "negated"
    if _planned(s, i):
        return "intended"
    first = _first_conjunct(s, verb)
    aux = set(_aux(s, i))  # ``verb`` and ``first`` are mostly ``tok`` itself: read once
    if verb != i:
        aux.update(_aux(s, verb))
    if first != i and first != verb:
        aux.update(_aux(s, first))
    if _purpose_clause(s, i, cues) or (s.deps[i] == _CONJ and first != i and _purpose_clause(s, first, cues)
                                       and finite_after_infinitive(s, i) is None):
        return "intended"  # "staged rallies to demand reforms": the aim of another act
    for n, (dep, gov) in enumerate(chain):
        lemma = lemmas[gov]
        if polite_formula(s, chain, n, i):
            continue  # "I wish to thank ...": the courtesy performs the act (round 24e2)
        if agreed_fact(s, chain, n, i, cues):
            continue  # "agreed that the attack was carried out by X": a fact agreed on (round 24e2)
        if undertaken(s, dep, gov):
            return "intended"  # "undertook to hand in their weapons" (round 24e2)
        if lemma in cues.demand_governors and (dep in ("ccomp", "pobj", "pcomp", "dobj") or _has_object(s, gov)):
            return "demanded"
        if dep == "xcomp" and lemma in DEONTIC_GOVERNORS and s.tags[gov] in _PRESENT_TAGS:
            return "demanded"
        if dep == "dobj" and s.pos[i] in _NOUN_POS and lemma in PREFERENCE_VERBS:
            return "intended"  # "others preferred an investigation by the committee": wished for
        if lemma in cues.offer_governors:
            return "offered"
        if lemma in cues.threat_governors:
            return "hypothetical"
        if lemma in cues.intent_governors or s.lowers[gov] in cues.intent_governors:
            return "intended"
        gov_aux = set(_aux(s, gov))
        if gov_aux & cues.future_auxiliaries:
            return "intended"
        if gov_aux & cues.hypothetical_auxiliaries and lemma not in POLITE_WISHES:
            return "hypothetical"  # "a bill that would have allowed X to extradite ..."
    if conditional_consequence(s, i, cues):
        return "hypothetical"  # "Should the group attempt incursions, our forces will respond" (round 23c)
    if aux & cues.deontic_auxiliaries and "have" in aux and s.tags[first] == _VBN:
        return "hypothetical"  # "should have called in the ambassador": a reproach, it was not done
    if aux & cues.deontic_auxiliaries or _time_to(s, first):
        return "demanded"
    if aux & cues.hypothetical_auxiliaries:
        if _polite_request(s, i, aux, cues):
            return "asserted"  # "I would ask the organisation to share ...": the request is made
        return "intended" if _reported_future(s, first, aux, cues) else "hypothetical"
    if aux & cues.future_auxiliaries or _going_to(s, i):
        return "intended"
    if historical_cue and (_historical(tok, sent, cues, published_year)
                           or _past_by_governing_clause(tok, sent, cues, published_year)):
        return "historical"
    return "asserted"


def _before_past_fact(s: TokenSheet, i: int, chain: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The governors below a simple-past "after" / "when" clause holding the trigger: "asked the
    Council to meet after two ships entered its waters" reports the entry, it does not request it
    (only the mode stops there: ``governor_chain`` still links the clause for the arguments)."""
    cur = i
    for _ in range(MAX_GOVERNOR_HOPS + 1):
        if s.deps[cur] == _ADVCL and (s.tags[cur] == _VBD or _headline_present(s, cur)) and any(
                s.deps[c] == _MARK and s.lowers[c] in PAST_FACT_MARKS for c in s.kids[cur]):
            cut = s.heads[cur]
            return chain[:next((n for n, (_d, g) in enumerate(chain) if g == cut), len(chain))]
        if s.deps[cur] not in _CHAIN_IDS:
            break
        cur = s.heads[cur]
    return chain


def _reported_future(s: TokenSheet, verb: int, aux: set[str], cues: Modality) -> bool:
    """"Berlin said it would send tanks": the "will" of the words reported in the past, not a
    condition ("said it would have sent tanks" stays hypothetical)."""
    verb = _reported_conjunct(s, verb)
    head = s.heads[verb]
    return aux == {"would"} and s.deps[verb] == _CCOMP and s.tags[head] == _VBD and \
        s.lemmas[head] in cues.reporting_verbs


def _first_conjunct(s: TokenSheet, i: int) -> int:
    """The first conjunct whose auxiliaries a bare conjunct verb ``i`` shares: in "Ottawa should
    fund the mission and support the observers" "support" is as demanded as "fund"; a
    conjunct with its own subject or auxiliary ("..., but Spain rejected it") keeps its own."""
    cur = i
    while (s.deps[cur] == _CONJ and s.pos[cur] in _VERB_POS and s.pos[s.heads[cur]] in _VERB_POS
           and not any(s.deps[c] in _OWN_CLAUSE_IDS for c in s.kids[cur])):
        if finite_after_modal(s, cur) is not None:
            break  # "said X would continue ... and appealed": no "would" for "appealed" (round 22b)
        cur = s.heads[cur]
    return cur


def _time_to(s: TokenSheet, verb: int) -> bool:
    """"It is time (for X) to recognize ...": the infinitive hangs on "time", the attribute of "be"."""
    head = s.heads[verb]
    return (s.deps[verb] in _RELCL_ACL and s.lemmas[head] in DEONTIC_NOUNS and s.doc[s.heads[head]].lemma_ == "be"
            and any(s.deps[c] == _AUX and s.lowers[c] == "to" for c in s.kids[verb]))


def _purpose_clause(s: TokenSheet, i: int, cues: Modality) -> bool:
    """An infinitive of purpose ("... to demand reforms") attached to another verb's clause,
    or a participle of manner that voices the act's aim ("rioted, demanding independence");
    not the demanded act of "called on X to halt ..." that the parser hangs the same way."""
    head = s.heads[i]
    if s.deps[i] != _ADVCL or s.lemmas[head] in cues.demand_governors and _has_object(s, head):
        return False
    if s.lemmas[head] in cues.offer_governors:
        return False  # "had offered last year to set up joint patrols": the offer's content
    if s.lemmas[head] in GATHERING_VERBS or any(
            s.deps[c] == _MARK and s.lowers[c] in TIME_MARKS for c in s.kids[i]):
        return False  # "met to discuss ...", "while in Lima to attend the summit, ..."
    if s.tags[i] == _VB and any(s.deps[c] == _AUX and s.lowers[c] == "to" for c in s.kids[i]):
        return True
    return s.tags[i] == _VBG and s.lemmas[i] in PURPOSE_PARTICIPLES


def _held_by_noun(s: TokenSheet, i: int, cues: Modality) -> str | None:
    """The mode that a noun holding the trigger's clause gives it: "offered" under an offer
    ("declined the envoy's offer to resign": the resignation was offered), else "negated" in a
    clause on the object of a refusal ("rejected a plan to host a summit")."""
    cur = i
    for _ in range(MAX_GOVERNOR_HOPS):
        if s.deps[cur] not in _HOLDING_IDS:
            return None
        cur = s.heads[cur]
        if s.pos[cur] == _NOUN and s.lemmas[cur] in cues.offer_governors:
            return "offered"
        if s.deps[cur] == _DOBJ and s.lemmas[s.heads[cur]] in cues.negating_governors:
            return "negated"
    return None


def _owned_by_other(s: TokenSheet, i: int) -> bool:
    """A nominal act with a possessor that is a name or noun ("the protesters' demands",
    "Russia's offer"): the act is its owner's, so a "not" on the verb that takes it ("did not
    accede to") does not negate it; a pronoun ("did not launch its offensive") may be the verb's
    own subject and leaves the negation in place. A refusal verb still negates it ("rejected
    North Korea's demand": the PLOVER records code that one REJECT, not a REQUEST beside it)."""
    return s.pos[i] in _NOUN_POS and any(s.deps[c] == _POSS and s.pos[c] != _PRON for c in s.kids[i])


def _object_denied(s: TokenSheet, i: int, cues: Modality) -> bool:
    """A verb trigger whose object is denied by "no": "put no pressure on", "gave no aid"."""
    return s.pos[i] == _VERB and any(
        s.deps[o] == _DOBJ and any(s.deps[c] == _DET and s.lowers[c] in cues.negation_words for c in s.kids[o])
        for o in s.kids[i])


def _planned(s: TokenSheet, i: int) -> bool:
    """A nominal act modified as planned ("Lima's planned trip to Quito")."""
    return s.pos[i] == _NOUN and any(s.deps[c] == _AMOD and s.lowers[c] in INTENDED_MODIFIERS for c in s.kids[i])


def _has_object(s: TokenSheet, i: int) -> bool:
    """"urged Iran to ...", "called on Iran to ...", "Iran was urged to ...": the governor names
    who must act."""
    for c in s.kids[i]:
        if s.deps[c] in _WHO_MUST_ACT:
            return True
        if s.deps[c] == _PREP and s.lowers[c] in ("on", "upon"):
            return True
    return False


def _going_to(s: TokenSheet, i: int) -> bool:
    """"is going to visit": the trigger is the xcomp of a progressive "go"."""
    head = s.heads[i]
    return s.deps[i] == _XCOMP and s.lemmas[head] == "go" and s.doc[head].lemma_ == "go" and s.tags[head] == _VBG


def governing_event_index(tok, trigger_heads: dict[int, int]) -> int | None:
    """Index (into the sentence's events) of the event whose trigger governs ``tok``, if any."""
    for _dep, gov in governor_chain(token_sheet(tok.doc), tok.i):
        if gov in trigger_heads:
            return trigger_heads[gov]
    return None


# --- Round 18c: the clause that frames a past act decides its mode ------------------------

#: Prepositions whose bare year object dates the clause ("hosted the first meeting in 2023", the
#: year read as a number, not a DATE); "since 2014" is left out: it runs up to now.
BARE_YEAR_PREPS = frozenset({"in", "during"})
#: Links through which a past act hangs on a clause that dates it: a conjunct ("left Iraq in 2011,
#: then at the government's request returned"), a relative clause and the nouns and prepositions
#: between ("In 2023 it held a referendum on annexing the area, which Guyana denounced").
FRAMED_DEPS = frozenset({"conj", "relcl", "acl", "pobj", "prep", "dobj", "pcomp", "advcl"})
#: How many links to climb from the act to the clause that dates it.
MAX_FRAME_HOPS = 5
#: Words of a date that anchor a clause in the news of the day: a clause with one of them keeps
#: its own time ("left in 2011 and returned on Monday").
RECENT_DATE_WORDS = frozenset({"today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
                               "friday", "saturday", "sunday", "this", "last", "weekend", "week", "month"})


def _bare_old_year(tok, published_year: int | None, cues: Modality) -> bool:
    """A year the parser read as a number ("in 2023", CARDINAL or no entity), the object of "in" or
    "during", at least ``historical_min_years`` before publication."""
    if published_year is None or tok.dep_ != "pobj" or tok.head.lower_ not in BARE_YEAR_PREPS:
        return False
    if tok.ent_type_ == "DATE" or not _YEAR.fullmatch(tok.text):
        return False  # a DATE entity is read by ``_old_year``
    return published_year - int(tok.text) >= cues.historical_min_years


def _dates_clause(verb, published_year: int | None, cues: Modality) -> bool | None:
    """Whether the verb's own modifiers (not its clauses) date it: True for an old year or
    "during" a past period, False for a date of the day ("on Monday"), None for neither."""
    for c in verb.children:
        if c.dep_ not in ("prep", "npadvmod", "advmod") or c.i == verb.i:
            continue
        words = [t for t in c.subtree]
        if any(_bare_old_year(t, published_year, cues) for t in words):
            return True
        years = [int(y) for t in words if t.ent_type_ == "DATE" for y in _YEAR.findall(t.text)]
        if years and published_year is not None:
            return published_year - max(years) >= cues.historical_min_years
        if c.lower_ == "during" and any(p.dep_ == "pobj" and p.lemma_.lower() in cues.historical_period_nouns
                                        for p in c.children):
            return True
        if any(t.ent_type_ == "DATE" and t.lower_ in RECENT_DATE_WORDS for t in words):
            return False
    return None


def _past_by_governing_clause(tok, sent, cues: Modality, published_year: int | None) -> bool:
    """A past act with no date of its own inside a past clause that an old year or "during" a past
    period dates: "the peacekeepers withdrew in 2009 and, at the host's invitation, came back", "in
    2021 the council voted to annex the strip, which its neighbour condemned", "during her years as
    governor she pledged reform but blocked an inquiry". The act's own verb
    (a nominal act's: the verb that carries it) must be in the past; a present verb between the
    two ("a referendum that Guyana still rejects") frames it now."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.pos_ == "ADP" and tok.dep_ == "pobj":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBN"):
        return False
    if sentence_of(verb.doc, verb.i) != sent or _dates_clause(verb, published_year, cues) is not None:
        return False
    if framed_now(verb):
        return False  # "and has since attacked Ukraine": a present perfect reaches up to now
    cur = verb
    for _ in range(MAX_FRAME_HOPS):
        if cur.dep_ not in FRAMED_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            if framed_now(cur):
                return False  # "a referendum that Guyana still rejects", "has denounced", "will"
            dated = _dates_clause(cur, published_year, cues)
            if dated is not None:
                return dated
    return False


#: Adverbs that carry a past act up to now ("has since attacked", "still holds").
NOW_ADVERBS = frozenset({"since", "now", "still", "currently"})


def framed_now(verb) -> bool:
    """A verb in the present, the present perfect or under a modal, or with an adverb of now."""
    return verb.tag_ in ("VBZ", "VBP", "MD") or any(
        (c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD")) or
        (c.dep_ == "advmod" and c.lower_ in NOW_ADVERBS) for c in verb.children)


#: Request verbs that a first-person "would" makes polite, not conditional ("I would ask ...",
#: "we would urge both sides to ...").
POLITE_REQUESTS = frozenset({"ask", "urge", "call", "appeal", "request", "encourage", "invite", "remind"})
_FIRST_PERSON = frozenset({"i", "we"})
_NSUBJ = get_string_id("nsubj")
_VBZ_VBP = label_ids(frozenset({"VBZ", "VBP"}))
_AFTER_MARKS = frozenset({"after"})


def _reported_content(s: TokenSheet, dep: str, gov: int) -> bool:
    """The governor is reached over a "that"-clause of a verb other than "be": its "not" denies the
    saying, thinking or being deterred, not the act reported ("we will not be deterred" after a
    quoted "forces are in Iraq to defeat ISIS" that the parser hangs on it)."""
    return dep == "ccomp" and s.pos[gov] in _VERB_POS and s.lemmas[gov] != "be"


def _polite_request(s: TokenSheet, i: int, aux: set[str], cues: Modality) -> bool:
    """"I would ask", "we would urge": the speaker's own request, made by saying it."""
    return aux == {"would"} and s.lemmas[i] in POLITE_REQUESTS and s.lemmas[i] in cues.demand_governors and any(
        s.deps[c] == _NSUBJ and s.lowers[c] in _FIRST_PERSON for c in s.kids[i])


def _reported_conjunct(s: TokenSheet, verb: int) -> int:
    """The first conjunct of a reported verb with its own "would" ("said that they backed the
    efforts and would host a meeting"): it hangs on the reporting verb for both."""
    cur = verb
    while s.deps[cur] == _CONJ and s.pos[s.heads[cur]] in _VERB_POS and s.heads[cur] != cur:
        cur = s.heads[cur]
    return cur


def _headline_present(s: TokenSheet, cur: int) -> bool:
    """A present-tense "after"-clause under a present-tense verb with no auxiliary, the tense of a
    headline ("Guyana seeks UN meeting after Venezuelan navy ships enter its waters"): a fact."""
    head = s.heads[cur]
    return s.tags[cur] in _VBZ_VBP and s.tags[head] in _VBZ_VBP and not any(
        s.deps[c] in _AUX_IDS for c in s.kids[head]) and any(
        s.deps[c] == _MARK and s.lowers[c] in _AFTER_MARKS for c in s.kids[cur])


#: Dependencies of a year that names a thing rather than dates the clause ("the 1899 arbitral award").
_THING_DATE_DEPS = frozenset({"nummod", "compound", "amod", "poss"})


def _names_a_thing(ent) -> bool:
    """A DATE that modifies a noun ("respect the 1899 arbitral award", "the 2015 nuclear deal"):
    it tells which thing, not when the act took place."""
    root = ent.root
    return root.dep_ in _THING_DATE_DEPS and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= ent.end


#: Prepositions of a date that runs up to now or ahead ("since May", "until 2019", "by March").
_OPEN_DATE_PREPS = frozenset({"since", "until", "till", "by", "from"})
#: Days to the end of a date's period, so that "in 2019" or "in May" counts from its last day.
_PERIOD_DAYS = {"year": 364, "month": 27, "week": 6}


def dated_background(tok, sent, cues: Modality, published) -> bool:
    """An act whose clause is dated at least ``historical_min_days`` before publication ("the two
    leaders met in May" in an article of December): background, mode historical. The date must
    hang on the act's own verb (for a nominal act, on the noun or the verb that carries it) or,
    where the act's clause has no date, on a past clause it belongs to (a conjunct, a relative
    clause: "met in May and signed a deal"), not on another clause of the sentence ("said ...
    that the agreements reached two years ago"); a date that names a thing ("the 1899 award") or
    runs up to now ("since May") does not count, nor does an act in the present, the present
    perfect or under a modal ("has met", "will meet")."""
    dated = date_entities(sent)
    if not cues.historical_min_days or published is None or not dated:
        return False  # (round 29s4: a sentence with no date, most of them, before the verb's tense is read)
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.pos_ == "ADP" and tok.dep_ == "pobj":
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX") and framed_now(verb):
        return False
    ents = [ent for ent in dated if names_a_time(span_text(ent)) and not _names_a_thing(ent)
            and not (ent.root.dep_ == "pobj" and ent.root.head.lower_ in _OPEN_DATE_PREPS)]
    if not ents:
        return False
    owners = {}
    for ent in ents:
        owner = ent.root
        while owner.pos_ not in ("VERB", "AUX") and owner.head.i != owner.i and not owner.i == tok.i:
            owner = owner.head
        owners.setdefault(owner.i, []).append(ent)
    cur = verb
    for hop in range(MAX_FRAME_HOPS + 1):
        own = owners.get(cur.i, []) + (owners.get(tok.i, []) if hop == 0 and tok.i != cur.i else [])
        if own:
            return any(_days_old(ent, published) >= cues.historical_min_days for ent in own)
        if cur.dep_ not in FRAMED_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
        while cur.pos_ not in ("VERB", "AUX") and cur.dep_ in FRAMED_DEPS and cur.head.i != cur.i:
            cur = cur.head
        if cur.pos_ not in ("VERB", "AUX") or framed_now(cur):
            return False
    return False


def _days_old(ent, published) -> int:
    """Days from the end of the date's period to publication (negative: ahead of it)."""
    found = date_of_entity(ent, published)
    if found is None:
        return -1
    return (published - found.day).days - _PERIOD_DAYS.get(found.precision, 0)


#: Verbs whose nominal object is an act wished for, not done ("preferred an investigation",
#: "favours talks"); their "to"-complement ("would prefer to settle") is left as it was.
PREFERENCE_VERBS = frozenset({"prefer", "favour", "favor"})


# --- Round 22b: coordinated verbs the parser read as a clause of another -----------------------

#: Finite verb tags: a verb with one of them cannot share another verb's "would" or "to".
_FINITE_22B = label_ids(frozenset({"VBD", "VBZ", "VBP"}))
_SUBJECT_22B = label_ids(frozenset({"nsubj", "nsubjpass", "expl"}))
_MODALS_22B = frozenset({"would", "will", "could", "can", "might", "may", "should", "shall", "must"})
_COMMA_22B = frozenset({",", ";"})


def fronted_coordinate(s: TokenSheet, i: int) -> int | None:
    """The first verb of a coordination the parser hung below ``i`` as a content clause: in "Chad
    demanded an apology, warned that its troops would answer and ..." "demanded" is parsed as
    the ccomp of "warned", which is left with no subject. A subjectless finite verb whose finite
    ccomp comes before it, after a comma, with its own subject and no "that", is that ccomp's
    coordinate (its index is returned; None elsewhere). A quote before its speech verb keeps the
    speaker after the verb ("'We will answer,' warned the minister") and so has a subject."""
    if s.tags[i] not in _FINITE_22B or any(s.deps[c] in _SUBJECT_22B for c in s.kids[i]):
        return None
    for c in s.kids[i]:
        if c > i:
            break
        if s.deps[c] != _CCOMP or s.tags[c] not in _FINITE_22B or \
                any(s.deps[k] == _MARK for k in s.kids[c]) or \
                not any(s.deps[k] in _SUBJECT_22B and k < c for k in s.kids[c]):
            continue
        between = range(s.doc[c].right_edge.i + 1, i)
        if between and all(s.lowers[k] in _COMMA_22B or s.deps[k] in _AUX_IDS for k in between) and \
                any(s.lowers[k] in _COMMA_22B for k in between) and \
                not any(s.lowers[k] in ('"', "“", "”", "'") for k in range(s.doc[c].left_edge.i, i)):
            return c
    return None


def finite_after_modal(s: TokenSheet, i: int) -> int | None:
    """A finite verb ``i`` the parser coordinated with a bare verb after a modal inside a content
    clause ("warned that its troops would answer any incursion and said it would ...", "said that a
    withdrawal could not be carried out safely and asked the council to ..."): a past or
    present-tense verb cannot share the "would", so it goes on with the verb the clause depends on
    (that verb's index is returned; None elsewhere)."""
    up = s.heads[i]
    if s.deps[i] != _CONJ or s.tags[i] not in _FINITE_22B or s.tags[up] not in (_VB, _VBN) or \
            any(s.deps[c] in _SUBJECT_22B for c in s.kids[i]) or s.deps[up] != _CCOMP or \
            not any(s.deps[c] == _AUX and s.lowers[c] in _MODALS_22B for c in s.kids[up]):
        return None
    return s.heads[up]


# --- Round 23c: a date or "once" that is not the act's own -----------------------------------------

#: "once" that neither dates a past act nor repeats it: "at once", "for once", "once a year", and
#: the conjunction "once the floods recede" (followed by its clause's subject).
_ONCE_NOT_PAST = re.compile(
    r"(?<= )(?:(?:at|for) once|once (?=(?:a|an|every|per|and|the|it|they|we|he|she|its|their|our|this|these|"
    r"those|both|all|each|there|that) ))")
#: Clauses below the act's verb that carry a time of their own ("said the island had been mapped in
#: 1956", "the treaties they signed in 2012", "a group that stayed out of the 2018 accord").
_EMBEDDED_CLAUSES = frozenset({"relcl", "ccomp", "acl", "conj", "parataxis", "csubj"})


def own_clause(verb, tok) -> list:
    """The tokens of ``verb``'s clause that can date the act ``tok`` it carries: its subtree less
    the clauses embedded in it (content, relative and participle clauses, conjuncts, an
    adverbial clause of reason or contrast) that do not hold the trigger and do not describe a
    nominal trigger itself ("the 2012 treaties they signed in 2012" stays dated), and less a
    "since" phrase (a time that runs up to now: "welcomed the fall in piracy since 2021")."""
    words = sorted(verb.subtree, key=lambda t: t.i)  # a subtree walks in tree order, not text order
    pruned: set[int] = set()
    for t in words:
        if t.i != verb.i and t.i not in pruned and _embedded_beside(t, tok):
            pruned.update(x.i for x in t.subtree)
    return [t for t in words if t.i not in pruned]


def _embedded_beside(t, tok) -> bool:
    """``t`` roots a clause (or a "since" date) embedded beside the trigger ``tok``: it does not
    hold the trigger and does not hang on it."""
    return t.head.i != tok.i and not any(a.i == t.i for a in [tok, *tok.ancestors]) and (
        t.dep_ in _EMBEDDED_CLAUSES or _since_date(t) or (
            t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ADJUNCT_MARKS for c in t.children)))


def own_clause_dated(tok, cues: Modality, published) -> bool:
    """Whether the sentence of the act ``tok`` holds a date at least ``historical_min_days``
    before ``published`` (a date), or an old bare year, outside the clauses embedded in the act's
    (``own_clause``'s: content, relative and participle clauses, other conjuncts, an adverbial
    clause of reason, a "since" date) that do not hold the trigger: the stage's sentence date
    makes an act background only then ("accused X and said the island had been mapped in 1956"
    does not date the accusation; "was appointed in August and resigned" dates the resignation)."""
    if published is None:
        return False
    sent = sentence_of(tok.doc, tok.i)
    year = published.year
    olds = [ent.root for ent in date_entities(sent)
            if not _names_a_thing(ent) and _days_old(ent, published) >= cues.historical_min_days]
    olds += [t for t in sent if _bare_old_year(t, year, cues)]
    return any(not _in_embedded(t, tok) for t in olds)


def _in_embedded(t, tok) -> bool:
    """Whether ``t`` lies in a clause embedded beside the trigger ``tok`` (see ``own_clause``)."""
    return any(_embedded_beside(a, tok) for a in [t, *t.ancestors])


_CCOMP_ADVCL = label_ids(frozenset({"ccomp", "advcl"}))
_PUNCT_23C = frozenset({",", ";"})
_SUBJECTS_23C = label_ids(frozenset({"nsubj", "nsubjpass"}))
_COMPLEMENTS_23C = label_ids(frozenset({"dobj", "xcomp", "ccomp", "attr"}))
_AS_23C = frozenset({"as"})


def set_beside(s: TokenSheet, i: int) -> bool:
    """A clause ``i`` the parser hung as the content (ccomp) or adverbial clause of a verb that
    comes after it, past a comma or semicolon and the verb's own subject, where that verb has a
    complement of its own after it: "Germany expels two diplomats, Asmara denies role", "a
    supporter had been shot dead; police denied using live ammunition". The verb denies (or says)
    its own complement, not the clause before ("Russia attacked the convoy, Ukraine said" keeps
    the attack as what was said)."""
    head = s.heads[i]
    if head <= i or s.pos[head] not in _VERB_POS:
        return False
    right = s.doc[i].right_edge.i
    between = range(right + 1, head)
    if not any(s.lowers[k] in _PUNCT_23C for k in between):
        return False
    if not any(s.deps[k] in _SUBJECTS_23C and right < k < head for k in s.kids[head]):
        return False
    if any(s.lowers[k] in ('"', "“", "”", "'", "‘", "’") for k in range(s.doc[i].left_edge.i, head)):
        return False  # "'We will answer,' the minister denied": a quote before its speaker
    return any(s.deps[k] in _COMPLEMENTS_23C and k > head for k in s.kids[head])


def conjunct_of_as_clause(s: TokenSheet, i: int) -> int | None:
    """A finite verb ``i`` the parser coordinated with the participle of an "as" clause: in
    "rejected the result as stolen and called on her supporters to ..." "called" goes with
    "rejected", not with "stolen" (the index of "rejected" is returned; None elsewhere), so that
    the rejection's sense does not reach the call."""
    up = s.heads[i]
    if s.tags[i] not in _FINITE_22B or s.deps[up] != _ADVCL or \
            not any(s.deps[c] == _MARK and s.lowers[c] in _AS_23C for c in s.kids[up]):
        return None
    if s.tags[up] in _FINITE_22B:
        return None  # "as it had promised and ...": a finite "as" clause of its own
    return s.heads[up]


def _since_date(t) -> bool:
    """"since 2021", "since March": a time that runs up to now (not "the deadliest since an assault
    in Ghazni in 2018", which names a past act)."""
    return t.dep_ == "prep" and t.lower_ == "since" and any(
        c.dep_ == "pobj" and (c.ent_type_ == "DATE" or _YEAR.fullmatch(c.text)) for c in t.children)


def inverted_condition(s: TokenSheet, i: int) -> bool:
    """An adverbial clause opened by "should" (or "were", "had") before its subject: "Should Minsk
    take further measures, Lithuania reserves the right to respond" is an "if" clause."""
    subj = [c for c in s.kids[i] if s.deps[c] in _SUBJECTS_23C]
    return bool(subj) and any(
        s.deps[c] in _AUX_IDS and s.lowers[c] in _INVERTED_23C and c < subj[0] for c in s.kids[i])


_INVERTED_23C = frozenset({"should", "were", "had"})


_CONSEQUENCE_HOPS_23C = label_ids(frozenset({"conj", "xcomp", "relcl", "dobj", "pobj", "prep", "nsubjpass"}))
_MODALS_23C = frozenset({"will", "would", "may", "might", "could", "can", "shall"})


def conditional_consequence(s: TokenSheet, i: int, cues: Modality) -> bool:
    """The act is the consequence of a condition: its clause (climbing from a noun to its verb,
    through a conjunct, a "to"-complement or a relative clause) has a modal and an "if" / "unless"
    clause or an inverted "Should X ..." of its own: "Should the road be closed, the Department will
    organise an evacuation", "If Tanzania fails to comply, Mozambique may turn to the Council"."""
    cur = i
    for _ in range(4):
        if s.pos[cur] in _VERB_POS and any(s.lowers[c] in _MODALS_23C for c in s.kids[cur] if s.deps[c] in _AUX_IDS) \
                and any(s.deps[c] == _ADVCL and (inverted_condition(s, c) or any(
                    s.deps[m] == _MARK and s.lowers[m] in cues.conditional_marks for m in s.kids[c]))
                        for c in s.kids[cur]):
            return True
        if s.deps[cur] not in _CONSEQUENCE_HOPS_23C or s.heads[cur] == cur:
            return False
        cur = s.heads[cur]
    return False


# --- Round 24e2: commitments, polite formulas and a finite verb after an infinitive --------------

#: Verbs whose "to"-complement binds the subject ("undertook to hand in their weapons"): the act is
#: intended. Not in ``intent_governors``: "undertake" is also a light verb ("undertook a mission").
UNDERTAKING_VERBS = frozenset({"undertake"})
#: "I wish to thank", "we would like to inform the public that ...": a courtesy that performs the
#: speech act; it is done, and what it reports is not wished for.
POLITE_FORMULA_GOVERNORS = frozenset({"wish", "like"})
#: Speech acts such a formula performs.
PERFORMATIVE_VERBS = frozenset({"thank", "inform", "express", "convey", "congratulate", "welcome", "reiterate",
                                "reaffirm", "extend", "announce", "condemn", "commend", "acknowledge", "recall",
                                "stress", "emphasise", "emphasize", "underline", "note", "state", "assure",
                                "pay", "salute", "notify", "clarify", "confirm"})


def undertaken(s: TokenSheet, dep: str, gov: int) -> bool:
    """The chain link ``dep`` -> ``gov`` is the "to"-complement of "undertake"."""
    return dep == "xcomp" and s.lemmas[gov] in UNDERTAKING_VERBS


def polite_formula(s: TokenSheet, chain: list[tuple[str, int]], n: int, i: int) -> bool:
    """The ``n``-th governor of the chain is "wish" / "like" with a performative speech verb as
    its complement ("I wish to thank ...", "We wish to inform the public that X attacked ...")."""
    dep, gov = chain[n]
    if dep != "xcomp" or s.lemmas[gov] not in POLITE_FORMULA_GOVERNORS:
        return False
    child = i if n == 0 else chain[n - 1][1]
    return s.lemmas[child] in PERFORMATIVE_VERBS and any(
        s.deps[c] == _NSUBJ and s.lowers[c] in _FIRST_PERSON for c in s.kids[gov])


_INFINITIVE_DEPS_24E2 = label_ids(frozenset({"xcomp", "advcl"}))
#: VBP is left out: it has the form of the bare verb, and the parser confuses the two ("to demand X and protest Y").
_PAST_OR_S_24E2 = label_ids(frozenset({"VBD", "VBZ"}))


def finite_after_infinitive(s: TokenSheet, i: int) -> int | None:
    """A past or present-tense verb ``i`` the parser coordinated with the "to"-infinitive before it
    ("asked donors to fund shelters and called on the Council to meet"): it cannot share the "to",
    so it goes on with the verb that governs the infinitive (that verb's index; None elsewhere)."""
    up = s.heads[i]
    if s.deps[i] != _CONJ or s.tags[i] not in _PAST_OR_S_24E2 or s.tags[up] != _VB or s.deps[up] not in _INFINITIVE_DEPS_24E2 or \
            any(s.deps[c] in _SUBJECT_22B for c in s.kids[i]) or \
            not any(s.deps[c] == _AUX and s.lowers[c] == "to" for c in s.kids[up]):
        return None
    return s.heads[up]


_PRT_24E2 = get_string_id("prt")


def not_ruled_out(s: TokenSheet, verb: int, cues: Modality) -> bool:
    """``verb`` is a negated "rule out" ("did not rule out contributing troops", "has not ruled out
    expelling"): what it governs is left possible, neither done nor refused."""
    return s.lemmas[verb] == "rule" and any(s.deps[c] == _PRT_24E2 and s.lowers[c] == "out" for c in s.kids[verb]) \
        and _has_neg(s, verb, cues)


#: Auxiliaries of a past content clause ("that the attack was carried out", "that Iran had fired").
_PAST_AUX_24E2 = frozenset({"was", "were", "had", "has", "have", "been"})


def agreed_fact(s: TokenSheet, chain: list[tuple[str, int]], n: int, i: int, cues: Modality) -> bool:
    """The ``n``-th governor is an intent verb ("agree", "decide") whose "that"-clause is a past
    fact ("Allies agreed that the attack was carried out by ..."): what is agreed on happened;
    it is no plan (a future or modal content clause stays intended)."""
    dep, gov = chain[n]
    if dep != "ccomp" or s.lemmas[gov] not in cues.intent_governors:
        return False
    child = i if n == 0 else chain[n - 1][1]
    if s.pos[child] not in _VERB_POS:
        return False
    aux = [s.lowers[c] for c in s.kids[child] if s.deps[c] in _AUX_IDS]
    if any(a in cues.future_auxiliaries or a in cues.hypothetical_auxiliaries or a in cues.deontic_auxiliaries
           or a == "to" for a in aux):
        return False
    return s.tags[child] == _VBD or any(a in _PAST_AUX_24E2 for a in aux)

"""Speech acts reported with a speech verb, and the actors behind first-person pronouns
and descriptive phrases (issue 16).

Rules (cues in ``resources/events/speech_cues.yaml``, the reporting verbs tagged
``speech_act`` and the first-person pronouns of ``resources/actors/pronouns.en.tsv``):
- ``speech-accuse``: "The minister said the alliance had failed its obligations": a speech
  verb whose clause (or object complement, "called it a dead end") holds an accusing word
  is an ACCUSE by the speaker against who the clause is about (its subject, else the named
  participants in it); an accusing word that names the kind of an act with no doer
  ("faces terrorist attacks": ``describes_act``) accuses nobody;
- ``speech-reject``: an accusing word said of a claim ("said the allegations were baseless":
  ``claim_nouns``) rejects the claim;
- ``speech-support``: the same with a supporting word ("said the decision was understandable")
  is a SUPPORT;
  verbs that name what something is ("named X as terrorists": ``naming_verbs``) count with
  their object complement only;
- ``tell-request``: "told foreign powers to leave" is a REQUEST by the subject to the addressee.
The stage maps tokens to actors; ``first_person_actor`` gives "we"/"I" inside a quote to the
quote's speaker and ``phrase_actors`` finds the actor a descriptive phrase names ("an assembly
of the foreign ministers of Egypt and Greece" -> Egypt, Greece).
Not handled: accusations spread over several quoted sentences.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from spacy.strings import get_string_id
from spacy.symbols import IDS, VERB

from .. import resources
from ..errors import LexiconError
from ..syntax import label_ids
from ..views import pos_ids, token_depth, token_offsets, token_sheet, token_strings, views_of
from .arguments import VERBAL_TYPES, conjuncts
from .triggers import Candidate

CUES_FILE = "events/speech_cues.yaml"
VERBS_FILE = "quotes/reporting_verbs.en.tsv"
PRONOUNS_FILE = "actors/pronouns.en.tsv"
#: Modifier labels inside a noun phrase through which it names an actor.
PHRASE_DEPS = frozenset({"poss", "amod", "compound", "nmod", "prep", "pobj", "conj", "appos"})
_PHRASE_IDS = label_ids(PHRASE_DEPS)
_PHRASE_WORD_POS = frozenset(IDS[p] for p in ("PROPN", "NOUN", "ADJ", "PRON"))
#: How far from the head of a phrase a named modifier may be.
MAX_PHRASE_DISTANCE = 8
#: Tokens of a said clause searched for cue words and names.
MAX_CONTENT_TOKENS = 60
#: Subjects that are no participant of the said clause ("it is dangerous", "there are").
EMPTY_SUBJECTS = frozenset({"it", "there", "this", "that", "what", "which"})
#: Marks that open a quotation or a colon-introduced statement after a speech verb.
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", ":"})
#: Dependency labels of a noun's modifiers: a cue word there describes, it is not said of anyone.
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
#: Relations of a publication to the verb that issues it ("released a statement", "was published").
_PUBLISHED_DEPS = label_ids(frozenset({"dobj", "nsubjpass"}))
_ACL = get_string_id("acl")
_NSUBJ, _NSUBJPASS, _CONJ, _DOBJ, _AMOD, _PREP = (
    get_string_id(label) for label in ("nsubj", "nsubjpass", "conj", "dobj", "amod", "prep"))
_SAID_IDS, _COMPLEMENT_IDS = label_ids(frozenset({"ccomp", "oprd"})), label_ids(frozenset({"oprd", "attr", "appos"}))


@dataclass(frozen=True)
class SpeechCues:
    speech_verbs: frozenset[str]
    accusing_words: frozenset[str]
    supporting_words: frozenset[str]
    telling_verbs: frozenset[str]
    first_person: frozenset[str]
    violence_words: frozenset[str]
    publication_objects: frozenset[str]
    agent_participles: frozenset[str]
    platforms: frozenset[str]
    naming_verbs: frozenset[str]
    instrument_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    ongoing_verbs: frozenset[str]
    crowd_verbs: frozenset[str]
    protester_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    act_kind_nouns: frozenset[str]
    undergoing_verbs: frozenset[str]
    refusal_verbs: frozenset[str]
    response_verbs: frozenset[str]
    forbearance_nouns: frozenset[str]
    ending_verbs: frozenset[str]
    unending_words: frozenset[str]
    ending_words: frozenset[str]
    semimodal_verbs: frozenset[str]
    duty_nouns: frozenset[str]
    falsity_words: frozenset[str]
    basis_nouns: frozenset[str]
    critical_adjectives: frozenset[str]
    supportive_adjectives: frozenset[str]
    inaction_verbs: frozenset[str]
    inaction_words: frozenset[str]
    response_manner_words: frozenset[str]
    regret_verbs: frozenset[str]
    expulsion_order_verbs: frozenset[str]
    expelled_nouns: frozenset[str]
    deported_nouns: frozenset[str]
    consequence_verbs: frozenset[str]
    consequence_nouns: frozenset[str]
    unanswered_words: frozenset[str]
    claim_pronouns: frozenset[str]
    truth_words: frozenset[str]
    penalty_verbs: frozenset[str]
    any_words: frozenset[str]
    response_occasion_nouns: frozenset[str]
    blame_idioms: frozenset[str]
    praise_idioms: frozenset[str]
    demonstrating_verbs: frozenset[str]
    verdict_flippers: frozenset[str]
    evidence_nouns: frozenset[str]
    physical_nouns: frozenset[str]
    demand_governors: frozenset[str]

    @cached_property
    def verdict_idioms(self) -> dict[str, tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]]:
        """``blame_idioms`` and ``praise_idioms`` by verb: ``{lemma: (blame words, praise words)}``, each
        entry the words of the verb's phrase it needs, all of them ("wash hands of": ``("hands", "of")``)
        (round 35e35)."""
        out: dict[str, tuple[set, set]] = {}
        for n, pairs in enumerate((self.blame_idioms, self.praise_idioms)):
            for pair in pairs:
                verb, *words = pair.split()
                out.setdefault(verb, (set(), set()))[n].add(tuple(words))
        return {v: (frozenset(b), frozenset(p)) for v, (b, p) in out.items()}

    @cached_property
    def drafting_verbs(self) -> frozenset[str]:
        """The verbs ``speech_drafts`` takes: speech, telling and naming verbs."""
        return self.speech_verbs | self.telling_verbs | self.naming_verbs


#: Telling verbs that also forecast: only an active one with an addressee asks ("we expect
#: Belgrade to return to the table"); "X is expected to ..." is a forecast (round 19).
PREDICTING_VERBS = frozenset({"expect"})

#: Fields of ``SpeechCues`` read from other resources than ``speech_cues.yaml``.
SHARED_FIELDS = ("speech_verbs", "first_person")


@resources.cached
def load_speech_cues() -> SpeechCues:
    data = resources.yaml(CUES_FILE)
    kw = {"speech_verbs": resources.with_tag(VERBS_FILE, "speech_act"),
          "first_person": resources.with_tag(PRONOUNS_FILE, "first_singular")
          | resources.with_tag(PRONOUNS_FILE, "first_plural")}
    for name in SpeechCues.__dataclass_fields__:
        if name in SHARED_FIELDS:
            continue
        value = data.get(name) if isinstance(data, dict) else None
        if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
            raise LexiconError(resources.active().source(CUES_FILE), None, f"{name} must be a list of non-empty strings")
        kw[name] = frozenset(w.lower() for w in value)
    return SpeechCues(**kw)


def describes_act(tok) -> bool:
    """"terrorist attacks", "the terrorist threats": ``tok`` is, or modifies, a noun of a kind
    of act (``act_kind_nouns``) that an accusing word modifies and whose doer goes unnamed (no
    possessive, no "by" phrase) and which is not said of something ("the raid was a criminal
    act" judges the raid): the phrase says what kind of act that was and judges nobody."""
    sc = load_speech_cues()
    noun = tok.head if tok.dep_ in MODIFIER_DEPS else tok
    return noun.lemma_.lower() in sc.act_kind_nouns and noun.dep_ not in ("attr", "oprd") and \
        any(c.dep_ in MODIFIER_DEPS and (c.lower_ in sc.accusing_words or c.lemma_.lower() in sc.accusing_words)
            for c in noun.children) and \
        not any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by") for c in noun.children)


def first_person_actor(document, tok) -> str | None:
    """The speaker's actor id for "we"/"I" inside a quote that has a speaker, else ``None``."""
    if tok.lower_ not in load_speech_cues().first_person:
        return None
    quote = views_of(tok.doc).quote_at(document, tok.idx)
    return quote.speaker if quote is not None and quote.speaker else None


def phrase_actors(index, tok) -> list[str]:
    """Actors named inside the phrase headed by ``tok`` when the phrase itself is none:
    possessors, national adjectives, "of X" complements (no clauses)."""
    out: list[str] = []
    s, (starts, ends) = token_sheet(tok.doc), token_offsets(tok.doc)
    deps, kids, head = s.deps, s.kids, tok.i
    stack = [c for c in kids[head] if deps[c] in _PHRASE_IDS]
    while stack:
        t = stack.pop(0)
        if abs(t - head) > MAX_PHRASE_DISTANCE:
            continue
        if s.pos[t] in _PHRASE_WORD_POS:
            actor = index.at(starts[t], ends[t])
            if actor is not None and actor.kind != "location" and actor.id not in out:
                out.append(actor.id)
                continue
        stack.extend(c for c in kids[t] if deps[c] in _PHRASE_IDS)
    return out


def _content(verb):
    """What the speech verb says: its clause, or the object complement ("called it X",
    "named X as terrorists", "called the deal 'null and void'")."""
    doc, s, i = verb.doc, token_sheet(verb.doc), verb.i
    deps, kids = s.deps, s.kids
    clauses = [c for c in kids[i] if deps[c] in _SAID_IDS]
    if clauses:
        return [doc[c] for c in clauses]
    objects = [o for o in kids[i] if deps[o] == _DOBJ]
    if not objects:
        return []
    # "called the agreement a violation": the object's complement, or an adjective the
    # parser hung after the object
    out = [c for o in objects for c in kids[o]
           if deps[c] in _COMPLEMENT_IDS or deps[c] == _AMOD and c > o
           or deps[c] == _PREP and s.lowers[c] == "as"]  # "described X's claims as baseless"
    # "designated the group a terrorist organisation": the parser makes both objects
    out += objects[1:]
    # "named X as terrorists", "described the move as illegal"
    return [doc[c] for c in out] + [doc[p] for p in kids[i] if deps[p] == _PREP and s.lowers[p] == "as"]


def _window(clause):
    """The first ``MAX_CONTENT_TOKENS`` tokens of a said clause (bounded: chains of reported
    speech nest clauses thousands of tokens deep)."""
    return clause.doc[slice(*_window_range(clause))]


def _window_range(clause) -> tuple[int, int]:
    """The token range of ``_window(clause)``."""
    left = clause.left_edge.i
    return left, min(clause.right_edge.i + 1, left + MAX_CONTENT_TOKENS)


def _hyphenated(span) -> set[str]:
    """Hyphenated words the tokenizer split ("non", "-", "starter" -> "non-starter")."""
    return _hyphenated_in(span[0].doc, [(t.i, t.i + 1) for t in span]) if span else set()


def _hyphenated_in(doc, ranges) -> set[str]:
    """``_hyphenated`` of the tokens in the token ranges ``ranges`` of ``doc``, read from the
    Doc's arrays (a hyphen with no space on either side of it)."""
    lowers, (starts, ends) = token_strings(doc)[0], token_offsets(doc)
    last = len(lowers) - 1
    return {f"{lowers[i - 1]}-{lowers[i + 1]}" for a, b in ranges for i in range(a, b)
            if lowers[i] == "-" and 0 < i < last and ends[i] == starts[i + 1] and ends[i - 1] == starts[i]}


def _denied(tok) -> bool:
    """A verb (or the verb of a word) negated in what is said ("never threaten", "is not illegal")."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.dep_ == "neg" for c in verb.children)


def _predicted(tok, cues) -> bool:
    """A verb (or the verb of a word) that says what would happen on a condition ("said the talks
    would fail if they dealt only with customs"): a forecast, not a charge."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.dep_ == "aux" and c.lower_ in cues.hypothetical_auxiliaries for c in verb.children) and \
        any(c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in verb.children)


def _about(verb, clauses) -> list:
    """Who the said clause is about: its subject; "called X Y": the object X; else the names in it."""
    out = []
    for clause in clauses:
        if clause.dep_ in ("oprd", "prep", "dobj") or clause.head.i != verb.i:
            out += [t for o in verb.children if o.dep_ == "dobj" and o not in clauses for t in conjuncts(o)]
            continue
        subj = [t for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in EMPTY_SUBJECTS
                for t in conjuncts(c)]
        if subj:
            out += subj
        else:
            out += [t for t in _window(clause) if t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and t.dep_ != "compound"]
    return out


def _speaker(verb) -> list:
    """The subject of a speech verb, or of the verb it is coordinated with ("criticised the
    plan and named both groups as terrorists")."""
    s, i = token_sheet(verb.doc), verb.i
    while True:
        subj = [c for c in s.kids[i] if s.deps[c] == _NSUBJ]
        if subj or s.deps[i] != _CONJ or s.pos[s.heads[i]] != VERB or \
                any(s.deps[c] == _NSUBJPASS for c in s.kids[i]):
            return [s.doc[c] for c in subj]
        i = s.heads[i]


def speech_drafts(sent, drafts, heads: set[int], cues) -> list:
    """Extra drafts for speech acts in one sentence (see the module docstring)."""
    sc = load_speech_cues()
    out = []
    doc, pos, (lowers, lemmas) = sent.doc, pos_ids(sent.doc), token_strings(sent.doc)
    wanted = sc.drafting_verbs  # what the rules below take
    if wanted.isdisjoint(lemmas[sent.start:sent.end]):
        return out
    if not _judging_word_in(sent, sc):  # no said clause can judge: only a telling verb's request is left
        wanted = _requesting_verbs(sc)
    verbs = [doc[i] for i in range(sent.start, sent.end) if pos[i] == VERB and lemmas[i] in wanted]
    if not verbs:  # most sentences: no import and no sort below
        return out
    from .extract import Draft, judgement_draft

    # inner clauses first: "said she holds X responsible" is her accusation, once
    for tok in sorted(verbs, key=token_depth, reverse=True):
        if tok.i in heads:
            continue
        lemma = lemmas[tok.i]
        speaker = _speaker(tok)
        if lemma in sc.telling_verbs and lemma not in ("ask", "order", "urge"):
            addressee = [t for c in tok.children if c.dep_ in ("dobj", "dative") for t in conjuncts(c)]
            clause = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and
                      any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            if not addressee:  # "wants foreign forces to leave": the parser makes them the clause's subject
                addressee = [s for c in clause for s in c.children if c.dep_ == "ccomp" and s.dep_ == "nsubj"]
            passive = [t for c in tok.children if c.dep_ == "nsubjpass" for t in conjuncts(c)]
            if lemma in PREDICTING_VERBS and (passive and not speaker or _forecast(tok, addressee, cues)):
                continue  # "he is expected to return in April": a forecast, nobody asked (round 19)
            if passive and not speaker:  # "Italy and Egypt were called to join": asked, by whoever
                addressee = passive
                speaker = [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            hedged = any(c.dep_ == "aux" and c.lower_ in cues.hypothetical_auxiliaries for c in tok.children)
            if (speaker or passive) and addressee and clause and not hedged:  # not "might want X to ..."
                out.append(Draft(cand=Candidate(tok, [], [tok]), types=["REQUEST"], mode="asserted",
                                 sources=speaker, targets=addressee, sent=sent, weight=0.5,
                                 cue=f"tell-request:{tok.lower_}"))
                heads.add(tok.i)
                continue
        naming = lemma in sc.naming_verbs
        if not (naming or lemma in sc.speech_verbs) or not speaker:
            continue
        clauses = _content(tok)
        if naming:  # their complement, not a said clause ("holds X responsible" is a small clause)
            clauses = [c for c in clauses if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX")]
        if any(c.left_edge.i <= d.cand.token.i <= c.right_edge.i for c in clauses for d in out):
            continue  # the said clause holds a speech act of its own
        held = [d for c in clauses for d in drafts if c.dep_ == "ccomp" and d.cand.pos == "verb"
                and c.left_edge.i <= d.cand.token.i <= c.right_edge.i]
        if not clauses or held and (any(set(d.types) & VERBAL_TYPES for d in held) or any(
                c.left_edge.i < tok.i or not QUOTE_MARKS.isdisjoint(lowers[tok.i + 1:c.left_edge.i + 1])
                for c in clauses)):
            # the said clause already holds a speech act: that act is what is coded ("said Iran
            # bears responsibility for the attack": a nominal event is what the accusation is about);
            # a report told before its source ("X imposed sanctions for its support of terrorists,
            # the White House said") judges nobody, and a quoted one is the quote's (``quoted-accuse``)
            continue
        # a material act in the said clause is coded besides the judgement said of it ("said the
        # boat had entered its waters illegally"), its own trigger words no judgement
        ranges = [_window_range(c) for c in clauses]
        acts = {t.i for d in held for t in d.cand.parts} | \
            {i for a, b in ranges for i in range(a, b) if located_lie(doc[i])}  # round 25e2
        words = {w for a, b in ranges for i in range(a, b) if i not in acts for w in (lemmas[i], lowers[i])} | \
            _hyphenated_in(doc, ranges)
        acc, sup = words & sc.accusing_words, words & sc.supporting_words
        if not acc and not sup:
            continue
        span = [t for c in clauses for t in _window(c)]
        if acc:  # "we face terrorist attacks": a kind of act with no doer accuses nobody
            acc &= {w for t in span if not describes_act(t) for w in (t.lower_, t.lemma_.lower())} | \
                _hyphenated(span)
        span = [t for t in span if not located_lie(t)]
        denied = [_denied(t) or _predicted(t, cues) for t in span if t.lower_ in acc or t.lemma_.lower() in acc]
        if denied and all(denied) and not sup:
            continue  # "I never threaten anybody", "would fail if ...": the accusing word is denied or forecast
        if not acc and not sup:
            continue
        if acc and sup:  # "faces terrorist attacks, so the measure is understandable": the
            # word said of something (not a noun's modifier) is the judgement
            said = {w for t in span if t.dep_ not in MODIFIER_DEPS for w in (t.lower_, t.lemma_.lower())}
            acc, sup = (acc & said, sup & said) if said & (acc | sup) else (acc, sup)
        type_, cue = ("ACCUSE", sorted(acc)[0]) if acc else ("SUPPORT", sorted(sup)[0])
        about = [t for t in _about(tok, clauses) if t not in speaker]
        if not about:
            continue
        if type_ == "ACCUSE" and all(t.lemma_.lower() in sc.claim_nouns for t in about):
            type_ = "REJECT"  # "said the accusations were baseless": a denial of the claim
        out.append(judgement_draft(tok, type_, speaker, about, sent, f"speech-{type_.lower()}:{tok.lower_}+{cue}"))
        heads.add(tok.i)
    return out


def said_clauses(sent) -> list[tuple]:
    """``(verb, speaker, clauses)`` of each speech verb of ``sent`` with a subject and a said
    clause ("officials said talks would resume next week"; round 27e1)."""
    sc = load_speech_cues()
    doc, pos, lemmas = sent.doc, pos_ids(sent.doc), token_strings(sent.doc)[1]
    if sc.speech_verbs.isdisjoint(lemmas[sent.start:sent.end]):
        return []
    out = []
    for i in range(sent.start, sent.end):
        if pos[i] != VERB or lemmas[i] not in sc.speech_verbs:
            continue
        verb = doc[i]
        speaker = _speaker(verb)
        clauses = [c for c in _content(verb) if c.dep_ == "ccomp"]
        if speaker and clauses:
            out.append((verb, speaker, clauses))
    return out


#: Round 27e1: verbs of a state or wish, not an act: "we are not afraid", "did not want a repeat",
#: "had not heard from him" deny no act anyone was charged with.
STATE_VERBS = frozenset({"be", "have", "want", "need", "know", "think", "believe", "expect", "fear", "hear",
                         "see", "wish", "like", "intend", "plan", "seek", "mean", "feel", "remember"})
#: Subjects that deny by themselves ("none of its vessels had broken the cap", "nobody ordered it").
NEGATIVE_SUBJECTS = frozenset({"none", "nobody", "nothing", "neither", "no"})
#: Auxiliaries of a forecast, an ability or a duty: "would not raise taxes", "cannot afford", "won't
#: pay" ("wo" + "n't" in the parse) deny no act that was done (the hypothetical auxiliaries of the
#: modality cues count too).
UNDONE_AUXILIARIES = frozenset({"will", "'ll", "wo", "shall", "sha", "can", "ca", "should", "must", "ought",
                                "going"})


def denied_act(clause, cues) -> list:
    """Round 27e1: the subject of a said clause that denies an act was done ("we did not use
    drones", "France does not pay ransoms", "Turkey had never used water as a weapon"): the
    clause's verb names an act (no ``STATE_VERBS``), told as fact (no ``UNDONE_AUXILIARIES``, no
    hypothetical auxiliary, no condition, not in progress), negated or with a negative subject;
    [] when the clause denies nothing."""
    if clause.pos_ != "VERB" or clause.lemma_.lower() in STATE_VERBS or clause.tag_ == "VBG":
        return []
    kids = list(clause.children)
    undone = UNDONE_AUXILIARIES | cues.hypothetical_auxiliaries
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in undone for c in kids) or \
            any(c.dep_ == "mark" and c.lower_ in cues.conditional_marks for c in kids):
        return []
    subject = [t for c in kids if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c)]
    negative = _denied(clause) or any(
        t.lower_ in NEGATIVE_SUBJECTS or any(d.dep_ == "det" and d.lower_ == "no" for d in t.children) for t in subject)
    return subject if negative else []


#: How far back (characters) a target left unnamed in its sentence may be found.
CONTEXT_TARGET_CHARS = 400


class MentionIndex:
    """The mentions of a document's actors (places left out) sorted by start, so that the
    context look-ups below read only the mentions near a sentence, not every mention of the
    document once per event (quadratic in a long document). News media (sector ``MED``: "told
    the press") and platforms ("said on YouTube") report acts, they are not the unnamed party
    of one."""

    def __init__(self, actors):
        platforms = load_speech_cues().platforms
        rows = [(s, order, a.id) for order, a in enumerate(actors)
                if a.kind != "location" and a.sector != "MED" and a.name.lower() not in platforms
                for s, _ in a.mentions]
        rows.sort()
        self._starts = [r[0] for r in rows]
        self._rows = rows

    def between(self, lo: int, hi: int):
        """``(start, actor id)`` of the mentions starting in ``[lo, hi)``, in text order (ties
        in actor order)."""
        i, j = bisect_left(self._starts, lo), bisect_left(self._starts, hi)
        return [(s, actor_id) for s, _, actor_id in self._rows[i:j]]


def context_target(mentions: MentionIndex, sentence: tuple[int, int], trigger: int, exclude) -> list[str]:
    """The actor an act with no named target is most likely aimed at: the nearest other actor
    mentioned in its sentence (after the trigger first), else the last one mentioned shortly
    before the sentence ("Novak declined the offer" after a sentence about Marchenko)."""
    start, end = sentence
    best = None  # (rank, distance, actor id)
    for s, actor_id in mentions.between(start - CONTEXT_TARGET_CHARS, end):
        if actor_id in exclude:
            continue
        key = (0 if s >= trigger else 1, abs(s - trigger)) if s >= start else (2, start - s)
        if best is None or key < best[:2]:
            best = (*key, actor_id)
    return [best[2]] if best else []


def counterpart(events, side: set[str], before: int) -> list[str]:
    """Whom an actor's accusation that names nobody is about: the other party of the last event
    reported before ``before`` in which an actor of ``side`` (the accuser and its own state:
    ``own_side``) took part ("Peru seized two Chilean boats. 'This is a reckless provocation,'
    Chile's minister said": Peru); [] when none did."""
    for e in reversed(events):
        if e.trigger.start >= before:
            continue
        other = [t for t in e.target if t not in side] if side.intersection(e.source) else \
            [s for s in e.source if s not in side] if side.intersection(e.target) else []
        if other:
            return other
    return []


#: Acts a denial or refusal answers ("denied that the army had fired": whoever said it had).
ANSWERED_TYPES = frozenset({"ACCUSE", "THREATEN"})


def last_accuser(events, side: set[str], before: int, types=ANSWERED_TYPES) -> list[str]:
    """The sources of the last accusation or threat (an event of ``types``; round 27e3: any hostile
    act when asked) against an actor of ``side`` by someone outside it, reported before
    ``before``; [] when there was none."""
    for e in reversed(events):
        if e.trigger.start < before and e.type in types and e.source and \
                side.intersection(e.target) and not side.intersection(e.source):
            return list(e.source)
    return []


def own_side(document, actor_id: str) -> set[str]:
    """The actor and, for one with a country, that country's states and places: an accuser
    does not aim an accusation at its own state or capital ("they lie about Iran" said by
    Iran's president)."""
    actor = document.actor(actor_id)
    country = actor.country if actor is not None else None
    return {actor_id} | {a.id for a in document.actors
                         if country and a.kind in ("state", "location") and a.country == country}


def context_source(mentions: MentionIndex, sentence: tuple[int, int], trigger: int, exclude) -> list[str]:
    """Who did an act whose doer the clause leaves out: the nearest actor named before the
    trigger in its sentence, else the last one named shortly before the sentence."""
    start, _ = sentence
    best = None
    for s, actor_id in mentions.between(start - CONTEXT_TARGET_CHARS, trigger):
        if actor_id in exclude:
            continue
        key = (0, trigger - s) if s >= start else (1, start - s)
        if best is None or key < best[:2]:
            best = (*key, actor_id)
    return [best[2]] if best else []


def violent_sentence(sent) -> bool:
    """The sentence reports violence that happened (a casualty, a weapon, a claim)."""
    words = load_speech_cues().violence_words
    lowers, lemmas = token_strings(sent.doc)
    return any(lowers[i] in words or lemmas[i] in words for i in range(sent.start, sent.end))


def publishes(tok) -> bool:
    """"released a statement", "provided estimates": the verb's object is a publication."""
    words = load_speech_cues().publication_objects
    s, i = token_sheet(tok.doc), tok.i
    return any(s.deps[c] in _PUBLISHED_DEPS and s.lemmas[c] in words for c in s.kids[i]) or \
        (s.deps[i] == _ACL and s.lemmas[s.heads[i]] in words)


#: ``SpeechCues`` -> (the cues, the accusing and supporting words, the telling verbs that make a
#: request in ``speech_drafts``), computed once per cue set (round 18).
_GATE_WORDS: dict[int, tuple] = {}


def _gate_words(sc: SpeechCues) -> tuple:
    found = _GATE_WORDS.get(id(sc))
    if found is None or found[0] is not sc:  # the cues object is kept with them: its id is not reused
        found = _GATE_WORDS[id(sc)] = (sc, sc.accusing_words | sc.supporting_words,
                                       sc.telling_verbs - {"ask", "order", "urge"})
    return found


def _requesting_verbs(sc: SpeechCues) -> frozenset[str]:
    """The telling verbs whose object and "to" clause make a REQUEST in ``speech_drafts``."""
    return _gate_words(sc)[2]


def _judging_word_in(sent, sc: SpeechCues) -> bool:
    """Whether ``sent`` holds a word that ``speech_drafts`` reads as a judgement in a said
    clause: an accusing or supporting word as lemma or lower-cased form, or as a hyphenated word
    the tokenizer split. A said clause lies in its sentence, so without one no speech or naming
    verb of the sentence yields a draft (a gate, round 18: most sentences with "said" hold none)."""
    words = _gate_words(sc)[1]
    lowers, lemmas = token_strings(sent.doc)
    a, b = sent.start, sent.end
    if not words.isdisjoint(lemmas[a:b]) or not words.isdisjoint(lowers[a:b]):
        return True
    return "-" in lowers[a:b] and not words.isdisjoint(_hyphenated_in(sent.doc, [(a, b)]))


def _forecast(tok, addressee, cues) -> bool:
    """"if we expect them to have our back", "expects prices to rise": a predicting verb (
    ``PREDICTING_VERBS``) under a condition, or whose addressee is a pronoun or no name, forecasts;
    only "we expect Belgrade and Pristina to return to the table" asks (round 19)."""
    if any(c.dep_ == "mark" and c.lower_ in cues.conditional_marks for c in tok.children):
        return True
    return not addressee or any(t.pos_ == "PRON" or not (t.pos_ == "PROPN" or t.ent_type_) for t in addressee)


# Round 25e2: "lie" of a place is no lie told. "said the oil field lay inside its territory", "as
# parts of the area lie near its waters": the verb "lie" (past "lay") with a place after it says
# where something is; the accusing "lie" is told ("they lied about the attack", "is lying").

#: Prepositions and adverbs that make "lie" say where something is.
LOCATIVE_WORDS = frozenset({"in", "inside", "within", "outside", "near", "on", "at", "along", "across",
                            "between", "beyond", "off", "under", "beneath", "behind", "north", "south",
                            "east", "west", "close", "next", "there", "here", "ahead", "upstream",
                            "downstream", "astride", "among"})


def located_lie(token) -> bool:
    """``token`` is the verb "lie" (or its past "lay", "lain") saying where something is: "lay" /
    "lain" always (the told lie is "lied"), "lie(s)" / "lying" with a place word after it."""
    if token.lemma_.lower() != "lie" or token.pos_ not in ("VERB", "AUX"):
        return False
    if token.lower_ in ("lay", "lain"):
        return True
    return any(c.i > token.i and c.lower_ in LOCATIVE_WORDS and c.dep_ in ("prep", "advmod", "advcl")
               for c in token.children)

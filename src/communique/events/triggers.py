"""Find PLOVER trigger candidates in a parsed sentence.

A candidate is a token (verb or noun) whose lemma heads a lexicon entry, with
the entries that match its syntactic frame. Among matching entries the most
specific win ("impose ~sanction" beats a plain verb); several types left over
make the candidate ambiguous, for the classifier to decide.

Example handled: "Ankara imposed sanctions on Damascus" -> SANCTION (impose ~sanction).
Not handled: triggers split across clauses ("the sanctions that Ankara imposed").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.strings import get_string_id
from spacy.symbols import IDS

from ..syntax import label_ids
from ..views import TokenSheet, token_sheet
from .lexicon import Entry, Lexicon

#: Dependency labels of a verb's direct object (and of a passive subject for "talks were held"; an
#: adjective after "be" for "is grateful to": round 22).
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd", "acomp"})
#: Children that can carry a particle or preposition of a phrasal trigger.
PARTICLE_DEPS = frozenset({"prt", "prep", "advmod", "dobj", "compound:prt", "agent", "dative"})
#: Entity labels of an amount whose "in" noun is the real object ("$400 million in aid").
AMOUNT_ENTS = frozenset({"MONEY", "CARDINAL", "QUANTITY"})
#: Modifiers of a noun trigger that an entry's ``~`` list names ("phone call", "air strike").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: Clauses whose "mark" can be a verb's particle ("called for X to resign").
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp"})
#: Words before "since" that make its object a yardstick ("the largest ... since", "the first since").
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
ORDINAL_FIRST = frozenset({"first"})
#: Generic object heads whose noun modifier says what the act is ("a mediation effort", "a peace bid",
#: "a carrier group", "a credit line": round 21).
GENERIC_OBJECT_HEADS = frozenset({"effort", "process", "bid", "mission", "campaign", "group", "line"})
#: Parts of a text whose "of" noun is the text, not an event ("Article 4 of the treaty").
DOCUMENT_PARTS = frozenset({"article", "clause", "provision", "term", "text", "section", "chapter",
                            "paragraph", "annex", "draft", "wording"})
#: Nouns whose "of" noun names what something was called, not an event ("an act of aggression").
CHARACTERISING_HEADS = frozenset({"act"})
#: Verbs of response whose "with" object is the act itself ("retaliated with sanctions": the sanctions).
RESPONDING_VERBS = frozenset({"retaliate", "respond", "react", "reply"})
#: Pronouns that name no actor as the subject of a hoped-for or expected clause (round 22).
IMPERSONAL_PRONOUNS = frozenset({"it", "this", "that", "there", "what", "which"})
#: Subordinators of a condition (round 22).
CONDITION_MARKS = frozenset({"if", "unless"})
#: Auxiliaries of a hoped-for clause that the pseudo-particle ``+will`` stands for (round 22).
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})
VERB_POS = frozenset({"VERB"})
#: Shortest stem tried when the lemmatizer's lemma is not in the lexicon ("staged" -> "stage").
MIN_STEM_CHARS = 3
#: Regular endings of a verb and what replaces each to make its stem ("staged" -> "stag", "stage").
STEM_SUFFIXES = (("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"))
#: Distinct verbs whose stems are remembered.
STEM_CACHE_SIZE = 4096
NOUN_POS = frozenset({"NOUN", "PROPN"})
#: An object word of the lexicon that stands for any named place ("take ~town|place-name").
PLACE_NAME = "place-name"
#: An object word of the lexicon that stands for any people's name, a nationality said as a plural
#: noun ("expelled Afghans", "hundreds of thousands of Ghanaians"; round 31e11).
PEOPLE_NAME = "people-name"
#: Entity labels of a named place.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: Prepositions of the verb that make a named place no captured object ("took Iran to the Security
#: Council", "took Washington by surprise", "took Kyiv into account").
PLACE_NAME_BLOCKERS = frozenset({"to", "into", "by", "as", "for", "off", "out", "over"})
#: Prepositions of motion after which a named place is an object of the entry only when the verb's
#: subject is a force or a state ("troops moved into Abyei"; not "the company moved into Kenya").
MOTION_PREPS = frozenset({"into", "onto"})
#: Subjects that take a named place by force ("its fighters had taken Kiwanja").
FORCE_NOUNS = frozenset({"fighter", "force", "troop", "rebel", "army", "militant", "soldier", "militia",
                         "insurgent", "jihadist", "unit", "division", "brigade", "battalion", "separatist",
                         "paramilitary", "marine", "guerrilla", "military", "tank"})
#: Offices and bodies that act for a state ("the foreign minister is expected in Moscow"): with
#: FORCE_NOUNS and names, the doers an entry marked ``!actor`` accepts.
OFFICE_NOUNS = frozenset({"minister", "president", "envoy", "delegation", "leader", "premier", "chancellor",
                          "king", "queen", "emir", "prince", "secretary", "ambassador", "diplomat", "official",
                          "commander", "general", "government", "authority", "regime", "junta", "administration",
                          "ministry", "state", "navy", "guard", "police", "agency", "coalition", "alliance",
                          "mission", "council", "bloc", "union", "side", "party", "country", "nation"})
#: Entity labels of a name that can be an actor (a state, a people, an organisation, a person).
ACTOR_NAME_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: Clauses whose verb takes the doer of its head when it has no subject ("agreed to send aid").
INHERITING_DEPS = frozenset({"xcomp", "conj", "advcl"})
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


@lru_cache(maxsize=STEM_CACHE_SIZE)
def _stems(low: str) -> tuple[str, ...]:
    """The regular stems of a verb as written (``low``), tried after its lemma and itself: the
    statistical lemmatizer sometimes errs on news verbs ("staged" -> "stag"); remembered (the
    same verbs come again in every document)."""
    return tuple(low[: -len(suffix)] + repl for suffix, repl in STEM_SUFFIXES
                 if low.endswith(suffix) and len(low) - len(suffix) >= MIN_STEM_CHARS)


def _hyphened(s: TokenSheet, i: int) -> tuple[str, ...]:
    """The word that token ``i`` ends when the tokenizer split it at a hyphen ("cease-fire" ->
    "cease", "-", "fire"): written with the hyphen and without it, on the last part's lemma
    ("cease-fires" -> "cease-fire", "ceasefire"); empty when ``i`` ends no such word."""
    if i < 2 or s.lowers[i - 1] != "-" or s.doc[i - 2].whitespace_ or s.doc[i - 1].whitespace_:
        return ()
    first, last = s.lowers[i - 2], s.lemmas[i]
    return (f"{first}-{last}", first + last)


@lru_cache(maxsize=STEM_CACHE_SIZE)
def _folded(word: str) -> str:
    """``word`` without its accents ("chargé" -> "charge", "Türkiye" -> "turkiye"): the lexicon
    writes its object words plain (round 21)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _in_words(s: TokenSheet, i: int, words: frozenset[str]) -> bool:
    """Token ``i``'s lemma, form (also without accents) or hyphened word is one of ``words``."""
    low = s.lowers[i]
    return s.lemmas[i] in words or low in words or any(w in words for w in _hyphened(s, i)) or \
        (not low.isascii() and _folded(low) in words)


def _object_words(s: TokenSheet, i: int) -> frozenset[str]:
    """Every word ``_light_object`` can find among an entry's objects for verb ``i``: the lemma,
    form, hyphened word and unaccented form of each object, and of each noun modifier it reads
    before a name's or generic head's object, and the lemma of each "of" (or an amount's "in")
    noun of an object. Read once per token (round 28s1): an entry whose objects hold none of them
    (and no place name or people) has no light object, with no walk of the verb's children per entry."""
    deps, lowers, lemmas = s.deps, s.lowers, s.lemmas
    words: set[str] = set()
    for child in s.kids[i]:
        if deps[child] not in _OBJECT_IDS:
            continue
        for prep in s.kids[child]:
            if deps[prep] == _PREP and (lowers[prep] == "of" or lowers[prep] == "in" and s.ents[child] in _AMOUNT_IDS):
                words.update(lemmas[pobj] for pobj in s.kids[prep] if deps[pobj] == _POBJ)
        read = [child]
        if s.pos[child] == _PROPN_ID or lemmas[child] in GENERIC_OBJECT_HEADS:
            read += [mod for mod in s.kids[child] if deps[mod] == _COMPOUND and mod < child]
        for k in read:
            low = lowers[k]
            words.update((lemmas[k], low, *_hyphened(s, k)))
            if not low.isascii():
                words.add(_folded(low))
    return frozenset(words)


#: Nouns of a body or a gathering that a "from" phrase names as what someone is expelled from: a
#: member leaves a party or a team, not a country (round 31f3: "expelled from the coalition").
BODY_NOUNS = frozenset({"party", "coalition", "alliance", "league", "union", "federation", "association",
                        "organisation", "organization", "parliament", "assembly", "congress", "senate", "council",
                        "committee", "cabinet", "government", "team", "club", "games", "olympics", "tournament",
                        "championship", "competition", "cup", "church", "order", "movement", "bloc", "group"})
_BODY_ENT_IDS = label_ids(frozenset({"ORG", "EVENT", "NORP"}))
_DET, _NUMMOD, _CONJ = get_string_id("det"), get_string_id("nummod"), get_string_id("conj")
#: Articles that make a bare plural people a known group (often envoys: "expelled the Russians").
_DEFINITE_DETS = frozenset({"the", "these", "those"})


#: Whether a lower-case word is a state's demonym ("somalis"). The actors' knowledge base knows; the
#: domain packages do not import each other, so the events stage hands the test in
#: (``use_demonym_test``). Until then no word is one.
_state_demonym: Callable[[str], bool] = lambda form: False


def use_demonym_test(test: Callable[[str], bool]) -> None:
    """Set the test ``state_people`` asks whether a word is a state's demonym (the events stage
    gives the actors' knowledge base's answer)."""
    global _state_demonym
    _state_demonym = test


def state_people(s: TokenSheet, k: int) -> bool:
    """Token ``k`` is a state's people in the plural: a plural NORP that the actor knowledge base
    has as a state's demonym ("Somalis", "Filipinos"), not a party or a creed ("Republicans",
    "Communists"; round 31f3)."""
    return s.ents[k] in _NORP_IDS and s.tags[k] in _PLURAL_TAGS and _state_demonym(s.lowers[k])


def _from_body(s: TokenSheet, verb: int) -> bool:
    """``verb`` has a "from" phrase naming an organisation, a party or an event ("expelled from
    the coalition", "from the Olympic Games"): a member's expulsion, not a people's."""
    return any(s.ents[o] in _BODY_ENT_IDS or s.lemmas[o] in BODY_NOUNS
               for p in s.kids[verb] if s.deps[p] == _PREP and s.lowers[p] == "from"
               for o in s.kids[p] if s.deps[o] == _POBJ)


def people_name(s: TokenSheet, k: int) -> bool:
    """Object ``k`` is a state's people (``state_people``) counted or bare ("two Somalis",
    "Afghans"), or a count of one through its "of" nouns ("hundreds of thousands of Ghanaians"):
    people, not their state's envoys. Not "the Russians" with no count (often its diplomats), nor
    people expelled from a body or an event ("from the party", "from the Olympic Games"; round 31f3)."""
    verb = k
    while s.deps[verb] == _CONJ:
        verb = s.heads[verb]
    if _from_body(s, s.heads[verb]):
        return False
    for step in range(3):
        if state_people(s, k):
            return step > 0 or any(s.deps[c] == _NUMMOD for c in s.kids[k]) or \
                not any(s.deps[c] == _DET and s.lowers[c] in _DEFINITE_DETS for c in s.kids[k])
        k = next((o for p in s.kids[k] if s.deps[p] == _PREP and s.lowers[p] == "of"
                  for o in s.kids[p] if s.deps[o] == _POBJ), None)
        if k is None:
            return False
    return False


def _light_object(s: TokenSheet, i: int, objects: frozenset[str]) -> int | None:
    deps, lowers, lemmas = s.deps, s.lowers, s.lemmas
    for child in s.kids[i]:
        if deps[child] not in _OBJECT_IDS:
            continue
        if _in_words(s, child, objects):
            return child
        if PEOPLE_NAME in objects and people_name(s, child):
            return child
        if PLACE_NAME in objects and s.ents[child] in _PLACE_IDS and \
                not any(deps[p] == _PREP and lowers[p] in PLACE_NAME_BLOCKERS for p in s.kids[i]) and \
                any(deps[c] == _NSUBJ and (s.ents[c] in _FORCE_NAME_IDS or lemmas[c] in FORCE_NOUNS) for c in s.kids[i]):
            # "its fighters had taken Kiwanja": a named place taken by a force or a state (round 19);
            # not "Trump took Ohio"
            return child
        # "hosted Prime Minister Hashimoto", "launched a mediation effort": a name's title, or a
        # generic head's noun modifier, is the object the entry names
        if s.pos[child] == _PROPN_ID or lemmas[child] in GENERIC_OBJECT_HEADS:
            for mod in s.kids[child]:
                if deps[mod] == _COMPOUND and mod < child and (lemmas[mod] in objects or _in_words(s, mod, objects)):
                    return mod
        # "held a round of talks": the object's "of" noun; "withheld $400 million in aid": an
        # amount's "in" noun
        for prep in s.kids[child]:
            if deps[prep] == _PREP and (lowers[prep] == "of" or lowers[prep] == "in" and s.ents[child] in _AMOUNT_IDS):
                for pobj in s.kids[prep]:
                    if deps[pobj] == _POBJ and lemmas[pobj] in objects:
                        return pobj
    return None


def _prep_object(s: TokenSheet, prt: int | None, objects: frozenset[str]) -> int | None:
    """The object of a phrasal trigger's preposition among ``objects`` ("took to the streets",
    "spoke by phone", "violations of the airspace"), or ``None``."""
    if prt is None:
        return None
    if s.deps[prt] == _PREP or s.deps[prt] == _PRT:  # "handed in its weapons": the parser's pobj of "in"
        # ("kept a vessel on standby": the parser's pcomp, round 22)
        found = next((c for c in s.kids[prt] if s.deps[c] in _PREP_OBJECT_IDS and _in_words(s, c, objects)), None)
        if found is not None:
            return found
        # "flew in tonnes of aid": the object's "of" noun (round 21)
        found = next((o for c in s.kids[prt] if s.deps[c] == _POBJ
                      for p in s.kids[c] if s.deps[p] == _PREP and s.lowers[p] == "of"
                      for o in s.kids[p] if s.deps[o] == _POBJ and _in_words(s, o, objects)), None)
        if found is not None:
            return found
        if PLACE_NAME in objects:
            # "is expected in Moscow" (round 21); "tanks rolled into Rafah" only of a force
            verb = s.heads[prt]
            found = next((c for c in s.kids[prt] if s.deps[c] == _POBJ and s.ents[c] in _PLACE_IDS), None)
            if found is not None and (s.lowers[prt] not in MOTION_PREPS or any(
                    s.deps[c] == _NSUBJ and (s.ents[c] in _FORCE_NAME_IDS or s.lemmas[c] in FORCE_NOUNS)
                    for c in s.kids[verb])):
                return found
    # "pulled out of the deal", "walked away from the talks": the object of the particle's preposition
    found = next((c for p in s.kids[prt] if s.deps[p] == _PREP
                  for c in s.kids[p] if s.deps[c] == _POBJ and s.lemmas[c] in objects), None)
    if found is None and s.deps[prt] == _PRT:
        # "signed up to the declaration": the preposition after the particle hangs on the verb (round 21)
        found = next((c for p in s.kids[s.heads[prt]] if s.deps[p] == _PREP and p > prt
                      for c in s.kids[p] if s.deps[c] == _POBJ and s.lemmas[c] in objects), None)
    return found


def _modifier(s: TokenSheet, i: int, words: frozenset[str]) -> int | None:
    """A noun trigger's modifier among ``words`` ("phone call", "missile strike")."""
    for child in s.kids[i]:
        if s.deps[child] in _MODIFIER_IDS and child < i and _in_words(s, child, words):
            return child
    return None


def _yardstick(s: TokenSheet, i: int) -> bool:
    """Token ``i`` is the object of "since" after a superlative or "first" ("the largest protest
    since the 1989 demonstrations"): background that measures the event, not one reported."""
    prep = s.heads[i]
    if s.deps[i] != _POBJ or s.lowers[prep] != "since":
        return False
    first = s.doc[s.heads[prep]].left_edge.i
    return any(s.tags[t] in _SUPERLATIVE_IDS or s.lowers[t] in ORDINAL_FIRST for t in range(first, prep))


def _actor_doer(s: TokenSheet, i: int) -> bool:
    """The doer of verb ``i`` (its subject, the passive's "by" object, else the passive subject;
    a verb with none of its own takes its head's, "agreed to send") is an actor: a state,
    organisation, people or person name, a force or an office noun, or a pronoun (round 21)."""
    for _ in range(3):
        kids = s.kids[i]
        doers = [c for c in kids if s.deps[c] == _NSUBJ] + \
            [o for a in kids if s.deps[a] == _AGENT for o in s.kids[a] if s.deps[o] == _POBJ]
        if not doers:
            doers = [c for c in kids if s.deps[c] == _NSUBJPASS]
        if doers:
            return any(s.ents[d] in _ACTOR_NAME_IDS or s.lemmas[d] in FORCE_NOUNS or
                       s.lemmas[d] in OFFICE_NOUNS or s.pos[d] == _PRON_ID for d in doers)
        if s.deps[i] not in _INHERITING_IDS or s.heads[i] == i:
            return False
        i = s.heads[i]
    return False


def _actor_like(s: TokenSheet, c: int) -> bool:
    """Token ``c`` can name an actor: a state, organisation, people or person name, a force or an
    office noun, or a personal pronoun ("expected all parties to", "hoped Tehran would"; not "expect
    prices to rise", "hope the weather will improve": round 22)."""
    return s.ents[c] in _ACTOR_NAME_IDS or s.lemmas[c] in FORCE_NOUNS or s.lemmas[c] in OFFICE_NOUNS or \
        (s.pos[c] == _PRON_ID and s.lowers[c] not in IMPERSONAL_PRONOUNS)


def _conditional(s: TokenSheet, i: int) -> bool:
    """Verb ``i`` is the condition of an "if" or "unless" ("if we expect them to have our back"):
    a supposed expectation, no request (round 22)."""
    return any(s.deps[m] == _MARK and s.lowers[m] in CONDITION_MARKS for m in s.kids[i])


def _particle(s: TokenSheet, i: int, prep: str) -> int | None:
    deps, kids = s.deps, s.kids
    for child in kids[i]:
        if deps[child] in _PARTICLE_IDS and s.lowers[child] == prep and child > i:
            return child
    # "called for the government to resign": the parser makes "for" the mark of the clause
    for child in kids[i]:
        if deps[child] in _CLAUSE_IDS and child > i:
            mark = next((m for m in kids[child] if deps[m] == _MARK and s.lowers[m] == prep), None)
            if mark is not None and mark == i + 1:
                return mark
    # "work together with Pakistan": the parser hangs the adverb on the verb's "with" (round 19)
    for child in kids[i]:
        if deps[child] == _PREP and child > i:
            adv = next((a for a in kids[child] if deps[a] == _ADVMOD and s.lowers[a] == prep), None)
            if adv is not None:
                return adv
    if prep == "to":  # "pressed Moscow to release him": the infinitive's "to" after an object
        for child in kids[i]:
            if deps[child] == _XCOMP and child > i and any(deps[c] == _DOBJ for c in kids[i]):
                to = next((a for a in kids[child] if deps[a] == _AUX and s.tags[a] == _TO), None)
                if to is not None:
                    return to
            # "expected all parties to respect", "expect him to be freed": the parser makes the
            # object the subject of an infinitive clause (round 22)
            if deps[child] == _CCOMP and child > i and not _conditional(s, i) and \
                    any(deps[c] in _SUBJECT_IDS and c < child and _actor_like(s, c) for c in kids[child]):
                to = next((a for a in kids[child] if deps[a] == _AUX and s.tags[a] == _TO), None)
                if to is not None:
                    return to
    if prep == "will":  # "hoped the two countries would settle": a clause of will / would (round 22)
        for child in kids[i]:
            if deps[child] == _CCOMP and child > i and not _conditional(s, i) and \
                    any(deps[c] in _SUBJECT_IDS and _actor_like(s, c) for c in kids[child]):
                aux = next((a for a in kids[child] if deps[a] == _AUX and s.lowers[a] in FUTURE_AUX), None)
                if aux is not None:
                    return aux
    return None


def match_token(tok, lexicon: Lexicon) -> Candidate | None:
    """The candidate headed by ``tok``, or ``None`` when no entry fits its frame."""
    return _match(token_sheet(tok.doc), tok.i, lexicon)


def _match(s: TokenSheet, i: int, lexicon: Lexicon) -> Candidate | None:
    """``match_token`` of token ``i`` over the Doc's arrays ``s`` (a ``Token`` is made only for a
    candidate found)."""
    pos = s.pos[i]
    if pos == _VERB_ID or (pos == _AUX_ID and s.deps[i] == _ROOT):
        if s.lemmas[i] in RESPONDING_VERBS and any(s.deps[c] == _PREP and s.lowers[c] == "with" for c in s.kids[i]):
            return None  # "retaliated with sanctions": the "with" object is the act, not a second one
        table = lexicon.verbs
    elif pos in _NOUN_POS_IDS:
        if s.ents[i] in _NAME_IDS:
            return None  # "Shanghai Cooperation Organisation" is a name, not an event
        if _yardstick(s, i):
            return None  # "the largest protest since a rally in 2011": a past event compared
        if s.deps[i] == _POBJ and s.lowers[s.heads[i]] == "of" and s.lemmas[s.heads[s.heads[i]]] in DOCUMENT_PARTS:
            return None  # "Article 4 of the treaty", "the terms of the ceasefire": a text cited
        if s.deps[i] == _POBJ and s.lowers[s.heads[i]] == "of" and s.lemmas[s.heads[s.heads[i]]] in CHARACTERISING_HEADS:
            return None  # "the restrictions were an act of aggression": a judgement, not an attack
        table = lexicon.nouns
    else:
        return None
    low, lemma = s.lowers[i], s.lemmas[i]
    # "cease-fire", "sit-in": the whole word before its last part; its last part's own entries too
    # ("re-imposed sanctions": "reimpose" names other objects, "impose ~sanction" matches)
    whole = next((table[w] for w in _hyphened(s, i) if w in table), None) if i and s.lowers[i - 1] == "-" else None
    own = table.get(lemma) or table.get(low) or (
        next((table[c] for c in _stems(low) if c in table), None)
        if pos == _VERB_ID else None)
    entries = [*whole, *(own or ())] if whole else own
    if not entries:
        return None
    matched: list[tuple[Entry, list[int]]] = []
    table_nouns = lexicon.nouns
    # what the entries ask of the same token, read once per call (round 27s1): whether its doer
    # is an actor, and its particle per preposition
    actor_doer: bool | None = None
    particles: dict[str, int | None] = {}
    object_words: frozenset[str] | None = None  # what the light objects of token i can be, read once
    for entry in entries:
        if entry.actor_subject:
            if actor_doer is None:
                actor_doer = _actor_doer(s, i)
            if not actor_doer:
                continue  # "refugees crossed the border", "snow is expected in Kyiv": no actor does it
        parts = [i - 2, i - 1, i] if whole and entry in whole else [i]
        if entry.prep:
            prt = particles.get(entry.prep, -1)
            if prt == -1:
                prt = particles[entry.prep] = _particle(s, i, entry.prep)
        else:
            prt = None
        if entry.prep and prt is None and not (entry.objects and entry.pos == "verb"):
            continue
        if entry.objects:
            if entry.pos == "noun":
                obj = _modifier(s, i, entry.objects)
            else:
                if object_words is None:
                    object_words = _object_words(s, i)
                # an entry whose objects hold none of the words (nor a place or people name) has none: no walk
                obj = _light_object(s, i, entry.objects) \
                    if PLACE_NAME in entry.objects or PEOPLE_NAME in entry.objects or \
                    not object_words.isdisjoint(entry.objects) else None
            if obj is None:
                obj = _prep_object(s, prt, entry.objects)
            if obj is None and entry.pos == "verb" and s.lemmas[i] in JUDGING_VERBS:
                obj = _judged_complement(s, i, entry.objects)  # "consider the manoeuvre unsafe" (round 23)
            if obj is None and entry.pos == "verb" and s.deps[i] == _RELCL and s.lemmas[s.heads[i]] not in table_nouns:
                # "the duties it imposed" (round 23); a noun trigger ("the accord they signed") is its own
                obj = _relative_head(s, i, entry.objects)
            if obj is None and entry.pos == "verb" and s.deps[i] == _ACL and s.tags[i] == _VBN and \
                    entry.type in PARTICIPLE_TYPES and s.lemmas[s.heads[i]] not in table_nouns:
                obj = _participle_head(s, i, entry.objects)  # "a grant pledged by the EU" (round 26e1)
            if obj is None:
                continue
            if entry.prep and prt is None:
                # "raised the issue with Chile": the parser hangs the preposition on the light object
                prt = next((c for c in s.kids[obj] if s.deps[c] == _PREP and s.lowers[c] == entry.prep), None)
                if prt is None:
                    continue
            parts.append(obj)
            if s.lemmas[obj] not in entry.objects and s.lowers[obj] not in entry.objects and _hyphened(s, obj):
                parts += [obj - 2, obj - 1]  # "signed a cease-fire": the whole word
        if prt is not None:
            parts.append(prt)
        matched.append((entry, parts))
    if not matched:
        return None
    if whole and any(e in whole for e, _ in matched):
        # "test-fired a missile": the whole word's entry, not its last part's ("fire ~missile")
        matched = [(e, p) for e, p in matched if e in whole]
    best = max(e.specificity for e, _ in matched)
    kept = [(e, p) for e, p in matched if e.specificity == best]
    parts = max((p for _, p in kept), key=len)
    tok = s.doc[i]
    return Candidate(tok, [e for e, _ in kept], [tok if j == i else s.doc[j] for j in sorted(parts)])


#: Parts of speech (spaCy ids) a trigger can have: ``match_token``'s verbs, AUX and nouns.
_TRIGGER_POS_IDS = frozenset(IDS[p] for p in (*VERB_POS, "AUX", *NOUN_POS))
_NOUN_POS_IDS = frozenset(IDS[p] for p in NOUN_POS)
_VERB_ID, _AUX_ID, _PROPN_ID = IDS["VERB"], IDS["AUX"], IDS["PROPN"]
_COMPOUND = get_string_id("compound")
_OBJECT_IDS, _PARTICLE_IDS = label_ids(OBJECT_DEPS), label_ids(PARTICLE_DEPS)
_MODIFIER_IDS, _CLAUSE_IDS = label_ids(MODIFIER_DEPS), label_ids(CLAUSE_DEPS)
_PREP, _POBJ, _MARK, _XCOMP, _DOBJ, _AUX, _ROOT, _TO = (
    get_string_id(label) for label in ("prep", "pobj", "mark", "xcomp", "dobj", "aux", "ROOT", "TO"))
_AMOUNT_IDS, _SUPERLATIVE_IDS, _NAME_IDS = label_ids(AMOUNT_ENTS), label_ids(SUPERLATIVE_TAGS), label_ids(NAME_ENTS)
_PLACE_IDS = label_ids(PLACE_ENTS)
_NORP_IDS = label_ids(frozenset({"NORP"}))
_PLURAL_TAGS = label_ids(frozenset({"NNS", "NNPS"}))
_NSUBJ, _ADVMOD, _PRT = get_string_id("nsubj"), get_string_id("advmod"), get_string_id("prt")
_NSUBJPASS, _AGENT, _PRON_ID = get_string_id("nsubjpass"), get_string_id("agent"), IDS["PRON"]
_ACL, _VBN = get_string_id("acl"), get_string_id("VBN")
_CCOMP, _SUBJECT_IDS = get_string_id("ccomp"), label_ids(frozenset({"nsubj", "nsubjpass"}))
_PREP_OBJECT_IDS = label_ids(frozenset({"pobj", "pcomp"}))
_ACTOR_NAME_IDS, _INHERITING_IDS = label_ids(ACTOR_NAME_ENTS), label_ids(INHERITING_DEPS)
#: Entity labels of a name that can take a place by force (a state, a people, an organisation).
_FORCE_NAME_IDS = label_ids(frozenset({"GPE", "NORP", "ORG"}))


def find_candidates(sent, lexicon: Lexicon, keep=None) -> list[Candidate]:
    """Trigger candidates of one sentence, verbs first; nouns consumed by a light verb are skipped,
    unless ``keep(noun, verb)`` says the noun is an act of its own (round 26e5)."""
    verbs, nouns = [], []
    s = token_sheet(sent.doc)
    pos, lowers, lemmas = s.pos, s.lowers, s.lemmas
    noun_table, verb_table = lexicon.nouns, lexicon.verbs
    for i in range(sent.start, sent.end):
        p = pos[i]
        if p not in _TRIGGER_POS_IDS:
            continue  # match_token takes no other part of speech
        if p in _NOUN_POS_IDS:
            if lemmas[i] not in noun_table and lowers[i] not in noun_table and \
                    not (i and lowers[i - 1] == "-" and any(w in noun_table for w in _hyphened(s, i))):
                continue  # a noun is looked up as its lemma, as written and as its hyphened word only
        elif lemmas[i] not in verb_table and lowers[i] not in verb_table and \
                (p != _VERB_ID or all(c not in verb_table for c in _stems(lowers[i]))):
            continue  # a verb (or auxiliary) with no entry under any of the strings match_token tries
        cand = _match(s, i, lexicon)
        if cand is not None:
            (verbs if cand.pos == "verb" else nouns).append(cand)
    consumed = {t.i: c for c in verbs for t in c.parts}
    return verbs + [c for c in nouns if c.token.i not in consumed or keep is not None and keep(c, consumed[c.token.i])]


#: Verbs that judge their object by a complement ("we consider the manoeuvre unsafe", "called the closure
#: collective punishment", "regards the expulsion as an unfriendly act": round 23).
JUDGING_VERBS = frozenset({"consider", "regard", "deem", "view", "call", "describe", "label"})
#: Dependency labels of a small clause's predicate under a judging verb ("consider [the move unsafe]").
_SMALL_CLAUSE_IDS = label_ids(frozenset({"ccomp", "xcomp", "oprd", "advcl"}))
_JUDGE_MODIFIER_IDS = label_ids(frozenset({"amod", "compound"}))


def _judgement(s: TokenSheet, c: int, objects: frozenset[str]) -> int | None:
    """Token ``c`` or its adjective or compound modifier ("an unfriendly act", "collective punishment")
    or its "of" noun ("an act of piracy") among ``objects``."""
    if _in_words(s, c, objects):
        return c
    for m in s.kids[c]:
        if s.deps[m] in _JUDGE_MODIFIER_IDS and m < c and _in_words(s, m, objects):
            return m
        if s.deps[m] == _PREP and s.lowers[m] == "of":
            found = next((o for o in s.kids[m] if s.deps[o] == _POBJ and _in_words(s, o, objects)), None)
            if found is not None:
                return found
    return None


def _judged_complement(s: TokenSheet, i: int, objects: frozenset[str]) -> int | None:
    """The judgement of judging verb ``i`` among ``objects``: the predicate of its small clause with a
    subject of its own ("considers [the boarding illegal]"), the second object ("called the closure
    [punishment]"), or the object of its "as" ("regards the expulsion as [an unfriendly act]"); ``None``
    when the verb judges nothing there (round 23)."""
    kids = s.kids[i]
    has_object = any(s.deps[c] in _OBJECT_IDS for c in kids)
    for c in kids:
        if c < i:
            continue
        if s.deps[c] in _SMALL_CLAUSE_IDS and (has_object or any(s.deps[k] in _SUBJECT_IDS for k in s.kids[c])):
            found = _judgement(s, c, objects)
            if found is not None:
                return found
        elif s.deps[c] in _OBJECT_IDS and has_object:
            found = _judgement(s, c, objects)
            if found is not None:
                return found
        elif s.deps[c] == _PREP and s.lowers[c] == "as":
            for o in s.kids[c]:
                if s.deps[o] in _PREP_OBJECT_IDS:
                    found = _judgement(s, o, objects)
                    if found is not None:
                        return found
    return None


_RELCL = get_string_id("relcl")


#: Types whose light-verb entries a past participle on its patient can match ("a grant pledged by
#: the Union", "the bid endorsed by the bloc", "trucks escorted by the army"): help and backing.
#: Hostile and retreating participles on a noun mostly name a standing state ("hostages held by a
#: group", "areas left by the troops", "the concerns raised by observers"), not an act (round 26e1).
PARTICIPLE_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE", "AGREE"})


def _participle_head(s: TokenSheet, i: int, objects: frozenset[str]) -> int | None:
    """The noun a past participle ``i`` modifies, when it is the participle's patient among
    ``objects`` and a "by" agent names who did it ("a grant pledged by the Union", "the experts sent
    by Japan"): the passive's subject, as ``_relative_head`` takes a relative clause's (round 26e1).
    Not a participle with an object of its own, nor one with no agent ("the aid pledged last year")."""
    head = s.heads[i]
    if head >= i or any(s.deps[c] in _OBJECT_IDS for c in s.kids[i]) or \
            not any(s.deps[c] == _AGENT for c in s.kids[i]):
        return None
    return head if _in_words(s, head, objects) else None


def _relative_head(s: TokenSheet, i: int, objects: frozenset[str]) -> int | None:
    """The noun that relative clause verb ``i`` hangs on, when it is the verb's missing object among
    ``objects`` ("the anti-dumping duties it imposed on Canadian canola": the duties); ``None`` when the
    verb has an object of its own, no subject of its own, or the noun comes after it (round 23)."""
    head = s.heads[i]
    if head >= i or any(s.deps[c] in _OBJECT_IDS for c in s.kids[i]) or \
            not any(s.deps[c] == _NSUBJ for c in s.kids[i]):
        return None  # not "weapons to use against X": an infinitive's purpose, no act done
    return head if _in_words(s, head, objects) else None

"""Persuasion techniques (SemEval-2020 Task 11 labels) found with lexicons and patterns.

``find_techniques(text, doc)`` returns ``Technique`` records with the cue that
fired (``lexicon:entry`` or ``cue:<id>`` or ``rule:<name>``). Sources:

1. word lists: ``loaded_language.txt`` (Loaded_Language, the word, with the noun
   right after it when it qualifies one; also an adverb or noun made from an entry:
   "shockingly", "brazenness") and ``name_calling.txt``
   (Name_Calling,Labeling, a noun label plus its adjectives, or a label used as an adjective with
   the noun it brands: "leftist advisers", not a designation: "terrorist attacks"); words of
   ``plain_labels.en.txt`` ("regime", "corruption") are stance evidence only, never a span;
2. ``cues.jsonl``: phrases and token patterns for the other techniques; a cue's
   ``scope`` says how far its span reaches: ``sentence`` (the sentence, cut to the clause
   between commas when long), ``clause`` (the clause of the verb that governs the cue),
   ``phrase`` (the cue with the phrase it modifies: "the worst" -> "the worst act in
   history") or ``match`` (the words);
3. rules: a rhetorical question (Doubt; not an information question opening with
   "what", "which", "who", "when", nor a transition opening with "so"), a threatened consequence (Appeal_to_fear-prejudice:
   an "if"/"unless" condition whose main clause has a modal and a harm word of
   ``threat_words.en.txt``: "if we wait, we will lose everything"; also a harm foretold to
   the audience: "the nation could collapse", not negated), a short exclamation
   (Loaded_Language), scare quotes around a noun (Name_Calling), a loaded adjective said
   of people (Name_Calling too: "the arrogant elites"), a name denied ("so-called republic",
   "self-proclaimed authorities": Name_Calling), a coined label ("Islamophobes", "warmongers",
   "climate deniers", "power-mad rulers": Name_Calling; "Russophobic": Loaded_Language),
   repetition across the document (a qualified phrase, adjective and noun, used again and
   again, that holds a charged word).

A loaded word's span takes the modifiers in front of it ("utterly shameless"), the word an
adjective or adverb qualifies right after it ("vile attack", "brazenly lied"), a verb's particle
("lashed out") or its near object ("demonizing immigrants"): PTC's loaded spans are mostly one
to three words, and its partial-overlap score credits the shared characters. A loaded word or a
label inside a noun phrase then spans the phrase, less its determiners, possessive pronouns and
quantifiers ("their shameless media stunt" -> "shameless media stunt"), inside quotation marks
when it is quoted. A loaded phrase that names people ("disgraced former aides") or a loaded
noun said of people ("the senator is a disgrace", "Kessel, a national embarrassment") also
labels them (Name_Calling, ``rule:people-label``); an exaggeration cue's phrase that opens with
an intensifier ("utterly absurd") is also Loaded_Language (``rule:intensifier``), and a loaded phrase
graded to its extreme ("the stupidest act", "the most despicable plan") is also
Exaggeration,Minimisation (``rule:superlative``). A loaded word or label whose head is coordinated
with words of its own part of speech spans the list ("cruel, reckless and vicious"), and the phrase of
a loaded, label, exaggeration or slogan span said three or more times is Repetition at its later uses
(``rule:said-again``; both round 29t1).

A second look drops a Name_Calling or Loaded_Language span used descriptively: under
a designation or legal word, a designation noun ("militants") not pointed at anyone, inside
a proper name or a legal term ("hate crime"), or the document's subject (its word used
TOPIC_MIN_USES+ times); a word-level span inside a diplomatic or legal formula ("in the
strongest terms") or that measures (a superlative "since" a time, a phrase hedged by
"almost"). It also reads the context of a candidate: a question that is a transcript or
briefing turn, or asked again word for word (a poll), is asked, not insinuated (no Doubt); in
a plain report (a long text with few loaded words) quotation marks around an uncharged word
quote a term (no scare quotes).

``classify_span(text, context)`` gives the most likely label for a span that
is already known to be persuasive (used by the PTC technique-classification
scorer, and by nobody else).
"""

from __future__ import annotations

import json
import logging
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from typing import Iterable

from spacy.symbols import IDS

from .. import resources
from ..document import Technique
from ..views import noun_chunks, pos_ids, positions, sentences, token_labels, token_offsets, token_strings
from ..spans import strip_span
from .lexicon import polar_terms, political_labels, technique_cues, word_list

logger = logging.getLogger(__name__)

LOADED = "Loaded_Language"
NAME_CALLING = "Name_Calling,Labeling"
REPETITION = "Repetition"
DOUBT = "Doubt"
FEAR = "Appeal_to_fear-prejudice"
SLOGANS = "Slogans"
#: A question in the text's own voice casts doubt (a rhetorical question); shorter ones are headings.
MIN_QUESTION_TOKENS = 5
#: A short exclamation (at most this many tokens) is loaded language, with this confidence.
MAX_EXCLAMATION_TOKENS = 8
EXCLAMATION_WEIGHT = 0.35
#: Confidence of a question-as-doubt span: weak on its own.
QUESTION_WEIGHT = 0.4
#: Confidence of a word from the loaded-language list.
LOADED_WEIGHT = 0.5
#: Confidence of a label from the name-calling list.
NAME_CALLING_WEIGHT = 0.55
#: A content phrase must occur at least this often in a document to count as repetition.
MIN_REPEATS = 3
#: Shortest repeated phrase, in content words (single repeated names are normal in news).
MIN_REPEAT_CONTENT_WORDS = 2
#: Confidence of a repetition span.
REPETITION_WEIGHT = 0.45
#: Each further cue on the same span adds this much confidence (capped at MAX_CONFIDENCE).
EXTRA_CUE_BONUS = 0.1
MAX_CONFIDENCE = 0.95
#: Sentences longer than this (characters) are too long to mark whole: the span is cut
#: to the clause around the cue.
MAX_SENTENCE_SPAN_CHARS = 300
#: A ``clause``-scoped cue's span leaves out these dependents of its verb unless they hold the cue.
OTHER_CLAUSE_DEPS = ("ccomp", "advcl", "conj", "parataxis", "relcl", "csubj", "acl", "xcomp")
#: A ``phrase``-scoped cue reaches the word it modifies through these relations ...
MODIFIER_DEPS = ("amod", "advmod", "det", "predet", "nummod", "quantmod", "npadvmod")
#: ... and that word's right-hand dependents of these kinds ("in history", "of all time").
PHRASE_TAIL_DEPS = ("prep", "compound", "amod", "acomp", "pobj")
#: The longest ``phrase`` span, in tokens (longer ones stop at the modified word).
MAX_PHRASE_TOKENS = 12
#: Modifiers in front of a loaded word that join its span ("utterly shameless").
LOADED_PREFIX_DEPS = ("advmod", "amod", "compound")
#: A loaded verb's span reaches its direct object at most this many tokens after it ("smeared
#: the judge"); a farther object is a longer phrase than the loaded words.
LOADED_OBJECT_MAX_TOKENS = 2
#: A question opening with one of these asks for information: not a rhetorical question.
INFORMATION_QUESTION_WORDS = frozenset({"what", "which", "who", "whom", "whose", "when"})
#: A question opening with one of these turns to the writer's next point ("So what does the
#: ruling change?", "So, is the plan dead?"): the writer asks in order to answer (round 20).
TRANSITION_QUESTION_WORDS = frozenset({"so"})
#: A line opening with a speaker's name and a colon is a turn of a transcript or interview
#: ("Counsel: Were you there?"): its question asks, it does not insinuate.
_SPEAKER_TURN = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,2} ?: ")
#: Harm words of a threatened consequence, the conjunctions of its condition, the confidence of the span.
THREAT_WORDS = "threat_words.en.txt"
CONDITION_MARKS = frozenset({"if", "unless"})
#: Modals of a consequence ("will lose", "could die"); "must", "should" make a demand of the
#: condition ("if they are sincere, they must stop"), not a threat.
CONSEQUENCE_MODALS = frozenset({"will", "would", "'ll", "wo", "could", "might", "may", "shall", "can", "ca"})
THREAT_WEIGHT = 0.45

#: The tagged list of political labels (its entries give Name_Calling or Loaded_Language).
POLITICAL_LABELS = "political_labels.en.tsv"
#: Label words of the shared lists that news uses plainly ("the regime", "corruption"): stance
#: evidence only, never a technique.
PLAIN_LABELS = "plain_labels.en.txt"
#: Words before a label that make it a designation, not a name ("listed as a terrorist group").
DESIGNATION_WINDOW_TOKENS = 4
#: A loaded adjective said of people ("the arrogant elites", "he is greedy") also labels them
#: (Name_Calling), with this confidence; people are a PERSON or NORP name, a personal pronoun or
#: one of PEOPLE_NOUNS (groups and bodies of people too: "a hateful organization").
PERSON_EPITHET_WEIGHT = 0.45
PEOPLE_NOUNS = frozenset({
    "activist", "administration", "adviser", "advisor", "agency", "agent", "aide", "ambassador",
    "attorney", "authority", "billionaire", "bishop", "boy", "bureaucracy", "bureaucrat", "cabal",
    "camp", "candidate", "cardinal", "celebrity", "child", "church", "citizen", "class", "clergy",
    "cleric", "clique", "columnist", "commentator", "committee", "congressman", "conservative",
    "cop", "country", "court", "critic", "crowd", "democrat", "diplomat", "doctor", "donor",
    "elite", "employee", "envoy", "establishment", "expert", "faction", "figure", "folk",
    "follower", "gang", "girl", "government", "governor", "group", "guy", "hierarchy", "immigrant",
    "insider", "journalist", "judge", "kid", "lawmaker", "lawyer", "leader", "liberal", "lobby",
    "lobbyist", "machine", "man", "mayor", "media", "member", "migrant", "minister", "mob",
    "movement", "nation", "network", "newspaper", "officer", "official", "operative",
    "organisation", "organization", "outfit", "outlet", "paper", "party", "pastor", "people",
    "person", "police", "politician", "preacher", "prelate", "president", "press", "priest",
    "professor", "prosecutor", "protester", "pundit", "regime", "reporter", "republican", "ruler",
    "scientist", "senator", "soldier", "spokesman", "spokesperson", "spokeswoman", "staffer",
    "state", "student", "supporter", "teacher", "team", "volunteer", "voter", "wing", "woman", "worker",
    "writer", "youth"})
PERSON_PRONOUNS = frozenset({"he", "she", "they", "you", "him", "them"})
#: Scare quotes: at most this many words inside the marks, and the confidence of the span.
SCARE_QUOTE_MAX_WORDS = 4
SCARE_QUOTE_WEIGHT = 0.35
SCARE_QUOTE_CUE = "rule:scare-quotes"
#: Endings of abstract nouns: quoted, such a word is most often a short quotation, not a label.
ABSTRACT_SUFFIXES = ("tion", "sion", "ity", "ness", "ment", "ance", "ence", "ship", "ure", "ing", "cy")
#: A label word used this often in one document is its subject, not a label.
TOPIC_MIN_USES = 6
#: The register of a text: one of at least REGISTER_MIN_CHARS characters with fewer than
#: PLAIN_REGISTER_LOADED loaded words (word-list hits) per 1,000 characters is a plain report,
#: whose quotation marks around an uncharged word quote a term rather than mock it.
REGISTER_MIN_CHARS = 1500
PLAIN_REGISTER_LOADED = 1.5
#: Heads that make a loaded word in front of them part of a legal or policy term ("hate crime",
#: "hate speech"): a designation, not loaded language.
LEGAL_TERM_HEADS = frozenset({"crime", "crimes", "law", "laws", "legislation", "offence", "offense", "speech"})
#: Nouns that news and governments use as designations ("militants attacked the base", "the
#: government lists them as terrorists"): a label only when the text points at someone with a
#: demonstrative ("these terrorists").
DESIGNATION_NOUNS = frozenset({"militant", "terrorist"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
#: Fixed formulae of diplomatic, legal and report language ("in the strongest terms", "cessation
#: of hostilities"): the word-level techniques inside one are the formula's words, not the writer's.
FORMULAE = "formulae.en.txt"
EXAGGERATION = "Exaggeration,Minimisation"
FORMULA_TECHNIQUES = (LOADED, NAME_CALLING, EXAGGERATION)
#: Quotation marks: a word-level span does not widen to its noun phrase across one ("’" is
#: left out: it is most often an apostrophe, "the minister’s").
QUOTE_MARKS = ('"', "“", "”")
#: Techniques a legal designation or a proper name can wrongly raise.
LABEL_TECHNIQUES = (NAME_CALLING, LOADED)

#: Tags of a superlative: an exaggeration phrase opening with one ("Worst of all", "worst-case")
#: ranks, it does not intensify (no ``rule:intensifier`` Loaded_Language on it; round 20).
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})

_TRIM = " \t\n\r.,;:!?\"'“”‘’()[]-–—*_"


class _Matchers:
    """spaCy matchers built once per vocabulary from the lexicon files."""

    def __init__(self, vocab):
        from spacy.matcher import Matcher, PhraseMatcher

        from ..errors import LexiconError
        from .lexicon import display_path

        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        self.patterns = Matcher(vocab)
        self.cues = {c.id: c for c in technique_cues()}
        tokenizer = _tokenizer(vocab)
        # per pattern: what its required tokens must be (see ``_pattern_needs``)
        self.pattern_needs: list[list[tuple[frozenset[str] | None, frozenset[str] | None]]] = []
        for cue in self.cues.values():
            if cue.phrase is not None:
                self.phrases.add(cue.id, [tokenizer(cue.phrase)])
            else:
                pattern = [json.loads(t) for t in cue.pattern]
                try:
                    self.patterns.add(cue.id, [pattern])
                except Exception as err:  # spaCy validates the pattern here
                    raise LexiconError(display_path("cues.jsonl"), None, f"cue {cue.id}: bad pattern: {err}") from None
                self.pattern_needs.append(_pattern_needs(pattern))
        self.formulae = PhraseMatcher(vocab, attr="LOWER")
        self.formulae.add("formula", [tokenizer(f) for f in word_list(FORMULAE)])
        self.single_words = {}
        self.labels: dict[str, str] = {}  # phrase key of a word-list entry -> its technique
        plain = set(word_list(PLAIN_LABELS))
        lists = [(name, technique, word_list(name)) for name, technique in
                 (("loaded_language.txt", LOADED), ("name_calling.txt", NAME_CALLING))]
        for technique in (NAME_CALLING, LOADED):
            lists.append((POLITICAL_LABELS, technique,
                          tuple(e for e, t in political_labels().items() if t == technique)))
        for name, technique, entries in lists:
            for entry in entries:
                if entry in plain:
                    continue
                if " " in entry or "-" in entry:
                    key = f"{name}:{entry}"
                    if key in self.cues:
                        continue
                    self.cues[key] = None
                    self.labels[key] = technique
                    self.phrases.add(key, [tokenizer(entry)])
                else:
                    self.single_words.setdefault(entry, (name, technique))
        self.derived = _derived_forms(self.single_words)

    def match_patterns(self, doc) -> list[tuple[int, int, int]]:
        """``self.patterns(doc)``, without running the ``Matcher`` over a document that no pattern
        can match: one without a word or tag that each required token of a pattern must have
        (the ``Matcher`` costs a Python call per token and set predicate)."""
        lowers: set[str] | None = None
        tags: set[str] | None = None
        for needs in self.pattern_needs:
            if lowers is None and any(words is not None for words, _ in needs):
                lowers = set(token_strings(doc)[0])
            if tags is None and any(wanted is not None for _, wanted in needs):
                # the Doc's tag ids as the views keep them (the events stage has read them)
                tags = {doc.vocab.strings[h] for h in set(token_labels(doc)[0])}
            if all(not words.isdisjoint(lowers) if words is not None else not wanted.isdisjoint(tags)
                   for words, wanted in needs):
                return self.patterns(doc)
        return []


def _pattern_needs(pattern: list[dict]) -> list[tuple[frozenset[str] | None, frozenset[str] | None]]:
    """For each required (not optional) token of a spaCy token pattern whose ``LOWER``, ``ORTH``
    or ``TAG`` is a string or an ``IN`` list: ``(lower-cased forms, None)`` or ``(None, tags)``
    one of which a token must have for the pattern to match. A pattern with no such token
    gets ``[]``: it can match anywhere."""
    needs = []
    for spec in pattern:
        if "OP" in spec:
            continue
        for key in ("LOWER", "ORTH", "TAG"):
            value = spec.get(key)
            if isinstance(value, dict) and set(value) == {"IN"}:
                value = value["IN"]
            if isinstance(value, str):
                value = [value]
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                if key == "TAG":
                    needs.append((None, frozenset(value)))
                else:  # a token's text is one of these only if its lower-cased form is
                    needs.append((frozenset(v.lower() for v in value), None))
                break
    return needs


_TOKENIZERS: dict[int, object] = {}
#: Matchers by (resource fingerprint, vocabulary id): an override builds its own.
_MATCHERS: dict[tuple[str, int], _Matchers] = {}


def _tokenizer(vocab):
    from ..nlp import load_nlp

    nlp = load_nlp()
    if nlp.vocab is vocab:
        return nlp.tokenizer
    key = id(vocab)
    if key not in _TOKENIZERS:
        import spacy

        _TOKENIZERS[key] = spacy.blank("en").tokenizer
    return _TOKENIZERS[key]


def matchers(vocab) -> _Matchers:
    key = (resources.active().fingerprint(), id(vocab))
    if key not in _MATCHERS:
        _MATCHERS[key] = _Matchers(vocab)
    return _MATCHERS[key]


def _sentence_span(text: str, sent, hit_start: int, hit_end: int) -> tuple[int, int]:
    """The sentence around a hit, or its clause (between , ; : -- ) when the sentence is long."""
    s, e = sent.start_char, sent.end_char
    if e - s > MAX_SENTENCE_SPAN_CHARS:
        left = max(text.rfind(sep, s, hit_start) for sep in (";", ":", " - ", " — ", ", "))
        right_candidates = [i for i in (text.find(sep, hit_end, e) for sep in (";", ":", " - ", " — ", ", ")) if i != -1]
        s = left + 1 if left >= s else s
        e = min(right_candidates) if right_candidates else e
    return strip_span(text, s, e, _TRIM)


def _clause_span(text: str, span) -> tuple[int, int]:
    """The clause around a cue: the verb that governs it with its dependents, less the
    subordinate and coordinated clauses (OTHER_CLAUSE_DEPS) that do not hold the cue."""
    node = span.root
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    first, last = span.start, span.end - 1
    todo = [node]
    while todo:
        t = todo.pop()
        outside = t.right_edge.i < span.start or t.left_edge.i >= span.end
        if t is not node and t.dep_ in OTHER_CLAUSE_DEPS and outside:
            continue
        first, last = min(first, t.i), max(last, t.i)
        todo.extend(t.children)
    doc = span.doc
    return strip_span(text, doc[first].idx, doc[last].idx + len(doc[last].text), _TRIM)


def _phrase_span(span) -> tuple[int, int]:
    """A modifier cue with the phrase it modifies: "the worst" -> "the worst attack in our
    history", "totally" -> "totally unacceptable" (at most MAX_PHRASE_TOKENS tokens)."""
    doc = span.doc
    root = span.root
    head = root.head if root.dep_ in MODIFIER_DEPS else root
    first, last = span.start, span.end - 1
    if head.pos_ in ("VERB", "AUX"):  # "absolutely refused": the verb, not its whole clause
        if 0 < head.i - last <= 2:
            last = head.i
    else:
        first, last = min(first, head.left_edge.i), max(last, head.i)
        for child in head.rights:
            if child.dep_ in PHRASE_TAIL_DEPS and child.right_edge.i - span.start < MAX_PHRASE_TOKENS:
                last = max(last, child.right_edge.i)
    if last - first >= MAX_PHRASE_TOKENS:
        first, last = span.start, max(span.end - 1, min(head.i, span.start + MAX_PHRASE_TOKENS))
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _loaded_span(doc, token) -> tuple[int, int]:
    """A loaded word with the modifiers in front of it ("utterly shameless", "black rage"), the
    word right after an adjective or adverb that qualifies it ("vile attack", "brazenly lied"), a
    verb's particle ("lashed out") or its near direct object ("demonizing immigrants")."""
    end = token
    if token.dep_ in ("amod", "advmod") and token.head.i == token.i + 1:
        end = token.head
    elif token.pos_ == "VERB" and token.i + 1 < len(doc) and doc[token.i + 1].dep_ == "prt":
        end = doc[token.i + 1]
    elif token.pos_ == "VERB":
        obj = next((c for c in token.rights if c.dep_ == "dobj"), None)
        if obj is not None and obj.i - token.i <= LOADED_OBJECT_MAX_TOKENS and obj.pos_ != "PROPN":
            end = obj
    i = token.i
    while i > 0 and doc[i - 1].dep_ in LOADED_PREFIX_DEPS and doc[i - 1].head.i in (token.i, end.i) \
            and doc[i - 1].pos_ != "PROPN":
        i -= 1
    return doc[i].idx, end.idx + len(end.text)


def _noun_phrase_of(text: str, chunks: tuple, starts: list[int], start: int, end: int,
                    possessor: bool = True) -> tuple[int, int] | None:
    """The noun phrase (noun chunk) that holds a word-level span, from the words right in front
    of the span that are not determiners, possessive pronouns, quantifiers or commas
    (``_outside_phrase``) to the chunk's end: "shameless" in "their shameless media stunt" -> "shameless media
    stunt", "puppet" -> "puppet administration" (PTC marks the qualified phrase, not the word).
    The phrase stops at a quotation mark (a quoted word widens inside its quotation only), and a
    loaded phrase (``possessor=False``) at a possessive "'s": "the senator's reckless plan" ->
    "reckless plan", while a label keeps its owner ("America's stooges", round 17).
    None when no noun phrase holds the span. ``chunks`` are the document's noun
    chunks, ``starts`` their first characters."""
    k = bisect_right(starts, start) - 1
    if k < 0 or not (chunks[k].start_char <= start and end <= chunks[k].end_char):
        return None
    chunk = chunks[k]
    first = next(t for t in chunk if t.idx + len(t) > start)
    while first.i > chunk.start and not _outside_phrase(first.nbor(-1)) \
            and (possessor or first.nbor(-1).tag_ != "POS"):
        first = first.nbor(-1)
    while _outside_phrase(first) and first.i + 1 < chunk.end:
        first = first.nbor(1)
    left, right = first.idx, max(chunk.end_char, end)
    left = max([left] + [text.rfind(q, left, start) + 1 for q in QUOTE_MARKS])
    right = min([right] + [i for i in (text.find(q, end, right) for q in QUOTE_MARKS) if i >= 0])
    return strip_span(text, left, right, _TRIM)


#: Words at the front of a noun chunk that a widened span leaves out ("several violent
#: protesters" -> "violent protesters"), besides determiners, possessive pronouns,
#: interjections and commas ("Oh, what a splendid display" -> "splendid display").
QUANTIFIER_WORDS = frozenset({"few", "many", "numerous", "other", "several", "some", "such", "various"})


def _outside_phrase(token) -> bool:
    """True for a word that a widened span does not reach back to (see QUANTIFIER_WORDS)."""
    return (token.pos_ in ("DET", "INTJ") or token.tag_ in ("PRP$", ",")
            or token.lower_ in QUANTIFIER_WORDS)


def _chunks_or_none(doc) -> tuple:
    """The document's noun chunks; none without a parser (a blank pipeline)."""
    try:
        return noun_chunks(doc)
    except ValueError:
        return ()


def _np_span(doc, token) -> tuple[int, int]:
    """A label with the adjectives and compounds in front of it ("corrupt old regime"), and the noun
    right after it that it qualifies ("puppet administration")."""
    start, end = token.i, token
    if token.dep_ in ("compound", "amod") and token.head.i == token.i + 1 and token.head.pos_ == "NOUN":
        end = token.head
    while start > 0 and doc[start - 1].dep_ in ("amod", "compound", "advmod") and doc[start - 1].head.i >= token.i:
        start -= 1
    return doc[start].idx, end.idx + len(end.text)


_NOT_CONTENT_POS = frozenset(IDS[p] for p in ("DET", "PRON", "NUM"))
_PROPN, _ADJ = IDS["PROPN"], IDS["ADJ"]


def _repetitions(text: str, doc, charged: frozenset[str]) -> Iterable[tuple[int, int, str]]:
    """Qualified phrases (noun chunks of 2+ content words with an adjective, no names) used
    MIN_REPEATS+ times and holding a ``charged`` word (see ``_charged_words``): the writer's
    characterisation said again ("the illegal occupation"), not a topic's plain name ("court
    documents", "mass shooting", "nuclear deal")."""
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    chunks = _chunks_or_none(doc)  # none without a parser: no repetition detection
    # round 32s10: only a chunk holding a charged lemma can pass the last test below: the others are
    # passed over by one bisection into the charged lemmas' positions, and none at all reads nothing
    charged_at = positions(doc, charged) if chunks else []
    if not charged_at:
        chunks = ()
    if chunks:
        from spacy.attrs import ENT_TYPE, IS_PUNCT, IS_STOP

        # per token, from arrays: stop word or punctuation, entity type, part of speech
        flags = doc.to_array([IS_STOP, IS_PUNCT, ENT_TYPE])
        skipped = ((flags[:, 0] != 0) | (flags[:, 1] != 0)).tolist()
        in_entity = (flags[:, 2] != 0).tolist()
        pos, lemmas = pos_ids(doc), token_strings(doc)[1]
        starts, ends = token_offsets(doc)
    for chunk in chunks:
        k = bisect_left(charged_at, chunk.start)
        if k == len(charged_at) or charged_at[k] >= chunk.end:
            continue  # no charged lemma in the chunk
        content = [i for i in range(chunk.start, chunk.end) if not (skipped[i] or pos[i] in _NOT_CONTENT_POS)]
        if (len(content) < MIN_REPEAT_CONTENT_WORDS or any(in_entity[i] or pos[i] == _PROPN for i in content)
                or not any(pos[i] == _ADJ for i in content) or not any(lemmas[i] in charged for i in content)):
            continue
        key = " ".join(lemmas[i] for i in content)
        groups[key].append((starts[content[0]], ends[content[-1]]))
    for key, spans in groups.items():
        if len(spans) >= MIN_REPEATS:
            for s, e in spans[1:]:
                yield s, e, key


#: Epithet adjectives (Name_Calling when said of people; they also make a repeated phrase charged).
EPITHETS = "epithets.en.txt"
_CHARGED: dict[int, frozenset[str]] = {}


def _charged_words(m: _Matchers) -> frozenset[str]:
    """Single words that make a repeated phrase the writer's characterisation: the entries of the
    label and loaded-language lists, the epithets and the evaluative words."""
    key = id(m)
    if key not in _CHARGED:
        evaluative = (e for e in polar_terms("evaluative.en.tsv") if " " not in e)
        _CHARGED[key] = frozenset(m.single_words).union(word_list(EPITHETS), evaluative)
    return _CHARGED[key]


def _epithets(doc) -> Iterable[tuple[int, int, str]]:
    """Epithet adjectives (``epithets.en.txt``) said of people: "the clueless officials", "they are
    spineless" (see ``_characterises_person``); the span as for a loaded word. A superlative ("the
    most corrupt politician" of a readers' poll) ranks rather than brands: left out."""
    words = set(word_list(EPITHETS))
    for token in _word_list_tokens(doc, words):
        superlative = any(c.lower_ == "most" for c in token.children)
        if token.pos_ == "ADJ" and not superlative and _characterises_person(token):
            s, e = _loaded_span(doc, token)
            yield s, e, token.lemma_.lower() if token.lemma_.lower() in words else token.lower_


#: Words between quotation marks, not starting or ending with a space (so the text between two
#: quotations, '" and "', is not taken for one).
_SCARE_QUOTE = re.compile(r'["“‘](\S[^"“”‘’\n]{0,38}\S)["”’]')


def _scare_quotes(text: str, doc) -> Iterable[tuple[int, int]]:
    """Short quoted nouns in running text (not a quotation: no verb, at most SCARE_QUOTE_MAX_WORDS
    words): the writer holds the words at arm's length ("the so-called “reforms”"). Quoted words
    that do not name anything ("“frank”"), an abstract noun ("“continuity”") or words opening with
    a determiner ("“the plan”") are most often a short quotation: not reported."""
    for m in _SCARE_QUOTE.finditer(text):
        s, e = m.start(1), m.end(1)
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if not t.is_punct]
        if not words or len(words) > SCARE_QUOTE_MAX_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
            continue
        if words[0].pos_ == "DET" or span.root.lower_.endswith(ABSTRACT_SUFFIXES):
            continue  # a quoted phrase ("the disk") or an abstract word ("intent", "continuity"): a quotation
        if span.root.pos_ in ("NOUN", "PROPN"):
            yield s, e


_QUESTION_TRIM = _TRIM.replace("?", "")
_EXCLAIM_TRIM = _TRIM.replace("!", "")


#: Endings that make an adverb or a noun of a loaded word ("shocking" -> "shockingly", "brazen"
#: -> "brazenness"), with the letters they replace ("grim" -> "grimly", "crazy" -> "craziness",
#: "gentle" -> "gently" is left alone).
DERIVING_SUFFIXES = (("ily", "y"), ("iness", "y"), ("ly", ""), ("ness", ""))


def _derived_forms(words: dict) -> dict[str, tuple[str, str]]:
    """``{derived form: (entry, suffix)}`` for the Loaded_Language entries of ``words``, by
    DERIVING_SUFFIXES, leaving out forms of four letters or fewer before the ending and forms
    that are entries themselves."""
    out: dict[str, tuple[str, str]] = {}
    for entry, (_, technique) in words.items():
        if technique != LOADED:
            continue
        for suffix, restore in DERIVING_SUFFIXES:
            if entry.endswith(restore):
                form = entry[:len(entry) - len(restore)] + suffix
                if len(form) > len(suffix) + 3 and form not in words:
                    out.setdefault(form, (entry, suffix))
    return out


def _derived_loaded(doc, words: dict, derived: dict[str, tuple[str, str]]) -> Iterable[tuple[object, str, str]]:
    """Tokens in no word list made from a Loaded_Language entry by an adverb or noun ending
    (``derived``, see ``_derived_forms``): ``(token, entry, suffix)``."""
    lowers, lemmas = token_strings(doc)
    for i in positions(doc, derived, lemmas=False):
        if lemmas[i] not in words:
            yield doc[i], *derived[lowers[i]]


def _word_list_tokens(doc, words: dict) -> list:
    """The tokens whose lower-cased form or lower-cased lemma is in ``words``, in order (most
    tokens are in no word list; ``token_strings`` reads the strings once per Doc)."""
    return [doc[i] for i in sorted({*positions(doc, words, lemmas=False), *positions(doc, words)})]


def find_techniques(text: str, doc, hints: bool = False) -> list[Technique]:
    """Technique spans in ``text`` (parsed as ``doc``), with cue and confidence, in text order."""
    m = matchers(doc.vocab)
    found: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    weights: dict[tuple[str, int, int], float] = {}

    def add(technique: str, start: int, end: int, cue: str, weight: float) -> None:
        start, end = strip_span(text, start, end, _TRIM)
        if end <= start:
            return
        key = (technique, start, end)
        if cue not in found[key]:
            found[key].append(cue)
        weights[key] = max(weights.get(key, 0.0), weight)

    for token in _word_list_tokens(doc, m.single_words):
        hit = m.single_words.get(token.lower_) or m.single_words.get(token.lemma_.lower())
        if hit is None or token.pos_ == "PROPN" and token.ent_type_ and hit[1] == LOADED:
            continue  # a loaded word in a name; a title-cased one outside any name still counts
        name, technique = hit
        entry = token.lower_ if token.lower_ in m.single_words else token.lemma_.lower()
        if technique == NAME_CALLING:
            if token.pos_ not in ("NOUN", "PROPN") and not _label_adjective(token):
                continue  # "criminal charges": not a label; "leftist advisers" is
            s, e = _np_span(doc, token)
            add(technique, s, e, f"{name.removesuffix('.txt')}:{entry}", NAME_CALLING_WEIGHT)
        else:
            s, e = _loaded_span(doc, token)
            add(technique, s, e, f"{name.removesuffix('.txt')}:{entry}", LOADED_WEIGHT)
            if token.pos_ == "ADJ" and _characterises_person(token):
                add(NAME_CALLING, s, e, f"rule:person-epithet ({entry})", PERSON_EPITHET_WEIGHT)
    for token, entry, suffix in _derived_loaded(doc, m.single_words, m.derived):
        s, e = _loaded_span(doc, token)
        add(LOADED, s, e, f"loaded_language:{entry} (-{suffix})", LOADED_WEIGHT)
    for s, e, entry in _epithets(doc):
        add(NAME_CALLING, s, e, f"rule:person-epithet ({entry})", PERSON_EPITHET_WEIGHT)
    hits = [(doc.vocab.strings[mid], s, e) for mid, s, e in m.phrases(doc)]
    hits += [(doc.vocab.strings[mid], s, e) for mid, s, e in m.match_patterns(doc)]
    for cue_id, s, e in hits:
        span = doc[s:e]
        cue = m.cues.get(cue_id)
        if cue is not None and cue.hint and not hints:
            continue
        if cue is not None and _opens_coinage(span):
            continue
        if cue is None:  # a multiword entry of a word list
            name, entry = cue_id.split(":", 1)
            technique = m.labels[cue_id]
            add(technique, span.start_char, span.end_char, f"{name.removesuffix('.txt')}:{entry}",
                LOADED_WEIGHT if technique == LOADED else NAME_CALLING_WEIGHT)
            continue
        if cue.scope == "sentence":
            start, end = _sentence_span(text, span.sent, span.start_char, span.end_char)
        elif cue.scope == "clause":
            start, end = _clause_span(text, span)
        elif cue.scope == "phrase":
            start, end = _phrase_span(span)
        else:
            start, end = span.start_char, span.end_char
        add(cue.technique, start, end, f"cue:{cue.id}", cue.weight)
    for sent in sentences(doc) if doc.has_annotation("SENT_START") else ():
        sent_text = text[sent.start_char:sent.end_char]  # ``sent.text``, without joining its tokens again
        stripped = sent_text.rstrip(_QUESTION_TRIM)
        if stripped.endswith("?") and len(sent) >= MIN_QUESTION_TOKENS and not _information_question(sent):
            start, end = strip_span(text, sent.start_char, sent.end_char, _TRIM)
            add(DOUBT, start, end, "rule:question", QUESTION_WEIGHT)
        elif sent_text.rstrip(_EXCLAIM_TRIM).endswith("!") and len(sent) <= MAX_EXCLAMATION_TOKENS:
            start, end = strip_span(text, sent.start_char, sent.end_char, _TRIM)
            add(LOADED, start, end, "rule:exclamation", EXCLAMATION_WEIGHT)
    for run in _question_runs(text, [k for k in found if k[0] == DOUBT and found[k] == ["rule:question"]]):
        for key in run:
            del found[key], weights[key]
        add(DOUBT, run[0][1], run[-1][2], "rule:question", QUESTION_WEIGHT)  # one span for the run
    for s, e, technique, affix in _coinages(text, doc):
        add(technique, s, e, f"rule:coinage ({affix})", LOADED_WEIGHT if technique == LOADED else NAME_CALLING_WEIGHT)
    for s, e in _so_called(text, doc):
        add(NAME_CALLING, s, e, "rule:so-called", NAME_CALLING_WEIGHT)
    for s, e in _threatened_consequences(doc):
        add(FEAR, s, e, "rule:threatened-consequence", THREAT_WEIGHT)
    for s, e in _harm_foretold(doc):
        if not any(k[0] == FEAR and k[1] < e and s < k[2] for k in found):
            add(FEAR, s, e, "rule:harm-foretold", THREAT_WEIGHT)
    plain = _plain_register(text, found)
    for s, e in _scare_quotes(text, doc):
        if (plain or _quoted_term(text, s, e)) and not _holds_charged_word(doc, s, e, _charged_words(m)):
            continue  # a plain report quotes a term, a long text quotes a lower-case word: no scare quotes
        add(NAME_CALLING, s, e, SCARE_QUOTE_CUE, SCARE_QUOTE_WEIGHT)
    for s, e, key in _repetitions(text, doc, _charged_words(m)):
        add(REPETITION, s, e, f"rule:repetition ({key})", REPETITION_WEIGHT)
    for key in [k for k in found if k[0] == DOUBT and text.startswith("?", k[2]) and _asked_not_insinuated(text, k[1], k[2])]:
        del found[key]  # a question asked in an interview or a poll, whatever cue marked it
    for key in [k for k in found if _on_link_line(text, k[1], k[2])]:
        del found[key]  # a line with a link or a handle is an embed or a credit line, not prose
    formulae = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for _, a, b in m.formulae(doc)]
    for key in [k for k in found if k[0] in FORMULA_TECHNIQUES and any(a <= k[1] and k[2] <= b for a, b in formulae)]:
        del found[key]
    for key in [k for k in found if k[0] in FORMULA_TECHNIQUES and _measured(doc, k[1], k[2])]:
        del found[key]
    topics = _topic_lemmas(doc)
    for key in [k for k in found if k[0] in LABEL_TECHNIQUES and _descriptive(doc, k[1], k[2], topics, m.single_words)]:
        logger.debug("technique %s at %d-%d: a designation or a name, not a label", *key)
        del found[key]
    chunks = _chunks_or_none(doc)
    starts = [c.start_char for c in chunks]
    for key in [k for k in found if k[0] in LABEL_TECHNIQUES]:
        wide = _noun_phrase_of(text, chunks, starts, key[1], key[2], possessor=key[0] == NAME_CALLING)
        if wide is not None and (key[0], *wide) != key:
            cues = found.pop(key)
            weight = weights.pop(key)
            for cue in cues:
                add(key[0], *wide, cue, weight)
    for key in [k for k in found if k[0] == EXAGGERATION and found[k][0].startswith("cue:")]:
        span = doc.char_span(key[1], key[2], alignment_mode="expand")
        if span is not None and span[0].pos_ in ("ADV", "ADJ") and span[0].tag_ not in SUPERLATIVE_TAGS:  # "utterly absurd", "massive fraud"
            add(LOADED, key[1], key[2], f"rule:intensifier ({found[key][0]})", weights[key])
    exaggerations = [k for k in found if k[0] == EXAGGERATION]
    for key in [k for k in found if k[0] == LOADED]:
        if any(x[1] < key[2] and key[1] < x[2] for x in exaggerations):
            continue
        span = doc.char_span(key[1], key[2], alignment_mode="expand")
        if span is not None and _superlative(span):  # "the stupidest act", "most treacherous"
            add(EXAGGERATION, key[1], key[2], f"rule:superlative ({found[key][0]})", weights[key])
    for key in [k for k in found if k[0] == LOADED and (NAME_CALLING, k[1], k[2]) not in found]:
        if _labels_people(doc.char_span(key[1], key[2], alignment_mode="expand")):
            add(NAME_CALLING, key[1], key[2], f"rule:people-label ({found[key][0]})", PERSON_EPITHET_WEIGHT)
    for s, e, phrase in _said_again(text, [k for k in found if k[0] in SAID_AGAIN_TECHNIQUES]):
        if _on_link_line(text, s, e):
            continue  # an embed or credit line, dropped for every other technique above
        add(REPETITION, s, e, f"rule:said-again ({phrase})", REPETITION_WEIGHT)
    for key in [k for k in found if k[0] in LABEL_TECHNIQUES]:
        wide = _coordination(doc, key[1], key[2])
        if wide is not None:
            cues, weight = found.pop(key), weights.pop(key)
            for cue in cues:
                add(key[0], *wide, cue, weight)
    out = []
    for (technique, start, end), cues in sorted(found.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0])):
        confidence = min(MAX_CONFIDENCE, weights[(technique, start, end)] + EXTRA_CUE_BONUS * (len(cues) - 1))
        out.append(Technique(technique, start, end, text[start:end], confidence, "; ".join(cues)))
    return _drop_nested(out)


#: Parts of speech whose coordination a loaded word or label shares its span with ("amoral, unfair
#: or vicious", "blatantly denying and undermining"), and the longest such span, in tokens (round 29t1).
COORDINATED_POS = frozenset({"ADJ", "ADV", "VERB", "NOUN"})
COORDINATION_MAX_TOKENS = 8


def _coordination(doc, start: int, end: int) -> tuple[int, int] | None:
    """The span of a loaded word or label widened to the words coordinated with its head, of the
    same part of speech (COORDINATED_POS): "[vicious]" in "amoral, unfair, or vicious" -> the three
    adjectives, "[hatred]" in "incitement and hatred" -> both nouns (PTC marks the list, round 29t1).
    None when the head has no such conjunct, or the list runs past COORDINATION_MAX_TOKENS tokens or
    over a sentence end."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.pos_ not in COORDINATED_POS:
        return None
    top = span.root
    while top.dep_ == "conj" and top.head.pos_ == top.pos_:
        top = top.head
    group, todo = [top], [top]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj" and child.pos_ == top.pos_:
                group.append(child)
                todo.append(child)
    if len(group) < 2:
        return None
    first, last = min(span.start, *(t.i for t in group)), max(span.end - 1, *(t.i for t in group))
    if last - first >= COORDINATION_MAX_TOKENS or doc[first].sent.start != doc[last].sent.start:
        return None
    return min(start, doc[first].idx), max(end, doc[last].idx + len(doc[last]))


#: Techniques whose phrase, said again word for word, is Repetition at its later uses (round 29t1).
SAID_AGAIN_TECHNIQUES = (LOADED, NAME_CALLING, EXAGGERATION, SLOGANS)
#: The phrase must be used at least MIN_REPEATS times in the document (a pair is often a plain echo),
#: and be at least this long (characters).
SAID_AGAIN_MIN_CHARS = 3


def _said_again(text: str, keys: list[tuple[str, int, int]]) -> Iterable[tuple[int, int, str]]:
    """Later uses of a technique's phrase (``keys``: its spans) said MIN_REPEATS+ times in
    the text, as whole words, any case: ``(start, end, phrase)``. The writer's own charged phrase
    said again and again ("illegal aliens", "witch hunt", "Death to America") is Repetition at its
    second and later uses; its first use only introduces it (round 29t1)."""
    lowered = text.lower()
    phrases = {lowered[s:e] for _, s, e in keys if e - s >= SAID_AGAIN_MIN_CHARS}
    for phrase in sorted(phrases):
        uses = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered)]
        if len(uses) >= MIN_REPEATS:
            for s in uses[1:]:
                yield s, s + len(phrase), phrase


#: What may stand between two questions of one run (see ``_question_runs``).
_BETWEEN_QUESTIONS = " \t\n\r?!\"”’)"


def _question_runs(text: str, keys: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """Question spans that follow one another with nothing but white space, closing quotation
    marks and their question marks between them ("Who signed it? Who paid for it?"), as runs of
    two or more in text order: a run of doubting questions is one passage (round 17)."""
    runs, run = [], []
    for key in sorted(keys, key=lambda k: (k[1], k[2])):
        if run and text[run[-1][2]:key[1]].strip(_BETWEEN_QUESTIONS):
            runs.append(run)
            run = []
        run.append(key)
    runs.append(run)
    return [r for r in runs if len(r) > 1]


def _opens_coinage(span) -> bool:
    """True when a cue's words open a coined label ("fear" in "fear-mongering", "hate" in
    "hate-monger"): the coinage accuses someone of the technique, it does not use it."""
    doc = span.doc
    k = span.end
    if k < len(doc) and doc[k].text == "-" and not span[-1].whitespace_:
        k += 1
    return k < len(doc) and doc[k].lower_.startswith("monger")


def _superlative(span) -> bool:
    """True when a loaded phrase is graded to its extreme ("the stupidest act", "the most despicable
    thing"): a superlative adjective or adverb, or "most" in front of a word. The second look gives
    such a phrase Exaggeration too (round 16); a superlative of measure ranked against a time ("the
    deadliest since 1998") was dropped before as measured."""
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ == "most" for t in span)


#: A word right before an exaggeration that hedges it ("almost the entire face"): a measure.
HEDGES = frozenset({"about", "almost", "approximately", "around", "nearly", "roughly"})


def _measured(doc, start: int, end: int) -> bool:
    """True when a strong word measures rather than exaggerates: a superlative ranked against a
    time ("the deadliest since 2019") or a phrase hedged by its first word or the word in front of
    it (HEDGES: "almost the entire face", "nearly every")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if span[0].lower_ in HEDGES or span.start > 0 and doc[span.start - 1].lower_ in HEDGES:
        return True
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return any(t.tag_ in ("JJS", "RBS") for t in span) and (
        after == "since" or any(c.lower_ == "since" for t in span for c in t.head.children))


#: A link or a social-media handle: its line is an embed or a credit line.
_LINK_LINE = re.compile(r"https?://|www\.|pic\.twitter|(?<!\w)@\w")


def _on_link_line(text: str, start: int, end: int) -> bool:
    """The span lies on a line with a link or a handle: an embed or a credit line, not prose."""
    return _LINK_LINE.search(text, text.rfind("\n", 0, start) + 1, _line_end(text, end)) is not None


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _label_adjective(token) -> bool:
    """True for a word of the name-calling list used as an adjective in front of the noun it brands
    ("leftist advisers", "fascist rally"), unless it is a designation ("terrorist attacks", "militant
    organisation": DESIGNATION_NOUNS)."""
    return (token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.pos_ == "NOUN"
            and token.lemma_.lower() not in DESIGNATION_NOUNS)


def is_people(token) -> bool:
    """A word for people: a person or group name, a person pronoun, a noun of ``PEOPLE_NOUNS`` or a people ending."""
    return (token.ent_type_ in ("PERSON", "NORP") or token.lower_ in PERSON_PRONOUNS
            or token.lemma_.lower() in PEOPLE_NOUNS or _people_by_ending(token))


#: Endings of nouns for people that no list needs to hold ("polemicists", "provocateurs"), on nouns of
#: PEOPLE_ENDING_MIN_CHARS+ letters ("mist", "twist" are shorter); a "-list" needs a vowel before it
#: ("journalist", "populist", not "checklist", "playlist"); NOT_PEOPLE_ENDING lists the other things.
PEOPLE_ENDINGS = ("ist", "ists", "eur", "eurs")
PEOPLE_ENDING_MIN_CHARS = 7
NOT_PEOPLE_ENDING = frozenset({"grandeur", "liqueur", "liqueurs"})


def _people_by_ending(token) -> bool:
    """A noun for people by its ending (round 16): "-ist" and "-eur" nouns ("traditionalists", "saboteur")."""
    word = token.lower_
    if token.pos_ not in ("NOUN", "PROPN") or len(word) < PEOPLE_ENDING_MIN_CHARS or word in NOT_PEOPLE_ENDING:
        return False
    stem = word.removesuffix("s")
    if stem.endswith("list") and stem[-5] not in "aeiou":
        return False
    return word.endswith(PEOPLE_ENDINGS)


def _characterises_person(adjective) -> bool:
    """True when an adjective qualifies people: it modifies a noun for people ("vile
    politicians") or is said of one ("they are arrogant"), itself or as a later conjunct of
    such an adjective ("they are lazy and greedy")."""
    while adjective.dep_ == "conj" and adjective.head.pos_ == "ADJ":  # "greedy and cruel men"
        adjective = adjective.head
    head = adjective.head
    if adjective.dep_ == "amod":
        return is_people(head)
    if adjective.dep_ == "acomp":
        return any(c.dep_ == "nsubj" and is_people(c) for c in head.children)
    return False


def _labels_people(span) -> bool:
    """True when a loaded phrase names people ("disgraced former aides", "vile Smith": its head
    is a noun for people) or is said of them ("the senator is a disgrace", "Smith, a national
    embarrassment,": a noun as the attribute of a people subject or in apposition to people)."""
    if span is None:
        return False
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    if is_people(root) or root.dep_ == "appos" and is_people(root.head):
        return True
    return root.dep_ == "attr" and any(c.dep_ == "nsubj" and is_people(c) for c in root.head.children)


def _asked_not_insinuated(text: str, start: int, end: int) -> bool:
    """True for a question that a context shows to be asked, not rhetorical: its line (a sentence
    can run over line breaks) is a transcript turn ("Counsel: Were you there?", "Question: The
    port closed on Monday. Will it reopen?"), the text right after it is one (the answer:
    "Spokesperson: ...") or, a
    question of MIN_QUESTION_TOKENS+ words, is asked again word for word in the text (a poll
    or a heading repeated down the page)."""
    question = text[start:end].rsplit("\n", 1)[-1].strip()
    line = text[text.rfind("\n", 0, end) + 1:end].strip()
    answer = text[end:].lstrip(_TRIM + "?")
    if _SPEAKER_TURN.match(line) or _SPEAKER_TURN.match(answer):
        return True
    return len(question.split()) >= MIN_QUESTION_TOKENS and text.count(question) > 1


def _information_question(sent) -> bool:
    """A question that asks for information ("What did the minister say?") or turns to the writer's
    next point ("So what does it change?"), by its first word."""
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    return first is not None and (first.lower_ in INFORMATION_QUESTION_WORDS or first.lower_ in TRANSITION_QUESTION_WORDS)


#: Endings of coined labels for people ("Islamophobe", "warmonger", "climate denier", "terror
#: apologist") and of loaded adjectives made the same way ("Russophobic", "fearmongering").
LABEL_SUFFIXES = ("phobe", "phobes", "monger", "mongers", "denier", "deniers", "hater", "haters",
                  "apologist", "apologists")
LOADED_SUFFIXES = ("phobic", "mongering")
#: Second halves of hyphenated adjectives that brand whom they qualify ("America-hating
#: pundits", "power-mad rulers", "crime-ridden suburbs"): Name_Calling, with the noun after.
BRANDING_COMPOUND_ENDS = frozenset({"addled", "bashing", "crazed", "hating", "hungry", "infested", "mad", "obsessed", "ridden"})
#: Letters that every coinage above holds.
COINAGE_STEMS = ("phob", "monger", "denier", "hater", "apologist",
                 *(f"-{end}" for end in sorted(BRANDING_COMPOUND_ENDS)))


def _coinages(text: str, doc) -> Iterable[tuple[int, int, str, str]]:
    """Coined labels and loaded words, ``(start, end, technique, affix)``: a noun with a
    LABEL_SUFFIXES ending (Name_Calling, spanned as a label), a hyphenated adjective ending in
    one of BRANDING_COMPOUND_ENDS with the noun right after it (Name_Calling), an adjective or
    verb with a LOADED_SUFFIXES ending (Loaded_Language, spanned as a loaded word). Most texts
    hold none of the endings: a look at the text first spares the loop over the tokens."""
    lowered = text.lower()
    if not any(x in lowered for x in COINAGE_STEMS):
        return
    lowers = token_strings(doc)[0]
    for i, lower in enumerate(lowers):
        token = doc[i]
        if lower.endswith(LABEL_SUFFIXES) and token.pos_ in ("NOUN", "PROPN"):
            yield *_np_span(doc, token), NAME_CALLING, "-" + next(x for x in LABEL_SUFFIXES if lower.endswith(x))
        elif lower.endswith(LOADED_SUFFIXES) and token.pos_ in ("ADJ", "VERB", "NOUN"):
            yield *_loaded_span(doc, token), LOADED, "-" + next(x for x in LOADED_SUFFIXES if lower.endswith(x))
        elif lower in BRANDING_COMPOUND_ENDS and i >= 2 and lowers[i - 1] == "-":
            end = token.head if token.head.i == i + 1 and token.head.pos_ == "NOUN" else token
            yield doc[i - 2].idx, end.idx + len(end), NAME_CALLING, "-" + lower


#: "so-called X", "self-proclaimed X", "self-styled X": the writer denies X its name (a label).
DENIED_NAME_PREFIXES = {"called": "so", "proclaimed": "self", "styled": "self"}


def _so_called(text: str, doc) -> Iterable[tuple[int, int]]:
    """"so-called" and its kin with the noun they qualify ("the so-called republic" -> "so-called
    republic", "self-proclaimed authorities")."""
    lowered = text.lower()
    if not any(f"-{word}" in lowered for word in DENIED_NAME_PREFIXES):
        return
    lowers = token_strings(doc)[0]
    for i, lower in enumerate(lowers):
        if i < 2 or DENIED_NAME_PREFIXES.get(lower) != lowers[i - 2] or lowers[i - 1] != "-":
            continue
        head = doc[i].head
        if head.pos_ in ("NOUN", "PROPN") and head.i > i:
            yield doc[i - 2].idx, head.idx + len(head.text)


def _threatened_consequences(doc) -> Iterable[tuple[int, int]]:
    """Sentences that tie a condition to a harm: an "if"/"unless" clause whose main clause has a
    modal of consequence (CONSEQUENCE_MODALS: "will", "would", "'ll") and a harm word ("If the plant opens, the river will die")."""
    harms = set(word_list(THREAT_WORDS))
    for i in positions(doc, CONDITION_MARKS, lemmas=False):
        mark = doc[i]
        if mark.dep_ != "mark" or mark.head.dep_ != "advcl":
            continue
        condition, main = mark.head, mark.head.head
        inside = range(condition.left_edge.i, condition.right_edge.i + 1)
        rest = [t for t in main.subtree if t.i not in inside]
        if any(t.tag_ == "MD" and t.lower_ in CONSEQUENCE_MODALS for t in rest) and any(t.lemma_.lower() in harms for t in rest):
            first = max(min(condition.left_edge.i, main.left_edge.i), mark.sent.start)
            last = min(max(condition.right_edge.i, main.right_edge.i), mark.sent.end - 1)
            yield doc[first].idx, doc[last].idx + len(doc[last].text)


#: Words that make a predicted harm the reader's own: the writer and the audience, and the
#: people and country they share ("our children will die", "the nation could collapse").
AUDIENCE_WORDS = frozenset({"americans", "children", "citizens", "country", "everyone", "families", "nation",
                            "our", "people", "us", "we", "you", "your"})


def _harm_foretold(doc) -> Iterable[tuple[int, int]]:
    """Sentences that foretell a harm to the audience: a modal of consequence (CONSEQUENCE_MODALS)
    on an affirmative verb whose clause holds a harm word, in a sentence that names the audience
    (AUDIENCE_WORDS): "Our towns could burn within a year." Negated ("we will not allow violence")
    it is resolve, not fear."""
    # round 32s10: the audience words' positions, found once: a Doc without one yields nothing, and a
    # sentence is asked for one by a bisection (before its clause is walked), not a step per word
    audience = positions(doc, AUDIENCE_WORDS, lemmas=False)
    if not audience:
        return
    harms = set(word_list(THREAT_WORDS))
    seen = set()
    for i in positions(doc, CONSEQUENCE_MODALS, lemmas=False):
        if doc[i].tag_ != "MD":
            continue
        verb = doc[i].head
        sent = verb.sent
        if sent.start in seen or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            continue
        k = bisect_left(audience, sent.start)
        if k == len(audience) or audience[k] >= sent.end:
            continue  # no audience word in the sentence
        todo, clause = [verb], []
        while todo:
            t = todo.pop()
            if t is verb or t.dep_ not in OTHER_CLAUSE_DEPS:
                clause.append(t)
                todo.extend(t.children)
        if any(t.lemma_.lower() in harms for t in clause):
            seen.add(sent.start)
            yield sent.start_char, sent.end_char


def _plain_register(text: str, found: dict) -> bool:
    """True when ``text`` reads as a plain report: REGISTER_MIN_CHARS+ characters with fewer than
    PLAIN_REGISTER_LOADED loaded words (the Loaded_Language spans in ``found`` from a word list
    or a cue, not from a rule) per 1,000 characters.
    Shorter texts have no measurable register: False."""
    if len(text) < REGISTER_MIN_CHARS:
        return False
    loaded = sum(1 for (technique, _, _), cues in found.items() if technique == LOADED and not cues[0].startswith("rule:"))
    return loaded * 1000 / len(text) < PLAIN_REGISTER_LOADED


def _quoted_term(text: str, start: int, end: int) -> bool:
    """True for one lower-case word in quotation marks in a text of REGISTER_MIN_CHARS+ characters
    (round 20): a long text quotes single words from its sources ('called the audit “routine”',
    'the “pause”'); its scare quotes hold a name or a phrase ('the “Republic”', 'its “peace
    process”'). A short text has no such sources to quote: its one quoted word stays."""
    word = text[start:end]
    return len(text) >= REGISTER_MIN_CHARS and word[:1].islower() and not any(c.isspace() for c in word)


def _holds_charged_word(doc, start: int, end: int, charged: frozenset[str]) -> bool:
    """True when a word of the span, or its lemma, is one of ``charged`` (see ``_charged_words``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.lower_ in charged or t.lemma_.lower() in charged for t in span)


def _topic_lemmas(doc) -> set[str]:
    """Lemmas used TOPIC_MIN_USES+ times in the document: its subject ("plague" in a report on an
    outbreak), which a label word then names rather than loads."""
    _, lemmas = token_strings(doc)
    counts: dict[str, int] = defaultdict(int)
    for lem in lemmas:
        counts[lem] += 1
    return {lem for lem, n in counts.items() if n >= TOPIC_MIN_USES}


def _descriptive(doc, start: int, end: int, topics: frozenset[str] | set[str] = frozenset(),
                 list_words: frozenset[str] | dict = frozenset()) -> bool:
    """True when a label is used descriptively: governed by a designation or legal word
    ("designated a terrorist organisation", "convicted of terrorism", "listed as"), part of a
    legal term (LEGAL_TERM_HEADS: "hate crime"), part of a proper name (an ORG, FAC, LAW, EVENT or
    WORK_OF_ART entity holds the label word: the span's word of ``list_words``, else its head; "the
    Counter-Terrorism Police", while "bumbling" in "the bumbling FBI" stays outside the name it
    qualifies), or the document's subject (its head word is one of ``topics``, see ``_topic_lemmas``)
    unless another word of the span is one of ``list_words`` (the single-word entries of the label
    and loaded lists): then the topic is the noun a loaded word qualifies, "the murderous regime" in
    a text on a regime, and the loaded word still loads (both round 19)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return False
    words = set(word_list("designations.en.txt"))
    root = span.root
    if root.lemma_.lower() in topics and not _qualified_by_list_word(span, list_words):
        return True
    if root.lemma_.lower() in DESIGNATION_NOUNS and not any(c.lower_ in DEMONSTRATIVES for c in root.children):
        return True
    if root.dep_ in ("compound", "amod") and root.head.lower_ in LEGAL_TERM_HEADS and root.head.i == span.end:
        return True
    cue_words = [t for t in span if t.lower_ in list_words or t.lemma_.lower() in list_words] or [root]
    if any(t.ent_type_ in NAME_ENTITIES for t in cue_words):
        return True  # the label word is part of a name; a loaded word before one ("the bumbling FBI") loads
    node = root
    while node.head.i != node.i and node.dep_ not in ("ccomp", "advcl", "relcl", "parataxis"):
        node = node.head
        if node.lemma_.lower() in words:
            return True
    before = doc[max(span.sent.start, span.start - DESIGNATION_WINDOW_TOKENS):span.start]
    return any(t.lemma_.lower() in words for t in before)


def _qualified_by_list_word(span, list_words) -> bool:
    """True when a word of ``span`` other than its head is one of ``list_words`` (by form or lemma):
    "murderous" in "murderous regime", "brutal" in "the brutal old junta"."""
    root = span.root
    return any(t.i != root.i and (t.lower_ in list_words or t.lemma_.lower() in list_words) for t in span)


#: Entity types of a name that a label word inside it belongs to ("the Counter-Terrorism Police").
NAME_ENTITIES = frozenset({"ORG", "FAC", "LAW", "WORK_OF_ART", "EVENT"})

#: Words between quotation marks on one line (a quotation, or a partial one).
_QUOTED = re.compile(r'["“]([^"“”\n]{1,400})["”]')


def with_holders(techniques: Iterable[Technique], document) -> list[Technique]:
    """The techniques with ``holder`` set from the document's quotes: the speaker's actor id for a
    span inside a quote (None when the speaker is unknown), "author" elsewhere. Words in quotation
    marks inside a quote are someone's words (a partial quotation: 'said the talks had been
    "frank and productive"'), not the author's scare quotes: those spans are dropped. Other
    quoted words are someone's too, whom the quotes stage did not find (holder None); only the
    scare-quotes rule's spans stay the author's."""
    from dataclasses import replace

    quoted = [(m.start(1), m.end(1)) for m in _QUOTED.finditer(document.text)]
    out = []
    for t in techniques:
        holder = "author"
        for q in document.quotes:
            if q.start <= t.start and t.end <= q.end:
                holder = q.speaker
                break
        if holder != "author" and t.cue == SCARE_QUOTE_CUE:
            continue
        if holder == "author" and t.cue != SCARE_QUOTE_CUE and any(s <= t.start and t.end <= e for s, e in quoted):
            holder = None  # someone's words that the quotes stage did not attribute ('Havana praised the "heroic resistance"')
        out.append(t if holder == t.holder else replace(t, holder=holder))
    return out


def _drop_nested(items: list[Technique]) -> list[Technique]:
    """Drop a span that lies inside a longer span of the same technique (keep the cue on the longer one)."""
    by_tech: dict[str, list[Technique]] = defaultdict(list)
    for t in items:
        by_tech[t.technique].append(t)
    keep = []
    for group in by_tech.values():
        group.sort(key=lambda t: (t.start, -(t.end - t.start)))
        last_end = -1
        for t in group:
            if t.end <= last_end:
                continue
            keep.append(t)
            last_end = max(last_end, t.end)
    return sorted(keep, key=lambda t: (t.start, t.end, t.technique))




#: Span-level scoring in ``classify_span``: a repeated span (MIN_SPAN_REPEATS+ times in its
#: context) is most likely Repetition; ties go to the label with the larger prior below.
MIN_SPAN_REPEATS = 2
REPEATED_SPAN_SCORE = 0.9
#: Spans of at most this many words are words or labels, not arguments.
SHORT_SPAN_WORDS = 3
#: Prior scores when no cue fires: short nominal spans are labels, other short spans loaded words.
SHORT_NOUN_PRIOR = {NAME_CALLING: 0.35, LOADED: 0.3}
SHORT_OTHER_PRIOR = {LOADED: 0.4, NAME_CALLING: 0.1}
WORD_LEVEL = (LOADED, NAME_CALLING)
LONG_PRIOR = {LOADED: 0.2, "Appeal_to_fear-prejudice": 0.15, DOUBT: 0.15, "Flag-Waving": 0.05}


def classify_span(text: str, context: str | None = None, doc=None) -> tuple[str, str]:
    """The most likely technique of a span already known to be persuasive.

    Args:
        text: the span's text.
        context: the text of the whole document (for repetition), or None.
        doc: the span parsed by spaCy (parsed here when None).
    Returns:
        ``(technique, cue)``. Example: ``classify_span("treacherous thugs")`` gives
        ``("Name_Calling,Labeling", "name_calling:thug")``; a neutral span
        ("the meeting on Monday") still gets a label (Loaded_Language, the prior):
        the function never abstains, because it is only used on gold spans.
    """
    if doc is None:
        from ..nlp import load_nlp

        doc = load_nlp()(text)
    scores: dict[str, float] = defaultdict(float)
    why: dict[str, str] = {}
    for t in find_techniques(text, doc, hints=True):
        share = min(1.0, (t.end - t.start) / max(1, len(text.strip())))
        # a word-level cue says little about a long span; a sentence-level cue or hint says more
        scores[t.technique] += t.confidence * (share if t.technique in WORD_LEVEL else 1.0)
        why.setdefault(t.technique, t.cue or "")
    words = [t for t in doc if not t.is_punct]
    if context is not None and len(words) <= SHORT_SPAN_WORDS * 2:
        needle = text.strip().lower()
        if needle and context.lower().count(needle) >= MIN_SPAN_REPEATS:
            scores[REPETITION] += REPEATED_SPAN_SCORE
            why.setdefault(REPETITION, "rule:repeated-in-document")
    if len(words) <= SHORT_SPAN_WORDS:
        nominal = any(t.pos_ in ("NOUN", "PROPN") and t.dep_ == "ROOT" or t.head == t and t.pos_ == "NOUN"
                      for t in words)
        prior = SHORT_NOUN_PRIOR if nominal else SHORT_OTHER_PRIOR
    else:
        prior = LONG_PRIOR
    for label, score in prior.items():
        scores[label] += score
        why.setdefault(label, "rule:prior")
    best = max(scores, key=lambda k: scores[k])
    return best, why[best]

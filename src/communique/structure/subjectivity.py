"""Sentence-level commentary-vs-news cues and the small model that weighs them.

Cues are linguistic, read off the spaCy parse: evaluative, intensifying,
deontic and hedging words (lexicons in ``resources/structure/``), first- and
second-person pronouns, imperatives, comparatives and superlatives, questions
and exclamations, versus attribution to a source (reporting verbs, "according
to"), past-tense reporting, numbers and proper names. ``guideline_cues`` adds
cues drawn from the NewsSD annotation guidelines: quotations of a third party
(objective) as opposed to scare quotes, attribution by a reporting verb,
generalisations ("always", "nobody"), stance adverbs ("clearly", "of course"),
the author's own cognition ("I think"), evaluative predicates ("X is a grave
mistake"), rhetorical questions, and the named entities, dates and numbers of
reporting. A logistic regression over these cues (plus the mean static word
vector where the model has one), trained on the NewsSD-ENG training split
(CheckThat! 2023, CC BY 4.0) by ``scripts/train_subjectivity.py``, turns them
into a probability that the sentence is the author's commentary.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from functools import lru_cache

import numpy as np

from spacy.attrs import DEP, HEAD, IS_PUNCT, IS_SPACE, LEMMA, LIKE_NUM, ORTH, POS, TAG
from spacy.symbols import ADJ, ADV, CCONJ, PROPN, SCONJ, VERB

from .. import resources
from ..nlp import _STRINGS, string_pair
from ..views import among, dependency_tree, doc_text, entities, pos_ids, token_strings, views_of
from .sentence_arrays import _mean_vector, _mean_vectors

MODEL_FILE = "structure/subjectivity.en.json"
REPORTING_VERBS_FILE = "quotes/reporting_verbs.en.tsv"
PRONOUNS_FILE = "actors/pronouns.en.tsv"
#: Probability above which a sentence counts as commentary.
COMMENTARY_THRESHOLD = 0.5

#: Pronoun tags (``actors/pronouns.en.tsv``) counted as cues of the same name.
PRONOUN_CUES = ("first_plural", "first_singular", "second_person", "third_plural")
QUOTE_CHARS = frozenset('"“”«»‘’')
#: A quoted stretch this short (in words) is a scare quote or label, not a quotation.
MAX_SCARE_QUOTE_WORDS = 4
#: Opening, closing and either-way double quotation marks (as spaCy tokenises them).
OPEN_QUOTES = frozenset({"“", "«", "``"})
CLOSE_QUOTES = frozenset({"”", "»", "''"})
STRAIGHT_QUOTES = frozenset({'"'})
#: A question with one of these words reads as rhetorical ("Do they really think ...?").
RHETORICAL_QUESTION_WORDS = frozenset({"really", "why", "how", "what"})
#: Quoted share of a sentence above which an attributed sentence is a reported quotation.
ATTRIBUTED_QUOTE_SHARE = 0.3
#: A sentence this short (in words) is a "short" one (punchy asides are often commentary).
SHORT_SENTENCE_WORDS = 8
_SCARE_QUOTE = re.compile(r"[‘'“\"]([^‘'“”\"\n]{1,60})[’'”\"]")
#: The marks a ``_SCARE_QUOTE`` opens with, and the ``QUOTE_CHARS``: where a sentence has none,
#: neither cue is looked for in it.
_SCARE_OPENING = re.compile(r"[‘'“\"]")
_QUOTE_CHAR = re.compile("[" + "".join(sorted(QUOTE_CHARS)) + "]")
#: Entity labels counted by the guideline cues: persons, times, amounts, and organisations and places.
_LABEL_COLUMNS = {"PERSON": 0, "DATE": 1, "TIME": 1, "CARDINAL": 2, "MONEY": 2, "PERCENT": 2, "QUANTITY": 2,
                  "ORG": 3, "GPE": 3, "NORP": 3}


@resources.cached
def _lexicons() -> dict[str, frozenset[str]]:
    """The structure word lists by name, the attribution forms of the reporting verbs
    (``reporting_verbs``) and the pronoun sets (``author`` and the ``PRONOUN_CUES``)."""
    lex = {name: resources.terms(f"structure/{name}.en.txt")
           for name in ("evaluative", "intensifiers", "deontic", "hedges", "speculative", "contrastive",
                        "generalisations", "stance_adverbs", "cognition_verbs")}
    lex["reporting_verbs"] = frozenset(form for forms in resources.tag_values(REPORTING_VERBS_FILE, "attribution").values()
                                       for form in forms.split(","))
    for tag in ("author",) + PRONOUN_CUES:
        lex[tag] = resources.with_tag(PRONOUNS_FILE, tag)
    return lex


def _is_imperative(sent) -> bool:
    """A base-form root verb with no subject, first in its sentence ("Call your MP.")."""
    root = sent.root
    first = next((t for t in sent if not t.is_punct and t.lower_ not in ("please", "so", "now")), None)
    return (root.tag_ == "VB" and first is root
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children))


_COMPARATIVE_TAGS = frozenset(("JJR", "RBR", "JJS", "RBS"))
_PAST_TAGS = frozenset(("VBD", "VBN"))
_PRESENT_TAGS = frozenset(("VBZ", "VBP"))


#: Word-list cues counted once per word: (cue name, name of its set in ``_lexicons()``).
_WORD_CUES = (("intensifier", "intensifiers"), ("deontic", "deontic"), ("hedge", "hedges"),
              ("reporting", "reporting_verbs"), ("first_plural", "first_plural"),
              ("first_singular", "first_singular"), ("second_person", "second_person"),
              ("speculative", "speculative"), ("contrast", "contrastive"),
              ("generalisation", "generalisations"), ("third_plural", "third_plural"))

#: Names of the cues of ``cue_counts`` and of ``guideline_cues``, in the order they are returned
#: (and weighed: the model adds its terms in this order).
CUE_NAMES = ("evaluative", "intensifier", "deontic", "hedge", "reporting", "first_plural", "first_singular",
             "second_person", "comparative", "adjective", "adverb", "past", "proper", "number", "negation",
             "question", "exclamation", "quote", "imperative", "modal", "speculative", "contrast",
             "scare_quote", "this_is", "starts_with_conj", "length")
GUIDELINE_NAMES = ("quoted_share", "attributed", "attributed_quote", "generalisation", "stance_adverb",
                   "own_cognition", "predicative_adjective", "judging_noun", "present", "person", "date",
                   "quantity", "organisation", "clause_punct", "third_plural", "rhetorical_question",
                   "root_be", "root_past", "short", "digits")
_CONJ_POS = frozenset((CCONJ, ADV, SCONJ))
_QUOTE_TOKENS = OPEN_QUOTES | CLOSE_QUOTES | STRAIGHT_QUOTES
_CLAUSE_PUNCT = frozenset((";", "—", "–", "--", ":"))


@resources.cached
def _word_cue_index() -> dict[str, tuple[str, ...]]:
    """Word -> the word-list cues it counts for, so that a sentence is read once for all of them."""
    lex = _lexicons()
    index: dict[str, tuple[str, ...]] = {}
    for name, terms in _WORD_CUES:
        for w in sorted(lex[terms]):
            index[w] = index.get(w, ()) + (name,)
    return index


class _DocCues:
    """What the cues read from one document, computed once (kept in its views):

    * ``prefixes``: running totals over the tokens of the per-token cues, row ``i`` the totals
      before token ``i``, so that a span's counts are one row minus another. Columns, counted
      over words (no punctuation or space): evaluative, comparative, adjective, adverb, past,
      proper, number, negation, modal, predicative adjective, present, digits, the
      ``_WORD_CUES``, words; then, over all tokens, clause punctuation and quotation marks;
    * ``texts``, ``skip``: the text of the tokens of a span, and whether each is punctuation or
      space (``token_texts``: read only for the sentences that hold a quotation mark, the only
      ones ``quoted_share`` reads);
    * ``word_at`` and ``word_lowers``: the words' token indices and lower-cased forms;
    * ``tags``, ``poses``, ``deps``, ``lemma_ids``: each token's tag, part of speech,
      relation and lemma as ids (the part of speech and relation lists are the Doc's views; the
      tags and lemmas as arrays: a span reads them only at its root and its second word);
    * ``roots``: the sentence roots (tokens that are their own head), in order;
    * ``candidates``: the words that ``guideline_cues`` reads the parse around (a verb of the
      reporting verbs, a cognition verb, an attribute), in order: the other words count for
      none of its parse cues;
    * ``deontic`` and ``stance``: the two-word deontic entries and the one- to three-word stance
      adverbs among the words, as ``(first word, end word, entry)`` by position among the words.
    """

    __slots__ = ("prefixes", "_text_of", "_orths", "_word", "word_at", "word_lowers", "tags", "poses", "deps", "lemma_ids",
                 "roots", "candidates", "deontic", "stance", "quote_chars", "scare_openings")

    def __init__(self, doc):
        n, strings, memo_get = len(doc), doc.vocab.strings, _STRINGS.get
        lex = _lexicons()
        lowers, lemmas = token_strings(doc)
        array = doc.to_array([TAG, POS, DEP, LIKE_NUM, IS_PUNCT, IS_SPACE, ORTH, HEAD, LEMMA]).reshape(n, 9)
        tags, poses, deps, orths = array[:, 0], array[:, 1], array[:, 2], array[:, 6]
        of = {h: (memo_get(h) or string_pair(strings, h))[0] for h in set(orths.tolist())}
        self._text_of, self._orths = of, orths
        word = self._word = (array[:, 4] == 0) & (array[:, 5] == 0)

        evaluative_terms = lex["evaluative"]
        columns = np.stack([  # cues by tokens
            np.fromiter(map(evaluative_terms.__contains__, lowers), dtype=bool, count=n)
            | np.fromiter(map(evaluative_terms.__contains__, lemmas), dtype=bool, count=n),
            among(tags, [strings[t] for t in _COMPARATIVE_TAGS]),
            poses == ADJ,
            poses == ADV,
            among(tags, [strings[t] for t in _PAST_TAGS]),
            poses == PROPN,
            array[:, 3] != 0,
            deps == strings["neg"],
            tags == strings["MD"],
            (deps == strings["acomp"]) & (poses == ADJ),
            among(tags, [strings[t] for t in _PRESENT_TAGS]),
            among(orths, [h for h, s in of.items() if _has_digit(s)]),  # each distinct text tested once
        ] + _word_cue_columns(lowers) + [np.ones(n, dtype=bool)]) & word
        # one row per cue (the running totals along each row: a contiguous pass, where the sum down
        # the columns of a token-by-cue array strode across memory; round 24s), read as token rows
        columns = np.concatenate([columns, among(orths, [strings[s] for s in _CLAUSE_PUNCT])[None, :],
                                  among(orths, [strings[s] for s in _QUOTE_TOKENS])[None, :]])
        prefixes = np.zeros((columns.shape[0], n + 1), dtype=np.int64)
        np.cumsum(columns, axis=1, out=prefixes[:, 1:])
        self.prefixes = prefixes.T
        self.word_at = np.flatnonzero(word)
        at = self.word_at.tolist()
        self.word_lowers = [lowers[i] for i in at]
        self.tags, self.poses, self.deps = tags, pos_ids(doc), dependency_tree(doc)[1]
        self.lemma_ids = array[:, 8]
        self.roots = np.flatnonzero(array[:, 7] == 0).tolist()
        reporting, cognition = lex["reporting_verbs"], lex["cognition_verbs"]
        verb, attr = VERB, strings["attr"]
        self.candidates = [i for i in at if lemmas[i] in cognition or self.deps[i] == attr
                           or (self.poses[i] == verb and (lemmas[i] in reporting or lowers[i] in reporting))]
        self.deontic = [hit for hit in _phrase_hits(self.word_lowers, lex["deontic"]) if hit[1] - hit[0] == 2]
        self.stance = _phrase_hits(self.word_lowers, lex["stance_adverbs"], single=True)
        text = doc_text(doc)
        self.quote_chars = [m.start() for m in _QUOTE_CHAR.finditer(text)]
        self.scare_openings = [m.start() for m in _SCARE_OPENING.finditer(text)]

    def token_texts(self, start: int, end: int) -> tuple[list[str], list[bool]]:
        """The texts of tokens ``start`` to ``end``, and whether each is punctuation or space."""
        return list(map(self._text_of.__getitem__, self._orths[start:end].tolist())), \
            (~self._word[start:end]).tolist()


def _doc_cues(doc) -> _DocCues:
    cache = views_of(doc).derived
    found = cache.get("subjectivity_cues")
    if found is None:
        found = cache["subjectivity_cues"] = _DocCues(doc)
    return found


def _word_cue_columns(lowers: list[str]) -> list:
    """Per ``_WORD_CUES`` cue, whether each word counts for it (the words of no list are
    passed over in one ``map``)."""
    index, columns = _word_cue_index(), {name: np.zeros(len(lowers), dtype=bool) for name, _ in _WORD_CUES}
    listed = np.fromiter(map(index.__contains__, lowers), dtype=bool, count=len(lowers))
    for i in np.flatnonzero(listed).tolist():
        for name in index[lowers[i]]:
            columns[name][i] = True
    return list(columns.values())


@lru_cache(maxsize=None)
def _phrase_starts(terms: frozenset[str]) -> frozenset[str]:
    """First words of the two- and three-word entries of ``terms``."""
    return frozenset(t.split(" ", 1)[0] for t in terms if t.count(" ") in (1, 2))


def _phrase_hits(lowers: list[str], terms: frozenset[str], single: bool = False) -> list[tuple[int, int, str]]:
    """``(first, end, entry)`` of each two- and three-word entry of ``terms`` (and, with
    ``single``, each one-word entry) in a lower-cased word list, by first word."""
    starts = _phrase_starts(terms)
    hits = []
    for i, w in enumerate(lowers):
        if single and w in terms:
            hits.append((i, i + 1, w))
        if w in starts:
            for size in (2, 3):
                phrase = " ".join(lowers[i:i + size])
                if i + size <= len(lowers) and phrase in terms:
                    hits.append((i, i + size, phrase))
    return hits


def _hits_within(hits: list[tuple[int, int, str]], first: int, end: int) -> list[str]:
    """The entries of ``hits`` whose words all lie in ``[first, end)``."""
    lo = bisect_left(hits, (first,))
    hi = bisect_left(hits, (end,))
    return [entry for _, e, entry in hits[lo:hi] if e <= end]


def _labelled_entities(doc) -> tuple:
    """The start and end tokens of the Doc's entities, and before each entity the running counts
    of those of each ``_LABEL_COLUMNS`` column (a row more at the end)."""
    ents, starts = entities(doc)
    columns = {doc.vocab.strings[label]: column for label, column in _LABEL_COLUMNS.items()}
    counts, before = [0, 0, 0, 0], [(0, 0, 0, 0)]
    for ent in ents:
        column = columns.get(ent.label)
        if column is not None:
            counts[column] += 1
        before.append(tuple(counts))
    return starts, [ent.end for ent in ents], before


def quoted_share(sent) -> float:
    """Share of the sentence's words inside double-quoted quotations longer than
    ``MAX_SCARE_QUOTE_WORDS`` words (scare quotes and short labels do not count)."""
    inside, words, quoted, run = False, 0, 0, 0
    texts, skip = _doc_cues(sent.doc).token_texts(sent.start, sent.end)
    for i, text in enumerate(texts):
        if text in OPEN_QUOTES or text in CLOSE_QUOTES or text in STRAIGHT_QUOTES:
            if inside and text not in OPEN_QUOTES:
                quoted += run if run > MAX_SCARE_QUOTE_WORDS else 0
            inside = text in OPEN_QUOTES or (text in STRAIGHT_QUOTES and not inside)
            run = 0
            continue
        if skip[i]:
            continue
        words += 1
        run += inside
    if inside and run > MAX_SCARE_QUOTE_WORDS:
        quoted += run
    return quoted / max(words, 1)


@lru_cache(maxsize=65_536)
def _has_digit(word: str) -> bool:
    return any(map(str.isdigit, word))


#: Column of each cue in ``_cue_matrix`` (``CUE_NAMES`` then ``GUIDELINE_NAMES``).
_COLUMN = {name: k for k, name in enumerate(CUE_NAMES + GUIDELINE_NAMES)}
#: First words that, before a form of "be", make the "this_is" cue ("This is ...").
_THIS_WORDS = ("this", "that", "it", "these")


def _cue_rows(doc, spans) -> list[list[float]]:
    """The values of every cue of ``cue_counts`` and ``guideline_cues`` (``CUE_NAMES`` then
    ``GUIDELINE_NAMES``) for spans of ``doc`` (sentences, or any spans), one row per span."""
    return _cue_matrix(doc, spans).tolist()


def _cue_matrix(doc, spans) -> np.ndarray:
    """``_cue_rows`` as a float matrix, built column by column: the counts and shares of all
    spans at once from the document's running totals (``_DocCues``), the other cues by one
    pass over the spans each, the parse and the text read only where a cue can fire."""
    columns: list = [None] * len(_COLUMN)
    if not spans:
        return np.zeros((0, len(columns)))
    cues, lex = _doc_cues(doc), _lexicons()
    lowers, lemmas = token_strings(doc)
    text_of, word_at, word_lowers, lemma_ids = doc_text(doc), cues.word_at, cues.word_lowers, cues.lemma_ids
    strings, tags, poses, deps = doc.vocab.strings, cues.tags, cues.poses, cues.deps
    starts, ends = [s.start for s in spans], [s.end for s in spans]
    s0s, s1s = [s.start_char for s in spans], [s.end_char for s in spans]
    texts = [text_of[a:b] for a, b in zip(s0s, s1s)]
    counts = cues.prefixes[ends] - cues.prefixes[starts]
    words = counts[:, 12 + len(_WORD_CUES)]
    n = np.maximum(words, 1)
    word_counts, firsts = words.tolist(), np.searchsorted(word_at, starts).tolist()
    for k, name in enumerate(("evaluative", "comparative", "adjective", "adverb", "past", "proper", "number",
                              "negation", "modal", "predicative_adjective", "present", "digits")):
        columns[_COLUMN[name]] = counts[:, k]
    for name in ("adjective", "adverb", "past", "proper", "number", "present"):
        columns[_COLUMN[name]] = columns[_COLUMN[name]] / n
    for k, (name, _) in enumerate(_WORD_CUES):
        columns[_COLUMN[name]] = counts[:, 12 + k]
    columns[_COLUMN["clause_punct"]] = counts[:, 13 + len(_WORD_CUES)]
    if cues.deontic:  # two-word entries, each counted once per span
        columns[_COLUMN["deontic"]] = columns[_COLUMN["deontic"]] + [
            len(set(_hits_within(cues.deontic, f, f + c))) for f, c in zip(firsts, word_counts)]
    columns[_COLUMN["stance_adverb"]] = [len(_hits_within(cues.stance, f, f + c)) if cues.stance else 0
                                         for f, c in zip(firsts, word_counts)]
    columns[_COLUMN["question"]] = ["?" in t for t in texts]
    columns[_COLUMN["exclamation"]] = ["!" in t for t in texts]
    columns[_COLUMN["quote"]] = np.searchsorted(cues.quote_chars, s0s) < np.searchsorted(cues.quote_chars, s1s)
    scare = (np.searchsorted(cues.scare_openings, s0s) < np.searchsorted(cues.scare_openings, s1s)).tolist()
    columns[_COLUMN["scare_quote"]] = [
        sum(1 for m in _SCARE_QUOTE.finditer(t) if len(m.group(1).split()) <= MAX_SCARE_QUOTE_WORDS) if found else 0
        for t, found in zip(texts, scare)]
    be = strings["be"]
    columns[_COLUMN["this_is"]] = [c > 2 and word_lowers[f] in _THIS_WORDS and int(lemma_ids[word_at[f + 1]]) == be
                                   for f, c in zip(firsts, word_counts)]
    columns[_COLUMN["starts_with_conj"]] = [c > 0 and poses[word_at[f]] in _CONJ_POS
                                            for f, c in zip(firsts, word_counts)]
    columns[_COLUMN["length"]] = list(map(math.log1p, n.tolist()))
    columns[_COLUMN["short"]] = n <= SHORT_SENTENCE_WORDS
    # ``sent.root`` without the Token: the first sentence root inside the span, else spaCy's answer
    roots, hooked = cues.roots, "root" in doc.user_span_hooks
    at = np.searchsorted(roots, starts).tolist()
    span_roots = [roots[k] if k < len(roots) and roots[k] < end and not hooked else sent.root.i
                  for k, end, sent in zip(at, ends, spans)]
    vb, vbd = strings["VB"], strings["VBD"]
    root_tags, root_lemmas = tags[span_roots].tolist(), lemma_ids[span_roots].tolist()
    columns[_COLUMN["imperative"]] = [t == vb and _is_imperative(sent) for t, sent in zip(root_tags, spans)]
    columns[_COLUMN["root_be"]] = [lemma == be for lemma in root_lemmas]
    columns[_COLUMN["root_past"]] = [t == vbd for t in root_tags]
    share = [quoted_share(sent) if q else 0.0 for sent, q in zip(spans, counts[:, 14 + len(_WORD_CUES)].tolist())]
    columns[_COLUMN["quoted_share"]] = share
    # attribution (a reporting verb with a subject other than the author, "according to"), the
    # author's own cognition ("I think") and judging nouns, read around the candidate words
    lowered = text_of.lower()
    if len(lowered) == len(text_of):  # each character lower-cases to one: the offsets hold
        attributions = [lowered.count("according to", a, b) for a, b in zip(s0s, s1s)]
    else:
        attributions = [t.lower().count("according to") for t in texts]
    own_cognition, judging = [0] * len(spans), [0] * len(spans)
    candidates = cues.candidates
    if candidates:
        reporting, cognition, author = lex["reporting_verbs"], lex["cognition_verbs"], lex["author"]
        attr, subjects = strings["attr"], frozenset((strings["nsubj"], strings["nsubjpass"]))
        nsubj, amod, kids = strings["nsubj"], strings["amod"], dependency_tree(doc)[2]
        lo, hi = np.searchsorted(candidates, starts).tolist(), np.searchsorted(candidates, ends).tolist()
        for j in range(len(spans)):
            for k in range(lo[j], hi[j]):
                i = candidates[k]
                lower, lemma = lowers[i], lemmas[i]
                if poses[i] == VERB and (lemma in reporting or lower in reporting) and any(
                        deps[c] in subjects and lowers[c] not in author for c in kids[i]):
                    attributions[j] += 1
                if lemma in cognition and any(deps[c] == nsubj and lowers[c] in author for c in kids[i]):
                    own_cognition[j] += 1
                if deps[i] == attr and any(deps[c] == amod and poses[c] == ADJ for c in kids[i]):
                    judging[j] += 1
    columns[_COLUMN["attributed"]] = [a > 0 for a in attributions]
    columns[_COLUMN["attributed_quote"]] = [a > 0 and s > ATTRIBUTED_QUOTE_SHARE for a, s in zip(attributions, share)]
    columns[_COLUMN["own_cognition"]], columns[_COLUMN["judging_noun"]] = own_cognition, judging
    columns[_COLUMN["rhetorical_question"]] = [
        t.rstrip().endswith("?") and s <= ATTRIBUTED_QUOTE_SHARE
        and any(w in RHETORICAL_QUESTION_WORDS for w in word_lowers[f:f + c])
        for t, s, f, c in zip(texts, share, firsts, word_counts)]
    # the entities inside each span (``views.sentence_ents``) by ``_LABEL_COLUMNS``: the Doc's
    # entities are sorted and disjoint, so those are the ones from the first starting in the
    # span up to the last ending in it
    ent_starts, ent_ends, labelled_before = _labelled_entities(doc)
    first = np.searchsorted(ent_starts, starts)
    last = np.maximum(first, np.searchsorted(ent_ends, ends, side="right"))
    labelled = np.asarray(labelled_before)[last] - np.asarray(labelled_before)[first]
    for k, name in enumerate(("person", "date", "quantity", "organisation")):
        columns[_COLUMN[name]] = labelled[:, k]
    return np.column_stack(columns).astype(np.float64)


def cue_counts(sent) -> dict[str, float]:
    """Named cue features of one sentence (a spaCy ``Span``): evaluative, intensifying,
    deontic, hedging and reporting words, pronouns, parts of speech, questions, quotes,
    imperatives, scare quotes and the sentence's length."""
    return dict(zip(CUE_NAMES, _cue_rows(sent.doc, [sent])[0]))


def guideline_cues(sent) -> dict[str, float]:
    """Cues from the NewsSD annotation guidelines and from the shape of news reporting,
    of one sentence (a spaCy ``Span``)."""
    return dict(zip(GUIDELINE_NAMES, _cue_rows(sent.doc, [sent])[0][len(CUE_NAMES):]))


def features(sent) -> dict[str, float]:
    """Cue features (``cue:``) and guideline cues (``gl:``) plus, where the model has
    static word vectors (md), the mean vector of the sentence's content words
    (``vec:0`` … ``vec:299``)."""
    row = _cue_rows(sent.doc, [sent])[0]
    f = {f"cue:{k}": float(v) for k, v in zip(CUE_NAMES, row)}
    f.update({f"gl:{k}": float(v) for k, v in zip(GUIDELINE_NAMES, row[len(CUE_NAMES):])})
    if sent.doc.vocab.vectors.shape[0]:
        mean = _mean_vector(sent)
        if mean is not None:
            f.update({f"vec:{i}": float(x) for i, x in enumerate(mean)})
    return f


def model_kind(doc) -> str:
    """Which shipped weights fit this spaCy model: "vectors" (md) or "cues" (sm)."""
    return "vectors" if doc.vocab.vectors.shape[0] else "cues"


def load_model(kind: str) -> dict:
    return resources.json(MODEL_FILE)["models"][kind]


@resources.cached
def _compiled(kind: str):
    """The model as (intercept, {cue name: (weight, mean, scale)}, vector weights/scale, vector offset)
    so that the 300 vector columns are one dot product."""
    model = load_model(kind)
    weights, mean, scale = model["weights"], model["mean"], model["scale"]
    cues = {n: (w, mean.get(n, 0.0), scale.get(n, 1.0)) for n, w in weights.items() if not n.startswith("vec:")}
    vec_names = sorted((n for n in weights if n.startswith("vec:")), key=lambda n: int(n[4:]))
    if not vec_names:
        return model["intercept"], cues, None, 0.0
    w = np.array([weights[n] / scale.get(n, 1.0) for n in vec_names])
    offset = float(sum(weights[n] * mean.get(n, 0.0) / scale.get(n, 1.0) for n in vec_names))
    return model["intercept"], cues, w, offset


@resources.cached
def _weighing(kind: str) -> tuple[list[int], np.ndarray, np.ndarray, np.ndarray]:
    """The cues ``_compiled`` weighs, as columns of ``_cue_rows``, with their weights, means
    and scales, in the order the model adds their terms ("cue:" then "gl:" names)."""
    cues = _compiled(kind)[1]
    keys = [f"cue:{n}" for n in CUE_NAMES] + [f"gl:{n}" for n in GUIDELINE_NAMES]
    columns = [i for i, key in enumerate(keys) if key in cues]
    weight, mean, scale = (np.array([cues[keys[i]][k] for i in columns], dtype=np.float64) for k in range(3))
    return columns, weight, mean, scale


def commentary_probabilities(doc, spans) -> list[float]:
    """P(each span is the author's commentary rather than news), from the shipped model, for
    spans (sentences) of ``doc``: the cues of all spans are read in one pass over the document
    and weighed as one matrix; each span's terms are added one after another in the model's
    order (a running sum), so each probability is bit for bit the sum term by term."""
    if not spans:
        return []
    kind = model_kind(doc)
    intercept, _, vec_w, vec_offset = _compiled(kind)
    columns, weight, mean, scale = _weighing(kind)
    values = _cue_matrix(doc, spans)[:, columns]
    terms = np.empty((len(spans), len(columns) + 1))
    terms[:, 0] = intercept
    terms[:, 1:] = weight * (values - mean) / scale
    totals = np.cumsum(terms, axis=1)[:, -1].tolist()
    out = []
    means = _mean_vectors(doc, spans) if vec_w is not None else [None] * len(spans)
    for mean, total in zip(means, totals):
        # a sentence without content words has no vec: features, as in training (all at their mean)
        if mean is not None and len(mean) == len(vec_w):
            total += float(np.dot(vec_w, mean)) - vec_offset
        out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total)))))
    return out


def commentary_probability(sent) -> float:
    """P(the sentence is the author's commentary rather than news), from the shipped model."""
    return commentary_probabilities(sent.doc, [sent])[0]

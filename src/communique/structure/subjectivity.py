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

from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LIKE_NUM, POS, TAG
from spacy.symbols import ADJ, ADV, PROPN

from .. import resources
from ..views import sentence_ents, token_strings, views_of
from .sentence_arrays import _doc_tokens, _mean_vector, _word_info

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


@resources.cached
def _word_cue_index() -> dict[str, tuple[str, ...]]:
    """Word -> the word-list cues it counts for, so that a sentence is read once for all of them."""
    lex = _lexicons()
    index: dict[str, tuple[str, ...]] = {}
    for name, terms in _WORD_CUES:
        for w in sorted(lex[terms]):
            index[w] = index.get(w, ()) + (name,)
    return index


def _count_prefixes(doc):
    """Per document, the running totals over its words (no punctuation or space) of the
    per-word cues, one column each: evaluative, comparative, adjective, adverb, past,
    proper, number, negation, modal (``cue_counts``), predicative adjective, present
    and digits (``guideline_cues``), then the ``_WORD_CUES``. Row ``i`` is the total before token ``i``, so that a
    sentence's counts are one row minus another instead of a loop over its words."""
    cache = views_of(doc).derived
    found = cache.get("subjectivity_counts")
    if found is not None:
        return found
    n = len(doc)
    if n:
        strings = doc.vocab.strings
        array = doc.to_array([TAG, POS, DEP, LIKE_NUM, IS_PUNCT, IS_SPACE]).reshape(n, 6)
        tags, poses, deps = array[:, 0], array[:, 1], array[:, 2]
        evaluative_terms = _lexicons()["evaluative"]
        lowers, lemmas = token_strings(doc)
        columns = np.stack([
            np.fromiter((lw in evaluative_terms or lm in evaluative_terms for lw, lm in zip(lowers, lemmas)),
                        dtype=bool, count=n),
            np.isin(tags, [strings[t] for t in _COMPARATIVE_TAGS]),
            poses == ADJ,
            poses == ADV,
            np.isin(tags, [strings[t] for t in _PAST_TAGS]),
            poses == PROPN,
            array[:, 3] != 0,
            deps == strings["neg"],
            tags == strings["MD"],
            (deps == strings["acomp"]) & (poses == ADJ),
            np.isin(tags, [strings[t] for t in _PRESENT_TAGS]),
            np.fromiter(map(_has_digit, _doc_tokens(doc)[1]), dtype=bool, count=n),
        ] + _word_cue_columns(lowers), axis=1) & ((array[:, 4] == 0) & (array[:, 5] == 0))[:, None]
        prefixes = np.zeros((n + 1, columns.shape[1]), dtype=np.int64)
        np.cumsum(columns, axis=0, out=prefixes[1:])
    else:
        prefixes = np.zeros((1, 12 + len(_WORD_CUES)), dtype=np.int64)
    found = cache["subjectivity_counts"] = prefixes
    return found


def _parse_cue_words(doc) -> list[int]:
    """Per document, the indices of the words that ``guideline_cues`` reads the parse around
    (a verb of the reporting verbs, a cognition verb, an attribute), in order: the other
    words count for none of its parse cues."""
    cache = views_of(doc).derived
    found = cache.get("subjectivity_parse_words")
    if found is None:
        lex = _lexicons()
        reporting, cognition = lex["reporting_verbs"], lex["cognition_verbs"]
        found = cache["subjectivity_parse_words"] = [
            w[7] for w in _doc_tokens(doc)[0] if w is not None and (
                (w[3] == "VERB" and (w[1] in reporting or w[0] in reporting)) or w[1] in cognition or w[4] == "attr")]
    return found


def _word_cue_columns(lowers: list[str]) -> list:
    """Per ``_WORD_CUES`` cue, whether each word counts for it (one look-up per word)."""
    index, columns = _word_cue_index(), {name: np.zeros(len(lowers), dtype=bool) for name, _ in _WORD_CUES}
    for i, lower in enumerate(lowers):
        names = index.get(lower)
        if names:
            for name in names:
                columns[name][i] = True
    return list(columns.values())


def _sentence_word_cues(sent) -> dict[str, int]:
    """Occurrences of each ``_WORD_CUES`` cue among the sentence's words, from the
    per-document running totals."""
    return dict(zip((name for name, _ in _WORD_CUES), _sentence_counts(sent)[12:]))


def _sentence_counts(sent) -> list[int]:
    """The sentence's totals of the ``_count_prefixes`` cues, in that order."""
    prefixes = _count_prefixes(sent.doc)
    return (prefixes[sent.end] - prefixes[sent.start]).tolist()


def _prepared(sent, info, words_cues, text):
    """What both cue functions read: lexicons, word info, word count, lower-cased words,
    word-list counts and the sentence text (each computed here unless given)."""
    words = info if info is not None else _word_info(sent)
    lowers = [w[0] for w in words]
    wc = words_cues if words_cues is not None else _sentence_word_cues(sent)
    return _lexicons(), words, max(len(words), 1), lowers, wc, (sent.text if text is None else text)


def cue_counts(sent, info: list[tuple] | None = None, words_cues: dict[str, int] | None = None,
               text: str | None = None) -> dict[str, float]:
    """Named cue features of one sentence (a spaCy ``Span``); ``info`` is ``_word_info(sent)``,
    ``words_cues`` its ``_sentence_word_cues`` and ``text`` the sentence's text, where known."""
    lex, words, n, lowers, wc, text = _prepared(sent, info, words_cues, text)
    deontic_terms = lex["deontic"]
    # distinct two-word deontic entries among the word pairs; only pairs whose first word
    # starts such an entry are joined
    starts = _phrase_starts(deontic_terms)
    bigrams = {lowers[i] + " " + lowers[i + 1] for i in range(len(lowers) - 1) if lowers[i] in starts}
    evaluative, comparative, adjective, adverb, past, proper, number, negation, modal = _sentence_counts(sent)[:9]
    f = {
        "evaluative": evaluative,
        "intensifier": wc["intensifier"],
        "deontic": wc["deontic"] + len(bigrams & deontic_terms),
        "hedge": wc["hedge"],
        "reporting": wc["reporting"],
        "first_plural": wc["first_plural"],
        "first_singular": wc["first_singular"],
        "second_person": wc["second_person"],
        "comparative": comparative,
        "adjective": adjective / n,
        "adverb": adverb / n,
        "past": past / n,
        "proper": proper / n,
        "number": number / n,
        "negation": negation,
        "question": float("?" in text),
        "exclamation": float("!" in text),
        "quote": float(not QUOTE_CHARS.isdisjoint(text)),
        "imperative": float(_is_imperative(sent)),
        "modal": modal,
        "speculative": wc["speculative"],
        "contrast": wc["contrast"],
        "scare_quote": sum(1 for m in _SCARE_QUOTE.finditer(text)
                           if len(m.group(1).split()) <= MAX_SCARE_QUOTE_WORDS),
        "this_is": float(len(words) > 2 and lowers[0] in ("this", "that", "it", "these")
                         and sent.doc[words[1][7]].lemma_ == "be"),
        "starts_with_conj": float(bool(words) and words[0][3] in ("CCONJ", "ADV", "SCONJ")),
        "length": math.log1p(n),
    }
    return f


def quoted_share(sent) -> float:
    """Share of the sentence's words inside double-quoted quotations longer than
    ``MAX_SCARE_QUOTE_WORDS`` words (scare quotes and short labels do not count)."""
    inside, words, quoted, run = False, 0, 0, 0
    _, texts, skip = _doc_tokens(sent.doc)
    for i in range(sent.start, sent.end):
        text = texts[i]
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


@lru_cache(maxsize=None)
def _phrase_starts(terms: frozenset[str]) -> frozenset[str]:
    """First words of the two- and three-word entries of ``terms``."""
    return frozenset(t.split(" ", 1)[0] for t in terms if t.count(" ") in (1, 2))


def _phrase_count(lowers: list[str], terms: frozenset[str]) -> int:
    """Occurrences of one- to three-word entries of ``terms`` in a lower-cased word list."""
    count = sum(1 for w in lowers if w in terms)
    starts = _phrase_starts(terms)
    for size in (2, 3):
        count += sum(1 for i in range(len(lowers) - size + 1)
                     if lowers[i] in starts and " ".join(lowers[i:i + size]) in terms)
    return count


_CLAUSE_PUNCT = frozenset((";", "—", "–", "--", ":"))


@lru_cache(maxsize=65_536)
def _has_digit(word: str) -> bool:
    return any(map(str.isdigit, word))


def guideline_cues(sent, info: list[tuple] | None = None, words_cues: dict[str, int] | None = None,
                   text: str | None = None) -> dict[str, float]:
    """Cues from the NewsSD annotation guidelines and from the shape of news reporting;
    ``info`` is ``_word_info(sent)``, ``words_cues`` its ``_sentence_word_cues`` and ``text`` the
    sentence's text, where known."""
    lex, words, n, lowers, wc, text = _prepared(sent, info, words_cues, text)
    share = quoted_share(sent)
    words_of_doc = _doc_tokens(sent.doc)[0]
    reporting, cognition, author = lex["reporting_verbs"], lex["cognition_verbs"], lex["author"]
    attributions = own_cognition = judging = 0
    doc = sent.doc
    candidates = _parse_cue_words(doc)
    for k in range(bisect_left(candidates, sent.start), bisect_left(candidates, sent.end)):
        lower, lemma, _, pos, dep, _, _, i = words_of_doc[candidates[k]]
        if pos == "VERB" and (lemma in reporting or lower in reporting) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in author for c in doc[i].children):
            attributions += 1
        if lemma in cognition and any(c.dep_ == "nsubj" and c.lower_ in author for c in doc[i].children):
            own_cognition += 1
        if dep == "attr" and any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in doc[i].children):
            judging += 1
    predicative, present, digits = _sentence_counts(sent)[9:12]
    attributions += text.lower().count("according to")
    ents = sentence_ents(sent)
    labels = [e.label_ for e in ents]
    return {
        "quoted_share": share,
        "attributed": float(attributions > 0),
        "attributed_quote": float(attributions > 0 and share > ATTRIBUTED_QUOTE_SHARE),
        "generalisation": wc["generalisation"],
        "stance_adverb": _phrase_count(lowers, lex["stance_adverbs"]),
        "own_cognition": own_cognition,
        "predicative_adjective": predicative,
        "judging_noun": judging,
        "present": present / n,
        "person": sum(1 for label in labels if label == "PERSON"),
        "date": sum(1 for label in labels if label in ("DATE", "TIME")),
        "quantity": sum(1 for label in labels if label in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")),
        "organisation": sum(1 for label in labels if label in ("ORG", "GPE", "NORP")),
        "clause_punct": sum(1 for t in _doc_tokens(doc)[1][sent.start:sent.end] if t in _CLAUSE_PUNCT),
        "third_plural": wc["third_plural"],
        "rhetorical_question": float(text.rstrip().endswith("?") and share <= ATTRIBUTED_QUOTE_SHARE
                                     and any(w in RHETORICAL_QUESTION_WORDS for w in lowers)),
        "root_be": float(sent.root.lemma_ == "be"),
        "root_past": float(sent.root.tag_ == "VBD"),
        "short": float(n <= SHORT_SENTENCE_WORDS),
        "digits": digits,
    }


def features(sent) -> dict[str, float]:
    """Cue features (``cue:``) and guideline cues (``gl:``) plus, where the model has
    static word vectors (md), the mean vector of the sentence's content words
    (``vec:0`` … ``vec:299``)."""
    f = {f"cue:{k}": float(v) for k, v in cue_counts(sent).items()}
    f.update({f"gl:{k}": float(v) for k, v in guideline_cues(sent).items()})
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
def _compiled_by_family(kind: str) -> tuple[dict, dict]:
    """The cue weights of ``_compiled`` split by family and keyed by the bare cue name
    (``cue:length`` -> ``length``), so that no feature name is built per sentence."""
    cues = _compiled(kind)[1]
    return ({n[4:]: spec for n, spec in cues.items() if n.startswith("cue:")},
            {n[3:]: spec for n, spec in cues.items() if n.startswith("gl:")})


_ORDERS: dict[tuple[int, tuple[str, ...]], list[tuple[str, float, float, float]]] = {}


def _weighted_order(specs: dict, names: tuple[str, ...]) -> list[tuple[str, float, float, float]]:
    """``(name, weight, mean, scale)`` of the ``names`` that have a weight, in their order
    (the order the terms are added in, so the sum is bit for bit the same), per cue set."""
    key = (id(specs), names)
    order = _ORDERS.get(key)
    if order is None:
        order = _ORDERS[key] = [(n, *specs[n]) for n in names if n in specs]
    return order


def commentary_probability(sent) -> float:
    """P(the sentence is the author's commentary rather than news), from the shipped model."""
    intercept, _, vec_w, vec_offset = _compiled(model_kind(sent.doc))
    cue_specs, guideline_specs = _compiled_by_family(model_kind(sent.doc))
    z = intercept
    info = _word_info(sent)
    wc = _sentence_word_cues(sent)
    text = sent.text
    # the same terms added in the same order as over the "cue:" then "gl:" names
    for specs, values in ((cue_specs, cue_counts(sent, info, wc, text)),
                          (guideline_specs, guideline_cues(sent, info, wc, text))):
        for name, weight, mean, scale in _weighted_order(specs, tuple(values)):
            z += weight * (values[name] - mean) / scale
    if vec_w is not None:
        mean = _mean_vector(sent)
        # a sentence without content words has no vec: features, as in training (all at their mean)
        if mean is not None and len(mean) == len(vec_w):
            z += float(np.dot(vec_w, mean)) - vec_offset
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

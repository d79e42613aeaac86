"""Sentence-level commentary-vs-news cues and the small model that weighs them.

Cues are linguistic, read off the spaCy parse: evaluative, intensifying,
deontic and hedging words (lexicons in ``lexicons/structure/``), first- and
second-person pronouns, imperatives, comparatives and superlatives, questions
and exclamations, versus attribution to a source (reporting verbs, "according
to"), past-tense reporting, numbers and proper names. A logistic regression over
these cues (plus the mean static word vector where the model has one), trained on the NewsSD-ENG training split
(CheckThat! 2023, CC BY 4.0) by ``scripts/train_subjectivity.py``, turns them
into a probability that the sentence is the author's commentary.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

from ..lexicons.loader import load_terms

MODEL_FILE = "subjectivity.en.json"
#: Probability above which a sentence counts as commentary.
COMMENTARY_THRESHOLD = 0.5

FIRST_PLURAL = frozenset({"we", "our", "us", "ours", "ourselves", "let's"})
FIRST_SINGULAR = frozenset({"i", "my", "me", "mine", "myself"})
SECOND_PERSON = frozenset({"you", "your", "yours", "yourselves", "yourself"})
QUOTE_CHARS = frozenset('"“”«»‘’')
#: A quoted stretch this short (in words) is a scare quote or label, not a quotation.
MAX_SCARE_QUOTE_WORDS = 4
_SCARE_QUOTE = re.compile(r"[‘'“\"]([^‘'“”\"\n]{1,60})[’'”\"]")


@lru_cache(maxsize=1)
def _lexicons() -> dict[str, frozenset[str]]:
    return {name: load_terms(f"structure/{name}.en.txt")
            for name in ("evaluative", "intensifiers", "deontic", "hedges", "reporting_verbs",
                         "speculative", "contrastive")}


def _is_imperative(sent) -> bool:
    """A base-form root verb with no subject, first in its sentence ("Call your MP.")."""
    root = sent.root
    first = next((t for t in sent if not t.is_punct and t.lower_ not in ("please", "so", "now")), None)
    return (root.tag_ == "VB" and first is root
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children))


def cue_counts(sent) -> dict[str, float]:
    """Named cue features of one sentence (a spaCy ``Span``)."""
    lex = _lexicons()
    words = [t for t in sent if not t.is_punct and not t.is_space]
    n = max(len(words), 1)
    lowers = [t.lower_ for t in words]
    lemmas = [t.lemma_.lower() for t in words]
    text = sent.text
    bigrams = {" ".join(p) for p in zip(lowers, lowers[1:])}
    f = {
        "evaluative": sum(1 for w, l in zip(lowers, lemmas) if w in lex["evaluative"] or l in lex["evaluative"]),
        "intensifier": sum(1 for w in lowers if w in lex["intensifiers"]),
        "deontic": sum(1 for w in lowers if w in lex["deontic"]) + sum(1 for b in bigrams if b in lex["deontic"]),
        "hedge": sum(1 for w in lowers if w in lex["hedges"]),
        "reporting": sum(1 for w in lowers if w in lex["reporting_verbs"]),
        "first_plural": sum(1 for w in lowers if w in FIRST_PLURAL),
        "first_singular": sum(1 for w in lowers if w in FIRST_SINGULAR),
        "second_person": sum(1 for w in lowers if w in SECOND_PERSON),
        "comparative": sum(1 for t in words if t.tag_ in ("JJR", "RBR", "JJS", "RBS")),
        "adjective": sum(1 for t in words if t.pos_ == "ADJ") / n,
        "adverb": sum(1 for t in words if t.pos_ == "ADV") / n,
        "past": sum(1 for t in words if t.tag_ in ("VBD", "VBN")) / n,
        "proper": sum(1 for t in words if t.pos_ == "PROPN") / n,
        "number": sum(1 for t in words if t.like_num) / n,
        "negation": sum(1 for t in words if t.dep_ == "neg"),
        "question": float("?" in text),
        "exclamation": float("!" in text),
        "quote": float(any(c in QUOTE_CHARS for c in text)),
        "imperative": float(_is_imperative(sent)),
        "modal": sum(1 for t in words if t.tag_ == "MD"),
        "speculative": sum(1 for w in lowers if w in lex["speculative"]),
        "contrast": sum(1 for w in lowers if w in lex["contrastive"]),
        "scare_quote": sum(1 for m in _SCARE_QUOTE.finditer(text)
                           if len(m.group(1).split()) <= MAX_SCARE_QUOTE_WORDS),
        "this_is": float(len(words) > 2 and lowers[0] in ("this", "that", "it", "these") and words[1].lemma_ == "be"),
        "starts_with_conj": float(bool(words) and words[0].pos_ in ("CCONJ", "ADV", "SCONJ")),
        "length": math.log1p(n),
    }
    return f


def features(sent) -> dict[str, float]:
    """Cue features plus, where the model has static word vectors (md), the mean
    vector of the sentence's content words (``vec:0`` … ``vec:299``)."""
    f = {f"cue:{k}": float(v) for k, v in cue_counts(sent).items()}
    if sent.doc.vocab.vectors.shape[0]:
        content = [t.vector for t in sent if t.has_vector and not t.is_punct and not t.is_stop]
        if content:
            mean = sum(content) / len(content)
            f.update({f"vec:{i}": float(x) for i, x in enumerate(mean)})
    return f


def model_kind(doc) -> str:
    """Which shipped weights fit this spaCy model: "vectors" (md) or "cues" (sm)."""
    return "vectors" if doc.vocab.vectors.shape[0] else "cues"


@lru_cache(maxsize=None)
def load_model(kind: str) -> dict:
    data = json.loads(resources.files("communique").joinpath("models", MODEL_FILE).read_text("utf-8"))
    return data["models"][kind]


def commentary_probability(sent) -> float:
    """P(the sentence is the author's commentary rather than news), from the shipped model."""
    model = load_model(model_kind(sent.doc))
    weights, mean, scale = model["weights"], model["mean"], model["scale"]
    z = model["intercept"]
    for name, value in features(sent).items():
        w = weights.get(name)
        if w is not None:
            z += w * (value - mean.get(name, 0.0)) / scale.get(name, 1.0)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

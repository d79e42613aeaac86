"""Round 22b: a learned argument-stance fallback for the author's stance in an opinion text.

Where the rules (``stance_evidence``, ``stance._sides``) give the author no evidence of their own
toward an actor of an op-ed, the NewsMTSC sentence-sentiment model is a poor reader of the
argument (issue 18). This module reads the *place* of the actor in the argument instead: a small
multinomial logistic regression (negative / neutral / positive) over cheap features of the
actor's mentions (how often and where the text names it, as the doer or the one done to, in a
question, next to a negation, in a quote), of the author's rule evidence toward the OTHER actors
named in the same sentences, of the actor's kind and sector, and of the sentiment model's mean.

It is trained by ``scripts/train_oped_stance.py`` on the gold of the development and open op-eds of
``tests/data/opeds/gold.json`` (written in this project; never the sealed op-eds) and saved as
``resources/rhetoric/argument_stance.npz`` (+ ``.json`` meta). ``stance.find_stance`` calls it only
for the author, only in an opinion text (``stance._is_opinion``) and only for actors with no evidence
rows, where its most likely class has a probability of at least ``MIN_CONFIDENCE``; its polarity keeps the dead zone (``P(+) - P(-)`` inside +-``NO_POSITION`` is no position).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict

import numpy as np

from .. import resources
from ..errors import ConfigError, LexiconError
from ..views import dependency_tree, doc_text, sentence_of, token_range

CLASSES = ("negative", "neutral", "positive")
WEIGHTS_FILE = "rhetoric/argument_stance.npz"
META_FILE = "rhetoric/argument_stance.json"
#: Mentions per actor read at most (the first ones).
MAX_MENTIONS = 40
#: Actor kinds with a feature of their own (anything else: "other").
KINDS = ("person", "state", "organization", "igo", "group", "armed_group", "location")
#: Sector families with a feature of their own.
SECTOR_FAMILIES = {
    "state_organ": ("GOV", "MIL", "COP", "SPY", "JUD"),
    "civil": ("CVL", "REF", "NGO", "HRI", "LAB", "MED", "HLH", "EDU", "REL", "JRN", "MDA"),
    "opposition": ("OPP", "REB", "INS", "PTY"),
    "business": ("BUS",),
}
#: Dependency labels of a mention's head read as the doer / the one done to.
SUBJECT_DEPS = ("nsubj",)
PASSIVE_DEPS = ("nsubjpass", "nsubj:pass")
OBJECT_DEPS = ("dobj", "obj", "pobj", "iobj", "dative")
#: Round 23b: a judging word of the stance rules' lexicons said of the actor (its governor's complement or modifier
#: where it is the subject, a modifier of its own), and the author's rule evidence toward the other actors of its
#: paragraphs (the sentence's co-occurrence features of round 22b, widened to the paragraph).
ROUND23_FEATURES = ("judged_negative", "judged_positive", "paragraph_negative", "paragraph_positive")
FEATURES = ("log_mentions", "first_paragraph", "last_paragraph", "first_position", "subject", "passive_subject",
            "agent", "object", "possessor", "question", "negation", "quoted", "cooc_negative", "cooc_positive",
            "doc_negative_share", "model_mean", "leader", "same_country_as_opposed", "same_country_as_favoured",
            *(f"kind_{k}" for k in (*KINDS, "other")), *(f"sector_{s}" for s in SECTOR_FAMILIES),
            *ROUND23_FEATURES)
#: Round 23b: dependency labels of the words read as a judgment of a subject mention: its governor's
#: complements and modifiers ("X is corrupt", "X acted shamefully"); of any mention, its own modifiers.
JUDGING_DEPS = ("acomp", "attr", "amod", "advmod", "oprd")
#: The fallback reads an actor only where its most likely class has at least this probability; below it
#: the actor keeps the reading it had without the fallback (round 22b: 0.65; round 23b: 0.7, which keeps the
#: neutral actors given a firm sign at round 22b's count in both cross-validations; docs/rhetoric.md).
MIN_CONFIDENCE = 0.7
#: The gate of weights whose meta names none (round 22b's, trained for 0.65).
MIN_CONFIDENCE_22B = 0.65
#: A co-mentioned actor is "opposed" / "favoured" (for the country features) from this evidence polarity on.
FIRM = 0.4


def features(document, doc, items, model_scores, fold, paragraphs, authors, leaders) -> dict[str, np.ndarray]:
    """``{target id: feature row (FEATURES)}`` for every author target of the document (folded ids)."""
    text = document.text
    size = max(len(text), 1)
    quoted = [(q.start, q.end) for q in document.quotes]
    has_dep = doc.has_annotation("DEP")
    relations, neg_id = (dependency_tree(doc)[1], doc.vocab.strings["neg"]) if has_dep else ((), 0)
    # the author's evidence per sentence: (sentence start) -> [(target, weight)]
    author_rows = [(t, w, s) for (h, t), rows in items.items() if h == "author" for w, s, _, _ in rows]
    neg = sum(1 for _, w, _ in author_rows if w < 0)
    doc_negative_share = neg / len(author_rows) if author_rows else 0.5
    evidence_pol: dict[str, float] = {}
    for (h, t), rows in items.items():
        if h == "author" and rows:
            ws = [w for w, *_ in rows]
            evidence_pol[t] = sum(ws) / (sum(map(abs, ws)) + 0.35)
    opposed_countries = set()
    favoured_countries = set()
    by_id = {a.id: a for a in document.actors}
    for t, p in evidence_pol.items():
        a = by_id.get(t)
        if a is not None and a.country:
            (opposed_countries if p <= -FIRM else favoured_countries if p >= FIRM else set()).add(a.country)
    mentions: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for a in document.actors:
        if a.id in authors:
            continue
        mentions[fold(a.id)].extend(a.mentions)
    first_par = paragraphs[0] if paragraphs else (0, 0)
    neg_words, pos_words = _words()
    par_starts = [p0 for p0, _ in paragraphs]
    # round 23b: the author's negative / positive evidence per paragraph, in all and per target
    par_total: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0])
    par_own: dict[tuple[int, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    for t, w, s in author_rows:
        k = bisect_right(par_starts, s) - 1
        if k >= 0 and s < paragraphs[k][1]:
            side = 0 if w < 0 else 1
            par_total[k][side] += abs(w)
            par_own[k, t][side] += abs(w)
    last_par = paragraphs[-1] if paragraphs else (0, 0)
    out = {}
    for target, spans in mentions.items():
        spans = sorted(set(spans))[:MAX_MENTIONS]
        if not spans:
            continue
        n = len(spans)
        f = defaultdict(float)
        f["log_mentions"] = math.log1p(n)
        f["first_position"] = spans[0][0] / size
        for start, end in spans:
            f["first_paragraph"] += first_par[0] <= start < first_par[1]
            f["last_paragraph"] += last_par[0] <= start < last_par[1]
            f["quoted"] += any(q0 <= start < q1 for q0, q1 in quoted)
            found = token_range(doc, start, end)
            if found is None:
                continue
            toks = doc[found[0]:found[1]]
            sent = sentence_of(doc, found[0])  # round 28s2: from the views, no walk of its tokens
            s0, s1 = sent.start_char, sent.end_char
            f["question"] += "?" in doc_text(doc)[s0:s1]
            if has_dep:
                f["negation"] += neg_id in relations[sent.start:sent.end]
                root = toks.root
                dep = root.dep_
                f["subject"] += dep in SUBJECT_DEPS
                f["passive_subject"] += dep in PASSIVE_DEPS
                f["agent"] += dep == "pobj" and root.head.dep_ == "agent"
                f["object"] += dep in OBJECT_DEPS and root.head.dep_ != "agent"
                f["possessor"] += dep == "poss"
            others = [w for t, w, s in author_rows if t != target and s0 <= s < s1]
            f["cooc_negative"] += min(1.0, -sum(w for w in others if w < 0))
            f["cooc_positive"] += min(1.0, sum(w for w in others if w > 0))
            # round 23b: a judging word said of the mention, and the author's evidence in its paragraph
            if has_dep:
                verb = root.head
                judged = [c.lemma_.lower() for c in root.children if c.dep_ in ("amod", "appos")]
                if dep in SUBJECT_DEPS:
                    judged += [verb.lemma_.lower(), *(c.lemma_.lower() for c in verb.children if c.dep_ in JUDGING_DEPS)]
                f["judged_negative"] += any(w in neg_words for w in judged)
                f["judged_positive"] += any(w in pos_words for w in judged)
            k = bisect_right(par_starts, start) - 1
            if k in par_total:
                own = par_own.get((k, target), (0.0, 0.0))
                f["paragraph_negative"] += max(0.0, min(1.0, par_total[k][0] - own[0]))
                f["paragraph_positive"] += max(0.0, min(1.0, par_total[k][1] - own[1]))
        for key in ("first_paragraph", "last_paragraph", "quoted", "question", "negation", "subject",
                    "passive_subject", "agent", "object", "possessor", "cooc_negative", "cooc_positive",
                    *ROUND23_FEATURES):
            f[key] /= n
        f["doc_negative_share"] = doc_negative_share
        mean = model_scores.get(("author", target))
        f["model_mean"] = mean[0] if mean is not None else 0.0
        a = by_id.get(target)
        f["leader"] = float(target in leaders)
        if a is not None and a.kind != "state":  # a state's organs share their evidence with it already
            # (``stance.organ_map``); its other people's side says nothing of the state's (victims of their state)
            f["same_country_as_opposed"] = float(bool(a.country) and a.country in opposed_countries)
            f["same_country_as_favoured"] = float(bool(a.country) and a.country in favoured_countries)
        if a is not None:
            f[f"kind_{a.kind if a.kind in KINDS else 'other'}"] = 1.0
            for family, sectors in SECTOR_FAMILIES.items():
                f[f"sector_{family}"] = float(a.sector in sectors)
        out[target] = np.array([f[k] for k in FEATURES], dtype=np.float64)
    return out


@resources.cached
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """Round 23b: the one-word negative and positive evaluative entries the stance rules read
    (``stance_evidence._lexicons``: ``evaluative.en.tsv`` with the loaded labels)."""
    from .stance_evidence import _lexicons

    evaluative = _lexicons()[0]
    return (frozenset(w for w, v in evaluative.items() if v < 0 and " " not in w),
            frozenset(w for w, v in evaluative.items() if v > 0 and " " not in w))


@resources.cached
def load_model() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, dict]:
    """``(mean, scale, coef, intercept, meta)`` of the packaged model; a clear error when it does not fit."""
    try:
        data = resources.npz(WEIGHTS_FILE)
        meta = resources.json(META_FILE)
    except LexiconError as err:
        raise ConfigError(f"argument stance weights cannot be read ({err}); run scripts/train_oped_stance.py") from None
    names = tuple(meta.get("features", ()))
    if tuple(meta.get("classes", ())) != CLASSES or not names or any(f not in FEATURES for f in names):
        raise ConfigError(f"{WEIGHTS_FILE}: classes or features differ from the code's; run scripts/train_oped_stance.py")
    if data["coef"].shape != (len(CLASSES), len(names)):
        raise ConfigError(f"{WEIGHTS_FILE}: coef shape {data['coef'].shape} does not fit {len(names)} features")
    # round 23b: weights trained on a subset of FEATURES (round 22b's 31) read the others with weight 0
    cols = [FEATURES.index(f) for f in names]
    mean, scale, coef = np.zeros(len(FEATURES)), np.ones(len(FEATURES)), np.zeros((len(CLASSES), len(FEATURES)))
    mean[cols], scale[cols], coef[:, cols] = data["mean"], data["scale"], data["coef"]
    return mean, scale, coef, data["intercept"], meta


def gate() -> float:
    """The confidence gate of the packaged weights: their meta's ``min_confidence`` (written by
    ``scripts/train_oped_stance.py`` from ``MIN_CONFIDENCE``), else round 22b's 0.65."""
    return float(load_model()[4].get("min_confidence", MIN_CONFIDENCE_22B))


def predict_proba(rows: np.ndarray, model=None) -> np.ndarray:
    """Class probabilities (negative, neutral, positive) for feature rows; ``model``: (mean, scale,
    coef, intercept) other than the packaged one (the training script's cross-validation)."""
    mean, scale, coef, intercept = (model or load_model())[:4]
    rows = np.atleast_2d(np.asarray(rows, dtype=np.float64))
    z = ((rows - mean) / scale) @ coef.T + intercept
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def polarity(proba: np.ndarray) -> np.ndarray:
    """``P(positive) - P(negative)`` per row; a row whose most likely class is neutral is kept
    inside the dead zone (at most +-0.15)."""
    proba = np.atleast_2d(proba)
    diff = proba[:, 2] - proba[:, 0]
    return np.where(proba.argmax(axis=1) == 1, np.clip(diff, -0.15, 0.15), diff)

"""Reading the Propaganda Techniques Corpus (PTC, SemEval-2020 Task 11) and its metrics.

PTC is third-party data for MEASURING only (no licence to train or ship): this
module reads it from a folder the caller names (``../shared/data/ptc2020_train``)
and never copies anything from it.

Metrics, as defined for SemEval-2020 Task 11 (Da San Martino et al., 2020):

* span identification (SI): spans of one article are merged where they
  overlap; precision = sum over predicted spans s and gold spans t of
  |s & t| / |s|, divided by the number of predicted spans; recall = the same
  sum with |t| as denominator, divided by the number of gold spans; F1 is their
  harmonic mean (partial-overlap credit).
* technique classification (TC): every gold span gets one label; micro-F1
  over the spans (= accuracy when each span gets exactly one label).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping


@dataclass(frozen=True)
class Article:
    id: str
    text: str


#: Share of articles (by a hash of the article id) in the held-out part: lexicons and rules
#: are developed looking at the other articles only ("dev"); the held-out part is reported.
HELDOUT_PERCENT = 30
SPLITS = ("all", "dev", "heldout")


def heldout(article_id: str) -> bool:
    """True for the PTC articles kept out of development (about HELDOUT_PERCENT% of them)."""
    digest = hashlib.sha256(article_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < HELDOUT_PERCENT


def read_articles(folder: Path, limit: int | None = None, split: str = "all") -> list[Article]:
    """The articles of ``split`` ("all", "dev" or "heldout"), by file name, the first ``limit``."""
    if split not in SPLITS:
        raise ValueError(f"unknown PTC split {split!r}; allowed: {SPLITS}")
    paths = sorted((folder / "train-articles").glob("article*.txt"))
    articles = [Article(p.stem.removeprefix("article"), p.read_text("utf-8")) for p in paths]
    if split != "all":
        articles = [a for a in articles if heldout(a.id) == (split == "heldout")]
    return articles[:limit]


def read_spans(path: Path) -> dict[str, list[tuple[int, int]]]:
    """SI labels: ``article \\t start \\t end`` per line."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            art, start, end = line.split("\t")[:3]
            out[art].append((int(start), int(end)))
    return out


def read_labels(path: Path) -> dict[str, list[tuple[str, int, int]]]:
    """TC labels: ``article \\t technique \\t start \\t end`` per line."""
    out: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            art, label, start, end = line.split("\t")[:4]
            out[art].append((label, int(start), int(end)))
    return out


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of overlapping ``[start, end)`` spans, sorted."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def span_prf(predicted: Mapping[str, Iterable[tuple[int, int]]],
             gold: Mapping[str, Iterable[tuple[int, int]]]) -> tuple[float, float, float]:
    """SemEval-2020 Task 11 SI precision, recall and F1 (partial overlap), over all articles."""
    prec_sum = rec_sum = 0.0
    n_pred = n_gold = 0
    for art in set(predicted) | set(gold):
        pred = merge_spans(predicted.get(art, ()))
        ref = merge_spans(gold.get(art, ()))
        n_pred += len(pred)
        n_gold += len(ref)
        for s, e in pred:
            for gs, ge in ref:
                inter = min(e, ge) - max(s, gs)
                if inter > 0:
                    prec_sum += inter / (e - s)
                    rec_sum += inter / (ge - gs)
    p = prec_sum / n_pred if n_pred else 0.0
    r = rec_sum / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def label_prf(pairs: Iterable[tuple[str, str]]) -> tuple[float, dict[str, tuple[float, float, float, int]]]:
    """Micro-F1 and per-label ``(precision, recall, f1, support)`` from ``(gold, predicted)`` pairs."""
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    n = correct = 0
    for g, p in pairs:
        n += 1
        if g == p:
            correct += 1
            tp[g] += 1
        else:
            fp[p] += 1
            fn[g] += 1
    per = {}
    for label in sorted(set(tp) | set(fp) | set(fn)):
        prec = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        rec = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[label] = (prec, rec, f1, tp[label] + fn[label])
    return (correct / n if n else 0.0), per

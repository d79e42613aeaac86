"""Scoring quotes against PolNeAR attribution relations (brat standoff).

PolNeAR (networkdynamics/PolNeAR) annotates attributions as Source, Cue and
Content spans linked by an ``E`` relation; contents may be discontinuous
(``start end;start end``). This module reads one annotator per article (the
first file in sorted order), turns predicted quotes into comparable units and
scores them. The data is third-party and is only read, never copied: see
``../shared/data/README.md``.

Matching: a predicted unit and a gold content match when their character
overlap is at least ``MIN_OVERLAP_SHARE`` of *each* of them; pairs are taken
greedily by overlap, one to one. A predicted direct quote split by its
attribution ("...," X said. "...") is one unit: consecutive direct quotes in one
paragraph with the same speaker text and cue are merged before matching, as
PolNeAR annotates them as one discontinuous content. A predicted quote nested in a
predicted direct quote ("I handed in my notice and he said, 'Sleep on it.'")
is not scored: PolNeAR annotates the outer attribution only (6 of the 2,192 dev
contents lie inside another one).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

#: Share of both the gold and the predicted span that must overlap for a match.
MIN_OVERLAP_SHARE = 0.5
#: Characters that open a direct quote in the gold ("content spans that start with a quote mark").
QUOTE_OPENERS = "\"“‘'«„"
#: Words ignored when comparing speaker strings.
SPEAKER_STOPWORDS = frozenset({"the", "a", "an"})
_WORD = re.compile(r"\w+")


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]]
    source: str | None
    direct: bool


@dataclass
class Article:
    name: str
    text: str
    gold: list[GoldAttribution] = field(default_factory=list)


@dataclass
class Unit:
    spans: list[tuple[int, int]]
    kind: str
    speaker_text: str | None


def read_ann(text: str, ann: str) -> list[GoldAttribution]:
    """Gold attributions of one brat ``.ann`` file."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    relations = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T") and len(parts) >= 3:
            label, _, offsets = parts[1].partition(" ")
            frags = [tuple(int(x) for x in frag.split()) for frag in offsets.split(";")]
            spans[parts[0]] = (label, [f for f in frags if len(f) == 2], parts[2])
        elif parts[0].startswith("E"):
            args = defaultdict(list)
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                args[role.rstrip("0123456789")].append(ref)
            relations.append(args)
    out = []
    for args in relations:
        content = sorted(f for ref in args.get("Content", []) if ref in spans for f in spans[ref][1])
        if not content:
            continue
        sources = [spans[ref][2] for ref in args.get("Source", []) if ref in spans]
        first = text[content[0][0]:content[0][1]].lstrip()
        out.append(GoldAttribution(content, " ".join(sources) or None, first[:1] in QUOTE_OPENERS))
    return out


def read_split(root: Path, split: str, limit: int | None = None) -> list[Article]:
    """Articles of one PolNeAR split (``dev`` or ``train``), one annotator each."""
    by_article: dict[str, list[Path]] = defaultdict(list)
    for path in sorted((root / split / "attributions").glob("*.ann")):
        by_article[path.stem.rsplit("_", 1)[0]].append(path)
    articles = []
    for name in sorted(by_article)[:limit]:
        text_path = root / split / "text" / f"{name}.txt"
        if not text_path.is_file():
            continue
        text = text_path.read_text("utf-8")
        articles.append(Article(name, text, read_ann(text, by_article[name][0].read_text("utf-8"))))
    return articles


def units(text: str, quotes: Iterable) -> list[Unit]:
    """Predicted quotes as units, merging a direct quote split by its attribution and leaving
    out quotes nested in a direct quote."""
    out: list[Unit] = []
    last = None
    quotes = list(quotes)
    outer = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    for q in sorted(quotes, key=lambda q: q.start):
        if any(s <= q.start and q.end <= e and (s, e) != (q.start, q.end) for s, e in outer):
            continue
        if (last is not None and q.kind == "direct" and last.kind == "direct"
                and (q.speaker_text, q.cue) == (last.speaker_text, last.cue) and q.speaker_text is not None
                and "\n" not in text[last.end:q.start]):
            out[-1].spans.append((q.start, q.end))
        else:
            out.append(Unit([(q.start, q.end)], q.kind, q.speaker_text))
        last = q
    return out


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(a: list[tuple[int, int]]) -> int:
    return sum(e - s for s, e in a)


def match(gold: list[list[tuple[int, int]]], pred: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, pred index)`` pairs, greedy by overlap."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = _overlap(g, p)
            if ov and ov >= MIN_OVERLAP_SHARE * _length(g) and ov >= MIN_OVERLAP_SHARE * _length(p):
                pairs.append((ov, i, j))
    used_g, used_p, out = set(), set(), []
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """Token overlap between the gold source and the predicted speaker text."""
    if not gold or not predicted:
        return False
    words = lambda s: {w.lower() for w in _WORD.findall(s)} - SPEAKER_STOPWORDS  # noqa: E731
    return bool(words(gold) & words(predicted))


@dataclass
class Tally:
    tp: int = 0
    n_gold: int = 0
    n_pred: int = 0
    speaker_right: int = 0
    speaker_scored: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.n_pred if self.n_pred else 0.0
        r = self.tp / self.n_gold if self.n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_scored if self.speaker_scored else 0.0


def score_article(article: Article, quotes, direct: Tally, everything: Tally,
                  errors: list | None = None) -> None:
    """Add one article's counts to the direct-quote and all-attribution tallies."""
    predicted = units(article.text, quotes)
    gold_direct = [g for g in article.gold if g.direct]
    pred_direct = [u for u in predicted if u.kind == "direct"]
    pairs = match([g.content for g in gold_direct], [u.spans for u in pred_direct])
    direct.tp += len(pairs)
    direct.n_gold += len(gold_direct)
    direct.n_pred += len(pred_direct)
    for i, j in pairs:
        if gold_direct[i].source:
            direct.speaker_scored += 1
            ok = same_speaker(gold_direct[i].source, pred_direct[j].speaker_text)
            direct.speaker_right += ok
            if errors is not None and not ok:
                errors.append(("speaker", article.name, gold_direct[i].source, pred_direct[j].speaker_text))
    if errors is not None:
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        errors.extend(("fn", article.name, g.content) for i, g in enumerate(gold_direct) if i not in matched_g)
        errors.extend(("fp", article.name, u.spans) for j, u in enumerate(pred_direct) if j not in matched_p)
    pairs = match([g.content for g in article.gold], [u.spans for u in predicted])
    everything.tp += len(pairs)
    everything.n_gold += len(article.gold)
    everything.n_pred += len(predicted)


def evaluate(articles: Iterable[Article], analyze, errors: list | None = None) -> tuple[Tally, Tally]:
    """``(direct, all)`` tallies for ``articles``; ``analyze(text)`` returns a Document."""
    direct, everything = Tally(), Tally()
    for article in articles:
        score_article(article, analyze(article.text).quotes, direct, everything, errors)
    return direct, everything

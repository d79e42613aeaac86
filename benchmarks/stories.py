"""Clustering speed: event clusters and stories over N synthetic documents' store rows.

    .venv/bin/python benchmarks/stories.py --docs 100000
    .venv/bin/python benchmarks/stories.py --docs 20000 --incremental 2000

The documents come from ``communique.testing.corpus.synthetic_documents`` (annotated by the
generator, no NLP), are written to a fresh store with ``Store.add``, then clustered by
``update_stories``: once from scratch, and (with ``--incremental K``) again after K more
documents are added. Prints wall time and peak memory (resident set, from ``resource``).
Also ``--pipeline``: the story corpus analysed by the pipeline, with its B-cubed and
pairwise F1 (the numbers in docs/stories.md).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


#: Documents per synthetic story (consecutive documents, published within a few days).
STORY_SIZE = 3
#: Words of a story's own vocabulary, and how many of them each of its documents uses.
STORY_WORDS, WORDS_FROM_STORY, OTHER_WORDS = 120, 90, 60
#: Size of the pseudo-word vocabulary the extra words are drawn from (Zipf-distributed).
VOCABULARY = 30_000


def _word(i: int) -> str:
    letters = ""
    i += 26 ** 4
    while i:
        i, r = divmod(i, 26)
        letters += chr(97 + r)
    return letters


def realistic(docs, seed: int = 20):
    """The synthetic documents with a paragraph of story vocabulary appended: the template
    texts alone share most of their words (every pair looks alike); news on different
    matters does not. Every ``STORY_SIZE`` consecutive documents form one story, published
    within three days of each other."""
    import dataclasses
    import datetime as dt

    import numpy as np

    rng = np.random.default_rng(seed)
    ranks = np.arange(1, VOCABULARY + 1)
    weights = (1 / ranks) / (1 / ranks).sum()
    out = []
    for start in range(0, len(docs), STORY_SIZE):
        story = rng.choice(VOCABULARY, STORY_WORDS, replace=False, p=weights)
        first = docs[start].published
        for k, doc in enumerate(docs[start:start + STORY_SIZE]):
            own = rng.choice(story, WORDS_FROM_STORY, replace=False)
            other = rng.choice(VOCABULARY, OTHER_WORDS, p=weights)
            extra = " ".join(_word(int(w)) for w in np.concatenate([own, other]))
            published = (dt.date.fromisoformat(first) + dt.timedelta(days=k)).isoformat() if first else None
            out.append(dataclasses.replace(doc, id="", text=f"{doc.text}\n\n{extra}", published=published))
    return out


def speed(n: int, incremental: int) -> None:
    from communique.store import Store
    from communique.store.stories import update_stories
    from communique.testing.corpus import synthetic_documents

    t = time.perf_counter()
    docs = realistic(synthetic_documents(n + incremental, seed=20))
    print(f"generated {len(docs)} documents in {time.perf_counter() - t:.1f} s")
    with tempfile.TemporaryDirectory() as folder:
        with Store(Path(folder) / "bench.duckdb", batch_docs=2000, search_index=False) as store:
            t = time.perf_counter()
            store.add(docs[:n], pipeline_version="bench")
            print(f"stored {n} documents in {time.perf_counter() - t:.1f} s")
            t = time.perf_counter()
            stats = update_stories(store.con)
            print(f"clustered {n} documents in {time.perf_counter() - t:.1f} s: {stats.event_links} event links, "
                  f"{stats.story_links} story links, {stats.event_clusters} event clusters, {stats.stories} stories")
            if incremental:
                store.add(docs[n:], pipeline_version="bench")
                t = time.perf_counter()
                stats = update_stories(store.con)
                print(f"incremental: {stats.compared} new documents clustered in {time.perf_counter() - t:.1f} s")
    print(f"peak memory (RSS): {peak_mb():.0f} MB")


def pipeline_scores() -> None:
    from communique.ingest.records import Record
    from communique.runner import run_many
    from communique.store import Store
    from communique.store.stories import update_stories
    from communique.testing.stories import bcubed_f1, match_events, pairwise_f1, story_corpus

    corpus = story_corpus()
    records = [Record(d.text, d.source, {"title": d.title, "published": d.published, "publisher": d.publisher})
               for d in corpus.documents]
    for name, documents in (("annotated", corpus.documents), ("pipeline", list(run_many(records)))):
        with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "s.duckdb", search_index=False) as store:
            store.add(documents, pipeline_version=name)
            update_stories(store.con)
            stories = dict(store.con.execute("SELECT doc_id, story_id FROM story_documents").fetchall())
            clusters = {(d, e): c for c, d, e in store.con.execute(
                "SELECT cluster_id, doc_id, event_id FROM event_cluster_mentions").fetchall()}
            found = store.con.execute("SELECT doc_id, event_id, trigger_start, trigger_end FROM events").fetchall()
        gold, predicted, covered = match_events(corpus, found, clusters)
        b = bcubed_f1({i: stories.get(i, i) for i in corpus.story_of}, corpus.story_of)
        p = pairwise_f1(predicted, gold)
        print(f"{name}: stories B-cubed P {b[0]:.3f} R {b[1]:.3f} F1 {b[2]:.3f}; event clusters pairwise "
              f"P {p[0]:.3f} R {p[1]:.3f} F1 {p[2]:.3f} over {len(covered)} of {len(corpus.event_of)} annotated events")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--incremental", type=int, default=0)
    parser.add_argument("--pipeline", action="store_true", help="score the story corpus instead")
    args = parser.parse_args(argv)
    if args.pipeline:
        pipeline_scores()
    else:
        speed(args.docs, args.incremental)
    return 0


if __name__ == "__main__":
    sys.exit(main())

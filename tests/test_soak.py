"""Crash safety under repeated SIGKILL (issue 10).

``communique ingest`` runs over thousands of generated documents in a child
process that is killed with SIGKILL at random points (between batches, while
analysing, or while a transaction commits) several times. After every kill the
store must open, hold no document twice, no rows without their document, and
per-document row counts that match the stored document; nothing committed
before may go missing. A last run completes the corpus: every document is
there exactly once, and each failing source has exactly one error row.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from communique.document import content_id
from communique.store.db import connect

#: Documents in the generated corpus ("thousands", small enough for a 2-3 minute test).
N_DOCS = 2000
#: Rows whose text is empty: each must give one error row, however often it is retried.
N_BAD_ROWS = 5
#: Kills before the run that is allowed to finish.
KILLS = 6
#: Documents per transaction: small, so kills land between, before and during commits.
BATCH_DOCS = 16
#: Random seed of the kill schedule and of the corpus.
SEED = 1010
#: Longest one child run may take before the test gives up (model loading included).
RUN_LIMIT_SECONDS = 400

PLACES = ["Ghana", "Togo", "Peru", "Chile", "Norway", "Kenya", "Fiji", "Samoa", "Nepal", "Bhutan",
          "Uruguay", "Paraguay", "Latvia", "Estonia", "Oman", "Jordan"]
VERBS = ["agreed with", "met envoys from", "criticised", "signed a grain accord with", "accused",
         "offered aid to", "held talks with", "threatened sanctions against"]
TAILS = ["on Monday.", "after a week of talks.", "in a short statement.", "at the regional summit.",
         "according to officials."]
#: Per-document tables and the communique/1 list whose length their rows must match.
ROW_CHECKS = {"events": "events", "quotes": "quotes", "doc_actors": "actors", "techniques": "techniques",
              "calls_to_action": "calls_to_action", "stance": "stance", "sections": "sections"}


def write_corpus(path: Path) -> set[str]:
    """A JSON Lines corpus of short reports written for this test; returns the expected ids."""
    rng = random.Random(SEED)
    rows, ids = [], set()
    for n in range(N_DOCS):
        a, b = rng.sample(PLACES, 2)
        text = (f"Bulletin {n}. {a} {rng.choice(VERBS)} {b} {rng.choice(TAILS)} "
                f"\"We expect progress,\" the foreign minister of {a} said.")
        rows.append({"id": f"doc-{n}", "text": text, "published": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}"})
        ids.add(content_id(text))
    for n in range(N_BAD_ROWS):
        rows.insert(rng.randrange(len(rows)), {"id": f"bad-{n}", "text": ""})
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert len(ids) == N_DOCS
    return ids


def ingest_command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-c", "from communique.cli import main; main()", "-v", "ingest", str(corpus),
            "--db", str(db), "--workers", "1", "--batch-docs", str(BATCH_DOCS), "-q"]


def run_and_kill(corpus: Path, db: Path, commits_before: int, extra_delay: float) -> int:
    """Start an ingest, SIGKILL it ``extra_delay`` s after its ``commits_before``-th commit;
    returns the commits seen (0 when it finished first)."""
    proc = subprocess.Popen(ingest_command(corpus, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    commits, deadline = 0, time.monotonic() + RUN_LIMIT_SECONDS
    try:
        for line in proc.stderr:
            if "committed" in line:
                commits += 1
                if commits >= commits_before:
                    time.sleep(extra_delay)  # lands while analysing the next batch or inside its commit
                    os.kill(proc.pid, signal.SIGKILL)
                    break
            if time.monotonic() > deadline:
                pytest.fail(f"ingest made {commits} commits in {RUN_LIMIT_SECONDS} s")
    finally:
        if proc.poll() is None and commits < commits_before:
            proc.kill()
        proc.wait()
        proc.stderr.close()
    assert proc.returncode in (-signal.SIGKILL, 0), f"ingest exited with {proc.returncode}"
    return commits if proc.returncode == -signal.SIGKILL else 0


def check_store(db: Path, expected: set[str]) -> int:
    """Open the store after a crash and check its integrity; returns the documents held."""
    con = connect(db)  # replays the write-ahead log; raises StoreError if the file is corrupt
    try:
        ids = [r[0] for r in con.execute("SELECT id FROM documents").fetchall()]
        assert len(ids) == len(set(ids)), "a document is stored twice"
        assert set(ids) <= expected, "a document that is not in the corpus"
        for table, field in ROW_CHECKS.items():
            orphans = con.execute(f'SELECT count(*) FROM "{table}" WHERE doc_id NOT IN '
                                  "(SELECT id FROM documents)").fetchone()[0]
            assert orphans == 0, f"{orphans} {table} rows without their document"
            mismatched = con.execute(
                f"SELECT count(*) FROM documents d WHERE coalesce(json_array_length(d.doc -> '{field}'), 0) "
                f'<> (SELECT count(*) FROM "{table}" t WHERE t.doc_id = d.id)').fetchone()[0]
            assert mismatched == 0, f"{mismatched} documents whose {table} rows differ from their JSON"
        twice = con.execute("SELECT count(*) FROM (SELECT source, stage, message FROM errors "
                            "GROUP BY ALL HAVING count(*) > 1)").fetchone()[0]
        assert twice == 0, "an error row recorded twice"
        return len(ids)
    finally:
        con.close()


@pytest.mark.slow
def test_soak_ingest_survives_repeated_sigkill(tmp_path):
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "soak.duckdb"
    expected = write_corpus(corpus)
    rng = random.Random(SEED)
    held, kills = 0, 0
    for _ in range(KILLS):
        commits = run_and_kill(corpus, db, commits_before=rng.randint(1, 10), extra_delay=rng.uniform(0.0, 0.4))
        now = check_store(db, expected)
        assert now >= held, f"{held - now} committed documents lost after a kill"
        if commits:
            kills += 1
        held = now
    assert kills == KILLS, "every run but the last was killed mid-ingest"
    assert 0 < held < N_DOCS
    finished = subprocess.run(ingest_command(corpus, db), capture_output=True, text=True, timeout=RUN_LIMIT_SECONDS)
    assert finished.returncode == 0, finished.stderr[-3000:]
    assert check_store(db, expected) == N_DOCS
    con = connect(db, read_only=True)
    try:
        assert {r[0] for r in con.execute("SELECT id FROM documents").fetchall()} == expected
        bad = con.execute("SELECT count(*) FROM errors WHERE message = 'record has no text'").fetchone()[0]
        assert bad == N_BAD_ROWS, f"{bad} error rows for {N_BAD_ROWS} empty records"
    finally:
        con.close()
    print(f"soak: {N_DOCS} documents, {KILLS} SIGKILLs, store held {held} before the last run")

"""The multi-process runner keeps memory bounded: workers are replaced after
``MAX_DOCS_PER_WORKER`` documents, and the results do not depend on that."""

from __future__ import annotations

from concurrent.futures import process as futures_process

import pytest

from communique import runner


def test_scaling_recycle_limit_keeps_restarts_rare():
    # a restart reloads the model (seconds); it must stay rare next to the documents' cost
    assert runner.MAX_DOCS_PER_WORKER >= 1_000


@pytest.mark.slow
@pytest.mark.issue(9)
def test_scaling_recycled_workers_give_the_same_documents(monkeypatch, pipeline):
    from communique.testing.corpus import generate_records

    records = generate_records(6, seed=31)
    expected = [d.to_dict() for d in pipeline.pipe(records, 2)]
    spawned = []
    real_spawn = futures_process.ProcessPoolExecutor._spawn_process

    def counting_spawn(self):
        spawned.append(1)
        return real_spawn(self)

    monkeypatch.setattr(futures_process.ProcessPoolExecutor, "_spawn_process", counting_spawn)
    monkeypatch.setattr(runner, "MAX_DOCS_PER_WORKER", 2)  # one 2-document chunk per worker
    got = [d.to_dict() for d in runner.run_many(records, n_process=2, batch_size=2)]
    assert got == expected
    assert len(spawned) >= 3  # without recycling the pool starts exactly 2 workers


def _freeze_count_after_init() -> int:
    import gc

    runner._init_worker({})
    return gc.get_freeze_count()


@pytest.mark.slow
def test_scaling_worker_moves_the_loaded_pipeline_out_of_the_collectors_way():
    # in a fresh process, as a worker starts: the model, knowledge base and lexicons loaded and warmed
    # by the initialiser are frozen (gc.freeze), so full collections stop walking them per chunk
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        frozen = pool.submit(_freeze_count_after_init).result()
    assert frozen > 100_000

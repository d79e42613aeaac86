"""The coverage-guided fuzz targets (``fuzz/``) run for a bounded time in CI (issue 10).

Each target fuzzes its stages for ``FUZZ_SECONDS`` in a subprocess; a crash or a
broken output contract fails the test with libFuzzer's report (the crashing input
is kept in the test's temporary folder)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: Fuzzing time per target in CI: long enough to get past the seeds and the easy
#: branches, short enough for the suite's time budget.
FUZZ_SECONDS = 20
#: Fewest inputs a target must run in that time, so that a target that silently stops
#: fuzzing (say, a model that fails to load) does not pass.
MIN_RUNS = 20

pytest.importorskip("atheris")


@pytest.mark.slow
@pytest.mark.parametrize("target", ["structure", "quotes"])
def test_fuzz_atheris_target_finds_no_crash(tmp_path, target):
    done = subprocess.run([sys.executable, str(ROOT / "fuzz" / "run.py"), "--seconds", str(FUZZ_SECONDS),
                           "--target", target, "--artifacts", str(tmp_path / "artifacts")],
                          capture_output=True, text=True, timeout=FUZZ_SECONDS + 400, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr[-8000:]
    summary = done.stdout.strip().splitlines()[-1]
    assert summary.startswith(f"{target}: ok;"), summary
    runs = int(summary.split(";")[1].split()[0])
    assert runs >= MIN_RUNS, summary


def test_fuzz_atheris_runner_reports_a_crash(tmp_path, monkeypatch):
    """The runner fails (exit 1) and keeps the input when a target crashes."""
    sys.path.insert(0, str(ROOT / "fuzz"))
    try:
        import run as fuzz_run
    finally:
        sys.path.remove(str(ROOT / "fuzz"))
    crasher = tmp_path / "crasher.py"
    crasher.write_text("import sys, atheris\n"
                       "def t(data):\n"
                       "    if data[:1] == b'C':\n"
                       "        raise ValueError('boom')\n"
                       "atheris.Setup([sys.argv[0]] + sys.argv[2:], t)\n"
                       "atheris.Fuzz()\n", encoding="utf-8")
    seeds = tmp_path / "seeds" / "structure"
    seeds.mkdir(parents=True)
    (seeds / "seed").write_bytes(b"C")
    monkeypatch.setattr(fuzz_run, "HERE", tmp_path)
    (tmp_path / "targets.py").write_text(crasher.read_text(encoding="utf-8"), encoding="utf-8")
    result = fuzz_run.run_target("structure", 5, tmp_path / "artifacts")
    assert not result["ok"] and "ValueError: boom" in result["log"]
    assert any(p.name.startswith("structure-crash-") for p in (tmp_path / "artifacts").iterdir())

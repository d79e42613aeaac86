"""Run the atheris fuzz targets for a bounded time.

    python fuzz/run.py --seconds 30                 # every target, 30 s each
    python fuzz/run.py --seconds 600 --target quotes --artifacts crashes/

Each target runs in its own process (``fuzz/targets.py``) on a temporary copy of
its seed corpus (``fuzz/seeds/<target>/``), so the repository is never written.
A crash (an exception from a stage or a broken output contract) stops that
target; its input is kept under ``--artifacts`` (default: a temporary folder,
printed) and the exit status is 1. The summary line per target gives the runs
made and the corpus size reached.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGETS = ("structure", "quotes")
#: Seconds one input may take before libFuzzer calls it a hang (a full parse of the
#: longest input takes well under a second; a quadratic path shows as a hang).
INPUT_TIMEOUT_SECONDS = 60
#: Memory one fuzzing process may use before libFuzzer stops it (the model is ~1 GB).
RSS_LIMIT_MB = 4096
#: Longest input in bytes libFuzzer generates.
MAX_LEN_BYTES = 4096
#: Extra seconds for loading the model and libFuzzer's final report.
STARTUP_GRACE_SECONDS = 240

_RUNS = re.compile(r"Done (\d+) runs in (\d+) second")
_CORPUS = re.compile(r"corp: (\d+)/")


def run_target(name: str, seconds: int, artifacts: Path) -> dict:
    """Fuzz one target; ``{"target", "ok", "runs", "corpus", "log"}``."""
    with tempfile.TemporaryDirectory(prefix=f"communique-fuzz-{name}-") as tmp:
        corpus = Path(tmp) / "corpus"
        shutil.copytree(HERE / "seeds" / name, corpus)
        artifacts.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, str(HERE / "targets.py"), name, f"-max_total_time={seconds}",
                   f"-timeout={INPUT_TIMEOUT_SECONDS}", f"-rss_limit_mb={RSS_LIMIT_MB}",
                   f"-max_len={MAX_LEN_BYTES}", f"-artifact_prefix={artifacts}/{name}-",
                   "-print_final_stats=1", str(corpus)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, errors="replace",
                                  timeout=seconds + STARTUP_GRACE_SECONDS)
            log, status = done.stdout + done.stderr, done.returncode
        except subprocess.TimeoutExpired as err:
            log = (err.stdout or b"").decode(errors="replace") if isinstance(err.stdout, bytes) else (err.stdout or "")
            log += "\nfuzz/run.py: the target did not stop in time"
            status = -1
    runs = _RUNS.search(log)
    corpora = _CORPUS.findall(log)
    return {"target": name, "ok": status == 0, "status": status, "runs": int(runs.group(1)) if runs else 0,
            "corpus": int(corpora[-1]) if corpora else 0, "log": log}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=30, help="fuzzing time per target (default 30)")
    parser.add_argument("--target", choices=TARGETS, action="append",
                        help="a target to run (repeatable; default: all)")
    parser.add_argument("--artifacts", type=Path, default=None,
                        help="folder for crashing inputs (default: a new temporary folder)")
    args = parser.parse_args(argv)
    artifacts = args.artifacts or Path(tempfile.mkdtemp(prefix="communique-fuzz-artifacts-"))
    failed = 0
    for name in args.target or TARGETS:
        result = run_target(name, args.seconds, artifacts)
        verdict = "ok" if result["ok"] else f"FAILED (exit {result['status']})"
        print(f"{name}: {verdict}; {result['runs']} runs in {args.seconds} s, corpus {result['corpus']} inputs",
              flush=True)
        if not result["ok"]:
            failed += 1
            print(result["log"][-6000:], file=sys.stderr)
            print(f"crashing inputs, if any, are in {artifacts}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Exact-output check for performance work: analyse the examples/ documents plus N benchmark
documents, write their ``communique/1`` JSON (one line each), and compare with an earlier dump.

    .venv/bin/python benchmarks/compare_outputs.py /tmp/before.jsonl            # before the change
    .venv/bin/python benchmarks/compare_outputs.py /tmp/after.jsonl /tmp/before.jsonl

Keep the dumps outside the repository. Exits 1 when any document differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="where to write this run's JSON lines")
    ap.add_argument("reference", type=Path, nargs="?", help="an earlier dump to compare with")
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=9)
    args = ap.parse_args()
    from speed import corpus

    import communique
    from communique.pipeline import get_pipeline

    lines = [json.dumps(communique.analyze(p).to_dict(), sort_keys=True, ensure_ascii=False)
             for p in sorted((ROOT / "examples").iterdir()) if p.is_file()]
    lines += [json.dumps(d.to_dict(), sort_keys=True, ensure_ascii=False)
              for d in get_pipeline().pipe(corpus(args.docs, args.seed))]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} documents written to {args.out}")
    if args.reference is None:
        return 0
    ref = args.reference.read_text(encoding="utf-8").splitlines()
    differ = [i for i, (a, b) in enumerate(zip(ref, lines)) if a != b]
    if differ or len(ref) != len(lines):
        print(f"DIFFER: {len(differ)} documents (first: {differ[:10]}), {len(ref)} vs {len(lines)} lines")
        return 1
    print("IDENTICAL")
    return 0


if __name__ == "__main__":
    sys.exit(main())

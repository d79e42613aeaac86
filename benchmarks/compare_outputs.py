"""Exact-output check for refactoring and performance work: analyse the examples/ documents,
the real articles in ../shared/data/wikinews (when present) and N benchmark documents, write
their JSON (one line each), and compare with an earlier dump.

    .venv/bin/python benchmarks/compare_outputs.py /tmp/before.jsonl            # before the change
    .venv/bin/python benchmarks/compare_outputs.py /tmp/after.jsonl /tmp/before.jsonl

The fields that name the schema and the rules that made a result (``schema``,
``pipeline_version``) and an empty ``extensions`` object are left out of the comparison,
so a dump made before a schema or version change compares with one made after it.
Keep the dumps outside the repository. Exits 1 when any document differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
WIKINEWS = ROOT.parent / "shared" / "data" / "wikinews"
#: Fields that say which schema and rules made a document, not what was found in it.
VERSION_FIELDS = ("schema", "pipeline_version")


def comparable(document) -> str:
    """One JSON line of a document without its version fields (and without empty extensions)."""
    data = {k: v for k, v in document.to_dict().items() if k not in VERSION_FIELDS}
    if data.get("extensions") == {}:
        del data["extensions"]
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def shared_records():
    """The Wikinews articles of ../shared/data with their publication dates (none when absent)."""
    from communique.ingest.records import Record

    if not (WIKINEWS / "index.json").is_file():
        return []
    meta = {m["id"]: m for m in json.loads((WIKINEWS / "index.json").read_text(encoding="utf-8"))}
    return [Record(p.read_text(encoding="utf-8"), str(p), {"published": meta.get(p.stem, {}).get("published")})
            for p in sorted((WIKINEWS / "docs").glob("*.txt"))]


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

    lines = [comparable(communique.analyze(p)) for p in sorted((ROOT / "examples").iterdir()) if p.is_file()]
    lines += [comparable(d) for d in get_pipeline().pipe(shared_records())]
    lines += [comparable(d) for d in get_pipeline().pipe(corpus(args.docs, args.seed))]
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

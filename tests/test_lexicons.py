"""Lexicons are validated data: sorted, unique, lower case, and used by code."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from communique.errors import LexiconError
from communique.lexicons import loader

LEXICON_ROOT = Path(str(resources.files("communique.lexicons")))
SRC = LEXICON_ROOT.parent
WORD_LISTS = sorted(p.relative_to(LEXICON_ROOT).as_posix() for p in LEXICON_ROOT.rglob("*.txt"))


@pytest.mark.parametrize("relpath", WORD_LISTS)
def test_lexicon_word_list_is_valid_and_used(relpath):
    terms = loader.load_terms(relpath)
    assert terms
    header = (LEXICON_ROOT / relpath).read_text(encoding="utf-8").splitlines()[:3]
    assert any("Source:" in line for line in header), f"{relpath} needs a header naming its source"
    stem = relpath.rsplit("/", 1)[-1].split(".")[0]
    code = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py"))
    assert stem in code, f"lexicon {relpath} is not used by any module"


@pytest.mark.parametrize("content, reason", [
    ("# Source: test\nbeta\nalpha\n", "out of order"),
    ("# Source: test\nalpha\nalpha\n", "duplicate"),
    ("# Source: test\nAlpha\n", "lower case"),
    ("# Source: test\n", "empty"),
])
def test_lexicon_loader_rejects_bad_files(tmp_path, monkeypatch, content, reason):
    (tmp_path / "bad.txt").write_text(content, encoding="utf-8")
    monkeypatch.setattr(loader, "_read", lambda rel: (str(tmp_path / rel), (tmp_path / rel).read_text()))
    loader.load_terms.cache_clear()
    try:
        with pytest.raises(LexiconError, match=reason):
            loader.load_terms("bad.txt")
    finally:
        loader.load_terms.cache_clear()


def test_lexicon_missing_file_names_it():
    with pytest.raises(LexiconError, match="nope.txt: lexicon file not found"):
        loader.load_terms("nope.txt")

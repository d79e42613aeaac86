"""Every resource file (lexicons, knowledge base, model weights) is named in the manifest,
loads through the loader of its format, has known owner stages and is used by code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from communique import resources
from communique.errors import LexiconError
from communique.pipeline import STAGES, load_builtin_stages

ROOT = resources.package_root()
SRC = ROOT.parent
MANIFEST = sorted(resources.manifest())
#: Files of the resources folder that are the layer itself, not data.
LAYER_FILES = {"__init__.py", "loader.py", "sets.py", "manifest.yaml"}
#: Formats whose files carry a comment header naming their source.
HEADED_FORMATS = ("terms", "tagged")


def _on_disk() -> set[str]:
    return {p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.name not in LAYER_FILES}


def test_resources_manifest_matches_files_on_disk():
    on_disk = _on_disk()
    assert sorted(on_disk - set(MANIFEST)) == [], "files missing from resources/manifest.yaml"
    assert sorted(set(MANIFEST) - on_disk) == [], "manifest entries without a file"


def test_resources_owners_are_registered_stages():
    load_builtin_stages()
    for relpath, entry in resources.manifest().items():
        assert entry.owners, relpath
        unknown = [o for o in entry.owners if o not in STAGES]
        assert unknown == [], f"{relpath}: unknown owner stages {unknown}"
        assert entry.description, f"{relpath} needs a description"
        assert relpath.split("/", 1)[0] in ("structure", "actors", "quotes", "events", "rhetoric"), relpath


@pytest.mark.parametrize("relpath", MANIFEST)
def test_resources_file_is_valid_and_used(relpath):
    entry = resources.manifest()[relpath]
    data = resources.LOADERS[entry.format](relpath)
    assert len(data) > 0, f"{relpath} is empty"
    if entry.format in HEADED_FORMATS:
        header = (ROOT / relpath).read_text(encoding="utf-8").splitlines()[:3]
        assert any("Source:" in line for line in header), f"{relpath} needs a header naming its source"
    code = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py"))
    stem = relpath.rsplit("/", 1)[-1].split(".")[0]
    assert re.search(rf"[\"/]{re.escape(stem)}\b", code), f"resource {relpath} is not used by any module"


@pytest.mark.parametrize("content, reason, line", [
    ("# Source: test\nbeta\nalpha\n", "out of order", 3),
    ("# Source: test\nalpha\nalpha\n", "duplicate", 3),
    ("# Source: test\nAlpha\n", "lower case", 2),
    ("# Source: test\n", "empty", None),
])
def test_resources_terms_loader_rejects_bad_files(tmp_path, content, reason, line):
    (tmp_path / "structure").mkdir()
    bad = tmp_path / "structure" / "hedges.en.txt"
    bad.write_text(content, encoding="utf-8")
    with resources.using(resources.Resources([tmp_path])):
        with pytest.raises(LexiconError, match=reason) as err:
            resources.terms("structure/hedges.en.txt")
    assert err.value.path == str(bad)
    assert err.value.line == line


@pytest.mark.parametrize("content, reason, line", [
    ("# h\nhe\tgender:m\nhe\tgender:m\n", "duplicate", 3),
    ("# h\nhe\n", "no tags", 2),
    ("# h\nhe\tgender:m gender:f\n", "repeated", 2),
])
def test_resources_tagged_loader_rejects_bad_files(tmp_path, content, reason, line):
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "pronouns.en.tsv").write_text(content, encoding="utf-8")
    with resources.using(resources.Resources([tmp_path])):
        with pytest.raises(LexiconError, match=reason) as err:
            resources.tagged("actors/pronouns.en.tsv")
    assert err.value.line == line


def test_resources_loader_refuses_a_file_not_in_the_manifest():
    from communique.errors import ConfigError

    with pytest.raises(ConfigError, match="structure/hedge.en.txt.*did you mean structure/hedges.en.txt"):
        resources.terms("structure/hedge.en.txt")


def test_resources_loader_refuses_the_wrong_format():
    from communique.errors import ConfigError

    with pytest.raises(ConfigError, match="declared as 'yaml'"):
        resources.terms("events/modality.yaml")


def test_resources_package_has_no_data_outside_resources():
    """The old data folders are gone: every data file lives under communique/resources."""
    stray = [p for p in SRC.rglob("*") if p.is_file() and p.suffix in (".txt", ".tsv", ".jsonl", ".npz", ".yaml")
             and ROOT not in p.parents and "web" not in p.relative_to(SRC).parts]
    assert stray == [], [str(Path(p).relative_to(SRC)) for p in stray]

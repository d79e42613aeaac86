"""Pipeline versions name every rule, resource, model and option that made a result, and
``ingest --reanalyze`` redoes exactly the documents another version produced (issue 15)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.errors import ConfigError
from communique.resources import PACKAGED
from communique.store import Store, default_pipeline_version

TITLES = "quotes/speaker_titles.en.txt"
DOCS = {
    "a.txt": "Germany and France agreed on Monday to expand energy cooperation, the chancellor said.",
    "b.txt": "Protesters gathered outside the parliament in Budapest on Sunday, police said.",
    "c.txt": "The United Nations called on both sides to return to talks in Geneva.",
}


def override_dir(root: Path, extra_entry: str = "zeppelin captain") -> Path:
    """A resource override folder whose speaker-titles lexicon has one more entry."""
    target = root / "quotes"
    target.mkdir(parents=True)
    lines = PACKAGED.read_text(TITLES).splitlines()
    entries = sorted({line for line in lines if line and not line.startswith("#")} | {extra_entry})
    header = [line for line in lines if line.startswith("#")]
    (target / "speaker_titles.en.txt").write_text("\n".join(header + entries) + "\n", encoding="utf-8")
    return root


def test_versioning_digest_follows_resource_content_not_folder(tmp_path):
    base = default_pipeline_version()
    one = default_pipeline_version(options={"resources": [override_dir(tmp_path / "one")]})
    two = default_pipeline_version(options={"resources": [override_dir(tmp_path / "two")]})
    other = default_pipeline_version(options={"resources": [override_dir(tmp_path / "three", "airship pilot")]})
    assert base.split("+")[:2] == one.split("+")[:2]  # same package version and stage names
    assert one != base
    assert one == two  # same content in another folder: same rules
    assert other not in (base, one)


def test_versioning_options_count_by_effect(tmp_path):
    base = default_pipeline_version()
    assert default_pipeline_version(options={"events_classifier": True}) == base  # the declared default
    assert default_pipeline_version(options={"events_classifier": False}) != base
    kb1, kb2 = tmp_path / "kb1.yaml", tmp_path / "kb2.yaml"
    for kb in (kb1, kb2):
        kb.write_text("persons:\n  - name: Ada Example\n    country: FRA\n", encoding="utf-8")
    assert default_pipeline_version(options={"kb_paths": [kb1]}) == default_pipeline_version(
        options={"kb_paths": [kb2]})  # a KB file counts by its content, not its name
    assert default_pipeline_version(options={"kb_paths": [kb1]}) != base


def test_versioning_stage_list_is_part_of_the_version():
    version = default_pipeline_version("structure.v1,actors.v1")
    assert "+structure.v1,actors.v1+" in version
    assert version != default_pipeline_version()


def test_versioning_typo_in_an_option_is_an_error_naming_it():
    with pytest.raises(ConfigError, match="events_discrad.*events_discard"):
        default_pipeline_version(options={"events_discrad": ["1994"]})


def test_versioning_pipeline_records_its_version_on_each_document(tmp_path):
    from communique.pipeline import Pipeline

    pipeline = Pipeline(options={"resources": [override_dir(tmp_path / "res")]})
    document = pipeline(DOCS["a.txt"])
    assert document.pipeline_version == pipeline.version
    assert pipeline.version == default_pipeline_version(options={"resources": [tmp_path / "res"]})
    assert document.to_dict()["pipeline_version"] == pipeline.version


def _ingest(db: Path, paths, *extra: str):
    res = CliRunner().invoke(main, ["ingest", *map(str, paths), "--db", str(db), "-w", "1", "-q",
                                    "--no-search-index", *extra])
    assert res.exit_code == 0, res.output
    with Store(db) as store:
        return store.stored_versions()


@pytest.mark.issue(15)
def test_versioning_reanalyze_redoes_exactly_the_documents_whose_version_differs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    paths = {}
    for name, text in DOCS.items():
        paths[name] = folder / name
        paths[name].write_text(text, encoding="utf-8")
    db = tmp_path / "store.duckdb"
    res_dir = override_dir(tmp_path / "res")
    base, edited = default_pipeline_version(), default_pipeline_version(options={"resources": [res_dir]})

    first = _ingest(db, paths.values())
    assert set(first.values()) == {base} and len(first) == 3
    # the edited lexicon without --reanalyze: nothing is redone
    assert _ingest(db, paths.values(), "--resources", str(res_dir)) == first
    # one document re-analysed with the edited lexicon
    one = _ingest(db, [paths["a.txt"]], "--resources", str(res_dir), "--reanalyze")
    changed = {k for k in one if one[k] != first[k]}
    assert len(changed) == 1 and one[changed.pop()] == edited
    # all three with --reanalyze: only the two still made by the packaged lexicon are redone
    res = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "-w", "1", "--no-search-index",
                                    "--resources", str(res_dir), "--reanalyze"])
    assert res.exit_code == 0, res.output
    assert "2 re-analysed" in res.output and "1 already stored" in res.output, res.output
    with Store(db) as store:
        assert set(store.stored_versions().values()) == {edited}
        assert store.counts()["documents"] == 3
    # the packaged lexicon again: all three go back
    back = _ingest(db, [folder], "--reanalyze")
    assert set(back.values()) == {base}


def test_versioning_resources_flag_rejects_an_unknown_file(tmp_path):
    bad = tmp_path / "res" / "quotes"
    bad.mkdir(parents=True)
    shutil.copy(PACKAGED.path(TITLES), bad / "speaker_title.en.txt")  # a typo in the file name
    doc = tmp_path / "a.txt"
    doc.write_text(DOCS["a.txt"], encoding="utf-8")
    res = CliRunner().invoke(main, ["analyze", str(doc), "--resources", str(tmp_path / "res")])
    assert res.exit_code != 0
    assert "speaker_title.en.txt" in res.output and "speaker_titles.en.txt" in res.output

"""The resource layer: override folders, the active set, fingerprints and cache isolation."""

from __future__ import annotations

import pytest

from communique import resources
from communique.errors import ConfigError
from communique.pipeline import Pipeline
from communique.quotes.lexicon import cue_verbs, speaker_pronouns
from communique.structure.sections import heading_kind

HEADINGS = "structure/headings.en.yaml"
VERBS = "quotes/reporting_verbs.en.tsv"


def _override(tmp_path, relpath: str, text: str) -> resources.Resources:
    path = tmp_path / relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return resources.Resources(override_dirs=[tmp_path])


def _packaged(relpath: str) -> str:
    return (resources.package_root() / relpath).read_text(encoding="utf-8")


def test_resources_override_changes_the_owning_function_and_the_fingerprint(tmp_path):
    text = _packaged(HEADINGS).replace("commentary: [comment,", "commentary: [comment, musings,")
    custom = _override(tmp_path, HEADINGS, text)
    assert heading_kind("Musings:") is None
    with resources.using(custom):
        assert heading_kind("Musings:") == "commentary"
        assert resources.active() is custom
    assert heading_kind("Musings:") is None  # the default set is untouched, its cache too
    assert custom.fingerprint() != resources.PACKAGED.fingerprint()
    assert custom.is_overridden(HEADINGS) and custom.path(HEADINGS) == (tmp_path / HEADINGS).resolve()


def test_resources_override_of_a_tagged_list_replaces_the_whole_file(tmp_path):
    custom = _override(tmp_path, VERBS, "# Source: test\nmurmur\tcue:speech frames:quote\n")
    assert "murmur" not in cue_verbs()
    with resources.using(custom):
        assert set(cue_verbs()) == {"murmur"}
        assert speaker_pronouns()["she"] == "person"  # files not overridden stay packaged
    assert "say" in cue_verbs()


def test_resources_caches_of_two_sets_never_mix(tmp_path):
    custom = _override(tmp_path, "structure/hedges.en.txt", "# Source: test\nmaybe-ish\n")
    for _ in range(2):
        assert "maybe-ish" not in resources.terms("structure/hedges.en.txt")
        with resources.using(custom):
            assert resources.terms("structure/hedges.en.txt") == frozenset({"maybe-ish"})


def test_resources_unknown_override_file_is_an_error_naming_it(tmp_path):
    (tmp_path / "structure").mkdir()
    (tmp_path / "structure" / "hedge.en.txt").write_text("perhaps\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        resources.Resources([tmp_path])
    assert "hedge.en.txt" in str(err.value)
    assert "structure/hedges.en.txt" in str(err.value)  # the near match


def test_resources_missing_override_folder_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        resources.Resources([tmp_path / "nope"])


def test_resources_hidden_files_in_an_override_folder_are_skipped(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref\n", encoding="utf-8")
    assert resources.Resources([tmp_path]).fingerprint() == resources.PACKAGED.fingerprint()


def test_resources_later_override_folder_wins(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, word in ((first, "alpha"), (second, "beta")):
        (folder / "rhetoric").mkdir(parents=True)
        (folder / "rhetoric" / "negators.txt").write_text(f"# Source: test\n{word}\n", encoding="utf-8")
    with resources.using(resources.Resources([first, second])):
        assert resources.terms("rhetoric/negators.txt") == frozenset({"beta"})


def test_resources_default_fingerprint_is_stable():
    one, two = resources.Resources(), resources.Resources()
    assert one.fingerprint() == two.fingerprint() == resources.PACKAGED.fingerprint()
    assert len(one.fingerprint()) == 64 and int(one.fingerprint(), 16) >= 0


def test_resources_files_lists_every_manifest_file_with_its_owners():
    files = resources.PACKAGED.files()
    assert [rel for rel, _, _ in files] == sorted(resources.manifest())
    by_path = {rel: (path, owners) for rel, path, owners in files}
    path, owners = by_path[VERBS]
    assert path.is_file() and "quotes.v1" in owners and "structure.v1" in owners


def test_resources_kb_files_load_through_overrides(tmp_path):
    from communique.actors.kb import load_kb

    text = _packaged("actors/roles.yaml")
    custom = _override(tmp_path, "actors/roles.yaml", text)  # same content: same KB, same fingerprint
    assert custom.fingerprint() == resources.PACKAGED.fingerprint()
    broken = _override(tmp_path / "x", "actors/states.yaml", "entries: [\n")
    with resources.using(broken):
        with pytest.raises(Exception, match="states.yaml"):
            load_kb()
    assert load_kb().entries  # the packaged KB still loads


def test_resources_pipeline_reads_the_active_set(tmp_path, pipeline):
    text = "The minister whispered that the talks with Iran had failed."
    lines = _packaged(VERBS).splitlines()
    at = next(i for i, line in enumerate(lines) if not line.startswith("#") and line.split("\t")[0] > "whisper")
    lines.insert(at, "whisper\tcue:speech frames:quote,that")
    _override(tmp_path, VERBS, "\n".join(lines) + "\n")
    assert pipeline(text).quotes == []
    mine = Pipeline(options={"resources": [tmp_path]})
    assert [(q.kind, q.cue) for q in mine(text).quotes] == [("indirect", "whispered")]
    assert pipeline(text).quotes == []  # the default pipeline in the same process is untouched
    with resources.using(mine.resources):  # a pipeline reads its own set, whatever is active outside
        assert pipeline(text).quotes == []

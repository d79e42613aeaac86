"""The quote lexicons: valid, sorted, unique, and used by the stage."""

from __future__ import annotations

from importlib import resources

import pytest

from communique.errors import LexiconError
from communique.quotes import lexicon


def test_lexicon_cue_verbs_load_with_frames():
    cues = lexicon.cue_verbs()
    assert {"say", "tell", "add", "announce", "describe", "believe"} <= set(cues)
    assert "quote" in cues["say"].frames and "that" in cues["say"].frames
    assert cues["describe"].frames == frozenset({"as"})
    assert cues["believe"].cls == "cognition"


def test_lexicon_titles_and_pronouns():
    assert "spokesman" in lexicon.speaker_titles()
    assert lexicon.speaker_pronouns()["she"] == "person"
    assert lexicon.speaker_pronouns()["it"] == "organization"


@pytest.mark.parametrize("relpath", [lexicon.CUE_VERBS_FILE, lexicon.TITLES_FILE, lexicon.PRONOUNS_FILE])
def test_lexicon_files_sorted_unique_with_header(relpath):
    text = resources.files(lexicon.LEXICON_PACKAGE).joinpath(relpath).read_text("utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("#"), "each lexicon starts with a header comment"
    keys = [line.split("\t")[0] for line in lines if line and not line.startswith("#")]
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))


@pytest.fixture()
def lexicon_dir(monkeypatch, tmp_path):
    """A folder that stands in for the package's lexicon files (``<dir>/quotes/...``)."""
    (tmp_path / "quotes").mkdir()

    class FakeFiles:
        def joinpath(self, rel):
            return tmp_path / rel

    monkeypatch.setattr(lexicon.resources, "files", lambda package: FakeFiles())
    return tmp_path / "quotes"


def test_lexicon_bad_row_names_file_and_line(lexicon_dir):
    (lexicon_dir / "bad.txt").write_text("# header\nsay\tspeech\tquote\nadd\tspeech\tquote\n", "utf-8")
    with pytest.raises(LexiconError) as err:
        lexicon._rows("quotes/bad.txt", 3)
    assert "quotes/bad.txt:3" in str(err.value)
    assert "out of order" in str(err.value)


def test_lexicon_bad_frame_is_rejected(lexicon_dir):
    (lexicon_dir / "cue_verbs.en.txt").write_text("say\tspeech\tshout\n", "utf-8")
    lexicon.cue_verbs.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"cue_verbs.en.txt:1: frames \['shout'\]"):
            lexicon.cue_verbs()
    finally:
        lexicon.cue_verbs.cache_clear()

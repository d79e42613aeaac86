"""The quote lexicons as the quote stage reads them (file validation: tests/test_lexicons.py)."""

from __future__ import annotations

import pytest

from communique import resources
from communique.errors import LexiconError
from communique.quotes import lexicon


def test_lexicon_cue_verbs_load_with_frames():
    cues = lexicon.cue_verbs()
    assert {"say", "tell", "add", "announce", "describe", "believe"} <= set(cues)
    assert "quote" in cues["say"].frames and "that" in cues["say"].frames
    assert cues["describe"].frames == frozenset({"as", "ing"})
    assert cues["believe"].cls == "cognition"


def test_lexicon_titles_and_pronouns():
    assert "senator" in lexicon.speaker_titles()
    assert {"spokesman", "statement"} <= lexicon.speaker_bodies()
    assert not lexicon.speaker_titles() & lexicon.speaker_bodies()
    assert lexicon.speaker_pronouns()["she"] == "person"
    assert lexicon.speaker_pronouns()["it"] == "organization"


@pytest.fixture()
def override(tmp_path):
    """``override(text)``: a resource set whose reporting-verb list is ``text``."""
    def make(text: str) -> resources.Resources:
        (tmp_path / "quotes").mkdir(exist_ok=True)
        (tmp_path / lexicon.CUE_VERBS_FILE).write_text(text, "utf-8")
        return resources.Resources([tmp_path])
    return make


def test_lexicon_bad_row_names_file_and_line(override):
    with resources.using(override("# header\nsay\tcue:speech frames:quote\nadd\tcue:speech frames:quote\n")):
        with pytest.raises(LexiconError) as err:
            lexicon.cue_verbs()
    assert "quotes/reporting_verbs.en.tsv:3" in str(err.value)
    assert "out of order" in str(err.value)


def test_lexicon_bad_frame_is_rejected(override):
    with resources.using(override("say\tcue:speech frames:shout\n")):
        with pytest.raises(LexiconError, match=r"reporting_verbs.en.tsv:1: frames \['shout'\]"):
            lexicon.cue_verbs()

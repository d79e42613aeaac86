"""Document summary, JSON validity and the table view on the examples (issue 6)."""

from __future__ import annotations

import io

import pytest

from communique import validate
from communique.cli.table import render_documents
from communique.document import Document

SUMMARY_KEYS = {"technique_counts", "persuasion_per_1000_words", "passages", "strongest", "calls_to_action",
                "most_against", "most_for"}


@pytest.fixture(scope="module")
def oped(analyze, examples):
    path = examples.get("oped_call_to_action")
    if path is None:
        pytest.skip("examples/oped_call_to_action.md not present")
    return analyze(path)


def test_summary_structure_and_validity(oped):
    validate(oped)
    sm = oped.summary
    assert set(sm) == SUMMARY_KEYS
    assert sum(sm["technique_counts"].values()) == len(oped.techniques)
    assert len(sm["calls_to_action"]) == len(oped.calls_to_action)
    for p in sm["passages"]:
        assert oped.text[p["start"]:p["end"]].startswith(p["text"][:50])
    assert all(r["polarity"] < 0 for r in sm["most_against"])
    assert all(r["polarity"] > 0 for r in sm["most_for"])
    again = Document.from_json(oped.to_json())
    assert again.summary == sm


def test_summary_oped_has_sensible_rhetoric(oped):
    techniques = {t.technique for t in oped.techniques}
    assert "Black-and-White_Fallacy" in techniques  # "Either Europe acts now, or ..."
    actions = [c.action for c in oped.calls_to_action]
    assert any(a.startswith("stop funding") for a in actions), actions
    assert any(a.startswith("demand a clear strategy") for a in actions), actions
    assert any(a.startswith("Call your representatives") for a in actions), actions
    assert oped.summary["most_against"], "the op-ed attacks the juntas and armed groups"


def test_summary_table_shows_rhetoric(oped):
    out = io.StringIO()
    render_documents([oped], out)
    shown = out.getvalue()
    for title in ("Rhetoric summary", "Persuasion techniques", "Calls to action", "Stance"):
        assert title in shown
    assert "Black-and-White_Fallacy" in shown and "cue:" in shown


def test_summary_news_and_comment(analyze, examples):
    path = examples.get("news_and_comment")
    if path is None:
        pytest.skip("examples/news_and_comment.md not present")
    doc = analyze(path)
    validate(doc)
    comment_start = doc.text.index("This is welcome news")
    # the author's calls are in the comment, not in the news part
    assert doc.calls_to_action and all(c.start >= comment_start for c in doc.calls_to_action)
    assert any("Arab League" in c.text for c in doc.calls_to_action)
    # the comment's loaded language and labels are flagged; the news report is left alone
    assert {t.technique for t in doc.techniques} >= {"Loaded_Language", "Name_Calling,Labeling"}
    assert all(t.start >= comment_start for t in doc.techniques)


def test_summary_plain_news_is_quiet(analyze):
    doc = analyze("The foreign ministers met in Geneva on Tuesday. Parliament approved the budget by 210 votes "
                  "to 95. The delegation will return to the capital on Friday.")
    validate(doc)
    assert doc.techniques == [] and doc.calls_to_action == []
    assert doc.summary["technique_counts"] == {} and doc.summary["passages"] == []

"""The document view's segmentation: spans overlap, pieces carry every covering item."""

from __future__ import annotations

import pytest

from communique.web import render
from e2e.corpus import at, border_report


def _doc(text, **layers):
    base = {"text": text, "actors": [], "events": [], "quotes": [], "techniques": [],
            "calls_to_action": [], "stance": []}
    base.update(layers)
    return base


def _event(eid, start, end, text):
    return {"id": eid, "type": "ASSAULT", "mode": "asserted", "source": [], "target": [],
            "trigger": {"start": start, "end": end, "text": text[start:end]},
            "sentence": {"start": 0, "end": len(text)}, "attribution": {"kind": "quoted", "speaker": None}}


def test_render_segments_join_back_to_the_text():
    doc = border_report().to_dict()
    pieces = render.segments(doc)
    assert "".join(p.text for p in pieces) == doc["text"]
    assert all(p.start < p.end for p in pieces)


def test_render_event_inside_quote_splits_into_three_pieces():
    text = 'He said "troops attacked the town" yesterday.'
    q0, q1 = at(text, '"troops attacked the town"')
    t0, t1 = at(text, "attacked")
    doc = _doc(text, events=[_event("e1", t0, t1, text)],
               quotes=[{"id": "q1", "kind": "direct", "text": text[q0 + 1:q1 - 1], "start": q0, "end": q1,
                        "speaker": None, "speaker_text": "He", "cue": "said"}])
    covered = [(p.text, p.refs) for p in render.segments(doc) if p.refs]
    assert covered == [('"troops ', ["q1"]), ("attacked", ["e1", "q1"]), (' the town"', ["q1"])]
    quote_start = next(p for p in render.segments(doc) if p.start == q0)
    assert quote_start.speakers == ["He"] and quote_start.anchors == ["q1"]


@pytest.mark.parametrize("start,end", [(-1, 3), (5, 500), (4, 4), (6, 2)])
def test_render_drops_spans_outside_the_text_or_empty(start, end):
    text = "Short text here."
    doc = _doc(text, techniques=[{"technique": "Doubt", "start": start, "end": end, "text": "",
                                  "confidence": 0.5, "cue": None}])
    assert [p.refs for p in render.segments(doc)] == [[]]


def test_render_titles_name_technique_cue_and_quote_speaker():
    doc = border_report().to_dict()
    pieces = render.segments(doc)
    technique = next(p for p in pieces if "t1" in p.refs)
    assert "Loaded language" in technique.title and "cowardly" in technique.title
    quote = next(p for p in pieces if "q1" in p.refs)
    assert "Olena Marchuk" in quote.title


def test_render_panels_resolve_actor_names_and_refs():
    panels = render.panels(border_report().to_dict())
    first = panels["events"][0]
    assert (first["ref"], first["type"], first["source"], first["target"]) == ("e1", "ACCUSE", "Ukraine", "Russia")
    assert panels["quotes"][0]["speaker"] == "Olena Marchuk"
    assert panels["stance"][0]["holder"] == "author" and panels["stance"][0]["target"] == "Russia"
    assert [c["ref"] for c in panels["calls_to_action"]] == ["c1"]


def test_render_clip_cuts_long_text_with_ellipsis():
    assert render.clip("word " * 100, 20).endswith("…")
    assert len(render.clip("word " * 100, 20)) <= 20
    assert render.clip("  a\n b ") == "a b"


@pytest.mark.issue(18)
def test_render_stance_panel_shows_two_strongest_evidence_with_reasons_and_technique_holder():
    text = "Moscow lied. The treachery of Moscow is plain. Its brutal war goes on."
    spans = [at(text, "treachery"), at(text, "lied"), at(text, "brutal")]
    doc = _doc(text, actors=[{"id": "a1", "name": "Russia", "kind": "state", "mentions": [list(at(text, "Moscow"))]},
                             {"id": "a2", "name": "Lavrov", "kind": "person", "mentions": []}],
               stance=[{"holder": "author", "target": "a1", "polarity": -0.8, "evidence": [list(s) for s in spans],
                        "reasons": ["evaluative 'treachery'", "evaluative 'lie'", "evaluative 'brutal'"]}],
               techniques=[{"technique": "Loaded_Language", "start": spans[0][0], "end": spans[0][1],
                            "text": "treachery", "confidence": 0.5, "cue": None, "holder": "a2"}])
    panel = render.panels(doc)["stance"][0]
    assert panel["evidence"] == [{"text": "treachery", "reason": "evaluative 'treachery'"},
                                 {"text": "lied", "reason": "evaluative 'lie'"}]
    assert render.panels(doc)["techniques"][0]["holder"] == "Lavrov"
    titles = [p.title for p in render.segments(doc) if p.refs]
    assert any("said by Lavrov" in t for t in titles)
    assert any("(evaluative 'lie')" in t for t in titles)

"""Events of issue 16's thirteenth round (helper e2): recall on real documents, a second act
in a sentence that already holds one. Sentences written for this project."""

from __future__ import annotations

from conftest import event_cues


def _analysed(pipeline, text: str, published: str = "2025-06-10"):
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": published})]))[0]


def _event(doc, type_: str):
    by = {a.id: a for a in doc.actors}
    hits = [e for e in doc.events if e.type == type_]
    assert hits, event_cues(doc)
    return hits[0], [by[i].name for i in hits[0].source], [by[i].name for i in hits[0].target]


def test_subject_of_a_passive_control_verb_does_the_act(pipeline):
    # "is expected to sign": the one expected to sign signs; "was urged to withdraw": the one urged
    doc = _analysed(pipeline, "Next week the Government of Uruguay is expected to sign a trade agreement with Paraguay.")
    e, src, tgt = _event(doc, "AGREE")
    assert "sign" in e.cue and src and "Paraguay" in tgt


def test_subject_of_a_passive_request_is_asked_to_act(pipeline):
    doc = _analysed(pipeline, "Peru was urged by Chile to withdraw its troops from the border.")
    e, src, _tgt = _event(doc, "RETREAT")
    assert src == ["Peru"] and e.mode == "demanded"
    req, src, tgt = _event(doc, "REQUEST")
    assert src == ["Chile"] and tgt == ["Peru"]

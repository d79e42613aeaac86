"""Events of issue 16's twenty-first round (e): triggers found and then dropped (docs/events.md,
"Round 21e: triggers found and dropped"). An act noun that a demand takes as its object, with
the party that is to do it named, is the demanded act. Texts written for this project."""

from __future__ import annotations

from conftest import event_cues, events_of

PARLIAMENT = (
    "Moldovan parliament calls for Russian withdrawal from Transnistria\n\n"
    "CHISINAU, March 4 - Moldova's parliament on Tuesday called for the withdrawal of Russian troops "
    "from Transnistria. Russia has kept soldiers in the region since 1992. Deputies also demanded "
    "talks on the withdrawal and rejected the Russian request for a new treaty. The speaker said "
    "the question of a withdrawal would come back in the autumn.\n")


def _analyse(pipeline, text: str, published: str = "2026-03-05"):
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": published, "publisher": None})]))[0]


def _retreats(doc) -> list[tuple[str, str, set[str]]]:
    by = {a.id: (a.country or a.name) for a in doc.actors}
    return [(e.trigger.text, e.mode, {by[i] for i in e.source}) for e in events_of(doc, "RETREAT")]


def test_a_demanded_withdrawal_with_its_nationality_is_the_demanded_act(pipeline):
    doc = _analyse(pipeline, PARLIAMENT)
    found = _retreats(doc)
    assert any(mode == "demanded" and "RUS" in src for _w, mode, src in found), event_cues(doc)


def test_the_headline_and_the_lead_each_keep_the_withdrawal(pipeline):
    doc = _analyse(pipeline, PARLIAMENT)
    starts = {e.sentence[0] for e in events_of(doc, "RETREAT")}
    assert len(starts) == 2, event_cues(doc)


def test_the_demand_itself_stays_a_request(pipeline):
    doc = _analyse(pipeline, PARLIAMENT)
    assert len(events_of(doc, "REQUEST")) >= 2, event_cues(doc)


def test_talks_on_the_withdrawal_and_its_question_are_only_topics(pipeline):
    doc = _analyse(pipeline, PARLIAMENT)
    later = PARLIAMENT.index("Deputies also")
    assert not [e for e in events_of(doc, "RETREAT") if e.sentence[0] >= later], event_cues(doc)


def test_a_rejected_request_is_still_no_request_of_its_own(pipeline):
    doc = _analyse(pipeline, PARLIAMENT)
    rejected = PARLIAMENT.index("rejected the Russian request")
    assert not [e for e in events_of(doc, "REQUEST")
                if e.sentence[0] <= rejected < e.sentence[1] and e.trigger.text == "request"], event_cues(doc)


def test_a_welcomed_withdrawal_is_no_demand(pipeline):
    doc = _analyse(pipeline, "Georgia welcomed the withdrawal of Armenian troops from the border villages.")
    assert not [m for _w, m, _s in _retreats(doc) if m == "demanded"], event_cues(doc)


def test_a_withdrawal_demanded_of_nobody_named_is_dropped(pipeline):
    doc = _analyse(pipeline, "The committee demanded the withdrawal of the draft before the vote.")
    assert not events_of(doc, "RETREAT"), event_cues(doc)

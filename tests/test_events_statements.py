"""Statements and their issuer (issue 16, round 2): a ministry statement written for this project."""

from __future__ import annotations

import pytest

STATEMENT = """Statement by the Spokesperson of the Ministry of Foreign Affairs of Ukraine on the shelling of Kharkiv

We condemn in the strongest terms the missile strikes carried out by the Russian Federation on residential areas of Kharkiv last night.

We call on the international community to increase pressure on Moscow.

The Secretary-General of the United Nations commended the humanitarian workers who reached the city.

The Foreign Minister said the attacks violated international humanitarian law.

Ukraine praised the governments of Oman, Jordan and Norway for their mediation.
"""


@pytest.fixture(scope="module")
def statement(pipeline):
    from communique.ingest.records import Record

    doc = list(pipeline.pipe([Record(STATEMENT, "stmt", {"published": "2024-05-10"})]))[0]
    names = {a.id: a for a in doc.actors}

    def find(type_, word):
        hits = [e for e in doc.events if e.type == type_ and word in doc.text[e.sentence[0]:e.sentence[1]]]
        assert hits, [(e.type, e.cue) for e in doc.events]
        return hits[0], [names[i] for i in hits[0].source], [names[i] for i in hits[0].target]
    return doc, find


def test_statement_issuer_is_the_source_of_we(statement):
    doc, find = statement
    assert doc.publisher == "Ministry of Foreign Affairs of Ukraine"
    e, src, tgt = find("ACCUSE", "We condemn")
    assert [a.country for a in src] == ["UKR"] and "RUS" in [a.country for a in tgt]


def test_statement_nominal_attack_with_agent_and_relative_date(statement):
    e, src, tgt = statement[1]("ASSAULT", "carried out by")
    assert [a.country for a in src] == ["RUS"] and "Kharkiv" in [a.name for a in tgt]
    assert e.date == "2024-05-09" and e.cue


def test_statement_call_on_addresses_the_international_community(statement):
    e, src, tgt = statement[1]("REQUEST", "We call on")
    assert [a.name for a in tgt] == ["international community"]


def test_statement_commended_workers_not_a_state(statement):
    e, src, tgt = statement[1]("SUPPORT", "commended")
    assert all(a.kind != "state" for a in tgt)


def test_statement_title_speaker_is_the_issuer(statement):
    e, src, tgt = statement[1]("ACCUSE", "Foreign Minister said")
    assert [a.country for a in src] == ["UKR"] and [a.country for a in tgt] == ["RUS"]
    assert e.cue.startswith("speech-accuse")


def test_statement_coordinated_complements_are_all_targets(statement):
    e, src, tgt = statement[1]("SUPPORT", "praised")
    assert {a.name for a in tgt} == {"Oman", "Jordan", "Norway"}


def test_title_case_headline_is_parsed_as_a_sentence(pipeline):
    from communique.ingest.records import Record

    text = "Hanoi Issues Sharp Rebuke To Manila Over Reef Clash\n\nVietnam criticised the Philippines on Tuesday.\n"
    doc = list(pipeline.pipe([Record(text, "hl", {"published": "2024-05-10"})]))[0]
    names = {a.id: a for a in doc.actors}
    hits = [e for e in doc.events if e.type == "ACCUSE" and e.sentence[0] == 0]
    assert hits, [(e.type, e.cue) for e in doc.events]
    assert [names[i].country for i in hits[0].source] == ["VNM"]
    assert [names[i].country for i in hits[0].target] == ["PHL"] and hits[0].cue


def test_nominal_talks_between_two_parties(pipeline):
    from communique.ingest.records import Record

    doc = list(pipeline.pipe([Record("The talks between Azerbaijan and Armenia in Almaty ended on Friday.", "t", {})]))[0]
    names = {a.id: a.name for a in doc.actors}
    hits = [e for e in doc.events if e.type == "CONSULT"]
    assert hits and {names[i] for i in hits[0].source} == {"Azerbaijan", "Armenia"}, [(e.type, e.cue) for e in doc.events]


def test_alliance_statement_header_names_the_issuer_of_we(pipeline):
    from communique.ingest.records import Record

    text = ("Statement by the North Atlantic Council on the attacks on shipping\n\n"
            "We strongly condemn the attacks by the rebels on merchant ships.\n\n"
            "We call on Iran to stop arming the rebels.\n")
    doc = list(pipeline.pipe([Record(text, "nac", {"published": "2024-05-10"})]))[0]
    assert doc.publisher == "North Atlantic Council"
    names = {a.id: a.name for a in doc.actors}
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert req and [names[i] for i in req[0].source] == ["North Atlantic Council"], [(e.type, e.cue) for e in doc.events]
    assert [names[i] for i in req[0].target] == ["Iran"]

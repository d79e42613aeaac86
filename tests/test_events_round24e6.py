"""Events of round 24e6: news acts said with plain verbs (docs/events.md, "Round 24e6: plain verbs of
news"): money given or added by a state or an organisation is AID ("gave the largest sums", "will add
25 million euros"); a commodity bought by a state is COOPERATE ("will keep buying gas"); a named place
entered by a force or a state is MOBILIZE ("the army entered Aleppo"); an attack that dates its clause
is an event with nobody named ("After a bombing in the capital in 2016, ..."); a nominal attitude takes
its "among" group as the doer ("criticism among lawmakers"); an accusation a clause is reported
"according to" is aimed at the clause's named subject ("According to the lawsuit, Exxon misled ...");
and sentences where the same words are no event. Texts written for this project."""

from __future__ import annotations

import pytest

from conftest import event_cues, probe_tests

# (expected type, sentence): found
PROBES: list[tuple[str, str]] = [
    # money given or added with a plain verb
    ("AID", "Japan, Norway and Canada gave the biggest sums to the relief fund for Sudan."),
    ("AID", "Sweden gave 12 million dollars to the refugee agency last year."),
    ("AID", "Germany said it would add 25 million euros to its assistance for Chad."),
    ("AID", "The World Bank will add 300 million dollars to the reconstruction fund for Gaza."),
    # a commodity bought with a plain verb
    ("COOPERATE", "Hungary will keep buying gas from Russia despite the sanctions, its foreign minister said."),
    ("COOPERATE", "China bought record amounts of Iranian crude in March."),
    ("COOPERATE", "Egypt agreed to purchase wheat from Kazakhstan over the next two years."),
    # a named place entered by a force or a state
    ("MOBILIZE", "The Syrian army entered Aleppo and Homs yesterday."),
    ("MOBILIZE", "Russian forces entered Kherson on Monday."),
    ("MOBILIZE", "Ethiopian troops entered Mogadishu after the clashes, witnesses said."),
    # an attack that dates its clause
    ("ASSAULT", "After an attack on a hotel in the capital in 2016, parliament passed a new security law."),
    ("ASSAULT", "Since the bombing of the embassy, the guards have searched every car at the gate."),
    ("ASSAULT", "After the shelling of the port last spring, the navy moved its ships further south."),
    # a nominal attitude held by an "among" group
    ("ACCUSE", "There has been skepticism among lawmakers and the unions about the new security law."),
    ("ACCUSE", "Criticism among Democrats has grown since the ruling."),
    # an accusation that a clause is reported "according to"
    ("ACCUSE", "According to the lawsuit, Exxon misled investors about the risks of climate change."),
    ("ACCUSE", "According to a whistleblower complaint, Governor Cuomo may have misused state funds."),
    ("ACCUSE", "According to the indictment, Manafort hid millions of dollars in offshore accounts."),
    ("ACCUSE", "There is growing skepticism among European diplomats about the ceasefire."),
]

# (type that must NOT be found, sentence): the same verbs, no event
NEGATIVES: list[tuple[str, str]] = [
    ("AID", "He gave the dog a bone before the parade."),
    ("AID", "The company added 3 million dollars to its profit in the second quarter."),
    ("AID", "The song gave the crowd a reason to dance."),
    ("COOPERATE", "Shoppers bought oil and flour before the storm."),
    ("COOPERATE", "Drivers bought fuel at the border town because it was cheaper."),
    ("MOBILIZE", "The prime minister entered Parliament on Tuesday."),
    ("MOBILIZE", "The tourists entered Venice by boat in the morning."),
    ("ASSAULT", "After a long meeting in the capital in 2016, parliament passed a new security law."),
    ("ASSAULT", "He has worked at the embassy since the opening of the new building."),
    ("ACCUSE", "The novel was popular among students and teachers in the nineties."),
    ("ASSAULT", "The curfew that was imposed after tribal clashes in the north was lifted on Monday."),
    ("ACCUSE", "According to the weather report, it will rain in Madrid tomorrow."),
]


test_probe_sentence_has_its_type, test_same_words_with_no_event = probe_tests(PROBES, NEGATIVES)


@pytest.mark.parametrize(("text", "doers"), [
    ("Japan, Norway and Canada gave the biggest sums to the relief fund for Sudan.", {"Japan", "Norway", "Canada"}),
    ("Germany said it would add 25 million euros to its assistance for Chad.", {"Germany"}),
])
def test_money_given_has_the_giver_as_source(pipeline, text, doers):
    doc = pipeline(text)
    names = {a.id: a.name for a in doc.actors}
    found = [e for e in doc.events if e.type == "AID"]
    assert found, event_cues(doc)
    assert {names[s] for s in found[0].source} == doers, event_cues(doc)


def test_added_money_promised_is_intended(pipeline):
    doc = pipeline("Germany said it would add 25 million euros to its assistance for Chad.")
    found = [e for e in doc.events if e.type == "AID"]
    assert found and found[0].mode == "intended", [(e.type, e.mode) for e in doc.events]


def test_entered_place_has_the_force_as_source(pipeline):
    doc = pipeline("Russian forces entered Kherson on Monday.")
    names = {a.id: a.name for a in doc.actors}
    found = [e for e in doc.events if e.type == "MOBILIZE"]
    assert found, event_cues(doc)
    assert any("Russia" in names[s] for s in found[0].source), event_cues(doc)


def test_attack_dating_its_clause_is_not_the_clauses_plan(pipeline):
    # the attack happened: it takes no mode from the proposal its clause reports
    doc = pipeline("After an attack on a hotel in the capital in 2016, a bill was proposed to close the border.")
    found = [e for e in doc.events if e.type == "ASSAULT"]
    assert found and found[0].mode in ("asserted", "historical"), [(e.type, e.mode) for e in doc.events]


def test_among_group_is_the_source(pipeline):
    doc = pipeline("There has been skepticism among lawmakers and the unions about the new security law.")
    names = {a.id: a.name for a in doc.actors}
    found = [e for e in doc.events if e.type == "ACCUSE"]
    assert found, event_cues(doc)
    assert {names[s] for s in found[0].source} >= {"lawmakers"}, event_cues(doc)


def test_according_to_accusation_targets_the_clause_subject(pipeline):
    doc = pipeline("According to the lawsuit, Exxon misled investors about the risks of climate change.")
    names = {a.id: a.name for a in doc.actors}
    found = [e for e in doc.events if e.type == "ACCUSE"]
    assert found, event_cues(doc)
    assert [names[t] for t in found[0].target] == ["Exxon"], event_cues(doc)
    assert found[0].mode == "asserted"

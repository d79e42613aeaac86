"""Round 35e35: the op-ed writer's own verdicts told by an idiom, with no word of accusing or praising
(docs/events.md, "Round 35e35"): "X has hidden behind its courts", "it is selling its vote" (ACCUSE by the
writer), "Y has shown that ... can work", "Z has set an example" (SUPPORT by the writer); under a
reporting verb the speaker's. Never in news or a statement's issuer's voice, never negated, conditional,
modal or asked. Texts written for this project."""

from __future__ import annotations

import pytest
from conftest import actor_names, analyse_text, event_cues

HEAD = """Chile should take the river to court

By Ana Soto Ramirez

Ana Soto Ramirez was Chile's foreign minister from 2014 to 2018 and now teaches law in Valparaiso.

For twenty years the quarrel over the Lauca river has been a file that both governments preferred to keep \
closed. Last month Bolivian soldiers detained six Chilean farmers near the border and held them for a week.

I do not accuse Bolivia of bad faith lightly. But patience has bought us nothing, and talks without a \
deadline are a waiting room with no doctor.

{X}

I therefore urge the Government of Chile to file a case against Bolivia at the International Court of Justice.
"""

NEWS = """Bolivia and Chile trade words over river

SANTIAGO, March 3 (Reuters) - Bolivian soldiers detained six Chilean farmers near the border last month and \
held them for a week, officials in Santiago said on Monday.

{X}

The foreign ministry in La Paz said the farmers had crossed the border and declined to comment further.
"""

STATEMENT = """Statement by the Ministry of Foreign Affairs of Chile on the Lauca river

The Ministry of Foreign Affairs of Chile condemns the detention of six Chilean farmers by Bolivian soldiers.

{X}

The Ministry calls on Bolivia to respect the boundary treaty.
"""


def _verdicts(pipeline, frame: str, body: str) -> list:
    doc = analyse_text(pipeline, frame.replace("{X}", body))
    start = doc.text.find(body)
    return doc, [e for e in doc.events if e.cue and e.cue.startswith("verdict-idiom:")
                 and start <= e.trigger.start < start + len(body)]


@pytest.mark.parametrize("body, type_, target", [
    ("Peru and Ecuador have long disputed their border. Bolivia, by contrast, has hidden behind its courts "
     "for a decade.", "ACCUSE", {"Bolivia"}),
    ("Argentina is not defending a national interest; it is selling its vote to the highest bidder.",
     "ACCUSE", {"Argentina"}),
    ("And the governments of Spain and Portugal, which have hidden behind legal caution for years, must now "
     "speak.", "ACCUSE", {"Spain", "Portugal"}),
    ("Peru and Ecuador have shown that river borders can be settled by commissions.", "SUPPORT", {"Peru", "Ecuador"}),
    ("Uruguay has shown the way on the Plate estuary.", "SUPPORT", {"Uruguay"}),
    ("Paraguay has set an example for the whole region.", "SUPPORT", {"Paraguay"}),
])
def test_a_writers_verdict_by_an_idiom_is_the_writers(pipeline, body, type_, target):
    doc, found = _verdicts(pipeline, HEAD, body)
    assert [e.type for e in found] == [type_], event_cues(doc)
    assert actor_names(doc, found[0].source) == {"Ana Soto Ramirez"}
    assert actor_names(doc, found[0].target) == target
    assert found[0].attribution.kind == "author" and found[0].mode == "asserted"


def test_a_quoted_verdict_by_an_idiom_is_the_speakers(pipeline):
    body = '"Bolivia is holding the whole region to ransom," the Peruvian foreign minister Elmer Schialer said.'
    doc, found = _verdicts(pipeline, NEWS, body)
    assert [e.type for e in found] == ["ACCUSE"], event_cues(doc)
    assert actor_names(doc, found[0].target) == {"Bolivia"}
    assert "Reuters" not in actor_names(doc, found[0].source)


@pytest.mark.parametrize("body", [
    # negated, conditional, modal, asked: no verdict on what was done
    "Bolivia has not hidden behind its courts.",
    "If Bolivia hides behind its courts, the region will know what to think.",
    "Bolivia could hide behind its courts for another decade.",
    "Will Peru hide behind its courts as well?",
    # a showing of force or of a threat is no praise; a report shows nothing of anyone
    "Bolivia has shown that it can strike anywhere on the river.",
    "The survey has shown that river borders can be settled by commissions.",
    "Bolivia has shown that river borders cannot be settled by commissions.",
    # the same verbs in their literal senses
    "Bolivia sold its gas to Argentina and Brazil for a decade.",
    "The farmers hid behind a wall when the soldiers arrived.",
    "Peru held talks with Bolivia on the river in March.",
])
def test_no_verdict_where_none_is_given(pipeline, body):
    doc, found = _verdicts(pipeline, HEAD, body)
    assert not found, event_cues(doc)


@pytest.mark.parametrize("frame", [NEWS, STATEMENT])
@pytest.mark.parametrize("body", [
    "Bolivia, by contrast, has hidden behind its courts for a decade.",
    "Peru and Ecuador have shown that river borders can be settled by commissions.",
    "Paraguay has set an example for the whole region.",
])
def test_a_reporter_or_an_issuer_gives_no_idiom_verdict(pipeline, frame, body):
    doc, found = _verdicts(pipeline, frame, body)
    assert not found, event_cues(doc)


# --- the writer's country from the note on the writer ------------------------------------------------------

NOTED = """Chile should take the river to court

By Ana Soto Ramirez

{NOTE}

For twenty years the quarrel over the Lauca river has been a file that both governments preferred to keep \
closed. Last month Bolivian soldiers detained six Chilean farmers near the border and held them for a week.

I do not accuse Bolivia of bad faith lightly. I therefore urge the Government of Chile to file a case against \
Bolivia at the International Court of Justice.
"""


def _writer_country(pipeline, note: str):
    doc = analyse_text(pipeline, NOTED.replace("{NOTE}", note))
    writer = [a for a in doc.actors if a.name == "Ana Soto Ramirez" and a.kind == "person"]
    assert writer, [(a.name, a.kind) for a in doc.actors]
    return writer[0].country


@pytest.mark.parametrize("note, country", [
    ("Ana Soto Ramirez is a former Peruvian ambassador to Bolivia and teaches law in Lima.", "PER"),
    ("Ana Soto Ramirez was Chile's Minister of Foreign Affairs from 2014 to 2018.", "CHL"),
    ("Ana Soto Ramirez is a former Minister of Agriculture of Ecuador.", "ECU"),
])
def test_the_writers_country_is_the_one_her_role_names(pipeline, note, country):
    assert _writer_country(pipeline, note) == country


@pytest.mark.parametrize("note", [
    # a posting, a workplace, a subject of study: not the writer's own country
    "Ana Soto Ramirez is a former ambassador to Bolivia and a fellow at a university in Lima.",
    "Ana Soto Ramirez was a guest of the Peruvian government in 2019.",
    "Ana Soto Ramirez writes on Bolivian and Peruvian politics.",
    # two states named in the role decide nothing
    "Ana Soto Ramirez is a former Peruvian ambassador and a former Chilean minister of trade.",
])
def test_no_writers_country_from_a_posting_a_workplace_or_two_states(pipeline, note):
    assert _writer_country(pipeline, note) is None

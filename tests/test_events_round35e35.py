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
    # round 35e35 (review): a clause of what can be done is no praise by itself (a good or a bad thing)
    "Peru and Ecuador have shown that river borders can be settled by commissions.",
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


# --- round 35e35 (review): the review's passages where the branch was worse than main, and variants --------

OPED = """Europe must stop making excuses on Ukraine

By Marta Kowalczyk

Marta Kowalczyk is a senior fellow at a think tank in Warsaw.

For three years the war in Ukraine has tested the patience of Europe. Russian missiles struck Kyiv again last week.

{X}

I therefore urge the European Union to adopt the twentieth sanctions package without delay.
"""

REVIEW_NEWS = """EU ministers fail to agree on new sanctions

BRUSSELS, June 3 (Reuters) - European Union foreign ministers failed on Monday to agree a new package of \
sanctions against Russia, diplomats said.

{X}

Ministers will meet again next month, officials said.
"""


@pytest.mark.parametrize("frame, body", [
    # item 1: showing that something (bad or good) can be done praises no one
    (OPED, "Moscow has shown that borders can be changed by force."),
    (OPED, "Putin has shown that nuclear threats can work."),
    (OPED, "Russia has proved that sanctions can be evaded through third countries."),
    (REVIEW_NEWS, "Russia has shown that borders can be changed by force, the Estonian foreign minister said."),
    (HEAD, "Bolivia has demonstrated that treaties can be ignored."),
    # item 2: a praise idiom turned round by its modifier
    (OPED, "Russia has set a dangerous example for every revisionist power."),
    (OPED, "Hungary has set a terrible example for the rest of the Union."),
    (OPED, "Israel has shown little restraint in Gaza."),
    (OPED, "France has shown a striking lack of leadership."),
    (OPED, "Germany has shown little courage and even less leadership."),
    (OPED, "Neither Berlin nor Paris has shown leadership on air defence."),
    (OPED, "Berlin has hardly shown leadership on air defence."),
    (OPED, "Hungary has shown the way for every spoiler in the Council."),
    (HEAD, "Bolivia has set a bad example for the region."),
    (HEAD, "Neither Peru nor Ecuador has set an example here."),
    (HEAD, "Argentina has scarcely shown restraint on the river."),
    (HEAD, "Argentina has shown no courage and little resolve."),
    # item 3: a demand is no verdict
    (OPED, "It is high time Germany showed some leadership."),
    (HEAD, "It is time Peru showed the way."),
    # item 4: the holder of a study, a report or an experience is praised for nothing
    (OPED, "A study by the World Bank shows that sanctions can work."),
    (OPED, "The experience of Colombia has shown that peace deals can hold."),
    (REVIEW_NEWS, "A UN report has shown that aid can still reach Gaza, officials said."),
    (OPED, "The Ukrainian counteroffensive has shown that Russian lines can be broken."),
    (HEAD, "The experience of Uruguay has shown what leadership looks like."),
    # item 7: literal senses
    (OPED, "Ukrainian troops have hidden behind the Dnipro river since November."),
    (OPED, "President Zelensky washed his hands before laying a wreath at the memorial."),
    (OPED, "Polish border guards showed the refugees the way to the reception centre."),
    (HEAD, "Bolivian soldiers have hidden behind the hills near the border."),
    (HEAD, "President Boric washed his hands after the ceremony."),
    # item 8: an unnamed speaker in news
    (REVIEW_NEWS, "Estonia has shown that a small state can lead on sanctions, the diplomat said."),
    (REVIEW_NEWS, "Estonia has set an example on sanctions, a senior diplomat said."),
    # item 9: "it" may stand for the one pleaded with as well as the pleader
    (OPED, "Brussels pleaded with Budapest for months. But it has hidden behind its veto all the same."),
    (HEAD, "Peru negotiated with Bolivia for years. Then it hid behind its courts."),
])
def test_review_passages_give_no_verdict(pipeline, frame, body):
    doc, found = _verdicts(pipeline, frame, body)
    assert not found, event_cues(doc)


@pytest.mark.parametrize("body, type_, target", [
    ("Serbia has turned a blind eye to the Russian money flowing through Belgrade.", "ACCUSE", {"Serbia"}),
    ("Germany has shirked its responsibility for European security.", "ACCUSE", {"Germany"}),
    ("Estonia has set an example that larger states would do well to follow.", "SUPPORT", {"Estonia"}),
    ("Kyiv has shown remarkable courage in the face of this onslaught.", "SUPPORT", {"Ukraine"}),
    ("Whenever Moscow shells a city, Budapest washes its hands of the matter.", "ACCUSE", {"Hungary"}),
    ("The EU has hidden behind unanimity for too long.", "ACCUSE", {"European Union"}),
    ("Ukraine, which Hungary has held to ransom for months, needs air defence now.", "ACCUSE", {"Hungary"}),
])
def test_review_passages_the_branch_had_right(pipeline, body, type_, target):
    doc, found = _verdicts(pipeline, OPED, body)
    assert [e.type for e in found] == [type_], event_cues(doc)
    assert actor_names(doc, found[0].source) == {"Marta Kowalczyk"}
    assert actor_names(doc, found[0].target) == target


@pytest.mark.parametrize("note", [
    # items 3, 6, 10: a book title, a subject of study, a bureau name no state of the writer's
    "Ana Soto Ramirez is the author of The Rise of China and teaches in London.",
    "Ana Soto Ramirez is the author of The Fall of Afghanistan.",
    "Ana Soto Ramirez is the author of a history of Peru.",
    "Ana Soto Ramirez is the author of Bolivia's Unfinished War.",
    "Ana Soto Ramirez is a scholar of Iran at King's College London.",
    "Ana Soto Ramirez is professor of the history of Peru at Harvard.",
    "Ana Soto Ramirez is the chief of the Reuters bureau of Bolivia.",
])
def test_no_writers_country_from_a_title_a_subject_or_a_bureau(pipeline, note):
    assert _writer_country(pipeline, note) is None


@pytest.mark.parametrize("note, country", [
    ("Ana Soto Ramirez is a former U.S. ambassador to Bolivia.", "USA"),
    ("Ana Soto Ramirez is a former Ambassador of Ireland to Peru.", "IRL"),
    ("Ana Soto Ramirez is a former governor of the Central Bank of Chile.", "CHL"),
    ("Ana Soto Ramirez is Peru's former deputy foreign minister and a fellow at Harvard.", "PER"),
])
def test_the_writers_country_from_a_role_phrase(pipeline, note, country):
    assert _writer_country(pipeline, note) == country

"""Author stance, round 25a (issue 18): a clause negated by "Nor has ...", an actor fond of its own claims, a
demand made of an actor in the passive.

The open round 31 (oped-117..119) lost attacked actors to a praise idiom negated by an inverted "Nor" (read as
praise), to a body the writer sneers at for what it "likes to describe itself as", and to a company the writer
says "should be told plainly" what is not welcome. The passages below were written for this test, in genres the
op-eds do not use (a water utility, a ferry line, a port, a school board, a hospital); each mechanism has guards.
"""

from __future__ import annotations

import pytest

from conftest import author_polarity, opinion_piece

_WATER = opinion_piece(
    "Taps that run dry by noon\n\nBy the committee of a residents' association in the eastern districts\n\n",
    "Our members live in four districts where the water stops every day before lunch.",
    "We will meet again at the community hall next Thursday.")
_FERRY = opinion_piece(
    "An island is not a luxury destination\n\nBy the council of an islanders' association\n\n",
    "Our members cross the strait twice a week to see doctors, sell fish and visit their children.",
    "We will hand out leaflets on the quay every Saturday in March.")
_SCHOOLS = opinion_piece(
    "Forty children in a room built for twenty\n\nBy the chair of a parents' association\n\n",
    "Our children have studied in the same three rooms since the old wing was closed.",
    "We will count the pupils in every classroom again in September.")


# 1. "Nor" / "Neither" opening a clause with its auxiliary before the subject negates it: a praise idiom so
# negated is blame.
_NOR = [
    (_WATER, "The Metropolitan Water Company missed every date it set for the new mains. Nor has the Metropolitan "
             "Water Company covered itself in glory since the spring.", "Metropolitan Water Company"),
    (_FERRY, "The timetable was cut in half in October. Neither has the Baltic Ferry Company kept its word on the "
             "winter service it promised the islanders.", "Baltic Ferry Company"),
    (_SCHOOLS, "The classrooms were never repaired. Nor has the Regional School Board been honest with the "
               "parents about the money.", "Regional School Board"),
]
# Guards: the same idioms without the inversion stay praise; "neither ... nor" joining two names negates nothing.
_NOR_GUARDS = [
    (_WATER, "The Metropolitan Water Company covered itself in glory when the flood came in the spring.",
     "Metropolitan Water Company"),
    (_FERRY, "The Baltic Ferry Company has kept its word on the winter service it promised the islanders.",
     "Baltic Ferry Company"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _NOR)
def test_an_inverted_nor_negates_the_praise(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.2, (polarity, reasons)


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _NOR_GUARDS)
def test_praise_without_the_inversion_stays_praise(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity > 0.2, (polarity, reasons)


def test_inverted_nor_on_the_parse():
    from communique.nlp import load_nlp
    from communique.rhetoric.stance_evidence import _inverted_nor

    nlp = load_nlp()
    inverted = nlp("Nor has the council kept its promise.")
    assert _inverted_nor(next(t for t in inverted if t.lower_ == "kept"))
    joined = nlp("Neither the council nor the mayor kept the promise.")
    assert not _inverted_nor(next(t for t in joined if t.lower_ == "kept"))


# 2. An actor fond of its own claims: "likes / loves to call (describe, present, lecture) ...", the writer's sneer.
_FOND = [
    (_WATER, "The Metropolitan Water Company, a utility that likes to describe itself as a servant of the city, "
             "cut the supply to the eastern districts in July.", "Metropolitan Water Company"),
    (_FERRY, "The Baltic Ferry Company raised the fares for islanders by a third. The Baltic Ferry Company likes to "
             "call this a modernisation.", "Baltic Ferry Company"),
    (_SCHOOLS, "The Regional School Board closed the old wing in 2019. The Regional School Board loves to lecture "
               "parents about the value of education.", "Regional School Board"),
]
# Guards: a wish of the writer's ("we would like to tell ..."), a liking with no claim, a negated liking.
_FOND_GUARDS = [
    (_WATER, "The Metropolitan Water Company repaired the mains in March. We would like to tell the Metropolitan "
             "Water Company that the eastern districts noticed.", "Metropolitan Water Company"),
    (_FERRY, "The Baltic Ferry Company bought two boats this year. The Baltic Ferry Company likes to buy its boats "
             "in Gdansk.", "Baltic Ferry Company"),
    (_SCHOOLS, "The Regional School Board opened a new library in May. The Regional School Board does not like to "
               "boast about it.", "Regional School Board"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _FOND)
def test_an_actor_fond_of_its_claims_is_sneered_at(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.2, (polarity, reasons)
    assert any(r.startswith("fond of its claim") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _FOND_GUARDS)
def test_no_sneer_for_a_wish_a_plain_liking_or_a_negated_one(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not any(r.startswith("fond of its claim") for r in reasons), reasons


# 3. A demand made of an actor in the passive: "should be told", "must be held to account", "should not be
# allowed to ...".
_PASSIVE = [
    (_FERRY, "The Baltic Ferry Company raised its fares twice this year. And the Baltic Ferry Company should be told "
             "plainly that the islanders will not accept a third rise.", "Baltic Ferry Company"),
    (_WATER, "The eastern districts went without water for nine days. The Metropolitan Water Company must be held to "
             "account for every one of them.", "Metropolitan Water Company"),
    (_SCHOOLS, "Three classrooms have no heating. The Regional School Board should not be allowed to hide behind its "
               "budget any longer.", "Regional School Board"),
    (_FERRY, "The islanders paid twice for tickets that were never honoured. The Baltic Ferry Company must be made to "
             "pay back every one of them.", "Baltic Ferry Company"),
]
# Guards: a passive of help or of a meeting place; a question; a group the passive serves.
_PASSIVE_GUARDS = [
    (_FERRY, "The Baltic Ferry Company lost two boats in the storm. The Baltic Ferry Company must be helped through "
             "the winter.", "Baltic Ferry Company"),
    (_WATER, "The Metropolitan Water Company asked for a hearing. The Metropolitan Water Company should be heard at "
             "the next meeting of the council.", "Metropolitan Water Company"),
    (_SCHOOLS, "Why should the Regional School Board be blamed for a storm?", "Regional School Board"),
    (_WATER, "Nobody is suggesting that the Metropolitan Water Company should be punished for the drought.",
     "Metropolitan Water Company"),
    (_FERRY, "The Gotland Shipping Line carried the sick for free all winter. The Gotland Shipping Line should be "
             "made welcome in every harbour of the island.", "Gotland Shipping Line"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _PASSIVE)
def test_a_demand_in_the_passive_is_against_its_subject(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.2, (polarity, reasons)
    assert any(r.startswith("demand in the passive") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _PASSIVE_GUARDS)
def test_no_passive_demand_for_help_a_hearing_or_a_question(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not any(r.startswith("demand in the passive") for r in reasons), reasons


# 4. An exemplar sentence: "That is what a good neighbour looks like." sums up the deeds of the sentences before it.
_EXEMPLARS = [
    (_WATER, "The Northern Water Cooperative sent its own tankers to the eastern districts within a day. That is "
             "what a decent utility does when its neighbours go dry.", "Northern Water Cooperative", "+"),
    (_FERRY, "The Gotland Shipping Line kept its winter boat running through the storms and carried the sick for "
             "free. This is how a good neighbour behaves.", "Gotland Shipping Line", "+"),
    (_SCHOOLS, "The Regional School Board closed the old wing and blamed the parents for the cost. That is what a "
               "cynical bureaucracy does.", "Regional School Board", "-"),
    (_SCHOOLS, "The Regional School Board cancelled the meeting and sent a press release instead. That is not what "
               "a responsible board does.", "Regional School Board", "-"),
    (_FERRY, "The Gotland Shipping Line doubled the fares for islanders and sold the winter boat. Is that how a good "
             "neighbour behaves?", "Gotland Shipping Line", "-"),
    (_WATER, "The Northern Water Cooperative lent its pumps to the eastern districts for a month. That is what "
             "neighbours do.", "Northern Water Cooperative", "+"),
]
# Guards: an exemplar sentence in a new paragraph; one with no kind of actor ("That is what happened").
_EXEMPLAR_GUARDS = [
    (_WATER, "The Northern Water Cooperative sent its own tankers to the eastern districts.\n\nThat is what a "
             "decent utility does.", "Northern Water Cooperative"),
    (_FERRY, "The Gotland Shipping Line cut the winter boat in January. That is what happened.",
     "Gotland Shipping Line"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,sign", _EXEMPLARS)
def test_an_exemplar_sentence_judges_the_actors_before_it(piece, passage, actor, sign):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert (polarity > 0.2) if sign == "+" else (polarity < -0.2), (polarity, reasons)
    assert any(r.startswith("exemplar") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _EXEMPLAR_GUARDS)
def test_no_exemplar_across_a_paragraph_or_without_a_kind(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not any(r.startswith("exemplar") for r in reasons), reasons


def test_an_exemplar_is_said_of_the_paragraphs_protagonist_not_a_helper():
    """The actor that is the subject of most of the sentences before is the one summed up; a helper named once is
    not ("The navy lent them a boat")."""
    text = _FERRY("The Gotland Shipping Line kept its winter boat running through the January storms. Its crews "
                  "carried the sick to the mainland for free. The Swedish Coast Guard lent them a radar when theirs "
                  "broke down. That is what a good neighbour looks like.")
    polarity, reasons = author_polarity(text, "Gotland Shipping Line")
    assert polarity > 0.2 and any(r.startswith("exemplar") for r in reasons), (polarity, reasons)
    _, helper = author_polarity(text, "Coast Guard")
    assert not any(r.startswith("exemplar") for r in helper), helper


# 5. A fronted negation: "Not once did ...", "At no point has ...", "Nor did ..." make an omission.
_FRONTED = [
    (_WATER, "The eastern districts went without water for nine days. Not once did the Metropolitan Water Company "
             "send a tanker to the eastern districts.", "Metropolitan Water Company"),
    (_WATER, "At no point has the Metropolitan Water Company published the results of the tests on the eastern "
             "mains.", "Metropolitan Water Company"),
    (_WATER, "The old reservoir cracked in March and the eastern districts went dry. Nor did the Northern Water "
             "Cooperative publish the engineers' survey afterwards.", "Northern Water Cooperative"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _FRONTED)
def test_a_fronted_negation_tells_an_omission(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.2, (polarity, reasons)
    assert any(r.startswith("omission") for r in reasons), reasons


# 6. Idioms of evasion and greed said of an actor (``evaluative.en.tsv``, round 25 entries).
_IDIOMS = [
    (_WATER, "The Metropolitan Water Company passed the buck to the city council for six years.",
     "Metropolitan Water Company"),
    (_FERRY, "The Baltic Ferry Company shrugged off every complaint the islanders sent.", "Baltic Ferry Company"),
    (_SCHOOLS, "The Regional School Board sat on its hands while the roof leaked.", "Regional School Board"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _IDIOMS)
def test_idioms_of_evasion_blame_the_actor(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.2, (polarity, reasons)
    assert any(r.startswith("evaluative") for r in reasons), reasons


# 7. Time given to act: "has had ten years to fix the pipes" leaves the failure to the reader.
_TIME_GIVEN = [
    (_WATER, "The eastern mains burst in 2015. The Metropolitan Water Company has had ten years to fix the pipes.",
     "Metropolitan Water Company"),
    (_FERRY, "The harbour wall cracked in the spring. The Baltic Ferry Company had every opportunity to repair it "
             "before the storms.", "Baltic Ferry Company"),
    (_SCHOOLS, "The engineers warned of the roof in 2020. The Regional School Board had three summers to replace it.",
     "Regional School Board"),
]
# Guards: a short time (a hardship), a negated or conditional "have", people given a time to leave.
_TIME_GUARDS = [
    (_WATER, "The eastern mains burst on a Friday. The Metropolitan Water Company had only two days to repair them.",
     "Metropolitan Water Company"),
    (_FERRY, "If the Baltic Ferry Company had had more time to repair the boat, the island would not be cut off.",
     "Baltic Ferry Company"),
    (_SCHOOLS, "The Regional School Board did not have time to consult the parents before the storm.",
     "Regional School Board"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _TIME_GIVEN)
def test_time_given_to_act_blames_the_actor(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.2, (polarity, reasons)
    assert any(r.startswith("time to act") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _TIME_GUARDS)
def test_no_time_to_act_for_a_short_time_a_negation_or_a_condition(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not any(r.startswith("time to act") for r in reasons), reasons


# 8. An answer owed: "has much to answer for", "has questions to answer", "has some explaining to do".
_ANSWERABLE = [
    (_WATER, "The Metropolitan Water Company has a great deal to answer for.", "Metropolitan Water Company"),
    (_FERRY, "After the January crossings, the Baltic Ferry Company has questions to answer about its boats.",
     "Baltic Ferry Company"),
    (_SCHOOLS, "The Regional School Board has some explaining to do.", "Regional School Board"),
]
# Guards: cleared ("nothing to answer for"), asked ("Does it have questions to answer?").
_ANSWERABLE_GUARDS = [
    (_WATER, "The Metropolitan Water Company has nothing to answer for; the drought did this.",
     "Metropolitan Water Company"),
    (_FERRY, "Does the Baltic Ferry Company have questions to answer about the crossings?", "Baltic Ferry Company"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _ANSWERABLE)
def test_an_answer_owed_blames_the_actor(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.2, (polarity, reasons)
    assert any(r.startswith("has to answer for") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _ANSWERABLE_GUARDS)
def test_no_answer_owed_when_cleared_or_asked(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not any(r.startswith("has to answer for") for r in reasons), reasons

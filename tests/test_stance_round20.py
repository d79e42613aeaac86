"""Author stance, round 20 (issue 18): generic descriptions, questions and addresses.

Round 19b's table of misses left attacked actors with no evidence of their own, judged by forms no rule read:
a generic singular that denies a role the text ties to the actor ("China likes to tell Africa that it is a
partner. A partner does not empty the larder"), "why" questions after an actor's claim, an address to the
actor ("To the authorities in Beijing: a flag state that ... is not a friend"), and law enforcement against a
wrong read as a hostile act of the enforcer. The passages of the first tables were written for this test
before the rules (a beekeepers' association, a ferry captain, a librarian, a dockworkers' union), in styles
the op-eds do not use; the guards are the same forms where they are neutral or praising.
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_reasons, author_stance, opinion_piece

_BEES = opinion_piece(
    "The hives are listening\n\nBy the committee of the Upland Beekeepers' Association\n\n",
    "Our members keep eleven thousand hives on the terraces above the valley. We have kept them through drought "
    "and war.",
    "We will be at the market on Saturday, as always. Come and taste what the hills still give.")
_FERRY = opinion_piece(
    "Notes from the wheelhouse\n\nBy Tomasz Wrona, who has captained the island ferry for twenty-two years\n\n",
    "Every morning I take the seven o'clock boat across the strait. I know the faces of the passengers and the "
    "moods of the water.",
    "The strait does not care who governs it. The people who cross it do.")
_LIBRARY = opinion_piece(
    "What the shelves know\n\nBy Mariam Tadesse, head librarian of a city library\n\n",
    "A library keeps the memory of a town. Ours lost a third of its books in the fire of 2019.",
    "We open at nine tomorrow. The door is never locked to anyone who wants to read.")
_DOCKS = opinion_piece(
    "A statement from the quay\n\nBy the executive of the Harbour Porters' Union\n\n",
    "Our members load and unload every ship that calls at this port. We speak for four thousand families.",
    "We will keep working. We will also keep counting.")


def _actor(text: str, name: str) -> str | None:
    stance = author_stance(text)
    return next((k for k in stance if name.lower() in k.lower() or k == name), None)


_ATTACKED = [
    # a generic description denying a role the actor claimed
    (_BEES, "Minsk never tires of calling itself a good neighbour. A good neighbour does not cut off the gas in "
            "January.", "BLR", "generic description 'neighbour', of its claim"),
    (_FERRY, "Ankara likes to present itself as a guardian of refugees. A guardian does not sell the people in its "
             "care to the highest bidder.", "TUR", "generic description 'guardian', of its claim"),
    (_LIBRARY, "Addis Ababa says the dam is a gift to the whole region. A gift does not leave the farmers "
               "downstream without water.", "ETH", "generic description 'gift', of its claim"),
    (_BEES, "Bucharest insists that it is a friend of the small farmer. A friend of the small farmer would not "
            "license the poison that killed our bees.", "ROU", "generic description 'friend', of its claim"),
    # ... delivered to the actor by an address
    (_FERRY, "To the government in Athens we say this: a state that cannot keep its ferries running is not "
             "governing its islands.", "GRC", "generic description 'state', to its address"),
    # "why" questions after a claim, or about an act not done
    (_DOCKS, "Corvina Maritime says its cranes are safe. Why, then, did two of them collapse in March?",
     "Corvina Maritime", "rhetorical question 'why' after its claim"),
    (_BEES, "Why has Sofia never published the results of its own tests on the pesticide?", "BGR",
     "rhetorical question 'why ... not'"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,reason", _ATTACKED)
def test_generic_descriptions_and_questions_attack(piece, passage, actor, reason):
    text = piece(passage)
    key = _actor(text, actor)
    assert key is not None, f"no actor for {actor}"
    assert_author_sign(text, key, "-", reason)


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,cue", [
    # a role the writer grants, then a norm: no claim denied
    (_BEES, "Oslo has been a good neighbour to this valley. A good neighbour does not count the cost.", "NOR",
     "generic description"),
    # a norm no claim, address or kind ties to an actor
    (_FERRY, "A good neighbour does not cut off the gas in January. Vilnius sent a delegation to the winter talks.",
     "LTU", "generic description"),
    # a claimed role the writer's norm confirms (no negation)
    (_LIBRARY, "Lisbon calls itself a partner of our library. A partner shares the burden, and Lisbon has.", "PRT",
     "generic description"),
    # a "why" question the next sentence answers
    (_DOCKS, "Why did Oslo send the inspectors? Because our members asked it to, and it listened.", "NOR",
     "rhetorical question 'why"),
])
def test_no_generic_or_why_evidence_where_the_form_is_neutral(piece, passage, actor, cue):
    text = piece(passage)
    key = _actor(text, actor) or actor
    reasons = author_reasons(text, key)
    assert not any(cue in r for r in reasons), reasons


@pytest.mark.issue(18)
def test_ordinary_people_are_not_asked_why():
    text = _BEES("Why do the villagers not leave the valley? They have nowhere else to go.")
    key = _actor(text, "villagers") or "villagers"
    assert not any("why" in r for r in author_reasons(text, key))


# Law enforced against a wrong is no hostile act of the enforcer (oped-76's Fisheries Enforcement Unit, which
# "boarded two vessels of the fleet ... and found undersized fish and an illegal net"); an arrest of people the
# writer defends stays an accusation.
@pytest.mark.issue(18)
def test_enforcement_against_wrongdoers_accuses_no_one():
    text = _FERRY("The smugglers who run the night boats have drowned people in this strait. The Coast Guard "
                  "boarded three of their boats last month.")
    key = _actor(text, "Coast Guard")
    assert key is not None
    assert not any("asserts COERCE" in r for r in author_reasons(text, key))


@pytest.mark.issue(18)
def test_an_arrest_of_the_defended_is_still_blamed():
    text = _LIBRARY("The police in Harare arrested the two librarians who lent books to striking students.")
    key = _actor(text, "police")
    assert key is not None
    assert_author_sign(text, key, "-", "arrest")


@pytest.mark.issue(18)
def test_an_address_that_thanks_is_for_its_addressee():
    text = _FERRY("To the sailors of the Maltese navy we say: thank you. You pulled forty people out of the water "
                  "in one night.")
    assert_author_sign(text, "MLT", "+", "'thank'")


# An echo that mocks a claim, a run of "why" questions, irony. These passages were written after the first rules
# and before these three (the guards with them).
_ECHOED = [
    (_BEES, "Managua says the elections will be free and fair. Every election this government has stolen was "
            "announced as free and fair.", "NIC", "echo '"),
    (_LIBRARY, "Kinshasa insists that the new mining contracts are transparent. Every contract that has robbed this "
               "province was transparent on paper.", "COD", "echo '"),
    (_DOCKS, "Riyadh says the trial met the highest international standards. Every rigged trial in history met the "
             "highest standards of the men who rigged it.", "SAU", "echo '"),
    (_FERRY, "Why does Tirana need six new patrol boats for a coast it calls peaceful? Why are their crews trained "
             "by a private firm from abroad? Nobody in the port can say.", "ALB", "one of a run"),
    (_BEES, "The Ministry of Agriculture in Bucharest publishes a bulletin on bee health that it apparently does not "
            "expect anyone to read.", "Ministry of Agriculture", "irony 'apparently'"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,reason", _ECHOED)
def test_echoes_why_runs_and_irony_attack(piece, passage, actor, reason):
    text = piece(passage)
    key = _actor(text, actor)
    assert key is not None, f"no actor for {actor}"
    assert_author_sign(text, key, "-", reason)


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,cue", [
    # an echo that agrees: no bad things in its subject
    (_FERRY, "Wellington says the reef reserve will protect the fishing grounds. Every reserve of this kind has "
             "protected the fishing grounds so far.", "NZL", "echo"),
    (_BEES, "Oslo says the talks will be difficult. Every talk worth having is difficult.", "NOR", "echo"),
    (_LIBRARY, "Quito says its new archive law is modern. Every archive law passed in this region since 2000 has "
               "been modern, and ours is no exception.", "ECU", "echo"),
    # a run of "why" questions that the writer answers
    (_FERRY, "Why did Valletta send its navy out that night? Why did its sailors stay until dawn? Because they would "
             "not leave anyone in the water.", "MLT", "rhetorical question"),
    # a single honest question
    (_DOCKS, "Why does Rotterdam handle so much more cargo than we do? It invested in cranes twenty years ago.",
     "NLD", "rhetorical question"),
    # "apparently" on a thing's act
    (_BEES, "The storm apparently did not reach the upper terraces, and Vienna sent two experts to check the hives.",
     "AUT", "irony"),
])
def test_no_echo_why_or_irony_evidence_where_neutral(piece, passage, actor, cue):
    text = piece(passage)
    key = _actor(text, actor) or actor
    assert not any(cue in r for r in author_reasons(text, key)), author_reasons(text, key)


# A generic agent noun ("a seller", "a buyer") restricted by a relative clause judges the actor that does what
# the noun is the agent of in the sentences before; a denied identity ("is not a loan shark") and a norm with no
# relative clause give nothing. Written before the rule.
@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", [
    (_FERRY, "Oslo has been selling patrol boats to the junta since 2021. A seller that asks no questions about where "
             "its boats go is not neutral.", "NOR"),
    (_DOCKS, "Warsaw buys the cheap coal from the occupied mines every winter. A buyer who looks away from where the "
             "coal comes from does not get to lecture anyone on principles.", "POL"),
])
def test_a_generic_agent_noun_judges_its_doer(piece, passage, actor):
    assert_author_sign(piece(passage), actor, "-", "of what it does")


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", [
    (_LIBRARY, "Dublin lends money to our library at two per cent. A lender that charges two per cent is not a loan "
               "shark.", "IRL"),
    (_BEES, "Vienna buys our honey every autumn. A buyer does not have to love the bees.", "AUT"),
])
def test_no_agent_noun_judgement_for_an_identity_or_a_bare_norm(piece, passage, actor):
    assert not any("generic description" in r for r in author_reasons(piece(passage), actor))


# "set fire to" as a harmful act (harmful_acts.en.tsv); written before the entry. Farmers burning stubble are
# ordinary people: no blame for anyone.
@pytest.mark.issue(18)
def test_setting_fire_is_a_harmful_act():
    text = _BEES("Soldiers of the Rapid Support Forces set fire to the granaries of three villages in June.")
    key = _actor(text, "Rapid Support Forces")
    assert key is not None
    assert_author_sign(text, key, "-", "harmful act 'set fire to'")


@pytest.mark.issue(18)
def test_farmers_burning_stubble_blame_no_one():
    text = _FERRY("The farmers set fire to the stubble in October, as they do every year, and Tirana fined no one.")
    assert not any("set fire" in r for r in author_reasons(text, "ALB"))


# Bare plural generics ("Reliable partners do not ...") tied the same ways; written before the rule.
@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,reason", [
    (_BEES, "Belgrade tells Brussels that it is a reliable partner. Reliable partners do not vote with Moscow at every "
            "turn.", "SRB", "generic description 'partner', of its claim"),
    (_FERRY, "To the ministers in Ankara we say: governments that jail reporters do not get to lecture others on press "
             "freedom.", "TUR", "to its address"),
])
def test_a_bare_plural_generic_judges_too(piece, passage, actor, reason):
    assert_author_sign(piece(passage), actor, "-", reason)


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", [
    (_LIBRARY, "Reliable partners do not vote with Moscow at every turn. Tallinn sent its delegation to the summit.",
     "EST"),
    (_DOCKS, "Lisbon calls itself a friend of the port. Friends of the port have kept it open through two crises, and "
             "Lisbon was one of them.", "PRT"),
])
def test_no_plural_generic_judgement_where_neutral(piece, passage, actor):
    assert not any("generic description" in r for r in author_reasons(piece(passage), actor))


# After an address to an actor, "you" / "your" stand for the addressee in that sentence and the next one of its
# paragraph, so the other rules read them; an address to the reader maps nothing. Written before the rule.
@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,sign,reason", [
    (_DOCKS, "To the board of Corvina Maritime we say: your cranes are rotten and your promises are worthless.",
     "Corvina Maritime", "-", "evaluative 'rotten'"),
    (_LIBRARY, "To the generals in Naypyidaw: you have burned enough villages. The world is counting them.", "MMR", "-",
     "ASSAULT (burned)"),
    (_BEES, "To the volunteers of the Turkish Red Crescent: you were brave when nobody else was.",
     "Turkish Red Crescent", "+", "evaluative 'brave'"),
])
def test_you_after_an_address_is_the_addressee(piece, passage, actor, sign, reason):
    text = piece(passage)
    key = _actor(text, actor)
    assert key is not None, f"no actor for {actor}"
    assert_author_sign(text, key, sign, reason)


# A claim the next sentence mocks with a hedge that echoes it, or with a suggestion to say the same thing elsewhere
# (open round 23's "Perhaps he could tell his checkpoints"); written after reading round 23, before the rule, in
# other words than the op-ed's.
@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,reason", [
    (_FERRY, "Caracas insists that it respects the independence of the courts. Independence, it seems, now means a "
             "judge who phones the palace before every verdict.", "VEN", "rebuttal 'it seems' of its claim"),
    (_BEES, "The Kremlin says it is committed to a peaceful settlement. Peace, apparently, is what you call the "
            "shelling of a port.", "RUS", "rebuttal 'apparently' of its claim"),
    (_DOCKS, "Manila tells every summit that it defends the rule of law at sea. Perhaps it could tell its own coast "
             "guard.", "PHL", "rebuttal 'perhaps ... could tell' of its claim"),
])
def test_a_hedged_echo_or_a_mocking_suggestion_rebuts_a_claim(piece, passage, actor, reason):
    assert_author_sign(piece(passage), actor, "-", reason)


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", [
    (_LIBRARY, "Ottawa says the new visas will be processed within a month. Processing, it seems, has indeed become "
               "faster: my cousin's visa came in three weeks.", "CAN"),
    (_BEES, "Oslo says the talks will resume in May. Perhaps they could also include the beekeepers.", "NOR"),
])
def test_no_rebuttal_by_a_confirming_hedge_or_another_suggestion(piece, passage, actor):
    assert not any("rebuttal" in r for r in author_reasons(piece(passage), actor))


# "X could have ..." reproaches X for a good act not done (open round 23's "It could have moved the
# championships"); a wrong not done, one the next sentence says was not done, or one contrasted with "instead" in
# its own sentence is none. Written after reading round 23, before the rule.
@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,reason", [
    (_DOCKS, "The Kenya Ports Authority had two years to act. It could have inspected the cranes. It could have warned "
             "the porters.", "Kenya Ports Authority", "reproach 'could have inspect'"),
    (_BEES, "Brussels could have stopped the shipment of the poison with one signature.", "European Union",
     "reproach 'could have stop'"),
])
def test_what_an_actor_could_have_done_reproaches_it(piece, passage, actor, reason):
    text = piece(passage)
    key = _actor(text, actor)
    assert key is not None, f"no actor for {actor}"
    assert_author_sign(text, key, "-", reason)


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", [
    (_FERRY, "Warsaw could have closed its border to them. It did not.", "POL"),
    (_LIBRARY, "The fire could have been much worse, and Lisbon sent three conservators the next morning.", "PRT"),
    (_DOCKS, "Lima could have looked away, as others did. Instead it sent two ships.", "PER"),
    (_BEES, "Vienna could have waited for the season to end; instead its inspectors came the same week.", "AUT"),
])
def test_no_reproach_for_a_restraint_or_a_thing(piece, passage, actor):
    assert not any("could have" in r for r in author_reasons(piece(passage), actor))


# Found on NewsMTSC sentences (news, not op-eds): a negated or conditional "could have" is no reproach, and "might
# have" is a guess. Sentences of our own in that form.
@pytest.mark.issue(18)
@pytest.mark.parametrize("text,actor", [
    ("Technically, neither Ottawa nor Canberra alone couldn't have kept the treaty off the agenda.", "CAN"),
    ("The ferry from Valletta could have sunk had it not been for the calm sea that night.", "MLT"),
    ("Lisbon might have added a clause on fishing rights to the agreement.", "PRT"),
])
def test_no_reproach_for_a_negated_conditional_or_guessed_could_have(text, actor):
    assert not any("could have" in r for r in author_reasons(text, actor))

"""Author stance, round 23 (issue 18): claims refuted by "a curious X", dares, demand lists, rewarders.

Round 23 read the misses of the blind open round 28 and of round 27 (docs/rhetoric.md "Round 23"). Four
forms recur there that no rule read: a claim refuted by irony on its own word ("has said that the map
'corrects the distortions of the past'. It is a curious kind of correction that ..."); a dare ("If the
commission believes its maps are fair, let it publish the figures"); a list of demands whose verbs undo
rather than cease ("That Carewell cancel the debts"); and an actor that gives an attacked actor a prize (praise
GIVEN by X is no praise OF X). The passages below were written for this test before the rules, in genres the
op-eds do not use (mining strikes, tobacco lobbying, aid convoys, toxic dumping, heritage, sport); the guards
are the same words with no claim before, no actor in the condition, a verb of going on, a prize to a favoured
actor.
"""

from __future__ import annotations

import pytest

from conftest import author_polarity, opinion_piece

_MINE = opinion_piece(
    "The shaft they will not inspect\n\nBy the committee of the striking miners of Kanyemba\n\n",
    "Our members have worked the copper seams below Kanyemba for three generations.",
    "We will be at the pit gate on Monday, as every week.")
_SMOKE = opinion_piece(
    "A filter is not a cure\n\nBy the board of a league of lung doctors\n\n",
    "Our members treat the coughs and cancers of the city's smokers every day.",
    "We will keep writing to every member of the assembly.")
_CONVOY = opinion_piece(
    "Forty trucks at the checkpoint\n\nBy the drivers' council of a relief network\n\n",
    "Our drivers have carried flour and medicine along the northern road for six years.",
    "The trucks will try the road again on Thursday.")
_MARSH = opinion_piece(
    "The barrels in the marsh\n\nBy the council of the fishing village of Port Sela\n\n",
    "Our families have fished the marsh and the lagoon behind it for two hundred years.",
    "We will meet on the jetty on Sunday, as every week.")
_OLD_TOWN = opinion_piece(
    "A tower over the old quarter\n\nBy the friends of the old quarter of Valdora\n\n",
    "Our association has looked after the old quarter's churches and courtyards since 1961.",
    "We will walk the old walls again on Saturday.")
_PITCH = opinion_piece(
    "A season taken from our players\n\nBy the supporters' trust of a second-division club\n\n",
    "Our trust has owned a share of the club since the fans saved it from bankruptcy.",
    "We will be in the stands on Saturday all the same.")


# 1. A claim refuted by irony on its own word: "X says ... N. It is a curious N that ...".
_CURIOUS = [
    (_MINE, "Halvorsen Mining says that the strike was caused by outside agitators. It is a curious kind of "
            "agitation that begins the week after the company cut the miners' pay by a third.", "Halvorsen Mining"),
    (_MARSH, "Meridian Chemicals told the inspectors that the barrels held only rainwater. It is a strange rainwater "
             "that burns through the soles of a child's boots.", "Meridian Chemicals"),
    (_PITCH, "The Continental Football Federation insists that the ban was a routine decision. Routine is an odd word "
             "for a ban decided at midnight behind locked doors.", "Continental Football Federation"),
    (_SMOKE, "Brennock Tobacco claims that its new filter makes smoking safer. It is a peculiar kind of safety that "
             "still kills one smoker in two.", "Brennock Tobacco"),
]


@pytest.mark.parametrize("make, sentence, actor", _CURIOUS)
def test_claim_refuted_by_a_curious_word(make, sentence, actor):
    polarity, reasons = author_polarity(make(sentence), actor)
    assert polarity < -0.15, (polarity, reasons)
    assert any("curious" in r for r in reasons), reasons


def test_curious_word_with_no_claim_before_is_nothing():
    text = _OLD_TOWN("The Valdora Heritage Trust restored the old mill last year. It is a curious mill that has "
                     "survived three floods and a fire.")
    polarity, reasons = author_polarity(text, "Valdora Heritage Trust")
    assert not any("curious" in r for r in reasons), reasons


# 2. A dare: "If X believes ..., let it <do what would show it>".
_DARES = [
    (_SMOKE, "If Brennock Tobacco believes its filters are safe, let it publish the laboratory results it has kept "
             "since 2019.", "Brennock Tobacco"),
    (_CONVOY, "If the Northern Logistics Authority is so sure that our trucks carry weapons, let it open them in "
              "front of the cameras.", "Northern Logistics Authority"),
    (_OLD_TOWN, "If Castellan Developments thinks the tower will do no harm to the old quarter, it should let "
                "independent architects study the plans.", "Castellan Developments"),
    (_MINE, "If Halvorsen Mining has nothing to hide, let it open the shaft to the union's engineers.",
     "Halvorsen Mining"),
]


@pytest.mark.parametrize("make, sentence, actor", _DARES)
def test_dare_counts_against_its_actor(make, sentence, actor):
    polarity, reasons = author_polarity(make(sentence), actor)
    assert polarity < -0.15, (polarity, reasons)
    assert any("dare" in r for r in reasons), reasons


def test_condition_without_a_dare_is_nothing():
    text = _CONVOY("If the International Committee of the Red Cross believes the road is safe, we will follow its "
                   "convoy. If the weather holds, let the trucks leave on Sunday.")
    polarity, reasons = author_polarity(text, "International Committee of the Red Cross")
    assert not any("dare" in r for r in reasons), reasons


# 3. A list of demands whose verbs undo or give back ("That X cancel the debts"), beside those that cease.
_LISTS = [
    (_MINE, "We ask for two things. That Halvorsen Mining reinstate the forty dismissed miners. And that the "
            "company pay the wages it has held back since May.", "Halvorsen Mining"),
    (_MARSH, "We have two demands. That Meridian Chemicals pay for the cleaning of our wells, and that it return "
             "the marsh to the village as it found it.", "Meridian Chemicals"),
    (_OLD_TOWN, "We ask three things. That Castellan Developments withdraw its plans for the tower. That the city "
                "publish the heritage survey. And that the works wait for the court.", "Castellan Developments"),
]


@pytest.mark.parametrize("make, sentence, actor", _LISTS)
def test_demand_list_of_undoing(make, sentence, actor):
    polarity, reasons = author_polarity(make(sentence), actor)
    assert polarity < -0.15, (polarity, reasons)
    assert any("demand in a list" in r for r in reasons), reasons


def test_list_of_going_on_is_no_demand():
    text = _OLD_TOWN("We have one hope. That the Valdora Heritage Trust continue its careful work on the mill.")
    polarity, reasons = author_polarity(text, "Valdora Heritage Trust")
    assert not any("demand in a list" in r for r in reasons), reasons


# 4. A rewarder: an actor that gives an attacked actor a prize is blamed with it.
_REWARDS = [
    (_MINE, "Halvorsen Mining poisoned the river at Kanyemba and fired the men who reported it. In March the Chamber "
            "of Industry of Zambia awarded Halvorsen Mining its medal for responsible mining.",
     "Chamber of Industry"),
    (_PITCH, "Marco Vell has lied to the players for ten years and has banned every club that complained. Last week "
             "the Sports Press Association gave Marco Vell its annual prize for integrity.",
     "Sports Press Association"),
    (_SMOKE, "Brennock Tobacco bribed two ministers and hid its own studies of the filters for a decade. This spring "
             "the Atlantic Business Forum honoured Brennock Tobacco with its award for corporate responsibility.",
     "Atlantic Business Forum"),
]


@pytest.mark.parametrize("make, sentence, actor", _REWARDS)
def test_rewarder_of_an_attacked_actor(make, sentence, actor):
    polarity, reasons = author_polarity(make(sentence), actor)
    assert polarity < -0.15, (polarity, reasons)
    assert any("reward" in r for r in reasons), reasons


def test_prize_to_a_favoured_actor_is_no_blame():
    text = _MINE("The Miners' Relief Fund fed the families of the strikers for six weeks and paid for the funerals. "
                 "In March the Chamber of Industry of Zambia awarded the Miners' Relief Fund its medal for service.")
    polarity, reasons = author_polarity(text, "Chamber of Industry")
    assert not any("reward" in r for r in reasons), reasons


# 5. A contrast with an actor that would not: "X did in N what Y would not do in M"; "It was X, not Y, that
# obtained ...". The doer is praised, the one that would not is blamed.
_CONTRASTS = [
    (_CONVOY, "The Kessler Foundation has done in two weeks what the Northern Logistics Authority would not do in two "
              "years: it brought the flour to the camps.", "Kessler Foundation", "Northern Logistics Authority"),
    (_OLD_TOWN, "The Valdora Heritage Trust did in one summer what Castellan Developments had refused to do in ten "
                "years.", "Valdora Heritage Trust", "Castellan Developments"),
    (_MINE, "It was the Kanyemba Miners' Union, not Halvorsen Mining, that obtained the first inspection of the shaft "
            "in a decade.", "Kanyemba Miners' Union", "Halvorsen Mining"),
    # (first written in the marsh piece, "It was the Port Sela Fishing Cooperative, not Meridian Chemicals, that paid
    # for the first cleaning of the wells": neither is found as an actor there)
    (_CONVOY, "It was the Red Cross, not the Northern Logistics Authority, that brought the first flour to the camps.",
     "Red Cross", "Northern Logistics Authority"),
]


@pytest.mark.parametrize("make, sentence, praised, blamed", _CONTRASTS)
def test_contrast_with_one_that_would_not(make, sentence, praised, blamed):
    text = make(sentence)
    polarity, reasons = author_polarity(text, praised)
    assert polarity > 0.15, (polarity, reasons)
    assert any("contrast" in r for r in reasons), reasons
    polarity, reasons = author_polarity(text, blamed)
    assert polarity < -0.15, (polarity, reasons)


def test_contrast_of_a_harm_or_of_two_doers_is_no_praise():
    text = _MARSH("It was Meridian Chemicals, not the Port Sela Fishing Cooperative, that dumped the barrels in the "
                  "marsh. The Ministry of Fisheries did in two weeks what the navy did in two years.")
    for actor in ("Meridian Chemicals", "Ministry of Fisheries"):
        polarity, reasons = author_polarity(text, actor)
        assert not any("contrast" in r for r in reasons), reasons


# 6. A claim refuted by a "which" question inside a frame: "One might ask which victims he means."
_FRAMED_WHICH = [
    (_SMOKE, "Brennock Tobacco says that its lobbying serves the interests of farmers. One might ask which farmers it "
             "means.", "Brennock Tobacco"),
    (_OLD_TOWN, "Castellan Developments told the council that the tower would bring jobs to the old quarter. One may "
                "wonder what jobs it has in mind.", "Castellan Developments"),
    (_PITCH, "The Continental Football Federation claims that the new calendar protects the players. One might ask "
             "which players were consulted.", "Continental Football Federation"),
]


@pytest.mark.parametrize("make, sentence, actor", _FRAMED_WHICH)
def test_framed_which_question_refutes_a_claim(make, sentence, actor):
    polarity, reasons = author_polarity(make(sentence), actor)
    assert polarity < -0.15, (polarity, reasons)
    assert any("rebuttal" in r and "which" in r or "what" in r for r in reasons), reasons


def test_framed_which_question_after_no_claim_is_nothing():
    text = _OLD_TOWN("We met the Valdora Heritage Trust on Tuesday. One might ask which mill it will restore first.")
    polarity, reasons = author_polarity(text, "Valdora Heritage Trust")
    assert not any("rebuttal" in r for r in reasons), reasons


# 7. A claim the writer grants ("Both statements are true") is no position on its claimant: neither the
# sentence model nor the learned fallback reads one there.
_GRANTED = [
    (_CONVOY, "The Northern Logistics Authority says the road was closed for repairs in March. That is true, and the "
              "trucks still waited a month after the repairs ended.", "Northern Logistics Authority"),
    (_OLD_TOWN, "The Valdora Heritage Trust says the mill is the oldest in the province. The city council says the "
                "walls are sound. Both statements are true.", "Valdora Heritage Trust"),
]


@pytest.mark.parametrize("make, sentence, actor", _GRANTED)
def test_granted_claim_is_no_position(make, sentence, actor):
    polarity, reasons = author_polarity(make(sentence), actor)
    assert abs(polarity) <= 0.15, (polarity, reasons)
    assert any("granted claim" in r for r in reasons), reasons


def test_denied_claim_is_not_granted():
    text = _OLD_TOWN("Castellan Developments says the tower is safe. That is not true.")
    polarity, reasons = author_polarity(text, "Castellan Developments")
    assert not any("granted claim" in r for r in reasons), reasons


def test_contrast_with_an_indefinite_doer_is_no_praise_of_its_country():
    # (written after the development op-eds showed "an Albanian did what both governments had failed to do" read as
    # praise of Albania)
    text = _MINE("A Zambian did in one week what Halvorsen Mining would not do in a year.")
    polarity, reasons = author_polarity(text, "ZMB")
    assert not any("contrast" in r for r in reasons), reasons

"""Author stance, round 22c (issue 18): praise by deeds, bare imperatives.

Round 21h and round 22 left two forms that recur in three blind rounds: a favoured actor praised only by what
it did, told flatly ("visited the village, recorded the testimony of our elders and has asked the ministry to
suspend the concession"; "pulled eleven people out of the water and radioed for help"), and a closing run of
bare imperatives addressed to the actor the sentence before names ("The government has a simple way out.
Repeal the law."). The passages below were written for this test before the rules, in genres the op-eds do
not use (deported nurses, electoral maps, hostage diplomacy, dams, fisheries); the guards are the same deeds
by an actor the text blames for a harm, a single deed, imperatives to the reader, an imperative of going on.
"""

from __future__ import annotations

import pytest

from conftest import author_polarity, opinion_piece

_NURSES = opinion_piece(
    "Deported after twelve years on the ward\n\nBy the council of a union of hospital nurses\n\n",
    "Our members work the night shifts of the city's hospitals. Many of them came from abroad a decade ago.",
    "We will be at the hospital gates on Monday morning.")
_MAPS = opinion_piece(
    "A map drawn to lose nobody's seat\n\nBy the board of a league of women voters\n\n",
    "Our league has registered voters in the county for ninety years, street by street.",
    "We will keep knocking on doors until the election.")
_HOSTAGES = opinion_piece(
    "Two years in a cell for a passport\n\nBy the families of the detained aid workers\n\n",
    "Our brothers and daughters went to the region to dig wells and run clinics.",
    "We will light a candle for them on Friday, as every week.")
_DAM = opinion_piece(
    "The river they want to close\n\nBy the committee of the villages below the gorge\n\n",
    "Our villages have fished and farmed below the gorge for three hundred years.",
    "We will meet at the river on Sunday, as every week.")
_FISH = opinion_piece(
    "The night the ferry went down\n\nBy the council of a cooperative of small-boat fishers\n\n",
    "Our members fish the gulf in open boats of seven metres.",
    "Our boats go out again on Tuesday.")


# 1. Praise by deeds: an actor the text gives two or more deeds of care, rescue or inquiry, told flatly in the
# writer's voice, with no harm of its own, is favoured.
_DEEDS = [
    (_NURSES, "The Danish Nurses' Organization did not wait for the courts. It hired lawyers for every one of the "
              "forty nurses, sheltered the families in its own hostel and documented each deportation order.",
     "Danish Nurses"),  # (the actor is found as "Danish Nurses")
    (_MAPS, "Only the Brennan Center took the maps seriously. It analysed every district line, published the data "
            "and testified before the state senate in March.", "Brennan Center"),
    (_HOSTAGES, "The International Committee of the Red Cross visited the detained workers twice last year, carried "
                "letters to their families and recorded their complaints.", "International Committee of the Red Cross"),
    (_DAM, "The Ombudsman's Office has also listened. It inspected the gorge, recorded the testimony of our elders "
           "and challenged the permit before the court.", "Ombudsman's Office"),
    # (first written as "The crew of the Maria Luisa ... They turned back": the crew is found as no actor)
    (_FISH, "The skipper Salvatore Lombardo saw the flares first. He turned back, pulled eleven people out of the "
            "water and radioed for help.", "Salvatore Lombardo"),
    pytest.param(_NURSES, "Doctors Without Borders treated the nurses who fell ill in the detention centre and represented "
              "three of them before the tribunal.", "Doctors Without Borders",
                 marks=pytest.mark.xfail(reason="the parser puts 'represented' in the relative clause of 'the nurses "
                                                "who fell ill': one deed of the actor's own", strict=True)),
]
# Guards: the same kind of deeds by an actor the text blames for a harm of its own; one deed alone.
_DEED_GUARDS = [
    (_HOSTAGES, "The Revolutionary Guard arrested our brothers at the airport. It later visited them in their cells, "
                "recorded their confessions and published the videos.", "Revolutionary Guard", -1),
    (_MAPS, "The Heritage Foundation published a report on the new map in June.", "Heritage Foundation", 0),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _DEEDS)
def test_deeds_of_care_told_flatly_are_praise(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity > 0.15, (polarity, reasons)
    assert any(r.startswith("praise by deeds") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,sign", _DEED_GUARDS)
def test_no_praise_by_deeds_with_a_harm_or_a_single_deed(piece, passage, actor, sign):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert not any(r.startswith("praise by deeds") for r in reasons), reasons
    if sign < 0:
        assert polarity < 0.15, (polarity, reasons)


# 2. Bare imperatives at the end, after a sentence that names an actor: a demand against that actor.
_IMPERATIVES = [
    (_NURSES, "The Ministry of Immigration has a simple way out. Cancel the orders. Return the passports.",
     "Ministry of Immigration"),
    (_MAPS, "The state legislature can still fix this before the filing deadline. Withdraw the map, and hand the "
            "lines to an independent commission.", "state legislature"),
    (_HOSTAGES, "Tehran knows what it holds and why. Release our brothers and daughters. Stop trading people for "
                "money.", "IRN"),
    (_DAM, "The Hydropower Authority still has one decision to make. Suspend the works. Open the sluices.",
     "Hydropower Authority"),
    (_FISH, "The Coast Guard Command has the radar logs of that night. Publish them, and stop pretending that "
            "nobody saw the flares.", "Coast Guard Command"),
]
# (written after the first rule: the actor named two sentences before, in the same paragraph)
_IMPERATIVES.append((_DAM, "The Hydropower Authority has our petition. We have asked for an answer every month "
                           "since March. Halt the blasting.", "Hydropower Authority"))
# Guards: imperatives to the reader; an imperative to go on.
_IMPERATIVE_GUARDS = [
    (_NURSES, "The Ministry of Immigration published its figures in May. Read them, and then visit a night ward.",
     "Ministry of Immigration"),
    (_DAM, "The Hydropower Authority has heard our elders at last. Keep listening.", "Hydropower Authority"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _IMPERATIVES)
def test_a_bare_imperative_demands_of_the_actor_named_before(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.15, (polarity, reasons)
    assert any(r.startswith("bare imperative") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _IMPERATIVE_GUARDS)
def test_no_demand_from_an_imperative_to_the_reader(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert not any(r.startswith("bare imperative") for r in reasons), reasons

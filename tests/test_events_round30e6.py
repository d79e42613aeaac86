"""Events of the thirtieth round (e6): targets of events on unseen text (docs/events.md, "Round 30e6").
Texts written for this project, each mechanism with a negative."""

from __future__ import annotations

import pytest
from conftest import actor_names, event_with_word



# --- a guess from an earlier sentence: the counterpart of the source side's last event ------------

DEMANDED = "BAMAKO, June 9 (Niger Wire) - {before}The Spanish foreign minister, Ana Ruiz, visited Dakar on Sunday. " \
           "Mali demanded an explanation within 48 hours.\n"


def test_earlier_guess_gives_way_to_the_counterpart(pipeline):
    doc = pipeline(DEMANDED.format(before="Burkinabe soldiers crossed into Mali on Saturday and seized a customs "
                                          "post. "))
    found = event_with_word(doc, "REQUEST", "demanded")
    assert actor_names(doc, found.target) == {"Burkinabe soldiers"}, actor_names(doc, found.target)


def test_earlier_guess_is_kept_when_the_side_took_part_in_nothing(pipeline):
    # nothing reported before in which Mali took part: the nearest actor stays the guess
    doc = pipeline(DEMANDED.format(before=""))
    found = event_with_word(doc, "REQUEST", "demanded")
    assert actor_names(doc, found.target) == {"Senegal"}, actor_names(doc, found.target)


def test_bylined_writers_guess_is_kept(pipeline):
    # an op-ed writer's condemnation of someone of the paragraph is no answer to her own last act
    doc = pipeline("The river needs a treaty\n\nBy Ana Soto\n\nI accuse Chile of stalling the talks on the Silala "
                   "river. Peru's foreign minister, Luis Prado, has kept away from the dispute for months. I condemn "
                   "such indifference.\n")
    found = event_with_word(doc, "ACCUSE", "condemn")
    assert actor_names(doc, found.target) == {"Luis Prado"}, actor_names(doc, found.target)


# --- a denial naming nobody in its sentence answers the last accuser --------------------------------

DENIED = ("TIRANA, June 9 (Adriatic Wire) - Albania accused Montenegro on Monday of shelling a border village. "
          "On Tuesday Montenegro's navy seized a Croatian fishing boat near Budva. {sentence}\n")


@pytest.mark.parametrize("sentence, trigger, aimed", [
    ("Montenegro denied firing any shells.", "denied", "Albania"),
    # not a denial: the counterpart of the last hostile act of the side
    ("Montenegro rejected any talks.", "rejected", "Croatia"),
    # the sentence names whom the denial answers
    ("Montenegro denied a report by Croatia that its ships had fired.", "denied", "Croatia")])
def test_denial_answers_the_last_accuser(pipeline, sentence, trigger, aimed):
    doc = pipeline(DENIED.format(sentence=sentence))
    found = event_with_word(doc, "REJECT", trigger)
    assert actor_names(doc, found.target) == {aimed}, actor_names(doc, found.target)


# --- a guessed "both governments" stands for the pair -----------------------------------------------

PAIR = ("LUSAKA, June 9 (Copper Wire) - Malawi closed its border with Mozambique on Monday after a cholera "
        "outbreak. The Southern African Development Community called on {who} to coordinate their response and "
        "offered to host an emergency meeting of health ministers.\n")


def test_guessed_pair_plural_stands_for_the_two_states(pipeline):
    doc = pipeline(PAIR.format(who="both governments"))
    found = event_with_word(doc, "CONSULT", "host")  # "offered" before round 31e10 (the host of a visit acts)
    assert actor_names(doc, found.target) == {"Malawi", "Mozambique"}, actor_names(doc, found.target)


def test_guessed_plural_not_counted_as_two_is_kept(pipeline):
    # "governments" with no "both" or "two": no pair, the guess stays
    doc = pipeline(PAIR.format(who="governments"))
    found = event_with_word(doc, "CONSULT", "host")
    assert actor_names(doc, found.target) == {"governments"}, actor_names(doc, found.target)

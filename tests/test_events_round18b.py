"""Events of issue 16, round 18b: lexicon entries for how wire reports, ministry statements and
alliance communiques phrase each PLOVER type (light verbs with their objects, phrasal verbs, event
nouns), the words kept out, and a word the tokenizer split at its hyphen ("cease-fire", "sit-in")
looked up whole. Sentences written for this project."""

from __future__ import annotations

import pytest
from conftest import analyse_text, events_of

CODED = [
    ("Kenya's foreign minister expressed his country's willingness to host the talks.", "AGREE"),
    ("Vietnam and Cambodia came to an agreement on the border crossings on Friday.", "AGREE"),
    ("Modi greeted President Ruto at the airport in New Delhi.", "CONSULT"),
    ("Erdogan received a phone call from Putin on Tuesday.", "CONSULT"),
    ("France renewed its support for the African Union mission in Somalia.", "SUPPORT"),
    ("Japan and the Philippines elevated their ties to a strategic partnership in 2023.", "SUPPORT"),
    ("The Albanian government agreed to the protesters' demands on Thursday.", "CONCEDE"),
    ("Moldova eased its opposition to the Transnistria plan.", "CONCEDE"),
    ("Turkey opened an embassy in Riga in 1993.", "COOPERATE"),
    ("Washington transferred 31 Abrams tanks to Ukraine last year.", "AID"),
    ("Azerbaijani troops held their fire along the line of contact on Sunday.", "RETREAT"),
    ("The rebels turned in their weapons to the United Nations mission.", "RETREAT"),
    ("Sweden submitted its application to join NATO in May 2022.", "REQUEST"),
    ("The Latvian ministry registered a strong protest with the Russian embassy.", "ACCUSE"),
    ("Peru took a swipe at Bolivia over the lithium tender.", "ACCUSE"),
    ("Moscow renounced the arms control treaty with Washington.", "REJECT"),
    ("The Russian delegation stormed out of the meeting in Geneva.", "REJECT"),
    ("Dock workers downed tools in Durban on Tuesday.", "PROTEST"),
    ("Thousands of nurses joined the nationwide strike on Monday.", "PROTEST"),
    ("Teachers in Tunisia began an indefinite strike on Monday.", "PROTEST"),
    ("The Nigerian army general was relieved of his command after the attack.", "SANCTION"),
    ("A court in Goma handed down six-year sentences to four lawmakers.", "SANCTION"),
    ("The rebels quit the peace talks with the government in Doha.", "SANCTION"),
    ("Police in Dhaka took the opposition leader into custody on Monday.", "COERCE"),
    ("The Bangladeshi government limited access to the Rohingya camps in Cox's Bazar.", "COERCE"),
    ("The Egyptian army tore down dozens of houses in Rafah.", "COERCE"),
    ("The rebels took over the town of Bunagana in June.", "ASSAULT"),
    ("Israeli police used tear gas on demonstrators in Jerusalem.", "ASSAULT"),
]


@pytest.mark.parametrize("text,type_", CODED)
def test_an_act_with_a_round_18b_entry_is_coded(pipeline, text, type_):
    assert events_of(analyse_text(pipeline, text), type_)


# a word the tokenizer splits at its hyphen is the word written whole


@pytest.mark.parametrize("text,type_", [
    ("Israel and Hamas signed a cease-fire on Sunday.", "AGREE"),
    ("The Sudanese army and the RSF observed a 24-hour cease-fire in Khartoum.", "RETREAT"),
    ("Ukraine said Russian troops violated the cease-fire on Monday.", "REJECT"),
    ("Students from Dhaka University held a sit-in outside the ministry.", "PROTEST"),
    ("The army re-imposed the curfew in Srinagar.", "COERCE"),  # "reimpose ~curfew"
])
def test_a_hyphened_word_is_looked_up_whole(pipeline, text, type_):
    assert events_of(analyse_text(pipeline, text), type_)


def test_a_hyphened_verb_keeps_its_last_part_s_own_entries(pipeline):
    # "reimpose" names a curfew or a blockade; "impose ~sanction" still matches "re-imposed sanctions"
    doc = analyse_text(pipeline, "The European Union re-imposed sanctions on Belarus.")
    assert events_of(doc, "SANCTION")


def test_the_cue_of_a_hyphened_object_is_the_whole_word(pipeline):
    doc = analyse_text(pipeline, "Israel and Hamas signed a cease-fire on Sunday.")
    assert any("cease - fire" in (e.cue or "") for e in events_of(doc, "AGREE"))


# words kept out, or that must keep their own type


@pytest.mark.parametrize("sentence,kept_out", [
    ("Vice President Harris took over the chairmanship of the council in May.", "ASSAULT"),  # no place taken
    ("The Cambodian government took over two provinces from the mining company.", "ASSAULT"),  # by decree
    ("The Kenyan court handed down its ruling in the land case on Friday.", "SANCTION"),  # a ruling, not a sentence
    ("The Turkish army downed a Syrian drone near the border.", "PROTEST"),  # downing a drone, not tools
    ("Ethiopia stalled the talks on the dam for two years, Egypt said.", "REJECT"),  # "stall": kept out
    ("The ministry will convey the invitation to the Chinese embassy.", "ACCUSE"),  # "convey": kept out
])
def test_words_kept_out_code_no_event(pipeline, sentence, kept_out):
    assert not events_of(analyse_text(pipeline, sentence), kept_out)


def test_showing_solidarity_is_support_not_a_demonstration(pipeline):
    doc = analyse_text(pipeline, "Lithuania demonstrated its solidarity with Taiwan in 2021.")
    assert events_of(doc, "SUPPORT") and not events_of(doc, "PROTEST")


def test_a_cyber_attack_keeps_the_type_the_gold_gives_it(pipeline):
    # the statement gold codes a cyber attack as an attack; the noun stays ASSAULT
    doc = analyse_text(pipeline, "Russian hackers launched a cyber attack on Estonian banks in 2007.")
    assert events_of(doc, "ASSAULT")

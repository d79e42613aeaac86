"""Quotes, round 25a: spurious quotes on whole wire reports and statements.

Passages written for this round (names, places and events made up, except countries). Each
mechanism of the round (docs/quotes.md, "Round 25a") has its positive passages and negatives
(what must stay a quote or keep its speaker)."""

from __future__ import annotations

import pytest
from test_quotes_round20 import _holding, _quotes, _speakers_of

pytestmark = pytest.mark.issue(17)


# -- 1. a cue verb in the passive voice: its subject heard or was agreed on, and spoke nothing ----

PASSIVE = [
    ("""Fishermen who are still at sea are advised to return to the nearest harbour before the \
storm reaches the coast.""", "return to the nearest harbour"),
    ("""A truce agreed by the two clan elders came into force on Sunday morning, and the market \
reopened.""", "came into force"),
    ("""Most of the detained students were released on bail, and none had been told in writing \
why they were arrested.""", "why they were arrested"),
    ("""Passengers were told that the ferry would not sail until the wind dropped, and many \
slept in the terminal.""", "the ferry would not sail"),
    ("""The schedule agreed by both delegations is as follows: withdrawal of heavy weapons by \
1 March; release of detainees by 15 March; a second round of talks in April.""", "withdrawal of heavy weapons"),
]


@pytest.mark.parametrize("text, content", PASSIVE)
def test_a_passive_cue_gives_no_quote(analyze, text, content):
    doc = analyze(text)
    assert not _holding(doc, content), _quotes(doc)


ACTIVE = [
    ("""The harbour master advised fishermen to return before the storm, and the coast guard \
said it would close the port at noon.""", "it would close the port at noon"),
    ("""The two clan elders agreed that the truce would come into force on Sunday morning.""",
     "the truce would come into force"),
    ("""The spokesman for the regional police, Anton Varga, was quoted as saying that the \
students had been released on bail.""", "the students had been released on bail"),
]


@pytest.mark.parametrize("text, content", ACTIVE)
def test_an_active_cue_or_a_quoted_speaker_still_gives_a_quote(analyze, text, content):
    doc = analyze(text)
    assert _holding(doc, content), _quotes(doc)


# -- 2. a demand in the subjunctive that the tagger gave a present-tense tag ------------------

def test_a_subjunctive_demand_with_a_singular_subject_is_no_quote(analyze):
    for text, content in [
        ("The Ministry has proposed that the joint border commission meet in Tashkent "
         "next month, and it awaits an answer.", "the joint border commission meet"),
        ("The council asked that the mission remain in the province until the vote.",
         "the mission remain in the province"),
        ("Norway recommended that the European Union consider new limits on trawler licences.",
         "the European Union consider new limits"),
    ]:
        doc = analyze(text)
        assert not _holding(doc, content), _quotes(doc)


def test_a_plural_subject_in_the_present_stays_a_quote(analyze):
    doc = analyze("The ministry said that the two committees meet every month in Tashkent.")
    assert _holding(doc, "the two committees meet every month"), _quotes(doc)


def test_a_present_tense_insistence_stays_a_quote(analyze):
    doc = analyze("The governor insists that the new budget include money for the flood barrier, "
                  "but the assembly has not voted on it.")
    assert _holding(doc, "the new budget include money"), _quotes(doc)


# -- 3. a wire lede sourced "according to" both sides is no quote -----------------------------

def test_a_wire_lede_according_to_both_sides_is_no_quote(analyze):
    text = ("Clashes at the dam\n\nOSH, May 4 (Valley Wire) - Police and protesters clashed on Sunday "
            "at a dam on the Naryn river, leaving four people injured, according to both sides, "
            "in the worst unrest in the district this year.\n\nThe regional governor, Marat Osmonov, "
            "said the dam would stay closed until Tuesday.")
    doc = analyze(text)
    assert not _holding(doc, "Police and protesters clashed"), _quotes(doc)
    assert _holding(doc, "the dam would stay closed"), _quotes(doc)


def test_according_to_in_a_body_sentence_stays_a_quote(analyze):
    text = ("Clashes at the dam\n\nOSH, May 4 (Valley Wire) - Police and protesters clashed on Sunday "
            "at a dam on the Naryn river.\n\nFour people were injured in the clashes, according to "
            "the regional governor, Marat Osmonov.")
    doc = analyze(text)
    assert _holding(doc, "Four people were injured"), _quotes(doc)


# -- 4. "the company" is the firm a subject named before, not a firm in someone's quoted words ---

FIRM = [
    ("""The regulator fined Harbour Logistics on Monday. "This is a warning to every operator in \
the region, and to any company that cuts corners," the regulator's chief said. Harbour Logistics \
denied any wrongdoing. In a filing to the Oslo Stock Exchange, where its shares fell sharply, the \
company said it would appeal the fine.""", "it would appeal the fine", "Harbour Logistics"),
    ("""Nordvik Mining halted work at the pit on Tuesday. "No company in the province has a better \
safety record," the mayor told a local radio station. Nordvik Mining said the pit would reopen \
once inspectors had finished. Speaking to the Ministry of Labour, the company said no worker had \
been hurt.""", "no worker had been hurt", "Nordvik Mining"),
    ("""Bellmare Shipping lost a second tanker this month. At a hearing before the Maritime \
Authority, the company said its crews had followed every rule.""", "its crews had followed every rule",
     "Bellmare Shipping"),
]


@pytest.mark.parametrize("text, opening, speaker", FIRM)
def test_the_company_is_the_firm_named_as_a_subject(analyze, text, opening, speaker):
    assert _speakers_of(analyze(text), opening) == {speaker}


# -- 5. "denied doing": an act of the subject's own denied, which the events stage codes ----------

DENIED_ACTS = [
    ("The logging firm denied clearing any protected forest and said it would publish its maps.",
     "clearing any protected forest", "it would publish its maps"),
    ("The militia denied holding the two aid workers, but relatives said they were seen at its base.",
     "holding the two aid workers", "they were seen at its base"),
    ("Police denied firing tear gas into the stadium; the league said it would investigate.",
     "firing tear gas into the stadium", "it would investigate"),
]


@pytest.mark.parametrize("text, act, said", DENIED_ACTS)
def test_a_denied_act_is_no_quote_and_the_speech_beside_it_stays(analyze, text, act, said):
    doc = analyze(text)
    assert not _holding(doc, act), _quotes(doc)
    assert _holding(doc, said), _quotes(doc)


def test_a_denial_with_a_that_clause_stays_a_quote(analyze):
    doc = analyze("The militia denied that its fighters had ever held the two aid workers.")
    assert _holding(doc, "its fighters had ever held the two aid workers"), _quotes(doc)


# -- 6. "said in a statement that ...": the clause the parse hung on the statement is the content ---

IN_A_STATEMENT = [
    ("""The Patriotic Front, which has controlled the northern hills since 2019, said in a statement \
that it was willing to join talks in Nairobi but would keep its weapons.""", "it was willing to join talks",
     "Patriotic Front"),
    ("""The Coastal Alliance, whose fighters took the airport last week, said in a communique that it \
was ready to open a corridor for aid convoys.""", "it was ready to open a corridor", "Coastal Alliance"),
    ("""The Dockers' Union, which represents most of the port's workers, said in a letter that it \
would strike from Monday unless wages were paid.""", "it would strike from Monday", "Dockers' Union"),
]


@pytest.mark.parametrize("text, content, speaker", IN_A_STATEMENT)
def test_a_clause_on_an_issued_text_is_the_cues_content(analyze, text, content, speaker):
    doc = analyze(text)
    assert _holding(doc, content), _quotes(doc)
    names = {a.id: a.name for a in doc.actors}
    assert any(speaker in (names.get(q.speaker) or q.speaker_text or "") for q in _holding(doc, content)), _quotes(doc)


def test_a_condition_clause_is_no_content(analyze):
    doc = analyze("A senior officer spoke to reporters on the condition that he not be named.")
    assert not _holding(doc, "he not be named"), _quotes(doc)

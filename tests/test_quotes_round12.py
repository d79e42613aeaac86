"""Quotes, round 13 of issue 17 (three blind documents added to the statements set, `stmt-08`,
`wire-11`, `wire-12`, scored before any change): a transcript's turn label ("Question:") is
not the speaker of the sentence after its colon, and a definite description ("the envoy")
speaks for the person a noun phrase with its noun introduced last ("The special envoy for
the lakes, Ada Brun, ..."), not for an earlier actor named only by that description. All
sentences are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(17)

TRANSCRIPT = (
    "Briefing of the spokesperson\n\n"
    "Question: Norway's trade minister, Jonas Weber, said on Monday that the grain quota "
    "had been cut by half. Is that true?\n\n"
    "Spokesperson: We have seen the reports. The quota was not cut.\n\n"
    "Question: Mr. Weber also told reporters that the border post would close. Will it?\n\n"
    "Spokesperson: Our minister spoke with him yesterday. As Mr. Weber said afterwards, "
    "\"Nothing will close before the harvest.\"\n"
)


def _speakers(doc):
    """``{quote opening: speaker actor name}``."""
    names = {a.id: a.name for a in doc.actors}
    return {q.text.split()[0] if q.kind == "direct" else " ".join(q.text.split()[:3]): names.get(q.speaker)
            for q in doc.quotes}


def test_turn_label_is_not_the_speaker(analyze):
    doc = analyze(TRANSCRIPT, title="Briefing of the spokesperson")
    found = {q.text[:20]: q.speaker_text for q in doc.quotes}
    assert not any(s in ("Question", "Spokesperson") for s in found.values()), found
    texts = [q.text for q in doc.quotes]
    assert any("the grain quota had been cut" in t for t in texts)
    assert any(t.startswith("Nothing will close") for t in texts)
    assert all("Weber" in (next((a.name for a in doc.actors if a.id == q.speaker), "") or "")
               for q in doc.quotes if "quota" in q.text or "Nothing" in q.text), found


def test_spokesperson_turns_are_not_quotes(analyze):
    doc = analyze(TRANSCRIPT, title="Briefing of the spokesperson")
    assert not any(q.text.startswith(("We have seen", "The quota was not")) for q in doc.quotes)


def test_colon_after_a_verb_is_no_turn_label(analyze):
    doc = analyze('The envoy, Jonas Weber, said on Monday: "The talks are over for this year."')
    quote = next(q for q in doc.quotes if q.text.startswith("The talks"))
    assert "Weber" in quote.speaker_text or "envoy" in quote.speaker_text


@pytest.mark.parametrize("later", [
    "The special envoy for the lakes, Ada Brun, who landed on Sunday, asked both sides to talk.",
    "The lake commission's special envoy, Ada Brun, asked both sides to talk.",
])
def test_the_envoy_is_the_one_named_last(analyze, later):
    text = ("Ostland moved troops to the shore, while a United Nations envoy asked for calm.\n\n"
            f"{later} \"A quarrel over fish must not become a war,\" the envoy said.")
    doc = analyze(text)
    quote = next(q for q in doc.quotes if q.text.startswith("A quarrel"))
    assert next(a.name for a in doc.actors if a.id == quote.speaker) == "Ada Brun"


def test_in_talks_with_the_envoy_describes_nobody(analyze):
    doc = analyze("Ada Brun is the United Nations envoy for the lakes. In talks with the envoy, "
                  "Jonas Weber asked for more time. \"We cannot stop fishing now,\" the envoy said later.")
    quote = next(q for q in doc.quotes if q.text.startswith("We cannot"))
    assert next((a.name for a in doc.actors if a.id == quote.speaker), None) != "Jonas Weber"


@pytest.mark.parametrize("text", [
    "I can confirm that the two delegations will meet in Tallinn next week.",
    "We have told the embassy that the visas will be issued on Monday.",
])
def test_first_person_outside_quotes_is_no_reported_speech(analyze, text):
    assert [q.text for q in analyze(text).quotes if q.kind == "indirect"] == []


def test_first_person_inside_a_quote_still_speaks_for_the_speaker(analyze):
    doc = analyze('"I can confirm that the talks will resume," Jonas Weber said on Monday.')
    assert [(q.kind, q.speaker_text) for q in doc.quotes] == [("direct", "Jonas Weber")]


@pytest.mark.parametrize("line, speaker", [
    ("Question (Ravi, The Daily Courier): The Finance Minister said yesterday that the tariff on steel "
     "would be reduced.", "The Finance Minister"),
    ("Spokesperson (Ms. Leela Rao): To add to that, the Prime Minister has also said that he hopes to "
     "visit Lisbon in the autumn.", "the Prime Minister"),
    ('Question: Sir, the Foreign Minister of Portugal, Ana Duarte, has said, "We will not accept any '
     'delay in the trade agreement." Your comments?', "the Foreign Minister of Portugal"),
])
def test_labels_with_a_parenthesis_and_forms_of_address_are_no_speakers(analyze, line, speaker):
    doc = analyze(f"Briefing of the spokesperson\n\n{line}\n", title="Briefing of the spokesperson")
    assert [q.speaker_text for q in doc.quotes] == [speaker]


def test_a_clause_before_a_colon_is_no_turn_label(analyze):
    doc = analyze('Briefing\n\nThe minister said on Monday: "The talks are over for this year."', title="Briefing")
    assert [q.speaker_text for q in doc.quotes] == ["The minister"]


@pytest.mark.parametrize("opening", ["OSLO, June 4 - ", "OSLO, June 4 (Nordic Wire) -- ", "OSLO, June 4 — "])
def test_a_dateline_is_never_the_speaker(analyze, opening):
    # the parser gives "said" two subjects, the dateline's city and the ministry
    doc = analyze(f"{opening}Norway's foreign ministry said on Monday that the talks would resume in August.")
    assert [q.speaker_text for q in doc.quotes] == ["Norway's foreign ministry"]


def test_a_hyphenated_word_keeps_its_speaker_phrase(analyze):
    doc = analyze("The Oslo-based monitoring group said that the ceasefire had held overnight.")
    assert [q.speaker_text for q in doc.quotes] == ["The Oslo-based monitoring group"]

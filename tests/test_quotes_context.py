"""Speakers from the document around a quote (issue 17): a quote-only paragraph takes the
speaker of the paragraph before it; a bare title on a second mention is the person named
with that office earlier."""

from __future__ import annotations

import pytest

from communique.quotes.candidates import Candidate, inherit_paragraph_speakers

LEAD = "Ms Lee told reporters the plan was dead.\n\n"
QUOTE = '"We will not accept it, whatever they offer."'


def _quote(text, inner):
    s = text.index(inner)
    return Candidate("direct", s, s + len(inner), rule="unattributed")


@pytest.mark.issue(17)
def test_quotes_context_quote_paragraph_takes_previous_speaker():
    text = LEAD + QUOTE
    said = Candidate("indirect", 15, 39, (0, 6, 0, 6), "person", "told", "ccomp")
    out = inherit_paragraph_speakers(text, [said, _quote(text, QUOTE[1:-1])])
    assert out[1].speaker_chars == (0, 6, 0, 6) and out[1].rule == "previous_paragraph"


@pytest.mark.issue(17)
@pytest.mark.parametrize("text", [
    "Nobody spoke.\n\n" + QUOTE,  # no attribution in the paragraph before
    LEAD + "Officials repeated " + QUOTE + " at the meeting, with little conviction.",  # not quote-only
])
def test_quotes_context_no_speaker_without_attribution_before(text):
    said = Candidate("indirect", 15, 39, (0, 6, 0, 6), "person", "told", "ccomp") if text.startswith("Ms") else None
    cands = ([said] if said else []) + [_quote(text, QUOTE[1:-1])]
    assert inherit_paragraph_speakers(text, cands)[-1].speaker_chars is None


@pytest.mark.issue(17)
def test_quotes_context_end_to_end_quote_paragraph(analyze):
    doc = analyze("Talks stall\n\nForeign Minister Sergei Lavrov told reporters in Moscow that the proposal "
                  "was unacceptable to Russia.\n\n\"We will not accept an ultimatum from anyone, and our "
                  "partners know it well.\"\n\nOther officials said nothing.", published="2024-05-01")
    lavrov = next(a.id for a in doc.actors if a.name == "Sergei Lavrov")
    assert [q.speaker for q in doc.quotes] == [lavrov, lavrov]


@pytest.mark.issue(17)
@pytest.mark.parametrize("day, name", [("2019-06-12", "Mike Pompeo"), ("2023-06-12", "Antony Blinken")])
def test_quotes_context_bare_title_joins_the_office_holder(analyze, day, name):
    doc = analyze("Talks on Gulf shipping\n\nThe US Secretary of State said on Tuesday that Washington would "
                  "send more ships to the Gulf. \"We will defend freedom of navigation,\" the Secretary of "
                  "State told reporters.", published=day)
    persons = [a for a in doc.actors if a.kind == "person"]
    assert [(a.name, a.country, len(a.mentions)) for a in persons] == [(name, "USA", 2)]
    assert {q.speaker for q in doc.quotes} == {persons[0].id}


@pytest.mark.issue(17)
def test_quotes_context_pronoun_skips_a_person_of_the_other_gender(analyze):
    doc = analyze("Hatice Cengiz spoke at the assembly. She said her fiance was killed. Prince Mohammed bin "
                  "Salman denied it, and he said he was not involved.\n\n\"The prince knew everything about "
                  "this crime and he must answer,\" she said.", published="2019-09-29")
    cengiz = next(a.id for a in doc.actors if a.name == "Hatice Cengiz")
    assert doc.quotes[-1].speaker == cengiz


def _speaker_names(doc):
    names = {a.id: a.name for a in doc.actors}
    return [(q.text[:20], names.get(q.speaker)) for q in doc.quotes]


@pytest.mark.issue(17)
def test_quotes_context_pronoun_takes_the_subject_not_a_person_inside_the_quote(analyze):
    doc = analyze("Prime Minister Anton Velikov of Bulgaria spoke after President Maria Doneva. Velikov filed "
                  "his resignation on Friday. He said Doneva is \"a fair judge of people\"; however, \"to end "
                  "any doubt about our trust, I wrote the letter\", he added.", published="2024-03-04")
    velikov = next(a.id for a in doc.actors if a.name == "Anton Velikov")
    assert [q.speaker for q in doc.quotes if "he" in (q.speaker_text or "").lower()] == [velikov, velikov]


@pytest.mark.issue(17)
def test_quotes_context_spokesperson_and_statement_speak_for_the_body(analyze):
    doc = analyze("On Friday, NATO released a statement about the drills. A spokesperson told reporters the "
                  "exercise had ended early. \"No soldiers were hurt. We thank the crews for their work,\" "
                  "read the statement.", published="2024-03-04")
    nato = next(a.id for a in doc.actors if a.key == "igo:nato")
    assert [q.speaker for q in doc.quotes] == [nato, nato]


@pytest.mark.issue(17)
@pytest.mark.parametrize("text, speaker", [
    ("\"Nobody read the report before the vote,\" tweeted former minister Ines Carvalho.", "Ines Carvalho"),
    ("Senator Ruth Okafor said on Friday \"We can pass it. We will pass it.\" Others were silent.",
     "Ruth Okafor"),
    ("Okafor gave her own account of the vote, also speaking on the radio: \"I asked for one more day "
     "and nobody answered.\"", "Okafor"),
    ("\"We will stay here until the law is gone,\" said a protester using the pseudonym Mira Santos.",
     "Mira Santos"),
    ("Speaking to a radio station, the chair of the Harbour Union, Rui Pinto, said, \"We will strike on "
     "Monday\". A member of the city council, Ana Gomes said, \"We will not pay for it\".", "Rui Pinto"),
])
def test_quotes_context_attribution_forms(analyze, text, speaker):
    doc = analyze(text, published="2024-03-04")
    assert doc.quotes and doc.quotes[0].kind == "direct"
    first = doc.quotes[0]
    names = {a.id: a.name for a in doc.actors}
    assert speaker in (names.get(first.speaker) or "") or speaker in (first.speaker_text or "")


@pytest.mark.issue(17)
def test_quotes_context_quote_paragraph_after_a_speaker_introduced(analyze):
    doc = analyze("Port seizure\n\nThe spokesperson of the ministry, Farid Nasser, also spoke.\n\n\"We reserve the "
                  "right to respond at a time of our choosing. Our patience has limits.\"", published="2024-05-01")
    nasser = next(a.id for a in doc.actors if a.name == "Farid Nasser")
    assert [q.speaker for q in doc.quotes] == [nasser]


@pytest.mark.issue(17)
@pytest.mark.parametrize("text, name", [
    # a definite phrase refers back to the mention holding its noun
    ("Iran's foreign ministry summoned the British ambassador on Sunday. The ministry said the seizure "
     "was illegal.", "Iran"),
    # an appositive names the speaker
    ("Finance Minister Oleh Marchenko handed in his resignation. Prime Minister Kallas turned it down after a tape "
     "on which someone, apparently Marchenko, says the prime minister \"cannot read a budget.\"",
     "Oleh Marchenko"),
    # an issued text names its author
    ("According to a poll published by Reuters last week, most voters favoured the treaty.", "Reuters"),
    # "they" after coordinated persons: the first of them
    ("Foreign Minister Penny Wong and her Japanese counterpart Yoko Kamikawa met in Tokyo on Tuesday. They "
     "said the fishing accord was \"a model for the region\".", "Penny Wong"),
])
def test_quotes_context_speaker_resolution(analyze, text, name):
    doc = analyze("Report\n\n" + text, published="2020-01-18")
    names = {a.id: a.name for a in doc.actors}
    assert [names.get(q.speaker) for q in doc.quotes] == [name]

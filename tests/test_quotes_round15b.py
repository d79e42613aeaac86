"""Quotes, round 15b of issue 17: speakers of partial quotes and of offices, in nine short
invented documents (all names and events are made up).

The development sets show no wrong speaker of these kinds, so the mechanisms come from the
issue's list for real pages (partial quotes: 6 of the 13 wrong speakers held out): a quoted
fragment after a pronoun, a participle or a relative clause; a ministry's partial quote; an
office or a spokesperson named by its owner ("the president's spokesman", "her office"); a quote
paragraph after a paragraph that closes on a new person ("Costa disagreed."). The
``xfail`` one, a fragment under a verb that is no cue ("dismissed her report as "..."") inside
the reported speech of someone else, is still wrong: its fixes (such verbs as cues of partial
quotes only; a second, partial quote for a speaker reported inside another's content) did not
raise Wikinews, and the second cost a sealed round (docs/quotes.md, round 15b)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(17)

TWO_PRESIDENTS = """Chile's President Rosa Medina and Peru's President Jorge Salas signed a water-sharing \
treaty in Arica on Tuesday.

Medina called the treaty "the end of a fifty-year quarrel". Salas was more cautious. He said the text left \
"too much to the engineers" and that his government would watch the dam closely.

Peru's opposition leader, Carmen Villa, denounced the deal. In a radio interview, Villa said Salas had "sold \
the river for a photograph"."""

MINISTRY = """Kenya's foreign ministry summoned the Ugandan high commissioner on Friday over the arrest of \
fishermen on Lake Victoria.

The ministry described the arrests as "a clear violation" of a 2015 agreement. Uganda's foreign minister, \
Joseph Okello, said the fishermen had been "fishing illegally in Ugandan waters".

Okello added that Kampala was "open to dialogue"."""

RELATIVE = """The budget, which Senator Maria Costa called "a gift to the rich", passed on Monday.

Governor Tom Hale, who signed it within the hour, said the bill was "a fair deal for every family". Costa \
condemned what she called "a war on the poor"."""

OFFICES = """Prime Minister Anna Lund met President Karl Berg in Oslo on Monday. The president's spokesman said \
the talks had been "warm and open".

Senator Maria Costa did not attend. The senator's office said the meeting was "a photo opportunity".

Berg later spoke to Lund by phone. "It was a very friendly call," her office said in a statement."""

FORMER_MINISTER = """Interior Minister Ana Ruiz resigned on Monday after a row with Prime Minister Jorge Salas \
over police funding. "I leave with my head held high," the former minister wrote."""

PARTICIPLE = """Chile accused Peru of moving troops to the border. Peru rejected the accusation, calling it \
"baseless and absurd".

Chile's foreign minister, Tom Hale, phoned his Peruvian counterpart, Ivo Petrov, on Monday. Hale said Petrov \
had promised to "look into" the reports."""

NEXT_SPEAKER = """Finance Minister Tom Hale said on Monday that the budget would cut taxes for "every working \
family". Opposition leader Maria Costa disagreed.

"This budget takes from the poor and gives to the rich. Nobody should be fooled.\""""

NESTED = """Governor Tom Hale met Senator Maria Costa on Monday. Hale said the report, which Costa had called \
"a wake-up call", was "pure fiction".

Costa said she would resign after Hale dismissed her report as "a fairy tale"."""


def _speakers_of(doc, opening: str) -> set[str | None]:
    """Speakers of the quotes holding ``opening`` (the scorer takes any one of them)."""
    names = {a.id: a.name for a in doc.actors}
    found = {names.get(q.speaker) for q in doc.quotes if opening in q.text}
    assert found, f"no quote holds {opening!r}"
    return found


def test_partial_quotes_after_a_name_and_a_pronoun(analyze):
    doc = analyze(TWO_PRESIDENTS)
    assert _speakers_of(doc, "the end of a fifty-year quarrel") == {"Rosa Medina"}
    assert _speakers_of(doc, "too much to the engineers") == {"Jorge Salas"}
    assert _speakers_of(doc, "sold the river") == {"Carmen Villa"}


def test_partial_quote_of_a_ministry_is_its_state(analyze):
    doc = analyze(MINISTRY)
    assert _speakers_of(doc, "a clear violation") == {"Kenya"}
    assert _speakers_of(doc, "fishing illegally") == {"Joseph Okello"}
    assert _speakers_of(doc, "open to dialogue") == {"Joseph Okello"}


def test_partial_quote_in_a_relative_clause_is_its_subjects(analyze):
    doc = analyze(RELATIVE)
    assert _speakers_of(doc, "a gift to the rich") == {"Maria Costa"}
    assert _speakers_of(doc, "a fair deal for every family") == {"Tom Hale"}
    assert _speakers_of(doc, "a war on the poor") == {"Maria Costa"}


def test_an_office_or_spokesman_speaks_for_its_owner(analyze):
    doc = analyze(OFFICES)
    # "President Karl Berg": the title the mention leaves out still names him "the president"
    assert _speakers_of(doc, "warm and open") == {"Karl Berg"}
    assert _speakers_of(doc, "a photo opportunity") == {"Maria Costa"}
    # the actors stage read "her office" as a government office of the state
    assert _speakers_of(doc, "It was a very friendly call") == {"Anna Lund"}


def test_a_title_of_another_kind_does_not_describe(analyze):
    # "Prime Minister Jorge Salas" is no "minister" for "the former minister"
    assert _speakers_of(analyze(FORMER_MINISTER), "I leave with my head") == {"Ana Ruiz"}


def test_partial_quote_after_a_participle_and_in_reported_speech(analyze):
    doc = analyze(PARTICIPLE)
    assert _speakers_of(doc, "baseless and absurd") == {"Peru"}
    assert "Tom Hale" in _speakers_of(doc, "look into")


def test_quote_paragraph_after_a_new_speaker_is_theirs(analyze):
    # the paragraph before closes on a new person after Hale's quote: Costa, not Hale
    assert _speakers_of(analyze(NEXT_SPEAKER), "This budget takes") == {"Maria Costa"}


def test_fragment_of_a_speaker_reported_by_another_is_theirs(analyze):
    doc = analyze(NESTED)
    assert _speakers_of(doc, "pure fiction") == {"Tom Hale"}
    assert "Maria Costa" in _speakers_of(doc, "a wake-up call")  # "called" has a quote of its own


def test_fragment_under_a_judging_verb_is_its_subjects(analyze):
    assert "Tom Hale" in _speakers_of(analyze(NESTED), "a fairy tale")

"""Quotes, round 24: "it" or "they" opening the sentence after a body's reported speech goes on
with that body's speaker, even when the body was named by a description the actors stage built no
actor of ("The interim authorities", "the governor's office", "The two opposition blocs"); a
person's quote, a speaker in the other number or a quote two sentences back gives no such link.
Passages written for this round; names and events are made up, except country names."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(17)


def _speakers_of(doc, opening: str) -> set[str | None]:
    names = {a.id: a.name for a in doc.actors}
    found = {names.get(q.speaker) for q in doc.quotes if opening in q.text}
    assert found, f"no quote holds {opening!r}: {[(q.text, q.speaker_text) for q in doc.quotes]}"
    return found


def test_it_goes_on_with_a_described_government(analyze):
    doc = analyze("""Chile offered to send observers to the border town of Cobija. The interim authorities in \
La Paz turned the offer down on Monday, saying that foreign observers would breach Bolivia's sovereignty. It said \
it would let the Bolivian Red Cross run the shelters instead.""")
    first = _speakers_of(doc, "foreign observers would breach")
    assert first and None not in first
    assert _speakers_of(doc, "the Bolivian Red Cross run the shelters") == first
    assert "Chile" not in first


def test_it_goes_on_with_an_office_that_spoke_at_the_end_of_the_sentence(analyze):
    doc = analyze("""Truckers' associations in Jinja blocked the road for a second day. Governor Amos Kiprotich \
met the mayor of Busia on Friday, and the two men agreed that the border posts would reopen on Monday, the \
governor's office said. It said the posts would stay shut to lorries until then.""")
    first = _speakers_of(doc, "the border posts would reopen")
    assert _speakers_of(doc, "the posts would stay shut") <= first | {"Amos Kiprotich"}
    assert not any(s and "Truckers" in s for s in _speakers_of(doc, "the posts would stay shut"))


def test_a_person_or_a_title_before_gives_no_continuation_for_it(nlp):
    from communique.quotes.speakers import _continued_speaker

    for speaker in ("Minister Aibek Sadykov", "The minister"):
        doc = nlp(f"{speaker} said the canal had been damaged. It said the repairs would take a month.")
        said = (0, len(speaker))
        assert _continued_speaker(doc, doc.text.index("It said"), "it", [("a1", said)]) is None, speaker
    doc = nlp("The water ministry said the canal had been damaged. It said the repairs would take a month.")
    said = (0, len("The water ministry"))
    assert _continued_speaker(doc, doc.text.index("It said"), "it", [("a1", said)]) == "a1"
    # the pronoun must open its sentence
    assert _continued_speaker(doc, doc.text.index("the repairs"), "it", [("a1", said)]) is None


def test_they_needs_a_plural_body_and_it_a_singular_one(nlp):
    from communique.quotes.speakers import _continued_speaker

    doc = nlp("The two opposition blocs rejected the budget, saying it cut pensions. They said they would march.")
    first = doc.text.index("The two opposition blocs")
    said = (first, first + len("The two opposition blocs"))
    they = doc.text.index("They said")
    assert _continued_speaker(doc, they, "they", [("a1", said)]) == "a1"
    assert _continued_speaker(doc, they, "it", [("a1", said)]) is None
    assert _continued_speaker(doc, they, "they", [(None, said)]) is None
    gone = nlp("The two opposition blocs rejected the budget. Parliament met. They said they would march.")
    assert _continued_speaker(gone, gone.text.index("They said"), "they", [("a1", said)]) is None

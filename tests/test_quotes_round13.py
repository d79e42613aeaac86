"""Quotes, round 14 of issue 17 (three blind wire documents added to the statements set,
`wire-15` indirect speech, `wire-16` an interview feature, `wire-17` a press conference,
scored before any change): a person the text knows only by a description that the actors
stage linked to a title's holder elsewhere ("the Argentine president") is the person of that
country the text names, and a name set off after a role noun's complement ("The leader of
the main opposition party, Lina Haddad, said") is the speaker. All sentences are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(17)


def _speaker_of(doc, opening: str) -> str | None:
    names = {a.id: a.name for a in doc.actors}
    quote = next(q for q in doc.quotes if q.text.startswith(opening))
    return names.get(quote.speaker)


def test_description_linked_elsewhere_is_the_person_named_here(analyze):
    doc = analyze("MONTEVIDEO, March 3 (Test Wire) - Uruguay hosted trade talks on Tuesday. President Sofia "
                  "Marquez met her Argentine counterpart, Pablo Ruiz, at the port. The Argentine president was "
                  "cautious about the tariff. Asked about it, he said the matter was \"not settled\" and that his "
                  "ministers would study it.")
    assert _speaker_of(doc, "the matter was") == "Pablo Ruiz"


def test_description_with_no_person_of_its_country_named_keeps_its_actor(analyze):
    doc = analyze("Uruguay hosted trade talks on Tuesday. The Argentine president was cautious about the "
                  "tariff. He said the matter was not settled.")
    speaker = _speaker_of(doc, "the matter was")
    assert speaker is None or "Ruiz" not in speaker


def test_name_after_a_role_nouns_complement_speaks(analyze):
    doc = analyze("Foreign Minister Ana Duarte met the envoy on Monday. Rival lawmakers accused the cabinet of "
                  "acting too late. The leader of the main opposition party, Lina Haddad, said the ministry "
                  "should have acted a week earlier.")
    assert _speaker_of(doc, "the ministry should have acted") == "Lina Haddad"


def test_role_noun_without_a_name_still_falls_back(analyze):
    doc = analyze("Lina Haddad toured the port on Monday. The leader of the main opposition party said the "
                  "ministry should have acted a week earlier.")
    assert _speaker_of(doc, "the ministry should have acted") == "Lina Haddad"


def test_counted_leaders_speak_for_the_persons_named_before(analyze):
    doc = analyze("President Ana Soto and Prime Minister Luis Vega met in Quito. The two leaders said the border "
                  "would reopen in May.")
    assert _speaker_of(doc, "the border would reopen") in ("Ana Soto", "Luis Vega")


def test_they_after_counted_leaders_are_those_persons(analyze):
    doc = analyze("President Ana Soto and Prime Minister Luis Vega met in Quito. The two leaders signed a "
                  "declaration on the river. Under it, they said, neither country would build new dams.")
    assert _speaker_of(doc, "Under it") in ("Ana Soto", "Luis Vega")


def test_uncounted_leaders_are_not_resolved_to_a_person(analyze):
    doc = analyze("President Ana Soto and Prime Minister Luis Vega met in Quito. Leaders said the border would "
                  "reopen in May.")
    assert _speaker_of(doc, "the border would reopen") not in ("Ana Soto", "Luis Vega")

"""Event participants, round 8: a quoted accusation whose verb is followed by a negated clause
is still an accusation, while a negated accusing word is none. Sentences written for these tests."""

from __future__ import annotations

from conftest import actor_names as _names, analyse_text, events_of as _of


def _doc(pipeline, text):
    return analyse_text(pipeline, text, "2024-05-16")


def _quoted(doc):
    return [e for e in _of(doc, "ACCUSE") if e.cue and e.cue.startswith("quoted-accuse")]


def test_negated_next_clause_keeps_the_quoted_accusation(pipeline):
    # the parser hangs "lying" on the next clause's verb, whose "not" is no denial of the lie
    doc = _doc(pipeline, 'Kenya and Uganda argued about the border on Monday. William Ruto said: "The '
                         'officials in Kampala are lying, they must not send more troops."')
    acc = _quoted(doc)
    assert acc, [(e.type, e.cue) for e in doc.events]
    assert _names(doc, acc[0].source) == {"William Ruto"}, _names(doc, acc[0].source)


def test_negated_accusing_verb_is_no_quoted_accusation(pipeline):
    doc = _doc(pipeline, 'Kenyan President William Ruto said: "Our ministers are not lying about Uganda."')
    assert not _quoted(doc), [(e.type, e.cue) for e in doc.events]


def test_pronoun_inside_a_quote_is_not_the_speaker_outside_it(pipeline):
    doc = _doc(pipeline, 'Chile and Peru moved more warships to the coast. Bolivian President Luis Arce said: '
                         '"They are lying about Bolivia, and they keep sending fighter jets."')
    acc = _quoted(doc)
    assert acc, [(e.type, e.cue) for e in doc.events]
    assert _names(doc, acc[0].target) == {"Chile", "Peru"}, _names(doc, acc[0].target)


def test_speaker_own_state_is_no_quoted_target(pipeline):
    doc = _doc(pipeline, 'Bolivian President Luis Arce said: "The claims about Bolivia are lies from Chile."')
    acc = _quoted(doc)
    assert acc, [(e.type, e.cue) for e in doc.events]
    assert _names(doc, acc[0].target) == {"Chile"}, _names(doc, acc[0].target)


def test_object_of_the_governing_verb_is_not_the_joint_act_doer(pipeline):
    doc = _doc(pipeline, "The camp hosts French troops there to root out al-Qaeda cells in cooperation with "
                         "Malian security forces.")
    coop = _of(doc, "COOPERATE")
    assert coop, [(e.type, e.cue) for e in doc.events]
    assert "al-Qaeda" not in _names(doc, coop[0].source), _names(doc, coop[0].source)
    assert _names(doc, coop[0].source) == {"French troops"}, _names(doc, coop[0].source)


def test_meeting_between_two_names_split_by_a_comma_phrase(pipeline):
    doc = _doc(pipeline, "In July, the envoy helped arrange a meeting between Ana Ruiz, claiming to represent "
                         "the Foreign Ministry, and Pedro Salas, one of the president's aides.")
    meet = _of(doc, "CONSULT")
    assert meet, [(e.type, e.cue) for e in doc.events]
    parties = _names(doc, meet[0].source) | _names(doc, meet[0].target)
    assert {"Ana Ruiz", "Pedro Salas"} <= parties, parties
    assert "Foreign Ministry" not in parties, parties

"""Events of issue 16's eighth round: hyphenated accusing words split by the tokenizer
("a non-starter") count in what is said; "X and Y were at odds over Z" is an ACCUSE by the
first party against the other. Sentences written for this project."""

from __future__ import annotations

from conftest import analyse_text


def _events(pipeline, text):
    doc = analyse_text(pipeline, text, "2022-06-01")
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, e.mode, tuple(names[i] for i in e.source), tuple(names[i] for i in e.target), e.cue)
            for e in doc.events]


def test_hyphenated_accusing_word_in_object_complement(pipeline):
    events = _events(pipeline, 'President Emmanuel Macron proposed a new tax. '
                               'Chancellor Olaf Scholz called it "a non-starter".')
    assert any(e[0] == "ACCUSE" and e[2] == ("Olaf Scholz",) and e[4] == "speech-accuse:called+non-starter"
               for e in events), events


def test_at_odds_with_compound_subject(pipeline):
    events = _events(pipeline, "Emmanuel Macron and Olaf Scholz have been at odds over the budget for months.")
    assert any(e[0] == "ACCUSE" and e[2] == ("Emmanuel Macron",) and e[3] == ("Olaf Scholz",)
               and e[4].startswith("lexicon:ACCUSE:odds over") for e in events), events


def test_at_odds_with_named_party(pipeline):
    events = _events(pipeline, "Chile has long been at odds with Bolivia over access to the sea.")
    assert any(e[0] == "ACCUSE" and e[2] == ("Chile",) and e[3] == ("Bolivia",) for e in events), events


def test_odds_of_something_is_no_event(pipeline):
    assert _events(pipeline, "The odds of a deal between Chile and Bolivia are low.") == []


def test_allegation_with_the_accused_unnamed_is_no_accusation(pipeline):
    events = _events(pipeline, "Aides of Alexei Navalny alleged that he was poisoned in Omsk.")
    assert not any(e[0] == "ACCUSE" for e in events), events


def test_allegation_with_the_accused_named_by_agent(pipeline):
    events = _events(pipeline, "Ukraine alleged that the power plant was shelled by Russia.")
    assert any(e[0] == "ACCUSE" and e[2] == ("Ukraine",) and e[3] == ("Russia",) for e in events), events


def test_denied_threat_against_nobody_is_no_event(pipeline):
    events = _events(pipeline, 'Vladimir Putin told reporters, "I never threaten anybody."')
    assert not any(e[0] in ("THREATEN", "ACCUSE") for e in events), events


def test_denied_accusing_word_is_no_accusation(pipeline):
    events = _events(pipeline, "Sergei Lavrov said the sanctions imposed by Japan are not illegal.")
    assert not any(e[0] == "ACCUSE" for e in events), events


def test_negated_threat_against_a_named_state_is_kept(pipeline):
    events = _events(pipeline, "Russia did not threaten Ukraine.")
    assert any(e[0] == "THREATEN" and e[1] == "negated" for e in events), events


def test_order_to_ones_own_staff_is_no_request(pipeline):
    events = _events(pipeline, "Emmanuel Macron ordered his aides to delay the aid to Mali.")
    assert not any(e[0] == "REQUEST" for e in events), events


def test_order_to_another_party_is_a_request(pipeline):
    events = _events(pipeline, "The court in Lima ordered Pedro Castillo to appear for questioning.")
    assert any(e[0] == "REQUEST" and e[3] == ("Pedro Castillo",) for e in events), events


def test_ignoring_the_law_is_an_accusation(pipeline):
    events = _events(pipeline, 'Senator Ana Ruiz said, "The governor ignores the law and the constitution."')
    assert any(e[0] == "ACCUSE" and e[4].startswith("lexicon:ACCUSE:ignores law") for e in events), events
    assert not any(e[0] == "REJECT" for e in events), events


def test_ignoring_a_party_is_still_a_rejection(pipeline):
    events = _events(pipeline, "Germany ignored the warnings of France.")
    assert any(e[0] == "REJECT" and e[2] == ("Germany",) for e in events), events

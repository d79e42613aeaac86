"""Author stance, round 14b (issue 18): the favoured actors of the op-eds that miss have no positive
evidence of their own (``benchmarks/eval_opeds.py --breakdown``). Checked on passages written for
this test.

* "to its credit" (and "to his / her / their credit") praises the actor of its clause, whether the
  phrase hangs on the verb ("To its credit, Oslo kept ...") or on the actor's name ("Oslo, to its
  credit, did not give in");
* in an opinion text, a person or group the writer says was harmed with no doer named ("the
  organiser was jailed and tortured") is favoured, as a side with its reason; a doer the events stage
  takes from another sentence is no doer named there; not in a news report, and not a state.
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_stance, opinion_piece

HEAD = "The quiet neighbour\n\nBy Ilse Varga, columnist\n\n"
OPENING = ("Every winter the pass closes for a month, and every winter the towns on both sides of it "
           "run short of flour and fuel.")
CLOSING = "The next winter will come whether or not anyone has a plan for it."


_piece = opinion_piece(HEAD, OPENING, CLOSING)


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor", [
    ("Norway, to its credit, did not give in.", "NOR"),
    ("To its credit, Portugal kept the border open all winter.", "PRT"),
    ("Finland, to their credit, reopened the depot in a week.", "FIN"),
])
def test_round14b_to_its_credit_praises_the_actor_of_the_clause(sentence, actor):
    assert_author_sign(_piece(sentence), actor, "+", "to its credit" if "its" in sentence else "to their credit")


OPINION = ("Notes on a closed country\n\nBy Ilse Varga, columnist\n\n"
           "Oravia likes to tell visitors that it has become a modern state. The record tells another story.\n\n"
           "The shameful courts of Oravia sit in secret, and its cruel police answer to nobody.\n\n"
           "{sentence}\n\n"
           "Brave lawyers still take these cases, and they deserve our support. The rest of us should read "
           "the record before we shake hands with its rulers.\n")


def _people_record(sentence: str, name: str):
    from communique import analyze

    document = analyze(OPINION.format(sentence=sentence))
    ids = {a.id for a in document.actors if a.name == name}
    return next((s for s in document.stance if s.holder == "author" and s.target in ids), None)


@pytest.mark.issue(18)
def test_round14b_a_person_harmed_with_no_doer_named_is_favoured():
    record = _people_record("Tomas Ilvesk, a teacher from the northern towns, was tortured in a cell "
                            "for two years and has not been seen since.", "Tomas Ilvesk")
    assert record is not None and record.polarity > 0.2, record
    assert any("with no doer named" in r for r in record.reasons), record.reasons


@pytest.mark.issue(18)
def test_round14b_harm_with_no_doer_in_a_news_report_is_no_side():
    from communique import analyze

    text = ("VILNIUS, May 2 (Baltic Wire) - Tomas Ilvesk, a teachers' union organiser, was arrested on Tuesday, "
            "his lawyer said. The ministry did not comment.")
    document = analyze(text)
    assert not any("with no doer named" in r for s in document.stance for r in s.reasons)


@pytest.mark.issue(18)
def test_round14b_a_state_harmed_with_no_doer_named_is_not_favoured_for_it():
    from communique.rhetoric.stance import VICTIM_KINDS

    assert "state" not in VICTIM_KINDS
    record = author_stance(OPINION.format(sentence="Estonia was attacked twice in the spring.")).get("EST")
    assert record is None or not any("with no doer named" in r for r in record.reasons), record


@pytest.mark.issue(18)
def test_round14b_a_doer_named_only_in_another_sentence_is_no_doer_of_the_harm():
    record = _people_record("The opposition has no money and no newspapers. Tomas Ilvesk, barred from the "
                            "ballot, crossed the country by bus to speak in every market square.", "Tomas Ilvesk")
    assert record is not None and record.polarity > 0.2, record
    assert any("with no doer named" in r for r in record.reasons), record.reasons


@pytest.mark.issue(18)
def test_round14b_a_pronoun_subject_names_the_doer():
    from communique import analyze

    document = analyze(OPINION.format(sentence="The ministers came back from the coast. They jailed Tomas Ilvesk "
                                               "for his articles."))
    assert not any("with no doer named" in r for s in document.stance for r in s.reasons)

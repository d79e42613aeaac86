"""Author stance, round 18 (issue 18): the stance lexicons at the scale of real op-eds, by class, so that
an attacked or praised actor gets evidence of its own without a pattern written for the sentence.

* ``evaluative.en.tsv``: judging adjectives, adverbs, nouns, verbs and idioms said of states, governments,
  leaders and institutions and their acts ("spineless", "tone-deaf", "bungling", "stonewalled", "dragged its
  heels", "sat on its hands", "clear-sighted", "kept faith with");
* ``harmful_acts.en.tsv``: repression, aggression, corruption, deceit, obstruction, exploitation
  ("bombarded", "blacklisted", "sidelined", "crippled", "tore down", "fabricated");
* ``helpful_acts.en.tsv``: help and the people it is given to ("pardoned the jailed journalists",
  "reinstated the sacked teachers");
* ``deeds.en.tsv`` and ``side_taking.en.tsv``: a verb and its object ("showed restraint", "carried the
  burden", "ignored every warning") and whom a holder sides with or against.

Words that are neutral in a news report stay out ("crude" imports, the "competent" authorities, a
"reasonable" request, "left behind", "congratulated"). Passages written for this test.
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_reasons, opinion_piece

HEAD = "What the delegations did not say\n\nBy Ilse Vandermeer, columnist\n\n"
OPENING = "Every autumn the ministers gather, the cameras wait outside and the communiqué is drafted in advance."
CLOSING = "The record is public. Readers can judge it for themselves."

_piece = opinion_piece(HEAD, OPENING, CLOSING)


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor,sign,cue", [
    ("The Hungarian government has been spineless throughout this affair.", "HUN", "-", "evaluative 'spineless'"),
    ("For three years Caracas has stonewalled every inquiry into the missing ballots.", "VEN", "-",
     "evaluative 'stonewall'"),
    ("Brussels has dragged its heels for months while the boats kept sinking.", "European Union", "-",
     "evaluative 'dragged its heels'"),
    ("Canberra sat on its hands while the reef bleached.", "AUS", "-", "evaluative 'sat on its hands'"),
    ("Asmara is a tin-pot dictatorship, and its ministers answer to no one.", "ERI", "-", "evaluative 'tin-pot'"),
    ("Caracas squandered the oil revenue and cooked the books.", "VEN", "-", "evaluative 'cooked the books'"),
    ("Norway has been steadfast and even-handed from the first day.", "NOR", "+", "evaluative 'even-handed'"),
    ("Nairobi has been generous and clear-sighted.", "KEN", "+", "evaluative 'clear-sighted'"),
    ("Bolivia kept faith with its neighbours when it would have been easy to walk away.", "BOL", "+",
     "kept faith with"),
])
def test_an_evaluative_word_of_the_larger_list_is_the_authors(sentence, actor, sign, cue):
    assert_author_sign(_piece(sentence), actor, sign, cue)


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor,cue", [
    ("The junta in Naypyidaw bombarded the villages of Sagaing for a week.", "Naypyidaw", "harmful act 'bombard'"),
    ("Tbilisi has sidelined the opposition and crippled the independent broadcasters with fines.", "GEO",
     "harmful act 'sideline'"),
    ("The Polish authorities tore down the migrants' camp at dawn.", "POL", "harmful act 'tear down'"),
    ("Belgrade has gutted the constitutional court in two years.", "SRB", "harmful act 'gutted'"),
    ("The regime in Minsk has exiled the editors of every independent weekly.", "BLR", "harmful act 'exile'"),
])
def test_a_harmful_act_of_the_larger_list_counts_against_its_doer(sentence, actor, cue):
    assert_author_sign(_piece(sentence), actor, "-", cue)


@pytest.mark.issue(18)
def test_help_of_the_larger_list_counts_for_its_doer():
    text = _piece("Ghana quietly pardoned the jailed journalists and reinstated the sacked teachers.")
    assert_author_sign(text, "GHA", "+", "helpful act 'pardon'")
    assert "helpful act 'reinstate'" in author_reasons(text, "GHA")


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor,sign,cue", [
    ("Khartoum ignored every warning from the relief agencies.", "SDN", "-", "deed 'ignore warning'"),
    ("Kampala has carried a burden that richer countries refused.", "UGA", "+", "deed 'carry burden'"),
    ("La Paz showed restraint when the talks broke down.", "BOL", "+", "deed 'show restraint'"),
])
def test_a_deed_of_the_larger_list(sentence, actor, sign, cue):
    assert_author_sign(_piece(sentence), actor, sign, cue)


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor", [
    ("Japan's crude imports rose four percent in October, according to customs data.", "JPN"),
    ("The Indian government said it would provide relief to farmers affected by the floods.", "IND"),
    ("If Tbilisi sidelines the opposition, the observers will leave.", "GEO"),
    ("Armenian families left behind churches that had stood for a thousand years.", "ARM"),
])
def test_no_evidence_from_words_neutral_in_a_report_or_unasserted(sentence, actor):
    reasons = author_reasons(_piece(sentence), actor)
    assert not any(r.startswith(("evaluative", "harmful act", "helpful act", "deed")) for r in reasons), reasons


@pytest.mark.issue(18)
def test_a_negated_deed_of_the_larger_list_turns_against_its_doer():
    from conftest import author_stance

    record = author_stance(_piece("Kampala did not show restraint when the talks broke down.")).get("UGA")
    assert record is not None and record.polarity < 0 and "deed 'show restraint'" in record.reasons, record


@pytest.mark.issue(18)
def test_the_lexicons_reach_the_scale_of_real_op_eds_and_leave_out_report_words():
    from communique.rhetoric.lexicon import polar_terms
    from communique.rhetoric.stance_evidence import harmful_acts, helpful_acts

    evaluative = polar_terms("evaluative.en.tsv")
    acts, people = helpful_acts()
    assert len(evaluative) >= 1000 and len(harmful_acts()) >= 400 and len(acts) + len(people) >= 250
    assert len(polar_terms("deeds.en.tsv")) >= 200 and len(polar_terms("side_taking.en.tsv")) >= 150
    assert evaluative["tone-deaf"] == -1 and evaluative["clear-sighted"] == 1 and evaluative["self-serving"] == -1
    for word in ("crude", "competent", "reasonable", "goodwill", "hospitality", "gold standard"):
        assert word not in evaluative, word
    assert "leave behind" not in harmful_acts() and "blacklist" not in harmful_acts()
    assert "reach" not in acts and "congratulate" not in polar_terms("side_taking.en.tsv")


@pytest.mark.issue(18)
def test_help_in_kind_of_the_larger_list_and_a_brokered_release():
    text = _piece("Norway sent generators, insulin and tarpaulins to the clinics in the north.")
    assert_author_sign(text, "NOR", "+", "help in kind")
    assert_author_sign(_piece("Doha brokered the release of the fishermen after a month of quiet talks."), "QAT", "+",
                       "deed 'broker release'")

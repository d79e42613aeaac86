"""Author stance, round 17 (issue 18): broader evidence of the author's own, so that new phrasing of an
attack or a praise is read without a pattern for each sentence (``stance_evidence``, round 17 section).

* harmful acts (``harmful_acts.en.tsv``) asserted in the writer's voice count against their doer: the
  subject of an active verb with an object, the "by" agent of a passive, the possessor of a noun of an
  act ("Minsk's censorship"), the subject of a verb of doing or ordering whose object is the act; not
  an act negated, conditional, asked about or reported from someone else;
* help given to people in need (``helpful_acts.en.tsv``) counts for its doer, help to anyone else not;
* blame ("responsible for the deaths", "must be held accountable"), not a plain responsibility;
* broader judging words (``evaluative.en.tsv``: "sham" on a thing held, "stood up to", a word joined by
  "and" to another), a denial the next sentence contradicts, and "the committee" standing for the one
  organisation of the text whose name has that head noun.

Passages written for this test.
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_reasons, opinion_piece

HEAD = "The long winter of the weeklies\n\nBy Marta Vaitkus, columnist\n\n"
OPENING = "Belarus and Lithuania share a border, a river and a great many families. Newspapers used to cross it too."
CLOSING = "There is still time to change course. A free press is cheaper than a prison, and both sides know it."

_piece = opinion_piece(HEAD, OPENING, CLOSING)


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,cue", [
    ("Minsk whitewashed the killings of the strikers.", "whitewash"),
    # round 22's lexicon codes "ordered the deportations of" as COERCE: the author asserts the doer's act
    ("Minsk ordered the deportations of the striking miners in March.", "COERCE (ordered the deportations)"),
    ("Minsk hanged two young men after a trial of forty minutes.", "hang"),
    ("Belarusian officials have hollowed out the courts.", "hollow out"),
    ("The strikers were hounded by the Belarusian police for months.", "hound"),
])
def test_a_harmful_act_counts_against_its_doer(sentence, cue):
    assert_author_sign(_piece(sentence), "BLR", "-", cue if "(" in cue else f"harmful act '{cue}'")


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence", [
    "Minsk did not jail the editors of the weekly.",
    "Vilnius says that Minsk jailed the editors of the weekly.",
    "If Minsk jails the editors of the weekly, Vilnius will protest.",
    "Did Minsk jail the editors of the weekly?",
    "Minsk stopped jailing the editors of the weekly in May.",
])
def test_no_harmful_act_asserted(sentence):
    assert not any(r.startswith("harmful act") for r in author_reasons(_piece(sentence), "BLR"))


@pytest.mark.issue(18)
def test_help_to_people_in_need_counts_for_its_doer():
    assert_author_sign(_piece("Vilnius sheltered two thousand refugees from the border camps last year."),
                       "LTU", "+", "helpful act 'shelter'")


@pytest.mark.issue(18)
def test_help_to_anyone_else_is_no_help():
    assert not any(r.startswith("helpful act") for r in author_reasons(
        _piece("Vilnius protected its own officials from the inquiry."), "LTU"))


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,cue", [
    ("Minsk is to blame for the empty shelves.", "blame"),
    ("Minsk bears responsibility for the famine in the border villages.", "responsibility"),
])
def test_blame_counts_against_the_blamed(sentence, cue):
    assert_author_sign(_piece(sentence), "BLR", "-", f"blame '{cue}'")


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence", [
    "Minsk is responsible for the security of the summit.",
    "Minsk is not responsible for the deaths of the nine prisoners.",
])
def test_no_blame(sentence):
    assert not any(r.startswith("blame") for r in author_reasons(_piece(sentence), "BLR"))


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor,sign,cue", [
    ("Minsk was reckless and cynical in the talks.", "BLR", "-", "evaluative 'cynical'"),
    ("Vilnius stood up to Minsk when the border was closed.", "LTU", "+", "evaluative 'stood up to'"),
    ("Vilnius has negotiated quietly and honestly for years.", "LTU", "+", "evaluative 'honestly'"),
    ("Minsk denies that it holds any political prisoners. Yet the lists grow longer every week.",
     "BLR", "-", "rebuttal 'yet' of its denial"),
])
def test_broader_judging_words(sentence, actor, sign, cue):
    assert_author_sign(_piece(sentence), actor, sign, cue)


@pytest.mark.issue(18)
def test_a_contrast_after_a_plain_claim_still_must_name_the_claimant():
    text = _piece("Minsk says that the harvest was good. Yet the prices of bread rose again in the autumn.")
    assert not any("of its denial" in r for r in author_reasons(text, "BLR"))


@pytest.mark.issue(18)
def test_the_committee_stands_for_the_one_organisation_with_that_head_noun():
    from types import SimpleNamespace

    from communique.nlp import load_nlp
    from communique.rhetoric import stance_evidence as se

    text = "The Export-Import Bank of Ruritania lent the money. The bank wrote the clauses, and a bank in Oslo read them."
    doc = load_nlp()(text)
    actor = SimpleNamespace(id="a1", name="Export-Import Bank of Ruritania", kind="organization",
                            mentions=((0, len("The Export-Import Bank of Ruritania")),))
    mentions = SimpleNamespace(document=SimpleNamespace(actors=[actor]), token_actor={})
    se._claim_head_nouns(mentions, doc)
    claimed = {doc[i].text for i in mentions.token_actor}
    assert [doc[i].i for i in mentions.token_actor] and claimed == {"bank"}
    first_later = [t.i for t in doc if t.lower_ == "bank"][1]
    assert first_later in mentions.token_actor  # "The bank", not "a bank in Oslo"


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor,sign,cue", [
    ("Minsk has described critics of the dam as saboteurs.", "BLR", "-", "smear 'describe critic saboteur'"),
    ("Vilnius has seen the treaty abandoned by Minsk.", "BLR", "-", "evaluative 'abandon'"),
    ("When the region hesitated to send help, Lithuania did not.", "LTU", "+", "praise 'did not hesitate'"),
    ("Lithuania has shown what a small country can do.", "LTU", "+", "model 'show what ... do'"),
    ("I give thanks for Doctors Without Borders, who kept the clinic open all winter.", "Doctors Without Borders", "+",
     "side-taking 'give thanks for'"),
])
def test_smears_models_and_thanks(sentence, actor, sign, cue):
    assert_author_sign(_piece(sentence), actor, sign, cue)


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor", [
    ("Lithuania did not have to open its border.", "LTU"),  # no obligation, no failure
    ("Its doctors came to a country where they did not speak the language.", "LTU"),  # a circumstance
])
def test_negations_that_tell_no_failure(sentence, actor):
    text = _piece("Lithuania sent a field hospital in May. " + sentence)
    assert not any(r.startswith("omission") for r in author_reasons(text, actor))


@pytest.mark.issue(18)
def test_an_elided_refusal_after_a_promise_is_still_an_omission():
    text = _piece("Minsk promised to publish the lists. It did not.")
    assert not any(r.startswith("praise") for r in author_reasons(text, "BLR"))


@pytest.mark.issue(18)
def test_a_negated_act_replaced_by_the_next_sentence_is_no_omission():
    text = _piece("Vilnius did not send a note of thanks. It answered with duties of its own.")
    assert not any(r.startswith("omission") for r in author_reasons(text, "LTU"))
    text = _piece("Vilnius did not send a note of thanks. The ministry was closed for the holiday.")
    assert any(r.startswith("omission") for r in author_reasons(text, "LTU"))

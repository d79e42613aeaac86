"""Author stance, round 18b (issue 18): attaching evidence to the actor it is about.

* an actor owned in the possessive or named by whom it serves ("Russia's Wagner Group", "a spokesman for
  Tbilisi", "lawyers for Tbilisi", "the Tbilisi spokesman") shares its author evidence with its owner
  (``stance.owner_map``), not the people who merely live there ("Georgia's voters");
* a word about an actor's critics, opponents or victims is not about the actor ("Tbilisi's victims were
  brave": nothing for Tbilisi) (``stance_evidence.PATIENT_NOUNS``);
* a word in the complement of a verb of calling is its subject's word, not the writer's ("Yerevan called
  the crackdown brutal"), unless the subject is the writer ("We call ...") (``stance_evidence._caller``).

Passages written for this test.
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_reasons, opinion_piece

HEAD = "The harbour and the hills\n\nBy Ines Varga, columnist\n\n"
OPENING = "Georgia and Armenia share mountains, rivers and a long memory. Their quarrels are older than their states."
CLOSING = "There is still time to change course. Good neighbours are cheaper than walls."

_piece = opinion_piece(HEAD, OPENING, CLOSING)


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor,owned", [
    ("A spokesman for Tbilisi lied about the raids on the newspapers.", "GEO", "spokesman for Tbilisi"),
    ("Lawyers for Tbilisi made cynical claims in court about the raids.", "GEO", "Lawyers for Tbilisi"),
    ("The Tbilisi spokesman lied about the raids on the newspapers.", "GEO", "Tbilisi spokesman"),
    ("Moscow opened an embassy in Bamako in May. Russia's Wagner Group executed dozens of villagers and burned"
     " the granaries near the gold mine.", "RUS", "Russia's Wagner Group"),
])
def test_an_owned_actor_shares_its_evidence_with_its_owner(sentence, actor, owned):
    assert_author_sign(_piece(sentence), actor, "-", f"via its '{owned}'")


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor", [
    ("Georgia's voters were brave to queue for hours in the rain.", "GEO"),
    ("Armenia's refugees were treated cruelly at the border.", "ARM"),
])
def test_the_people_of_a_state_are_not_its_agents(sentence, actor):
    assert not any("via its" in r for r in author_reasons(_piece(sentence), actor))


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence", [
    "Tbilisi's victims were brave people.",
    "The brave critics of Tbilisi went into hiding.",
    "The opponents of Tbilisi were honest and courageous.",
    "Yerevan, a loyal friend of Tbilisi, stayed silent about the raids.",
    "Tbilisi's brave defenders in the press were jailed.",
])
def test_a_word_about_an_actors_critics_or_victims_is_not_about_it(sentence):
    assert not any(r.startswith("evaluative") for r in author_reasons(_piece(sentence), "GEO"))


@pytest.mark.issue(18)
def test_the_actors_own_words_still_count():
    assert_author_sign(_piece("Tbilisi's cynical lies about the raids fooled nobody."), "GEO", "-", "evaluative")


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence", [
    "Yerevan called the crackdown brutal.",
    "Yerevan described the crackdown as brutal.",
])
def test_a_word_in_a_verb_of_calling_is_its_subjects(sentence):
    assert not any("'brutal'" in r for r in author_reasons(_piece(sentence), "ARM"))


@pytest.mark.issue(18)
def test_the_caller_holds_the_word():
    from communique import analyze

    document = analyze(_piece("Yerevan called the Georgian crackdown cruel and cynical."))
    ids = {a.id: a.country for a in document.actors}
    held = [s for s in document.stance if ids.get(s.holder) == "ARM" and ids.get(s.target) == "GEO"]
    assert held and held[0].polarity < 0
    assert not any("'cynical'" in r for r in author_reasons(_piece("Yerevan called the Georgian crackdown cruel and"
                                                                   " cynical."), "ARM"))


@pytest.mark.issue(18)
def test_the_writers_own_calling_stays_the_writers():
    assert_author_sign(_piece("We call the crackdown by Tbilisi brutal, and we mean it."), "GEO", "-", "'brutal'")


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,reason", [
    ("A militia that answers to Tbilisi shelled the villages near the border and burned the granaries.",
     "via its 'militia'"),
    ("A unit that reports to Tbilisi beat the editors and burned the presses.", "ASSAULT (beat)"),
])
def test_who_answers_to_an_actor_acts_for_it(sentence, reason):
    assert_author_sign(_piece(sentence), "GEO", "-", reason)


@pytest.mark.issue(18)
def test_who_does_not_answer_to_an_actor_does_not_act_for_it():
    sentence = "A militia that does not answer to Tbilisi shelled the villages near the border and burned the granaries."
    assert not any("militia" in r for r in author_reasons(_piece(sentence), "GEO"))


@pytest.mark.issue(18)
def test_the_writers_calling_judges_the_object():
    assert_author_sign(_piece("Tbilisi jailed six editors in May. I would call Yerevan honest."), "ARM", "+",
                       "evaluative 'honest'")


@pytest.mark.issue(18)
def test_anothers_calling_is_not_the_writers_judgement():
    text = _piece("Yerevan called Tbilisi cruel.")
    assert not any("'cruel'" in r for r in author_reasons(text, "GEO") + author_reasons(text, "ARM"))


@pytest.mark.issue(18)
def test_an_empty_it_before_a_judged_clause_is_no_actor():
    text = _piece("Yerevan does not want this agreement, and it would be more honest to say so.")
    assert not any("'honest'" in r for r in author_reasons(text, "ARM"))


@pytest.mark.issue(18)
def test_it_before_its_own_infinitive_is_still_the_actor():
    assert_author_sign(_piece("Tbilisi jailed six editors in May. It is cruel."), "GEO", "-", "evaluative 'cruel'")


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,actor,cue", [
    ("Yerevan does not want this agreement, and it would be more honest to say so.", "ARM", "more honest"),
    ("It would be wiser of Tbilisi to release the editors.", "GEO", "wiser"),
])
def test_a_better_course_reproaches_the_actor_who_does_not_take_it(sentence, actor, cue):
    assert_author_sign(_piece(sentence), actor, "-", f"reproach 'would be {cue}'")


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence", [
    "Yerevan wants this agreement, and it is honest to say so.",
    "Yerevan does not want this agreement, and it would be cruel to force it.",
])
def test_no_reproach_without_a_better_course(sentence):
    assert not any(r.startswith("reproach") for r in author_reasons(_piece(sentence), "ARM"))


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,sign,cue", [
    ("We are grateful to Yerevan for its help with the convoys.", "+", "gratitude 'grateful'"),
    ("Armenia sent fuel within a week. We are thankful to them.", "+", "gratitude 'thankful'"),
    ("We are not grateful to Yerevan for its lectures.", "-", "gratitude 'not grateful'"),
])
def test_gratitude_is_for_whom_the_writer_thanks(sentence, sign, cue):
    assert_author_sign(_piece(sentence), "ARM", sign, cue)


@pytest.mark.issue(18)
def test_anothers_gratitude_is_not_the_writers():
    assert not any(r.startswith("gratitude") for r in author_reasons(_piece("Tbilisi is grateful to Yerevan for the"
                                                                          " gas."), "ARM"))


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence", [
    "We want to recognise that the government of Armenia has opened its border to the editors.",
    "We wish to acknowledge Yerevan, which sheltered the editors for a year.",
])
def test_the_writers_wish_to_acknowledge_is_praise(sentence):
    assert_author_sign(_piece(sentence), "ARM", "+", "acknowledgement")


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence", [
    "We do not want to recognise the government of Armenia after this.",
    "Tbilisi wants to recognise Yerevan for the convoys.",
])
def test_no_acknowledgement_by_the_writer(sentence):
    assert not any(r.startswith("acknowledgement") for r in author_reasons(_piece(sentence), "ARM"))

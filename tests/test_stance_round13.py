"""Author stance, round 13 (issue 18): families of misses on blind op-eds, checked on passages
written for this test.

* hypocrisy: a claim or a denial while the same doer does the opposite ("claims to be neutral
  while it lends ...", "called itself a partner while it sheltered ...") mocks the subject, as
  "speaks of peace while ..." does; a plain "said ... while visiting" is no hypocrisy;
* help in kind to an actor: selling or lending to it, harbouring or sheltering it, with the
  recipient after "to" ("sells rifles to the junta"); every actor of a joined subject takes the
  side ("Belgrade and Minsk sell ..."), and in an opinion text the helpers of an actor the author
  opposes are opposed ("sides: helps ...");
* a verb whose particle makes it another verb ("sold out", "backed down") is no side-taking;
* a label after "with" is about its own actor ("stand with the regime in Damascus"), not the
  verb's subject; a quality after "with" still is ("handled the crisis with courage");
* an accusation or support whose subject is "we" or "I" is the voice of the text (the writer, or
  an unsigned statement's own voice), whatever actor the events stage took "we" for;
* rebuttals: ", yet it ..." with "yet" on the contradicting verb, as ", but it ..."; a name an actor
  gives a thing that the writer's next sentence replaces or denies ("Moscow calls it a special
  operation. It is a war."), not one the writer keeps ("It is a famine.");
* a judged act as the object of a verb of doing, ordering or overseeing, with no owner of its own,
  is the subject's act ("oversaw the massacres", "ordered the crackdown"); not under a negation,
  and a label for people there stays with them ("pursued the terrorists").
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_stance


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,actor,reason", [
    ("Minsk claims to be neutral while it lends its airfields to Moscow.", "BLR", "sarcasm 'claims ... while'"),
    ("Islamabad called itself a partner in the fight against terrorism while it sheltered the gunmen.", "PAK",
     "sarcasm 'called itself ... while'"),
    ("The Indian government closed the crossings. It denied doing so while doing it.", "IND",
     "sarcasm 'denied ... while'"),
])
def test_round13_a_claim_while_doing_the_opposite_is_hypocrisy(text, actor, reason):
    assert_author_sign(text, actor, "-", reason)


@pytest.mark.issue(18)
def test_round13_a_plain_statement_while_doing_something_else_is_no_hypocrisy():
    record = author_stance("The foreign minister of Peru said so while visiting Oslo.").get("PER")
    assert record is None or not any("sarcasm" in r for r in record.reasons), record


def _stance(text: str) -> dict:
    from communique import analyze

    document = analyze(text)
    names = {a.id: a.name for a in document.actors}
    return {(names.get(s.holder, s.holder), names[s.target]): s for s in document.stance}


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,holders,target,reason", [
    ("Belgrade sells rifles to the junta in Bamako.", ("Serbia",), "Mali", "side-taking 'sell'"),
    ("Ankara lent Minsk two billion dollars.", ("Turkey",), "Belarus", "side-taking 'lend'"),
    ("Pakistan harboured the leaders of the Taliban for twenty years.", ("Pakistan",), "Taliban",
     "side-taking 'harbour'"),
    ("Moscow and Tehran stand with the regime in Damascus.", ("Russia", "Iran"), "Syria", "stand with"),
])
def test_round13_help_in_kind_and_joined_subjects_take_a_side(text, holders, target, reason):
    stance = _stance(text)
    for holder in holders:
        record = stance.get((holder, target))
        assert record is not None and record.polarity > 0.2 and any(reason in r for r in record.reasons), \
            (holder, stance)


@pytest.mark.issue(18)
def test_round13_a_turning_particle_is_no_side_taking():
    stance = _stance("Washington sold out the Kurds of Syria.")
    assert not any(h == "United States" and s.polarity > 0.2 for (h, _), s in stance.items()), stance


@pytest.mark.issue(18)
def test_round13_a_label_after_with_is_about_its_own_actor():
    assert_author_sign("Moscow and Tehran stand with the regime in Damascus.", "SYR", "-", "name-calling 'regime'")
    assert "RUS" not in author_stance("Moscow and Tehran stand with the regime in Damascus.") or \
        author_stance("Moscow and Tehran stand with the regime in Damascus.")["RUS"].polarity > -0.2
    assert_author_sign("Colombia has handled the crisis with courage.", "COL", "+", "evaluative 'courage'")


OPINION = """The junta in Bamako is a cruel and lawless regime. It jails reporters and shells villages.

Belgrade and Minsk sell rifles and mortars to Bamako, and call it business.

Ghana has shown courage and kept its word to the refugees.

We stand with the families of the north."""


@pytest.mark.issue(18)
@pytest.mark.parametrize("actor", ["SRB", "BLR"])
def test_round13_the_sellers_to_an_opposed_actor_are_opposed_in_an_opinion_text(actor):
    assert_author_sign(OPINION, actor, "-", "sides: helps Mali, whom the author opposes (side-taking 'sell')")


@pytest.mark.issue(18)
def test_round13_we_accuse_is_the_statements_own_voice():
    text = ("Statement of the Riverside Veterans' Association\n\nThe women of the valley buried their sons this "
            "week. We hold Pakistan responsible for the deaths of our soldiers.")
    assert_author_sign(text, "PAK", "-", "event ACCUSE (hold)")


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,actor,reason", [
    ("Niamey says it fights terrorism, yet it shelters the men who organise it.", "NER", "rebuttal 'yet' of its claim"),
    ("Moscow calls it a special military operation. It is a war of conquest.", "RUS",
     "rebuttal 'war' of its name 'operation'"),
    ("Beijing calls this a trade dispute. It is economic coercion, aimed at a small country.", "CHN",
     "rebuttal 'coercion' of its name 'dispute'"),
    ("Riyadh describes the trials as reform. They are not reform.", "SAU", "rebuttal 'not reform' of its name 'reform'"),
    ("The Kremlin says these are commercial decisions. They are punishments.", "RUS",
     "rebuttal 'punishment' of its name 'decision'"),
    ("Riyadh says that the trials are fair. They are not fair.", "SAU", "rebuttal 'not fair' of its name 'fair'"),
])
def test_round13_rebuttals_of_a_claim_or_a_name(text, actor, reason):
    assert_author_sign(text, actor, "-", reason)


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,actor", [
    ("The United Nations calls it a famine. It is a famine.", "United Nations"),
    ("Brussels calls them refugees. They are refugees indeed.", "Brussels"),
    ("Riyadh says that the trials are fair. They are also quick.", "SAU"),
])
def test_round13_a_name_the_writer_keeps_is_no_rebuttal(text, actor):
    record = author_stance(text).get(actor)
    assert record is None or not any(r.startswith("rebuttal") for r in record.reasons), record


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,actor,reason", [
    ("General Min Aung Hlaing oversaw the massacres in Rakhine.", "Min Aung Hlaing", "evaluative 'massacre'"),
    ("President Daniel Ortega ordered the crackdown on the students.", "Daniel Ortega", "evaluative 'crackdown'"),
    ("Moscow carried out a purge of the army.", "RUS", "evaluative 'purge'"),
])
def test_round13_a_judged_act_ordered_or_overseen_is_the_subjects(text, actor, reason):
    assert_author_sign(text, actor, "-", reason)


@pytest.mark.issue(18)
def test_round13_an_act_not_ordered_and_a_label_pursued_blame_nobody():
    record = author_stance("Minsk did not order the crackdown.").get("BLR")
    assert record is None or not any("crackdown" in r for r in record.reasons), record
    record = author_stance("The police of Peru pursued the terrorists.").get("PER")
    assert record is None or not any("terrorist" in r for r in record.reasons), record


@pytest.mark.issue(18)
def test_round13_a_relative_clause_inside_a_call_is_not_the_callers_side():
    text = "We ask our partners to stop treating the states that shelter the leaders of al-Shabaab as neutral parties."
    record = author_stance(text).get("al-Shabaab")
    assert record is None or not any("side-taking" in r for r in record.reasons), record
    assert_author_sign("European governments should follow the example of Paris.", "Paris", "+",
                       "side-taking 'follow the example of'")

"""Events of the thirtieth round (e8): a guessed target gives way to the target a coordinated clause
of the same doers names (docs/events.md, "Round 30e8"). Texts written for this project, with negatives."""

from __future__ import annotations

import pytest
from conftest import actor_names, event_with_word



# The envoy's meeting is Niger's last event before the demand: the guess for "demanded" (its own
# army, named after it, gives way to the meeting's counterpart) is the envoy, from another sentence.
MET = "NIAMEY, March 3 (Sahel Wire) - The Spanish envoy, Ana Ruiz, met Niger's foreign minister in Niamey on " \
      "Sunday. {sentence}\n"


@pytest.mark.parametrize("sentence, aimed", [
    # a demand coordinated with a warning that names its counterpart: the warned troops
    ("Niger demanded an explanation within two days, warned that the Nigerien army would respond if Beninese "
     "troops crossed the border again, and said it would raise the matter at the African Union.",
     "Beninese troops"),
    ("Niger demanded an explanation within two days and warned that the Nigerien army would respond if Beninese "
     "troops crossed the border again.", "Beninese troops"),
    # the warning in a sentence of its own: no coordination, the guess stays
    ("Niger demanded an explanation within two days. It warned that the Nigerien army would respond if Beninese "
     "troops crossed the border again.", "Ana Ruiz"),
    # the coordinated clause names the doer's own army: not the demand's counterpart
    ("Niger demanded an explanation within two days and praised the Nigerien army for its restraint.", "Ana Ruiz"),
])
def test_guess_gives_way_to_the_coordinated_clause(pipeline, sentence, aimed):
    doc = pipeline(MET.format(sentence=sentence))
    found = event_with_word(doc, "REQUEST", "demanded")
    assert actor_names(doc, found.target) == {aimed}, actor_names(doc, found.target)


def test_a_clause_read_target_is_kept(pipeline):
    # the demand names its own addressee: the coordinated warning's target does not replace it
    doc = pipeline(MET.format(sentence="Niger demanded an explanation from Chad and warned that the Nigerien army "
                                       "would respond if Beninese troops crossed the border again."))
    found = event_with_word(doc, "REQUEST", "demanded")
    assert actor_names(doc, found.target) == {"Chad"}, actor_names(doc, found.target)


# Review (round 30): a demand does not take the target of a welcome coordinated with it; the guess (the
# shelling's doer) stays.
def test_a_sibling_of_another_kind_gives_no_target(pipeline):
    doc = pipeline("ASMARA, March 3 (Horn Wire) - Ethiopia shelled Eritrean border posts on Monday. Eritrea demanded "
                   "an explanation, welcomed the mediation of Sudan.\n")
    found = event_with_word(doc, "REQUEST", "demanded")
    assert actor_names(doc, found.target) == {"Ethiopia"}, actor_names(doc, found.target)


def test_clause_verbs_stop_at_a_token_that_is_its_own_head():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from communique.stages.events import _clause_verbs

    doc = Doc(Vocab(), words=["Ready", "to", "go"], heads=[0, 2, 0], deps=["xcomp", "aux", "xcomp"])
    assert {t.i for t in _clause_verbs(doc[2])} == {0, 2}

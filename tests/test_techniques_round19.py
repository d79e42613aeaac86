"""Round 19 of issue 18 (docs/rhetoric.md, "Round 19: technique spans and labels"): the second look
reads the label word, not the noun it qualifies. A text's subject (a word used TOPIC_MIN_USES+ times)
is named, not loaded, unless a word of the loaded or label lists qualifies it ("the brutal junta" in a
report on a junta); and a name drops a label only when the label word itself is inside the name ("the
bumbling FBI" loads, "the Counter-Terrorism Police" does not). Every passage is written for the test."""

from __future__ import annotations

import pytest

from conftest import technique_spans

LOADED = "Loaded_Language"
NAME_CALLING = "Name_Calling,Labeling"

#: A report whose subject is a junta: "junta" is used six times before the last sentence.
JUNTA_REPORT = ("The junta took power in March. Since then the junta has closed the border, and the junta "
                "has banned parties. Diplomats say the junta wants time. The junta denies it. ")
#: A report whose subject is a crowd: "mob" used six times.
MOB_REPORT = ("A mob gathered at noon. The mob blocked the road, the mob threw stones and the mob chanted. "
              "Police watched the mob for hours. By night the mob was gone. ")


@pytest.mark.issue(18)
@pytest.mark.parametrize("ending, span", [
    ("Villagers fled after the brutal junta burned their crops.", "brutal junta"),
    ("Farmers cursed the vicious junta that seized their land.", "vicious junta"),
])
def test_round19_loaded_word_on_the_topic_noun_still_loads(nlp, ending, span):
    assert span in technique_spans(nlp, JUNTA_REPORT + ending, LOADED)


@pytest.mark.issue(18)
@pytest.mark.parametrize("ending", [
    "Villagers fled after the junta announced a curfew.",
    "A spokesman for the junta read a statement on television.",
])
def test_round19_the_topic_noun_alone_is_named_not_loaded(nlp, ending):
    text = JUNTA_REPORT + ending
    assert technique_spans(nlp, text, NAME_CALLING) == []
    assert technique_spans(nlp, text, LOADED) == []


@pytest.mark.issue(18)
def test_round19_topic_noun_without_a_charged_modifier_stays_plain(nlp):
    text = MOB_REPORT + "Shopkeepers swept up the glass the mob had left."
    assert technique_spans(nlp, text, NAME_CALLING) == []


@pytest.mark.issue(18)
@pytest.mark.parametrize("text, span", [
    ("Critics mocked the bumbling FBI after the files went missing.", "bumbling FBI"),
    ("The columnist sneered at the spineless European Commission for staying silent.", "spineless European Commission"),
])
def test_round19_loaded_word_before_a_name_loads(nlp, text, span):
    assert any(span in s for s in technique_spans(nlp, text, LOADED))


@pytest.mark.issue(18)
@pytest.mark.parametrize("text", [
    "Officers of the Counter-Terrorism Police arrested two men on Tuesday.",
    "Members of the Thug Life Party registered for the election on Monday.",
    "Witnesses said the Brutal Force Brigade, a unit of the army, entered the town.",
])
def test_round19_label_word_inside_a_name_is_the_name(nlp, text):
    assert technique_spans(nlp, text, NAME_CALLING) == []
    assert technique_spans(nlp, text, LOADED) == []


@pytest.mark.issue(18)
def test_round19_designation_still_descriptive(nlp):
    text = "The ministry designated the group a terrorist organisation in 2019."
    assert technique_spans(nlp, text, NAME_CALLING) == []

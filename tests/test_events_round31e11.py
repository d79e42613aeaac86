"""Events of the thirty-first round (e11; docs/events.md, "Round 31e11"): the verb "expel" is typed
by what it expels. Its envoys and diplomats are a SANCTION; people named by their nationality in the
plural ("expelled Somalis", "hundreds of thousands of Ghanaians"), foreigners and immigrants are a
COERCE (mode deport), as migrants and journalists already were. Texts written for this project,
each with a negative."""

from __future__ import annotations

import pytest
from conftest import event_cues, events_with_word


@pytest.mark.parametrize("text", [
    "Kenya expelled two Somalis accused of smuggling charcoal across the border.",
    "In 1972 Uganda expelled tens of thousands of Indians within ninety days.",
    "The junta expelled hundreds of foreigners from the mining district on Friday.",
    "Angola has expelled thousands of Zimbabweans since the diamond crackdown began.",
])
def test_expelling_people_is_coerce(pipeline, text):
    doc = pipeline(text)
    assert events_with_word(doc, "COERCE", "expelled"), event_cues(doc)
    assert not events_with_word(doc, "SANCTION", "expelled"), event_cues(doc)


@pytest.mark.parametrize("text", [
    "Kenya expelled two Somali diplomats accused of smuggling charcoal.",
    "Angola has expelled the Congolese ambassador over the diamond crackdown.",
    "Estonia expelled three Russian embassy officials on Monday.",
])
def test_expelling_envoys_stays_sanction(pipeline, text):
    doc = pipeline(text)
    assert events_with_word(doc, "SANCTION", "expelled"), event_cues(doc)
    assert not events_with_word(doc, "COERCE", "expelled"), event_cues(doc)


@pytest.mark.parametrize("text, type_", [
    # a count read by its "of" noun: the staff are envoys
    ("In 2019 Prague ordered dozens of embassy staff to leave.", "SANCTION"),
    ("The junta ordered two of the French diplomats to leave Niamey within a week.", "SANCTION"),
    # an order to leave given to a people named by nationality, or to migrants, deports them
    ("In 1983 Lagos ordered about a million Ghanaians to leave.", "COERCE"),
    ("The governor ordered hundreds of migrants to leave the border camp.", "COERCE"),
])
def test_an_order_to_leave_is_typed_by_who_must_leave(pipeline, text, type_):
    doc = pipeline(text)
    assert events_with_word(doc, type_, "ordered"), event_cues(doc)
    assert not events_with_word(doc, "REQUEST", "ordered"), event_cues(doc)


@pytest.mark.parametrize("text", [
    "The coast guard ordered the trawler to leave the bay.",
    "The minister ordered dozens of inspectors to investigate the depot.",
])
def test_other_orders_stay_requests(pipeline, text):
    doc = pipeline(text)
    assert not events_with_word(doc, "SANCTION", "ordered"), event_cues(doc)
    assert not events_with_word(doc, "COERCE", "ordered"), event_cues(doc)


@pytest.mark.parametrize("text, word", [
    ("We thank Zambia for allowing our inspectors to visit the camps.", "allowing"),
    ("The Ministry thanks the Government of the Republic of Chile, which has allowed stranded Bolivian lorries "
     "to return.", "allowed"),
    ("Kenya is grateful to Uganda for allowing its lorries to cross at Malaba.", "allowing"),
])
def test_a_permission_thanked_for_is_cooperation(pipeline, text, word):
    doc = pipeline(text)
    assert events_with_word(doc, "COOPERATE", word), event_cues(doc)
    assert not events_with_word(doc, "CONCEDE", word), event_cues(doc)


@pytest.mark.parametrize("text, word", [
    ("Zambia has allowed our inspectors to visit the camps.", "allowed"),
    ("We thank Zambia and regret that Malawi allowed the smugglers to cross.", "allowed"),
])
def test_a_permission_not_thanked_for_is_not_cooperation(pipeline, text, word):
    doc = pipeline(text)
    assert not events_with_word(doc, "COOPERATE", word), event_cues(doc)

"""Author stance, round 27o1 (issue 18): favoured actors praised in ordinary ways and in comparisons, and the
actors of the open round 33 (oped-129..131).

The open round 33 read a restraint ("could have treated our ambition as a threat. Instead ...") as a reproach, missed
a neighbour that "kept its border open to refugees" (its name parsed beside "one of the poorest countries"), a
body heralded by "There are those who have kept their word", an army that "is no better placed to lecture anyone",
a government that blocked the very sanctions the writer asks for, and gave a neutral state a helpful act told in
passing ("Egypt, which hosts ..."). The development op-eds added praise by comparison ("which is more than most
did", "cases that no one else would touch") and the writer asking others to "join X in ...". The passages below
were written for this test, in genres the op-eds do not use (a lake ferry, a dairy valley, a legal clinic, a river
town).
"""

from __future__ import annotations

import pytest

from conftest import author_polarity, has_reason, opinion_piece

_FERRY = opinion_piece(
    "The lake needs its morning boat\n\nBy the chair of the Eastshore commuters' association\n\n",
    "Our members cross the lake to work every day, in every season.",
    "We will keep counting the passengers on the quay, and we will publish the numbers.")
_DAIRY = opinion_piece(
    "A dry summer in the valley\n\nBy a dairy farmer from the upper Hollin valley\n\n",
    "Our herds lost a third of their grazing to the drought.",
    "Fine the quarry owners who poisoned the stream, by name.")
_CLINIC = opinion_piece(
    "Who defends the tenants?\n\nBy a retired housing lawyer\n\n",
    "Eviction cases in the city have doubled in three years.",
    "We will go on counting the evictions, street by street.")


# 1. A course not taken, set against what the actor did "instead" (in its sentence or at the start of the next one):
# a restraint praised, not a reproach.
@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", [
    (_FERRY, "The Lakeside Ferry Company could have treated our petition as a nuisance. Instead it added a morning "
             "boat within a month.", "Lakeside Ferry Company"),
    (_CLINIC, "The Northgate Housing Trust could have sold the empty flats; instead it let them to evicted families.",
     "Northgate Housing Trust"),
])
def test_a_course_not_taken_instead_is_a_restraint(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, "restraint"), reasons
    assert not has_reason(reasons, "reproach"), reasons


@pytest.mark.issue(18)
def test_what_an_actor_could_have_done_without_instead_stays_a_reproach():
    _, reasons = author_polarity(_FERRY("The Lakeside Ferry Company could have added a morning boat within a month."),
                                 "Lakeside Ferry Company")
    assert has_reason(reasons, "reproach 'could have add'"), reasons
    assert not has_reason(reasons, "restraint"), reasons


# 2. An exemplar sentence with a bare noun of a virtue ("That is what solidarity looks like"); another bare noun names
# no model.
@pytest.mark.issue(18)
def test_an_exemplar_with_a_bare_virtue_counts_for_the_protagonist():
    passage = ("The Hollin Dairy Cooperative lent its cooling tanks to our farms for the whole summer. "
               "That is what solidarity looks like.")
    polarity, reasons = author_polarity(_DAIRY(passage), "Hollin Dairy Cooperative")
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, "exemplar 'that is what solidarity looks'"), reasons


@pytest.mark.issue(18)
def test_an_exemplar_needs_a_kind_or_a_virtue():
    passage = "The Hollin Dairy Cooperative closed its cooling plant in May. That is what winter looks like."
    _, reasons = author_polarity(_DAIRY(passage), "Hollin Dairy Cooperative")
    assert not has_reason(reasons, "exemplar"), reasons


# 3. "There are those who have kept their word." heralds the subject of the next sentence.
@pytest.mark.issue(18)
def test_there_are_those_who_kept_their_word_heralds_the_next_subject():
    passage = ("There are those who have kept their word. The Marrow Valley Water Board ran its tankers every day of the "
               "drought.")
    polarity, reasons = author_polarity(_DAIRY(passage), "Marrow Valley Water Board")
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, "herald of duty done 'those'"), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("herald", [
    "There are those who have broken their word.",
    "There are those who have not kept their word.",
])
def test_no_herald_without_a_duty_done(herald):
    _, reasons = author_polarity(_DAIRY(f"{herald} The Marrow Valley Water Board ran its tankers every day of the drought."),
                                 "Marrow Valley Water Board")
    assert not has_reason(reasons, "herald"), reasons


# 4. "no better": put level with the wrongdoers just described.
@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", [
    (_FERRY, "The Harbour Board let the east quay rot for ten years. The Lake Transport Authority is no better.",
     "Lake Transport Authority"),
    (_CLINIC, "The city's landlords raised rents by a third. The Northgate Housing Trust is no better placed to lecture "
              "anyone about fairness.", "Northgate Housing Trust"),
])
def test_no_better_counts_against_the_subject(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.2, (polarity, reasons)
    assert has_reason(reasons, "comparison 'no better'"), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage", [
    "The Lake Transport Authority is no better off than the passengers since the fuel prices rose.",
    "Is the Lake Transport Authority no better than the Harbour Board?",
])
def test_no_better_off_or_asked_is_no_comparison(passage):
    _, reasons = author_polarity(_FERRY(passage), "Lake Transport Authority")
    assert not has_reason(reasons, "comparison 'no better'"), reasons


# 5. Turning down a demand to do a wrong (to close, expel, deport) is no obstruction of the one who refuses; a
# demand to do anything else stays a thing put to it (``_turns_down_a_thing`` reads ``_imposition``).
@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,imposed", [
    ("The Rivermouth Council refused every demand from the developers to close the night shelter.", True),
    ("The Rivermouth Council rejected the request to deport the two reporters.", True),
    ("The Rivermouth Council rejected the request to hand over the minutes of the meeting.", False),
    ("The Rivermouth Council refused every request from the tenants to repair the roof.", False),
    ("The Rivermouth Council rejected the proposal of the tenants.", False),
])
def test_a_demand_to_do_a_wrong_is_pressed_on_the_refuser(nlp, sentence, imposed):
    from communique.rhetoric.stance_evidence import _imposition

    doc = nlp(sentence)
    obj = next(t for t in doc if t.dep_ == "dobj" and t.head.lemma_ in ("refuse", "reject"))
    assert _imposition(obj) is imposed


# 6. A door kept open to people in need (also when the parse takes "one of the ..." for the subject); a door open to
# anyone else, or under a modal, is no help.
@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", [
    (_CLINIC, "The Carrow Parish Council kept its hall open to the evicted families all winter.",
     "Carrow Parish Council"),
    (_CLINIC, "Norway, one of the richest countries on earth, has kept its ports open to refugees for a decade.",
     "Norway"),
    (_DAIRY, "The Dunmore Sports Club opened its gym to the farmers whose houses flooded.", "Dunmore Sports Club"),
])
def test_a_door_open_to_people_in_need_is_help(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, "helpful act 'open to'"), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage", [
    "The Carrow Parish Council kept its hall open to the developers all winter.",
    "The Carrow Parish Council should keep its hall open to the evicted families.",
])
def test_no_help_in_a_door_open_to_others_or_only_asked(passage):
    _, reasons = author_polarity(_CLINIC(passage), "Carrow Parish Council")
    assert not has_reason(reasons, "helpful act 'open to'"), reasons


# 7. A helpful act told in passing, in a relative clause set off by commas on the sentence's subject name, is what
# the actor is known for, not the deed the sentence tells; the same act as the sentence's own deed stays help.
@pytest.mark.issue(18)
def test_a_helpful_act_told_in_passing_is_no_praise():
    passage = "Norway, which hosts many refugees, has proposed another conference on the fishing quotas."
    _, reasons = author_polarity(_CLINIC(passage), "Norway")
    assert not has_reason(reasons, "helpful act"), reasons


@pytest.mark.issue(18)
def test_the_same_helpful_act_as_the_sentence_deed_stays_help():
    _, reasons = author_polarity(_CLINIC("Norway hosts many refugees in its northern towns."), "Norway")
    assert has_reason(reasons, "helpful act 'host'"), reasons


# 8. Blocking the very measure the writer asks for (the closing of _DAIRY: "Fine the quarry owners ...").
@pytest.mark.issue(18)
def test_blocking_what_the_writer_asks_for_counts_against_the_blocker():
    passage = "Twice this year the Hollin Regional Assembly blocked a new round of fines on the quarry owners."
    polarity, reasons = author_polarity(_DAIRY(passage), "Hollin Regional Assembly")
    assert polarity < -0.2, (polarity, reasons)
    assert has_reason(reasons, "blocks what the writer asks 'block fine'"), reasons


@pytest.mark.issue(18)
def test_blocking_something_the_writer_does_not_ask_for_is_no_evidence():
    passage = "Twice this year the Hollin Regional Assembly blocked the new motorway through the valley."
    _, reasons = author_polarity(_DAIRY(passage), "Hollin Regional Assembly")
    assert not has_reason(reasons, "blocks what the writer asks"), reasons


# 9. Praise carried in a comparison with the others: "which is more than most did", "cases that no one else would
# touch"; not "no more than most did", not cases others wanted.
@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,reason", [
    (_DAIRY, "The Hill Farmers' Union wrote to the minister every month, which is more than most did.",
     "Hill Farmers' Union", "more than most 'write'"),
    (_CLINIC, "The Kestrel Legal Clinic has taken on cases that no one else would touch.", "Kestrel Legal Clinic",
     "did the work others skipped 'case'"),
])
def test_praise_carried_by_a_comparison_with_the_others(piece, passage, actor, reason):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, reason), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,reason", [
    (_DAIRY, "The Hill Farmers' Union wrote to the minister once, which is no more than most did.",
     "Hill Farmers' Union", "more than most"),
    (_CLINIC, "The Kestrel Legal Clinic has taken on cases that every other firm wanted.", "Kestrel Legal Clinic",
     "did the work others skipped"),
])
def test_no_praise_without_the_comparison(piece, passage, actor, reason):
    _, reasons = author_polarity(piece(passage), actor)
    assert not has_reason(reasons, reason), reasons


# 10. The writer asks others to join an actor in a deed: the actor is the example; joining a body, or a joining
# told as done, is no such request.
@pytest.mark.issue(18)
def test_asking_others_to_join_an_actor_in_a_deed_favours_it():
    passage = "We call on the county councils to join the Ashby Borough Council in refusing the incinerator."
    polarity, reasons = author_polarity(_CLINIC(passage), "Ashby Borough Council")
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, "example to join 'join ... in refuse'"), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage,actor", [
    ("We call on the county councils to join the Regional Waste Partnership.", "Regional Waste Partnership"),
    ("The county councils joined the Ashby Borough Council in refusing the incinerator.", "Ashby Borough Council"),
])
def test_joining_a_body_or_a_joining_told_is_no_example(passage, actor):
    _, reasons = author_polarity(_CLINIC(passage), actor)
    assert not has_reason(reasons, "example to join"), reasons


# 11. "asked the right question(s)": an ordinary judging phrase.
@pytest.mark.issue(18)
def test_asking_the_right_question_is_praise():
    polarity, reasons = author_polarity(_CLINIC("The Eastfield Tenants' Federation asked the right question in public."),
                                        "Eastfield Tenants' Federation")
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, "evaluative 'asked the right question'"), reasons

"""Review fixes of round 30's first wave (round 30f1): the guessed targets of round 30e6, the retold doers of
round 30e7, the op-ed attack evidence of round 30o2 and the callee timer of round 30s1 (docs/events.md,
docs/rhetoric.md, docs/architecture.md). Texts written for this project; each test fails on the code before."""

from __future__ import annotations

import textwrap

import pytest
from conftest import actor_names, author_stance, benchmark, event_with_word, has_reason, opinion_piece, toy_module



# --- 1. a hostile act guessed from an earlier sentence: never the counterpart of a friendly event ------

HOSTED = ("BAMAKO, May 4 (Sahel Wire) - Mali's president hosted Guinea's president in Bamako on Friday. "
          "On Sunday Spain's foreign minister Jose Manuel Albares announced new visa rules for West African "
          "travellers. Mali {sentence}\n")


@pytest.mark.parametrize("sentence, type_, trigger", [
    ("condemned the decision.", "ACCUSE", "condemned"),
    # a demand: not the counterpart of a meeting either (the reviewer's open case)
    ("demanded an explanation.", "REQUEST", "demanded")])
def test_a_hostile_guess_skips_the_guest_of_a_visit(pipeline, sentence, type_, trigger):
    doc = pipeline(HOSTED.format(sentence=sentence))
    found = event_with_word(doc, type_, trigger)
    assert "GIN" not in {a.country for a in doc.actors if a.id in found.target}, actor_names(doc, found.target)


# --- 2. a later telling of the act gives its doer only in the sentence, or of the type on a shared victim ---

SEPARATE = ("ADDIS ABABA, May 4 (Horn Wire) - Two Ethiopian journalists were arrested in Addis Ababa on Monday. "
            "In a separate case, Eritrean troops detained twelve Ethiopian farmers near Badme on Thursday.\n")


def test_a_later_case_on_other_victims_of_the_country_gives_no_doer(pipeline):
    doc = pipeline(SEPARATE)
    found = event_with_word(doc, "COERCE", "arrested")
    assert "ERI" not in {a.country for a in doc.actors if a.id in found.source}, actor_names(doc, found.source)


# --- 3-10. op-ed attack evidence: the forms of round 30o2 where they do not attack --------------------

_ISLAND = opinion_piece(
    "The pier is ours\n\nBy a ferry skipper from Inish Mor\n\n",
    "The pier at Kilronan has served the island for a hundred years. This spring the ferries ran on time.",
    "The pier will see another hundred years. We will be there to tie up the boats.")
_TRUST = "Inish Harbour Trust"


def _reasons(passage: str) -> list[str]:
    stance = author_stance(_ISLAND(passage))
    record = next((s for name, s in stance.items() if _TRUST.lower() in name.lower()), None)
    return list(record.reasons) if record is not None else []


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage,start", [
    # 3. "Some NN:" opens a plain note unless it echoes the sentence before
    ("The Inish Harbour Trust rebuilt the slipway. Some context: the old one dated from 1890.", "sarcasm"),
    ("The Inish Harbour Trust bought the pier in 1990. Some history: it was built by the Congested Districts "
     "Board.", "sarcasm"),
    # 4. a bare "It will not." agreeing with a negative claim
    ("The Inish Harbour Trust says the pier will not close. It will not.", "rebuttal"),
    # 5. "cheap" as low-priced; worth nothing only under a condition
    ("The Inish Harbour Trust's cheap offer of berths saved the season.", "hollow words"),
    ("Without the grant, the Inish Harbour Trust's offer would be worth nothing.", "hollow words"),
    # 6. someone else's gain put first; "put ... before" a forum
    ("The Inish Harbour Trust put the fishermen's money before its own comfort.", "gain first"),
    ("The Inish Harbour Trust cares only about the islanders' money.", "gain first"),
    ("The Inish Harbour Trust put its profits before the annual meeting for approval.", "gain first"),
    # 7. a partner "in" a deed is a participant
    ("The Inish Harbour Trust was no partner in the sale of the pier.", "no friend"),
    # 8. a negated verb that does not deny the cause
    ("The Inish Harbour Trust blames the storm. The storm did not spare a single boat.", "rebuttal"),
    # 9. a name for people quoted with approval
    ("The Inish Harbour Trust calls its volunteers \"the night watch\", and they have earned the name.",
     "its words in scare quotes"),
    # 10. records hidden to protect people
    ("The Inish Harbour Trust hid the files of the islanders from the bailiffs.", "harmful deed"),
])
def test_no_attack_where_the_form_does_not_attack(passage, start):
    reasons = _reasons(passage)
    assert not has_reason(reasons, start), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage,reason", [
    # the forms that still attack
    ("The Inish Harbour Trust calls itself a friend of the island. Some friend: it sold the moorings.",
     "sarcasm 'some friend'"),
    ("The Inish Harbour Trust says the pier is safe. It is not: the north wall cracked in March.",
     "rebuttal 'is not' of its claim"),
    ("The Inish Harbour Trust's promises are cheap.", "hollow words 'cheap promise'"),
    ("The Inish Harbour Trust put its profits before the island.", "gain first 'put profit'"),
    ("The Inish Harbour Trust is no partner of this island.", "no friend 'partner'"),
    ("The Inish Harbour Trust blames the fee rise on the storm. The storm did not raise the fees.",
     "rebuttal of its excuse 'storm'"),
    # 10. a compound on a record noun, as the old lemma entries read it
    ("The Inish Harbour Trust withheld the data logs from the harbour board.", "harmful deed 'withhold"),
    ("The Inish Harbour Trust hid the evidence bags from the inspectors.", "harmful deed 'hide"),
    ("The Inish Harbour Trust withheld the files from the inquiry.", "harmful deed 'withhold file'"),
])
def test_the_attacking_forms_still_count(passage, reason):
    reasons = _reasons(passage)
    assert has_reason(reasons, reason), reasons


def test_told_deeds_is_read_only():
    from communique.rhetoric.stance_evidence import told_deeds

    deeds, _wrongs, classes = told_deeds()
    with pytest.raises(TypeError):
        deeds["hide"] = ()
    with pytest.raises(TypeError):
        classes["record"] = frozenset()
    assert "file" not in classes["record"] and "report" in classes["record"]


# --- 11. one set of sentence ends for a fragment and a denial ----------------------------------------

def test_fragment_and_denial_ends_are_one_set():
    from communique.rhetoric import stance_evidence as se

    assert se._FRAGMENT_ENDS - se._DENIAL_ENDS == {","}
    assert se._RINGING_VERBS > se._BEING_VERBS


# --- 12. a guessed plural stands for the pair of the last mention that counts two ---------------------
# (the docstring is fixed, not the loop: going back past a later plain "governments" measures no worse and
# reads this text right; this test passes before and after)

PAIR = ("LUSAKA, June 9 (Copper Wire) - Malawi closed its border with Mozambique on Monday after a cholera "
        "outbreak. The Southern African Development Community called on both governments to coordinate their "
        "response, saying that governments must act fast, and offered to host an emergency meeting of health "
        "ministers.\n")


def test_pair_guess_reads_past_a_later_plain_plural(pipeline):
    doc = pipeline(PAIR)
    found = event_with_word(doc, "CONSULT", "host")  # "offered" before round 31e10 (the host of a visit acts)
    assert actor_names(doc, found.target) == {"Malawi", "Mozambique"}, actor_names(doc, found.target)


# --- 13. the callee timer: a callee two targets share is wrapped once and put back ------------------

TOY = textwrap.dedent('''
    def leaf(x):
        return x + 1


    def first(x):
        return leaf(x)


    def second(x):
        return leaf(x) + first(x)
''')


@pytest.fixture()
def toy(tmp_path, monkeypatch):
    return toy_module(tmp_path, monkeypatch, "toy_round30f1", TOY)


def test_shared_callee_wrapped_once_and_restored(toy):
    profile = benchmark("profile_stages")
    leaf, first = toy.leaf, toy.first
    stats, _wrap, undo = profile.timed_callees(["toy_round30f1:first", "toy_round30f1:second"])
    assert toy.leaf.__wrapped__ is leaf  # one wrapper, around the original
    assert toy.second(1) == 4
    assert stats["leaf"][1] == 2  # each call counted once
    assert "leaf" in profile.called_names(toy.first)  # the source of the original, read through the wrapper
    undo()
    assert toy.leaf is leaf and toy.first is first


# --- the second review: a possessive pronoun's gain is the doer's own, whoever the parser takes it for ---

def test_its_gain_put_first_counts_when_the_doer_reads_as_a_person():
    stance = author_stance("By Jane Smith\n\nBrackwater blames the delays on the weather. "
                           "Brackwater put its profits before the town.\n")
    reasons = [r for s in stance.values() for r in s.reasons]
    assert has_reason(reasons, "gain first 'put profit'"), reasons

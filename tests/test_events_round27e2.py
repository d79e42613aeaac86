"""Events of round 27e2 (precision on whole documents): one act told twice in a sentence (a
predicate noun restating its subject, an act noun given as a label, the raid an abduction was
carried out in, the toll of an attack), an act in a condition with no subject ("if asked"), a kind
of act or of place ("An attack on a hospital is a war crime", "hospitals must be places of
safety"), arming a militia typed AID, and a vowed hostile act as a threat. Sentences written for this project, with negatives."""

from __future__ import annotations

import pytest

from conftest import analyse_dated, event_cues


def _types(doc) -> list[str]:
    return [e.type for e in doc.events]


# --- 1. acts told twice, or by nobody: whole pipeline -------------------------------------------

# (text, type that must not be coded, why)
DROPPED = [
    ("The ambush was the second attack on a police convoy in Garissa this month.", "ASSAULT", "restated"),
    ("Seoul called the launch an attack on regional peace.", "ASSAULT", "label"),
    ("Norway said it would send mediators to Juba if asked.", "REQUEST", "elliptic condition"),
    ("An attack on a hospital is a war crime.", "ASSAULT", "generic instance"),
    ("The Kenyan minister said hospitals must be places of safety.", "REQUEST", "norm for a kind"),
]


@pytest.mark.parametrize("text,type_,why", DROPPED)
def test_told_twice_or_by_nobody_is_not_coded(pipeline, text, type_, why):
    doc = analyse_dated(pipeline, text)
    assert type_ not in _types(doc), (why, event_cues(doc))


# (text, type that stays, why)
KEPT = [
    ("Yerevan condemned what it called an unprovoked attack by Azerbaijani troops on its border posts.",
     "ASSAULT", "the label is the only name of the act"),
    ("Norway said it would send mediators if the Sudanese government asked for them.", "REQUEST",
     "the condition names who asks"),
    ("An attack on the hospital in Sumy was a war crime, Ukraine said.", "ASSAULT", "one act, in the past"),
    ("The Kenyan minister said the hospitals in Mandera must be places of safety.", "REQUEST",
     "the hospitals named"),
    ("Uganda said Rwanda must be more transparent about its troops.", "REQUEST", "a named addressee"),
    ("Police arrested forty protesters in Lilongwe, killing two of them.", "ASSAULT", "no attack before it"),
]


@pytest.mark.parametrize("text,type_,why", KEPT)
def test_one_act_named_once_stays(pipeline, text, type_, why):
    doc = analyse_dated(pipeline, text)
    assert type_ in _types(doc), (why, event_cues(doc))


def test_toll_of_an_exchange_of_fire_stays(pipeline):
    """Two sides firing: the gold codes each side's act, and the toll may be the other side's."""
    doc = analyse_dated(pipeline, "Kyrgyz and Tajik border guards exchanged fire near Isfara, killing two Kyrgyz "
                                  "servicemen and a Tajik officer.")
    assert [e.type for e in doc.events].count("ASSAULT") == 2, event_cues(doc)


def test_toll_of_a_strike_is_the_strike(pipeline):
    doc = analyse_dated(pipeline, "A missile struck a fuel depot outside Kharkiv, killing two guards.")
    assert [e.trigger.text for e in doc.events if e.type == "ASSAULT"] == ["struck"], event_cues(doc)


# --- 2. setting and toll of an act of force: the helpers, on a parse ----------------------------

def _token(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize("text,verb,verb_type,noun,retold", [
    ("Armed men kidnapped four engineers in a night raid near Bunia.", "kidnapped", "ASSAULT", "raid", True),
    ("Soldiers detained nine traders during a raid on the market.", "detained", "COERCE", "raid", True),
    ("Kenyan police freed three hostages in a raid on a farm.", "freed", "RETREAT", "raid", False),
])
def test_setting_of_force(nlp, text, verb, verb_type, noun, retold):
    from communique.events.extract import _setting_of_force

    doc = nlp(text)
    kept = {_token(doc, verb).i: {verb_type}}
    assert _setting_of_force(_token(doc, noun), kept) is retold


@pytest.mark.parametrize("text,attack,toll,retold", [
    ("A drone hit the refinery near Zinder, setting fire to a fuel tank and killing three workers.", "hit", "killing",
     True),
    ("Kenya condemned the shelling of the camp by the rebels, which killed nine civilians.", "shelling", "killed",
     True),
    ("Rebels shelled the camp and the army killed six of them.", "shelled", "killed", False),
])
def test_toll_of_attack(nlp, text, attack, toll, retold):
    from communique.events.extract import _toll_of_attack

    doc = nlp(text)
    kept = {_token(doc, attack).i: {"ASSAULT"}}
    assert _toll_of_attack(_token(doc, toll), kept) is retold


def test_toll_needs_a_kept_attack(nlp):
    from communique.events.extract import _toll_of_attack

    doc = nlp("A drone hit the refinery near Zinder, killing three workers.")
    assert not _toll_of_attack(_token(doc, "killing"), {})


# --- 3. arming a militia is aid to it; arming one's civilians is mobilising them ----------------

@pytest.mark.parametrize("text,type_,absent", [
    ("Juba accused Khartoum of arming tribal militias in Abyei.", "AID", "MOBILIZE"),
    ("The Malian government began arming civilians in the border villages.", "MOBILIZE", "AID"),
])
def test_arming_typed_by_whom(pipeline, text, type_, absent):
    doc = analyse_dated(pipeline, text)
    assert type_ in _types(doc) and absent not in _types(doc), event_cues(doc)


# --- 4. a hostile act vowed is a threat made now ------------------------------------------------

@pytest.mark.parametrize("text,act", [
    ("The Ambazonia Restoration Army refused to put its name to the deal and vowed to keep fighting.", "ASSAULT"),
    ("Minsk vowed to expel more Polish diplomats.", "SANCTION"),
])
def test_vowed_hostile_act_is_a_threat(pipeline, text, act):
    doc = analyse_dated(pipeline, text)
    threats = [e for e in doc.events if e.type == "THREATEN"]
    assert threats and threats[0].mode == "asserted", event_cues(doc)
    assert act not in _types(doc) and "AGREE" not in _types(doc), event_cues(doc)


def test_pledged_aid_stays_intended(pipeline):
    doc = analyse_dated(pipeline, "Japan pledged to train Philippine coast guard crews.")
    assert [(e.type, e.mode) for e in doc.events] == [("AID", "intended")], event_cues(doc)

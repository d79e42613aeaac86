"""Stance evidence rules, holders and folding; technique holders and designations (issue 18)."""

from __future__ import annotations

import pytest

from communique import analyze
from communique.document import Actor, Attribution, Document, Event, Quote, Trigger
from communique.rhetoric.stance import fold_map
from communique.rhetoric.stance_evidence import find_evidence


def _author(document, name):
    ids = {a.id for a in document.actors if a.name == name}
    return [s for s in document.stance if s.holder == "author" and s.target in ids]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,name,sign,reason", [
    ("The treachery of Paris shocked its allies.", "Paris", -1, "evaluative 'treachery'"),
    ("Minsk is a puppet regime.", "Belarus", -1, "name-calling"),
    ("Hungary played the spoiler for Moscow again.", "Hungary", -1, "name-calling 'spoiler'"),
    ("We stand with Ukraine.", "Ukraine", 1, "side-taking 'stand with'"),
    ("Lithuania has been brave and principled.", "Lithuania", 1, "evaluative"),
    ("Lithuania has not been brave.", "Lithuania", -1, "evaluative 'brave'"),
    ("Rome sheds crocodile tears for the migrants it turned back.", "Italy", -1, "sarcasm 'crocodile tears'"),
])
def test_stance_evidence_rule_gives_sign_and_reason(text, name, sign, reason):
    document = analyze(text)
    found = _author(document, name)
    assert found, [(a.name, a.id) for a in document.actors]
    assert (found[0].polarity > 0) == (sign > 0) and found[0].polarity != 0
    assert any(reason in r for r in found[0].reasons), found[0].reasons
    assert len(found[0].reasons) == len(found[0].evidence)


@pytest.mark.issue(18)
def test_stance_quoted_speakers_words_are_not_the_authors(nlp):
    text = 'Nobody expected it. "Kyiv is a puppet regime," Lavrov said.'
    q0, q1 = text.index('"') + 1, text.rindex('"')
    k, lv = text.index("Kyiv"), text.index("Lavrov")
    actors = [Actor("a1", "Ukraine", "state", "UKR", mentions=((k, k + 4),), key="UKR"),
              Actor("a2", "Sergei Lavrov", "person", "RUS", "GOV", mentions=((lv, lv + 6),))]
    quote = Quote("q1", "direct", text[q0:q1], q0, q1, "a2", "Lavrov", "said")
    items = find_evidence(Document(text=text, actors=actors, quotes=[quote]), nlp(text))
    assert {(e.holder, e.target, e.sign) for e in items} == {("a2", "a1", -1)}


@pytest.mark.issue(18)
def test_stance_events_accusation_and_asserted_hostile_act(nlp):
    text = "Poland accused Belarus of pushing migrants. Belarus attacked the border post."
    p, b1, b2 = text.index("Poland"), text.index("Belarus"), text.rindex("Belarus")
    actors = [Actor("a1", "Poland", "state", "POL", mentions=((p, p + 6),), key="POL"),
              Actor("a2", "Belarus", "state", "BLR", mentions=((b1, b1 + 7), (b2, b2 + 7)), key="BLR")]
    accuse = text.index("accused")
    attack = text.index("attacked")
    events = [
        Event("e1", "ACCUSE", "asserted", ("a1",), ("a2",), Trigger(accuse, accuse + 7, "accused"), (0, 44)),
        Event("e2", "ASSAULT", "asserted", ("a2",), (), Trigger(attack, attack + 8, "attacked"), (44, len(text)),
              attribution=Attribution("author", None)),
        Event("e3", "ASSAULT", "negated", ("a1",), (), Trigger(attack, attack + 8, "attacked"), (44, len(text)),
              attribution=Attribution("author", None)),
    ]
    items = find_evidence(Document(text=text, actors=actors, events=events), nlp(text))
    got = {(e.holder, e.target, e.sign, e.reason.split(" (")[0]) for e in items if e.reason.startswith(("event", "the"))}
    assert ("a1", "a2", -1, "event ACCUSE") in got
    assert ("author", "a2", -1, "the author asserts ASSAULT") in got
    assert not any(t == "a1" for _, t, _, _ in got)  # a negated act accuses nobody


@pytest.mark.issue(18)
def test_stance_folds_capital_government_and_leader():
    actors = [Actor("a1", "Russia", "state", "RUS", "GOV", key="RUS"),
              Actor("a2", "Moscow", "location", "RUS", key="place:moscow"),
              Actor("a3", "Russian government", "organization", "RUS", "GOV", key="RUS:GOV"),
              Actor("a4", "Vladimir Putin", "person", "RUS", "GOV", "President", key="person:vladimir-putin"),
              Actor("a5", "Russian mercenaries", "armed_group", "RUS", "UAF", key="RUS:UAF"),
              Actor("a6", "Bamako", "location", "MLI", key="place:bamako"),
              Actor("a7", "Timbuktu", "location", "MLI", key="place:timbuktu")]
    folded, leaders = fold_map(actors)
    assert folded == {"a2": "a1", "a3": "a1"}  # Bamako has no state actor to fold into
    assert leaders == {"a4": "a1"}


@pytest.mark.issue(18)
def test_stance_capital_counts_for_the_state():
    document = analyze("Russia claims to want peace, but the Kremlin's treachery is plain to see.")
    names = {a.id: a.name for a in document.actors}
    author = {names[s.target]: s for s in document.stance if s.holder == "author"}
    assert "Kremlin" not in author and author["Russia"].polarity < 0


@pytest.mark.issue(18)
@pytest.mark.parametrize("text", [
    "The United States designated the group a terrorist organisation in 2019.",
    "The court convicted him of terrorism and sentenced him to ten years.",
    "The movement was listed as an extremist organisation last year.",
])
def test_techniques_designations_are_not_name_calling(text):
    document = analyze(text)
    assert not [t for t in document.techniques if t.technique == "Name_Calling,Labeling"], document.techniques


@pytest.mark.issue(18)
def test_techniques_name_calling_still_found_when_not_a_designation():
    document = analyze("These terrorists in Damascus call themselves a government.")
    assert [t for t in document.techniques if t.technique == "Name_Calling,Labeling"]


@pytest.mark.issue(18)
def test_techniques_carry_the_quoted_speakers_holder():
    document = analyze('The foreign minister Sergei Lavrov said: "The regime in Kyiv is a gang of thugs."')
    speakers = {q.speaker for q in document.quotes}
    held = {t.holder for t in document.techniques if t.technique == "Name_Calling,Labeling"}
    assert held and held <= speakers - {None}, (document.techniques, document.quotes)


@pytest.mark.issue(18)
def test_techniques_political_labels_are_found():
    document = analyze("They held a sham referendum under the guns of an occupier.")
    found = {(t.technique, t.text) for t in document.techniques}
    assert ("Loaded_Language", "sham referendum") in found
    assert any(tech == "Name_Calling,Labeling" and "occupier" in text for tech, text in found)


@pytest.mark.issue(18)
def test_stance_passages_give_the_stance_per_paragraph():
    text = ("We stand with Ukraine.\n\nThe treachery of the Kremlin is plain.\n\n"
            "Russia is a rogue state that lies.")
    document = analyze(text)
    names = {a.id: a.name for a in document.actors}
    russia = next(s for s in document.stance if s.holder == "author" and names[s.target] == "Russia")
    assert [(text[a:b][:13], p < 0) for a, b, p in russia.passages] == [("The treachery", True),
                                                                        ("Russia is a r", True)]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,name,sign,reason", [
    # pronoun: "its" and "it" stand for the subject actor of the sentence before
    ("Portugal kept its promises. Its diplomats acted wisely when it hosted the talks.", "Portugal", 1,
     "evaluative 'wisely'"),
    # an adverb on the verb is about the verb's subject
    ("Chile rightly refused to sign the deal.", "Chile", 1, "evaluative 'rightly'"),
    # what the actor deserves
    ("Jordan deserves recognition for hosting so many refugees.", "Jordan", 1, "deserves 'recognition'"),
    # a "with" phrase on the verb
    ("Ghana handled the outbreak with courage.", "Ghana", 1, "evaluative 'courage'"),
])
def test_stance_evidence_round_rules(text, name, sign, reason):
    found = _author(analyze(text), name)
    assert found
    assert (found[0].polarity > 0) == (sign > 0) and abs(found[0].polarity) > 0.2
    assert any(reason in r for r in found[0].reasons), found[0].reasons


@pytest.mark.issue(18)
def test_stance_passive_verb_is_about_its_agent_not_its_subject():
    document = analyze("Kenya has been insulted and punished by Brussels for its neutrality.")
    reasons = [r for s in _author(document, "Kenya") for r in s.reasons]
    assert not [r for r in reasons if "insult" in r or "punish" in r], reasons


@pytest.mark.issue(18)
def test_stance_demand_to_stop_counts_for_every_conjoined_addressee():
    document = analyze("We urge Argentina and Uruguay to end their trade dispute immediately.")
    for name in ("Argentina", "Uruguay"):
        found = _author(document, name)
        assert found and found[0].polarity < 0, (name, [(a.name, a.id) for a in document.actors])


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,name", [
    # a doer noun's "of" object is the doer's act
    ("Karl Rask is a liar. He is the author of a war of conquest.", "Karl Rask"),
    ("Anna Berg, the architect of the cruel blockade, resigned on Monday.", "Anna Berg"),
])
def test_stance_doer_noun_takes_the_blame_for_its_act(text, name):
    found = _author(analyze(text), name)
    assert found and found[0].polarity < -0.2, found


@pytest.mark.issue(18)
def test_stance_by_phrase_on_judging_verb_names_the_doer_not_the_victim():
    document = analyze("We strongly condemn the repeated violations of the airspace of Chile by Bolivia.")
    reasons = [r for s in _author(document, "Chile") for r in s.reasons]
    assert not [r for r in reasons if "condemn" in r], reasons
    bolivia = _author(document, "Bolivia")
    assert bolivia and bolivia[0].polarity < 0 and any("condemn" in r for r in bolivia[0].reasons)


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,name,reason", [
    # a demonstrative opening a sentence stands for the actor of the sentence before
    ("Ecuador has proposed a truce and new talks. These are sensible positions.", "Ecuador", "evaluative 'sensible'"),
    # the quality an example shows is said of the one who offers it
    ("Uruguay has offered a fine example of calm.", "Uruguay", "evaluative 'calm'"),
])
def test_stance_demonstrative_and_example_of(text, name, reason):
    found = _author(analyze(text), name)
    assert found and found[0].polarity > 0.2 and any(reason in r for r in found[0].reasons), found


@pytest.mark.issue(18)
def test_stance_relative_that_is_no_demonstrative():
    document = analyze("Peru signed the accord. The accord created a court that is a disgrace.")
    reasons = [r for s in _author(document, "Peru") for r in s.reasons]
    assert not [r for r in reasons if "disgrace" in r], reasons

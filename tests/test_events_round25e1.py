"""Events of round 25e1 (docs/events.md, "Round 25e1: quoted labels and the means of an act"): an
actor's quoted label for another's act or claim ("described the claims as 'pure invention'") is an
ACCUSE, or a REJECT when what it labels is a claim; a raid, an offensive or a crackdown in which a
clause's subject does another act ("freed six hostages in a raid") is that subject's act too; and
the sentences where the same words are praise, a passing relative, a victim's verb or one act.
Texts written for this project."""

from __future__ import annotations

from conftest import event_cues, probe_tests

# (expected type, sentence): found
PROBES: list[tuple[str, str]] = [
    # a quoted label
    ("REJECT", 'Ghana described the claims as "pure invention".'),
    ("ACCUSE", 'Lithuania called the expulsion of its consul "a gesture of open hostility".'),
    ("ACCUSE", 'Pakistan described India\'s new dam as "a weapon aimed at our farmers".'),
    ("ACCUSE", 'Ghana said it would appeal and described the ruling as "a political verdict".'),
    ("ACCUSE", 'Chile called Argentina\'s fishing ban "a blow to every family on the coast".'),
    # the means of another act
    ("ASSAULT", "Chadian soldiers rescued twelve villagers during an offensive against Boko Haram."),
    ("COERCE|ASSAULT", "Nigerien troops freed six hostages in a raid inside Burkina Faso."),
    ("ASSAULT", "Kenyan troops freed four aid workers in an offensive on an al-Shabaab camp near Kismayo."),
]

# (type that must NOT be found, sentence): the same words, no event of the type
NEGATIVES: list[tuple[str, str]] = [
    ("ACCUSE", 'Kenya called the talks "constructive and useful".'),
    ("ACCUSE", 'Kenya called the agreement "a new chapter" in relations with Ethiopia.'),
    ("ACCUSE", 'Peru thanked Chile for what it called "a generous welcome".'),
    ("ACCUSE", 'The general was called "the Lion of the North" by his troops.'),
    ("ACCUSE", 'Egypt described the proposal as "fair and balanced".'),
    ("ASSAULT", "The minister spoke about the raid in an interview."),
]


test_probe_sentence_has_its_type, test_same_words_with_no_event = probe_tests(PROBES, NEGATIVES)


def _parties(doc, type_):
    names = {a.id: a.name for a in doc.actors}
    return [([names[i] for i in e.source], [names[i] for i in e.target]) for e in doc.events if e.type == type_]


def test_label_is_the_speakers_accusation_of_the_maker(pipeline):
    doc = pipeline('Pakistan described India\'s new dam as "a weapon aimed at our farmers".')
    assert any("Pakistan" in s and "India" in t for s, t in _parties(doc, "ACCUSE")), event_cues(doc)


def test_means_of_act_is_done_by_the_clause_subject(pipeline):
    doc = pipeline("Chadian soldiers rescued twelve villagers during an offensive against Boko Haram.")
    assert any(any("Chad" in n for n in s) for s, _t in _parties(doc, "ASSAULT")), event_cues(doc)


def test_victims_verb_gives_no_doer(pipeline):
    doc = pipeline("Two Malian soldiers died in a raid on the base.")
    assert not any(any("Mali" in n for n in s) for typ in ("ASSAULT", "COERCE") for s, _t in _parties(doc, typ)), \
        event_cues(doc)


def test_means_of_the_same_type_is_one_act(pipeline):
    doc = pipeline("Colombian police arrested 40 smugglers in a crackdown near the border.")
    assert [e.type for e in doc.events].count("COERCE") == 1, event_cues(doc)
    doc = pipeline("Turkish jets killed nine fighters in an air strike on Sinjar.")
    assert [e.type for e in doc.events].count("ASSAULT") == 1, event_cues(doc)


def test_joined_party_does_the_act_too(pipeline):
    doc = pipeline("Canada joined the United States in imposing sanctions on Iran.")
    sources = sorted(n for s, _t in _parties(doc, "SANCTION") for n in s)
    assert sources == ["Canada", "United States"], event_cues(doc)
    doc = pipeline("Syria joined Iraq in calling on Turkey to release more water from its dams.")
    assert {n for s, _t in _parties(doc, "REQUEST") for n in s} >= {"Syria", "Iraq"}, event_cues(doc)


def test_joined_talks_is_one_act(pipeline):
    doc = pipeline("France joined the talks in Geneva on Monday.")
    assert [e.type for e in doc.events].count("CONSULT") == 1, event_cues(doc)


def test_regretted_hostile_act_accuses_its_doer(pipeline):
    doc = pipeline("Norway regrets that Russia expelled three Norwegian diplomats last week.")
    assert ("Norway" in [n for s, t in _parties(doc, "ACCUSE") for n in s] and
            any("Russia" in t for _s, t in _parties(doc, "ACCUSE"))), event_cues(doc)
    doc = pipeline("Ghana regretted that Togolese troops had shelled the border village.")
    assert _parties(doc, "ACCUSE") and _parties(doc, "ASSAULT"), event_cues(doc)


def test_regretted_outcome_or_own_act_accuses_nobody(pipeline):
    for text in ("Kenya regrets that the talks were delayed by bad weather.",
                 "Mali does not regret that it expelled the French ambassador."):
        doc = pipeline(text)
        assert not _parties(doc, "ACCUSE"), event_cues(doc)

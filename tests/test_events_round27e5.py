"""Events of the twenty-seventh round (e5): news recall by rules (docs/events.md, "Round 27e5"):
an "it" after a speaker's reported clause, a group noun with a relative clause, a headline's -s
verb read as a compound after a name. Texts written for this project, with negatives."""

from __future__ import annotations

import pytest

from conftest import actor_countries, event_cues, events_of


def _pairs(doc, type_: str) -> list[tuple[set, set]]:
    """(source countries, target countries) of each event of ``type_``."""
    return [(actor_countries(doc, e.source), actor_countries(doc, e.target)) for e in events_of(doc, type_)]


def _source_names(doc, type_: str) -> list[set]:
    by = {a.id: a.name for a in doc.actors}
    return [{by[i] for i in e.source} for e in events_of(doc, type_)]


# 1. "It" after a sentence whose main subject is a person: the body of that person's reported clause.

@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("Chad walked out of the regional summit in Niamey on Friday. On Saturday, the government spokesman, "
     "Idriss Mahamat, said in N'Djamena that the country would review its ties with the bloc. "
     "It would recall its ambassador from Niger, he said.", "SANCTION", "TCD", "NER"),
    ("Mali's foreign minister said on Monday that Bamako would expel the French ambassador. "
     "It also accused Paris of arming the rebels in the north.", "ACCUSE", "MLI", "FRA"),
])
def test_it_stands_for_the_body_of_the_reported_clause(pipeline, text, type_, source, target):
    doc = pipeline(text)
    assert any(source in s and target in t for s, t in _pairs(doc, type_)), event_cues(doc)


def test_it_after_a_meeting_finds_no_body(pipeline):
    # the sentence before reports no clause: "it" stays unresolved, no accusation by Mali
    doc = pipeline("Mali's foreign minister met the French ambassador in Bamako on Monday. "
                   "It also accused Paris of arming the rebels in the north.")
    assert not any("MLI" in s for s, _ in _pairs(doc, "ACCUSE")), event_cues(doc)


def test_it_after_a_reported_person_finds_no_body(pipeline):
    # the reported clause's subject is a person, not a body "it" can stand for
    doc = pipeline("Mali's foreign minister said on Monday that President Goita would travel to Dakar. "
                   "It also accused Paris of arming the rebels in the north.")
    assert not any("MLI" in s for s, _ in _pairs(doc, "ACCUSE")), event_cues(doc)


# 2. "The group that held them": a group noun with a relative clause is the armed group named before.

def test_group_with_a_relative_clause_is_the_armed_group(pipeline):
    doc = pipeline("Al-Shabaab militants seized two Kenyan engineers near Mandera in March. The group that "
                   "held the engineers said in a statement on Monday that it had released them. It also "
                   "threatened to seize more foreigners if its fighters were not freed.")
    assert any("al-Shabaab" in {n for n in s} for s in _source_names(doc, "THREATEN")), event_cues(doc)


def test_group_with_a_complement_is_no_armed_group(pipeline):
    # "the group of farmers" has a complement of its own: not the militants named before
    doc = pipeline("Al-Shabaab militants attacked a convoy near Mandera in March. The group of farmers that "
                   "lost their land threatened to block the road to the border.")
    assert not any("al-Shabaab" in s for s in _source_names(doc, "THREATEN")), event_cues(doc)


# 3. A headline's -s verb read as a compound noun right after a name, before its object.

@pytest.mark.parametrize(("text", "type_"), [
    ("Army shells border villages near Jalalabad, Kabul summons envoy", "ACCUSE"),
    ("Algeria brokers release of two Malian officials held in Niger", "CONSULT"),
])
def test_headline_verb_read_as_compound(pipeline, text, type_):
    doc = pipeline(text)
    assert events_of(doc, type_), event_cues(doc)


@pytest.mark.parametrize("text", [
    "Bank of England reserves fall to record low",
    "Kenya Airways pilots strike over pay, government reserves talks",
])
def test_headline_nouns_stay_nouns(pipeline, text):
    doc = pipeline(text)
    assert not doc.events, event_cues(doc)


# 4. The act a third party brokered is an event of its own beside the mediation.

def test_brokered_release_is_its_own_event(pipeline):
    doc = pipeline("Norway brokers release of two Swedish hostages held in Mali")
    assert events_of(doc, "CONSULT") and events_of(doc, "RETREAT"), event_cues(doc)


def test_rejected_request_stays_no_event(pipeline):
    # the object of a judging verb, not of a brokering one: the request is what was rejected
    doc = pipeline("Kenya rejected the Somali request on Monday.")
    assert not events_of(doc, "REQUEST"), event_cues(doc)


# 5. "Nobody can put pressure on me": the one pressed defies whoever would press.

@pytest.mark.parametrize("text", [
    'Speaking in Geneva, President Ruto said: "Nobody can put pressure on me over this treaty, and '
    'every capital knows it."',
    'Kenya\'s foreign minister said on Monday: "No country will intimidate Kenya."',
])
def test_nobody_can_press_is_defiance(pipeline, text):
    doc = pipeline(text)
    assert any("KEN" in s for s, _ in _pairs(doc, "REJECT")), event_cues(doc)


def test_nobody_pressed_in_the_past_is_no_defiance(pipeline):
    # no modal: a denial that anyone threatened, no defiance
    doc = pipeline("Nobody threatened Kenya, the minister said on Monday.")
    assert not events_of(doc, "REJECT"), event_cues(doc)


# 6. "claim", "contend", "assert" report speech acts as "say" does (``speech_act`` in reporting_verbs.en.tsv).

@pytest.mark.parametrize("verb", ["claimed", "contended", "asserted"])
def test_claimed_meddling_is_an_accusation(pipeline, verb):
    doc = pipeline(f"The opposition in Baghdad {verb} that Iran was meddling in Iraq's affairs.")
    assert any("IRN" in t for _, t in _pairs(doc, "ACCUSE")), event_cues(doc)


def test_claimed_responsibility_is_no_accusation(pipeline):
    doc = pipeline("The rebels claimed responsibility for the attack on the army base near Goma.")
    assert not events_of(doc, "ACCUSE"), event_cues(doc)


# 7. "He can and may declare ...": the verb of the second modal takes the first modal's subject.

@pytest.mark.parametrize(("text", "country"), [
    ("Brazilian President Lula said on Monday he can and may declare a state of siege in three states.", "BRA"),
    ("The Kenyan president told the senate on Tuesday that he can and may declare a state of siege in the north, "
     "a step that would let him rule by decree.", "KEN"),
])
def test_coordinated_modals_share_their_subject(pipeline, text, country):
    doc = pipeline(text)
    assert any(country in s for s, _ in _pairs(doc, "COERCE")), event_cues(doc)


def test_a_modal_of_another_clause_lends_no_subject(pipeline):
    # "and" joins two clauses, each with its own subject: the expulsion is Uganda's
    doc = pipeline("The minister said the rules can change and Uganda may expel the Somali ambassador.")
    assert all(s == {"UGA"} for s, _ in _pairs(doc, "SANCTION")) and events_of(doc, "SANCTION"), event_cues(doc)

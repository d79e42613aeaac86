"""Round 19e (the open round-20 statements): an abbreviation the document itself defines
("the Coalition of Patriots for Change (CPC)") names that body in the document, even where the
knowledge base reads the bare letters as another one. Sentences written for this project."""

from __future__ import annotations

from datetime import date

from conftest import analyse_text

from communique.actors.build import Group, redefine_abbreviations
from communique.actors.resolve import ActorGuess

DAY = date(2026, 12, 1)
OTHER = ActorGuess("Chinese Communist Party", "organization", "CHN", "GOV", None, "group:ccp", "entry")
COALITION = ActorGuess("Coalition of Patriots for Change", "armed_group", "CAF", "REB", None, "group:cpc-car", "entry")


class _Resolver:
    """Resolves only the names it is given."""

    def __init__(self, known):
        self.known = known
        self.asked = []

    def phrase(self, text, day=None):
        self.asked.append(text)
        return self.known.get(text)


def _groups(text: str, *words: str) -> dict:
    spans = [(text.index(w), text.index(w) + len(w)) for w in words]
    return {"group:ccp": Group("group:ccp", [OTHER], spans, list(words))}


def test_defined_abbreviation_moves_the_knowledge_base_reading():
    text = "Envoys of the Coalition of Patriots for Change (CPC) arrived. A CPC fighter was freed."
    groups = _groups(text, "CPC fighter")
    redefine_abbreviations(text, groups, _Resolver({"Coalition of Patriots for Change": COALITION}), DAY)
    assert set(groups) == {"group:cpc-car"}
    assert groups["group:cpc-car"].texts == ["CPC fighter"]


def test_joins_the_group_already_there():
    text = "The Coalition of Patriots for Change (CPC) signed. The CPC will free captives."
    groups = _groups(text, "The CPC")
    at = text.index("Coalition")
    groups["group:cpc-car"] = Group("group:cpc-car", [COALITION], [(at, at + 32)], ["Coalition of Patriots for Change"])
    redefine_abbreviations(text, groups, _Resolver({"Coalition of Patriots for Change": COALITION}), DAY)
    assert set(groups) == {"group:cpc-car"} and len(groups["group:cpc-car"].spans) == 2


def test_capitals_that_do_not_spell_the_letters_change_nothing():
    text = "The Riverside Farmers Union (CPC) met. The CPC Politburo also met."
    groups = _groups(text, "CPC Politburo")
    resolver = _Resolver({"Riverside Farmers Union": COALITION})
    redefine_abbreviations(text, groups, resolver, DAY)
    assert set(groups) == {"group:ccp"} and resolver.asked == []


def test_an_unknown_full_name_changes_nothing():
    text = "The Highland Farmers Cooperative (HFC) met. The CPC spoke."
    groups = _groups(text, "CPC")
    redefine_abbreviations(text, groups, _Resolver({}), DAY)
    assert set(groups) == {"group:ccp"}


def test_a_group_with_other_words_stays():
    text = "The Coalition of Patriots for Change (CPC) met. The Communist Party and the CPC spoke."
    groups = _groups(text, "Communist Party", "CPC spoke")
    redefine_abbreviations(text, groups, _Resolver({"Coalition of Patriots for Change": COALITION}), DAY)
    assert "group:ccp" in groups


def test_a_person_is_not_an_abbreviated_body():
    person = ActorGuess("Carla Perez Campos", "person", None, None, None, "person:x", "entry")
    text = "Carla Perez Campos (CPC) spoke. The CPC met."
    groups = _groups(text, "The CPC")
    redefine_abbreviations(text, groups, _Resolver({"Carla Perez Campos": person}), DAY)
    assert set(groups) == {"group:ccp"}


# the whole pipeline

def _names(doc) -> set[str]:
    return {a.name for a in doc.actors}


def test_rebel_coalition_defined_in_the_text(pipeline):
    doc = analyse_text(pipeline, "Fighters of the Coalition of Patriots for Change (CPC) attacked a police post "
                                 "near Bossangoa on Tuesday. The CPC later accused the army of shelling villages.",
                       "2026-11-20")
    names = _names(doc)
    assert "Coalition of Patriots for Change" in names
    assert "Chinese Communist Party" not in names
    by = {a.id: a for a in doc.actors}
    accuse = [e for e in doc.events if e.type == "ACCUSE"]
    assert accuse and any(by[i].name == "Coalition of Patriots for Change" for e in accuse for i in e.source)


def test_bare_letters_without_a_definition_keep_the_knowledge_base(pipeline):
    doc = analyse_text(pipeline, "The CPC Central Committee opened its plenary session in Beijing on Monday.",
                       "2026-11-20")
    assert "Coalition of Patriots for Change" not in _names(doc)


def test_an_organ_named_with_the_letters_stays_apart():
    organ = ActorGuess("ECCAS Commission", "organization", None, "GOV", None, "org:eccas-commission", "entry")
    body = ActorGuess("Economic Community of Central African States", "organization", None, "GOV", None,
                      "org:eccas", "entry")
    text = "The Economic Community of Central African States (ECCAS) met. The ECCAS Commission will act."
    at = text.index("ECCAS Commission")
    groups = {"org:eccas-commission": Group("org:eccas-commission", [organ], [(at, at + 16)], ["ECCAS Commission"])}
    redefine_abbreviations(text, groups, _Resolver({"Economic Community of Central African States": body}), DAY)
    assert set(groups) == {"org:eccas-commission"}



# a joint document's title names its issuers: "the two sides" of its own sections are they

def _doc(text: str, actors):
    from types import SimpleNamespace

    return SimpleNamespace(text=text, actors=[SimpleNamespace(id=i, kind=k, mentions=[(text.index(w), text.index(w) + len(w))])
                                              for i, k, w in actors])


def test_joint_title_names_the_issuers():
    from communique.stages.events import _joint_title_issuers

    title = "Joint Communique of the Government of Chad and the Front for Change after the talks in Nairobi"
    doc = _doc(title + "\n\nThe two sides met.", [("a2", "armed_group", "Front for Change"), ("a1", "state", "Chad"),
                                                  ("a3", "location", "Nairobi")])
    assert _joint_title_issuers(doc, len(title)) == ["a1", "a2"]


def test_a_title_that_is_not_joint_names_no_issuers():
    from communique.stages.events import _joint_title_issuers

    title = "Press Release of the Government of Chad on the talks with the Front for Change"
    doc = _doc(title + "\n\nThe two sides met.", [("a1", "state", "Chad"), ("a2", "armed_group", "Front for Change")])
    assert _joint_title_issuers(doc, len(title)) == []
    assert _joint_title_issuers(doc, 0) == []


# "the two leaders" are two persons: the call before, not a state and the currency's state

def test_two_leaders_after_a_state_subject_are_the_two_on_the_call(pipeline):
    doc = analyse_text(pipeline, "President Gustavo Petro spoke by telephone with President Daniel Noboa of Ecuador "
                                 "on Monday. Colombia pledged two million US dollars for flood relief in Esmeraldas. "
                                 "The two leaders also agreed to reopen the Rumichaca crossing in March.",
                       "2025-03-03")
    by = {a.id: a for a in doc.actors}
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert agree, [(e.type, e.source) for e in doc.events]
    parties = {by[i].name for e in agree for i in (*e.source, *e.target)}
    assert "United States" not in parties
    assert {"Gustavo Petro", "Daniel Noboa"} <= parties


def test_two_leaders_named_just_before_stay_those_two(pipeline):
    doc = analyse_text(pipeline, "Prime Minister Keir Starmer met Chancellor Olaf Scholz in Berlin. "
                                 "The two leaders agreed to hold joint naval drills in the Baltic.", "2024-08-28")
    by = {a.id: a.name for a in doc.actors}
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert agree and {by[i] for e in agree for i in e.source} >= {"Keir Starmer", "Olaf Scholz"}


# a known person's surname as the first word of another person's name

def test_known_surname_as_a_given_name_is_another_person(pipeline):
    doc = analyse_text(pipeline, "The talks were opened by the Minister of Justice, Mr. Aristide Mbaye, who said the "
                                 "prisoners would be freed. Mr. Mbaye thanked the mediators.", "2026-11-20")
    names = {a.name for a in doc.actors}
    assert "Jean-Bertrand Aristide" not in names
    assert "Aristide Mbaye" in names


def test_known_surname_alone_stays_the_known_person(pipeline):
    doc = analyse_text(pipeline, "Former president Jean-Bertrand Aristide returned to Port-au-Prince. "
                                 "Aristide thanked his supporters.", "2011-03-19")
    assert "Jean-Bertrand Aristide" in {a.name for a in doc.actors}

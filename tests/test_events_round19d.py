"""Events of issue 16's nineteenth round (d): a regional organisation's communiqué speaks through
its organs ("The Heads of State and Government condemn ...", "The Conference decides ...",
"They reject ...") and each of them is the issuing organisation; a named official apposed to
"his <nationality> counterpart" is of that state, not the issuer's; "Republic of Congo" is
Congo-Brazzaville (docs/events.md, "Round 19d: the new open statements"). Texts written for this
project."""

from __future__ import annotations

from conftest import event_cues, events_of


def _analyse(pipeline, text: str, publisher: str | None = None, published: str = "2026-03-10"):
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": published, "publisher": publisher})]))[0]


def _parties(doc, type_: str) -> list[tuple[list[str], list[str]]]:
    by = {a.id: a.name for a in doc.actors}
    return [([by[i] for i in e.source], [by[i] for i in e.target]) for e in events_of(doc, type_)]


def _issuer(doc):
    return next(a for a in doc.actors if a.kind == "igo" and "West African" in " ".join(
        doc.text[s:e] for s, e in a.mentions) + a.name)


BLOC = "Economic Community of West African States"
SUMMIT = (
    f"Final Communiqué of the Extraordinary Summit of the {BLOC} on the situation in Guinea-Bissau\n\n"
    "Accra, 10 March 2026\n\n"
    f"1. The Heads of State and Government of the {BLOC} (ECOWAS) met in extraordinary session in Accra "
    "on 10 March 2026 to consider the political crisis in Guinea-Bissau.\n\n"
    "2. The Heads of State and Government strongly condemn the detention of the Speaker of the "
    "National People's Assembly by soldiers of the presidential guard.\n\n"
    "3. They reject the transitional charter announced by the officers in Bissau.\n\n"
    "4. The Authority decides to suspend Guinea-Bissau from all the decision-making bodies of ECOWAS "
    "until constitutional order is restored.\n\n"
    "5. The Conference urges the officers to release all detained officials without delay.\n"
)


def test_heads_of_state_and_government_are_the_issuing_bloc(pipeline):
    doc = _analyse(pipeline, SUMMIT, publisher=BLOC)
    issuer = _issuer(doc).name
    found = _parties(doc, "ACCUSE")
    assert found and all(src == [issuer] for src, _t in found), (found, event_cues(doc))


def test_they_in_the_numbered_paragraphs_is_the_issuing_bloc(pipeline):
    doc = _analyse(pipeline, SUMMIT, publisher=BLOC)
    issuer = _issuer(doc).name
    found = _parties(doc, "REJECT")
    assert found and all(src == [issuer] for src, _t in found), (found, event_cues(doc))


def test_the_authority_and_the_conference_are_the_issuing_bloc(pipeline):
    doc = _analyse(pipeline, SUMMIT, publisher=BLOC)
    issuer = _issuer(doc).name
    sanctions = _parties(doc, "SANCTION")
    assert sanctions and all(src == [issuer] for src, _t in sanctions), (sanctions, event_cues(doc))
    assert all("Guinea-Bissau" in tgt or any("Bissau" in t for t in tgt) for _s, tgt in sanctions), sanctions
    requests = _parties(doc, "REQUEST")
    assert requests and all(src == [issuer] for src, _t in requests), (requests, event_cues(doc))


def test_organs_are_not_the_issuer_outside_an_organisations_own_text(pipeline):
    # negative: a news report about a summit: "the Conference" there is not an issuer's voice
    doc = _analyse(pipeline, "ACCRA, March 10 (Coast Wire) - West African leaders met in Accra on Tuesday. "
                             "The Conference condemned the detention of the Speaker by soldiers in Bissau, "
                             "diplomats said.", publisher="Coast Wire")
    assert not any(a.kind == "igo" and a.name == "ECOWAS" for a in doc.actors if a.id in
                   {i for e in events_of(doc, "ACCUSE") for i in e.source}), event_cues(doc)


def test_a_ministrys_council_is_not_turned_into_the_ministry(pipeline):
    # negative: a state's ministry is not an organisation with organs; "the Council" stays itself
    from communique.stages.events import _as_issuer_organs
    from types import SimpleNamespace

    ministry = SimpleNamespace(id="a1", kind="organization", country="GHA", name="Ministry of Foreign Affairs")
    council = SimpleNamespace(id="a2", kind="organization", country=None, name="Council", mentions=[(0, 7)])
    doc = SimpleNamespace(actors=[ministry, council])
    assert _as_issuer_organs(doc, ["a2"], ministry) == ["a2"]
    bloc = SimpleNamespace(id="a3", kind="igo", country=None, name="ECOWAS")
    doc = SimpleNamespace(actors=[bloc, council])
    assert _as_issuer_organs(doc, ["a2"], bloc) == ["a3"]


def test_a_named_organ_with_a_complement_is_not_the_issuer():
    # negative: "Conference of the Parties" or "Council of Europe" is no bare organ name
    from communique.stages.events import _as_issuer_organs
    from types import SimpleNamespace

    bloc = SimpleNamespace(id="a1", kind="igo", country=None, name="ECOWAS")
    other = SimpleNamespace(id="a2", kind="igo", country=None, name="Council of Europe")
    assert _as_issuer_organs(SimpleNamespace(actors=[bloc, other]), ["a2"], bloc) == ["a2"]


def test_counterpart_apposition_gives_the_officials_country(pipeline):
    text = ("Statement by the Ministry of Interior of Ghana\n\n"
            "The Minister of the Interior today met his Togolese counterpart, Security Minister Kodjo Amevor, "
            "in Aflao, and the two ministers agreed to reopen the border post next month.\n")
    doc = _analyse(pipeline, text, publisher="Ministry of Interior of Ghana")
    person = next(a for a in doc.actors if a.name.endswith("Amevor"))
    assert person.country == "TGO", [(a.name, a.country) for a in doc.actors]


def test_a_named_official_of_the_issuer_keeps_the_issuers_country(pipeline):
    # negative: no counterpart noun apposed: the issuing state's official
    text = ("Statement by the Ministry of Interior of Ghana\n\n"
            "Security Minister Kodjo Amevor today visited the border post at Aflao.\n")
    doc = _analyse(pipeline, text, publisher="Ministry of Interior of Ghana")
    person = next(a for a in doc.actors if a.name.endswith("Amevor"))
    assert person.country == "GHA", [(a.name, a.country) for a in doc.actors]


def test_republic_of_congo_is_congo_brazzaville():
    from communique.actors.kb import load_kb
    from communique.actors.resolve import Resolver

    resolver = Resolver(load_kb())
    g = resolver.phrase("Republic of Congo")
    assert g is not None and g.country == "COG", g
    g = resolver.phrase("Democratic Republic of Congo")
    assert g is not None and g.country == "COD", g


def test_repelled_the_raiders_is_an_assault(pipeline):
    text = "Malian soldiers repelled the raiders near Gao on Sunday after a two-hour battle."
    doc = _analyse(pipeline, text)
    assert [e for e in events_of(doc, "ASSAULT") if "repel" in e.trigger.text], event_cues(doc)


def test_repelled_a_proposal_is_no_assault(pipeline):
    # negative: "repel" with an object that is no attacker
    doc = _analyse(pipeline, "The Chilean senate repelled the pension proposal of the government on Tuesday.")
    assert not [e for e in events_of(doc, "ASSAULT") if "repel" in e.trigger.text], event_cues(doc)


def test_unnamed_militants_take_the_sole_named_groups_country():
    from communique.document import Actor
    from communique.stages.actors import _of_the_sole_armed_group

    group = Actor("a1", "al-Shabaab", "armed_group", "SOM")
    bare = Actor("a2", "militants", "armed_group", None)
    assert _of_the_sole_armed_group([group, bare])[1].country == "SOM"


def test_unnamed_militants_stay_without_country_with_groups_of_two_countries():
    # negative: two named groups of two states: whose the militants are is not known
    from communique.document import Actor
    from communique.stages.actors import _of_the_sole_armed_group

    actors = [Actor("a1", "al-Shabaab", "armed_group", "SOM"), Actor("a2", "Boko Haram", "armed_group", "NGA"),
              Actor("a3", "attackers", "armed_group", None)]
    assert _of_the_sole_armed_group(actors)[2].country is None

"""Events of issue 16's eleventh round: statements and communiqués as the maintainers' blind
documents lay them out (a ministry header without its country, numbered operative clauses
with no subject) and wire-report phrasing. Sentences written for this project."""

from __future__ import annotations

import pytest
from conftest import event_cues


def _analysed(pipeline, text: str, publisher: str | None = None, published: str = "2025-03-04"):
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": published, "publisher": publisher})]))[0]


def _found(doc, type_: str, words: str):
    """The first event of ``type_`` in the sentence that holds ``words`` (one whose trigger is
    in ``words`` first), with the actors of its source and target."""
    by = {a.id: a for a in doc.actors}
    hits = [e for e in doc.events if e.type == type_ and words in doc.text[e.sentence[0]:e.sentence[1]]]
    assert hits, event_cues(doc)
    hits.sort(key=lambda e: e.trigger.text.lower() not in words.lower())
    e = hits[0]
    return e, [by[i] for i in e.source], [by[i] for i in e.target]


MINISTRY = """Statement by the Ministry of Foreign Affairs on the detention of fishermen

Lima, 3 March 2025

The Government of the Republic of Peru condemns the detention of six Peruvian fishermen by the Chilean navy near Arica.

We urge Chile to release the fishermen without delay. Our Government has offered to hold talks with Santiago on fishing rights.
"""


def test_header_without_country_takes_the_publishers_state(pipeline):
    doc = _analysed(pipeline, MINISTRY, publisher="Ministry of Foreign Affairs of the Republic of Peru")
    e, src, tgt = _found(doc, "REQUEST", "We urge Chile")
    assert [a.country for a in src] == ["PER"] and [a.country for a in tgt] == ["CHL"]
    assert e.attribution.kind == "author"
    _e, src, _tgt = _found(doc, "CONSULT", "Our Government has offered")
    assert [a.country for a in src] == ["PER"]


def test_publisher_naming_no_state_of_the_text_gives_no_issuer(pipeline):
    doc = _analysed(pipeline, MINISTRY, publisher="Ministry of Foreign Affairs of Norway")
    assert not [e for e in doc.events if "We urge" in doc.text[e.sentence[0]:e.sentence[1]]
                and e.attribution.kind == "author"], event_cues(doc)


COMMUNIQUE = """Communiqué of the Permanent Council of the Organization of American States on the border incident

Washington, 12 May 2025

The Permanent Council, meeting in regular session, adopted the following decision:

The Permanent Council:

1. Firmly condemns the shelling of the town of Zarumilla by Ecuadorian artillery;

2. Demands that Ecuador pull its troops back from the border area;

3. Requests the Secretary General to report to the Council within two weeks;

4. Welcomes the talks between Peru and Ecuador in Brasilia and commends Brazil for its mediation.
"""


@pytest.fixture(scope="module")
def communique(pipeline):
    return _analysed(pipeline, COMMUNIQUE, publisher="Permanent Council of the Organization of American States")


#: The issuer: the council itself, which the knowledge base holds since round 14 (parent: the OAS).
ISSUER = ["OAS Permanent Council"]


@pytest.mark.parametrize("type_, words, target", [
    ("ACCUSE", "Firmly condemns", "ECU"),
    ("REQUEST", "Demands that Ecuador", "ECU"),
    ("SUPPORT", "commends Brazil", "BRA"),
])
def test_operative_clause_is_the_issuers_act(communique, type_, words, target):
    e, src, tgt = _found(communique, type_, words)
    assert [a.name for a in src] == ISSUER, (src, e.cue)
    assert target in [a.country for a in tgt]


def test_operative_verb_read_as_a_noun_is_a_verb(communique):
    e, src, _tgt = _found(communique, "REQUEST", "Requests the Secretary General")
    assert e.cue.startswith("lexicon:REQUEST:requests")
    assert [a.name for a in src] == ISSUER


def test_plural_noun_opening_a_news_sentence_is_no_verb(pipeline):
    doc = _analysed(pipeline, "Demands for a recount grew louder in Lima on Monday. Requests for asylum from "
                              "Venezuelans rose in March.")
    assert not [e for e in doc.events if e.type == "REQUEST"], event_cues(doc)


@pytest.mark.parametrize("text, speaker", [
    ("EU High Representative Anna Kovacs arrived in Skopje on Monday. North Macedonia's parliament approved a "
     "new budget the same day. The foreign policy chief later called on Bulgaria to lift its veto.", "Anna Kovacs"),
    ("Prime Minister Jonas Berg of Norway landed in Helsinki on Monday. \"We share one border,\" Finnish "
     "officials said. The premier urged Finland to share its radar data.", "Jonas Berg"),
])
def test_title_named_another_way_is_the_office_holder(pipeline, text, speaker):
    e, src, _tgt = _found(_analysed(pipeline, text), "REQUEST", "urged" if "urged" in text else "called on")
    assert [a.name for a in src] == [speaker], e.cue


@pytest.mark.parametrize("text", [
    "A Peruvian diplomat, who asked not to be named, said Lima had protested to Quito.",
    "Two Chilean officials who requested not to be identified said Santiago would recall its envoy.",
])
def test_asking_for_anonymity_is_no_request(pipeline, text):
    doc = _analysed(pipeline, text)
    assert not [e for e in doc.events if e.type == "REQUEST"], event_cues(doc)


def test_asking_not_to_be_sanctioned_is_still_a_request(pipeline):
    doc = _analysed(pipeline, "Cuba asked the European Union not to impose new sanctions on its banks.")
    assert [e for e in doc.events if e.type == "REQUEST"], event_cues(doc)


@pytest.mark.parametrize("text, cue", [
    ("Japan condemned the launch of a cruise missile by Iran on Sunday.", "lexicon:MOBILIZE:launch of missile"),
    ("Seoul said the rocket launch by Pyongyang breached the accord.", "lexicon:MOBILIZE:rocket launch"),
    ("Peru increased patrols along its border with Ecuador on Friday.", "lexicon:MOBILIZE:increased patrols"),
    ("Bolivian police stepped up patrols near the Chilean frontier.", "lexicon:MOBILIZE:stepped up patrols"),
])
def test_weapons_launch_and_patrols_are_mobilisation(pipeline, text, cue):
    cues = [(t, c.split(" (line")[0]) for t, c in event_cues(_analysed(pipeline, text))]
    assert ("MOBILIZE", cue) in cues, cues


def test_judged_launch_names_its_doer(pipeline):
    doc = _analysed(pipeline, "Japan condemned the launch of a cruise missile by Iran on Sunday.")
    _e, src, _tgt = _found(doc, "MOBILIZE", "launch of a cruise missile")
    assert [a.country for a in src] == ["IRN"]
    _e, _src, tgt = _found(doc, "ACCUSE", "condemned")
    assert "IRN" in [a.country for a in tgt]


def test_launch_of_no_weapon_is_no_mobilisation(pipeline):
    doc = _analysed(pipeline, "Chile welcomed the launch of a new trade portal by Peru on Monday.")
    assert not [e for e in doc.events if e.type == "MOBILIZE"], event_cues(doc)


def test_backing_an_effort_is_support(pipeline):
    doc = _analysed(pipeline, "Spain and Portugal said that they backed the mediator's efforts in Caracas.")
    cues = [(t, c.split(" (line")[0]) for t, c in event_cues(doc)]
    assert ("SUPPORT", "lexicon:SUPPORT:backed efforts") in cues, cues


def test_standing_by_an_ally_is_support(pipeline):
    doc = _analysed(pipeline, "Denmark protested to Moscow over the incident in Nuuk. Canada said it stood by its "
                              "Danish ally.")
    e, src, tgt = _found(doc, "SUPPORT", "stood by")
    assert [a.country for a in src] == ["CAN"] and "DNK" in [a.country for a in tgt], e.cue


@pytest.mark.parametrize("text, type_", [
    ("Chile warned Peru that it could suspend the talks, while Bolivian leaders accused Lima of delaying them.",
     "ACCUSE"),
    ("Brazil threatened to close the border because Venezuela expelled its diplomats.", "SANCTION"),
])
def test_clause_set_beside_a_threat_keeps_its_own_mode(pipeline, text, type_):
    doc = _analysed(pipeline, text)
    e = next((e for e in doc.events if e.type == type_), None)
    assert e is not None and e.mode == "asserted", [(x.type, x.mode, x.cue) for x in doc.events]


def test_a_charge_denied_in_a_relative_clause_is_rejected_from_its_accuser(pipeline):
    doc = _analysed(pipeline, "Prime Minister Ana Soto accused Ecuador of funding smugglers on the border, a charge "
                              "Quito denies.")
    e, src, tgt = _found(doc, "REJECT", "denies")
    assert [a.country for a in src] == ["ECU"] and [a.name for a in tgt] == ["Ana Soto"], e.cue


@pytest.mark.parametrize("text, cue", [
    ("The European Union adopted new sanctions against Belarus on Monday.", "lexicon:SANCTION:adopted sanctions"),
    ("Canada approved an embargo on arms sales to Myanmar.", "lexicon:SANCTION:approved embargo"),
])
def test_adopting_sanctions_is_a_sanction(pipeline, text, cue):
    cues = [(t, c.split(" (line")[0]) for t, c in event_cues(_analysed(pipeline, text))]
    assert ("SANCTION", cue) in cues, cues


def test_raising_a_matter_with_someone_is_consultation(pipeline):
    doc = _analysed(pipeline, "Officials in Lima said Peru had raised the issue with Chilean diplomats.")
    e, src, tgt = _found(doc, "CONSULT", "raised the issue")
    assert [a.country for a in src] == ["PER"] and "CHL" in [a.country for a in tgt], e.cue


@pytest.mark.parametrize("text", [
    "The annual meeting of the Organization of American States opens in Lima on Monday.",
    "The Council of the Andean Community, at its 45th meeting held in Quito, adopted a new budget.",
])
def test_a_body_sitting_is_no_consultation(pipeline, text):
    doc = _analysed(pipeline, text)
    assert not [e for e in doc.events if e.type == "CONSULT"], event_cues(doc)


def test_a_meeting_of_one_body_with_another_is_consultation(pipeline):
    doc = _analysed(pipeline, "The meeting of the African Union with Kenya ended in Nairobi on Monday.")
    assert [e for e in doc.events if e.type == "CONSULT"], event_cues(doc)


@pytest.mark.parametrize("text, target", [
    ("Taiwan will not be intimidated by China, its president said on Sunday.", "CHN"),
    ("Lithuania said it would not be threatened by Beijing into changing its policy.", "CHN"),
])
def test_refusing_to_be_pressed_is_a_rejection(pipeline, text, target):
    doc = _analysed(pipeline, text)
    e = next((e for e in doc.events if e.type == "REJECT"), None)
    assert e is not None and e.mode == "asserted" and e.cue.startswith("defiance:"), event_cues(doc)
    assert target in [a.country for a in doc.actors if a.id in e.target]


def test_relative_clause_of_governments_named_by_their_states(pipeline):
    doc = _analysed(pipeline, "We thank the Governments of Peru and Ecuador, which have already condemned the "
                              "attack by Bolivia, for their support.")
    e, src, _tgt = _found(doc, "ACCUSE", "condemned")
    assert {"PER", "ECU"} <= {a.country for a in src}, e.cue


def test_talks_welcomed_between_named_governments_took_place(pipeline):
    doc = _analysed(pipeline, "Brazil welcomed the talks between the Governments of Peru and Ecuador held in "
                              "Brasilia on Monday.")
    e, src, tgt = _found(doc, "CONSULT", "talks between")
    assert {a.country for a in src} == {a.country for a in tgt} == {"PER", "ECU"}, e.cue


def test_talks_called_for_are_no_talks_held(pipeline):
    doc = _analysed(pipeline, "Brazil called for talks on the border dispute in Brasilia next month.")
    assert not [e for e in doc.events if e.type == "CONSULT" and e.mode == "asserted"], event_cues(doc)

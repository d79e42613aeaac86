"""Events of the twenty-sixth round (e1): worry at another's act, a speech act after a reported
present, offered and pledged help (docs/events.md, "Round 26e1"). Texts written for this project,
with negatives."""

from __future__ import annotations

from conftest import event_cues


def _names(doc, ids):
    by_id = {a.id: a.name for a in doc.actors}
    return [by_id.get(i, i) for i in ids]


def _worried(doc):
    return [e for e in doc.events if e.type == "ACCUSE" and e.cue and e.cue.startswith("worried-by:")]


# 1. worry at another's act: "is deeply concerned by the decision of X" accuses X


def test_concerned_by_a_decision_accuses_its_maker(pipeline):
    doc = pipeline("Canada remains deeply concerned by Russia's decision to expel three of its diplomats.")
    found = _worried(doc)
    assert found, event_cues(doc)
    assert "Canada" in _names(doc, found[0].source), _names(doc, found[0].source)
    assert "Russia" in _names(doc, found[0].target), _names(doc, found[0].target)


def test_alarmed_at_remarks_accuses_the_speaker_of_them(pipeline):
    doc = pipeline("Norway is alarmed at the remarks of Mr. Viktor Petrov about the northern border.")
    found = _worried(doc)
    assert found, event_cues(doc)
    assert any("Petrov" in n for n in _names(doc, found[0].target)), _names(doc, found[0].target)


def test_troubled_by_sentences_accuses_the_court_that_passed_them(pipeline):
    doc = pipeline("The European Union is gravely troubled by the sentences passed on Tuesday by the "
                   "regional court of Gomel, which jailed nine opposition activists for twenty years.")
    found = _worried(doc)
    assert found, event_cues(doc)
    assert any("court" in n.lower() or "Gomel" in n for n in _names(doc, found[0].target)), \
        _names(doc, found[0].target)


def test_worry_at_a_report_accuses_nobody(pipeline):
    doc = pipeline("Sweden is alarmed by reports that armed men have stopped farmers from reaching their fields.")
    assert not _worried(doc), event_cues(doc)


def test_worry_at_a_situation_accuses_nobody(pipeline):
    doc = pipeline("Chile is deeply concerned about the floods in the south of Peru.")
    assert not _worried(doc), event_cues(doc)


def test_not_concerned_accuses_nobody(pipeline):
    doc = pipeline("Peru is not concerned by the decision of Bolivia to hold a referendum.")
    assert not _worried(doc), event_cues(doc)


# 2. a past speech act coordinated with a reported clause in the present or under a modal


def _requests(doc):
    return [e for e in doc.events if e.type == "REQUEST"]


def test_asked_after_a_present_report_is_the_reporters(pipeline):
    doc = pipeline('Its director for Europe, Hans Keller, said curfews "seldom stop riots", '
                   "and asked Latvia to lift the measure.")
    found = _requests(doc)
    assert found, event_cues(doc)
    assert _names(doc, found[0].source) == ["Hans Keller"], _names(doc, found[0].source)


def test_appealed_after_a_modal_report_is_the_reporters(pipeline):
    doc = pipeline("Ana Ruiz, a spokeswoman for the United Nations, said the agency would keep its clinics "
                   "open in the camps, and appealed to Russia to fill the gap.")
    found = _requests(doc)
    assert found, event_cues(doc)
    assert _names(doc, found[0].source) == ["Ana Ruiz"], _names(doc, found[0].source)


def test_called_on_after_a_reported_passive_is_the_reporters(pipeline):
    doc = pipeline("Brazil's envoy, Paulo Mendes, said the convoy was stopped by soldiers near the bridge "
                   "and called on Guatemala to open the road.")
    found = [e for e in _requests(doc) if "called" in e.trigger.text]
    assert found, event_cues(doc)
    assert _names(doc, found[0].source) == ["Paulo Mendes"], _names(doc, found[0].source)


def test_material_act_keeps_the_reports_subject(pipeline):
    doc = pipeline("The minister said the rebels would attack the town and killed ten soldiers last week.")
    killed = [e for e in doc.events if e.type == "ASSAULT" and "killed" in e.trigger.text]
    assert killed, event_cues(doc)
    assert "Minister" not in " ".join(_names(doc, killed[0].source)), _names(doc, killed[0].source)


# 3. offered and pledged help is aid


def test_offered_help_is_aid_offered(pipeline):
    doc = pipeline("After the storm, Chile offered help to Peru.")
    types = {(e.type, e.mode) for e in doc.events}
    assert ("AID", "offered") in types, event_cues(doc)
    assert not any(e.type == "AGREE" for e in doc.events), event_cues(doc)


def test_offered_to_deploy_experts_is_aid_not_a_deployment(pipeline):
    doc = pipeline("Several states, including Italy and Spain, offered to deploy national experts to Greece.")
    assert any(e.type == "AID" and e.mode == "offered" for e in doc.events), event_cues(doc)
    assert not any(e.type == "MOBILIZE" for e in doc.events), event_cues(doc)


def test_offered_to_send_engineers_is_aid(pipeline):
    doc = pipeline("Norway offered to send Norwegian engineers to Ghana to help repair the dam.")
    assert any(e.type == "AID" for e in doc.events), event_cues(doc)


def test_grant_pledged_by_a_donor_is_aid(pipeline):
    doc = pipeline("The money will come from a 40-million-euro grant pledged by Japan at the donors' meeting.")
    aid = [e for e in doc.events if e.type == "AID"]
    assert aid, event_cues(doc)
    assert _names(doc, aid[0].source) == ["Japan"], _names(doc, aid[0].source)


def test_troops_deployed_stay_a_deployment(pipeline):
    doc = pipeline("The troops deployed by Russia near the border of Ukraine stayed there all winter.")
    assert any(e.type == "MOBILIZE" for e in doc.events), event_cues(doc)
    assert not any(e.type == "AID" for e in doc.events), event_cues(doc)


def test_offered_mediation_is_no_aid(pipeline):
    doc = pipeline("Qatar offered mediation to Sudan and Chad.")
    assert not any(e.type == "AID" for e in doc.events), event_cues(doc)


# 4. a compliance refused: "would not comply" with no object is a REJECT


def _refusals(doc):
    return [e for e in doc.events if e.type == "REJECT" and e.cue and e.cue.startswith("refusal:")]


def test_would_not_comply_alone_is_a_refusal(pipeline):
    doc = pipeline("The European Union widened its oil sanctions. India said it would not comply.")
    found = _refusals(doc)
    assert found, event_cues(doc)
    assert "India" in _names(doc, found[0].source), _names(doc, found[0].source)


def test_will_not_abide_by_a_ruling_is_a_refusal(pipeline):
    doc = pipeline("Kenya will not abide by the ruling of the regional tribunal.")
    assert _refusals(doc), event_cues(doc)


def test_did_not_comply_reports_no_refusal(pipeline):
    doc = pipeline("Iran did not comply with the order of the court, the agency said.")
    assert not _refusals(doc), event_cues(doc)


def test_complied_is_no_refusal(pipeline):
    doc = pipeline("Peru complied with the order of the court on Friday.")
    assert not any(e.type == "REJECT" for e in doc.events), event_cues(doc)


# 5. a hostile measure taken (or not): "take reciprocal measures", "measures against X"


def _measures(doc):
    return [e for e in doc.events if e.type == "SANCTION" and e.cue and e.cue.startswith("hostile-measure:")]


def test_reciprocal_measures_not_intended_are_a_negated_sanction(pipeline):
    doc = pipeline("The European Union does not intend to take reciprocal measures against Tunisia.")
    found = _measures(doc)
    assert found, event_cues(doc)
    assert found[0].mode == "negated", found[0].mode
    assert "Tunisia" in _names(doc, found[0].target), _names(doc, found[0].target)


def test_retaliatory_measures_not_adopted_are_a_negated_sanction(pipeline):
    doc = pipeline("Chile has decided not to adopt retaliatory measures against Peru.")
    found = _measures(doc)
    assert found and found[0].mode == "negated", event_cues(doc)


def test_measures_against_a_party_asked_of_a_body(pipeline):
    doc = pipeline("We call on the Security Council to consider measures against those who supply arms "
                   "to the rebels in Sudan.")
    found = _measures(doc)
    assert found, event_cues(doc)
    assert found[0].mode == "demanded", found[0].mode


def test_protective_measures_are_no_sanction(pipeline):
    doc = pipeline("Ghana will take all necessary measures to protect its citizens. "
                   "Kenya took further steps towards peace with Somalia.")
    assert not _measures(doc), event_cues(doc)

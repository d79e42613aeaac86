"""Event rules of issue 16's sixth round (events on real documents): the PLOVER coding of a
counted event, the target of an investigation; sentences written for this project."""

from __future__ import annotations

from conftest import actor_names, analyse_text, events_of

from communique.events.coding import plover_type

FACTUAL = {"asserted", "negated", "historical"}


def _plover_types(pipeline, text):
    """The PLOVER types a gold coder of this one sentence would be compared with."""
    doc = analyse_text(pipeline, text, "2022-06-01")
    factual = [e for e in doc.events if e.mode in FACTUAL] or list(doc.events)
    return {plover_type(e.type, e.mode) for e in factual}, [(e.type, e.mode, e.cue) for e in doc.events]


def test_events_refused_deployment_is_coded_as_a_rejection(pipeline):
    types, why = _plover_types(pipeline, "The Estonian government refused to deploy soldiers to the disputed valley.")
    assert types == {"REJECT"}, why


def test_events_rejected_call_for_deployment_is_one_rejection(pipeline):
    types, why = _plover_types(pipeline, "The alliance rejected a call for its warships to be deployed near the strait.")
    assert types == {"REJECT"}, why


def test_events_investigation_into_a_company_targets_it(pipeline):
    doc = analyse_text(pipeline, "Brazil's prosecutors said the investigation into Vantor Holdings would continue.",
                       "2022-06-01")
    probes = events_of(doc, "ACCUSE")
    assert probes, [(e.type, e.cue) for e in doc.events]
    assert actor_names(doc, probes[0].target) == {"Vantor Holdings"}


def test_events_welcoming_an_agreement_of_others_is_support(pipeline):
    doc = analyse_text(pipeline, "Chile welcomed the agreement reached by Peru and Bolivia on river water.", "2022-06-01")
    assert events_of(doc, "SUPPORT"), [(e.type, e.cue) for e in doc.events]
    assert not events_of(doc, "AGREE"), [(e.type, e.cue) for e in doc.events]


def test_events_support_with_funding_is_aid(pipeline):
    doc = analyse_text(pipeline, "Ireland will support the relief agency with new funding for its clinics.", "2022-06-01")
    assert events_of(doc, "AID"), [(e.type, e.cue) for e in doc.events]


def test_events_extended_condolences_are_support(pipeline):
    doc = analyse_text(pipeline, "Portugal extended its condolences to the Government of Nepal after the floods.",
                       "2022-06-01")
    assert events_of(doc, "SUPPORT"), [(e.type, e.cue) for e in doc.events]

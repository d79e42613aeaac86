"""Event rules for whole news documents (issue 16, third round): calls and meetings, bans,
pronouns and titles across sentences, groups, quotes; sentences written for this project."""

from __future__ import annotations

from conftest import actor_names as _names, analyse_text, events_of as _of


def _doc(pipeline, text):
    return analyse_text(pipeline, text, "2021-03-01")


def test_events_phone_call_is_consult(pipeline):
    text = ("Chile and Argentina share a long border. On Monday, Chilean President Gabriel Boric and "
            "Argentine President Javier Milei spoke on the phone.")
    doc = _doc(pipeline, text)
    hits = _of(doc, "CONSULT")
    assert hits, [(e.type, e.cue) for e in doc.events]
    # a sentence full of names is no title-case headline: its span is its own
    assert text[hits[0].sentence[0]:].startswith("On Monday")


def test_events_ban_is_coerce(pipeline):
    doc = _doc(pipeline, "The government of Belarus banned the main opposition party on Tuesday.")
    assert _of(doc, "COERCE") and not _of(doc, "SANCTION"), [(e.type, e.cue) for e in doc.events]


def test_events_pronoun_subject_of_the_sentence_before(pipeline):
    doc = _doc(pipeline, "Egypt and Jordan condemned the raid on Monday. They called on Israel to halt "
                         "the operation.")
    req = _of(doc, "REQUEST")
    assert req, [(e.type, e.cue) for e in doc.events]
    assert _names(doc, req[0].source) & {"Egypt", "Jordan"}, _names(doc, req[0].source)


def test_events_predicate_noun_names_its_doer(pipeline):
    doc = _doc(pipeline, "Svetlana Tikhanovskaya is a fierce critic of Alexander Lukashenko.")
    acc = _of(doc, "ACCUSE")
    assert acc, [(e.type, e.cue) for e in doc.events]
    assert _names(doc, acc[0].source) == {"Sviatlana Tsikhanouskaya"}  # the knowledge base spelling
    assert _names(doc, acc[0].target) == {"Alexander Lukashenko"}


def test_events_group_takes_part_without_an_actor(pipeline):
    doc = _doc(pipeline, "More than 200 protesters have been arrested since the rallies began.")
    assert _of(doc, "COERCE"), [(e.type, e.cue) for e in doc.events]


def test_events_denied_quote_is_no_accusation(pipeline):
    doc = _doc(pipeline, 'Speaking in Ankara, Mevlut Cavusoglu said: "We never threaten anybody."')
    assert not [e for e in _of(doc, "ACCUSE") if e.cue and e.cue.startswith("quoted-accuse")]


def test_events_news_media_are_no_context_target(pipeline):
    doc = _doc(pipeline, "Reuters reported the news on Monday. Kenya expelled two diplomats.")
    for e in doc.events:
        assert "Reuters" not in _names(doc, e.target), (e.type, e.cue)


def test_events_role_title_is_no_event(pipeline):
    doc = _doc(pipeline, "Jane Holl Lute, the special envoy for Cyprus negotiations, resigned on Friday.")
    assert not _of(doc, "CONSULT"), [(e.type, e.cue) for e in doc.events]

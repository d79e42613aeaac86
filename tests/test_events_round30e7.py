"""Events of the thirtieth round (e7): an act of force or a measure told with no doer is the act
another telling reports with its doer (docs/events.md, "Round 30e7"). Texts written for this
project, each with a negative."""

from __future__ import annotations

import pytest
from conftest import actor_names, event_cues


def _countries(doc, ids):
    return {a.country for a in doc.actors if a.id in ids}


# --- "Two of the shepherds were hit ...": the doer the lead named ------------------------------------
# (the retold act lies beyond the reach of round 21b's attack told just before: a paragraph between)

SHEPHERDS = (
    "Kyrgyzstan recalls envoy after Kazakh border guards beat shepherds\n\n"
    "BISHKEK, March 4 (Steppe Wire) - Kazakh border guards beat five Kyrgyz shepherds near the village of "
    "Kara-Suu on Tuesday, Kyrgyzstan's foreign ministry said.\n\n"
    "The two countries agreed in 2022 to mark the last unmarked stretches of their border by the end of "
    "this year, and a joint commission of surveyors has met eleven times since then in Almaty and Bishkek. "
    "Herders from both sides have used the summer pastures of the valley for generations, and local "
    "officials say the grazing season was calm until last month. The commission is due to meet again in "
    "April, and officials in both capitals have said that the work will go on despite the weather and the "
    "cost of the surveys in the mountains.\n\n"
    "{retold}\n")


def _retold(doc, text):
    start = text.index("\n\n", text.index("cost of the surveys"))
    found = [e for e in doc.events if e.type == "ASSAULT" and e.trigger.start > start]
    assert found, event_cues(doc)
    return found[0]


def test_a_doerless_act_takes_the_doer_of_its_first_telling(pipeline):
    text = SHEPHERDS.format(retold="Two of the shepherds were hit with rifle butts and taken to hospital in Osh.")
    doc = pipeline(text)
    found = _retold(doc, text)
    assert _countries(doc, found.source) == {"KAZ"}, actor_names(doc, found.source)


def test_a_doerless_act_upon_other_victims_takes_no_doer(pipeline):
    text = SHEPHERDS.format(retold="Two Tajik lorry drivers were hit with rifle butts and taken to hospital in Osh.")
    doc = pipeline(text)
    assert not _retold(doc, text).source, event_cues(doc)


def test_a_columnists_doerless_act_is_left_as_written(pipeline):
    text = SHEPHERDS.format(retold="Two of the shepherds were hit with rifle butts and taken to hospital in Osh.")
    title, rest = text.split("\n\n", 1)
    text = title + "\n\nBy Aigul Sadykova, a journalist in Bishkek\n\n" + rest
    doc = pipeline(text)
    assert "KAZ" not in _countries(doc, _retold(doc, text).source), event_cues(doc)


# --- the rule on a built list of kept events: before, after, within one country --------------------

def _kept(type_, source, target, start, sentence=(0, 10), mode="asserted"):
    from types import SimpleNamespace

    from communique.document import Trigger
    return SimpleNamespace(type=type_, source=tuple(source), target=tuple(target), mode=mode,
                           trigger=Trigger(start, start + 3, "hit"), sentence=sentence)


class _Doc:
    def __init__(self, countries):
        from types import SimpleNamespace
        self.actors = [SimpleNamespace(id=k, country=v, role=None) for k, v in countries.items()]
        self.sections = []  # round 34e17: ``_bylined`` reads the byline sections


ACTORS = _Doc({"army": "MAR", "drivers": "DZA", "town": "DZA", "police": "MWI", "crowd": "MWI", "man": "MWI"})


@pytest.mark.parametrize("events, doer", [
    # the lead's telling before it, upon the same victims or their country
    ([_kept("ASSAULT", ["army"], ["drivers"], 5), _kept("ASSAULT", [], ["drivers"], 50, (40, 60))], ("army",)),
    ([_kept("COERCE", ["army"], ["drivers"], 5), _kept("ASSAULT", [], ["town"], 50, (40, 60))], ("army",)),
    # a title's act told first: the next telling of its own type
    ([_kept("ASSAULT", [], ["drivers"], 5), _kept("ASSAULT", ["army"], ["drivers"], 50, (40, 60))], ("army",)),
    # a later telling of another type, in another sentence: none
    ([_kept("ASSAULT", [], ["drivers"], 5), _kept("COERCE", ["army"], ["drivers"], 50, (40, 60))], ()),
    # an attack is no telling of a measure
    ([_kept("ASSAULT", ["army"], ["drivers"], 5), _kept("SANCTION", [], ["drivers"], 50, (40, 60))], ()),
    # within one country: the country says nothing of whose act it was
    ([_kept("COERCE", ["police"], ["crowd"], 5), _kept("ASSAULT", [], ["man"], 50, (40, 60))], ()),
    # a threat is no telling
    ([_kept("ASSAULT", ["army"], ["drivers"], 5, mode="intended"), _kept("ASSAULT", [], ["drivers"], 50, (40, 60))], ()),
])
def test_retold_doers(events, doer):
    from communique.stages.events import _retold_doers

    doerless = next(e for e in events if not e.source)
    _retold_doers(ACTORS, events)
    assert doerless.source == doer

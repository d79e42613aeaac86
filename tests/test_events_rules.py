"""Role and mode rules of the events stage, on sentences written for these tests.

Each case: sentence -> expected (type, mode, source words, target words) for the
event whose trigger contains ``trigger``. Argument words are the head tokens.
"""

from __future__ import annotations

import pytest

from communique.events.coding import plover_type
from communique.events.extract import extract_sentence


def drafts_of(nlp, text, published="2024-05-16"):
    doc = nlp(text)
    return [d for sent in doc.sents for d in extract_sentence(sent, published)]


def find(drafts, trigger):
    def span(d):
        start, end = d.trigger_span()
        return d.sent.doc.text[start:end]

    hits = [d for d in drafts if trigger in span(d)]
    assert hits, f"no event triggered by {trigger!r}: {[(d.types, [t.text for t in d.cand.parts]) for d in drafts]}"
    return hits[0]


ROLE_CASES = [
    # active voice
    ("Norway sanctioned three Belarusian banks.", "sanctioned", "SANCTION", ["Norway"], ["banks", "Belarusian"]),
    # passive voice with agent
    ("The convoy was attacked by militants near Goma.", "attacked", "ASSAULT", ["militants"], ["convoy"]),
    ("Estonia was sanctioned by Moscow last year.", "sanctioned", "SANCTION", ["Moscow"], ["Estonia"]),
    # light verb + noun with a target preposition
    ("Ottawa imposed sanctions on Caracas.", "imposed sanctions", "SANCTION", ["Ottawa"], ["Caracas"]),
    ("The envoys held talks with Hamas in Doha.", "held talks", "CONSULT", ["envoys"], ["Hamas"]),
    ("Chile paid a visit to Peru.", "paid a visit", "CONSULT", ["Chile"], ["Peru"]),
    # coordination: one event, several targets
    ("Lavrov met the deputy prime ministers, the Minister of Defense and the Minister of Interior.",
     "met", "CONSULT", ["Lavrov"], ["ministers", "Minister", "Minister"]),
    ("Kenya accused Uganda and Rwanda of smuggling.", "accused", "ACCUSE", ["Kenya"], ["Uganda", "Rwanda"]),
    # compound and reciprocal actors
    ("Russia and China agreed on a new gas price.", "agreed", "AGREE", ["Russia", "China"], ["Russia", "China"]),
    # nominal events
    ("Shoigu's visit to Kabul lasted two days.", "visit", "CONSULT", ["Shoigu"], ["Kabul"]),
    ("The Chinese veto angered Paris.", "veto", "REJECT", ["Chinese"], []),
    # the source is given earlier: coordinated verb, control verb
    ("Erdogan flew to Baku and met Aliyev.", "met", "CONSULT", ["Erdogan"], ["Aliyev"]),
    ("The ministry urged Tehran to release the sailors.", "release", "RETREAT", ["Tehran"], []),
    # swap: the host is the target of the visit
    ("Hungary hosted a delegation from Serbia.", "hosted", "CONSULT", ["Hungary"], ["Serbia"]),  # host -> guest (31e10)
    # quantities stand for the group they count
    ("Thousands of farmers protested against the tariffs.", "protested", "PROTEST", ["farmers"], ["tariffs"]),
]


@pytest.mark.parametrize("text,trigger,type_,sources,targets", ROLE_CASES)
def test_events_roles(nlp, text, trigger, type_, sources, targets):
    d = find(drafts_of(nlp, text), trigger)
    assert d.type == type_
    assert [t.text for t in d.sources] == sources
    assert sorted(t.text for t in d.targets) == sorted(targets)


MODE_CASES = [
    ("Japan provided aid to Tonga.", "provided aid", "asserted"),
    ("Washington did not provide significant support to the rebels.", "provide", "negated"),
    ("Brazil never recognized the new government.", "recognized", "negated"),
    ("Ankara refused to withdraw its troops.", "withdraw", "negated"),
    ("Iran seeks to expand relations with Venezuela.", "expand relations", "intended"),
    ("Hanoi intends to develop cooperation with Manila.", "develop cooperation", "intended"),
    ("The chancellor will visit Warsaw next week.", "visit", "intended"),
    ("Qatar offered to mediate between the two sides.", "mediate", "offered"),
    ("The council called on Israel to lift the blockade.", "lift the blockade", "demanded"),
    ("Paris urged Moscow to withdraw its forces.", "withdraw", "demanded"),
    ("If Pyongyang attacks Seoul, Washington will respond.", "attacks", "hypothetical"),
    ("The rebels threatened to attack the capital.", "attack", "hypothetical"),
    ("During NATO's occupation, Russia supported the northern militias.", "supported", "historical"),
    ("Cuba expelled two diplomats in 1985.", "expelled", "historical"),
    ("Farmers blocked the highway on Monday to demand lower fuel prices.", "demand", "intended"),
    ("Norway sanctioned the company.", "sanctioned", "asserted"),
]


@pytest.mark.parametrize("text,trigger,mode", MODE_CASES)
def test_events_modes(nlp, text, trigger, mode):
    assert find(drafts_of(nlp, text), trigger).mode == mode


@pytest.mark.parametrize("text", [
    "The weather in Geneva was mild on Monday.",
    "Economists expect growth to slow in the second quarter.",
    "The museum opened a new wing for modern art.",
    "Talks are a topic of the column.",  # a nominal trigger without a named participant
])
def test_events_abstain_without_trigger(nlp, text):
    assert drafts_of(nlp, text) == []


def test_events_nested_claim_gives_accusation(nlp):
    drafts = drafts_of(nlp, "Kyiv claimed that Moscow shelled the power plant.")
    shell = find(drafts, "shelled")
    assert shell.type == "ASSAULT" and shell.reporter is not None and shell.reporter.text == "claimed"
    acc = find(drafts, "claimed")
    assert acc.type == "ACCUSE"
    assert [t.text for t in acc.sources] == ["Kyiv"] and [t.text for t in acc.targets] == ["Moscow"]


def test_events_reported_speech_demand(nlp):
    drafts = drafts_of(nlp, "Russia said that Sudan must return the helicopter.")
    req = [d for d in drafts if d.type == "REQUEST"]
    assert len(req) == 1
    assert [t.text for t in req[0].sources] == ["Russia"] and [t.text for t in req[0].targets] == ["Sudan"]


@pytest.mark.parametrize("text,expected", [
    ("The talks ended on Tuesday.", None),  # no participant: nominal abstains
    ("Ministers met in Oslo on Tuesday.", "2024-05-14"),
    ("The envoy met the rebels yesterday.", "2024-05-15"),
    ("The envoy met the rebels on March 3, 2021.", "2021-03-03"),
])
def test_events_dates(nlp, text, expected):
    drafts = drafts_of(nlp, text)
    assert (drafts[0].date.day.isoformat() if drafts and drafts[0].date else None) == expected


@pytest.mark.parametrize("type_,mode,expected", [
    ("RETREAT", "intended", "AGREE"), ("ASSAULT", "hypothetical", "THREATEN"),
    ("RETREAT", "demanded", "REQUEST"), ("CONSULT", "negated", "REJECT"),
    ("ASSAULT", "negated", "REJECT"), ("REQUEST", "negated", "REJECT"), ("REJECT", "intended", "REJECT"), ("AID", "asserted", "AID"),
])
def test_events_plover_coding(type_, mode, expected):
    assert plover_type(type_, mode) == expected

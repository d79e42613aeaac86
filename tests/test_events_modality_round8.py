"""Modality of the eighth round: what is offered ("stands ready to", "invite ... to", the content
of a declined offer), planned ("committed to", "the planned trip"), counterfactual ("would have
allowed ... to"), denied by "no" on the object, presupposed by a demand to stop, arranged,
repeated ("once again", not background) or background ("during his time as ..."). Sentences written for this project."""

from __future__ import annotations

import pytest

from communique.events.extract import extract_sentence


def _mode(nlp, text, trigger):
    doc = nlp(text)
    drafts = [d for sent in doc.sents for d in extract_sentence(sent, "2022-06-01")]
    for d in drafts:
        start, end = d.trigger_span()
        if trigger in doc.text[start:end]:
            return d.mode
    raise AssertionError(f"no event triggered by {trigger!r} in {text!r}")


@pytest.mark.parametrize("text,trigger,mode", [
    # offered: a readiness, an invitation, the content of an offer even when it is declined
    ("The alliance stands ready to support the mission with additional funding.", "support", "offered"),
    ("Lima is ready to mediate between Quito and Bogota.", "mediate", "offered"),
    ("The council invited Chile to join the talks.", "join the talks", "offered"),
    ("The premier declined the envoy's offer to resign.", "resign", "offered"),
    # a refused plan stays negated
    ("Peru rejected a plan to host a summit with Chile.", "host a summit", "negated"),
    # intended: a commitment, a planned nominal act
    ("The coalition committed to send more troops to the border.", "send more troops", "intended"),
    ("The aide worked to arrange the president's planned trip to Quito.", "trip", "intended"),
    # hypothetical: the act a counterfactual "would have" governs; a polite "would prefer" is not one
    ("The parliament passed a law that would have allowed the police to extradite suspects to Chile.",
     "extradite", "hypothetical"),
    ("Lopez would prefer to agree a settlement with Peru.", "agree", "asserted"),
    # negated: "no" on the object of the act
    ('"I put no pressure on the judges," the governor said.', "put no pressure", "negated"),
    # a demand to stop presupposes the act goes on; a plain stop still negates
    ("We demand that Ruritania stop harassing our fishing boats.", "harassing", "asserted"),
    ("Ankara stopped shelling the village.", "shelling", "negated"),
    # the purpose of a gathering is what it did; the aim of a protest stays intended
    ("The ministers gathered in Quito on Tuesday to discuss relations with Peru.", "discuss", "asserted"),
    ("Farmers blocked the highway on Monday to demand lower fuel prices.", "demand", "intended"),
    # ... also in its bare second conjunct; a "to"-clause under "while" is no purpose
    ("Farmers blocked the highway on Monday to demand lower fuel prices and protest the tariffs.",
     "protest", "intended"),
    ("While in Lima to attend the summit, Ruiz told reporters that Chile had threatened Peru.",
     "attend the summit", "asserted"),
    # "once again" repeats the act, it does not date it; "in the last few years" does
    ("Peru made a request to Chile once again.", "made a request", "asserted"),
    ("Chile has increased cooperation with the navies of Peru and Brazil in the last few years.",
     "increased cooperation", "historical"),
    # "during his time as ..." is background for the act, not for the present-tense charge
    ("The charge against Ruiz is that, during his time as governor, he called for Peru to cut tariffs.",
     "called for", "historical"),
    ("The charge against Ruiz is that, during his time as governor, he called for Peru to cut tariffs.",
     "charge against", "asserted"),
    # a nominal act after a preposition is dated by the clause it hangs on
    ("Austria postponed a similar treaty with Hungary in 2019 after protests by farmers.", "protests",
     "historical"),
    # arranging talks puts them ahead
    ("Chile arranged talks between Peru and Bolivia.", "talks", "intended"),
])
def test_modality_round8(nlp, text, trigger, mode):
    assert _mode(nlp, text, trigger) == mode

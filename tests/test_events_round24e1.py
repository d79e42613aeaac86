"""Events of round 24e1: recall on whole documents (docs/events.md, "Round 24e1: open to talks,
reported relatives, laid siege"): a nominal act after an openness adjective is the subject's offer
("remains open to dialogue"); a relative pronoun with a reporting clause between it and its act
stands for the noun the clause follows ("the rebels, who he said had shelled ..."); "lay siege" carries
its noun like "launch an offensive"; a gapped clause with a partner per place is a meeting per partner
("met in A with X and in B with Y"); "a ban on imports" is "an import ban"; "said it would not accept" is a firm refusal; and sentences where the same words are no event.
Texts written for this project."""

from __future__ import annotations

import pytest

from conftest import event_cues, probe_tests

# (expected type, sentence): found
PROBES: list[tuple[str, str]] = [
    # an act after an openness adjective: the subject offers it
    ("CONSULT", "Kenya remains open to dialogue with Somalia on the maritime border."),
    ("CONSULT", "The Prime Minister of Nepal said his government is open to talks with the Maoist rebels."),
    ("CONSULT", "Morocco is ready for negotiations with Algeria on the reopening of the border."),
    # a relative pronoun with a reporting clause between it and its act
    ("ASSAULT", "Rwanda's army, which officials in Kinshasa say has shelled Goma, denied the report."),
    ("ASSAULT", "Ethiopia accused the Tigray forces, who it said had attacked a convoy of food aid."),
    ("ASSAULT", "The junta's spokesman blamed the Islamic State Sahel Province, which he said had attacked "
                "the market to spread fear."),
    # "lay siege": the subject lays it
    ("ASSAULT", "In Darfur, the Rapid Support Forces have laid siege to El Fasher since May."),
    ("ASSAULT", "Government troops laid siege to the rebel stronghold of Dera'a in the south of Syria."),
    # a refusal reported after a past speech verb: "would" is the reported "will"
    ("REJECT", "Thailand said it would not accept any of the asylum seekers."),
    ("REJECT", "Poland said it would not accept migrants under the relocation scheme."),
    ("REJECT", "Mali's junta said it would not tolerate any foreign troops on its soil."),
    # the banned goods after "on", as in "an import ban"
    ("SANCTION", "Moscow announced a ban on imports of cheese and apples from Poland and Lithuania."),
    ("SANCTION", "Moscow announced a ban on flights from Georgia after the protests in Tbilisi."),
    ("SANCTION", "Egypt announced restrictions on imports of Turkish steel on Monday."),
]

# (type that must NOT be found, sentence): the same words, no event
NEGATIVES: list[tuple[str, str]] = [
    ("CONSULT", "The new stadium will be open to visitors from June."),
    ("ACCUSE", "The report is open to criticism from both sides."),
    ("CONSULT", "The offer remains open to any country that wants to join."),
    ("ASSAULT", "The workers laid bricks along the road to the siege museum."),
    ("ASSAULT", "The hotel, which guests said had a fine view of the harbour, closed in March."),
    ("SANCTION", "The city council voted for a ban on smoking in parks."),
    ("REJECT", "Thailand would not accept any of the asylum seekers if the camps were full."),
    ("REJECT", "Analysts say Poland would not accept migrants under such a scheme."),
]


test_probe_sentence_has_its_type, test_same_words_with_no_event = probe_tests(PROBES, NEGATIVES)


@pytest.mark.parametrize(("text", "doer"), [
    ("Kenya remains open to dialogue with Somalia on the maritime border.", "Kenya"),
    ("Morocco is ready for negotiations with Algeria on the reopening of the border.", "Morocco"),
])
def test_open_to_is_the_subjects_offer(pipeline, text, doer):
    doc = pipeline(text)
    names = {a.id: a.name for a in doc.actors}
    found = [e for e in doc.events if e.type == "CONSULT"]
    assert found, event_cues(doc)
    assert found[0].mode == "offered", event_cues(doc)
    assert [names[s] for s in found[0].source] == [doer], event_cues(doc)


@pytest.mark.parametrize(("text", "doer"), [
    ("Rwanda's army, which officials in Kinshasa say has shelled Goma, denied the report.", "Rwanda"),
    ("Ethiopia accused the Tigray forces, who it said had attacked a convoy of food aid.", "Tigray"),
])
def test_reported_relative_is_the_noun_it_follows(pipeline, text, doer):
    doc = pipeline(text)
    names = {a.id: a.name for a in doc.actors}
    found = [e for e in doc.events if e.type == "ASSAULT"]
    assert found, event_cues(doc)
    assert any(doer in names[s] for s in found[0].source), event_cues(doc)


@pytest.mark.parametrize(("text", "partners"), [
    ("Egypt's foreign minister Badr Abdelatty held consultations in Amman with King Abdullah of Jordan, "
     "and in Doha with a delegation of Hamas.", 2),
    ("Egyptian Foreign Minister Badr Abdelatty met in Riyadh with the Saudi crown prince and in Abu Dhabi "
     "with the president of the UAE.", 2),
    ("Chancellor Scholz met with President Macron and with Prime Minister Meloni in Rome.", 1),
    ("President Ruto met with the Somali president in Nairobi on Monday.", 1),
])
def test_gapped_clause_is_a_meeting_per_partner(pipeline, text, partners):
    doc = pipeline(text)
    found = [e for e in doc.events if e.type == "CONSULT"]
    assert len(found) == partners, event_cues(doc)
    if partners > 1:  # one partner each
        assert all(len(e.target) == 1 for e in found), [(e.type, e.target) for e in found]
        assert len({e.target for e in found}) == partners, [(e.type, e.target) for e in found]

"""Events of issue 16's twentieth round (c): precision on unseen documents. Not coded: an act that
is only the condition of a warning or a promise ("unless Belgrade resumes the dialogue", "would
hold Goma until Kinshasa agreed", "if Caracas did not cooperate"), a reproach for what
was not done ("should have expelled the envoy"), a government's orders to its own ministers
("asked his interior minister to review ...": domestic administration), a document's label
("Joint Press Release of ...") and a topic ("divided over the withdrawal of troops", "talks on a
customs agreement"), a refusal to comment, a PROTEST beside the summons it is the purpose
of; the acts beside them stay. Sentences written for this project."""

from __future__ import annotations

import pytest

from conftest import analyse_text, event_cues, events_of

NOT_CODED = [
    # (text, type that must not be coded)
    ("Brussels warned Belgrade that it would lose the promised funds unless Serbia resumes the "
     "dialogue with Pristina.", "CONSULT"),
    ("The M23 commander said his fighters would hold Goma until Kinshasa agreed to direct talks with "
     "the movement.", "AGREE"),
    ("The donors said they would reconsider the grant if Caracas did not cooperate with the "
     "inspectors by June.", "COOPERATE"),
    ("The opposition leader said the government should have expelled the Russian ambassador a "
     "month earlier.", "SANCTION"),
    ("Joint Press Release of the Ministry of Foreign Affairs of Chile and the Ministry of Foreign "
     "Affairs of Peru", "CONCEDE"),
    ("The Kenyan president asked his interior minister to review security at the border posts.", "REQUEST"),
    ("President Ruto instructed his interior minister to close the camps near Mandera.", "REQUEST"),
    ("A spokesman for the Chilean foreign ministry declined to say whether Santiago would recall its "
     "ambassador from Lima.", "REJECT"),
    # one diplomatic act: the summons (ACCUSE), not a PROTEST beside it
    ("Hanoi summoned the Chinese ambassador on Tuesday to protest against the seizure of a "
     "Vietnamese fishing boat.", "PROTEST"),
    # a topic of talks, of an accord or of a dispute
    ("Lima and La Paz remained divided over the withdrawal of border police from the lake shore.", "RETREAT"),
    ("The two governments failed to reach agreement on the disarmament of the militias.", "RETREAT"),
    ("Bolivian and Chilean negotiators will hold talks in Arica next month on a new water-sharing "
     "agreement.", "AGREE"),
]

KEPT = [
    # (text, type that must stay)
    ("If Ottawa signs this treaty with Denmark, the northern fishing grounds will be lost for a "
     "generation.", "AGREE"),
    ("Brussels warned Belgrade that it would lose the promised funds unless Serbia resumes the "
     "dialogue with Pristina.", "THREATEN"),
    ("Qatar offered to mediate between the government of Chad and the rebels.", "CONSULT"),
    ("Norway offered emergency food aid to Sudan on Monday.", "AID"),
    ("The Kenyan president asked Somalia to close the camps near the border.", "REQUEST"),
    ("The Chadian minister warned Khartoum that any further shelling would be met with force.", "THREATEN"),
    ("The government of Mali expelled the French ambassador on Tuesday.", "SANCTION"),
    ("Bolivian and Chilean negotiators will hold talks in Arica next month on a new water-sharing "
     "agreement.", "CONSULT"),
    ("The Chilean foreign ministry declined Peru's request for an extradition hearing.", "REJECT"),
    ("Hanoi summoned the Chinese ambassador on Tuesday to protest against the seizure of a "
     "Vietnamese fishing boat.", "ACCUSE"),
    ("Vietnamese fishermen protested outside the Chinese embassy in Hanoi.", "PROTEST"),
    # the cause of a row has happened
    ("A diplomatic row over Peru's expulsion of two Chilean diplomats deepened on Monday.", "SANCTION"),
    # a past "until" tells what happened: the withdrawal is reported
    ("Ethiopian troops shelled the town for a week until the rebels withdrew from it.", "RETREAT"),
]


@pytest.mark.parametrize("text,type_", NOT_CODED)
def test_not_coded(pipeline, text, type_):
    doc = analyse_text(pipeline, text)
    assert not events_of(doc, type_), event_cues(doc)


@pytest.mark.parametrize("text,type_", KEPT)
def test_kept(pipeline, text, type_):
    doc = analyse_text(pipeline, text)
    assert events_of(doc, type_), event_cues(doc)

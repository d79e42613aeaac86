"""Events of round 24e5: a second act of the same type in one sentence (docs/events.md, "Round 24e5:
second acts in a sentence"): an aircraft or ship forced down or back is a COERCE of its own
beside the arrest that follows it; "the dissolution of the parliament", one of a list of acts
condemned, is a COERCE; a coordinated act whose own object names no actor is another
event even when the stage gave it the first act's target ("expelled the ambassador and imposed
sanctions on three businessmen"); and the sentences where the same words are no event or one act.
Texts written for this project."""

from __future__ import annotations

import pytest

from conftest import event_cues, probe_tests

# (expected type, sentence): found
PROBES: list[tuple[str, str]] = [
    # an aircraft or ship stopped in transit
    ("COERCE", "Belarusian fighter jets forced a Lithuanian cargo plane to land in Minsk on Sunday."),
    ("COERCE", "The Greek coast guard forced a Turkish fishing trawler back into Turkish waters."),
    ("COERCE", "Venezuela forced the Guyanese freighter to turn back at the mouth of the river."),
    # a body dissolved, in a list of acts condemned
    ("COERCE", "The African Union condemned the dissolution of the Parliament of Guinea by the soldiers."),
    ("COERCE", "The ministers deplored the arrest of the Prime Minister of Mali and the dissolution of the "
               "National Transitional Council of Mali."),
    ("COERCE", "Canada condemned the dissolution of the Supreme Court of Tunisia by presidential decree."),
]

# (type that must NOT be found, sentence): the same words, no event
NEGATIVES: list[tuple[str, str]] = [
    ("COERCE", "The storm forced the flight to land in Oslo."),
    ("COERCE", "Air defences intercepted three missiles over the capital."),
    ("COERCE", "The pilot forced a smile as the passengers left the plane."),
    ("COERCE", "The dissolution of the partnership between the two firms was announced on Monday."),
    ("COERCE", "Shareholders voted for the dissolution of the company at the end of the year."),
]


test_probe_sentence_has_its_type, test_same_words_with_no_event = probe_tests(PROBES, NEGATIVES)


@pytest.mark.parametrize(("text", "kind", "count"), [
    # a stopped aircraft and an arrest: two COERCE
    ("Belarus forced a Ryanair plane to land in Minsk and arrested a Belarusian journalist on board.",
     "COERCE", 2),
    # the same source and target twice (a British ship, British sailors): one event, as the guidelines code it
    ("Iran's navy forced a British tanker into its waters and detained two British sailors.", "COERCE", 1),
    # coordinated acts, the second one's object no actor: two SANCTION
    ("Ghana expelled the Malian ambassador and imposed targeted sanctions on three businessmen who fund "
     "the group.", "SANCTION", 2),
    ("Lithuania closed the Russian consulate in Klaipeda and froze the assets of four firms that ship its "
     "oil.", "SANCTION", 2),
    # the same named target twice, or one object shared: one act (round 19c, unchanged)
    ("The army shelled Kharkiv and bombed Kharkiv again.", "ASSAULT", 1),
    ("Police arrested two opposition leaders in Kampala and detained them.", "COERCE", 1),
])
def test_second_act_of_the_type(pipeline, text, kind, count):
    doc = pipeline(text)
    found = [e for e in doc.events if e.type == kind]
    assert len(found) == count, event_cues(doc)

"""Events of issue 16's round 23e: contact and cooperation verbs with no trigger before (docs/events.md,
"Round 23e: contact verbs, types, second events"): "have worked closely with", "has raised these
reports with", "has written twice to"; and sentences where the same words are no event.
Texts written for this project."""

from __future__ import annotations


from conftest import probe_tests

# (expected type, sentence): found
PROBES: list[tuple[str, str]] = [
    ("COOPERATE", "The Malian government has worked closely with the mission of the African Union."),
    ("COOPERATE", "Ghana will continue to work closely with Togo and Benin on border security."),
    ("COOPERATE", "Chile worked with Peru to map the fishing grounds of the two countries."),
    ("CONSULT", "Norway has raised these reports with the leaders of both parties."),
    ("CONSULT", "The Foreign Minister of Ireland has written twice to the High Commissioner."),
    ("CONSULT", "Prime Minister Kishida wrote to President Yoon about the fisheries dispute."),
    # object lists (round 23e)
    ("AGREE", "Serbia has accepted a date for the next round of talks with Kosovo."),
    ("CONCEDE", "Canada will suspend its countermeasures if the United States suspends its duties."),
    ("COOPERATE", "Chile is ready to share its radar records with Argentina."),
    ("ASSAULT", "The Indian army said it had returned fire after Pakistani troops shelled its posts."),
    ("AGREE", "At the ceremony in Oslo, Prime Minister Petr Fiala signed for the Czech government."),
    # a prisoner exchange releases prisoners (RETREAT, no longer COOPERATE)
    ("RETREAT", "Armenia and Azerbaijan will exchange all prisoners before the end of the month."),
    ("RETREAT", "Russia and Ukraine swapped ninety prisoners of war on Friday."),
]

# (type that must NOT be found, sentence): the same words, no event
NEGATIVES: list[tuple[str, str]] = [
    ("COOPERATE", "The farmers worked with their hands for many hours."),
    ("COOPERATE", "The engineers work with steel and concrete."),
    ("CONSULT", "The children wrote to Santa Claus."),
    ("CONSULT", "The novelist has written twice to her publisher about the cover."),
    ("ASSAULT", "The customer returned the fire extinguisher to the shop."),
    ("AGREE", "The courier signed for the parcel at the door."),
    ("RETREAT", "Jordan and Iraq will exchange ambassadors next month."),
    ("COOPERATE", "Armenia and Azerbaijan will exchange all prisoners before the end of the month."),
]


test_probe_sentence_has_its_type, test_same_words_with_no_event = probe_tests(PROBES, NEGATIVES)

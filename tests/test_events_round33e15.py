"""Events of the thirty-third round (e15; docs/events.md, "Round 33e15"): the trigger lexicon set
against a list of the ways English says each PLOVER type (``tests/data/events/plover_ways.yaml``,
written from the codebook, not from the documents), and the few ways it lacked: a party informed or
notified (a CONSULT only as the sentence's one act, with no clause told, not the public), an
invitation extended, a likening, a caution "against", people mistreated, persecuted or repressed.
Texts written for this project, each rule with a negative."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import event_cues, events_of, events_with_word

from communique.events.lexicon import load_lexicon

WAYS = Path(__file__).resolve().parent / "data" / "events" / "plover_ways.yaml"


def _covered(lexicon, type_: str, way: str) -> bool:
    """Whether the lexicon has an entry of ``type_`` with the way's head ("verb share ~data": share)."""
    pos, _, rest = way.partition(" ")
    head = rest.split(" ")[0].split("+")[0]
    table = lexicon.verbs if pos == "verb" else lexicon.nouns
    return any(e.type == type_ for e in table.get(head, []))


def test_every_way_of_the_list_is_in_the_lexicon_or_left_out_on_purpose():
    lexicon, ways = load_lexicon(), yaml.safe_load(WAYS.read_text(encoding="utf-8"))
    assert set(ways) == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    missing = [(t, w) for t, block in ways.items() for w in block["ways"] if not _covered(lexicon, t, w)]
    stale = [(t, w) for t, block in ways.items() for w in block.get("left_out") or [] if _covered(lexicon, t, w)]
    assert not missing, f"ways of the list with no lexicon entry of their type: {missing}"
    assert not stale, f"ways listed as left out that the lexicon now has: {stale}"


@pytest.mark.parametrize("text, type_, word", [
    ("Spain notified Morocco of the new quota on Tuesday.", "CONSULT", "notified"),
    ("The coast guard informed the Maltese rescue centre at once.", "CONSULT", "informed"),
    ("Ghana extended an invitation to the Togolese president.", "CONSULT", "invitation"),
    ("Hungary likened the European Commission to a colonial governor.", "ACCUSE", "likened"),
    ("Iraq cautioned Turkey against any further incursion.", "THREATEN", "cautioned"),
    ("Venezuelan police mistreated Colombian migrants at the border.", "COERCE", "mistreated"),
    ("The junta persecuted opposition journalists for years.", "COERCE", "persecuted"),
])
def test_ways_the_lexicon_lacked(pipeline, text, type_, word):
    doc = pipeline(text)
    assert events_with_word(doc, type_, word), event_cues(doc)


@pytest.mark.parametrize("text", [
    "Analysts likened the bond market to a casino.",  # no actor likens
    "Officials cautioned that no deadline had been set.",  # a caution with no "against"
])
def test_no_actor_or_no_against_is_no_event(pipeline, text):
    doc = pipeline(text)
    assert not doc.events, event_cues(doc)


@pytest.mark.parametrize("text", [
    # told to the public: no consultation
    "The Ministry of Foreign Affairs of Benin informs the public of this decision by Niger.",
    "Benin's foreign ministry informed the Beninese public and the press of Niger's decision.",
    # a clause told: "informed him that ..." is said like "told him that"
    "Mexico informed John Bolton last night that his services were no longer needed.",
    # the telling of another act of the sentence
    "The Ministry of Foreign Affairs of Belarus was informed of the decision by Lithuania when its "
    "charge d'affaires was summoned.",
    # a participle: the manner of its clause's act
    "President Japarov received a team of election monitors in Bishkek, informing them about the new constitution.",
])
def test_an_informing_that_is_no_consultation(pipeline, text):
    doc = pipeline(text)
    assert not [e for e in events_of(doc, "CONSULT") if "inform" in e.trigger.text], event_cues(doc)

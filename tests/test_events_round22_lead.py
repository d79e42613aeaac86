"""Events of issue 16, round 22 (lead): a numbered paragraph's event sentence starts at its
number, for the clause rules and for an accusation read inside a direct quote alike, so a gold
sentence start written with or without the number finds it. Every sentence here was written for
these tests."""

from __future__ import annotations

from conftest import analyse_text

NUMBERED = """Statement of the Ministry of Foreign Affairs of Ruritania

1. The Ministry condemns the shelling of the border village of Kestrel by the armed forces of Borduria.

2. Speaking in Kestrel, the Minister of Foreign Affairs, Elena Varga, said: "Borduria spreads lies about the shelling."
"""


def _by_cue(doc) -> dict[str, tuple[int, int]]:
    return {e.cue: tuple(e.sentence) for e in doc.events}


def test_clause_event_sentence_starts_at_the_paragraph_number(pipeline):
    doc = analyse_text(pipeline, NUMBERED)
    start = NUMBERED.index("1. The Ministry")
    spans = [tuple(e.sentence) for e in doc.events if e.type == "ACCUSE" and e.sentence[0] <= start + 3]
    assert spans and all(s[0] == start for s in spans)


def test_quoted_accusation_sentence_starts_at_the_paragraph_number(pipeline):
    doc = analyse_text(pipeline, NUMBERED)
    quoted = [e for e in doc.events if e.cue.startswith("quoted-accuse:")]
    assert quoted, [(e.type, e.cue) for e in doc.events]
    assert tuple(quoted[0].sentence)[0] == NUMBERED.index("2. Speaking")


def test_a_sentence_without_a_number_keeps_its_own_start(pipeline):
    text = NUMBERED.replace("1. ", "").replace("2. ", "")
    doc = analyse_text(pipeline, text)
    starts = {tuple(e.sentence)[0] for e in doc.events}
    assert text.index("The Ministry condemns") in starts

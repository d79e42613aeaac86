"""The document summary: what a reader should see first about a text's rhetoric.

``summarise(document, doc)`` returns the ``summary`` object of the JSON
(additive to the ``communique/1`` contract), with these keys:

* ``technique_counts``: ``{technique: number of spans}``, most frequent first;
* ``persuasion_per_1000_words``: technique spans per 1,000 words (Repetition excluded);
* ``passages``: the most persuasive sentences (technique spans at two or more places;
  one span with two labels is one place),
  ``[{"start", "end", "text", "techniques": [...]}]``, densest first;
* ``strongest``: the highest-confidence technique spans,
  ``[{"technique", "start", "end", "text", "confidence", "cue"}]``;
* ``calls_to_action``: ``[{"start", "end", "addressee", "action"}]``;
* ``most_against`` / ``most_for``: the author's stance, ``[{"actor", "name",
  "polarity"}]``, most negative / most positive first, only past ``STANCE_MIN_POLARITY``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter

from ..views import sentences

#: Entries kept in each summary list.
TOP_N = 5
#: A stance weaker than this is not "against" or "for".
STANCE_MIN_POLARITY = 0.15
#: A sentence with technique spans (Repetition excluded) at this many places is a persuasive passage
#: (one span with two labels, Loaded_Language and Name_Calling, is one place: round 16).
MIN_CUES_PER_PASSAGE = 2
#: What may stand between two persuasive spans that ``persuasive_spans`` joins into one stretch.
STRETCH_GAP = " \t\n\r\"“”‘’"
#: Longest passage text quoted in the summary.
MAX_PASSAGE_CHARS = 300


#: Technique of the exaggeration cues: an overstatement ("the worst deal in history", "absolutely
#: nobody") is said of the whole claim, so its sentence is a passage on one cue (round 18).
EXAGGERATION = "Exaggeration,Minimisation"


def _overstates(technique) -> bool:
    """An exaggeration span found by a cue of ``cues.jsonl`` (not the superlative rule on a loaded
    phrase, which grades a word, not the claim)."""
    return technique.technique == EXAGGERATION and technique.cue.startswith("cue:")


def persuasive_passages(document, doc) -> list[dict]:
    """Sentences with technique spans at MIN_CUES_PER_PASSAGE+ places (places, not labels), or with
    an exaggeration cue, densest first."""
    counted = sorted((t for t in document.techniques if t.technique != "Repetition"), key=lambda t: t.start)
    starts = [t.start for t in counted]  # bisection per sentence, not a scan of every span (issue 21)
    out = []
    for sent in sentences(doc):
        near = counted[bisect_left(starts, sent.start_char):bisect_right(starts, sent.end_char)]
        inside = [t for t in near if t.end <= sent.end_char]
        if len({(t.start, t.end) for t in inside}) >= MIN_CUES_PER_PASSAGE or any(map(_overstates, inside)):
            start, end = sent.start_char, sent.end_char
            while start < end and document.text[start].isspace():
                start += 1
            while end > start and document.text[end - 1].isspace():
                end -= 1
            out.append({"start": start, "end": end, "text": document.text[start:end][:MAX_PASSAGE_CHARS],
                        "techniques": sorted({t.technique for t in inside})})
    out.sort(key=lambda p: (-len(p["techniques"]), p["start"]))
    return out


def _word_count(doc) -> int:
    """Tokens that are neither punctuation nor space, from one ``Doc.to_array``."""
    from spacy.attrs import IS_PUNCT, IS_SPACE

    if not len(doc):
        return 0
    flags = doc.to_array([IS_PUNCT, IS_SPACE])
    return int(((flags[:, 0] == 0) & (flags[:, 1] == 0)).sum())


def summarise(document, doc) -> dict:
    counts = Counter(t.technique for t in document.techniques)
    words = max(1, _word_count(doc))
    strongest = sorted(document.techniques, key=lambda t: (-t.confidence, t.start))[:TOP_N]
    author = [s for s in document.stance if s.holder == "author"]

    def stance_rows(rows):
        return [{"actor": s.target, "name": (document.actor(s.target).name if document.actor(s.target) else s.target),
                 "polarity": round(s.polarity, 3)} for s in rows[:TOP_N]]

    against = sorted((s for s in author if s.polarity <= -STANCE_MIN_POLARITY), key=lambda s: s.polarity)
    favour = sorted((s for s in author if s.polarity >= STANCE_MIN_POLARITY), key=lambda s: -s.polarity)
    return {
        "technique_counts": dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        "persuasion_per_1000_words": round(1000 * sum(n for k, n in counts.items() if k != "Repetition") / words, 2),
        "passages": persuasive_passages(document, doc)[:TOP_N],
        "strongest": [{"technique": t.technique, "start": t.start, "end": t.end, "text": t.text,
                       "confidence": round(t.confidence, 3), "cue": t.cue} for t in strongest],
        "calls_to_action": [{"start": c.start, "end": c.end, "addressee": c.addressee, "action": c.action}
                            for c in document.calls_to_action],
        "most_against": stance_rows(against),
        "most_for": stance_rows(favour),
    }


def persuasive_spans(document, doc) -> list[tuple[int, int]]:
    """Where the text tries to persuade (SemEval-2020 "span identification"): every
    technique span except Repetition, plus the persuasive passages (whole sentences), sorted;
    spans that follow one another with only white space and quotation marks (``STRETCH_GAP``) between
    them are joined into one."""
    spans = [(t.start, t.end) for t in document.techniques if t.technique != "Repetition"]
    spans += [(p["start"], p["end"]) for p in persuasive_passages(document, doc)]
    out: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        # a span inside or overlapping the stretch so far, or following it with nothing but white
        # space and quotation marks between (the next line's passage), continues one stretch (round 18)
        if out and not document.text[out[-1][1]:start].strip(STRETCH_GAP):  # overlapping, touching or a gap
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out

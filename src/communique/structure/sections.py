"""Sections: explicit headings first ("News:", "Comment:", "Analysis", markdown
``###`` and bold lines), then the language of each paragraph where there are none."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.attrs import IS_ALPHA

from .. import resources
from ..views import sentences
from .bylines import EDITORIAL_BOARD, NEWSROOM_ROLES, opens_with_note
from .lines import Line, paragraphs
from .subjectivity import commentary_probabilities

#: Longest line read as a plain-text heading.
MAX_HEADING_CHARS = 80
#: Mean commentary probability of a paragraph's sentences above which it is commentary.
PARAGRAPH_COMMENTARY_THRESHOLD = 0.5
#: A language-based section has at least this many paragraphs (one odd paragraph
#: does not make a section).
MIN_RUN_PARAGRAPHS = 2
#: A run of paragraphs is commentary when its mean commentary probability exceeds this.
#: Lower than the sentence threshold: news paragraphs score near 0.1-0.25, commentary 0.5+.
RUN_COMMENTARY_THRESHOLD = 0.4
#: ... and this, in a text signed by a writer who gives a role of their own outside a newsroom
#: ("By X, development economist": ``signed_opinion``): an opinion piece argues from facts, and
#: its paragraphs of record score lower than a columnist's; reports stay near 0.2-0.35.
SIGNED_COMMENTARY_THRESHOLD = 0.35
#: Two runs become two sections only when their mean probabilities differ this much.
SPLIT_MIN_DIFFERENCE = 0.3
HEADINGS_FILE = "structure/headings.en.yaml"

@resources.cached
def heading_kinds() -> dict[str, str]:
    """heading text (lower case) -> section kind, from ``resources/structure/headings.en.yaml``."""
    from ..errors import LexiconError

    data = resources.yaml(HEADINGS_FILE)
    out = {}
    for kind, names in data.items():
        if kind not in ("news", "commentary", "statement", "other"):
            raise LexiconError(resources.active().source(HEADINGS_FILE), None, f"unknown section kind {kind!r}")
        for name in names:
            out[str(name).lower()] = kind
    return out


def _norm_heading(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().strip("*_#").strip().rstrip(":").strip()).lower()


def heading_kind(text: str) -> str | None:
    return heading_kinds().get(_norm_heading(text))


_INLINE_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z’' -]{1,24}):\s+\S")


@dataclass(frozen=True)
class Heading:
    start: int  # heading line start
    end: int  # heading line end
    text: str
    kind: str | None  # kind announced by the heading text, if any
    body_start: int  # where the section's content starts


def find_headings(lines: list[Line], hints: list[dict], skip: set[int]) -> list[Heading]:
    """Section headings: markdown/bold hints, lexicon heading lines, and inline labels ("Comment: …")."""
    out: dict[int, Heading] = {}
    for h in hints:
        if h["start"] in skip:
            continue
        out[h["start"]] = Heading(h["start"], h["end"], h["text"].rstrip(":").strip(), heading_kind(h["text"]), h["end"])
    for line in lines:
        if line.start in skip or line.start in out:
            continue
        if len(line.text) <= MAX_HEADING_CHARS and heading_kind(line.text):
            out[line.start] = Heading(line.start, line.end, line.text.rstrip(":").strip(), heading_kind(line.text),
                                      line.end)
            continue
        m = _INLINE_LABEL.match(line.text)
        if m and heading_kind(m.group("label")):
            label_end = line.start + len(m.group("label")) + 1
            out[line.start] = Heading(line.start, label_end, m.group("label"), heading_kind(m.group("label")),
                                      label_end)
    return [out[k] for k in sorted(out)]


class SentenceScores:
    """Commentary probabilities of a document's sentences, computed once, with the
    mean over any character range in O(log n) (prefix sums over sentence starts)."""

    def __init__(self, doc):
        alpha = doc.to_array(IS_ALPHA).tolist()
        sents = [sent for sent in sentences(doc) if any(alpha[sent.start:sent.end])]
        self.starts = [sent.start_char for sent in sents]
        self.prefix = [0.0]
        for p in commentary_probabilities(doc, sents):
            self.prefix.append(self.prefix[-1] + p)

    def mean(self, start: int, end: int) -> float | None:
        """Mean probability of the sentences starting in [start, end), None if there are none."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return (self.prefix[hi] - self.prefix[lo]) / (hi - lo) if hi > lo else None


def paragraph_kind(scores: SentenceScores, start: int, end: int) -> tuple[str, float]:
    """("commentary"|"news", mean commentary probability) of the sentences in [start, end)."""
    p = scores.mean(start, end)
    if p is None:
        return "news", 0.0
    return ("commentary" if p > PARAGRAPH_COMMENTARY_THRESHOLD else "news"), p


def signed_opinion(authors) -> bool:
    """Whether a byline author describes a role of their own outside a newsroom: lower case first
    (a description, not an outlet's name: "Reuters") and no ``NEWSROOM_ROLES`` word ("human rights
    lawyer", "columnist"; not "Moscow correspondent", "Staff Writer"); or one who writes for a cause
    (``advocacy_byline``: "Dutch ambassador to Iran from 2015 to 2019, writing in support of the campaign")."""
    return any(a.affiliation and a.affiliation[:1].islower()
               and not any(w in NEWSROOM_ROLES for w in re.findall(r"[a-z]+", a.affiliation.lower()))
               for a in authors) or advocacy_byline(authors)


#: Round 24: the words of a byline that has its writer write for a cause or a body, after a role of the writer's
#: own ("chair of the teachers' union, written for the parents' council"; "a ranger, written in support of the
#: tribunal's decision"; "former ambassador, writing on behalf of the campaign").
_ADVOCACY = re.compile(r",\s*(?:written|writing)\s+(?:for|in support of|on behalf of)\s+\S|"
                       r",\s*(?:in support of|on behalf of)\s+\S", re.IGNORECASE)
#: Round 24: the commentary threshold of a text whose byline declares it written for a cause
#: (``advocacy_byline``): it argues throughout, and its paragraphs of record (the deeds it tells) score as
#: low as a report's (0.33-0.34 on such pieces, where a signed opinion's threshold is 0.35).
ADVOCACY_COMMENTARY_THRESHOLD = 0.2


def advocacy_byline(authors) -> bool:
    """Whether a byline author, after a role of their own, writes for a body or a cause ("chair of the Osh branch
    of the teachers' union, written for the parents' council"; "Dutch ambassador to Iran from 2015 to 2019,
    writing in support of the Free Kamran campaign"); not a bare "written for Reuters" (no role of the writer's
    before it) nor a newsroom role ("correspondent, writing for the agency")."""
    for a in authors:
        aff = a.affiliation or ""
        m = _ADVOCACY.search(aff)
        if m and m.start() > 0 and not any(w in NEWSROOM_ROLES for w in re.findall(r"[a-z]+", aff[:m.start()].lower())):
            return True
    return False


def segment_by_language(text: str, scores: SentenceScores, start: int, end: int,
                        threshold: float = RUN_COMMENTARY_THRESHOLD) -> list[tuple[str, int, int]]:
    """News / commentary sections for [start, end), a stretch with no heading.

    One section unless the paragraphs fall into two runs whose mean commentary
    probabilities differ by at least SPLIT_MIN_DIFFERENCE (a report followed by
    a comment, say), each run at least MIN_RUN_PARAGRAPHS long. A run is
    commentary when its length-weighted mean probability exceeds ``threshold``
    (RUN_COMMENTARY_THRESHOLD, or SIGNED_COMMENTARY_THRESHOLD in a signed opinion
    piece). Linear in the number of paragraphs.
    """
    paras = paragraphs(text, start, end)
    if not paras:
        return []
    sizes = [e - s for s, e in paras]
    weighted = [paragraph_kind(scores, s, e)[1] * w for (s, e), w in zip(paras, sizes)]
    size_sum, weight_sum = [0], [0.0]
    for w, x in zip(sizes, weighted):
        size_sum.append(size_sum[-1] + w)
        weight_sum.append(weight_sum[-1] + x)

    def mean(lo: int, hi: int) -> float:
        return (weight_sum[hi] - weight_sum[lo]) / ((size_sum[hi] - size_sum[lo]) or 1)

    def kind(p: float) -> str:
        return "commentary" if p > threshold else "news"

    n = len(paras)
    best, best_diff = None, SPLIT_MIN_DIFFERENCE
    for k in range(MIN_RUN_PARAGRAPHS, n - MIN_RUN_PARAGRAPHS + 1):
        left, right = mean(0, k), mean(k, n)
        if kind(left) != kind(right) and abs(left - right) >= best_diff:
            best, best_diff = k, abs(left - right)
    if best is None:
        return [(kind(mean(0, n)), paras[0][0], paras[-1][1])]
    return [(kind(mean(0, best)), paras[0][0], paras[best - 1][1]),
            (kind(mean(best, n)), paras[best][0], paras[-1][1])]


#: Round 34e17: section kinds of a text whose body argues (``signed_opinion_text``).
OPINION_BODY_KINDS = frozenset({"commentary"})


def signed_opinion_text(document) -> bool:
    """Round 34e17: a signed opinion piece: body sections of ``OPINION_BODY_KINDS`` only (no news, no statement;
    titles and date lines are "other"), the genre the sections read, where a headline argues what the body argues
    (the events stage codes no act there). Round 34f8: and signed as an opinion, not by any byline (a press release
    "By Jane Wanjiru, Spokesperson" argues too): a writer with a role outside a newsroom (``signed_opinion``), a
    paper's board, or a byline section that is a note on the writer (``bylines.opens_with_note``)."""
    sections, authors = document.sections, document.authors or []
    kinds = {s.kind for s in sections} - {"byline", "other"}
    if not kinds or not kinds <= OPINION_BODY_KINDS:
        return False
    notes = [document.text[s.start:s.end].strip() for s in sections if s.kind == "byline"]
    return signed_opinion(authors) or any(a.affiliation == EDITORIAL_BOARD for a in authors) \
        or any(opens_with_note(n, a.name) for n in notes for a in authors)

"""Structure stage: title, authors + affiliation, publisher, date, sections with offsets."""

from __future__ import annotations

import pytest

from communique.document import Author
from communique.structure.bylines import looks_like_name, parse_byline
from communique.structure.dates import find_dates, normalise_date
from communique.structure.lines import Line


def _sections(doc):
    return [(s.kind, s.heading, doc.text[s.start:s.end]) for s in doc.sections]


def test_structure_wire_report(analyze, examples):
    doc = analyze(examples["wire_report"])
    assert doc.title == "Russia and Afghanistan sign trade deal as Shoigu visits Kabul"
    assert doc.authors == [Author("Elena Marsh", "Central Asia correspondent")]
    assert doc.published == "2026-03-12"
    kinds = _sections(doc)
    assert kinds[0] == ("other", None, doc.title)
    assert kinds[1] == ("byline", None, "By Elena Marsh, Central Asia correspondent")
    assert kinds[2][0] == "news" and kinds[2][2].startswith("KABUL, March 12, 2026")
    assert kinds[2][2].endswith("copper mine south of Kabul.")


def test_structure_ministry_statement(analyze, examples):
    doc = analyze(examples["ministry_statement"])
    assert doc.title.startswith("Statement by the Ministry of Foreign Affairs")
    assert "#" not in doc.title and "*" not in doc.text
    assert doc.publisher == "Ministry of Foreign Affairs of the Republic of Indonesia"
    assert doc.published == "2026-02-04"
    assert doc.authors == []
    body = [s for s in doc.sections if s.kind == "statement"]
    assert len(body) == 1 and doc.text[body[0].start:].startswith("The Government of the Republic of Indonesia")


def test_structure_oped_with_top_byline(analyze, examples):
    doc = analyze(examples["oped_call_to_action"])
    assert doc.title == "Europe cannot afford to look away from the Sahel"
    assert doc.authors == [Author("Amadou Kone", "senior fellow at the Dakar Institute for Security Studies")]
    body = [s for s in doc.sections if s.kind not in ("other", "byline")]
    assert [s.kind for s in body] == ["commentary"]


def test_structure_news_and_comment_with_bottom_byline(analyze, examples):
    doc = analyze(examples["news_and_comment"])
    assert doc.authors == [Author("Layla Hassan", "member of the Forum's advisory board")]
    assert doc.publisher == "the Media Office of the Baghdad Dialogue Forum"
    kinds = [(s.kind, s.heading) for s in doc.sections]
    assert kinds == [("other", None), ("news", "News"), ("commentary", "Comment"), ("byline", None)]
    news, comment, byline = doc.sections[1:]
    assert doc.text[news.start:news.end].startswith("News:\n\nIranian and Saudi officials")
    assert doc.text[comment.start:comment.end].startswith("Comment:\n\nThis is welcome news")
    assert doc.text[comment.start:comment.end].endswith("give the talks its full backing.")
    assert doc.text[byline.start:byline.end].startswith("Written for the Media Office")


def test_structure_html_metadata_wins(analyze, examples):
    doc = analyze(examples["feature"])
    assert doc.title == "NATO allies pledge air defence systems for Ukraine"
    assert doc.publisher == "Northern Ledger" and doc.published == "2026-06-18"
    assert doc.authors == [Author("Jonas Weber")]


def test_structure_api_metadata_overrides_text(analyze):
    doc = analyze("By Ana Souza\n\nChile and Peru signed a fisheries accord in Lima.",
                  title="Accord", published="20260301", publisher="Wire")
    assert (doc.title, doc.published, doc.publisher) == ("Accord", "2026-03-01", "Wire")
    assert doc.authors == [Author("Ana Souza")]


def test_structure_sections_cover_text_in_order_without_overlap(analyze, examples):
    for path in examples.values():
        doc = analyze(path)
        ends = 0
        for s in doc.sections:
            assert ends <= s.start < s.end <= len(doc.text)
            assert doc.text[s.start:s.end] == doc.text[s.start:s.end].strip()
            ends = s.end


@pytest.mark.parametrize("text, expected", [
    ("Analysis\n\nThe ceasefire will not hold, and everyone knows it. We should stop pretending.",
     [("commentary", "Analysis")]),
    ("Opinion:\n\nIt is time for the council to act.", [("commentary", "Opinion")]),
    ("Editorial\n\nOur view is simple.", [("commentary", "Editorial")]),
    ("News: Troops left the town on Sunday, officials said.", [("news", "News")]),
    ("### Background\n\nThe dam was finished in 2020, the ministry said.", [("news", "Background")]),
    ("**Press release**\n\nThe company announced a merger.", [("statement", "Press release")]),
])
def test_structure_explicit_headings(analyze, text, expected):
    doc = analyze(text)
    assert [(s.kind, s.heading) for s in doc.sections if s.heading] == expected


def test_structure_language_splits_report_then_comment(analyze):
    report = ("Officials from Kenya and Somalia met in Nairobi on Monday to discuss border security, "
              "the Kenyan interior ministry said in a statement.\n\n"
              "The two delegations agreed to set up a joint patrol unit, according to the statement. "
              "Somalia's envoy told reporters that a second round would take place in March.\n\n")
    comment = ("We should be clear about what this means. This is a shameful betrayal of the people "
               "of the border region, and it must stop now.\n\n"
               "Our leaders must stop pretending that more soldiers will fix a political failure. "
               "It is time to listen to the communities who live there.\n")
    doc = analyze(report + comment)
    assert [s.kind for s in doc.sections] == ["news", "commentary"]
    assert doc.text[doc.sections[1].start:].startswith("We should be clear")


@pytest.mark.parametrize("line, authors, publisher", [
    ("By Elena Marsh", [("Elena Marsh", None)], None),
    ("BY ELENA MARSH AND TOM LEE", [("Elena Marsh", None), ("Tom Lee", None)], None),
    ("By Elena Marsh and Tom Lee, Moscow correspondents", [("Elena Marsh", "Moscow correspondents"),
                                                           ("Tom Lee", "Moscow correspondents")], None),
    ("Elena Marsh, Central Asia correspondent", [("Elena Marsh", "Central Asia correspondent")], None),
    ("Written for the Media Office of the Sahel Forum by Idrissa Traore, member of its board.",
     [("Idrissa Traore", "member of its board")], "the Media Office of the Sahel Forum"),
    ("(Reporting by Ana Souza; Editing by Mark Hill)", [("Ana Souza", None)], None),
    ("By the way, the talks failed.", [], None),
    ("Moscow, the capital, was calm.", [], None),
])
def test_structure_byline_patterns(line, authors, publisher):
    b = parse_byline(Line(0, len(line), line))
    assert ([(a.name, a.affiliation) for a in b.authors] if b else []) == authors
    assert (b.publisher if b else None) == publisher


def test_structure_bottom_byline_is_a():
    line = "Amina Yusuf is a senior researcher at the Lagos Policy Centre."
    b = parse_byline(Line(0, len(line), line), at_bottom=True)
    assert b.authors == (Author("Amina Yusuf", "senior researcher at the Lagos Policy Centre"),)
    assert parse_byline(Line(0, len(line), line)) is None


@pytest.mark.parametrize("text", [
    "Tomas Ferreira, senior economist at a Lisbon consultancy, said the rate cut came too late.",
    "Ms. Okafor is the latest official to step aside.",
    "Daniel Weiss, a columnist for a Berlin weekly, disagrees.",
    "Hana Sato is a professor of politics at a university in Kyoto.",
    "Rita Moreau, the ministry's chief analyst, resigned on Monday",
    "Below the summit, talks stalled.\n\nPaul Brandt, head of the delegation, left the talks early.",
    "The envoy left on Friday.\n\nNadia Karim is the sister of the foreign minister.",
])
def test_structure_news_sentence_is_no_byline(analyze, text):
    """A sentence that opens with a person (a job in apposition, "X is a ...") is news,
    not a byline; a one-sentence text has no bottom byline (issue 17)."""
    doc = analyze(text)
    assert doc.authors == []
    assert "byline" not in [s.kind for s in doc.sections]


@pytest.mark.parametrize("text, author", [
    ("By Clara Nunes\n\nThe talks in Lisbon ended without a deal on Tuesday.", ("Clara Nunes", None)),
    ("Clara Nunes, Lisbon correspondent\n\nThe talks ended without a deal on Tuesday.",
     ("Clara Nunes", "Lisbon correspondent")),
    ("The talks ended without a deal on Tuesday.\n\nHana Sato is a professor of politics at Kyoto University.",
     ("Hana Sato", "professor of politics at Kyoto University")),
    ("The talks ended without a deal on Tuesday.\n\nHana Sato, senior fellow at the Kyoto Forum.",
     ("Hana Sato", "senior fellow at the Kyoto Forum")),
])
def test_structure_byline_beside_body(analyze, text, author):
    doc = analyze(text)
    assert [(a.name, a.affiliation) for a in doc.authors] == [author]


def test_structure_sentence_line_is_no_name_job_byline():
    line = "Elena Marsh, Central Asia correspondent"
    assert parse_byline(Line(0, len(line), line), sentence=True) is None
    assert parse_byline(Line(0, len(line), line)).authors == (Author("Elena Marsh", "Central Asia correspondent"),)


@pytest.mark.parametrize("name, ok", [("Elena Marsh", True), ("Ursula von der Leyen", True),
                                      ("Mohammed bin Salman", True), ("Elena", False),
                                      ("senior fellow", False), ("Moscow correspondent", False)])
def test_structure_name_shape(name, ok):
    assert looks_like_name(name) is ok


@pytest.mark.parametrize("value, iso", [
    ("2026-03-12T08:00:00Z", "2026-03-12"), ("20260312", "2026-03-12"), ("March 12, 2026", "2026-03-12"),
    ("12 March 2026", "2026-03-12"), ("Sept. 3, 2025", "2025-09-03"), ("31 February 2026", None),
    ("yesterday", None), ("", None), (None, None),
])
def test_structure_date_normalisation(value, iso):
    assert normalise_date(value) == iso


def test_structure_find_dates_offsets():
    text = "Signed in Lima on 4 May 2025 and ratified on June 1, 2026."
    assert [(text[s:e], iso) for s, e, iso in find_dates(text)] == [("4 May 2025", "2025-05-04"),
                                                                  ("June 1, 2026", "2026-06-01")]


# Wire datelines (issue 16/17): the dateline and the lead it opens stay one sentence, and the
# lead is read as without it. Own datelines, several agency styles.
DATELINE_LEADS = [
    ("VALDORA, Oct 2 (Harbour Wire) - ", "Estonia expelled two Russian diplomats on Thursday."),
    ("KESSEL, Norway (NP) — ", "Norway recalled its ambassador from Belarus after the trial."),
    ("ORTEN, 14 June 2025 (Agency) – ", "Chile signed a fishing accord with Peru on Friday."),
    ("Marrow Bay, 3 May (Coast Agency) -- ", "Ghana condemned the attack on its embassy."),
    ("TALLMARK — ", "Finland and Sweden agreed to share radar data."),
]


@pytest.mark.parametrize("dateline, lead", DATELINE_LEADS)
def test_dateline_stays_in_the_lead_sentence(nlp, dateline, lead):
    text = f"A short headline about the news\n\n{dateline}{lead} Officials gave no more details."
    sents = [s.text for s in nlp(text).sents]
    assert sents == ["A short headline about the news\n\n", f"{dateline}{lead}", "Officials gave no more details."]


def test_dateline_lead_events_keep_offsets(analyze):
    text = ("Estonia expels diplomats\n\nVALDORA, Oct 2, 2025 (Harbour Wire) - Estonia expelled two Russian "
            "diplomats on Thursday, the foreign ministry said.\n")
    doc = analyze(text)
    assert doc.published == "2025-10-02"
    lead = [e for e in doc.events if e.sentence[0] == text.index("VALDORA")]
    assert lead and all(text[e.trigger.start:e.trigger.end] == e.trigger.text for e in lead)


def test_dateline_pattern_needs_caps_or_agency():
    from communique.nlp import dateline_end

    assert dateline_end("GENEVA — Talks resumed.") == len("GENEVA — ")
    assert dateline_end("Nairobi, 12 May 2025 (Agency) – Kenya sent police.") == len("Nairobi, 12 May 2025 (Agency) – ")
    assert dateline_end("Later - much later - the talks resumed.") is None
    assert dateline_end("The minister — a former general — resigned.") is None


def test_dateline_place_has_three_letters():
    from communique.nlp import dateline_end

    assert dateline_end("US - China talks end without a deal.") is None
    assert dateline_end("ROME — Italy recalled its envoy.") == len("ROME — ")

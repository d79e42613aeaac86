"""Publication dates of saved pages in their real layouts (tests/data/pages, written for
this project): wire copy, ministry statements, op-eds and blogs as .txt, .md and .html."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.ingest.readers import read_path
from communique.structure.dates import find_publication_date, numeric_dates
from communique.structure.lines import split_lines

PAGES = Path(__file__).parent / "data" / "pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
#: Share of the pages that print a date for which it is found (issue 17 asks for 0.90).
MIN_DATE_SHARE = 0.95


def _analyse(analyze, name):
    return analyze(PAGES / name)


@pytest.mark.issue(17)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_structure_dates_page(analyze, name):
    iso, source = EXPECTED[name]
    doc = _analyse(analyze, name)
    assert (doc.published, doc.date_source) == (iso, source)


@pytest.mark.issue(17)
def test_structure_dates_share_of_pages(analyze):
    dated = [n for n, (iso, _) in EXPECTED.items() if iso]
    assert len(dated) >= 20
    found = sum(_analyse(analyze, n).published == EXPECTED[n][0] for n in dated)
    assert found / len(dated) >= MIN_DATE_SHARE


def _found(text):
    best, _ = find_publication_date(split_lines(text), text)
    return (best.iso, best.source) if best else None


@pytest.mark.parametrize("text, expected", [
    ("Title\n\nUpdated 20 October 2020\nPublished 18 October 2020\n\nBody text here.", ("2020-10-18", "date_line")),
    ("Title\n\nPARIS, May 3 (Wire) - Officials met.", None),  # no year anywhere: no guess
    ("Title\n\nPARIS, May 3 (Wire) - Officials met to review the 2019 accord.", ("2019-05-03", "dateline")),
    ("Title\n\n03/04/2021\n\nBody.", None),  # day and month cannot be told apart
    ("Title\n\n2021/03/04\n\nBody.", ("2021-03-04", "date_line")),
    ("A long first paragraph that goes on. " * 12 + "It was signed on 4 May 2019.", None),  # too far down
])
def test_structure_dates_rules(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, iso", [("15.02.2022", "2022-02-15"), ("11/27/2019", "2019-11-27"),
                                       ("27/11/2019", "2019-11-27"), ("05/06/2019", None)])
def test_structure_dates_numeric_order(text, iso):
    found = numeric_dates(text)
    assert (found[0][2] if found else None) == iso


def test_structure_dates_reader_keeps_text_dates(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("Title\n\n**Posted:** 5 January 2020\n\nBody.", encoding="utf-8")
    record = next(iter(read_path(path)))
    assert "**" not in record.text


@pytest.mark.issue(17)
def test_structure_layout_bold_bylines_in_txt(analyze):
    """A web page copied as .txt: "News:" / "Comment:" labels, and the byline as bold
    text on three separate paragraphs ("Written for X by", the name, the affiliation)."""
    doc = _analyse(analyze, "layout_bold_bylines.txt")
    assert "*" not in doc.text
    assert [(a.name, a.affiliation) for a in doc.authors] == [
        ("Soraya Nazari", "Member of the Forum's board of trustees")]
    assert doc.publisher == "the Press Office of the Caspian Policy Forum"
    kinds = [(s.kind, s.heading) for s in doc.sections]
    assert kinds == [("other", None), ("news", "News"), ("commentary", "Comment"),
                     ("byline", None), ("byline", None), ("byline", None)]


@pytest.mark.issue(17)
def test_structure_italic_only_txt_is_markdown(analyze):
    doc = _analyse(analyze, "blog_posted_italic_saved.txt")
    assert "*" not in doc.text and doc.published == "2020-01-05"

"""Property tests over the whole pipeline with hostile text (issue 10).

For any text within the limits, ``analyze`` returns a ``Document`` (it never
raises), every offset it reports lies inside the text and the output validates
against the communique/1 schema. Inputs: random Unicode (control characters,
right-to-left and zero-width characters, combining marks, emoji sequences),
unbalanced quotation marks and brackets, markdown debris, nested and broken
HTML through the HTML reader, and a few fixed extreme shapes (1 MB single lines,
10,000 tiny paragraphs). Example counts are bounded so that the file runs in
about a minute; fragments and sentences are written for this test.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import communique
from communique.errors import DecodeError, InputError
from communique.ingest.readers import html_record
from communique.settings import SETTINGS

#: Hypothesis settings shared by the properties: no deadline (a parse can take a while
#: on a busy machine), no example database written into the repository.
FUZZ = dict(deadline=None, database=None, print_blob=True,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
#: Examples per property: enough to hit the odd shapes, few enough for a ~1 minute file.
FEW, SOME = 30, 120

#: Pieces a hostile text is built from: words the stages react to, marks, and characters
#: that break naive code (zero-width, bidi controls, C0/C1 controls, separators).
WORDS = ["Russia", "the United Nations", "China's foreign minister", "said", "told reporters",
         "according to", "warned", "Mr. Okafor", "NATO", "will not", "sanctions", "attacked",
         "agreed to", "Opinion", "Analysis:", "By Jane Roe", "March 5, 2024", "2024-03-05",
         "the president", "Ukraine", "Hamas", "must", "we", "They", "cooperation", "refused"]
MARKS = ['"', "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "'", "`",
         "(", ")", "[", "]", "{", "}", "<", ">", "&amp;", "&", "\u2014", "\u2013", "...", ".", ",",
         ";", ":", "?", "!", "#", "## ", "**", "* ", "> ", "- ", "|", "\\", "/", "@"]
ODD = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b",
       "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u061c",
       "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631", "\u05d0\u05de\u05e8 \u05d4\u05e9\u05e8",
       "\x00", "\x07", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u2029", "\r", "\r\n",
       "\t", "\n", "\n\n", "\n\n\n\n", "  ", "e\u0301", "\u0301\u0301\u0301", "\U0001F469\u200d\U0001F469\u200d\U0001F467",
       "\ufe0f", "\U000E0041", "\ue000", "\uffff", "\U0010FFFF", "\U0001D518\U0001D52B", "\uFDFA",
       "\u00a0", "\u3000", "\uff02", "\u300c", "\u300d"]

fragments = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.sampled_from(ODD),
                      st.text(max_size=12))
hostile_text = st.lists(fragments, max_size=80).flatmap(
    lambda parts: st.sampled_from(["", " ", "\n"]).map(lambda sep: sep.join(parts)))
quote_soup = st.lists(st.one_of(st.sampled_from(MARKS[:18]), st.sampled_from(WORDS)), min_size=1,
                      max_size=120).map(" ".join)


def offsets(d: dict) -> list[tuple[str, int, int]]:
    """Every ``(where, start, end)`` a communique/1 object reports."""
    out = [(f"section {s['kind']}", s["start"], s["end"]) for s in d["sections"]]
    for actor in d["actors"]:
        out += [(f"actor {actor['id']}", s, e) for s, e in actor["mentions"]]
    for event in d["events"]:
        out += [(f"event {event['id']} trigger", event["trigger"]["start"], event["trigger"]["end"]),
                (f"event {event['id']} sentence", event["sentence"]["start"], event["sentence"]["end"])]
    out += [(f"quote {q['id']}", q["start"], q["end"]) for q in d["quotes"]]
    out += [(f"technique {t['technique']}", t["start"], t["end"]) for t in d["techniques"]]
    out += [("call to action", c["start"], c["end"]) for c in d["calls_to_action"]]
    for stance in d["stance"]:
        out += [(f"stance on {stance['target']}", s, e) for s, e in stance["evidence"]]
    return out


def check_document(document, text: str) -> None:
    """The fuzz property: offsets inside the text, span texts equal to their spans, schema valid."""
    d = document.to_dict()
    assert d["text"] == text
    n = len(text)
    for where, start, end in offsets(d):
        assert 0 <= start <= end <= n, f"{where}: [{start}, {end}) outside a text of {n} characters"
    for quote in d["quotes"]:
        assert quote["text"] == text[quote["start"]:quote["end"]], f"quote {quote['id']} text differs from its span"
    for event in d["events"]:
        trigger = event["trigger"]
        assert trigger["text"] == text[trigger["start"]:trigger["end"]], f"event {event['id']} trigger text"
    for item in d["techniques"] + d["calls_to_action"]:
        assert item["text"] == text[item["start"]:item["end"]], f"span text differs: {item}"
    communique.validate(d)


def analyze_and_check(analyze, text: str):
    document = analyze(text)
    check_document(document, document.text)
    return document


@settings(max_examples=SOME, **FUZZ)
@given(text=hostile_text)
def test_fuzz_hostile_fragments_never_raise(analyze, text):
    analyze_and_check(analyze, text)


@settings(max_examples=SOME, **FUZZ)
@given(text=st.text(max_size=400))
def test_fuzz_random_unicode_never_raises(analyze, text):
    analyze_and_check(analyze, text)


@settings(max_examples=SOME, **FUZZ)
@given(text=quote_soup)
def test_fuzz_unbalanced_quotes_and_brackets(analyze, text):
    document = analyze_and_check(analyze, text)
    for quote in document.quotes:
        assert quote.end - quote.start <= SETTINGS.max_quote_chars, "a stray quote mark ran on"


@settings(max_examples=FEW, **FUZZ)
@given(prefix=st.text(max_size=30), surrogate=st.integers(0xD800, 0xDFFF), suffix=st.text(max_size=30))
def test_fuzz_lone_surrogates_are_refused_clearly(analyze, prefix, surrogate, suffix):
    text = prefix + chr(surrogate) + " said the minister." + suffix
    with pytest.raises(DecodeError, match="lone surrogate"):
        analyze(text)


# -- HTML through the reader -----------------------------------------------------------
TAGS = ["div", "p", "article", "span", "b", "i", "table", "tr", "td", "ul", "li", "section",
        "main", "h1", "h2", "blockquote", "q", "a", "font", "svg", "math", "template", "iframe",
        "noscript", "textarea", "title", "select", "option"]
#: Text inside these must never become document text: it is code, not prose.
SCRIPT_MARKER = "zzscriptmarkerzz"


def _marker_is_page_text(html: str) -> bool:
    """Whether the HTML parser itself reads the marker as page text rather than as the code of
    a <script>/<style> element: a broken attribute can swallow the ``<script`` tag
    (``<div class="x>"<script>var ...``), and then a browser shows the "code" as text too."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return False
    for el in root.iter():
        code = isinstance(el.tag, str) and el.tag in ("script", "style")
        if not code and SCRIPT_MARKER in (el.text or "") or SCRIPT_MARKER in (el.tail or ""):
            return True
    return False


def _element(tag: str, children: list[str], broken_attribute: bool, closed: bool) -> str:
    attribute = ' class="x' if broken_attribute else ""
    return f"<{tag}{attribute}>" + "".join(children) + (f"</{tag}>" if closed else "")


def _html(children):
    return st.builds(_element, st.sampled_from(TAGS), st.lists(children, max_size=4), st.booleans(),
                     st.booleans())


html_leaf = st.one_of(
    st.lists(st.sampled_from(WORDS + MARKS[:10]), min_size=1, max_size=25).map(" ".join),
    st.sampled_from(["<br>", "<hr/>", "</p>", "</div></div>", "<!--", "-->", "<![CDATA[", "]]>",
                     "<!DOCTYPE x [<!ENTITY a 'b'>]>", "&#0;", "&#x110000;", "&nbsp;", "&lt;script&gt;",
                     "<img src=x onerror=alert(1)>", f"<script>var {SCRIPT_MARKER} = 1;</script>",
                     f"<style>.{SCRIPT_MARKER} {{}}</style>", "<p", "<", "\x00", "\u202e"]),
)
html_tree = st.recursive(html_leaf, _html, max_leaves=40)


@settings(max_examples=SOME, **FUZZ)
@given(body=html_tree, wrap=st.booleans())
def test_fuzz_nested_and_broken_html(analyze, body, wrap):
    html = f"<html><head><title>T</title></head><body>{body}</body></html>" if wrap else body
    try:
        record = html_record(html, "fuzz.html")
    except InputError as err:  # no main text: a clear, one-line refusal is the right answer
        assert err.source == "fuzz.html" and "\n" not in err.reason
        return
    # Script and style code never becomes prose. Inside a raw-text element left open
    # (<iframe>, <textarea>, <noscript>) the parser keeps markup as literal text: the tag
    # then shows with it, as text to read, never as code to run.
    code = record.text.replace(f"<script>var {SCRIPT_MARKER}", "").replace(f"<style>.{SCRIPT_MARKER}", "")
    assert SCRIPT_MARKER not in code or _marker_is_page_text(html)
    document = analyze(record)
    check_document(document, record.text)


def test_fuzz_deeply_nested_html_is_read_or_refused(analyze):
    depth = 5000  # deeper than lxml's default tree depth checks care about
    html = "<html><body>" + "<div>" * depth + "Kenya and Peru signed a fishing accord." + "</div>" * depth
    try:
        record = html_record(html + "</body></html>", "deep.html")
    except InputError as err:
        assert "deep.html" in str(err)
        return
    check_document(analyze(record), record.text)


# -- fixed extreme shapes ---------------------------------------------------------------
SENTENCE = 'Officials from Norway said "talks (with Chile continue" and warned of sanctions; '


@pytest.mark.parametrize("name,text", [
    ("100 kB single line without spaces", "x" * 100_000),
    ("100 kB of zero-width spaces", "\u200b" * 100_000),
    ("right-to-left override line", ("\u202e" + "Egypt said \u05d0\u05de\u05e8 ") * 3_000),
    ("20,000 opening quotes", "\u201c" * 20_000),
    ("lone brackets and quotes", "((((\"[[[\u00ab" * 2_000),
    ("20 kB single sentence of prose", (SENTENCE * 300)[:20_000]),
])
def test_fuzz_extreme_single_lines(analyze, name, text):
    analyze_and_check(analyze, text)


@pytest.mark.slow
def test_fuzz_one_megabyte_single_line(analyze):
    text = ("x" * 999 + "\u201c") * 1000  # no space, no line break, quote marks inside
    assert len(text) == 1_000_000 and "\n" not in text
    document = analyze_and_check(analyze, text)
    assert document.quotes == []  # marks with no words between them are no quotes


@pytest.mark.slow
def test_fuzz_ten_thousand_tiny_paragraphs(analyze):
    text = "".join(f"P{n}.\n\n" for n in range(10_000))
    document = analyze_and_check(analyze, text)
    assert document.sections and document.sections[-1].end <= len(text)


def test_fuzz_text_over_the_limit_is_refused_clearly(pipeline):
    import copy

    from communique.pipeline import Context
    from communique.settings import override

    small = copy.copy(pipeline)  # same model and stages, smaller limit
    small.ctx = Context(settings=override(max_document_chars=1000))
    with pytest.raises(InputError, match="max_document_chars=1,000"):
        small("word " * 300)

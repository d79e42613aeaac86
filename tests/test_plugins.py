"""A plugin stage end to end (issue 15): the example package examples/plugins/communique-casualties,
installed with pip into a temporary folder, is found through its entry point and its
``extensions.casualties`` reach the JSON, the table output, the store and the web app."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from communique.cli import main

pytestmark = pytest.mark.issue(15)

#: A report written for these tests: three casualty phrases and one sentence without any.
REPORT = ("Kharkiv, 3 May 2024. A missile strike on the market killed at least 12 people, and "
          "30 were wounded, the regional governor said. Two soldiers died near the border "
          "overnight. Dozens injured in the blast were taken to hospital. The talks will resume "
          "on Friday.")
#: (phrase, count, kind) the plugin must report for REPORT, in text order.
EXPECTED = [("killed at least 12 people", 12, "killed"), ("30 were wounded", 30, "injured"),
            ("Two soldiers died", 2, "killed"), ("Dozens injured", None, "injured")]
STAGES = "default,casualties.v1"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "strike.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def ingested(casualties_plugin, report, tmp_path_factory, pipeline):
    db = tmp_path_factory.mktemp("db") / "corpus.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(report), "--db", str(db), "--workers", "1", "--quiet",
                                       "--no-search-index", "--stages", STAGES])
    assert result.exit_code == 0, result.output
    return db


def test_plugin_stage_is_discovered_through_its_entry_point(casualties_plugin):
    from communique.pipeline import available_stages, load_stage, stage_entry_points

    ep = stage_entry_points()["casualties.v1"]
    assert ep.dist.name == "communique-casualties" and ep.value == "communique_casualties:find_casualties"
    assert "casualties.v1" in available_stages()
    spec = load_stage("casualties.v1")
    assert spec.assigns == ("extensions.casualties",)
    assert spec.options["casualties_min_count"].default == 1


def test_plugin_cli_analyze_json_has_extensions_with_exact_offsets(casualties_plugin, report, pipeline):
    result = CliRunner().invoke(main, ["analyze", str(report), "--stages", STAGES, "--format", "json", "-q"])
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)
    assert d["schema"] == "communique/2" and ",summary.v1,casualties.v1+" in d["pipeline_version"]
    items = d["extensions"]["casualties"]
    assert [(i["text"], i["count"], i["kind"]) for i in items] == EXPECTED
    for item in items:
        assert d["text"][item["start"]:item["end"]] == item["text"]
    assert d["events"] or d["actors"]  # the default stages ran too
    import communique

    communique.validate(d)


def test_plugin_typed_option_filters_and_is_checked(casualties_plugin, report, pipeline):
    result = CliRunner().invoke(main, ["analyze", str(report), "--stages", STAGES, "--option",
                                       "casualties_min_count=20", "-q"])
    assert result.exit_code == 0, result.output
    kept = [(i["count"], i["kind"]) for i in json.loads(result.stdout)["extensions"]["casualties"]]
    assert kept == [(30, "injured"), (None, "injured")]
    bad = CliRunner().invoke(main, ["analyze", str(report), "--stages", STAGES, "--option",
                                    "casualties_min_count=many"])
    assert bad.exit_code != 0 and "casualties_min_count='many': expected int, got str" in bad.output


def test_plugin_cli_table_has_a_section_per_extension(casualties_plugin, report, pipeline):
    result = CliRunner().invoke(main, ["analyze", str(report), "--stages", STAGES, "--format", "table", "-q"])
    assert result.exit_code == 0, result.output
    section = result.stdout[result.stdout.index("Extension: casualties"):]
    for text, count, kind in EXPECTED:
        assert text in section and f"kind: {kind}" in section
    assert "count: null" in section  # the vague count


def test_plugin_ingest_fills_the_extensions_table(ingested):
    import duckdb

    with duckdb.connect(str(ingested), read_only=True) as con:
        rows = con.execute('SELECT e.name, e.item, e."start", e."end", e.data, d.text, d.pipeline_version '
                           "FROM extensions e JOIN documents d ON d.id = e.doc_id ORDER BY e.item").fetchall()
    assert [(n, i) for n, i, *_ in rows] == [("casualties", k) for k in range(len(EXPECTED))]
    for (_, _, start, end, data, text, version), (phrase, count, kind) in zip(rows, EXPECTED):
        assert text[start:end] == phrase and json.loads(data)["count"] == count
        assert ",casualties.v1+" in version


def test_plugin_web_document_page_shows_the_extension_panel(ingested):
    from fastapi.testclient import TestClient

    from communique.document import content_id
    from communique.web import create_app

    doc_id = content_id(REPORT)
    with TestClient(create_app(ingested)) as client:
        page = client.get(f"/documents/{doc_id}")
        api = client.get(f"/api/documents/{doc_id}").json()
    assert page.status_code == 200
    html = page.text
    panel = html[html.index('id="panel-ext-casualties"'):]
    panel = panel[:panel.index("</section>")]
    assert panel.count('class="evidence-link"') == len(EXPECTED)
    assert "killed at least 12 people" in panel and "kind: injured" in panel and "count: none" in panel
    assert re.search(r'<span class="seg [^"]*m-extension[^"]*" data-refs="[^"]*\bx-casualties-1\b', html)
    assert 'data-layer="extension"' in html
    assert [i["text"] for i in api["extensions"]["casualties"]] == [e[0] for e in EXPECTED]


def test_web_extension_panel_escapes_plugin_text_and_shows_non_span_items(tmp_path):
    from fastapi.testclient import TestClient

    from communique.document import Document
    from communique.web import create_app
    from e2e.corpus import build_store

    text = "Officials said <b>five</b> were detained."
    doc = Document(text=text, title="Detentions", extensions={
        "notes": [{"start": 15, "end": 26, "text": "<script>alert(1)</script>", "by": "<i>desk</i>"},
                  "free <em>text</em>", {"score": [1, 2]}]})
    store = build_store(tmp_path / "x.duckdb", extra=[doc])
    with TestClient(create_app(store)) as client:
        html = client.get(f"/documents/{doc.id}").text
    panel = html[html.index('id="panel-ext-notes"'):]
    panel = panel[:panel.index("</section>")]
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in panel
    assert "by: &lt;i&gt;desk&lt;/i&gt;" in panel and "free &lt;em&gt;text&lt;/em&gt;" in panel
    assert "score: [1, 2]" in panel and panel.count('class="evidence-link"') == 1

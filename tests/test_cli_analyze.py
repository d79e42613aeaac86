"""`communique analyze`: formats, output file, stdin, bad paths, exit codes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.schema import validate_dict

STORY = "Brazil and Argentina agreed on Tuesday to cut tariffs on steel, officials said.\n"


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def _run(runner, args, input=None):
    result = runner.invoke(main, args, input=input, catch_exceptions=False)
    return result


def test_cli_analyze_json_single_document_is_an_object(runner, examples, pipeline):
    r = _run(runner, ["analyze", str(examples["wire_report"])])
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["schema"] == "communique/2" and d["source"] == str(examples["wire_report"])
    validate_dict(d)
    assert "using spaCy model en_core_web_" in r.stderr


def test_cli_analyze_json_many_documents_is_an_array(runner, examples, pipeline):
    r = _run(runner, ["analyze", "-q", str(examples["wire_report"]), str(examples["ministry_statement"])])
    docs = json.loads(r.stdout)
    assert [d["title"][:6] for d in docs] == ["Russia", "Statem"]
    assert r.stderr == ""


def test_cli_analyze_jsonl_to_file(runner, tmp_path, examples, pipeline):
    out = tmp_path / "out.jsonl"
    r = _run(runner, ["analyze", str(examples["news_and_comment"]), str(examples["oped_call_to_action"]),
                      "--format", "jsonl", "--out", str(out)])
    assert r.exit_code == 0 and r.stdout == ""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    for line in lines:
        validate_dict(json.loads(line))
    assert f"wrote {out}" in r.stderr


def test_cli_analyze_table_shows_title_and_sections(runner, examples, pipeline):
    r = _run(runner, ["analyze", "-q", str(examples["news_and_comment"]), "--format", "table"])
    assert r.exit_code == 0
    assert "Iran and Saudi Arabia hold new round of talks in Baghdad" in r.stdout
    assert "Sections" in r.stdout and "commentary" in r.stdout and "Layla Hassan" in r.stdout


@pytest.mark.issue(17)
def test_cli_analyze_table_counts_dated_and_undated_events(runner, tmp_path, pipeline):
    page = tmp_path / "page.txt"
    page.write_text("Chile seizes Peruvian trawlers\n\nOn Monday, the Chilean navy seized two Peruvian trawlers "
                    "off Arica. Peru condemned the seizure.\n", encoding="utf-8")
    r = _run(runner, ["analyze", "-q", str(page), "--format", "table"])
    assert r.exit_code == 0
    assert "undated" in r.stdout.split("Sections")[0]  # no publication date: said so in the header
    assert "events: 0 dated" in r.stdout and "undated" in r.stdout.split("Events")[1]


@pytest.mark.issue(18)
def test_cli_analyze_table_shows_author_stance_with_evidence_reasons(runner, examples, pipeline):
    r = _run(runner, ["analyze", "-q", str(examples["oped_call_to_action"]), "--format", "table"])
    assert r.exit_code == 0
    stance = r.stdout[r.stdout.index("Stance"):]
    assert "name-calling 'junta'" in stance and "Mali" in stance


def test_cli_analyze_stdin(runner, pipeline):
    r = _run(runner, ["analyze", "-q", "-", "--format", "jsonl"], input=STORY)
    d = json.loads(r.stdout)
    assert d["text"] == STORY and d["source"] == "<stdin>"


def test_cli_analyze_directory_recursively(runner, tmp_path, pipeline):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text("# Heading\n\n" + STORY, encoding="utf-8")
    r = _run(runner, ["analyze", "-q", str(tmp_path), "--format", "jsonl"])
    sources = [json.loads(line)["source"] for line in r.stdout.splitlines()]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.md")]


def test_cli_analyze_bad_inputs_reported_one_line_each_rest_analysed(runner, tmp_path, pipeline):
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)))
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04rest")
    paths = [tmp_path / n for n in ("missing.txt", "empty.txt", "binary.txt", "latin1.txt", "notes.docx")]
    r = _run(runner, ["analyze", "-q", "--format", "jsonl", str(good), *map(str, paths)])
    assert r.exit_code == 0
    assert [json.loads(x)["source"] for x in r.stdout.splitlines()] == [str(good)]
    errors = r.stderr.strip().splitlines()
    assert len(errors) == 5
    for path, line in zip(paths, errors):
        assert line.startswith(f"communique: error: {path}: ")
    assert "no such file" in errors[0] and "empty" in errors[1] and "binary" in errors[2]
    assert "not valid utf-8" in errors[3] and "--encoding" in errors[3] and "unknown extension" in errors[4]


def test_cli_analyze_exit_non_zero_when_nothing_analysed(runner, tmp_path, pipeline):
    (tmp_path / "empty.txt").write_bytes(b"")
    r = _run(runner, ["analyze", "-q", str(tmp_path / "empty.txt"), str(tmp_path / "nope.md")])
    assert r.exit_code == 1 and r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 2


def test_cli_analyze_encoding_option(runner, tmp_path, pipeline):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Le président français a rencontré le chancelier.".encode("latin-1"))
    r = _run(runner, ["analyze", "-q", "--encoding", "latin-1", str(p)])
    assert json.loads(r.stdout)["text"].startswith("Le président")


def test_cli_version_and_help(runner):
    assert "communique" in _run(runner, ["--version"]).stdout
    help_text = _run(runner, ["analyze", "--help"]).stdout
    for option in ("--format", "--out", "--encoding", "--kb", "--workers", "--model"):
        assert option in help_text


def test_cli_analyze_discard_phrase_drops_the_events_of_its_sentences(runner, pipeline):
    text = "Chile attacked Bolivia in 1879. Chile accused Bolivia of spying on Monday.\n"
    plain = json.loads(_run(runner, ["analyze", "-q", "-"], input=text).stdout)
    cut = json.loads(_run(runner, ["analyze", "-q", "--discard", "1879", "-"], input=text).stdout)
    assert {e["type"] for e in plain["events"]} == {"ASSAULT", "ACCUSE"}
    assert [e["type"] for e in cut["events"]] == ["ACCUSE"]
    validate_dict(cut)


@pytest.mark.issue(17)
def test_cli_analyze_directory_reports_unsupported_files(tmp_path):
    for name in ("brief.pdf", "memo.docx", "scan.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4 not text")
    only_unsupported = CliRunner().invoke(main, ["analyze", str(tmp_path), "--format", "jsonl"])
    assert only_unsupported.exit_code == 1
    assert ("nothing to analyse: skipped 3 files of unsupported types (.pdf 2, .docx 1); supported: .txt"
            in only_unsupported.output)
    (tmp_path / "note.txt").write_text("Chile and Peru agreed on Monday to reopen the border.", encoding="utf-8")
    mixed = CliRunner().invoke(main, ["analyze", str(tmp_path), "--format", "jsonl"])
    assert mixed.exit_code == 0, mixed.output
    assert "skipped 3 files of unsupported types (.pdf 2, .docx 1)" in mixed.output
    assert "nothing to analyse" not in mixed.output
    assert sum(1 for line in mixed.stdout.splitlines() if line.startswith("{")) == 1


def test_python_dash_m_runs_the_same_command_line():
    """``python -m communique`` is the ``communique`` script (a user without the script on PATH)."""
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "communique", "--help"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "Usage: communique" in r.stdout and "analyze" in r.stdout

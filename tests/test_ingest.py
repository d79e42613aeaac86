"""Readers: every input format, metadata, and bad input with one clear reason."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from communique.errors import (BinaryInputError, DecodeError, EmptyInputError, InputError,
                               UnsupportedFormatError)
from communique.ingest import decode_bytes, iter_records, read_path, read_stdin
from communique.ingest.markdown import strip_markdown

ARTICLE = "Kenya and Ethiopia agreed on Monday to reopen their border crossing.\n\nThe deal follows months of talks."


def _records(*sources, stdin=None):
    errors = []
    records = list(iter_records([str(s) for s in sources], on_error=errors.append, stdin=stdin))
    return records, errors


def test_ingest_txt(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    [r] = read_path(p)
    assert r.text == ARTICLE and r.source == str(p)


def test_ingest_utf8_bom_and_crlf(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode())
    [r] = read_path(p)
    assert r.text == ARTICLE


def test_ingest_utf16_with_bom(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes(ARTICLE.encode("utf-16"))
    assert next(read_path(p)).text == ARTICLE


def test_ingest_markdown_strips_decoration_and_keeps_headings(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("# Big **news** today\n\n**Comment:**\n\nWe *must* act, says [the UN](http://x).\n", encoding="utf-8")
    [r] = read_path(p)
    assert "#" not in r.text and "*" not in r.text and "](" not in r.text
    assert r.text.splitlines()[0] == "Big news today"
    assert [(h["text"], h["level"]) for h in r.meta["headings"]] == [("Big news today", 1), ("Comment:", 7)]
    for h in r.meta["headings"]:
        assert r.text[h["start"]:h["end"]] == h["text"]


@pytest.mark.parametrize("raw, cleaned", [
    ("### Analysis", "Analysis"),
    ("**News:**", "News:"),
    ("A __bold__ claim and *one* word.", "A bold claim and one word."),
    ("- a bullet point", "a bullet point"),
    ("> quoted line", "quoted line"),
    ("Price is 5 * 3 * 2 dollars.", "Price is 5 * 3 * 2 dollars."),
])
def test_markdown_decoration_removed(raw, cleaned):
    assert strip_markdown(raw)[0] == cleaned


def test_ingest_html_extracts_main_text_and_metadata(examples):
    [r] = read_path(examples["feature"])
    assert "air defence systems" in r.text
    assert "Copyright" not in r.text and "Home" not in r.text.split("\n")[0]
    assert r.meta["title"].startswith("NATO allies pledge")
    assert r.meta["published"] == "2026-06-18"
    assert r.meta["publisher"] == "Northern Ledger"
    assert r.meta["authors"] == ["Jonas Weber"]


def test_ingest_jsonl_csv_parquet_with_metadata(tmp_path):
    rows = [{"id": "n1", "text": ARTICLE, "title": "Border", "url": "https://example.org/n1",
             "published": "2026-05-04", "publisher": "Daily"},
            {"id": "n2", "text": "Second story about Chile.", "title": None, "url": None,
             "published": None, "publisher": None}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    pd.DataFrame(rows).to_csv(tmp_path / "a.csv", index=False)
    pd.DataFrame(rows).to_parquet(tmp_path / "a.parquet")
    for name in ("a.jsonl", "a.csv", "a.parquet"):
        records = list(read_path(tmp_path / name))
        assert [r.text for r in records] == [ARTICLE, "Second story about Chile."], name
        assert records[0].source == "https://example.org/n1"
        assert records[0].meta["title"] == "Border" and records[0].meta["publisher"] == "Daily"
        assert records[1].source.endswith("#n2")


def test_ingest_table_rows_without_text_are_reported_and_skipped(tmp_path):
    p = tmp_path / "t.jsonl"
    p.write_text('{"text": "One."}\n{"title": "no text"}\nnot json\n[1, 2]\n{"text": "Two."}\n', encoding="utf-8")
    records, errors = _records(p)
    assert [r.text for r in records] == ["One.", "Two."]
    assert [str(e) for e in errors] == [
        f"{p}:2: record has no text", f"{p}:3: invalid JSON (Expecting value at column 1)",
        f"{p}:4: expected a JSON object, got list"]


def test_ingest_csv_without_text_column(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("title,body\nA,B\n", encoding="utf-8")
    _, errors = _records(p)
    assert len(errors) == 1 and "no 'text' column" in str(errors[0])


def test_ingest_directory_recursive_sorted_skips_unknown(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "one.md").write_text("First.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG....")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    records, errors = _records(tmp_path)
    assert [r.text for r in records] == ["Second.", "First."]
    assert errors == []


def test_ingest_stdin_text_and_html():
    r = read_stdin(io.BytesIO(ARTICLE.encode()))
    assert r.text == ARTICLE and r.source == "<stdin>"
    html = b"<!doctype html><html><head><title>T</title></head><body><article><p>" + \
        b"The Chilean government announced new copper export rules on Friday after long talks. " * 3 + \
        b"</p></article></body></html>"
    r = read_stdin(io.BytesIO(html))
    assert r.text.startswith("The Chilean government")


@pytest.mark.parametrize("data, error, reason", [
    (b"", EmptyInputError, "file is empty"),
    (b"  \n\t ", EmptyInputError, "only whitespace"),
    (b"%PDF-1.7 binary", BinaryInputError, "PDF"),
    (b"abc\x00\x01\x02def", BinaryInputError, "binary data"),
    (b"caf\xe9 au lait", DecodeError, "not valid utf-8 (bad byte 0xe9 at offset 3)"),
])
def test_decode_bytes_rejects_bad_input_with_reason(data, error, reason):
    with pytest.raises(error, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode_bytes(data, "f.txt")


def test_decode_bytes_with_named_encoding():
    assert decode_bytes(b"caf\xe9", "f.txt", encoding="cp1252") == "café"


def test_bad_sources_reported_and_rest_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "doc.xyz").write_text("x", encoding="utf-8")
    sources = [tmp_path / "missing.txt", tmp_path / "empty.txt", good, tmp_path / "bin.txt", tmp_path / "doc.xyz"]
    records, errors = _records(*sources)
    assert [r.text for r in records] == [ARTICLE]
    assert [type(e) for e in errors] == [InputError, EmptyInputError, BinaryInputError, UnsupportedFormatError]
    assert all(str(e).startswith(str(tmp_path)) for e in errors)
    assert "no such file" in str(errors[0]) and "unknown extension '.xyz'" in str(errors[3])


@pytest.mark.parametrize("text", ["word " * 100, "a\x00b", "/" * 5000])
def test_to_record_treats_non_paths_as_text(text):
    from communique.ingest import to_record

    assert to_record(text).text == text

"""The communique JSON Schemas (``schemas/communique-<n>.schema.json``) and validation,
including the checks JSON Schema cannot express: offsets inside the text and
references to actor ids that exist.

A document is validated against the schema its ``schema`` field names
(``communique/1`` or ``communique/2``); an unknown name is refused."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from .document import SCHEMA_VERSION, SCHEMA_VERSIONS
from .errors import SchemaError

#: The schema file of each contract version.
SCHEMA_FILES = {version: f"communique-{version.split('/')[1]}.schema.json" for version in SCHEMA_VERSIONS}
#: The schema file of the current contract.
SCHEMA_FILE = SCHEMA_FILES[SCHEMA_VERSION]


@lru_cache(maxsize=None)
def load_schema(version: str = SCHEMA_VERSION) -> dict[str, Any]:
    """The JSON Schema of contract ``version`` (default: the current one)."""
    if version not in SCHEMA_FILES:
        raise SchemaError(f"unknown schema {version!r}; known: {', '.join(SCHEMA_FILES)}")
    text = resources.files(__package__).joinpath("schemas", SCHEMA_FILES[version]).read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=None)
def _validator(version: str = SCHEMA_VERSION):
    import jsonschema

    schema = load_schema(version)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _span_problems(d: dict[str, Any]) -> list[str]:
    n = len(d["text"])
    problems = []

    def check(where: str, start: int, end: int) -> None:
        if not 0 <= start <= end <= n:
            problems.append(f"{where}: span [{start}, {end}) is outside the text (length {n})")

    for i, s in enumerate(d["sections"]):
        check(f"sections[{i}]", s["start"], s["end"])
    actor_ids = {a["id"] for a in d["actors"]}
    for a in d["actors"]:
        for j, (s, e) in enumerate(a["mentions"]):
            check(f"actor {a['id']} mention {j}", s, e)
    for ev in d["events"]:
        check(f"event {ev['id']} trigger", ev["trigger"]["start"], ev["trigger"]["end"])
        check(f"event {ev['id']} sentence", ev["sentence"]["start"], ev["sentence"]["end"])
        for ref in ev["source"] + ev["target"] + [ev["attribution"]["speaker"]]:
            if ref is not None and ref not in actor_ids:
                problems.append(f"event {ev['id']} names unknown actor {ref!r}")
    for q in d["quotes"]:
        check(f"quote {q['id']}", q["start"], q["end"])
        if q["speaker"] is not None and q["speaker"] not in actor_ids:
            problems.append(f"quote {q['id']} names unknown actor {q['speaker']!r}")
    for i, t in enumerate(d["techniques"]):
        check(f"techniques[{i}]", t["start"], t["end"])
        holder = t.get("holder", "author")
        if holder not in (None, "author") and holder not in actor_ids:
            problems.append(f"techniques[{i}] held by unknown actor {holder!r}")
    for i, c in enumerate(d["calls_to_action"]):
        check(f"calls_to_action[{i}]", c["start"], c["end"])
    for i, s in enumerate(d["stance"]):
        if s["target"] not in actor_ids:
            problems.append(f"stance[{i}] targets unknown actor {s['target']!r}")
        if s["holder"] != "author" and s["holder"] not in actor_ids:
            problems.append(f"stance[{i}] held by unknown actor {s['holder']!r}")
        for s0, e0 in s["evidence"]:
            check(f"stance[{i}] evidence", s0, e0)
        for s0, e0, _ in s.get("passages") or ():
            check(f"stance[{i}] passage", s0, e0)
        if s.get("reasons") and len(s["reasons"]) != len(s["evidence"]):
            problems.append(f"stance[{i}] has {len(s['reasons'])} reasons for {len(s['evidence'])} evidence spans")
    for name, value in (d.get("extensions") or {}).items():
        for j, item in enumerate(value if isinstance(value, list) else [value]):
            span = item_span(item)
            if span is not None:
                check(f"extensions.{name}[{j}]", *span)
    return problems


def item_span(item: Any) -> tuple[int, int] | None:
    """``(start, end)`` of an extension item that is an object with integer ``start`` and
    ``end``; ``None`` for any other item."""
    if not isinstance(item, dict):
        return None
    start, end = item.get("start"), item.get("end")
    if type(start) is int and type(end) is int:
        return start, end
    return None


def validate_dict(d: dict[str, Any]) -> None:
    """Raise ``SchemaError`` listing every problem with ``d``, checked against the schema
    its ``schema`` field names."""
    version = d.get("schema") if isinstance(d, dict) else None
    if version not in SCHEMA_FILES:
        raise SchemaError(f"(root)/schema: {version!r} is not a known schema; known: {', '.join(SCHEMA_FILES)}")
    errors = sorted(_validator(version).iter_errors(d), key=lambda e: list(e.absolute_path))
    problems = [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in errors[:20]]
    if not problems:
        problems = _span_problems(d)
    if problems:
        raise SchemaError(f"document breaks {version}: " + "; ".join(problems[:20]))

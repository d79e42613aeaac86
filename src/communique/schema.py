"""The communique/1 JSON Schema (``schemas/communique-1.schema.json``) and validation,
including the checks JSON Schema cannot express: offsets inside the text and
references to actor ids that exist."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from .errors import SchemaError

SCHEMA_FILE = "communique-1.schema.json"


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("schemas", SCHEMA_FILE).read_text("utf-8"))


@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    schema = load_schema()
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
    for i, c in enumerate(d["calls_to_action"]):
        check(f"calls_to_action[{i}]", c["start"], c["end"])
    for i, s in enumerate(d["stance"]):
        if s["target"] not in actor_ids:
            problems.append(f"stance[{i}] targets unknown actor {s['target']!r}")
        if s["holder"] != "author" and s["holder"] not in actor_ids:
            problems.append(f"stance[{i}] held by unknown actor {s['holder']!r}")
        for s0, e0 in s["evidence"]:
            check(f"stance[{i}] evidence", s0, e0)
    return problems


def validate_dict(d: dict[str, Any]) -> None:
    """Raise ``SchemaError`` listing every problem with ``d``."""
    errors = sorted(_validator().iter_errors(d), key=lambda e: list(e.absolute_path))
    problems = [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in errors[:20]]
    if not problems:
        problems = _span_problems(d)
    if problems:
        raise SchemaError("document breaks communique/1: " + "; ".join(problems[:20]))

"""The actor knowledge base: shipped data files validate, user files extend and
override them, and bad files fail with the file and line."""

from __future__ import annotations

import re

import pytest

from communique import resources
from communique.actors import load_kb, resolve_text
from communique.actors.kb import DATA_FILES, KEY_PATTERN
from communique.errors import LexiconError

USER_KB = """\
entries:
- key: person:ines-carvalho
  name: Ines Carvalho
  kind: person
  country: PRT
  gender: f
  aliases: [Carvalho]
  facts:
  - {role: Foreign Minister, from: 2026-01-10}
- {key: group:blue-harbour-front, name: Blue Harbour Front, kind: armed_group, country: MOZ, sector: REB,
   aliases: [BHF]}
- {key: org:tass, name: TASS, kind: organization, country: RUS, sector: GOV}
"""


@pytest.fixture()
def user_kb(tmp_path):
    path = tmp_path / "my_actors.yaml"
    path.write_text(USER_KB, encoding="utf-8")
    return str(path)


def test_kb_shipped_files_load_and_cover_the_world():
    kb = load_kb()
    states = [e for e in kb.entries.values() if e.kind == "state"]
    assert len(states) >= 190
    for key in ("igo:un", "igo:unsc", "igo:nato", "igo:eu", "igo:sco", "igo:csto", "igo:brics", "igo:asean",
                "igo:au", "igo:opec", "igo:gcc", "igo:arab-league", "igo:oic", "igo:iaea"):
        assert key in kb.entries, key
    assert all(KEY_PATTERN.match(k) for k in kb.entries)


def test_kb_every_state_has_capital_or_demonym():
    kb = load_kb()
    thin = [e.key for e in kb.entries.values() if e.kind == "state" and not (e.capitals or e.demonyms)]
    assert thin == ["VAT"]  # the Holy See has neither


def test_kb_sectors_are_documented_codes():
    kb = load_kb()
    used = {e.sector for e in kb.entries.values() if e.sector} | {n.sector for n in kb.nouns.values()}
    assert used <= set(kb.sectors)
    assert {"GOV", "MIL", "REB", "IGO", "NGO", "MED", "BUS", "JUD", "LEG", "OPP", "REL", "CRM"} <= set(kb.sectors)


def test_kb_docs_list_sectors():
    from pathlib import Path

    docs = Path(__file__).resolve().parents[1] / "docs" / "actors.md"
    text = docs.read_text("utf-8")
    for code in load_kb().sectors:
        assert re.search(rf"\b{code}\b", text), f"sector {code} is not documented in docs/actors.md"


def test_kb_data_files_are_sorted_free_of_duplicate_keys():
    seen = set()
    for name in DATA_FILES:
        data = resources.yaml(f"actors/{name}")
        for item in data.get("entries") or []:
            assert item["key"] not in seen, item["key"]
            seen.add(item["key"])


def test_kb_user_entry_changes_resolution(user_kb):
    assert resolve_text("Blue Harbour Front") is None
    assert resolve_text("Ines Carvalho") is None
    guess = resolve_text("the BHF", kb_paths=[user_kb])
    assert (guess.kind, guess.country, guess.sector, guess.key) == ("armed_group", "MOZ", "REB",
                                                                   "group:blue-harbour-front")
    # a user entry overrides a shipped one with the same key
    assert resolve_text("TASS").sector == "MED"
    assert resolve_text("TASS", kb_paths=[user_kb]).sector == "GOV"
    # and a user person becomes the holder of an office on her dates
    assert resolve_text("the Portuguese foreign minister", date="2026-03-01", kb_paths=[user_kb]).key == \
        "person:ines-carvalho"


def test_kb_user_entry_changes_pipeline_output(user_kb):
    from communique.pipeline import Pipeline

    text = "The BHF attacked a convoy near the border."
    plain = Pipeline(options={})(text)
    extended = Pipeline(options={"kb_paths": [user_kb]})(text)
    assert not any(a.key == "group:blue-harbour-front" for a in plain.actors)
    bhf = next(a for a in extended.actors if a.key == "group:blue-harbour-front")
    assert (bhf.country, bhf.sector, text[slice(*bhf.mentions[0])]) == ("MOZ", "REB", "BHF")


@pytest.mark.parametrize("content, line, message", [
    ("entries:\n- {key: person:x, name: X}\n", 2, "needs a 'kind'"),
    ("entries:\n- {key: person:x, name: X, kind: person}\n- {key: Bad Key, name: Y, kind: person}\n", 3,
     "must be an ISO3 code"),
    ("entries:\n- {key: group:y, name: Y, kind: militia}\n", 2, "kind 'militia' is not one of"),
    ("entries:\n- {key: group:y, name: Y, kind: group, sector: XYZ}\n", 2, "unknown sector 'XYZ'"),
    ("entries:\n- {key: group:y, name: Y, kind: group, country: Russia}\n", 2, "ISO 3166-1 alpha-3"),
    ("entries:\n- {key: group:y, name: Y, kind: group, colour: red}\n", 2, "unknown entry field"),
    ("entries:\n- key: group:y\n  name: Y\n  kind: group\n  facts:\n  - {from: last year}\n", 2,
     "must be a date"),
    ("entries:\n- {key: group:y, name: Y, kind: group, capitals: [Z]}\n", 2, "only for kind state"),
    ("entries:\n- {key: ZZZ, name: Z, kind: state, seats: [Zed]}\n", 2, "'seats' is for bodies"),
    ("people:\n- {key: group:y}\n", 1, "unknown top-level key"),
    ("entries: [\n", None, "not valid YAML"),
])
def test_kb_bad_user_file_names_file_and_line(tmp_path, content, line, message):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_kb([str(path)])
    assert str(path) in str(err.value) and message in str(err.value)
    if line is not None:
        assert err.value.line == line


def test_kb_missing_user_file_is_a_clear_error(tmp_path):
    with pytest.raises(LexiconError, match="cannot read knowledge-base file"):
        load_kb([str(tmp_path / "nowhere.yaml")])


def test_kb_documented_user_file_example_loads(tmp_path):
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[1] / "docs" / "actors.md").read_text("utf-8")
    block = re.search(r"```yaml\n(entries:.*?)```", docs, re.S).group(1)
    path = tmp_path / "documented.yaml"
    path.write_text(block, encoding="utf-8")
    kb = load_kb([str(path)])
    assert kb.entries["group:blue-harbour-front"].country == "MOZ"
    assert kb.canonical_role("harbourmaster") == "Harbour Master"
    assert resolve_text("pirate crew", kb_paths=[str(path)]).sector == "CRM"


def test_kb_user_seat_makes_an_acting_capital_its_body(tmp_path):
    from communique.pipeline import Pipeline

    path = tmp_path / "seat.yaml"
    path.write_text("entries:\n- {key: org:lagoon-commission, name: Lagoon Commission, kind: organization,"
                    " sector: IGO, seats: [Maputo]}\n", encoding="utf-8")
    text = "Maputo warned the fishing fleets on Friday."
    plain = Pipeline(options={})(text)
    seated = Pipeline(options={"kb_paths": [str(path)]})(text)
    def key_at_maputo(document):
        return next(a.key for a in document.actors if (0, 6) in a.mentions)

    assert key_at_maputo(plain) == "MOZ"
    assert key_at_maputo(seated) == "org:lagoon-commission"
    assert not any(a.key == "MOZ" for a in seated.actors)

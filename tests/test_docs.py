"""Documentation cannot drift from the code: CLI reference, stages, settings, commands."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields

from conftest import ROOT

from communique.cli import main
from communique.pipeline import DEFAULT_STAGES, STAGES, load_builtin_stages
from communique.settings import Settings


def test_docs_cli_reference_is_current():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_cli_docs.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_docs_every_default_stage_is_documented_with_its_contract():
    load_builtin_stages()
    stages_md = (ROOT / "docs" / "stages.md").read_text(encoding="utf-8")
    for name in DEFAULT_STAGES:
        spec = STAGES[name]
        assert f"`{name}`" in stages_md, f"{name} missing from docs/stages.md"
        for field in spec.assigns + spec.requires:
            assert field in stages_md


def test_docs_every_setting_is_explained():
    toml = (ROOT / "src" / "communique" / "settings.toml").read_text(encoding="utf-8")
    lines = toml.splitlines()
    for f in fields(Settings):
        i = next(i for i, line in enumerate(lines) if line.startswith(f"{f.name} ="))
        assert lines[i - 1].startswith("#"), f"setting {f.name} has no comment above it"


def test_docs_readme_names_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"communique {name}" in readme, f"README does not mention `communique {name}`"


def test_docs_every_resource_file_is_listed_with_its_owners():
    from communique.resources import manifest

    resources_md = (ROOT / "docs" / "resources.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip().strip("`"): line for line in resources_md.splitlines()
            if line.startswith("| `")}
    for relpath, entry in manifest().items():
        assert relpath in rows, f"{relpath} missing from the file table of docs/resources.md"
        for owner in entry.owners:
            assert f"`{owner}`" in rows[relpath], f"docs/resources.md: {relpath} does not name owner {owner}"

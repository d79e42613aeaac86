"""Regenerate docs/cli.md from the real `--help` output of every command.

    .venv/bin/python scripts/gen_cli_docs.py          # rewrite docs/cli.md
    .venv/bin/python scripts/gen_cli_docs.py --check  # exit 1 if docs/cli.md is stale

tests/test_docs.py runs the check, so the CLI reference cannot drift from the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from communique.cli import main

OUT = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
#: Fixed terminal width so the generated text does not depend on the machine.
HELP_WIDTH = 100


def render() -> str:
    runner = CliRunner()

    def help_of(*args: str) -> str:
        result = runner.invoke(main, [*args, "--help"], terminal_width=HELP_WIDTH, prog_name="communique")
        return result.output.rstrip() + "\n"

    parts = ["# Command-line reference\n",
             "Generated from `--help` by `scripts/gen_cli_docs.py`; do not edit by hand.\n",
             "```\n" + help_of() + "```\n"]
    for name in sorted(main.commands):
        parts.append(f"## communique {name}\n\n```\n{help_of(name)}```\n")
    return "\n".join(parts)


def main_(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is stale: run .venv/bin/python scripts/gen_cli_docs.py")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main_(sys.argv[1:]))

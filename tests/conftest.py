"""Shared fixtures: one pipeline per test session, paths to examples and to the
third-party evaluation data in ../shared/data (tests skip when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED_DATA = ROOT.parent / "shared" / "data"


def shared_data(*parts: str) -> Path:
    """Path under ../shared/data, or skip the test when it is not there."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"evaluation data not available: {path}")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from communique.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.nlp


@pytest.fixture(scope="session")
def analyze(pipeline):
    """``analyze(text, **meta) -> Document`` with the session's pipeline."""
    return pipeline


@pytest.fixture(scope="session")
def examples() -> dict[str, Path]:
    return {p.stem: p for p in sorted(EXAMPLES.iterdir()) if p.is_file()}

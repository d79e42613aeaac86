"""Named limits and thresholds. Defaults live in ``settings.toml`` beside this
file; a user file or environment variables (``COMMUNIQUE_<NAME>``) override them."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path

from .errors import ConfigError


@dataclass(frozen=True)
class Settings:
    max_document_chars: int
    max_file_bytes: int
    max_records_per_file: int
    max_quote_chars: int
    max_document_seconds: float
    nlp_batch_size: int
    nlp_chunk_chars: int
    fetch_timeout_seconds: float
    fetch_max_bytes: int
    fetch_max_redirects: int
    web_analysis_workers: int
    web_analysis_queue_length: int
    web_analysis_timeout_seconds: float


def _coerce(name: str, kind: type, raw: object, origin: str):
    try:
        return kind(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"{origin}: setting {name} must be {kind.__name__}, got {raw!r}") from None


def load_settings(path: str | Path | None = None) -> Settings:
    """Defaults, then ``path`` (TOML, same keys), then ``COMMUNIQUE_<KEY>`` variables."""
    values = tomllib.loads(resources.files(__package__).joinpath("settings.toml").read_text("utf-8"))
    if path is not None:
        try:
            user = tomllib.loads(Path(path).read_text("utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise ConfigError(f"{path}: cannot read settings: {err}") from None
        unknown = set(user) - set(values)
        if unknown:
            raise ConfigError(f"{path}: unknown settings {sorted(unknown)}; allowed: {sorted(values)}")
        values.update(user)
    types = {f.name: f.type for f in fields(Settings)}
    out = {}
    for name, kind_name in types.items():
        kind = {"int": int, "float": float}[kind_name]
        raw = os.environ.get(f"COMMUNIQUE_{name.upper()}", values[name])
        out[name] = _coerce(name, kind, raw, "settings")
    return Settings(**out)


SETTINGS = load_settings()


def override(**changes) -> Settings:
    """A copy of the current settings with some values changed (for tests and the API)."""
    return replace(SETTINGS, **changes)

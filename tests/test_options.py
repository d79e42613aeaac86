"""Typed stage and pipeline options, stage discovery through entry points, and the
contracts of extension stages (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.errors import ConfigError
from communique.options import Option, check_options, normalise
from communique.pipeline import (DEFAULT_STAGES, PIPELINE_OPTIONS, STAGES, Context, Pipeline, check_contracts,
                                 check_pipeline, expand_stage_names, get_pipeline, stage, stage_entry_points)

pytestmark = pytest.mark.issue(15)


@pytest.mark.parametrize("option, value, expected", [
    (Option(list[str], ()), ["a", "b"], ("a", "b")),
    (Option(list[Path], ()), [Path("x.yaml"), "y.yaml"], ("x.yaml", "y.yaml")),
    (Option(bool, True), False, False),
    (Option(int, 1), 7, 7),
    (Option(float, 0.5), 2, 2.0),
    (Option(str, "fast", choices=("fast", "minilm")), "minilm", "minilm"),
    (Option(int, 1), None, None),
])
def test_options_normalise_checks_and_makes_hashable(option, value, expected):
    got = normalise("x", option, value)
    assert got == expected and type(got) is type(expected)
    hash(got)


@pytest.mark.parametrize("option, value, message", [
    (Option(bool, True), "no", "expected bool, got str"),
    (Option(int, 1), True, "expected int, got bool"),
    (Option(int, 1), 1.5, "expected int, got float"),
    (Option(list[str], ()), "one phrase", r"expected list\[str\] \(a list\), got str"),
    (Option(list[str], ()), ["ok", 3], r"expected list\[str\]"),
    (Option(str, "fast", choices=("fast", "minilm")), "slow", "one of 'fast', 'minilm'"),
])
def test_options_wrong_type_or_choice_names_option_value_and_allowed(option, value, message):
    with pytest.raises(ConfigError, match=message) as caught:
        normalise("my_option", option, value)
    assert "my_option=" in str(caught.value) and repr(value) in str(caught.value)


def test_options_refuse_unsupported_declarations():
    with pytest.raises(ConfigError, match="not supported"):
        Option(dict, {})


def test_options_unknown_name_suggests_close_matches_and_lists_accepted():
    with pytest.raises(ConfigError) as caught:
        check_pipeline(None, {"events_discrad": ["football"]})
    message = str(caught.value)
    assert "'events_discrad'" in message and "did you mean 'events_discard'" in message
    for name in ("events_classifier", "kb_paths", "stance_model", "resources"):
        assert name in message


def test_options_of_a_stage_that_is_not_selected_are_named_as_such():
    with pytest.raises(ConfigError, match="belongs to stage stance.v1, which is not selected"):
        check_pipeline(["structure.v1"], {"stance_model": "fast"})


def test_options_are_validated_when_the_pipeline_is_built():
    with pytest.raises(ConfigError, match="events_classifier='yes'"):
        Pipeline(options={"events_classifier": "yes"})


def test_options_every_option_read_by_a_builtin_stage_is_declared():
    """Each ``ctx.option("name")`` in the built-in stages names a declared option."""
    import re

    check_contracts(DEFAULT_STAGES)
    declared = set(PIPELINE_OPTIONS) | {k for s in STAGES.values() for k in s.options}
    stages_dir = Path(__file__).resolve().parents[1] / "src" / "communique" / "stages"
    read = {m for f in stages_dir.glob("*.py") for m in re.findall(r'ctx\.option\("(\w+)"', f.read_text())}
    assert read and read <= declared, read - declared


def test_options_context_returns_the_declared_default_when_absent():
    declared = {"n": Option(int, 3), "names": Option(list[str], ["a"])}
    ctx = Context(options={"n": 5}, declared=declared)
    assert ctx.option("n") == 5
    assert Context(declared=declared).option("n") == 3
    assert Context(declared=declared).option("names") == ("a",)
    assert Context().option("undeclared", "fallback") == "fallback"


def test_options_pipeline_level_resources_is_a_list_of_paths():
    _, options = check_pipeline(None, {"resources": ["/tmp/a", Path("/tmp/b")]})
    assert options == {"resources": ("/tmp/a", "/tmp/b")}
    assert check_options({}, PIPELINE_OPTIONS) == {}


# -- stage names and discovery --------------------------------------------------------
def test_pipeline_builtin_stages_are_entry_points():
    eps = stage_entry_points()
    assert set(DEFAULT_STAGES) <= set(eps)
    for name in DEFAULT_STAGES:
        assert eps[name].value.startswith("communique.stages."), name
        assert eps[name].dist is not None and eps[name].dist.name == "communique"


@pytest.mark.parametrize("value, expected", [
    ("default", DEFAULT_STAGES),
    ("default,casualties.v1", DEFAULT_STAGES + ("casualties.v1",)),
    (" structure.v1 , actors.v1 ,", ("structure.v1", "actors.v1")),
    (["default", "structure.v1"], DEFAULT_STAGES),
])
def test_pipeline_expand_stage_names(value, expected):
    assert expand_stage_names(value) == expected


def test_pipeline_empty_stage_list_is_an_error():
    with pytest.raises(ConfigError, match="no stages"):
        expand_stage_names(" , ")


def test_pipeline_unknown_stage_lists_the_registered_ones():
    with pytest.raises(ConfigError) as caught:
        check_contracts(expand_stage_names("default,casualtys.v1"))
    assert "unknown stage 'casualtys.v1'" in str(caught.value)
    assert all(name in str(caught.value) for name in DEFAULT_STAGES)


def test_pipeline_entry_point_that_fails_to_import_is_a_config_error(monkeypatch):
    from importlib.metadata import EntryPoint

    from communique import pipeline as P

    broken = EntryPoint("broken.v1", "communique_no_such_module:stage", P.ENTRY_POINT_GROUP)
    monkeypatch.setattr(P, "stage_entry_points", lambda: {"broken.v1": broken})
    with pytest.raises(ConfigError, match=r"broken\.v1 = communique_no_such_module:stage .*cannot be loaded: "
                                          r"ModuleNotFoundError"):
        check_contracts(["broken.v1"])


def test_pipeline_entry_point_whose_name_differs_from_the_stage_is_a_config_error(monkeypatch):
    from importlib.metadata import EntryPoint

    from communique import pipeline as P

    wrong = EntryPoint("structure.v9", "communique.stages.structure:extract_structure", P.ENTRY_POINT_GROUP)
    monkeypatch.setattr(P, "stage_entry_points", lambda: {"structure.v9": wrong})
    with pytest.raises(ConfigError, match="did not register a stage named 'structure.v9'.*registered structure.v1"):
        check_contracts(["structure.v9"])


# -- extension contracts ---------------------------------------------------------------
@stage("test_ext_a.v1", assigns=("extensions.test_notes",))
def _ext_a(document, doc, ctx):
    return {"extensions.test_notes": [{"start": 0, "end": 4, "text": document.text[:4]}, ("tuple", 1)]}


@stage("test_ext_b.v1", assigns=("extensions.test_notes",))
def _ext_b(document, doc, ctx):
    return {"extensions.test_notes": []}


@stage("test_ext_bad_name.v1", assigns=("extensions.Bad-Name",))
def _ext_bad_name(document, doc, ctx):
    return {}


@stage("test_ext_field.v1", assigns=("casualties",))
def _ext_field(document, doc, ctx):
    return {}


@stage("test_ext_unjson.v1", assigns=("extensions.test_unjson",))
def _ext_unjson(document, doc, ctx):
    return {"extensions.test_unjson": {1, 2}}


@pytest.mark.parametrize("names, message", [
    (["test_ext_a.v1", "test_ext_b.v1"], "test_ext_a.v1 and test_ext_b.v1 both assign extensions.test_notes"),
    (["test_ext_bad_name.v1"], "extension 'Bad-Name'"),
    (["test_ext_field.v1"], r"unknown Document fields \['casualties'\].*extensions.<name>"),
])
def test_pipeline_extension_contracts(names, message):
    with pytest.raises(ConfigError, match=message):
        check_contracts(names)


def test_pipeline_runner_writes_extensions_as_json_and_the_version(pipeline):
    p = Pipeline(["structure.v1", "test_ext_a.v1"])
    doc = p("Oslo talks resumed.")
    assert doc.extensions == {"test_notes": [{"start": 0, "end": 4, "text": "Oslo"}, ["tuple", 1]]}
    assert doc.pipeline_version == p.version and "+structure.v1,test_ext_a.v1+" in p.version
    assert doc.to_dict()["extensions"] == doc.extensions


def test_pipeline_extension_that_is_not_json_fails_the_document(pipeline):
    from communique.ingest import Record

    failures = []
    assert list(Pipeline(["test_ext_unjson.v1"]).pipe([Record("a")], on_error=failures.append)) == []
    assert "not JSON-serialisable" in failures[0].reason and failures[0].stage == "test_ext_unjson.v1"


def test_pipeline_default_arguments_share_one_cached_pipeline(pipeline):
    assert get_pipeline(stages=DEFAULT_STAGES, options={}, model=None) is get_pipeline()
    assert get_pipeline(stages="default") is get_pipeline()


# -- the command line ------------------------------------------------------------------
@pytest.mark.parametrize("args, message", [
    (["--option", "events_discrad=[\"x\"]"], "unknown option 'events_discrad'; did you mean 'events_discard'?"),
    (["--option", "events_classifier=maybe"], "option events_classifier='maybe': expected bool, got str"),
    (["--option", "novalue"], "--option 'novalue': expected KEY=VALUE"),
    (["--stages", "default,nope.v1"], "unknown stage 'nope.v1'; registered stages: "),
])
def test_cli_analyze_bad_stages_or_options_are_one_line_errors(tmp_path, args, message):
    path = tmp_path / "a.txt"
    path.write_text("Chile and Peru agreed to talks.", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(path), *args])
    assert result.exit_code != 0, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0], result.output


def test_cli_option_values_are_json_when_they_parse():
    from communique.options import parse_option_items

    assert parse_option_items(["a=false", "b=3", 'c=["x", "y"]', "d=minilm", "e=a=b"]) == {
        "a": False, "b": 3, "c": ["x", "y"], "d": "minilm", "e": "a=b"}


def test_cli_option_wins_over_the_older_flags():
    from communique.options import pipeline_options

    assert pipeline_options(discard=["derby"], items=['events_discard=["final"]']) == {"events_discard": ["final"]}


def test_options_every_declared_option_is_documented():
    from communique.pipeline import load_stages

    plugins_md = (Path(__file__).resolve().parents[1] / "docs" / "plugins.md").read_text(encoding="utf-8")
    load_stages()
    for spec in [s for s in STAGES.values() if s.name in DEFAULT_STAGES]:
        for name in spec.options:
            assert f"`{name}`" in plugins_md, f"option {name} of {spec.name} missing from docs/plugins.md"
    for name in PIPELINE_OPTIONS:
        assert f"`{name}`" in plugins_md

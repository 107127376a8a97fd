"""The export-format registry: a format registered by another module is used by ``negagen export --format``, an
unknown name is one line listing the registered ones, and an entry point is seen by name and imported on use."""

from __future__ import annotations

import importlib.metadata
import json

import catalogue
import pytest
from typer.testing import CliRunner

from negagen.cli import app
from negagen.dataset.export import EXPORT_FORMATS, export, export_format_names, get_export_format
from negagen.dataset.formats import export_formats, file_format, register_export_format
from negagen.errors import ConfigError

runner = CliRunner()
BUILTINS = ["st", "flagembedding", "tevatron", "hf"]


def _record(anchor: str, negative: str, **meta: str) -> dict:
    return {"anchor": anchor, "positive": anchor, "negative": negative, "positive_kind": "identity", "op": "negation",
            "rule": "insert_do_support", "edits": [], "sentence": 0, "source_id": "1", "meta": meta}  # fmt: skip


@pytest.fixture
def triplets(tmp_path):
    """Three records written by hand: a repeated pair and a negative flagged implausible, which the default
    selection drops before any format sees them."""
    path = tmp_path / "t.jsonl"
    records = [_record("He went home.", "He did not go home."), _record("He went home.", "He did not go home."),
               _record("She sings.", "She does not sing."), _record("It rains.", "It does not rain.",
                                                                    plausibility="low")]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _toy(records, path, job):
    """One line per record, ``anchor<TAB>negative``."""
    lines = [f"{r['anchor']}\t{r['negative']}\n" for r in records]
    path.write_text("".join(lines), encoding="utf-8")
    return len(lines)


@pytest.fixture
def toy():
    register_export_format("toy")(file_format(".tsv", ".txt")(_toy))
    yield
    del catalogue.REGISTRY[(*export_formats.namespace, "toy")]
    assert "toy" not in export_formats.get_all()


def test_builtins_are_registered_in_order():
    assert export_format_names()[:4] == BUILTINS
    assert list(EXPORT_FORMATS)[:4] == BUILTINS  # the old constant, now read from the registry


def test_a_registered_format_is_used_by_the_cli(toy, triplets, tmp_path):
    out = tmp_path / "toy.tsv"
    result = runner.invoke(app, ["export", str(triplets), str(out), "--format", "toy"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == "He went home.\tHe did not go home.\nShe sings.\tShe does not sing.\n"
    assert result.stdout == f"2 rows -> {out} (toy); dropped: 1 duplicate (anchor, negative), 1 plausibility low\n"
    assert not out.with_name("toy.tsv.partial").exists()
    assert export(triplets, tmp_path / "api.txt", "toy") == {
        "format": "toy", "rows": 2, "output": str(tmp_path / "api.txt"),
        "dropped": {"duplicate (anchor, negative)": 1, "plausibility low": 1},
    }  # fmt: skip


def test_a_file_format_refuses_a_suffix_it_does_not_write(toy, triplets, tmp_path):
    result = runner.invoke(app, ["export", str(triplets), str(tmp_path / "toy.jsonl"), "-f", "toy"])
    assert result.exit_code == 2
    assert result.stderr == "negagen: error: the toy export writes .tsv, .txt files, not 'toy.jsonl'\n"
    assert not (tmp_path / "toy.jsonl").exists()


def test_an_unknown_format_is_one_line_listing_the_registered_ones(toy, triplets, tmp_path):
    out = tmp_path / "x.jsonl"
    result = runner.invoke(app, ["export", str(triplets), str(out), "--format", "nope"])
    assert result.exit_code == 2
    names = ", ".join([*BUILTINS, "toy"])
    assert result.stderr == f"negagen: error: export format must be one of {names}, not 'nope'\n"
    assert not out.exists()
    with pytest.raises(ConfigError, match="must be one of st, flagembedding, tevatron, hf, toy, not 'nope'"):
        get_export_format("nope")


def test_the_help_lists_the_registered_formats():
    import typer.main

    (option,) = [p for p in typer.main.get_command(app).commands["export"].params if p.name == "fmt"]
    assert option.help == "st, flagembedding, tevatron or hf."  # read from the registry when the CLI starts


def _plugin(records, job):
    """A format that is not a file: it writes nothing and reports what it read."""
    return {"rows": sum(1 for _ in records), "note": "from an entry point"}


def test_an_entry_point_format_is_listed_by_name_and_imported_when_used(monkeypatch, triplets, tmp_path):
    group = export_formats.entry_point_namespace
    assert group == "negagen_export_formats"
    broken = importlib.metadata.EntryPoint(name="broken", value="no_such_module:fmt", group=group)
    plugin = importlib.metadata.EntryPoint(name="plugin", value=f"{__name__}:_plugin", group=group)
    monkeypatch.setattr(catalogue, "AVAILABLE_ENTRY_POINTS", importlib.metadata.EntryPoints((broken, plugin)))
    assert export_format_names() == [*BUILTINS, "broken", "plugin"]  # listing imports neither
    assert export(triplets, tmp_path / "out", "plugin") == {
        "format": "plugin", "rows": 2, "note": "from an entry point", "output": str(tmp_path / "out"),
        "dropped": {"duplicate (anchor, negative)": 1, "plausibility low": 1},
    }  # fmt: skip
    assert export(triplets, tmp_path / "st.jsonl", "st")["rows"] == 2  # the broken plugin is not imported

"""Engines are registered by name: a third-party engine runs the same batch function and gives the same records."""

from __future__ import annotations

from itertools import islice

from typer.testing import CliRunner

from negagen.cli import app
from negagen.engine import engine_names, engines, get_engine, perturb_batch

from ..helpers import registered

ALL_OPS = "negation,role_swap,reorder,relation_flip,antonym"
calls: list[int] = []


def backwards_engine(indexed_texts, nlp, operators, options):
    """A toy engine: batches of three, run last batch first, then put back in input order."""
    stream = iter(indexed_texts)
    batches = list(iter(lambda: list(islice(stream, 3)), []))
    calls.append(len(batches))
    results = [r for batch in reversed(batches) for r in perturb_batch(batch, nlp, operators, options)]
    return iter(sorted(results, key=lambda r: r.index))


def test_a_registered_engine_runs_through_the_cli_with_the_local_engines_records(tmp_path):
    runner = CliRunner()
    local = runner.invoke(app, ["generate", "--ops", ALL_OPS, "-q", "--output", str(tmp_path / "local.jsonl")])
    assert local.exit_code == 0, local.output
    with registered(engines, "backwards", backwards_engine):
        assert engine_names()[:2] == ["local", "ray"] and "backwards" in engine_names()
        result = runner.invoke(app, ["generate", "--ops", ALL_OPS, "-q", "--engine", "backwards",
                                     "--output", str(tmp_path / "backwards.jsonl")])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert calls and calls[-1] > 1  # the toy engine ran, on more than one batch
    assert (tmp_path / "backwards.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert "backwards" not in engine_names()


def test_an_unknown_engine_is_one_line_listing_the_registered_ones(tmp_path):
    result = CliRunner().invoke(app, ["generate", "--engine", "spark", "--output", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 2
    assert result.stderr == "negagen: error: engine must be one of local, ray, not 'spark'\n"
    assert not (tmp_path / "out.jsonl").exists()
    assert get_engine("local").__name__ == "local_engine"

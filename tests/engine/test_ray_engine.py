"""The Ray engine gives the same records as the local engine, on a local Ray instance (``ray.init(num_cpus=2)``)."""

from __future__ import annotations

import builtins
import json

import pytest
import ray
from typer.testing import CliRunner

import negagen
from negagen.cli import app
from negagen.dataset.generate import generate
from negagen.dataset.io import SAMPLE_CORPUS
from negagen.engine import ray_data
from negagen.errors import ConfigError

ALL_OPS = ["negation", "role_swap", "reorder", "relation_flip", "antonym"]


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture
def small_windows(monkeypatch):
    """Windows of 45 texts, so the sample corpus crosses two windows (and actor pools)."""
    monkeypatch.setattr(ray_data, "WINDOW_TEXTS", 45)


def test_ray_results_equal_local_results_across_windows(nlp, local_ray, small_windows):
    texts = [*SAMPLE_CORPUS.read_text(encoding="utf-8").splitlines(), "", "x" * 500]  # bad inputs are kept too
    options = {"nlp": nlp, "seed": 5, "positives": True, "max_chars": 400}
    local = negagen.perturb(texts, ALL_OPS, **options)
    distributed = negagen.perturb(texts, ALL_OPS, engine="ray", n_process=2, batch_size=7, **options)
    assert [r.index for r in distributed] == list(range(len(texts)))
    assert distributed == local
    assert [r.reason.value for r in distributed[-1].refusals] == ["too_long"] * len(ALL_OPS)
    assert sum(len(r.perturbations) for r in distributed) > 100


def test_ray_generate_writes_the_same_shards_as_local(nlp, local_ray, tmp_path):
    options = {"ops": ALL_OPS, "seed": 2, "shard_size": 25, "nlp": nlp, "progress": False}
    local = generate(None, tmp_path / "local", **options)
    distributed = generate(None, tmp_path / "ray", engine="ray", n_process=2, batch_size=5, **options)
    local_manifest = json.loads((tmp_path / "local" / "manifest.json").read_text())
    ray_manifest = json.loads((tmp_path / "ray" / "manifest.json").read_text())
    assert ray_manifest == local_manifest
    assert len(local_manifest["shards"]) == 4
    for shard in local_manifest["shards"]:
        assert (tmp_path / "ray" / shard["file"]).read_bytes() == (tmp_path / "local" / shard["file"]).read_bytes()
    assert distributed.records == local.records > 100


def test_cli_engine_ray(local_ray, tmp_path):
    out = tmp_path / "ray.jsonl"
    result = CliRunner().invoke(app, ["generate", "-o", str(out), "--engine", "ray", "--workers", "2"])
    assert result.exit_code == 0, result.output
    local = tmp_path / "local.jsonl"
    assert CliRunner().invoke(app, ["generate", "-o", str(local)]).exit_code == 0
    assert out.read_bytes() == local.read_bytes()


def test_unknown_engine_is_refused_before_any_output(tmp_path):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["generate", "-o", str(out), "--engine", "spark"])
    assert result.exit_code == 2
    assert result.stderr == "negagen: error: engine must be one of local, ray, not 'spark'\n"
    assert list(tmp_path.iterdir()) == []


def test_parse_cache_is_local_only(nlp, tmp_path):
    with pytest.raises(ConfigError, match="parse cache is a local folder"):
        negagen.iter_perturb(["He left."], nlp=nlp, engine="ray", parse_cache=tmp_path)


def test_missing_ray_names_the_extra(nlp, monkeypatch):
    real_import = builtins.__import__

    def no_ray(name, *args, **kwargs):
        if name == "ray" or name.startswith("ray."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    with pytest.raises(ConfigError, match=r"pip install 'negagen\[ray\]'"):
        negagen.iter_perturb(["He left."], nlp=nlp, engine="ray")

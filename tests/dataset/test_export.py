"""Exports: sentence-transformers view, FlagEmbedding, Tevatron, and a Hub-layout dataset folder."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from negagen.cli import app
from negagen.errors import ConfigError

runner = CliRunner()


@pytest.fixture(scope="module")
def triplets(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("gen")
    source = folder / "in.txt"
    source.write_text("The dog bit the man.\nHe went home.\nA dog in the snow.\n", encoding="utf-8")
    out = folder / "t.jsonl"
    args = ["generate", str(source), "-o", str(out), "--ops", "negation,role_swap", "--seed", "7"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return out


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_export_st_drops_metadata(triplets, tmp_path):
    out = tmp_path / "st.jsonl"
    assert runner.invoke(app, ["export", str(triplets), str(out), "--format", "st"]).exit_code == 0
    rows = _lines(out)
    assert [list(r) for r in rows] == [["anchor", "positive", "negative"]] * 3
    assert rows[0]["negative"] == "The dog did not bite the man."


def test_export_flagembedding_groups_negatives_per_query(triplets, tmp_path):
    out = tmp_path / "fe.jsonl"
    assert runner.invoke(app, ["export", str(triplets), str(out), "-f", "flagembedding"]).exit_code == 0
    assert _lines(out) == [
        {"query": "The dog bit the man.", "pos": ["The dog bit the man."],
         "neg": ["The dog did not bite the man.", "The man bit the dog."]},
        {"query": "He went home.", "pos": ["He went home."], "neg": ["He did not go home."]},
    ]  # fmt: skip


def test_export_tevatron(triplets, tmp_path):
    out = tmp_path / "tv.jsonl"
    assert runner.invoke(app, ["export", str(triplets), str(out), "-f", "tevatron"]).exit_code == 0
    first = _lines(out)[0]
    assert first["query_id"] == "1" and first["query"] == "The dog bit the man."
    assert first["positive_passages"] == [{"docid": "1-pos", "title": "", "text": "The dog bit the man."}]
    assert [p["text"] for p in first["negative_passages"]] == ["The dog did not bite the man.", "The man bit the dog."]


def test_export_hf_folder_loads_with_datasets_offline(triplets, tmp_path):
    from datasets import get_dataset_config_names, load_dataset

    folder = tmp_path / "hf"
    result = runner.invoke(app, ["export", str(triplets), str(folder), "-f", "hf", "--license", "apache-2.0"])
    assert result.exit_code == 0, result.output
    assert sorted(get_dataset_config_names(str(folder))) == [
        "triplet", "triplet-all", "triplet-negation", "triplet-role_swap",
    ]  # fmt: skip
    triplet = load_dataset(str(folder), "triplet", split="train")
    assert triplet.column_names == ["anchor", "positive", "negative"] and len(triplet) == 3
    assert load_dataset(str(folder), "triplet-role_swap", split="train")["negative"][:] == ["The man bit the dog."]
    for config in get_dataset_config_names(str(folder)):  # every config loads
        assert len(load_dataset(str(folder), config, split="train")) > 0
    full = load_dataset(str(folder), "triplet-all", split="train")
    assert {"op", "rule", "edits", "source_id"} <= set(full.column_names)
    card = (folder / "README.md").read_text(encoding="utf-8")
    for line in ("license: apache-2.0", "- sentence-transformers", "- feature-extraction", "- n<1K",
                 "- seed: 7", "| negation | 2 |", "| role_swap | 1 |", "no_finite_verb"):  # fmt: skip
        assert line in card


def test_export_unknown_format_is_a_config_error(triplets, tmp_path):
    from negagen.dataset.export import export

    with pytest.raises(ConfigError, match="st, flagembedding, tevatron, hf"):
        export(triplets, tmp_path / "x", "csv")
    result = runner.invoke(app, ["export", str(tmp_path / "missing.jsonl"), str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "input not found" in result.stderr


def test_export_writes_the_format_the_suffix_names_or_refuses(triplets, tmp_path):
    csv_out, tsv_out = tmp_path / "st.csv", tmp_path / "st.tsv"
    assert runner.invoke(app, ["export", str(triplets), str(csv_out)]).exit_code == 0
    assert csv_out.read_text("utf-8").splitlines()[:2] == [
        "anchor,positive,negative", "The dog bit the man.,The dog bit the man.,The dog did not bite the man.",
    ]  # fmt: skip
    assert runner.invoke(app, ["export", str(triplets), str(tsv_out)]).exit_code == 0
    assert tsv_out.read_text("utf-8").splitlines()[0] == "anchor\tpositive\tnegative"
    for fmt, name in (("flagembedding", "fe.csv"), ("st", "st.txt"), ("tevatron", "tv.parquet")):
        result = runner.invoke(app, ["export", str(triplets), str(tmp_path / name), "-f", fmt])
        assert result.exit_code == 2
        allowed = ".jsonl, .json, .ndjson, .parquet, .csv, .tsv" if fmt == "st" else ".jsonl, .json, .ndjson"
        assert result.stderr == f"negagen: error: the {fmt} export writes {allowed} files, not {name!r}\n"
        assert not (tmp_path / name).exists()

"""``negagen verify eval`` end to end on tiny offline data: every configuration gets every number."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from negagen.cli import app
from negagen.evaluate.retrieval import retrieval_metrics
from negagen.experiment.held_out import verify_folder
from negagen.experiment.models import load_model
from negagen.experiment.recipe import load_recipe
from negagen.verify.evaluate import training_rows

from ..train.conftest import beir_folder, sample_pairs, tiny_model_path, tiny_recipe  # noqa: F401  (fixtures)
from ..train.tiny_model import tiny_bert


def _tiny_inputs(tmp_path, pairs, beir, *, train="", verify=""):
    """(vocabulary texts, a tiny model over them, a recipe): training pairs and held-out pairs files written beside
    it; ``train`` and ``verify`` are extra lines of those sections (``HELD_OUT`` stands for the held-out file)."""
    texts = [t for pair in pairs for t in pair] + ["Held out:", "not", "did", "does", "do"]
    texts += [json.loads(line)["text"] for line in (beir / "corpus.jsonl").read_text().splitlines()]
    texts += [json.loads(line)["text"] for line in (beir / "queries.jsonl").read_text().splitlines()]
    model = tiny_bert(texts, tmp_path / "bert")
    pairs_file = tmp_path / "pairs.jsonl"
    pairs_file.write_text("".join(json.dumps({"q": a, "p": p}) + "\n" for a, p in pairs), encoding="utf-8")
    held_out = tmp_path / "held_out.jsonl"
    held_out.write_text(  # positives that are not training texts
        "".join(
            json.dumps({"q": f"Held out: {p}", "p": p.replace("the", "a", 1)}) + "\n" for _, p in pairs[:40]
        )
    )
    recipe = tmp_path / "recipe.yaml"
    recipe.write_text(f"""
model: {model}
output_dir: {tmp_path / "runs"}
train:
  pairs: [{{table: {pairs_file}, anchor: q, positive: p}}]
  ops: [negation, role_swap]
  {train}
eval:
  pairs: [{{table: {held_out}, anchor: q, positive: p}}]
  beir: {beir}
verify:{verify.replace("HELD_OUT", str(held_out))}
""")
    return texts, model, recipe


def test_verify_eval_reports_every_configuration(tmp_path, sample_pairs, beir_folder):  # noqa: F811
    _, model, recipe = _tiny_inputs(tmp_path, sample_pairs, beir_folder, train="rows: 16\n  batch_size: 8", verify="""
  rows: 16
  batch_size: 4
  k: 10
  dev_split: test
  dev_queries: 3
  paraphrase_pairs: [{table: HELD_OUT, anchor: q, positive: p, limit: 20}]
  edits: [positive, anchor]""")
    result = CliRunner().invoke(app, ["verify", "eval", str(recipe)])
    assert result.exit_code == 0, result.output
    rows = json.loads((tmp_path / "runs" / "verify" / "verify_results.json").read_text())
    assert [r["configuration"] for r in rows] == ["dense only", "dense + maxsim", "dense + simmap",
                                                  "dense + cross-encoder"]  # fmt: skip
    for row in rows:
        assert 0 <= row["beir_ndcg@10"] <= 1 and 0 <= row["near_miss_rejection"] <= 1
        assert 0 <= row["structural_pairwise_accuracy"] <= 1 and row["latency_ms_per_query"] > 0
        assert 0 <= row["paraphrase_pairwise_accuracy"] <= 1 and 0 <= row["paraphrase_near_miss_rejection"] <= 1
        assert "structural_negation_pairwise_accuracy" in row and "paraphrase_negation_pairwise_accuracy" in row
        for prefix in ("query_edit_", "query_edit_paraphrase_"):
            assert 0 <= row[f"{prefix}pairwise_accuracy"] <= 1 and 0 <= row[f"{prefix}near_miss_rejection"] <= 1
    for name in ("paraphrase_test", "query_edit_test", "query_edit_paraphrase_test"):
        assert (tmp_path / "runs" / "verify" / f"{name}.jsonl").is_file()
    query_edits = [json.loads(line) for line in (tmp_path / "runs" / "verify" / "query_edit_test.jsonl").open()]
    assert query_edits and all(t["negative"].startswith("Held out: ") for t in query_edits)  # the anchor edited
    # negagen's own nDCG of the dense ranking agrees with sentence-transformers' evaluator
    dense = retrieval_metrics(load_model(str(model), 128), beir_folder)
    assert rows[0]["beir_ndcg@10"] == pytest.approx(dense["ndcg@10"], abs=1e-6)
    assert (tmp_path / "runs" / "verify" / "verify.png").read_bytes()[:4] == b"\x89PNG"
    assert "dense + simmap" in result.stdout
    folder = tmp_path / "runs" / "verify"
    assert (folder / "simmap" / "simmap_head.pt").is_file() and (folder / "cross-encoder" / "model").is_dir()
    # finished trainings leave no checkpoints behind (they exist only while a training may be resumed)
    assert not list(folder.glob("*checkpoint*")) and not (folder / "cross-encoder" / "checkpoints").exists()
    first = rows

    # one verifier again: its row is replaced, the others are kept as they were
    result = CliRunner().invoke(app, ["verify", "eval", str(recipe), "--only", "maxsim"])
    assert result.exit_code == 0, result.output
    rows = json.loads((tmp_path / "runs" / "verify" / "verify_results.json").read_text())
    assert [r["verifier"] for r in rows] == ["dense", "maxsim", "simmap", "cross-encoder"]
    assert rows[0] == first[0] and rows[2:] == first[2:]
    assert rows[1]["latency_ms_per_query"] != first[1]["latency_ms_per_query"]  # measured anew
    result = CliRunner().invoke(app, ["verify", "eval", str(recipe), "--only", "colbert"])
    assert result.exit_code == 2 and "not among the recipe's verifiers: colbert" in result.stderr


def test_eval_verify_adds_the_verification_rows(tmp_path, sample_pairs, beir_folder):  # noqa: F811
    texts, model, recipe = _tiny_inputs(tmp_path, sample_pairs, beir_folder, verify="""
  verifiers: [dense, maxsim]
  k: 10
  dev_split: test
  dev_queries: 3""")
    result = CliRunner().invoke(app, ["eval", str(model), "--recipe", str(recipe), "--verify"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [row["configuration"] for row in report["verification"]] == ["dense only", "dense + maxsim"]
    assert report["verification"][0]["beir_ndcg@10"] == pytest.approx(report["beir_ndcg@10"], abs=1e-6)
    assert (tmp_path / "runs" / "verify" / "verify_results.json").is_file()  # the recipe's model: its run folder
    # the same model spelled differently is the recipe's model; another encoder gets a run folder of its own
    result = CliRunner().invoke(app, ["eval", f"{model}/", "--recipe", str(recipe), "--verify"])
    assert result.exit_code == 0, result.output
    assert not list((tmp_path / "runs").glob("eval-*"))
    other = tiny_bert(texts, tmp_path / "other", seed=1)
    result = CliRunner().invoke(app, ["eval", str(other), "--recipe", str(recipe), "--verify"])
    assert result.exit_code == 0, result.output
    (folder,) = (tmp_path / "runs").glob("eval-*")
    rows = json.loads((folder / "verify" / "verify_results.json").read_text())
    assert rows == json.loads(result.stdout)["verification"]
    result = CliRunner().invoke(app, ["eval", str(model), "--verify"])
    assert result.exit_code == 2 and "--verify needs --recipe" in result.stderr


def test_training_rows_split_the_structural_rows_evenly_between_edited_sides(tiny_recipe, sample_pairs):  # noqa: F811
    recipe = load_recipe(tiny_recipe)
    recipe.verify.positives, recipe.verify.ratio, recipe.verify.rows = "pair", 0.75, 16
    recipe.verify.edits = ["positive", "anchor"]
    rows = training_rows(recipe, None)
    positives = {p for _, p in sample_pairs}  # the ordinary rows' negatives
    anchor_edits = [r for r in rows if r["negative"].startswith("About this: ")]  # every anchor starts so
    positive_edits = [r for r in rows if r not in anchor_edits and r["negative"] not in positives]
    assert len(rows) == 16 and len(anchor_edits) == 6 and len(positive_edits) == 6
    assert all(r["negative"] != r["anchor"] for r in anchor_edits)
    assert rows == training_rows(recipe, None)  # seeded


def test_training_rows_split_evenly_between_positive_kinds_and_edited_sides(tiny_recipe, sample_pairs):  # noqa: F811
    recipe = load_recipe(tiny_recipe)
    recipe.verify.positives, recipe.verify.ratio, recipe.verify.rows = ["pair", "identity"], 0.75, 16
    recipe.verify.edits = ["positive", "anchor"]
    rows = training_rows(recipe, None)
    identity = [r for r in rows if r["anchor"] == r["positive"]]
    anchor_edits = [r for r in rows if r["negative"].startswith("About this: ")]
    positive_edits = [r for r in rows if r["anchor"].startswith("About this: ") and r["negative"] not in
                      {p for _, p in sample_pairs} and r not in anchor_edits]  # fmt: skip
    assert (len(identity), len(anchor_edits), len(positive_edits)) == (4, 4, 4)  # 12 structural rows in three pools


def test_a_verifier_seed_draws_other_rows_and_keeps_its_own_folder(tiny_recipe, sample_pairs):  # noqa: F811
    recipe = load_recipe(tiny_recipe)
    recipe.verify.positives, recipe.verify.ratio, recipe.verify.rows = "pair", 0.75, 16
    recipe.verify.edits = ["positive", "anchor"]
    first = training_rows(recipe, None)
    assert verify_folder(recipe).name == "verify"
    recipe.verify.seed = 1
    second = training_rows(recipe, None)
    assert verify_folder(recipe).name == "verify-s1"
    assert second != first and second == training_rows(recipe, None)
    anchor_edits = [r for r in second if r["negative"].startswith("About this: ")]
    assert len(second) == 16 and len(anchor_edits) == 6  # the same split, other draws


def test_verify_train_seed_trains_into_its_own_folder(tmp_path, sample_pairs, beir_folder):  # noqa: F811
    _, _, recipe = _tiny_inputs(tmp_path, sample_pairs, beir_folder, verify="""
  verifiers: [simmap]
  rows: 16
  batch_size: 8""")
    result = CliRunner().invoke(app, ["verify", "train", str(recipe), "--seed", "2"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "runs" / "verify-s2" / "simmap" / "simmap_head.pt").is_file()
    assert not (tmp_path / "runs" / "verify").exists()
    result = CliRunner().invoke(app, ["verify", "train", str(recipe), "--seed", "-1"])
    assert result.exit_code == 2 and "verify.seed is a whole number of 0 or more, not -1" in result.stderr

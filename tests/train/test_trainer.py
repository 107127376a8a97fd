"""Training on a tiny offline model: every mix mode trains, the batch mix gives its exact share of batches."""

from __future__ import annotations

import json

import numpy as np
import pytest

from negagen.errors import ConfigError
from negagen.experiment.models import load_model
from negagen.experiment.pools import ordinary_rows, structural_rows
from negagen.train import load_recipe, train
from negagen.train import trainer as trainer_module
from negagen.train.mixing import StructuralBatchSampler

PROBE = ["The dog bit the man.", "He went home."]


def _weights_changed(before_path, after_path):
    before = load_model(str(before_path)).encode(PROBE)
    after = load_model(str(after_path)).encode(PROBE)
    return not np.allclose(before, after)


@pytest.mark.parametrize("mix", ["row", "loss"])
def test_training_runs_and_changes_the_model(tiny_recipe, tiny_model_path, tmp_path, mix):
    recipe = load_recipe(tiny_recipe)
    recipe.mix = mix
    path = train(recipe, ratio=0.5, seed=0, positives="identity", output=tmp_path / mix)
    assert (path / "modules.json").is_file()
    assert _weights_changed(tiny_model_path, path)
    pools = tmp_path / "runs" / "pools"
    structural = [json.loads(line) for line in (pools / "structural-identity.jsonl").read_text().splitlines()]
    assert len(structural) > 16  # enough for 0.5 × 32 rows
    assert all(row["anchor"] == row["positive"] != row["negative"] for row in structural)


def test_batch_mix_gives_the_exact_share_of_batches(tiny_recipe, tmp_path, monkeypatch):
    seen: list[bool] = []

    class Recording(StructuralBatchSampler):
        def __iter__(self):
            offset = len(self.dataset.datasets[0])
            for batch in super().__iter__():
                seen.append(batch[0] >= offset)
                yield batch

    monkeypatch.setattr(trainer_module, "StructuralBatchSampler", Recording)
    recipe = load_recipe(tiny_recipe)
    recipe.mix = "batch"
    train(recipe, ratio=0.25, seed=1, positives="identity", output=tmp_path / "batch")
    assert len(seen) == 4 and sum(seen) == 1  # 32 rows / 8 = 4 batches, a quarter structural


def test_structural_rows_by_positive_kind(nlp):
    pairs = [("Q1", "The dog bit the man."), ("Q2", "Two dogs in the snow.")]
    identity = structural_rows(pairs, ["role_swap"], "identity", 0, nlp=nlp)
    assert identity == [{"anchor": "The dog bit the man.", "positive": "The dog bit the man.",
                         "negative": "The man bit the dog."}]  # fmt: skip
    pair = structural_rows(pairs, ["role_swap"], "pair", 0, nlp=nlp)
    assert pair == [{"anchor": "Q1", "positive": "The dog bit the man.", "negative": "The man bit the dog."}]
    structural = structural_rows(pairs, ["role_swap"], "structural", 0, nlp=nlp)
    assert structural == [{"anchor": "The dog bit the man.", "positive": "The man was bitten by the dog.",
                           "negative": "The man bit the dog."}]  # fmt: skip


def test_anchor_edited_rows_pair_the_real_positive_with_a_near_miss_of_the_anchor(nlp):
    pairs = [("The dog bit the man.", "A man was bitten by a dog."), ("Dogs bark.", "The cat chased the mouse.")]
    rows = structural_rows(pairs, ["role_swap"], "pair", 0, nlp=nlp, edit="anchor")
    assert rows == [{"anchor": "The dog bit the man.", "positive": "A man was bitten by a dog.",
                     "negative": "The man bit the dog."}]  # fmt: skip
    with pytest.raises(ConfigError, match="anchor edits need pair positives"):
        structural_rows(pairs, ["role_swap"], "identity", 0, nlp=nlp, edit="anchor")


def test_random_ordinary_negative_is_another_pairs_positive():
    pairs = [(f"a{i}", f"p{i}") for i in range(10)]
    rows = ordinary_rows(pairs, "random", seed=0)
    assert [r["anchor"] for r in rows] == [a for a, _ in pairs]
    assert all(r["negative"] != r["positive"] and r["negative"].startswith("p") for r in rows)


def test_too_few_structural_rows_is_a_config_error(tiny_recipe, tmp_path):
    recipe = load_recipe(tiny_recipe)
    recipe.train.rows = 400
    with pytest.raises(ConfigError, match="rows wanted but only"):
        train(recipe, ratio=0.9, seed=0, positives="identity", output=tmp_path / "x")


def test_bm25_negative_shares_words_with_the_anchor():
    pairs = [
        ("dogs run in the park", "a dog runs in a park"),
        ("a cat on a sofa", "the cat sleeps on the sofa"),
        ("dogs playing in the park", "two dogs play in the park"),
        ("a man cooking", "a man cooks dinner"),
    ]
    rows = ordinary_rows(pairs, "bm25", seed=0)
    assert rows[0]["negative"] == "two dogs play in the park"  # the other park sentence, not the sofa
    assert all(r["negative"] != r["positive"] for r in rows)


def test_bm25_negatives_of_queries_sharing_a_passage_are_other_passages():
    # five questions about one paragraph (as in SQuAD): its copies must not fill the ranking or be the negative
    park, sofa = "Dogs run in the park every morning.", "The cat sleeps on the sofa."
    pairs = [(f"where do dogs run {i}", park) for i in range(5)] + [("where does the cat sleep", sofa)]
    rows = ordinary_rows(pairs, "bm25", seed=0)
    assert [r["negative"] for r in rows] == [sofa] * 5 + [park]


def test_mined_negatives_use_the_model(tiny_model_path):
    pairs = [(f"anchor {i} about the council budget", f"The council approved budget {i}.") for i in range(12)]
    rows = ordinary_rows(pairs, "mined", seed=0, model=load_model(str(tiny_model_path)))
    assert rows and all(r["negative"] != r["positive"] and r["negative"].startswith("The council") for r in rows)


def test_unknown_positive_kind_is_refused_before_anything_is_built(tiny_recipe, tmp_path):
    recipe = load_recipe(tiny_recipe)
    with pytest.raises(ConfigError, match="positives must be one of identity, structural, pair, not 'bogus'"):
        train(recipe, ratio=0.5, seed=0, positives="bogus", output=tmp_path / "x")
    assert not (tmp_path / "runs" / "pools").exists()

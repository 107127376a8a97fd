"""Negatives on the fly: the requested share, real perturbations, the same answer whatever the batch."""

from __future__ import annotations

import pytest

from negagen.errors import ConfigError
from negagen.train.online import OnlineNegatives

ANCHORS = ["A man walks his dog.", "The girl is eating.", "Kids play in a park.", "Two cats sleep."]
POSITIVES = ["He went home.", "The dog bit the man.", "A dog in the snow.", "She can swim."]


def test_ratio_one_gives_a_perturbation_where_there_is_one(nlp):
    online = OnlineNegatives(["negation"], ratio=1.0, nlp=nlp)
    negatives, structural = online.negatives(ANCHORS, POSITIVES)
    assert negatives[0] == "He did not go home."
    assert negatives[1] == "The dog did not bite the man."
    assert negatives[3] == "She cannot swim."
    # a verbless caption has no negation: its row falls back to another row's positive
    assert structural == [True, True, False, True]
    assert negatives[2] == POSITIVES[3]


def test_ratio_zero_gives_in_batch_negatives(nlp):
    negatives, structural = OnlineNegatives(["negation"], ratio=0.0, nlp=nlp).negatives(ANCHORS, POSITIVES)
    assert negatives == POSITIVES[1:] + POSITIVES[:1]
    assert structural == [False] * 4


def test_choice_does_not_depend_on_batch_order(nlp):
    online = OnlineNegatives(["negation", "role_swap"], ratio=0.5, seed=3, nlp=nlp)
    forward = online.negatives(ANCHORS, POSITIVES)[1]
    backward = online.negatives(ANCHORS[::-1], POSITIVES[::-1])[1]
    assert forward == backward[::-1]
    many = OnlineNegatives(["negation"], ratio=0.5, seed=0, nlp=nlp)
    anchors = [f"anchor {i}" for i in range(400)]
    share = sum(many.negatives(anchors, ["He went home."] * 400)[1]) / 400
    assert 0.4 < share < 0.6  # a seeded coin per row, not an exact quota


def test_collate_and_map_forms(nlp):
    online = OnlineNegatives(["negation"], ratio=1.0, nlp=nlp)
    batch = online.collate([{"anchor": a, "positive": p} for a, p in zip(ANCHORS, POSITIVES, strict=True)])
    assert batch["negative"][0] == "He did not go home."
    mapped = online({"anchor": ANCHORS, "positive": POSITIVES})
    assert mapped["negative"] == batch["negative"] and mapped["anchor"] == ANCHORS


def test_bad_arguments(nlp):
    with pytest.raises(ConfigError, match="between 0 and 1"):
        OnlineNegatives(ratio=2)
    with pytest.raises(ConfigError, match="2 anchors but 1 positives"):
        OnlineNegatives(nlp=nlp).negatives(["a", "b"], ["c"])

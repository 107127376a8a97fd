"""Structural metrics: hand-checked values, the bag-of-words floor at exactly chance, and no leaks."""

from __future__ import annotations

import re

import numpy as np
import pytest

from negagen.errors import ConfigError
from negagen.evaluate.structural import _auc, structural_metrics
from negagen.experiment.held_out import StructuralTriplet, build_structural_set


class BagOfWords:
    """A model blind to word order: the normalised count vector of lower-cased words."""

    def __init__(self, texts):
        words = sorted({w for t in texts for w in re.findall(r"\w+", t.lower())})
        self.index = {w: i for i, w in enumerate(words)}

    def encode(self, texts, **_):
        vectors = np.zeros((len(texts), len(self.index)))
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                vectors[row, self.index[word]] += 1
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


class Table:
    """A model whose embeddings are given by hand."""

    def __init__(self, vectors):
        self.vectors = vectors

    def encode(self, texts, **_):
        return np.array([self.vectors[t] for t in texts], dtype=float)


def test_bag_of_words_scores_exactly_chance_on_pure_swaps():
    triplets = [
        StructuralTriplet(
            "The dog bit the man.", "A dog bit a man.", "A man bit a dog.", "role_swap", "subject_object"
        ),
        StructuralTriplet(
            "Red cars and blue bikes.", "Red cars, blue bikes.", "Blue cars, red bikes.", "reorder", "attribute_swap"
        ),
    ]
    model = BagOfWords([t for x in triplets for t in (x.anchor, x.positive, x.negative)])
    metrics = structural_metrics(model, triplets)
    assert metrics["structural_all_accuracy"] == 0.5
    assert metrics["structural_role_swap_accuracy"] == 0.5
    assert metrics["structural_all_gap"] == pytest.approx(0.0, abs=1e-9)
    assert metrics["structural_role_swap_n"] == 1 and metrics["structural_all_n"] == 2


def test_metrics_by_hand():
    vectors = {"a": [1, 0], "p": [0.8, 0.6], "n": [0.6, 0.8], "b": [0, 1], "q": [0.6, 0.8], "m": [0.8, 0.6]}
    triplets = [StructuralTriplet("a", "p", "n", "negation", "r"), StructuralTriplet("b", "q", "m", "negation", "r")]
    metrics = structural_metrics(Table(vectors), triplets)
    # sim(a,p)=0.8 > sim(a,n)=0.6; sim(b,q)=0.8 > sim(b,m)=0.6: both right, gap 0.2 each
    assert metrics["structural_negation_accuracy"] == 1.0
    assert metrics["structural_negation_gap"] == pytest.approx(0.2)
    assert metrics["structural_negation_auc"] == 1.0
    flipped = [StructuralTriplet("a", "n", "p", "negation", "r"), StructuralTriplet("b", "q", "m", "negation", "r")]
    assert structural_metrics(Table(vectors), flipped)["structural_negation_accuracy"] == 0.5


def test_auc_is_the_mann_whitney_statistic():
    # pairs (pos, neg): 0.9>0.1, 0.9>0.5, 0.5=0.5 (half), 0.5>0.1 → (3 + 0.5) / 4
    assert _auc(np.array([0.9, 0.5]), np.array([0.1, 0.5])) == 0.875


def test_held_out_set_drops_training_texts(nlp):
    pairs = [("A man left.", "He went home."), ("Dogs bark.", "The dog bit the man."), ("X.", "She can swim.")]
    triplets = build_structural_set(pairs, ["negation", "role_swap"], nlp=nlp, exclude={"X."})
    assert [(t.positive, t.op, t.negative) for t in triplets] == [
        ("He went home.", "negation", "He did not go home."),
        ("The dog bit the man.", "negation", "The dog did not bite the man."),
        ("The dog bit the man.", "role_swap", "The man bit the dog."),
    ]
    assert triplets[0].anchor == "A man left."


def test_anchor_edits_make_near_misses_of_the_query(nlp):
    pairs = [("The dog bit the man.", "A man was bitten by a dog."), ("Two dogs in the snow.", "Dogs bark."),
             ("She can swim.", "She is a swimmer.")]  # fmt: skip
    triplets = build_structural_set(pairs, ["negation", "role_swap"], nlp=nlp, edit="anchor")
    assert [(t.anchor, t.positive, t.op, t.negative) for t in triplets] == [
        ("The dog bit the man.", "A man was bitten by a dog.", "negation", "The dog did not bite the man."),
        ("The dog bit the man.", "A man was bitten by a dog.", "role_swap", "The man bit the dog."),
        ("She can swim.", "She is a swimmer.", "negation", "She cannot swim."),
    ]


def test_an_unknown_edited_side_is_an_error(nlp):
    with pytest.raises(ConfigError, match="edit must be one of positive, anchor"):
        build_structural_set([("A.", "B.")], ["negation"], nlp=nlp, edit="both")

"""Verifiers on toy inputs: MaxSim by hand, simmap training moves its scores, reranking only reorders."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from negagen.experiment.held_out import split_by_anchor
from negagen.experiment.models import load_model
from negagen.verify import MaxSimVerifier, SimMapVerifier, maxsim, ndcg_at_k, rerank
from negagen.verify.evaluate import structural_verification

from ..train.tiny_model import tiny_bert

TEXTS = ["The dog bit the man.", "The man bit the dog.", "He went home.", "He did not go home.", "A cat sleeps."]


@pytest.fixture(scope="module")
def bert(tmp_path_factory):
    return load_model(str(tiny_bert(TEXTS, tmp_path_factory.mktemp("bert") / "tiny")))


class FixedTokens:
    def __init__(self, table):
        self.table = table

    def get(self, texts, limit=None, grad=False):
        return [torch.tensor(self.table[t], dtype=torch.float32) for t in texts]


def test_maxsim_by_hand():
    query = np.array([[1.0, 0.0], [0.0, 2.0]])  # normalised to (1,0), (0,1)
    candidate = np.array([[1.0, 0.0], [0.6, 0.8]])
    # best match of (1,0) is 1.0; of (0,1) it is 0.8 → mean 0.9
    assert maxsim(query, candidate) == pytest.approx(0.9)
    verifier = MaxSimVerifier(
        None, tokens=FixedTokens({"q": query, "c": candidate, "swapped": candidate[::-1].copy()})
    )
    scores = verifier.score(["q", "q"], ["c", "swapped"])
    assert scores == pytest.approx([0.9, 0.9])  # token order does not matter to MaxSim


def test_simmap_trains_and_its_scores_change(bert):
    verifier = SimMapVerifier(bert, seed=0)
    queries, candidates = ["The dog bit the man.", "He went home."], ["The man bit the dog.", "He did not go home."]
    before = verifier.score(queries, candidates)
    rows = [{"anchor": "The dog bit the man.", "positive": "The dog bit the man.", "negative": "The man bit the dog."},
            {"anchor": "He went home.", "positive": "He went home.", "negative": "He did not go home."},
            {"anchor": "A cat sleeps.", "positive": "A cat sleeps.", "negative": "He went home."}] * 4  # fmt: skip
    losses = verifier.fit(rows, epochs=5, batch_size=3, learning_rate=1e-2)
    assert len(losses) == 20 and losses[-1] < losses[0]
    assert not np.allclose(before, verifier.score(queries, candidates))


def test_simmap_saves_and_loads(bert, tmp_path):
    verifier = SimMapVerifier(bert, seed=1)
    verifier.save(tmp_path / "simmap")
    loaded = SimMapVerifier.load(tmp_path / "simmap", bert)
    pairs = (["He went home."], ["He did not go home."])
    assert loaded.score(*pairs) == pytest.approx(verifier.score(*pairs))


CANDIDATES = {"q": [("a", 0.9), ("b", 0.8), ("c", 0.7), ("d", 0.6)]}


@given(st.lists(st.floats(-5, 5), min_size=4, max_size=4), st.floats(0, 2), st.one_of(st.none(), st.floats(-5, 5)))
def test_rerank_only_reorders(scores, weight, threshold):
    ranking = rerank(CANDIDATES, {"q": scores}, weight=weight, threshold=threshold)["q"]
    assert sorted(ranking) == ["a", "b", "c", "d"]


@given(st.lists(st.floats(-5, 5), min_size=4, max_size=4), st.floats(-5, 5), st.floats(0, 5))
def test_threshold_rejection_is_monotone(scores, low, step):
    def rejected(threshold):
        ranking = rerank(CANDIDATES, {"q": scores}, weight=0.0, threshold=threshold)["q"]
        n_accepted = sum(score >= threshold for score in scores)
        return set(ranking[n_accepted:])  # the tail of the list

    assert rejected(low) <= rejected(low + step)
    ranking = rerank(CANDIDATES, {"q": scores}, weight=0.0, threshold=low)["q"]
    accepted = [doc for doc in ranking if scores["abcd".index(doc)] >= low]
    assert ranking[: len(accepted)] == accepted  # accepted first, in dense order
    assert accepted == [doc for doc in "abcd" if doc in accepted]


def test_rerank_weight_zero_keeps_dense_order_and_ndcg_by_hand():
    ranking = rerank(CANDIDATES, {"q": [0.0, 9.0, -9.0, 1.0]}, weight=0.0)
    assert ranking == {"q": ["a", "b", "c", "d"]}
    boosted = rerank(CANDIDATES, {"q": [0.0, 9.0, -9.0, 1.0]}, weight=1.0)
    assert boosted == {"q": ["b", "d", "a", "c"]}
    # relevant doc at rank 2: DCG 1/log2(3), ideal 1
    assert ndcg_at_k({"q": ["a", "b"]}, {"q": {"b"}}) == pytest.approx(1 / np.log2(3))


def test_structural_verification_counts(bert):
    from negagen.experiment.held_out import StructuralTriplet

    class Lookup:
        def score(self, queries, candidates):
            return np.array([{"p": 1.0, "n": 0.0, "p2": 0.5, "n2": 0.7}[c] for c in candidates])

    triplets = [StructuralTriplet(f"a{i}", "p", "n", "negation", "r") for i in range(20)]
    triplets += [StructuralTriplet(f"b{i}", "p2", "n2", "role_swap", "r") for i in range(20)]
    dev, test = split_by_anchor(triplets)
    assert dev and test and {t.anchor for t in dev}.isdisjoint(t.anchor for t in test)
    metrics = structural_verification(Lookup(), dev, test, accept_positives=1.0)
    # threshold = min dev positive = 0.5: every n (0.0) rejected, no n2 (0.7) rejected
    share_n = sum(t.negative == "n" for t in test) / len(test)
    assert metrics["near_miss_rejection"] == pytest.approx(share_n)
    assert metrics["pairwise_accuracy"] == pytest.approx(share_n)
    assert (metrics["negation_pairwise_accuracy"], metrics["role_swap_pairwise_accuracy"]) == (1.0, 0.0)
    assert metrics["positives_accepted"] == 1.0
    prefixed = structural_verification(Lookup(), dev, test, accept_positives=1.0, prefix="paraphrase_")
    assert prefixed == {f"paraphrase_{key}": value for key, value in metrics.items()}


def test_simmap_end_to_end_moves_the_encoder_and_saves_it(tmp_path):
    model = load_model(str(tiny_bert(TEXTS, tmp_path / "bert")))
    before = model.encode(["He went home."])
    verifier = SimMapVerifier(model, end_to_end=True, seed=0)
    rows = [
        {"anchor": "He went home.", "positive": "He went home.", "negative": "He did not go home."},
        {"anchor": "The dog bit the man.", "positive": "The dog bit the man.", "negative": "The man bit the dog."},
    ]
    encoded = []  # each step encodes its distinct texts once, not once per (anchor, candidate) pair
    encode = verifier.tokens.encode
    verifier.tokens.encode = lambda texts, grad: encoded.append(list(texts)) or encode(texts, grad)
    verifier.fit(rows * 2, epochs=2, batch_size=2, learning_rate=1e-2, encoder_learning_rate=1e-2)
    assert not np.allclose(before, model.encode(["He went home."]))
    assert encoded and all(len(texts) == len(set(texts)) <= 5 for texts in encoded)
    verifier.save(tmp_path / "e2e")
    loaded = SimMapVerifier.load(tmp_path / "e2e", None)  # the saved encoder comes with it
    pairs = (["He went home."], ["He did not go home."])
    assert loaded.score(*pairs) == pytest.approx(verifier.score(*pairs), abs=1e-5)


RESUME_ROWS = [
    {"anchor": "He went home.", "positive": "He went home.", "negative": "He did not go home."},
    {"anchor": "The dog bit the man.", "positive": "The dog bit the man.", "negative": "The man bit the dog."},
    {"anchor": "A cat sleeps.", "positive": "A cat sleeps.", "negative": "He went home."},
] * 2


class Interrupted(Exception):
    pass


def interrupt_after(message):
    """A log that stops training (as a crash would) right after it reports ``message``."""

    def log(line):
        if line == message:
            raise Interrupted(line)

    return log


@pytest.mark.parametrize("end_to_end", [False, True])
def test_simmap_resumes_after_an_interruption_exactly_where_a_straight_run_ends(tmp_path, end_to_end):
    folder = tiny_bert(TEXTS, tmp_path / "bert")
    pairs = (["He went home.", "The dog bit the man."], ["He did not go home.", "The man bit the dog."])
    options = {"epochs": 3, "batch_size": 3, "learning_rate": 1e-2, "encoder_learning_rate": 1e-2}

    straight = SimMapVerifier(load_model(str(folder)), end_to_end=end_to_end, seed=0)
    straight_losses = straight.fit(RESUME_ROWS, **options)

    checkpoint = tmp_path / "simmap.checkpoint.pt"
    first = SimMapVerifier(load_model(str(folder)), end_to_end=end_to_end, seed=0)
    with pytest.raises(Interrupted):
        first.fit(RESUME_ROWS, checkpoint=checkpoint, log=interrupt_after("simmap epoch 2 of 3 checkpointed"),
                  **options)  # fmt: skip
    lines = []
    resumed = SimMapVerifier(load_model(str(folder)), end_to_end=end_to_end, seed=0)
    resumed_losses = resumed.fit(RESUME_ROWS, checkpoint=checkpoint, log=lines.append, **options)
    assert lines[0] == f"simmap resumes after epoch 2 ({checkpoint})"
    assert resumed_losses == straight_losses  # the two first epochs' losses come from the checkpoint
    assert resumed.score(*pairs) == pytest.approx(straight.score(*pairs), abs=1e-6)


def test_simmap_ignores_a_checkpoint_of_other_rows_or_more_epochs(tmp_path, bert):
    checkpoint = tmp_path / "simmap.checkpoint.pt"
    SimMapVerifier(bert, seed=0).fit(RESUME_ROWS, epochs=1, batch_size=3, checkpoint=checkpoint)
    lines = []
    losses = SimMapVerifier(bert, seed=0).fit(RESUME_ROWS[:3], epochs=1, batch_size=3, checkpoint=checkpoint,
                                              log=lines.append)  # fmt: skip
    assert lines[0] == f"simmap: {checkpoint} is from other rows or settings, or longer; training from the start"
    assert len(losses) == 1  # one epoch of 3 rows in batches of 3, not resumed after the other run's epoch
    SimMapVerifier(bert, seed=0).fit(RESUME_ROWS, epochs=2, batch_size=3, checkpoint=checkpoint)
    lines.clear()
    losses = SimMapVerifier(bert, seed=0).fit(RESUME_ROWS, epochs=1, batch_size=3, checkpoint=checkpoint,
                                              log=lines.append)  # fmt: skip
    assert lines[0].endswith("or longer; training from the start") and len(losses) == 2  # not the 2-epoch state


def test_cross_encoder_resumes_after_an_interruption_exactly_where_a_straight_run_ends(tmp_path):
    from negagen.verify import CrossEncoderVerifier

    folder = tiny_bert(TEXTS, tmp_path / "bert")
    pairs = (["He went home.", "The dog bit the man."], ["He did not go home.", "The man bit the dog."])
    options = {"epochs": 2, "batch_size": 3, "learning_rate": 1e-3, "negatives": 1}

    straight = CrossEncoderVerifier(str(folder))
    straight.fit(RESUME_ROWS, output=tmp_path / "straight", **options)
    assert (tmp_path / "straight" / "model").is_dir() and not (tmp_path / "straight" / "checkpoints").exists()

    with pytest.raises(Interrupted):
        CrossEncoderVerifier(str(folder)).fit(RESUME_ROWS, output=tmp_path / "resumed",
                                              log=interrupt_after("cross-encoder epoch 1 of 2 checkpointed"),
                                              **options)  # fmt: skip
    assert not (tmp_path / "resumed" / "model").exists()
    lines = []
    resumed = CrossEncoderVerifier(str(folder))
    resumed.fit(RESUME_ROWS, output=tmp_path / "resumed", log=lines.append, **options)
    assert lines[0].startswith("cross-encoder resumes from ") and lines[0].endswith("checkpoint-2")
    assert resumed.score(*pairs) == pytest.approx(straight.score(*pairs), abs=1e-6)
    saved = CrossEncoderVerifier(str(tmp_path / "resumed" / "model"))
    assert saved.score(*pairs) == pytest.approx(straight.score(*pairs), abs=1e-6)
    # trained again into a folder that has a model: the new one replaces it
    resumed.fit(RESUME_ROWS, output=tmp_path / "resumed", **options)
    again = CrossEncoderVerifier(str(tmp_path / "resumed" / "model"))
    assert again.score(*pairs) == pytest.approx(resumed.score(*pairs), abs=1e-6)
    assert not again.score(*pairs) == pytest.approx(saved.score(*pairs), abs=1e-6)

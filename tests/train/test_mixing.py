"""Mixing at a ratio: exact counts of structural rows and batches, deterministic under a seed."""

from __future__ import annotations

from collections import Counter

import pytest

from negagen.errors import ConfigError
from negagen.train.mixing import StructuralBatchSampler, mix_rows

ORDINARY = [{"anchor": f"o{i}", "positive": f"op{i}", "negative": f"on{i}"} for i in range(500)]
STRUCTURAL = [{"anchor": f"s{i}", "positive": f"sp{i}", "negative": f"sn{i}"} for i in range(500)]


@pytest.mark.parametrize(("ratio", "n_rows", "expected"), [(0, 200, 0), (0.05, 200, 10), (0.15, 200, 30),
                                                           (0.3, 333, 100), (0.5, 201, 100), (1, 50, 50)])  # fmt: skip
def test_row_mix_has_exactly_the_requested_share(ratio, n_rows, expected):
    rows = mix_rows(ORDINARY, STRUCTURAL, ratio, n_rows, seed=3)
    assert len(rows) == n_rows
    assert sum(r["anchor"].startswith("s") for r in rows) == expected
    assert len({r["anchor"] for r in rows}) == n_rows  # drawn without replacement
    assert list(rows[0]) == ["anchor", "positive", "negative"]


def test_row_mix_is_seeded():
    assert mix_rows(ORDINARY, STRUCTURAL, 0.15, 100, seed=1) == mix_rows(ORDINARY, STRUCTURAL, 0.15, 100, seed=1)
    assert mix_rows(ORDINARY, STRUCTURAL, 0.15, 100, seed=1) != mix_rows(ORDINARY, STRUCTURAL, 0.15, 100, seed=2)


def test_row_mix_refuses_to_repeat_a_small_pool():
    with pytest.raises(ConfigError, match="300 structural rows wanted but only 10 available"):
        mix_rows(ORDINARY, STRUCTURAL[:10], 0.5, 600, seed=0)
    with pytest.raises(ConfigError, match="between 0 and 1"):
        mix_rows(ORDINARY, STRUCTURAL, 1.5, 10, seed=0)


class _Concat:
    def __init__(self, sizes):
        self.datasets = [range(size) for size in sizes]


def _batches(size, batch_size):
    return [list(range(i, min(i + batch_size, size))) for i in range(0, size, batch_size)]


@pytest.mark.parametrize(("ratio", "n_structural"), [(0.0, 0), (0.15, 3), (0.5, 10), (1.0, 20)])
def test_batch_sampler_gives_exact_structural_batches(ratio, n_structural):
    samplers = [_batches(64, 4), _batches(40, 4)]  # 16 ordinary, 10 structural batches available
    sampler = StructuralBatchSampler(_Concat([64, 40]), samplers, seed=7, ratio=ratio, n_batches=20)
    batches = list(sampler)
    assert len(batches) == len(sampler) == 20
    kinds = Counter("structural" if batch[0] >= 64 else "ordinary" for batch in batches)
    assert kinds["structural"] == n_structural and kinds["ordinary"] == 20 - n_structural
    assert all(all(i >= 64 for i in b) or all(i < 64 for i in b) for b in batches)  # a batch is of one kind
    assert batches == list(StructuralBatchSampler(_Concat([64, 40]), samplers, seed=7, ratio=ratio, n_batches=20))

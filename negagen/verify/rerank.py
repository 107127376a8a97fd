"""Two-stage retrieval: dense top-k, then a verifier reorders (and may reject) the k candidates.

The final score of a candidate is ``dense + weight · verifier`` (``weight`` calibrated on a dev split; 0 keeps the
dense order). With a ``threshold``, candidates the verifier scores below it are *rejected*: moved, in their order,
after the accepted ones. Nothing leaves the top-k list; reranking only reorders it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from math import log2
from typing import Any

import numpy as np

__all__ = ["Candidates", "dense_top_k", "ndcg_at_k", "rerank"]

Candidates = dict[str, list[tuple[str, float]]]  # query id → [(doc id, dense score)], best first


def dense_top_k(
    model: Any, queries: Mapping[str, str], corpus: Mapping[str, str], k: int, *, batch_size: int = 32,
    doc_vectors: np.ndarray | None = None,
) -> Candidates:  # fmt: skip
    """The ``k`` documents of ``corpus`` nearest each query by cosine (exact search)."""
    doc_ids = list(corpus)
    if doc_vectors is None:
        doc_vectors = model.encode([corpus[d] for d in doc_ids], batch_size=batch_size, normalize_embeddings=True)
    query_ids = list(queries)
    query_vectors = model.encode([queries[q] for q in query_ids], batch_size=batch_size, normalize_embeddings=True)
    scores = query_vectors @ doc_vectors.T
    top = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    return {q: [(doc_ids[j], float(scores[i, j])) for j in top[i]] for i, q in enumerate(query_ids)}


def rerank(
    candidates: Candidates,
    verifier_scores: Mapping[str, Sequence[float]],
    *,
    weight: float = 1.0,
    threshold: float | None = None,
) -> dict[str, list[str]]:
    """Each query's candidates reordered by ``dense + weight · verifier``, rejected ones (below ``threshold``) last."""
    rankings = {}
    for query, found in candidates.items():
        scores = verifier_scores[query]
        final = [(dense + weight * float(v), float(v), doc) for (doc, dense), v in zip(found, scores, strict=True)]
        order = sorted(range(len(final)), key=lambda i: (-final[i][0], i))
        if threshold is not None:
            order = [i for i in order if final[i][1] >= threshold] + [i for i in order if final[i][1] < threshold]
        rankings[query] = [final[i][2] for i in order]
    return rankings


def ndcg_at_k(rankings: Mapping[str, Sequence[str]], relevant: Mapping[str, set[str]], k: int = 10) -> float:
    """Mean binary nDCG@k over the queries of ``relevant``."""
    total = 0.0
    for query, docs in relevant.items():
        ranked = rankings.get(query, [])[:k]
        dcg = sum(1 / log2(rank + 2) for rank, doc in enumerate(ranked) if doc in docs)
        ideal = sum(1 / log2(rank + 2) for rank in range(min(k, len(docs))))
        total += dcg / ideal
    return total / len(relevant)


def score_candidates(
    verifier: Any, queries: Mapping[str, str], corpus: Mapping[str, str], candidates: Candidates
) -> dict[str, list[float]]:
    """The verifier's score of every (query, candidate) pair, in one batched call."""
    pairs = [(q, doc) for q, found in candidates.items() for doc, _ in found]
    scores = verifier.score([queries[q] for q, _ in pairs], [corpus[d] for _, d in pairs])
    result: dict[str, list[float]] = {q: [] for q in candidates}
    for (q, _), s in zip(pairs, scores, strict=True):
        result[q].append(float(s))
    return result


def best_weight(
    candidates: Candidates, scores: Mapping[str, Sequence[float]], relevant: Mapping[str, set[str]],
    weights: Sequence[float], metric: Callable[..., float] = ndcg_at_k,
) -> tuple[float, float]:  # fmt: skip
    """The weight of ``weights`` with the best ``metric`` on a dev split (the smaller on ties), and that value."""
    results = [(metric(rerank(candidates, scores, weight=w), relevant), -w) for w in weights]
    value, negative_weight = max(results)
    return -negative_weight, value

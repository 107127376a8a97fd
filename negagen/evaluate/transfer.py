"""The transfer test: near-misses of real passages a model was never trained on (held-out Wikipedia articles).

Read from the ``heldout_negatives.jsonl`` of ``negagen passages`` (:mod:`negagen.experiment.passages`):

=========================== ===================================================================================
metric                      share of
=========================== ===================================================================================
``transfer_OP_accuracy``    (query, passage, passage with its answering sentence edited) where the query is
                            closer to the real passage (pairwise, ties one half); ``OP`` = ``all`` or an operator
``transfer_query_OP_*``     (passage, query, edited query) where the passage is closer to the real query
``transfer_paired_accuracy`` pairs whose query and passage were edited by the same operator, where both hold: q
                            closer to p than to p', and q' closer to p' than to p (NevIR's paired score)
``transfer_paired_any_*``   the same over every pair with both edits, whatever their operators (the two edits
                            are drawn independently, so p' need not answer q': a consistency score)
=========================== ===================================================================================
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from ..experiment.held_out import TRANSFER_COLUMNS, transfer_triplets
from ..experiment.metrics import pair_cosines
from ..experiment.passages import read_checked
from .structural import structural_metrics

__all__ = ["transfer_metrics"]


def _paired(model: Any, both: list[tuple[str, str, dict[str, Any], dict[str, Any]]], batch_size: int) -> float:
    real_q, real_p = [q for q, _, _, _ in both], [p for _, p, _, _ in both]
    edited_q, edited_p = [e["negative"] for _, _, e, _ in both], [n["negative"] for _, _, _, n in both]
    # rows: (q, p), (q, p'), (q', p'), (q', p)
    queries, passages = real_q * 2 + edited_q * 2, real_p + edited_p + edited_p + real_p
    cos = pair_cosines(model, queries, passages, batch_size=batch_size).reshape(4, len(both))
    return float(np.mean((cos[0] > cos[1]) & (cos[2] > cos[3])))


def transfer_metrics(model: Any, path: Path, *, batch_size: int = 64) -> dict[str, float]:
    """The metrics of the module docstring for ``model`` on the held-out negatives file ``path``."""
    records = list(read_checked(path, set(TRANSFER_COLUMNS)))
    metrics: dict[str, float] = {}
    for side, prefix in (("passage", "transfer_"), ("query", "transfer_query_")):
        triplets = transfer_triplets(path, side, records)
        if triplets:
            found = structural_metrics(model, triplets, batch_size=batch_size)
            metrics.update({prefix + key.removeprefix("structural_"): value for key, value in found.items()})
    by_pair: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    for record in records:  # a (query, passage) pair listed twice in the source keeps its first records
        by_pair.setdefault((record["query"], record["passage"]), {}).setdefault(record["side"], record)
    both = [(q, p, sides["query"], sides["passage"]) for (q, p), sides in by_pair.items() if len(sides) == 2]
    for name, chosen in (("paired", [b for b in both if b[2]["op"] == b[3]["op"]]), ("paired_any", both)):
        if chosen:
            metrics[f"transfer_{name}_accuracy"] = _paired(model, chosen, batch_size)
            metrics[f"transfer_{name}_n"] = float(len(chosen))
    return metrics

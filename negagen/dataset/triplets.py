"""Turn :class:`~negagen.records.TextResult` objects into flat triplet records.

A record is ``anchor, positive, negative`` first (the column order sentence-transformers reads positionally),
then provenance: ``positive_kind, op, rule, edits, sentence, source_id, meta`` (operator flags such as
``plausibility``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..records import TextResult

__all__ = ["COLUMNS", "POSITIVE_KINDS", "triplet_records"]

COLUMNS = ("anchor", "positive", "negative", "positive_kind", "op", "rule", "edits", "sentence", "source_id", "meta")
# identity: the positive is the anchor itself (no meaning-preserving rewrite exists yet for a lone sentence).
POSITIVE_KINDS = ("identity",)


def triplet_records(result: TextResult, source_id: str) -> Iterator[dict[str, Any]]:
    """One record per perturbation of ``result``, in operator then sentence order."""
    for perturbation in result.perturbations:
        yield {
            "anchor": result.text,
            "positive": result.text,
            "negative": perturbation.text,
            "positive_kind": "identity",
            "op": perturbation.op,
            "rule": perturbation.rule,
            "edits": [edit.to_dict() for edit in perturbation.edits],
            "sentence": perturbation.sentence,
            "source_id": source_id,
            "meta": dict(perturbation.meta),
        }

"""Turn :class:`~negagen.records.TextResult` objects into flat triplet records.

A record is ``anchor, positive, negative`` first (the column order sentence-transformers reads positionally),
then provenance: ``positive_kind, positive_rule, op, rule, edits, sentence, source_id, meta``. With
``negatives_per_row=K`` a record holds ``negative_1..negative_K`` (and ``ops``/``rules`` lists) instead.

``positives`` chooses the positive:

============== ======================================================================================
mode           positive
============== ======================================================================================
``identity``   the anchor itself (``positive_kind: identity``)
``structural`` a meaning-preserving rewrite of the anchor (``structural_paraphrase``); inputs without one
               give no record
``pair``       the input's own positive column; the negatives are edits of that positive, the anchor is the
               anchor column (``pair``: the retrieval case, a near-miss of the relevant passage)
============== ======================================================================================

A *mirrored* record (``generate --mirror``, identity positives) is a record read backwards: the edited text is
the anchor and the positive, the original the negative, with ``meta["mirror"] = "yes"``. Written beside every
record, it puts each edited word ("not", "old", "behind") on the positive side as often as on the negative side,
so that a model cannot learn "edited text is the negative" from the text alone (see ``negagen audit``).
"""

from __future__ import annotations

from typing import Any

from ..errors import ConfigError
from ..records import TextResult

__all__ = ["COLUMNS", "POSITIVE_MODES", "mirrored", "triplet_records"]

COLUMNS = (
    "anchor", "positive", "negative", "positive_kind", "positive_rule", "op", "rule", "edits", "sentence",
    "source_id", "meta",
)  # fmt: skip
POSITIVE_MODES = ("identity", "structural", "pair")
_KIND = {"identity": "identity", "structural": "structural_paraphrase", "pair": "pair"}


def triplet_records(
    result: TextResult,
    source_id: str,
    *,
    positives: str = "identity",
    anchor: str | None = None,
    negatives_per_row: int | None = None,
) -> list[dict[str, Any]]:
    """The records for one input (possibly none: no structural positive, or fewer negatives than asked for)."""
    if positives not in POSITIVE_MODES:
        raise ConfigError(f"positives must be one of {', '.join(POSITIVE_MODES)}, not {positives!r}")
    positive_rule = None
    if positives == "structural":
        if not result.positives:
            return []
        anchor_text, positive_text, positive_rule = result.text, result.positives[0].text, result.positives[0].rule
    elif positives == "pair":
        if anchor is None:
            raise ConfigError("positives='pair' needs the anchor text of each row")
        anchor_text, positive_text = anchor, result.text
    else:
        anchor_text = positive_text = result.text
    head = {"anchor": anchor_text, "positive": positive_text}
    if negatives_per_row is not None:
        chosen = result.perturbations[:negatives_per_row]
        if len(chosen) < negatives_per_row:
            return []
        return [
            {
                **head,
                **{f"negative_{i}": p.text for i, p in enumerate(chosen, start=1)},
                "positive_kind": _KIND[positives],
                "positive_rule": positive_rule,
                "ops": [p.op for p in chosen],
                "rules": [p.rule for p in chosen],
                "source_id": source_id,
            }
        ]
    return [
        {
            **head,
            "negative": p.text,
            "positive_kind": _KIND[positives],
            "positive_rule": positive_rule,
            "op": p.op,
            "rule": p.rule,
            "edits": [edit.to_dict() for edit in p.edits],
            "sentence": p.sentence,
            "source_id": source_id,
            "meta": dict(p.meta),
        }
        for p in result.perturbations
    ]


def mirrored(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` (identity positives, one negative) read backwards: the negative becomes anchor and positive,
    the anchor the negative; the edits are inverted."""
    edits = [{"orig_start": e["new_start"], "orig_end": e["new_end"], "orig_text": e["new_text"],
              "new_start": e["orig_start"], "new_end": e["orig_end"], "new_text": e["orig_text"]}
             for e in record["edits"]]  # fmt: skip
    return {**record, "anchor": record["negative"], "positive": record["negative"], "negative": record["anchor"],
            "edits": edits, "meta": {**record["meta"], "mirror": "yes"}}  # fmt: skip

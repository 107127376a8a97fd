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

:func:`select_triplet` is that choice of positive for one negative, the one rule behind the dataset's records, the
training pools' structural rows (:func:`negagen.experiment.pools.structural_rows`) and the held-out structural sets
(:func:`negagen.experiment.held_out.build_structural_set`), so that the three cannot drift apart.
"""

from __future__ import annotations

from typing import Any

from ..errors import ConfigError
from ..records import TextResult

__all__ = ["COLUMNS", "POSITIVE_MODES", "Triplet", "mirrored", "select_triplet", "triplet_records"]

COLUMNS = (
    "anchor", "positive", "negative", "positive_kind", "positive_rule", "op", "rule", "edits", "sentence",
    "source_id", "meta",
)  # fmt: skip
POSITIVE_MODES = ("identity", "structural", "pair")
_KIND = {"identity": "identity", "structural": "structural_paraphrase", "pair": "pair"}

Triplet = tuple[str, str, str]  # (anchor, positive, negative)


def select_triplet(
    result: TextResult, positives: str, negative: str, *, anchor: str | None = None, positive: str | None = None
) -> Triplet | None:
    """The (anchor, positive, negative) that ``negative``, an edit of ``result.text``, makes in ``positives`` mode
    (the table of the module docstring); ``None`` when the mode has no positive for this input (``structural``
    without a paraphrase).

    In ``pair`` mode the edited text is one side of an input pair and the other side is given: ``anchor`` when the
    positive was edited (the retrieval case), or ``positive`` when the anchor was (a near-miss of the query itself).

    Raises:
        ConfigError: an unknown mode, or ``pair`` without the other side of the pair.
    """
    if positives == "identity":
        return result.text, result.text, negative
    if positives == "structural":
        return (result.text, result.positives[0].text, negative) if result.positives else None
    if positives == "pair":
        if positive is not None:  # the anchor was edited: the pair's own positive stays the positive
            return result.text, positive, negative
        if anchor is None:
            raise ConfigError("positives='pair' needs the anchor text of each row")
        return anchor, result.text, negative
    raise ConfigError(f"positives must be one of {', '.join(POSITIVE_MODES)}, not {positives!r}")


def triplet_records(
    result: TextResult,
    source_id: str,
    *,
    positives: str = "identity",
    anchor: str | None = None,
    negatives_per_row: int | None = None,
) -> list[dict[str, Any]]:
    """The records for one input (possibly none: no structural positive, or fewer negatives than asked for)."""
    # Every record of an input shares its anchor and positive: chosen once, with no negative yet (which also
    # checks the mode and a pair's anchor when nothing was edited).
    found = select_triplet(result, positives, "", anchor=anchor)
    if found is None:
        return []
    head = {"anchor": found[0], "positive": found[1]}
    positive_rule = result.positives[0].rule if positives == "structural" else None
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

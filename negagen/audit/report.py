"""``audit_dataset``: the blind and bag-of-words tests per operator and rule, as a table, JSON and an SVG plot.

========== ===================================================================================================
column     meaning
========== ===================================================================================================
``pairs``  triplets audited (at most ``max_pairs`` per operator, a seeded sample)
``blind``  cross-validated ROC-AUC of the one-sentence classifier (:mod:`.blind`); 0.5 = no shortcut
``same``   share whose negative has the positive's or anchor's bag of words (:mod:`.bag_of_words`)
``easy``   share a bag-of-words cosine already gets right
========== ===================================================================================================
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from ..dataset.export import read_records, require_triplet
from ..dataset.selection import seeded_rank
from ..dataset.writers import beside
from ..errors import InputError
from .bag_of_words import bow_easy, same_bag
from .blind import blind_scores, roc_auc

__all__ = ["SHORTCUT_AUC", "AuditReport", "AuditRow", "audit_dataset", "audit_paths", "audit_records"]

SHORTCUT_AUC = 0.65
ALL = "*"


@dataclass(frozen=True)
class AuditRow:
    op: str
    rule: str  # "*": the whole operator (or, with op "*", the whole dataset)
    pairs: int
    blind_auc: float | None
    same_bag: float
    bow_easy: float
    telltales: list[tuple[str, float]] = field(default_factory=list)


@dataclass(frozen=True)
class AuditReport:
    source: str
    positive_kinds: dict[str, int]
    rows: list[AuditRow]

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "positive_kinds": self.positive_kinds, "shortcut_auc": SHORTCUT_AUC,
                "rows": [asdict(row) for row in self.rows]}  # fmt: skip

    def table(self) -> str:
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(self.positive_kinds.items()))
        lines = [f"audit of {self.source} (positives: {kinds})", "",
                 f"  {'op':<13} {'rule':<32} {'pairs':>6} {'blind':>6} {'same':>6} {'easy':>6}"]  # fmt: skip
        for row in self.rows:
            auc = "-" if row.blind_auc is None else f"{row.blind_auc:.3f}"
            mark = " !" if row.blind_auc is not None and row.blind_auc > SHORTCUT_AUC else ""
            lines.append(f"  {row.op:<13} {row.rule:<32} {row.pairs:>6} {auc:>6} {row.same_bag:>6.3f} "
                         f"{row.bow_easy:>6.3f}{mark}")  # fmt: skip
        lines += ["", f"  blind: ROC-AUC of a one-sentence classifier (0.5 = no shortcut; ! above {SHORTCUT_AUC}); "
                  "same: same bag of words; easy: bag-of-words cosine ranks the positive first"]  # fmt: skip
        for row in self.rows:
            if row.rule == ALL and row.telltales and row.blind_auc is not None and row.blind_auc > SHORTCUT_AUC:
                words = ", ".join(f"{name!r}" for name, _ in row.telltales[:6])
                lines.append(f"  {row.op}: the features that give a negative away most: {words}")
        return "\n".join(lines)

    def svg(self) -> str:
        """A bar chart of every operator's blind AUC, with the 0.5 and shortcut lines: plain SVG, no fonts or
        scripts fetched."""
        bars = [row for row in self.rows if row.rule == ALL]
        width, height, left, top, bar_h = 640, 40 + 28 * len(bars), 120, 24, 18
        span = width - left - 40

        def x(auc: float) -> float:
            return left + span * auc

        parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
                 f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
                 f'<text x="{left}" y="14">blind ROC-AUC per operator (0.5 = no shortcut)</text>']  # fmt: skip
        for i, row in enumerate(bars):
            y = top + 28 * i
            auc = row.blind_auc
            colour = "#999" if auc is None else "#c0392b" if auc > SHORTCUT_AUC else "#2e86c1"
            label = "all" if row.op == ALL else escape(row.op)
            parts.append(f'<text x="{left - 8}" y="{y + 13}" text-anchor="end">{label}</text>')
            if auc is not None:
                parts.append(f'<rect x="{left}" y="{y}" width="{span * auc:.1f}" height="{bar_h}" fill="{colour}"/>')
                parts.append(f'<text x="{x(auc) + 4:.1f}" y="{y + 13}">{auc:.2f}</text>')
            else:
                parts.append(f'<text x="{left + 4}" y="{y + 13}" fill="#999">too few pairs</text>')
        for value, dash in ((0.5, "4 3"), (SHORTCUT_AUC, "2 2")):
            parts.append(f'<line x1="{x(value):.1f}" y1="{top - 4}" x2="{x(value):.1f}" y2="{height - 8}" '
                         f'stroke="#333" stroke-dasharray="{dash}"/>')  # fmt: skip
        parts.append("</svg>")
        return "\n".join(parts) + "\n"


def _triplets(records: Iterable[dict[str, Any]], source: str) -> Iterable[dict[str, Any]]:
    """One-negative records; a row of ``negative_1..K`` becomes K of them."""
    for record in records:
        require_triplet(record, source or "the dataset")
        if "negative" in record:
            yield record
            continue
        for i, (op, rule) in enumerate(zip(record["ops"], record["rules"], strict=True), start=1):
            yield {**record, "negative": record[f"negative_{i}"], "op": op, "rule": rule}


def _row(op: str, rule: str, triplets: list[dict[str, Any]], pos: list[float] | None, neg: list[float] | None,
         telltales: list[tuple[str, float]]) -> AuditRow:  # fmt: skip
    n = len(triplets)
    return AuditRow(
        op=op, rule=rule, pairs=n, blind_auc=None if pos is None or neg is None else round(roc_auc(pos, neg), 4),
        same_bag=round(sum(same_bag(t["anchor"], t["positive"], t["negative"]) for t in triplets) / n, 4),
        bow_easy=round(sum(bow_easy(t["anchor"], t["positive"], t["negative"]) for t in triplets) / n, 4),
        telltales=telltales,
    )  # fmt: skip


def _scored_rows(op: str, triplets: list[dict[str, Any]], folds: int, per_rule: bool) -> list[AuditRow]:
    scores = blind_scores([t["positive"] for t in triplets], [t["negative"] for t in triplets], folds=folds)
    if scores is None:
        rows = [_row(op, ALL, triplets, None, None, [])]
    else:
        rows = [_row(op, ALL, triplets, scores.positive_scores, scores.negative_scores, scores.telltales)]
    if not per_rule:
        return rows
    by_rule: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(triplets):
        by_rule[t["rule"]].append(i)
    for rule, positions in sorted(by_rule.items()):
        chosen = [triplets[i] for i in positions]
        enough = scores is not None and len(positions) >= 10
        pos = [scores.positive_scores[i] for i in positions] if enough else None
        neg = [scores.negative_scores[i] for i in positions] if enough else None
        rows.append(_row(op, rule, chosen, pos, neg, []))
    return rows


def audit_records(records: Iterable[dict[str, Any]], *, source: str = "", folds: int = 5, max_pairs: int = 5000,
                  seed: int = 0) -> AuditReport:  # fmt: skip
    """Audit triplet records (see the module docstring). Per-rule blind AUCs reuse the operator's out-of-fold
    scores and need at least ten pairs.

    Raises:
        InputError: no triplets. AuditDependencyError: scikit-learn is not installed.
    """
    by_op: dict[str, list[dict[str, Any]]] = defaultdict(list)
    kinds: Counter = Counter()
    for record in _triplets(records, source):
        by_op[record["op"]].append(record)
        kinds[record.get("positive_kind") or "unknown"] += 1
    rows: list[AuditRow] = []
    sampled_all: list[dict[str, Any]] = []
    for op in sorted(by_op):
        triplets = by_op[op]
        if len(triplets) > max_pairs:  # a seeded sample, the same whatever the order of the file
            triplets = sorted(triplets, key=lambda r: seeded_rank(seed, r["anchor"], r["negative"]))[:max_pairs]
        sampled_all += triplets
        rows += _scored_rows(op, triplets, folds, per_rule=True)
    if not sampled_all:
        raise InputError(f"{source or 'the dataset'} holds no triplets to audit")
    rows.insert(0, _scored_rows(ALL, sampled_all, folds, per_rule=False)[0])
    return AuditReport(source=source, positive_kinds=dict(kinds), rows=rows)


def audit_paths(dataset: Path) -> tuple[Path, Path]:
    """Where the audit of ``dataset`` is saved: ``OUT.audit.json`` and ``OUT.audit.svg`` beside a file, or
    ``audit.json`` and ``audit.svg`` inside a sharded folder."""
    return beside(dataset, "audit.json"), beside(dataset, "audit.svg")


def audit_dataset(dataset: Path, *, folds: int = 5, max_pairs: int = 5000, seed: int = 0,
                  save: bool = True) -> AuditReport:  # fmt: skip
    """Audit the triplet file or sharded folder ``dataset``; with ``save``, write its JSON and SVG beside it
    (:func:`audit_paths`).

    Raises:
        InputError: nothing to read at ``dataset``. AuditDependencyError: scikit-learn is not installed.
    """
    report = audit_records(read_records(dataset), source=str(dataset), folds=folds, max_pairs=max_pairs, seed=seed)
    if save:
        json_path, svg_path = audit_paths(dataset)
        json_path.write_text(json.dumps(report.to_dict(), indent=1), encoding="utf-8")
        svg_path.write_text(report.svg(), encoding="utf-8")
    return report

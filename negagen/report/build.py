"""What a report shows, gathered from a dataset and the ``stats.json`` beside it.

================== =============================================================================================
part               source
================== =============================================================================================
counts             per operator and rule: made, written and dropped (with reasons) from ``stats.json``;
                   written from the rows themselves when there is no ``stats.json``
yields             per operator: inputs with at least one written negative of it, per good input read
refusals           per operator and reason, from ``stats.json``
audit              :func:`negagen.audit.audit_records` on the same rows (blind ROC-AUC, bag-of-words shares)
samples            per rule, ``samples`` seeded triplets with each edit's old and new span (from ``edits``)
================== =============================================================================================
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..audit import AuditReport, audit_records
from ..dataset.export import read_records, require_triplet, source_stats
from ..dataset.selection import plausibility_of, seeded_rank
from ..dataset.stats import GenerationStats
from ..dataset.writers import beside
from ..errors import ConfigError, InputError

__all__ = ["DatasetSummary", "RuleSample", "report_paths", "summarize", "write_report"]


@dataclass(frozen=True)
class RuleSample:
    """One triplet to show. ``edited`` is the text the edit was made in (the anchor, or with ``pair`` positives
    the positive); ``old_spans`` index it, ``new_spans`` index ``negative``."""

    op: str
    rule: str
    anchor: str
    positive: str
    negative: str
    edited: str
    old_spans: list[tuple[int, int]]
    new_spans: list[tuple[int, int]]
    plausibility: str


@dataclass
class DatasetSummary:
    source: str
    config: dict[str, Any]
    rows_read: int | None
    records: int
    written: Counter  # (op, rule) -> negatives
    made: Counter
    mirrored: Counter  # (op, rule) -> records written backwards as well
    dropped: Counter  # (op, rule, reason) -> negatives
    refusals: Counter  # (op, reason) -> sentences
    inputs_with: Counter  # op -> inputs with a written negative of it
    low: Counter  # (op, rule) -> negatives flagged plausibility low among the written
    audit: AuditReport | None
    samples: list[RuleSample] = field(default_factory=list)

    def yield_of(self, op: str) -> float | None:
        good = None if self.rows_read is None else self.rows_read - self.config.get("_bad_rows", 0)
        return self.inputs_with[op] / good if good else None


def _spans(edits: list[dict[str, Any]] | str, old_text: str, new_text: str) -> tuple[list, list]:
    """The old and new spans of ``edits`` (a list, or the JSON text of ``triplet-all``) that really are where the
    record says (others are not shown)."""
    if isinstance(edits, str):
        try:
            edits = json.loads(edits)
        except json.JSONDecodeError:
            edits = []
    old, new = [], []
    for e in edits if isinstance(edits, list) else []:
        if not isinstance(e, dict) or not all(isinstance(e.get(k), int) for k in ("orig_start", "orig_end",
                                                                                  "new_start", "new_end")):
            continue
        if old_text[e["orig_start"]:e["orig_end"]] == e["orig_text"] and e["orig_end"] > e["orig_start"]:
            old.append((e["orig_start"], e["orig_end"]))
        if new_text[e["new_start"]:e["new_end"]] == e["new_text"] and e["new_end"] > e["new_start"]:
            new.append((e["new_start"], e["new_end"]))
    return old, new


def summarize(dataset: Path, *, samples: int = 3, seed: int = 0, audit: bool = True) -> DatasetSummary:
    """Gather everything a report shows (see the module docstring).

    Raises:
        InputError: nothing to read at ``dataset``, or no triplets in it.
    """
    stats = source_stats(dataset)
    records = list(read_records(dataset))
    if not records:
        raise InputError(f"{dataset} holds no triplets to report on")
    written, low, sources = Counter(), Counter(), defaultdict(set)
    by_rule: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        require_triplet(record, dataset)
        if "negative" in record:
            key = (record["op"], record["rule"])
            written[key] += 1
            sources[record["op"]].add(record.get("source_id"))
            if plausibility_of(record.get("meta")) == "low":
                low[key] += 1
            by_rule[key].append(record)
        else:
            for op, rule in zip(record["ops"], record["rules"], strict=True):
                written[(op, rule)] += 1
                sources[op].add(record.get("source_id"))
    chosen: list[RuleSample] = []
    for (op, rule), group in sorted(by_rule.items()):
        ranked = sorted(group, key=lambda r: seeded_rank(seed, r["anchor"], r["negative"], r["op"], r["rule"]))
        for record in ranked[:samples]:
            edited = record["positive"] if record.get("positive_kind") == "pair" else record["anchor"]
            old, new = _spans(record.get("edits") or [], edited, record["negative"])
            chosen.append(RuleSample(op, rule, record["anchor"], record["positive"], record["negative"], edited,
                                     old, new, plausibility_of(record.get("meta"))))  # fmt: skip
    saved = GenerationStats.from_dict(stats, dataset) if stats else GenerationStats(output=dataset)
    config = dict(stats.get("config", {}))
    config["_bad_rows"] = len(stats.get("bad_rows", []))
    return DatasetSummary(
        source=str(dataset), config=config, rows_read=stats.get("rows"), records=len(records), written=written,
        made=saved.made, mirrored=saved.mirrored, dropped=saved.dropped, refusals=saved.refusals,
        inputs_with=Counter({op: len(ids) for op, ids in sources.items()}), low=low,
        audit=audit_records(records, source=str(dataset), seed=seed) if audit else None, samples=chosen,
    )  # fmt: skip


def report_paths(dataset: Path) -> tuple[Path, Path]:
    """``OUT.report.html`` and ``OUT.report.md`` beside a file, or ``report.html`` and ``report.md`` inside a
    sharded folder."""
    return beside(dataset, "report.html"), beside(dataset, "report.md")


def write_report(dataset: Path, *, html_path: Path | None = None, samples: int = 3, seed: int = 0,
                 audit: bool = True) -> tuple[Path, Path]:  # fmt: skip
    """Write the HTML page and the Markdown summary of ``dataset``; returns their paths.

    Raises:
        ConfigError: ``html_path`` is not an ``.html`` file. InputError: see :func:`summarize`.
    """
    from .render import render_html, render_markdown

    if html_path is not None and html_path.suffix.lower() not in (".html", ".htm"):
        raise ConfigError(f"the report is an HTML file: name it .html, not {html_path.name!r}")
    summary = summarize(dataset, samples=samples, seed=seed, audit=audit)
    default_html, default_md = report_paths(dataset)
    html_path = html_path or default_html
    md_path = html_path.with_suffix(".md") if html_path != default_html else default_md
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(render_html(summary), encoding="utf-8")
    md_path.write_text(render_markdown(summary), encoding="utf-8")
    return html_path, md_path

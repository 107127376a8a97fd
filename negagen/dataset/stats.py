"""What a generation run read, made, wrote, dropped and refused: counted per run, per shard, and added up.

For every operator and rule, ``made + mirrored == written + dropped``: ``outputs`` counts the negatives in the
written rows (what a trainer sees), ``made`` what the operators produced for good inputs, ``mirrored`` the
records written backwards as well (``generate --mirror``), ``dropped`` what was not written, with its
reason (no structural positive, fewer negatives than asked, a selection step of
:mod:`negagen.dataset.selection`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .io import BadRow

__all__ = ["GenerationStats"]


@dataclass
class GenerationStats:
    """What a :func:`generate` run read, wrote and refused."""

    output: Path
    rows: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)
    inputs_with_output: int = 0
    outputs: Counter = field(default_factory=Counter)  # (op, rule) -> negatives written
    made: Counter = field(default_factory=Counter)  # (op, rule) -> negatives the operators produced
    dropped: Counter = field(default_factory=Counter)  # (op, rule, reason) -> negatives made but not written
    mirrored: Counter = field(default_factory=Counter)  # (op, rule) -> records also written backwards
    refusals: Counter = field(default_factory=Counter)  # (op, reason) -> sentences
    skipped: Counter = field(default_factory=Counter)  # why an input with negatives gave no record
    records: int = 0
    seconds: float = 0.0
    resumed_rows: int = 0  # rows counted from complete shards of an earlier run (not part of this run's rate)

    def to_dict(self) -> dict[str, Any]:
        return {
            "output": str(self.output),
            "rows": self.rows,
            "bad_rows": [{"line": b.line, "reason": b.reason} for b in sorted(self.bad_rows, key=lambda b: b.line)],
            "inputs_with_output": self.inputs_with_output,
            "records": self.records,
            "outputs": [{"op": op, "rule": rule, "count": n} for (op, rule), n in sorted(self.outputs.items())],
            "made": [{"op": op, "rule": rule, "count": n} for (op, rule), n in sorted(self.made.items())],
            "mirrored": [{"op": op, "rule": rule, "count": n} for (op, rule), n in sorted(self.mirrored.items())],
            "dropped": [{"op": op, "rule": rule, "reason": why, "count": n}
                        for (op, rule, why), n in sorted(self.dropped.items())],
            "refusals": [{"op": op, "reason": r, "count": n} for (op, r), n in sorted(self.refusals.items())],
            "skipped": dict(sorted(self.skipped.items())),
            "seconds": round(self.seconds, 3),
        }

    def table(self) -> str:
        """A plain-text summary for the terminal."""
        processed = self.rows - self.resumed_rows
        rate = f"{processed / self.seconds:.0f} inputs/s" if processed and self.seconds else "nothing to process"
        resumed = f"; {self.resumed_rows} of them from complete shards" if self.resumed_rows else ""
        lines = [
            f"{self.rows} inputs ({len(self.bad_rows)} bad), {self.inputs_with_output} with output, "
            f"{self.records} records in {self.seconds:.1f} s ({rate}{resumed}) -> {self.output}",
            "",
            f"  {'op':<13} {'rule':<36} {'made':>9} {'written':>9}",
        ]
        lines += [f"  {op:<13} {rule:<36} {self.made[(op, rule)]:>9} {self.outputs[(op, rule)]:>9}"
                  for op, rule in sorted(set(self.made) | set(self.outputs))]  # fmt: skip
        if self.mirrored:
            lines.append(f"  (written includes {sum(self.mirrored.values())} records written backwards, --mirror)")
        if self.dropped:
            by_reason: Counter = Counter()
            for (op, _, why), n in self.dropped.items():
                by_reason[(op, why)] += n
            lines += ["", f"  {'op':<13} {'dropped because':<36} {'negatives':>9}"]
            lines += [f"  {op:<13} {why:<36} {n:>9}" for (op, why), n in sorted(by_reason.items())]
        if self.refusals:
            lines += ["", f"  {'op':<13} {'refused because':<36} {'sentences':>9}"]
            lines += [f"  {op:<13} {r:<36} {n:>9}" for (op, r), n in sorted(self.refusals.items())]
        if self.skipped:
            lines += ["", f"  {'inputs without a record because':<50} {'inputs':>9}"]
            lines += [f"  {why:<50} {n:>9}" for why, n in sorted(self.skipped.items())]
        return "\n".join(lines)

    def merge(self, other: GenerationStats) -> None:
        """Add ``other``'s counts to these (shards of one run, or a resumed run's earlier part)."""
        self.rows += other.rows
        self.bad_rows += other.bad_rows
        self.inputs_with_output += other.inputs_with_output
        self.records += other.records
        self.outputs.update(other.outputs)
        self.made.update(other.made)
        self.dropped.update(other.dropped)
        self.mirrored.update(other.mirrored)
        self.refusals.update(other.refusals)
        self.skipped.update(other.skipped)

    @classmethod
    def from_dict(cls, data: dict[str, Any], output: Path) -> GenerationStats:
        """The inverse of :meth:`to_dict` (``seconds`` aside)."""
        return cls(
            output=output,
            rows=data["rows"],
            bad_rows=[BadRow(b["line"], b["reason"]) for b in data["bad_rows"]],
            inputs_with_output=data["inputs_with_output"],
            outputs=Counter({(o["op"], o["rule"]): o["count"] for o in data["outputs"]}),
            made=Counter({(o["op"], o["rule"]): o["count"] for o in data.get("made", [])}),
            dropped=Counter({(o["op"], o["rule"], o["reason"]): o["count"] for o in data.get("dropped", [])}),
            mirrored=Counter({(o["op"], o["rule"]): o["count"] for o in data.get("mirrored", [])}),
            refusals=Counter({(r["op"], r["reason"]): r["count"] for r in data["refusals"]}),
            skipped=Counter(data["skipped"]),
            records=data["records"],
        )

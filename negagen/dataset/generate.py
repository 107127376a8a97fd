"""Generate triplet records from an input file (or the bundled sample corpus) into JSONL or Parquet."""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

from spacy.language import Language
from tqdm import tqdm

from ..api import DEFAULT_MAX_CHARS, iter_perturb
from ..errors import INPUT_REASONS, ConfigError
from ..parse import DEFAULT_PIPELINE
from .io import SAMPLE_CORPUS, BadRow, InputRow, read_inputs
from .triplets import POSITIVE_MODES, triplet_records
from .writers import open_writer

__all__ = ["GenerationStats", "generate"]


@dataclass
class GenerationStats:
    """What a :func:`generate` run read, wrote and refused."""

    output: Path
    rows: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)
    inputs_with_output: int = 0
    outputs: Counter = field(default_factory=Counter)  # (op, rule) -> records
    refusals: Counter = field(default_factory=Counter)  # (op, reason) -> sentences
    skipped: Counter = field(default_factory=Counter)  # why an input with negatives gave no record
    records: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "output": str(self.output),
            "rows": self.rows,
            "bad_rows": [{"line": b.line, "reason": b.reason} for b in sorted(self.bad_rows, key=lambda b: b.line)],
            "inputs_with_output": self.inputs_with_output,
            "records": self.records,
            "outputs": [{"op": op, "rule": rule, "count": n} for (op, rule), n in sorted(self.outputs.items())],
            "refusals": [{"op": op, "reason": r, "count": n} for (op, r), n in sorted(self.refusals.items())],
            "skipped": dict(sorted(self.skipped.items())),
            "seconds": round(self.seconds, 3),
        }

    def table(self) -> str:
        """A plain-text summary for the terminal."""
        rate = self.rows / self.seconds if self.seconds else 0.0
        lines = [
            f"{self.rows} inputs ({len(self.bad_rows)} bad), {self.inputs_with_output} with output, "
            f"{self.records} records in {self.seconds:.1f} s ({rate:.0f} inputs/s) -> {self.output}",
            "",
            f"  {'op':<12} {'rule':<36} {'negatives':>8}",
        ]
        lines += [f"  {op:<12} {rule:<36} {n:>8}" for (op, rule), n in sorted(self.outputs.items())]
        if self.refusals:
            lines += ["", f"  {'op':<12} {'refused because':<36} {'sentences':>8}"]
            lines += [f"  {op:<12} {r:<36} {n:>8}" for (op, r), n in sorted(self.refusals.items())]
        if self.skipped:
            lines += ["", f"  {'inputs without a record because':<49} {'inputs':>8}"]
            lines += [f"  {why:<49} {n:>8}" for why, n in sorted(self.skipped.items())]
        return "\n".join(lines)


def generate(
    input_path: Path | None,
    output: Path,
    *,
    ops: Sequence[str] = ("negation",),
    text_column: str = "text",
    id_column: str | None = None,
    anchor_column: str | None = None,
    positives: str = "identity",
    negatives_per_row: int | None = None,
    output_format: str | None = None,
    batch_size: int = 256,
    n_process: int = 1,
    seed: int = 0,
    limit: int | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    nlp: Language | None = None,
    pipeline: str = DEFAULT_PIPELINE,
    progress: bool | None = None,
    op_config: Mapping[str, Mapping[str, Any]] | None = None,
) -> GenerationStats:
    """Read ``input_path`` (default: the bundled sample corpus), run ``ops`` and write triplet records to
    ``output``. Bad rows are skipped and listed in the returned stats; everything good is written.

    ``positives`` is ``identity``, ``structural`` or ``pair`` (then ``anchor_column`` names the anchor and
    ``text_column`` the positive, which is what gets perturbed); ``negatives_per_row=K`` writes ``negative_1..K``
    per input (see :mod:`negagen.dataset.triplets`).

    Raises:
        InputError: the input is missing or lacks the requested column (raised before anything is written).
        UnknownOperatorError, ConfigError, PipelineNotFoundError: bad options.
    """
    if positives not in POSITIVE_MODES:
        raise ConfigError(f"positives must be one of {', '.join(POSITIVE_MODES)}, not {positives!r}")
    if (positives == "pair") != (anchor_column is not None):
        raise ConfigError("positives 'pair' and an anchor column go together (--positives pair --anchor-column …)")
    if negatives_per_row is not None and negatives_per_row < 1:
        raise ConfigError("negatives_per_row must be at least 1")
    rows = read_inputs(
        input_path or SAMPLE_CORPUS, text_column=text_column, id_column=id_column, anchor_column=anchor_column
    )
    stats = GenerationStats(output=output)
    # Read up to the first good row before creating the output file: readers check columns on it.
    head: list[InputRow | BadRow] = []
    for row in rows:
        head.append(row)
        if isinstance(row, InputRow):
            break
    pending: deque[InputRow] = deque()

    def texts() -> Iterator[str]:
        good = (row for row in chain(head, rows) if not _counted_if_bad(row, stats))
        for row in islice(good, limit):
            pending.append(row)
            yield row.text

    start = time.perf_counter()
    results = iter_perturb(
        texts(), ops, nlp=nlp, pipeline=pipeline, batch_size=batch_size, n_process=n_process, seed=seed,
        max_chars=max_chars, op_config=op_config, positives=positives == "structural",
    )
    with open_writer(output, output_format) as writer, tqdm(
        unit=" inputs", disable=None if progress is None else not progress, desc="negagen"
    ) as bar:
        for result in results:
            row = pending.popleft()
            stats.rows += 1
            bar.update()
            problem = next((r for r in result.refusals if r.reason in INPUT_REASONS), None)
            if problem is not None:
                stats.bad_rows.append(BadRow(row.line, problem.message))
                continue
            for perturbation in result.perturbations:
                stats.outputs[(perturbation.op, perturbation.rule)] += 1
            records = triplet_records(
                result, row.source_id, positives=positives, anchor=row.anchor, negatives_per_row=negatives_per_row
            )
            for record in records:
                writer.write(record)
            stats.records += len(records)
            stats.inputs_with_output += bool(records)
            if result.perturbations and not records:
                missing_positive = positives == "structural" and not result.positives
                stats.skipped["no structural positive" if missing_positive else "fewer negatives than asked"] += 1
            for refusal in result.refusals:
                stats.refusals[(refusal.op, refusal.reason.value)] += 1
    stats.seconds = time.perf_counter() - start
    return stats


def _counted_if_bad(row: InputRow | BadRow, stats: GenerationStats) -> bool:
    if isinstance(row, BadRow):
        stats.rows += 1
        stats.bad_rows.append(row)
        return True
    return False

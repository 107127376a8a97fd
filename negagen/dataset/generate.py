"""Generate triplet records from an input file (or the bundled sample corpus) into JSONL or Parquet."""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, replace
from itertools import chain
from pathlib import Path
from typing import Any

from spacy.language import Language
from tqdm import tqdm

from ..about import __version__
from ..api import DEFAULT_MAX_CHARS, RunOptions, run
from ..errors import INPUT_REASONS, ConfigError, InputError
from ..parse import DEFAULT_PIPELINE, load_pipeline
from ..parse.pipeline import pipeline_id
from ..records import TextResult
from ..resources.selection import selection_table_digest
from ..resources.wordnet import wordnet_version
from .export import read_records
from .io import SAMPLE_CORPUS, BadRow, InputRow, count_rows, read_inputs
from .selection import Selection, StreamFilter, share_pass
from .shards import ShardedOutput
from .stats import GenerationStats
from .triplets import POSITIVE_MODES, mirrored, triplet_records
from .writers import RecordWriter, beside, open_writer
from .writers import output_format as output_format_of

__all__ = ["GenerationStats", "generate"]


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
    shard_size: int | None = None,
    split: str = "train",
    parse_cache: Path | None = None,
    strict: bool = False,
    engine: str = "local",
    selection: Selection | None = None,
    mirror: bool = False,
    notify: Callable[[str], None] | None = None,
) -> GenerationStats:
    """Read ``input_path`` (default: the bundled sample corpus), run ``ops`` and write triplet records to
    ``output``. Bad rows are skipped and listed in the returned stats; everything good is written.

    ``positives`` is ``identity``, ``structural`` or ``pair`` (then ``anchor_column`` names the anchor and
    ``text_column`` the positive, which is what gets perturbed); ``negatives_per_row=K`` writes ``negative_1..K``
    per input (see :mod:`negagen.dataset.triplets`).

    ``engine`` is ``local`` (``n_process`` forked workers) or ``ray`` (``n_process`` Ray Data actors, on the
    cluster ``RAY_ADDRESS`` names); the output is the same.

    ``selection`` says which negatives are kept (:mod:`negagen.dataset.selection`; default: drop those flagged
    ``plausibility: low`` and duplicate (anchor, negative) pairs). Operator shares and balance need one negative
    per row and a single output file. What is dropped is counted in the stats with its reason. ``mirror`` also
    writes every record backwards (:func:`~negagen.dataset.triplets.mirrored`; identity positives only).

    ``notify`` receives one-line notices a person should see (an existing output replaced, a sharded run resumed
    or already complete); the CLI prints them.

    With ``shard_size`` the output is a folder of shards with a manifest, resumable after a crash (see
    :mod:`negagen.dataset.shards`). Either way the run's statistics are saved as ``stats.json`` beside the output.

    Raises:
        InputError: the input is missing or lacks the requested column (raised before anything is written).
        UnknownOperatorError, ConfigError, PipelineNotFoundError: bad options.
    """
    if isinstance(ops, str):
        ops = [ops]
    options = RunOptions(
        ops=tuple(ops), op_config=op_config or {}, seed=seed, max_chars=max_chars,
        positives=positives == "structural", batch_size=batch_size, workers=n_process, engine=engine,
        parse_cache=parse_cache,
    )  # fmt: skip
    selection = selection or Selection(seed=seed)
    _check_options(ops, positives, anchor_column, negatives_per_row, shard_size, limit, selection, mirror)
    if shard_size is None or output_format is not None:  # an unknown format fails now, not after the run
        output_format = output_format_of(output, output_format)
    rows = read_inputs(
        input_path or SAMPLE_CORPUS, text_column=text_column, id_column=id_column, anchor_column=anchor_column,
        split=split,
    )  # fmt: skip
    # Read up to the first good row before creating any output: readers check columns on it.
    head: list[InputRow | BadRow] = []
    for row in rows:
        head.append(row)
        if isinstance(row, InputRow):
            break
    nlp = nlp if nlp is not None else load_pipeline(pipeline)
    run_stats = GenerationStats(output=output)
    # What the output depends on: recorded in stats.json (and the dataset card), and guarding resumed shards.
    config = {"input": str(input_path or SAMPLE_CORPUS), "ops": list(ops), "op_config": dict(op_config or {}),
              "seed": seed, "positives": positives, "negatives_per_row": negatives_per_row,
              "text_column": text_column, "id_column": id_column, "anchor_column": anchor_column,
              "max_chars": max_chars, "pipeline": pipeline, "negagen_version": __version__,
              "pipeline_version": pipeline_id(nlp),
              "wordnet_version": wordnet_version(),
              "selection_table": selection_table_digest(),
              "selection": {**asdict(selection), "max_share": dict(selection.max_share)},
              "mirror": mirror}  # fmt: skip
    shards = None
    if shard_size is not None:
        shards = ShardedOutput(output, fmt=output_format or "jsonl", shard_size=shard_size, config=config)
    done_lines = shards.done_lines if shards is not None else 0
    if notify is not None:
        _announce(notify, output, shards)

    def stats_for(line: int) -> GenerationStats:
        return shards.stats_for(line) if shards is not None else run_stats

    feed = _InputFeed(chain(head, rows), done_lines, limit, strict, stats_for)
    start = time.perf_counter()
    results = run(feed.texts(), options, nlp=nlp)
    # Shares and balance are a second pass: the first writes every kept negative to a scratch file beside OUT.
    scratch = output.with_name(output.name + ".unselected.jsonl") if selection.needs_counts else None
    if shards is not None:
        writer: RecordWriter | ShardedOutput = shards
    else:
        writer = open_writer(scratch, "jsonl") if scratch is not None else open_writer(output, output_format)
    stream_filter = StreamFilter(selection)
    if shards is not None and selection.dedupe and shards.shards:
        for shard in shards.shards:  # a resumed run: pairs in complete shards are taken already
            for record in read_records(output / shard["file"]):
                stream_filter.remember(record)
    record_lines: list[int] = []
    total = _bar_total(input_path or SAMPLE_CORPUS, done_lines, limit)
    bar = tqdm(unit=" inputs", disable=None if progress is None else not progress, desc="negagen", total=total)
    try:
        with bar:
            for result in results:
                row = feed.pending.popleft()
                bar.update()
                if shards is not None:
                    shards.start_line(row.line)
                # with shares, mirroring waits for the second pass (a triplet and its twin are chosen together)
                written = _record(result, row, writer, stats_for(row.line), positives, negatives_per_row, strict,
                                  stream_filter, mirror and scratch is None)  # fmt: skip
                if scratch is not None:
                    record_lines += [row.line] * written
    except BaseException:
        if shards is not None:
            shards.abandon()
        else:
            writer.__exit__(KeyboardInterrupt, None, None)  # closes; the file stays as OUT.partial
        raise
    if shards is not None:
        shards.finish(feed.last_line)
        stats = shards.totals()
        stats.output = output
    else:
        writer.__exit__(None, None, None)
        stats = run_stats
        if scratch is not None:
            _apply_shares(scratch, output, output_format, selection, stats, record_lines, stream_filter, mirror)
    stats.seconds = time.perf_counter() - start
    stats.resumed_rows = stats.rows - feed.handled
    stats_path = beside(output, "stats.json")
    stats_path.write_text(json.dumps({**stats.to_dict(), "config": config}, indent=1), encoding="utf-8")
    return stats


class _InputFeed:
    """The input rows as texts for the engine: skips the lines of complete shards, stops at ``limit`` good rows,
    counts bad rows where they belong (``stats_for(line)``) and queues each good row until its result comes back."""

    def __init__(
        self, rows: Iterable[InputRow | BadRow], done_lines: int, limit: int | None, strict: bool,
        stats_for: Callable[[int], GenerationStats],
    ) -> None:  # fmt: skip
        self.rows, self.done_lines, self.limit, self.strict = rows, done_lines, limit, strict
        self.stats_for = stats_for
        self.pending: deque[InputRow] = deque()
        self.last_line = done_lines
        self.handled = 0  # input rows this run reads (a resumed run skips the lines of its complete shards)

    def texts(self) -> Iterator[str]:
        good = 0
        for row in self.rows:
            if row.line <= self.done_lines:
                continue  # a resumed run: these lines are in complete shards already
            if self.limit is not None and good >= self.limit and isinstance(row, InputRow):
                break
            self.last_line = row.line
            self.handled += 1
            if isinstance(row, BadRow):
                if self.strict:
                    raise InputError(f"line {row.line}: {row.reason} (--strict stops at the first bad row)")
                self.stats_for(row.line).rows += 1
                self.stats_for(row.line).bad_rows.append(row)
                continue
            good += 1
            self.pending.append(row)
            yield row.text


def _bar_total(source: Path, done_lines: int, limit: int | None) -> int | None:
    """The inputs this run will read, when they can be counted cheaply (text and JSONL): the bar's end and ETA."""
    total = count_rows(source)
    if total is None:
        return None
    return max(total - done_lines, 0) if limit is None else min(max(total - done_lines, 0), limit)


def _check_options(
    ops: Sequence[str], positives: str, anchor_column: str | None, negatives_per_row: int | None,
    shard_size: int | None, limit: int | None, selection: Selection, mirror: bool,
) -> None:  # fmt: skip
    """Refuse option combinations :func:`generate` cannot honour, before anything is read or written."""
    if positives not in POSITIVE_MODES:
        raise ConfigError(f"positives must be one of {', '.join(POSITIVE_MODES)}, not {positives!r}")
    if (positives == "pair") != (anchor_column is not None):
        raise ConfigError("positives 'pair' and an anchor column go together (--positives pair --anchor-column …)")
    if negatives_per_row is not None and negatives_per_row < 1:
        raise ConfigError("negatives_per_row must be at least 1")
    if shard_size is not None and limit is not None:
        raise ConfigError("--limit and --shard-size do not go together: a resumed run would not know the limit")
    selection.check_operators(ops, "run by --ops")
    if mirror and (positives != "identity" or negatives_per_row is not None):
        raise ConfigError("--mirror needs identity positives and one negative per row: the mirrored anchor is the "
                          "edited text itself")  # fmt: skip
    if selection.needs_counts and shard_size is not None:
        raise ConfigError("--max-share and --balance need the whole dataset: generate without --shard-size, or "
                          "apply them with `negagen export`")  # fmt: skip
    if selection.needs_counts and negatives_per_row is not None:
        raise ConfigError("--max-share and --balance need one negative per row (no --negatives-per-row)")


def _announce(notify: Callable[[str], None], output: Path, shards: ShardedOutput | None) -> None:
    """Tell a person what this run does to what is already there: resume, redo the statistics, replace, restart."""
    done_lines = shards.done_lines if shards is not None else 0
    if shards is not None and shards.complete:
        notify(f"{output} holds a complete run ({len(shards.shards)} shards); only its statistics are redone")
    elif shards is not None and shards.shards:
        notify(f"resuming: {len(shards.shards)} complete shard(s) kept (input lines 1-{done_lines}); going on "
               f"from line {done_lines + 1}")  # fmt: skip
    elif shards is None:
        partial = output.with_name(output.name + ".partial")
        if partial.exists():
            notify(f"{partial} is left from an interrupted run and is started over (only --shard-size runs "
                   "resume)")  # fmt: skip
        if output.exists():
            notify(f"{output} exists; it is replaced when this run completes")


def _record(
    result: TextResult,
    row: InputRow,
    writer: RecordWriter | ShardedOutput,
    stats: GenerationStats,
    positives: str,
    negatives_per_row: int | None,
    strict: bool,
    stream_filter: StreamFilter,
    mirror: bool = False,
) -> int:
    """Write one input's records, count what happened to it and return how many records were written."""
    stats.rows += 1
    problem = next((r for r in result.refusals if r.reason in INPUT_REASONS), None)
    if problem is not None:
        if strict:
            raise InputError(f"line {row.line}: {problem.message} (--strict stops at the first bad row)")
        stats.bad_rows.append(BadRow(row.line, problem.message))
        return 0
    for refusal in result.refusals:
        stats.refusals[(refusal.op, refusal.reason.value)] += 1
    made = result.perturbations
    for p in made:
        stats.made[(p.op, p.rule)] += 1
    if not made:
        return 0

    def drop(perturbations: Sequence, reason: str) -> None:
        for p in perturbations:
            stats.dropped[(p.op, p.rule, reason)] += 1

    if positives == "structural" and not result.positives:
        drop(made, "no structural positive")
        stats.skipped["no structural positive"] += 1
        return 0
    anchor = row.anchor if positives == "pair" else result.text
    kept = []
    for p in made:
        reason = stream_filter.reason(anchor, p.text, p.op, p.rule, p.meta)
        if reason is None:
            kept.append(p)
        else:
            stats.dropped[(p.op, p.rule, reason)] += 1
    if negatives_per_row is not None:
        if len(kept) < negatives_per_row:
            drop(kept, "fewer negatives than asked")
            for p in kept:  # not written: a later identical pair is no duplicate
                stream_filter.forget(anchor, p.text)
            stats.skipped["fewer negatives than asked"] += 1
            return 0
        drop(kept[negatives_per_row:], "beyond --negatives-per-row")
        for p in kept[negatives_per_row:]:
            stream_filter.forget(anchor, p.text)
        kept = kept[:negatives_per_row]
    if not kept:
        stats.skipped["every negative dropped by the selection"] += 1
        return 0
    records = triplet_records(
        replace(result, perturbations=tuple(kept)), row.source_id, positives=positives, anchor=row.anchor,
        negatives_per_row=negatives_per_row,
    )  # fmt: skip
    if mirror:  # each record followed by itself backwards, unless that pair is a duplicate
        both = []
        for record in records:
            both += [record, *filter(None, [_mirror_kept(record, stream_filter, stats)])]
        records = both
    for record in records:
        writer.write(record)
    for p in kept:
        stats.outputs[(p.op, p.rule)] += 1
    stats.records += len(records)
    stats.inputs_with_output += 1
    return len(records)


def _mirror_kept(record: dict[str, Any], stream_filter: StreamFilter, stats: GenerationStats) -> dict[str, Any] | None:
    """``record`` backwards (``--mirror``), counted in ``stats`` as mirrored and written; ``None`` when that pair
    is a duplicate."""
    back = mirrored(record)
    if stream_filter.reason(back["anchor"], back["negative"], back["op"], back["rule"], back["meta"]) is not None:
        return None
    stats.mirrored[(back["op"], back["rule"])] += 1
    stats.outputs[(back["op"], back["rule"])] += 1
    return back


def _apply_shares(
    scratch: Path, output: Path, output_format: str | None, selection: Selection, stats: GenerationStats,
    record_lines: list[int], stream_filter: StreamFilter, mirror: bool,
) -> None:  # fmt: skip
    """The second pass of a selection with shares or balance: copy the chosen records of ``scratch`` to
    ``output`` (each followed by its mirrored twin with ``mirror``: shares are taken before mirroring, which keeps
    them) and move the others from written to dropped. On failure ``output`` is not written and ``scratch`` is
    kept: it holds every negative of the run."""
    try:
        chosen = share_pass(selection, lambda: read_records(scratch))
    except ConfigError as exc:
        raise ConfigError(f"{exc}; every negative of the run is in {scratch}") from None
    lines_with_output = set()
    writer = open_writer(output, output_format)
    try:
        for position, (record, why) in enumerate(chosen):
            if why is None:
                writer.write(record)
                lines_with_output.add(record_lines[position])
                back = _mirror_kept(record, stream_filter, stats) if mirror else None
                if back is not None:
                    writer.write(back)
                    stats.records += 1
            else:
                key = (record["op"], record["rule"])
                stats.outputs[key] -= 1
                stats.dropped[(*key, why)] += 1
                stats.records -= 1
    except BaseException:
        writer.__exit__(KeyboardInterrupt, None, None)
        writer.partial.unlink(missing_ok=True)
        raise
    writer.__exit__(None, None, None)
    stats.outputs = +stats.outputs  # forget groups cut to zero
    stats.skipped["every negative dropped by the selection"] += len(set(record_lines) - lines_with_output)
    stats.inputs_with_output = len(lines_with_output)
    scratch.unlink()

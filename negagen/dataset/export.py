"""Export generated triplets to the formats trainers and the Hugging Face Hub read.

Input: a triplet file (JSONL or Parquet) or a sharded folder written by ``negagen generate``. A
:class:`~negagen.dataset.selection.Selection` is applied on the way (by default: drop negatives flagged
``plausibility: low`` and repeated (anchor, negative) pairs); what it drops is counted in the returned summary.
The format is looked up in the registry of :mod:`negagen.dataset.formats`; the built-ins, registered here:

============== ==========================================================================================
format         output
============== ==========================================================================================
``st``         sentence-transformers view: ``anchor, positive, negative`` (or ``negative_1..K``), metadata
               dropped because the trainer would feed every extra column to the model as text
``flagembedding`` JSONL ``{"query", "pos": [...], "neg": [...]}``, one line per anchor
``tevatron``   JSONL ``{"query_id", "query", "positive_passages": [...], "negative_passages": [...]}``
``hf``         a dataset folder in Hub layout: configs ``triplet`` (every selected negative, ST columns),
               ``triplet-<op>`` (one operator), ``triplet-all`` (every column, plus ``plausibility``: ``low``
               or ``high``) as Parquet, and a ``README.md`` dataset card with YAML, the generation parameters
               and counts per operator, rule and plausibility; ``datasets.load_dataset(folder, "triplet")``
               loads it
============== ==========================================================================================

Third-party packages add a format through the ``negagen_export_formats`` entry point group.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..about import __version__
from ..errors import ConfigError, InputError
from ..registry import registered_names
from .formats import ExportFormat, ExportJob, export_formats, file_format, register_export_format
from .selection import Selection, StreamFilter, plausibility_of, share_pass
from .stats import GenerationStats
from .writers import beside, prepare_output

__all__ = [
    "export",
    "export_format_names",
    "get_export_format",
    "read_records",
    "require_triplet",
    "select_records",
    "source_stats",
]

_SIZE_CATEGORIES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"),
                    (10_000_000, "1M<n<10M"))  # fmt: skip


def read_records(source: Path) -> Iterator[dict[str, Any]]:
    """Stream the records of a triplet file or of a sharded folder (its ``part-*`` files in order)."""
    if source.is_dir():
        parts = sorted(p for p in source.glob("part-*") if not p.name.endswith(".partial"))
        if not parts:
            raise InputError(f"{source} holds no part-* shards")
    elif source.is_file():
        parts = [source]
    else:
        raise InputError(f"input not found: {source}")
    for part in parts:
        if part.suffix == ".parquet":
            import pyarrow.parquet as pq

            for batch in pq.ParquetFile(part).iter_batches(batch_size=4096):
                for record in batch.to_pylist():
                    if isinstance(record.get("meta"), list):  # Parquet maps come back as pairs
                        record["meta"] = dict(record["meta"])
                    yield record
        else:
            with part.open(encoding="utf-8") as stream:
                for number, line in enumerate(stream, start=1):
                    if line.strip():
                        try:
                            record = json.loads(line)
                        except json.JSONDecodeError:
                            raise InputError(f"{part}, line {number}: not JSON; expected the output of negagen "
                                             "generate") from None  # fmt: skip
                        if not isinstance(record, dict):
                            raise InputError(f"{part}, line {number}: not a JSON object; expected the output of "
                                             "negagen generate")  # fmt: skip
                        yield record


def require_triplet(record: dict[str, Any], source: Path | str) -> None:
    """Refuse a record that is not a triplet written by ``negagen generate``.

    Raises:
        InputError: a column is missing.
    """
    single = ("anchor", "positive", "negative", "op", "rule")
    several = ("anchor", "positive", "negative_1", "ops", "rules")
    if not (all(k in record for k in single) or all(k in record for k in several)):
        missing = [k for k in single if k not in record]
        raise InputError(f"{source} is not a triplet file of negagen generate (no {', '.join(missing)} column)")


def select_records(source: Path, selection: Selection, dropped: Counter) -> Iterator[dict[str, Any]]:
    """The records of ``source`` that ``selection`` keeps, in order; every dropped negative is counted in
    ``dropped`` by ``(op, rule, reason)``. Shares and balance read ``source`` twice.

    Raises:
        ConfigError: a selection other than the default on rows of ``negative_1..K`` (their negatives carry no
            plausibility marker and cannot be dropped one by one; select when generating).
    """

    def filtered(counts: Counter) -> Iterator[dict[str, Any]]:
        stream_filter = StreamFilter(selection)
        for record in read_records(source):
            require_triplet(record, source)
            if "negative" not in record:
                if not selection.is_default:
                    raise ConfigError(f"{source} has several negatives per row; select when generating "
                                      "(negagen generate --plausibility … --max-share …)")  # fmt: skip
                yield record
                continue
            reason = stream_filter.reason(record["anchor"], record["negative"], record.get("op", ""),
                                          record.get("rule", ""), record.get("meta"))  # fmt: skip
            if reason is None:
                yield record
            else:
                counts[(record.get("op", ""), record.get("rule", ""), reason)] += 1

    if not selection.needs_counts:
        yield from filtered(dropped)
        return
    counters = iter([Counter(), dropped])  # the first read only ranks: its drops are counted by the second
    for record, why in share_pass(selection, lambda: filtered(next(counters))):
        if why is None:
            yield record
        else:
            dropped[(record["op"], record["rule"], why)] += 1


def _negatives(record: dict[str, Any]) -> list[str]:
    if "negative" in record:
        return [record["negative"]]
    return [record[k] for k in sorted((k for k in record if k.startswith("negative_")), key=lambda k: int(k[9:]))]


def _st_view(record: dict[str, Any]) -> dict[str, Any]:
    view = {"anchor": record["anchor"], "positive": record["positive"]}
    view.update({k: v for k, v in record.items() if k == "negative" or k.startswith("negative_")})
    return view


def _grouped(records: Iterator[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], list[str]]]:
    """Consecutive records of one (source, anchor, positive) as one group with all its negatives."""
    key, first, negatives = None, None, []
    for record in records:
        this = (record.get("source_id"), record["anchor"], record["positive"])
        if this != key and first is not None:
            yield first, negatives
            negatives = []
        if this != key:
            key, first = this, record
        negatives += _negatives(record)
    if first is not None:
        yield first, negatives


def __getattr__(name: str) -> Any:
    # EXPORT_FORMATS (once a fixed tuple, still importable) is read from the registry when asked for, so it names
    # the formats registered since, plugins included.
    if name == "EXPORT_FORMATS":
        return tuple(export_format_names())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def export(
    source: Path, output: Path, fmt: str, *, license: str = "other", selection: Selection | None = None
) -> dict[str, Any]:
    """Export the records of ``source`` that ``selection`` keeps (default: :class:`Selection`'s training default)
    to ``output`` in the registered format ``fmt``; returns counts of what was written and of what was dropped, by
    reason.

    Raises:
        ConfigError: an unknown format, or a selection rows of several negatives cannot take.
        InputError: nothing to read at ``source``.
    """
    export_format = get_export_format(fmt)
    selection = selection or Selection()
    from ..operators import operator_names

    selection.check_operators(operator_names(), "registered")
    job = ExportJob(format=fmt, source=source, output=output, license=license)
    summary = {"format": fmt, **export_format(select_records(source, selection, job.dropped), job)}
    summary.setdefault("output", str(output))
    summary["dropped"] = _by_reason(job.dropped)
    return summary


_JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")


def _write_jsonl(lines: Iterator[dict[str, Any]], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as stream:
        for line in lines:
            stream.write(json.dumps(line, ensure_ascii=False) + "\n")
            count += 1
    return count


# The built-in formats, in the order help and error messages list them.
BUILTIN_FORMATS = ("st", "flagembedding", "tevatron", "hf")


@register_export_format("st")
@file_format(*_JSONL_SUFFIXES, ".parquet", ".csv", ".tsv")
def _export_st(records: Iterator[dict[str, Any]], path: Path, job: ExportJob) -> int:
    """The sentence-transformers view, in the kind of file ``job.output``'s suffix names."""
    suffix = job.output.suffix.lower()
    if suffix in (".csv", ".tsv"):
        import csv

        count = 0
        with path.open("w", encoding="utf-8", newline="") as stream:
            writer = None
            for record in records:
                view = _st_view(record)
                if writer is None:
                    writer = csv.DictWriter(stream, fieldnames=list(view),
                                            delimiter="\t" if suffix == ".tsv" else ",")  # fmt: skip
                    writer.writeheader()
                writer.writerow(view)
                count += 1
        return count
    if suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [_st_view(r) for r in records]
        pq.write_table(pa.Table.from_pylist(rows), path)
        return len(rows)
    return _write_jsonl((_st_view(r) for r in records), path)


@register_export_format("flagembedding")
@file_format(*_JSONL_SUFFIXES)
def _export_flagembedding(records: Iterator[dict[str, Any]], path: Path, job: ExportJob) -> int:
    lines = ({"query": r["anchor"], "pos": [r["positive"]], "neg": negs} for r, negs in _grouped(records))
    return _write_jsonl(lines, path)


@register_export_format("tevatron")
@file_format(*_JSONL_SUFFIXES)
def _export_tevatron(records: Iterator[dict[str, Any]], path: Path, job: ExportJob) -> int:
    return _write_jsonl((_tevatron(r, negs) for r, negs in _grouped(records)), path)


def _by_reason(dropped: Counter) -> dict[str, int]:
    reasons: Counter = Counter()
    for (_, _, why), n in dropped.items():
        reasons[why] += n
    return dict(sorted(reasons.items()))


def _tevatron(record: dict[str, Any], negatives: list[str]) -> dict[str, Any]:
    query_id = str(record.get("source_id", ""))
    return {
        "query_id": query_id,
        "query": record["anchor"],
        "positive_passages": [{"docid": f"{query_id}-pos", "title": "", "text": record["positive"]}],
        "negative_passages": [
            {"docid": f"{query_id}-neg-{i}", "title": "", "text": text} for i, text in enumerate(negatives)
        ],
    }


@register_export_format("hf")
def _export_hf(selected: Iterator[dict[str, Any]], job: ExportJob) -> dict[str, Any]:
    """A dataset folder in Hub layout: one Parquet config per view, and the card."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    source, folder, dropped = job.source, job.output, job.dropped
    prepare_output(folder / "README.md")
    records = [{**r, "plausibility": plausibility_of(r.get("meta"))} if "negative" in r else r for r in selected]
    if not records:
        reasons = ", ".join(f"{n} {why}" for why, n in _by_reason(dropped).items())
        raise InputError(f"{source}: nothing to export" + (f"; the selection dropped {reasons}" if reasons else ""))
    if "negative" not in records[0]:
        raise InputError(f"{source}: the hf export needs one row per negative (generate without --negatives-per-row)")
    staging = folder.with_name(folder.name + ".partial")
    if staging.exists():
        shutil.rmtree(staging)
    configs: dict[str, list[dict[str, Any]]] = {"triplet": [_st_view(r) for r in records], "triplet-all": records}
    for op in sorted({r["op"] for r in records}):
        configs[f"triplet-{op}"] = [_st_view(r) for r in records if r["op"] == op]
    for name, rows in configs.items():
        (staging / name).mkdir(parents=True)
        if name == "triplet-all":
            rows = [{**r, "edits": json.dumps(r["edits"]), "meta": json.dumps(r.get("meta") or {})} for r in rows]
        pq.write_table(pa.Table.from_pylist(rows), staging / name / "train-00000-of-00001.parquet")
    (staging / "README.md").write_text(_card(source, records, configs, dropped, job.license), encoding="utf-8")
    if folder.exists():
        shutil.rmtree(folder)
    os.replace(staging, folder)
    return {"rows": len(records), "configs": sorted(configs)}


def _card(
    source: Path, records: list[dict[str, Any]], configs: dict[str, list], dropped: Counter, license: str
) -> str:  # fmt: skip
    size = next((label for limit, label in _SIZE_CATEGORIES if len(records) < limit), "n>1M")
    stats = source_stats(source)
    per_rule = Counter((r["op"], r["rule"], r["plausibility"]) for r in records)
    yaml = ["---", f"license: {license}", "task_categories:", "- feature-extraction", "- sentence-similarity",
            "language:", "- en", "tags:", "- sentence-transformers", "- hard-negatives", "- negagen",
            "size_categories:", f"- {size}", "configs:"]  # fmt: skip
    for name in sorted(configs, key=lambda n: (n != "triplet", n)):
        yaml += [f"- config_name: {name}", "  data_files:", "  - split: train", f"    path: {name}/train-*"]
        if name == "triplet":
            yaml.append("  default: true")
    yaml.append("---")
    body = [
        "# Compositional hard negatives made with negagen", "",
        "Triplets `(anchor, positive, negative)` whose negative is a minimal, meaning-changing edit of the anchor "
        "(negation, role swap, reordering, relation flip, antonym), each with its provenance.", "",
        "## Dataset Subsets", "",
        "- `triplet`: columns `anchor`, `positive`, `negative` (strings), every negative; ready for "
        "sentence-transformers losses such as MultipleNegativesRankingLoss.",
        "- `triplet-<operator>`: the same, one operator only.",
        "- `triplet-all`: every column, including `op`, `rule`, `edits` (JSON), `positive_kind`, `source_id`, "
        "`plausibility` (`low` when an operator flagged the negative implausible, else `high`), `meta` (JSON).", "",
        "## Generation parameters", "",
        f"- negagen version: {__version__}",
    ]  # fmt: skip
    config = stats.get("config", {})
    for key in ("ops", "seed", "positives", "pipeline", "op_config"):
        if key in config:
            body.append(f"- {key}: {config[key]}")
    per_op = Counter(r["op"] for r in records)
    body += ["", "## Counts", "", f"{len(records)} negatives in `triplet`.", "", "| operator | negatives |",
             "|---|---|", *(f"| {op} | {n} |" for op, n in sorted(per_op.items())), "",
             "| operator | rule | plausibility | negatives |", "|---|---|---|---|"]  # fmt: skip
    body += [f"| {op} | {rule} | {plaus} | {n} |" for (op, rule, plaus), n in sorted(per_rule.items())]
    saved = GenerationStats.from_dict(stats, source) if stats else GenerationStats(output=source)
    made, gone = saved.made, saved.dropped + dropped
    if made or gone:
        body += ["", "Made by the operators and not in this dataset, by reason (generation, then export):", "",
                 "| operator | rule | made | reason | dropped |", "|---|---|---|---|---|"]  # fmt: skip
        body += [f"| {op} | {rule} | {made.get((op, rule), '')} | {why} | {n} |"
                 for (op, rule, why), n in sorted(gone.items())]  # fmt: skip
    refusals = stats.get("refusals") or []
    if refusals:
        body += ["", "Refused sentences by reason:", "", "| operator | reason | sentences |", "|---|---|---|"]
        body += [f"| {r['op']} | {r['reason']} | {r['count']} |" for r in refusals]
    return "\n".join([*yaml, "", *body]) + "\n"


def source_stats(source: Path) -> dict[str, Any]:
    """The generation statistics saved beside ``source`` by ``negagen generate``, if any."""
    stats_file = beside(source, "stats.json")
    return json.loads(stats_file.read_text(encoding="utf-8")) if stats_file.is_file() else {}


def export_format_names() -> list[str]:
    """The registered format names: the built-ins first, then the others (entry points too, read by name only)."""
    return registered_names(export_formats, BUILTIN_FORMATS)


def get_export_format(name: str) -> ExportFormat:
    """The format registered as ``name`` (an entry point's is imported now, and only that one).

    Raises:
        ConfigError: no format has that name; the message lists the registered ones.
    """
    if name not in export_formats:
        raise ConfigError(f"export format must be one of {', '.join(export_format_names())}, not {name!r}")
    return export_formats.get(name)

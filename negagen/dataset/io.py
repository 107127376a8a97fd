"""Stream input rows from text, JSONL, CSV or Parquet files.

Every reader yields :class:`InputRow` for good rows and :class:`BadRow` (with its 1-based line or row number and
why) for rows that cannot be used, so one bad row never stops a run. A problem with the whole file (it is missing,
or the text column does not exist) raises :class:`~negagen.errors.InputError` before anything is read.

Readers that need whole rows (every column: pair sources with filters, :mod:`negagen.experiment.pairs`) use
:func:`read_table` and :func:`open_text` instead, so that every input file of negagen is opened here.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import re
import socket
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from ..errors import InputError

__all__ = ["SAMPLE_CORPUS", "BadRow", "InputRow", "decode_lines", "open_text", "read_inputs", "read_table"]

SAMPLE_CORPUS = Path(__file__).resolve().parent.parent / "data" / "sample_corpus.txt"


@dataclass(frozen=True)
class InputRow:
    """One usable input: its ``source_id`` (the id column, else the line/row number) and text."""

    line: int
    source_id: str
    text: str
    anchor: str | None = None  # in pair mode: the anchor (query) whose positive is ``text``


@dataclass(frozen=True)
class BadRow:
    """A row that could not be used, with its 1-based line/row number and the reason."""

    line: int
    reason: str


def decode_lines(stream: BinaryIO | Iterable[bytes]) -> Iterator[InputRow | BadRow]:
    """Lines of a byte stream as UTF-8 text, one row per line; undecodable lines become :class:`BadRow`."""
    for number, raw in enumerate(stream, start=1):
        line = raw.rstrip(b"\r\n")
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield BadRow(number, f"not valid UTF-8 (byte 0x{line[exc.start]:02x} at column {exc.start + 1})")
            continue
        yield InputRow(number, str(number), text.removeprefix("\ufeff") if number == 1 else text)


def input_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix == ".parquet":
        return "parquet"
    return "text"


def count_rows(path: Path) -> int | None:
    """How many rows a local text or JSONL file holds (its lines, for a progress bar's total), counted without
    decoding; ``None`` for other inputs."""
    if not path.is_file() or input_format(path) not in ("text", "jsonl"):
        return None
    lines, last = 0, b"\n"
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")


HUB_ID = re.compile(r"^[\w.-]+/[\w.-]+(:[\w.-]+)?$")
# Suffixes that make "org/name" a file path, not a Hub id: a mistyped local path must say "not found".
FILE_SUFFIXES = frozenset({".txt", ".text", ".jsonl", ".json", ".ndjson", ".csv", ".tsv", ".parquet", ".arrow",
                           ".gz", ".bz2", ".xz", ".zst", ".zip", ".md", ".xml", ".html"})  # fmt: skip
HUB_HOST = ("huggingface.co", 443)


def looks_like_hub_id(text: str) -> bool:
    """Whether a missing input ``text`` is to be read as a Hub dataset id: ``org/name[:config]``, no file
    suffix, not a relative (``./``) or absolute path, and no local folder named like its ``org``."""
    if not HUB_ID.match(text) or text.startswith("."):
        return False
    org, _, name = text.partition(":")[0].partition("/")
    return Path(name).suffix.lower() not in FILE_SUFFIXES and not Path(org).is_dir()


def read_inputs(
    path: Path,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    anchor_column: str | None = None,
    split: str = "train",
) -> Iterator[InputRow | BadRow]:
    """Stream rows from ``path``: a file (the format comes from the suffix: ``.jsonl``, ``.csv``/``.tsv``,
    ``.parquet``, anything else is one text per line), a ``save_to_disk`` folder, or a Hugging Face Hub dataset id
    ``org/name[:config]`` (streamed; ``split`` picks the split of a folder or Hub dataset). With ``anchor_column``
    each row also carries its anchor (pair mode).

    Raises:
        InputError: nothing readable at ``path`` (missing, empty, a folder without a dataset, an unreachable Hub
            id), a column is not among its columns, or pairs were asked of a plain text file.
    """
    columns = _Columns(text_column, id_column, anchor_column)
    if path.is_dir():
        return _read_saved_dataset(path, columns, split)
    if not path.exists():
        if looks_like_hub_id(str(path)):
            return _read_hub(str(path), columns, split)
        raise InputError(f"input file not found: {path}")
    if path.stat().st_size == 0:
        raise InputError(f"input file is empty: {path}")
    fmt = input_format(path)
    if fmt == "text":
        if anchor_column:
            raise InputError(f"{path} has one text per line; pairs need JSONL, CSV or Parquet with two columns")
        return _read_text(path)
    if fmt == "jsonl":
        return _read_jsonl(path, columns)
    if fmt == "csv":
        return _read_csv(path, columns)
    return _read_parquet(path, columns)


@dataclass(frozen=True)
class _Columns:
    text: str
    id: str | None
    anchor: str | None

    def names(self) -> list[str]:
        return [c for c in (self.text, self.id, self.anchor) if c]


def _read_text(path: Path) -> Iterator[InputRow | BadRow]:
    with path.open("rb") as stream:
        yield from decode_lines(stream)


def _missing(column: str, available: Iterable[str], path: Path | str) -> InputError:
    names = ", ".join(sorted(available)) or "none"
    return InputError(f"column {column!r} not found in {path} (columns: {names}); choose one with --text-column")


def _read_jsonl(path: Path, columns: _Columns) -> Iterator[InputRow | BadRow]:
    with path.open("rb") as stream:
        yield from _parse_jsonl(decode_lines(stream), path, columns)


def _parse_jsonl(rows: Iterable[InputRow | BadRow], path: Path, columns: _Columns) -> Iterator[InputRow | BadRow]:
    checked = False
    for row in rows:
        if isinstance(row, BadRow):
            yield row
            continue
        if not row.text.strip():
            yield BadRow(row.line, "empty line")
            continue
        try:
            record = json.loads(row.text)
        except json.JSONDecodeError as exc:
            yield BadRow(row.line, f"invalid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield BadRow(row.line, "not a JSON object")
            continue
        if not checked:  # the first object decides whether the column exists at all
            for column in columns.names():
                if column not in record:
                    raise _missing(column, record, path)
            checked = True
        yield _row_from_record(row.line, record, columns)


def _row_from_record(line: int, record: dict, columns: _Columns) -> InputRow | BadRow:
    values = {}
    for column in filter(None, (columns.text, columns.anchor)):
        value = record.get(column)
        if not isinstance(value, str):
            what = "missing" if value is None else f"a {type(value).__name__}, not a string"
            return BadRow(line, f"{column!r} is {what}")
        values[column] = value
    source_id = str(record[columns.id]) if columns.id and record.get(columns.id) is not None else str(line)
    return InputRow(line, source_id, values[columns.text], values.get(columns.anchor) if columns.anchor else None)


def _read_csv(path: Path, columns: _Columns) -> Iterator[InputRow | BadRow]:
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    # surrogateescape keeps undecodable bytes visible per row instead of failing the whole file.
    with path.open(newline="", encoding="utf-8", errors="surrogateescape") as stream:
        reader = csv.DictReader(stream, delimiter=delimiter)
        for column in columns.names():
            if column not in (reader.fieldnames or []):
                raise _missing(column, reader.fieldnames or [], path)
        for number, record in enumerate(reader, start=1):
            if any("\udc80" <= ch <= "\udcff" for c in columns.names() for ch in (record.get(c) or "")):
                yield BadRow(number, "not valid UTF-8")
                continue
            yield _row_from_record(number, record, columns)


def _read_parquet(path: Path, columns: _Columns) -> Iterator[InputRow | BadRow]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    names = parquet.schema_arrow.names
    for column in columns.names():
        if column not in names:
            raise _missing(column, names, path)
    number = 0
    for batch in parquet.iter_batches(columns=columns.names(), batch_size=4096):
        for record in batch.to_pylist():
            number += 1
            yield _row_from_record(number, record, columns)


def _read_records(
    records: Iterable[dict], columns: _Columns, names: Iterable[str], where: str
) -> Iterator[InputRow | BadRow]:
    names = list(names)
    for column in columns.names():  # checked before the first row is read, so nothing is written on error
        if column not in names:
            raise _missing(column, names, where)
    for number, record in enumerate(records, start=1):
        yield _row_from_record(number, record, columns)


def _read_saved_dataset(path: Path, columns: _Columns, split: str) -> Iterator[InputRow | BadRow]:
    """A folder written by ``Dataset.save_to_disk`` (or ``DatasetDict.save_to_disk``: then ``split``)."""
    if not any((path / name).is_file() for name in ("dataset_info.json", "state.json", "dataset_dict.json")):
        raise InputError(f"{path} is a folder without a dataset (no save_to_disk files)")
    from datasets import DatasetDict, load_from_disk

    dataset = load_from_disk(str(path))
    if isinstance(dataset, DatasetDict):
        if split not in dataset:
            raise InputError(f"{path} has no split {split!r} (splits: {', '.join(dataset)})")
        dataset = dataset[split]
    return _read_records(dataset, columns, dataset.column_names, str(path))


def _read_hub(dataset_id: str, columns: _Columns, split: str) -> Iterator[InputRow | BadRow]:
    """A Hub dataset ``org/name[:config]``, streamed: rows arrive as they download."""
    name, _, config = dataset_id.partition(":")
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on"):
        raise InputError(f"input file not found: {dataset_id} (and HF_HUB_OFFLINE is set, so it was not looked "
                         "up as a Hub dataset)")  # fmt: skip
    try:  # one quick look before the datasets client, which retries for half a minute when the Hub is unreachable
        socket.create_connection(HUB_HOST, timeout=3).close()
    except OSError:
        raise InputError(f"input file not found: {dataset_id} (and the Hugging Face Hub cannot be reached to read "
                         "it as a Hub dataset)") from None  # fmt: skip
    try:
        from datasets import load_dataset

        dataset = load_dataset(name, config or None, split=split, streaming=True)
        names = list(dataset.features) if dataset.features else list(next(iter(dataset)))
    except Exception as exc:  # offline, unknown id, no such split: all "cannot read this input"
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"cannot read Hub dataset {dataset_id!r}: {first}") from None
    return _read_records(dataset, columns, names, dataset_id)


def open_text(path: Path) -> TextIO:
    """``path`` opened as UTF-8 text, gzip-decompressed when it ends in ``.gz``.

    Raises:
        InputError: no file at ``path``.
    """
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8", newline="")


def read_table(path: Path) -> Iterator[dict[str, Any]]:
    """Every row of a table, all its columns: ``.jsonl``/``.json`` (an object a line), ``.csv``, ``.tsv`` or
    ``.parquet``, optionally ``.gz``. Unlike :func:`read_inputs` a bad row is an error, not a :class:`BadRow`.

    Raises:
        InputError: no file at ``path``, or another suffix.
    """
    suffix = path.suffixes[-2] if path.suffix == ".gz" and len(path.suffixes) > 1 else path.suffix
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        if not path.is_file():
            raise InputError(f"{path}: no such file")
        yield from pq.read_table(path).to_pylist()
        return
    with open_text(path) as handle:
        if suffix in (".jsonl", ".json"):
            for line in handle:
                if line.strip():
                    yield json.loads(line)
        elif suffix in (".tsv", ".csv"):
            # MSRP's strings hold unbalanced quotes: tab-separated files are read without quoting.
            quoting = csv.QUOTE_NONE if suffix == ".tsv" else csv.QUOTE_MINIMAL
            reader = csv.DictReader(handle, delimiter="\t" if suffix == ".tsv" else ",", quoting=quoting)
            if reader.fieldnames:
                reader.fieldnames = [name.removeprefix("\ufeff") for name in reader.fieldnames]
            yield from reader
        else:
            raise InputError(f"{path}: a table is .tsv, .csv, .jsonl or .parquet (optionally .gz)")

"""Stream input rows from text, JSONL, CSV or Parquet files.

Every reader yields :class:`InputRow` for good rows and :class:`BadRow` (with its 1-based line or row number and
why) for rows that cannot be used, so one bad row never stops a run. A problem with the whole file (it is missing,
or the text column does not exist) raises :class:`~negagen.errors.InputError` before anything is read.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError

__all__ = ["SAMPLE_CORPUS", "BadRow", "InputRow", "decode_lines", "read_inputs"]

SAMPLE_CORPUS = Path(__file__).resolve().parent.parent / "data" / "sample_corpus.txt"
FORMATS = ("text", "jsonl", "csv", "parquet")


@dataclass(frozen=True)
class InputRow:
    """One usable input: its ``source_id`` (the id column, else the line/row number) and text."""

    line: int
    source_id: str
    text: str


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


def read_inputs(path: Path, *, text_column: str = "text", id_column: str | None = None) -> Iterator[InputRow | BadRow]:
    """Stream rows from ``path``; the format comes from the suffix (``.jsonl``, ``.csv``/``.tsv``, ``.parquet``,
    anything else is one text per line).

    Raises:
        InputError: the file does not exist, or ``text_column``/``id_column`` is not among its columns.
    """
    if not path.is_file():
        raise InputError(f"input file not found: {path}")
    fmt = input_format(path)
    if fmt == "text":
        return _read_text(path)
    if fmt == "jsonl":
        return _read_jsonl(path, text_column, id_column)
    if fmt == "csv":
        return _read_csv(path, text_column, id_column)
    return _read_parquet(path, text_column, id_column)


def _read_text(path: Path) -> Iterator[InputRow | BadRow]:
    with path.open("rb") as stream:
        yield from decode_lines(stream)


def _missing(column: str, available: Iterable[str], path: Path) -> InputError:
    names = ", ".join(sorted(available)) or "none"
    return InputError(f"column {column!r} not found in {path} (columns: {names}); choose one with --text-column")


def _read_jsonl(path: Path, text_column: str, id_column: str | None) -> Iterator[InputRow | BadRow]:
    with path.open("rb") as stream:
        yield from _parse_jsonl(decode_lines(stream), path, text_column, id_column)


def _parse_jsonl(
    rows: Iterable[InputRow | BadRow], path: Path, text_column: str, id_column: str | None
) -> Iterator[InputRow | BadRow]:
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
            for column in filter(None, (text_column, id_column)):
                if column not in record:
                    raise _missing(column, record, path)
            checked = True
        yield _row_from_record(row.line, record, text_column, id_column)


def _row_from_record(line: int, record: dict, text_column: str, id_column: str | None) -> InputRow | BadRow:
    text = record.get(text_column)
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return BadRow(line, f"{text_column!r} is {what}")
    source_id = str(record[id_column]) if id_column and record.get(id_column) is not None else str(line)
    return InputRow(line, source_id, text)


def _read_csv(path: Path, text_column: str, id_column: str | None) -> Iterator[InputRow | BadRow]:
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    # surrogateescape keeps undecodable bytes visible per row instead of failing the whole file.
    with path.open(newline="", encoding="utf-8", errors="surrogateescape") as stream:
        reader = csv.DictReader(stream, delimiter=delimiter)
        for column in filter(None, (text_column, id_column)):
            if column not in (reader.fieldnames or []):
                raise _missing(column, reader.fieldnames or [], path)
        for number, record in enumerate(reader, start=1):
            text = record.get(text_column)
            if text is not None and any("\udc80" <= ch <= "\udcff" for ch in text):
                yield BadRow(number, "not valid UTF-8")
                continue
            yield _row_from_record(number, record, text_column, id_column)


def _read_parquet(path: Path, text_column: str, id_column: str | None) -> Iterator[InputRow | BadRow]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    names = parquet.schema_arrow.names
    columns = [c for c in (text_column, id_column) if c]
    for column in columns:
        if column not in names:
            raise _missing(column, names, path)
    number = 0
    for batch in parquet.iter_batches(columns=columns, batch_size=4096):
        for record in batch.to_pylist():
            number += 1
            yield _row_from_record(number, record, text_column, id_column)

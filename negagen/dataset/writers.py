"""Write triplet records as JSONL or Parquet, atomically.

Records go to ``OUT.partial`` and the file is renamed to ``OUT`` only when the run completes, so a file named
``OUT`` is always whole. If the run is interrupted, what was written stays in ``OUT.partial`` (flushed, readable)
and is reported, never deleted.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import TracebackType
from typing import Any

from ..errors import ConfigError

__all__ = ["OUTPUT_FORMATS", "RecordWriter", "beside", "open_writer", "output_format", "prepare_output"]

OUTPUT_FORMATS = ("jsonl", "parquet")
_EDIT_FIELDS = ("orig_start", "orig_end", "orig_text", "new_start", "new_end", "new_text")


SUFFIX_FORMATS = {".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


def output_format(path: Path, requested: str | None = None) -> str:
    """``requested`` if given, else the format ``path``'s suffix names (``.jsonl``/``.json``/``.ndjson`` or
    ``.parquet``).

    Raises:
        ConfigError: an unknown format, or a suffix that names none of them (``out.csv`` is not silently JSONL).
    """
    fmt = requested or SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ConfigError(f"cannot tell the output format of {path.name!r}: name it .jsonl or .parquet, or give "
                          "--format jsonl|parquet")  # fmt: skip
    if fmt not in OUTPUT_FORMATS:
        raise ConfigError(f"output format must be one of {', '.join(OUTPUT_FORMATS)}, not {fmt!r}")
    return fmt


def beside(dataset: Path, name: str) -> Path:
    """Where a file about ``dataset`` goes: ``name`` inside a sharded folder, ``STEM.name`` beside a file
    (``stats.json``, ``audit.json``, ``report.html`` …)."""
    return dataset / name if dataset.is_dir() else dataset.with_name(f"{dataset.stem}.{name}")


def prepare_output(path: Path) -> None:
    """Create the folders ``path`` goes in and check that a file can be made there, before any work.

    Raises:
        ConfigError: a parent of ``path`` is a file, or the folder cannot be created or written.
    """
    for parent in path.parents:
        if parent.exists() and not parent.is_dir():
            raise ConfigError(f"cannot write {path}: {parent} is a file, not a folder")
    probe = path.with_name(path.name + ".partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        existed = probe.exists()
        probe.open("ab").close()
        if not existed:
            probe.unlink()
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or type(exc).__name__}") from None


class RecordWriter:
    """Context manager: ``write(record)`` many times; on clean exit the file is renamed into place."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.partial = path.with_name(path.name + ".partial")
        self.count = 0
        prepare_output(path)

    def write(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def _close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._close()
        if exc_type is None:
            os.replace(self.partial, self.path)


class JsonlWriter(RecordWriter):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._stream = self.partial.open("w", encoding="utf-8", newline="\n")

    def write(self, record: dict[str, Any]) -> None:
        self._stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.count += 1

    def _close(self) -> None:
        self._stream.close()


class ParquetWriter(RecordWriter):
    """Buffers ``row_group_size`` records per Parquet row group, so memory stays flat in the corpus size. The
    schema comes from the first record's columns (triplets, or ``negative_1..K`` rows)."""

    def __init__(self, path: Path, row_group_size: int = 10_000) -> None:
        super().__init__(path)
        self._writer = None
        self._schema = None
        self._buffer: list[dict[str, Any]] = []
        self._row_group_size = row_group_size

    def write(self, record: dict[str, Any]) -> None:
        self._buffer.append(record)
        self.count += 1
        if len(self._buffer) >= self._row_group_size:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._buffer:
            return
        if self._writer is None:
            self._schema = pa.schema([(name, _column_type(name)) for name in self._buffer[0]])
            self._writer = pq.ParquetWriter(self.partial, self._schema)
        self._writer.write_table(pa.Table.from_pylist(self._buffer, schema=self._schema))
        self._buffer = []

    def _close(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._flush()
        if self._writer is None:  # no record at all: an empty file with the triplet columns
            from .triplets import COLUMNS

            self._schema = pa.schema([(name, _column_type(name)) for name in COLUMNS])
            self._writer = pq.ParquetWriter(self.partial, self._schema)
        self._writer.close()


def _column_type(name: str):
    import pyarrow as pa

    if name == "edits":
        return pa.list_(pa.struct([(f, pa.string() if f.endswith("text") else pa.int64()) for f in _EDIT_FIELDS]))
    if name == "sentence":
        return pa.int64()
    if name == "meta":
        return pa.map_(pa.string(), pa.string())
    if name in ("ops", "rules"):
        return pa.list_(pa.string())
    return pa.string()


def open_writer(path: Path, fmt: str | None = None) -> RecordWriter:
    """A writer for ``path`` in ``fmt`` (see :func:`output_format`)."""
    return ParquetWriter(path) if output_format(path, fmt) == "parquet" else JsonlWriter(path)

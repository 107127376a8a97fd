"""Export formats are registered by name, the way operators are, so a trainer's format is a plugin rather than an
edit of negagen.

A format is a callable ``(records, job) -> summary``. It writes ``records`` (the selected triplet records, an
iterator read once) to ``job.output`` and returns what the export reports besides the format, the output and the
drops: at least ``rows``. ``job.dropped`` fills while the records are read, so a format reads it only after the last
record. Most formats write one file: :func:`file_format` turns ``write(records, path, job) -> rows`` into a format
that refuses a name the format cannot write (before anything is read) and writes atomically, so an error leaves no
half file. Third-party packages add formats through the ``negagen_export_formats`` entry point group
(catalogue's convention).

This module holds the registry; the built-in formats and the lookup
(:func:`negagen.dataset.export.get_export_format`) are in :mod:`negagen.dataset.export`, which imports this module
and is never imported by it.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import catalogue

from ..atomic import atomic_path
from ..errors import ConfigError
from .writers import prepare_output

__all__ = [
    "ExportFormat",
    "ExportJob",
    "export_formats",
    "file_format",
    "register_export_format",
]

_NAMESPACE = ("negagen", "export_formats")
export_formats = catalogue.create(*_NAMESPACE, entry_points=True)


@dataclass(frozen=True)
class ExportJob:
    """What a format is told besides the records: where they come from and go, and what the selection dropped."""

    format: str
    source: Path
    output: Path
    license: str = "other"
    dropped: Counter = field(default_factory=Counter)  # (op, rule, reason) -> negatives; filled while reading


ExportFormat = Callable[[Iterator[dict[str, Any]], ExportJob], dict[str, Any]]
FileWriter = Callable[[Iterator[dict[str, Any]], Path, ExportJob], int]


def register_export_format(name: str) -> Callable[[ExportFormat], ExportFormat]:
    """Decorator: register ``export_format`` under ``name`` (``negagen export … --format NAME``)."""
    return export_formats.register(name)


def file_format(*suffixes: str) -> Callable[[FileWriter], ExportFormat]:
    """Decorator: a format that writes one file, from ``write(records, path, job) -> rows``.

    ``write`` writes to ``path``, a sibling of ``job.output`` renamed over it when ``write`` returns (read the
    suffix from ``job.output``). ``suffixes`` are the names it writes (lower case, with the dot); none: any name.
    """

    def wrap(write: FileWriter) -> ExportFormat:
        @functools.wraps(write)
        def export_file(records: Iterator[dict[str, Any]], job: ExportJob) -> dict[str, Any]:
            if suffixes and job.output.suffix.lower() not in suffixes:  # fe.csv would otherwise hold JSONL
                raise ConfigError(f"the {job.format} export writes {', '.join(suffixes)} files, "
                                  f"not {job.output.name!r}")  # fmt: skip
            prepare_output(job.output)
            with atomic_path(job.output) as partial:  # on an error no half file: an export is redone from its source
                rows = write(records, partial, job)
            return {"rows": rows}

        export_file.suffixes = suffixes  # type: ignore[attr-defined]
        return export_file

    return wrap

"""Training and evaluation pairs from files: line-aligned text files or a table with two text columns.

A pair source is a mapping, as written in a recipe:

* ``{"aligned": [FILE_A, FILE_B]}``: line ``i`` of ``FILE_A`` and line ``i`` of ``FILE_B`` are a pair (Multi30k's
  five captions of one image). ``.gz`` files are read as gzip.
* ``{"table": FILE, "anchor": COLUMN, "positive": COLUMN, "where": {COLUMN: VALUE}}``: a ``.tsv``/``.csv``/
  ``.jsonl``/``.parquet`` table; ``where`` keeps only rows whose columns equal the values (MSRP's ``Quality: "1"``).

Optional keys: ``limit`` (pairs kept after a seeded shuffle). Empty texts and pairs of identical texts are dropped.

The files are opened and parsed by :mod:`negagen.dataset.io` (``open_text``, ``read_table``), the one module that
reads negagen's inputs; this module only turns their lines and rows into pairs.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping, Sequence
from itertools import zip_longest
from pathlib import Path
from typing import Any

from ..dataset.io import open_text, read_table
from ..errors import ConfigError, InputError

__all__ = ["Pair", "load_pairs"]

Pair = tuple[str, str]
SOURCE_KEYS = {"aligned", "table", "anchor", "positive", "where", "limit"}


def load_pairs(sources: Sequence[Mapping[str, Any]], *, seed: int = 0) -> list[Pair]:
    """All pairs of ``sources``, each source shuffled with ``seed`` and cut to its ``limit``, in source order.

    Raises:
        ConfigError: a source is not one of the two kinds or has unknown keys.
        InputError: a file is missing, or lacks a named column.
    """
    pairs: list[Pair] = []
    for source in sources:
        unknown = set(source) - SOURCE_KEYS
        if unknown:
            raise ConfigError(f"unknown key(s) in a pair source: {', '.join(sorted(unknown))}")
        if "aligned" in source:
            found = list(_aligned(source["aligned"]))
        elif "table" in source:
            if "anchor" not in source or "positive" not in source:
                raise ConfigError(f"table source {source['table']}: name its 'anchor' and 'positive' columns")
            found = list(_table(Path(source["table"]), source["anchor"], source["positive"], source.get("where", {})))
        else:
            raise ConfigError("a pair source needs 'aligned: [FILE, FILE]' or 'table: FILE'")
        found = [(a.strip(), p.strip()) for a, p in found if a.strip() and p.strip() and a.strip() != p.strip()]
        random.Random(seed).shuffle(found)
        pairs.extend(found[: source.get("limit")])
    return pairs


def _aligned(files: Sequence[str]) -> Iterator[Pair]:
    if len(files) != 2:
        raise ConfigError("an aligned source names exactly two files")
    with open_text(Path(files[0])) as first, open_text(Path(files[1])) as second:
        for line, (anchor, positive) in enumerate(zip_longest(first, second), start=1):
            if anchor is None or positive is None:
                raise InputError(f"{files[0]} and {files[1]} differ in length after line {line - 1}")
            yield anchor.rstrip("\n"), positive.rstrip("\n")


def _table(path: Path, anchor: str, positive: str, where: Mapping[str, Any]) -> Iterator[Pair]:
    for row in read_table(path):
        missing = [c for c in (anchor, positive, *where) if c not in row]
        if missing:
            raise InputError(f"{path}: no column {missing[0]!r}; columns: {', '.join(map(str, row))}")
        if all(str(row[column]) == str(value) for column, value in where.items()):
            yield str(row[anchor]), str(row[positive])

"""Tables derived from WordNet, built once and cached as JSON under ``$NEGAGEN_CACHE`` (default
``~/.cache/negagen``): loading WordNet through NLTK costs seconds per process, reading a table milliseconds."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..atomic import atomic_write_text

__all__ = ["cache_dir", "cached_json", "write_json"]


def cache_dir() -> Path:
    return Path(os.environ.get("NEGAGEN_CACHE") or Path.home() / ".cache" / "negagen")


def cached_json(name: str, build: Callable[[], Any]) -> Any:
    """The JSON table ``name`` from the cache, built with ``build()`` and stored (atomically) when missing."""
    path = cache_dir() / name
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    table = build()
    write_json(path, table)
    return table


def write_json(path: Path, data: Any) -> None:
    """Write ``data`` as JSON (sorted keys) to ``path`` atomically: readers see the old file or the whole new one."""
    atomic_write_text(path, json.dumps(data, sort_keys=True), unique=True)  # processes may build it at once

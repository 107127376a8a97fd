"""Resumable, atomic output: a folder of complete shards and a manifest.

Input rows are assigned to shards by their line (row) number — shard ``k`` holds lines ``k*N+1 … (k+1)*N`` — so the
split does not depend on batch size or worker count. A shard is written to ``part-KKKKK.<ext>.partial`` and renamed
when its last line is done; only then does ``manifest.json`` (itself replaced atomically) list it, with its record
count, SHA-256 and the statistics of its lines. After a crash or Ctrl-C the same command reads the manifest, skips
the lines of the listed shards and continues, so the folder ends byte-identical to an uninterrupted run. A folder
holding a run with other options is refused rather than mixed.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ..about import __version__
from ..atomic import atomic_write_text
from ..errors import ConfigError
from .stats import GenerationStats
from .writers import RecordWriter, open_writer, prepare_output

__all__ = ["MANIFEST", "ShardedOutput"]

MANIFEST = "manifest.json"


class ShardedOutput:
    """Writes records into shards of ``shard_size`` input lines under ``folder``; see the module docstring."""

    def __init__(self, folder: Path, *, fmt: str, shard_size: int, config: dict[str, Any]) -> None:
        if shard_size < 1:
            raise ConfigError("shard size must be at least 1")
        if folder.exists() and not folder.is_dir():
            raise ConfigError(f"{folder} is a file; sharded output needs a folder")
        prepare_output(folder / MANIFEST)
        self.folder, self.fmt, self.shard_size = folder, fmt, shard_size
        self.config = {**config, "format": fmt, "shard_size": shard_size}
        self.config_hash = hashlib.sha256(json.dumps(self.config, sort_keys=True).encode()).hexdigest()
        self.shards: list[dict[str, Any]] = []
        self.complete = False
        manifest = folder / MANIFEST
        if manifest.is_file():
            previous = json.loads(manifest.read_text(encoding="utf-8"))
            if previous.get("config_hash") != self.config_hash:
                raise ConfigError(f"{folder} holds a run with other options; use a new folder")
            self.shards, self.complete = previous["shards"], previous.get("complete", False)
        for stale in folder.glob("*.partial"):  # a shard cut off by the crash: redone from its first line
            stale.unlink()
        self.done_lines = len(self.shards) * shard_size
        self._buckets: dict[int, GenerationStats] = {}
        self._writer: RecordWriter | None = None
        self._index = len(self.shards)

    def stats_for(self, line: int) -> GenerationStats:
        """The statistics of the shard ``line`` belongs to."""
        index = (line - 1) // self.shard_size
        return self._buckets.setdefault(index, GenerationStats(output=self._path(index)))

    def start_line(self, line: int) -> None:
        """Records of ``line`` follow: close every shard before its shard."""
        while (line - 1) // self.shard_size > self._index:
            self._close_shard()

    def write(self, record: dict[str, Any]) -> None:
        if self._writer is None:
            self._writer = open_writer(self._path(self._index), self.fmt).__enter__()
        self._writer.write(record)

    def finish(self, last_line: int) -> None:
        """Every line up to ``last_line`` is done: close the remaining shards and mark the run complete."""
        if last_line > self._index * self.shard_size or self._writer is not None:
            self.start_line(last_line)  # every shard before the last line's
            self._close_shard()  # and the last line's own
        self.complete = True
        self._save()

    def abandon(self) -> None:
        """Interrupted: drop the open shard (redone on resume); the manifest keeps the complete ones."""
        if self._writer is not None:
            self._writer.__exit__(KeyboardInterrupt, None, None)
            self._writer.partial.unlink(missing_ok=True)
            self._writer = None

    def totals(self) -> GenerationStats:
        """The statistics of every listed shard, added up."""
        total = GenerationStats(output=self.folder)
        for shard in self.shards:
            total.merge(GenerationStats.from_dict(shard["stats"], self.folder))
        return total

    def _path(self, index: int) -> Path:
        return self.folder / f"part-{index:05d}.{self.fmt}"

    def _close_shard(self) -> None:
        if self._writer is None:  # a shard whose lines gave no record still exists, empty
            self._writer = open_writer(self._path(self._index), self.fmt).__enter__()
        self._writer.__exit__(None, None, None)
        path = self._path(self._index)
        stats = self._buckets.pop(self._index, GenerationStats(output=path)).to_dict()
        del stats["seconds"], stats["output"]  # timings and paths differ between runs; counts do not
        self.shards.append({
            "file": path.name,
            "lines": [self._index * self.shard_size + 1, (self._index + 1) * self.shard_size],
            "records": self._writer.count,
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "stats": stats,
        })  # fmt: skip
        self._writer = None
        self._index += 1
        self._save()

    def _save(self) -> None:
        manifest = {"negagen_version": __version__, "config": self.config, "config_hash": self.config_hash,
                    "complete": self.complete, "shards": self.shards}  # fmt: skip
        atomic_write_text(self.folder / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))

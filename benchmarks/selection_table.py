"""The selectional-preference table the quality benchmarks score plausibility with, built once and cached.

It is counted from :func:`real_text.table_texts` (the shared sentences and the Wikipedia paragraphs and SciFact
abstracts that are *not* held out), never from the documents the benchmarks draw their sentences from. About
twelve minutes on two cores; afterwards a file read.

    python benchmarks/selection_table.py          # build (if missing) and print where it is
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from real_text import SHARED_DATA, table_texts

from negagen import load_pipeline
from negagen.resources.cache import cache_dir
from negagen.resources.selection import TABLE_VERSION, build_selection_table

TABLE = cache_dir() / f"selection-v{TABLE_VERSION}-benchmark.json"


def ensure_table(data: Path = SHARED_DATA, path: Path = TABLE) -> Path:
    """Build the benchmark table at ``path`` unless it is there; point ``NEGAGEN_SELECTION_TABLE`` at it."""
    if not path.is_file():
        print(f"building the selection table from {data} (once, about twelve minutes) …", file=sys.stderr)
        started = time.perf_counter()
        nlp = load_pipeline()
        build_selection_table(nlp.pipe(table_texts(data), batch_size=256, n_process=2), path)
        print(f"… {time.perf_counter() - started:.0f} s, {path}", file=sys.stderr)
    os.environ["NEGAGEN_SELECTION_TABLE"] = str(path)
    return path


if __name__ == "__main__":
    print(ensure_table())

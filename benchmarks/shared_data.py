"""Reading ../shared/data/sentences/ (source<TAB>sentence TSV parts) for the benchmark scripts."""

from __future__ import annotations

import random
from pathlib import Path

DEFAULT_SENTENCES = Path(__file__).resolve().parents[2] / "shared" / "data" / "sentences"


def read_sentences(data: Path = DEFAULT_SENTENCES) -> list[tuple[str, str]]:
    """All (source, sentence) rows of the TSV parts under ``data``; empty if there are none."""
    rows: list[tuple[str, str]] = []
    for part in sorted(data.glob("sentences_en.part*.tsv")):
        with part.open(encoding="utf-8") as stream:
            next(stream)  # header: source<TAB>sentence
            for line in stream:
                source, sentence = line.rstrip("\n").split("\t", 1)
                rows.append((source, sentence))
    return rows


def sample_sentences(data: Path, n: int, seed: int) -> list[tuple[str, str]]:
    """``n`` rows drawn with ``seed``: the same rows for the same data, ``n`` and seed."""
    rows = read_sentences(data)
    if not rows:
        raise SystemExit(f"no sentences_en.part*.tsv under {data}")
    return random.Random(seed).sample(rows, n)

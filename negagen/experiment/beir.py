"""BEIR-format retrieval data: ``corpus.jsonl`` (or ``.jsonl.gz``; ``_id``, ``title``, ``text``), ``queries.jsonl``
(``_id``, ``text``) and ``qrels/<split>.tsv`` (``query-id``, ``corpus-id``, ``score``); documents are
``title + " " + text`` as in BEIR. Only queries judged in the split are kept.

A reader, not a measure: evaluation (nDCG@10 of a model) and verification (nDCG@10 after reranking) read the same
folder, hence here.
"""

from __future__ import annotations

import csv
import gzip
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..errors import InputError

__all__ = ["load_beir"]


def _jsonl(path: Path) -> list[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _find(folder: Path, name: str) -> Path:
    for candidate in (folder / f"{name}.jsonl", folder / f"{name}.jsonl.gz"):
        if candidate.is_file():
            return candidate
    raise InputError(f"{folder} is not a BEIR folder: no {name}.jsonl or {name}.jsonl.gz")


def load_beir(folder: Path, split: str = "test") -> tuple[dict[str, str], dict[str, str], dict[str, set[str]]]:
    """``(queries, corpus, relevant)`` of a BEIR folder's ``split``; see the module docstring.

    Raises:
        InputError: a file is missing or the split has no judgments.
    """
    qrels = folder / "qrels" / f"{split}.tsv"
    if not qrels.is_file():
        raise InputError(f"{folder}: no qrels/{split}.tsv")
    relevant: dict[str, set[str]] = defaultdict(set)
    with qrels.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if float(row.get("score", 1)) > 0:
                relevant[str(row["query-id"])].add(str(row["corpus-id"]))
    if not relevant:
        raise InputError(f"{qrels} has no positive judgments")
    queries = {str(q["_id"]): q["text"] for q in _jsonl(_find(folder, "queries")) if str(q["_id"]) in relevant}
    corpus = {
        str(d["_id"]): (f"{d['title']} {d['text']}" if d.get("title") else d["text"])
        for d in _jsonl(_find(folder, "corpus"))
    }
    return queries, corpus, dict(relevant)

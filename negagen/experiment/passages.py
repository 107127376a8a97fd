"""Passage-level training and test sets from real retrieval pairs (``negagen passages``).

=============================== ============================================================================
source                          pairs
=============================== ============================================================================
SQuAD over Wikipedia            ``questions.jsonl`` (``query``, ``passage_id``, ``answer``) → the paragraph of
                                ``paragraphs.jsonl`` (``_id``, ``title``, ``text``); grouped by article
SciFact (BEIR)                  a claim of ``qrels/<split>.tsv`` → each abstract it cites (``title text``);
                                grouped by abstract
=============================== ============================================================================

Held-out articles are chosen by a seeded hash of their names, never by hand, and are kept out of every training
file: what a model is tested on was never edited for it in training. SciFact's test claims are evaluation only
(the retrieval benchmark), so only ``train`` claims enter the training files.

Files written into ``out``:

=============================== ============================================================================
file                            rows
=============================== ============================================================================
``train_pairs.jsonl``           ``query``, ``passage`` of the training articles (+ SciFact train claims)
``train_negatives.jsonl``       their passage- and query-side records (:mod:`negagen.dataset.passages`)
``heldout_pairs.jsonl``         the same for the held-out articles
``heldout_negatives.jsonl``     the transfer test: their records
``manifest.json``               sources, ops, seed, the held-out articles and counts
=============================== ============================================================================
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..atomic import atomic_write_text
from ..dataset.io import read_table
from ..dataset.passages import QueryPassage, passage_negatives, split_by_group
from ..errors import ConfigError, InputError
from .beir import load_beir

__all__ = [
    "build_passage_sets",
    "held_out_groups",
    "passage_rows",
    "read_checked",
    "scifact_pairs",
    "squad_pairs",
]


def read_checked(path: Path, columns: set[str]) -> Iterator[dict[str, Any]]:
    """The rows of ``path``, each checked for ``columns`` (a wrong file is one line, not a KeyError)."""
    for number, row in enumerate(read_table(path), start=1):
        missing = columns - set(row)
        if missing:
            raise InputError(f"{path}, row {number}: no {', '.join(sorted(missing))} column")
        yield row


def squad_pairs(questions: Path, paragraphs: Path) -> list[QueryPassage]:
    """SQuAD questions and the Wikipedia paragraph each is about, grouped by article title."""
    texts = {str(row["_id"]): row for row in read_checked(paragraphs, {"_id", "title", "text"})}
    pairs = []
    for row in read_checked(questions, {"query", "passage_id"}):
        paragraph = texts.get(str(row["passage_id"]))
        if paragraph is None:
            raise InputError(f"{questions}: passage {row['passage_id']!r} is not in {paragraphs}")
        pairs.append(QueryPassage(row["query"], paragraph["text"], str(row["passage_id"]), paragraph["title"],
                                  row.get("answer") or None))  # fmt: skip
    return pairs


def scifact_pairs(folder: Path, split: str = "train") -> list[QueryPassage]:
    """SciFact claims and the abstracts they cite (``title text``, as the retrieval benchmark reads them)."""
    queries, corpus, relevant = load_beir(folder, split)
    return [QueryPassage(queries[q], corpus[d], d, f"scifact:{d}", None, q)
            for q in sorted(relevant, key=_numeric) for d in sorted(relevant[q]) if d in corpus]  # fmt: skip


def _numeric(key: str) -> tuple[int, str]:
    return (int(key), key) if key.isdigit() else (0, key)


def held_out_groups(groups: Sequence[str], n: int, seed: int) -> list[str]:
    """``n`` of ``groups`` chosen by a seeded hash (the same for the same names and seed, whatever their order)."""
    unique = sorted(set(groups))
    if not 0 < n < len(unique):
        raise ConfigError(f"held-out articles must be between 1 and {len(unique) - 1}, not {n}")
    rank = sorted(unique, key=lambda g: hashlib.blake2b(f"{seed}\x1f{g}".encode(), digest_size=8).digest())
    return sorted(rank[:n])


def _write_jsonl(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    atomic_write_text(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


def build_passage_sets(
    out: Path,
    *,
    squad_questions: Path,
    squad_paragraphs: Path,
    scifact: Path | None = None,
    ops: Sequence[str] = ("negation", "role_swap", "reorder", "relation_flip", "antonym"),
    held_out: int = 6,
    seed: int = 0,
    nlp: Language,
) -> dict[str, Any]:
    """Write the training and held-out passage files into ``out`` (see the module docstring); returns the
    manifest."""
    squad = squad_pairs(squad_questions, squad_paragraphs)
    kept_out = held_out_groups([p.group for p in squad], held_out, seed)
    train, test = split_by_group(squad, kept_out)
    if scifact is not None:
        train += scifact_pairs(scifact, "train")
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, Any] = {"ops": list(ops), "seed": seed, "held_out_articles": kept_out,
                                "sources": {"squad_questions": str(squad_questions),
                                            "squad_paragraphs": str(squad_paragraphs),
                                            "scifact": str(scifact) if scifact else None}}  # fmt: skip
    for name, pairs in (("train", train), ("heldout", test)):
        records = list(passage_negatives(pairs, ops, nlp=nlp, seed=seed))
        _write_jsonl(out / f"{name}_pairs.jsonl", [{"query": p.query, "passage": p.passage, "group": p.group}
                                                   for p in pairs])  # fmt: skip
        _write_jsonl(out / f"{name}_negatives.jsonl", records)
        counts: dict[str, Counter] = defaultdict(Counter)
        for record in records:
            counts[record["side"]][record["op"]] += 1
        manifest[name] = {"pairs": len(pairs), "groups": len({p.group for p in pairs}),
                          "negatives": {side: dict(sorted(c.items())) for side, c in sorted(counts.items())},
                          "located_by": dict(Counter(r["located_by"] for r in records
                                                     if r["side"] == "passage"))}  # fmt: skip
    atomic_write_text(out / "manifest.json", json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    return manifest


def passage_rows(path: Path, sides: Sequence[str] = ("passage",)) -> list[dict[str, str]]:
    """Training rows from a negatives file, of the records whose ``side`` is in ``sides``: ``passage`` → (query,
    passage, edited passage); ``query`` → (passage, query, edited query), a near-miss of what is asked against the
    passage that answers the real one.

    Raises:
        ConfigError: a side other than ``passage`` and ``query``.
    """
    if set(sides) - {"passage", "query"} or not sides:
        raise ConfigError(f"structural sides are passage and/or query, not {', '.join(sides) or 'none'}")
    rows = []
    for record in read_checked(path, {"query", "passage", "negative", "side"}):
        if record["side"] not in sides:
            continue
        if record["side"] == "passage":
            rows.append({"anchor": record["query"], "positive": record["passage"], "negative": record["negative"]})
        else:
            rows.append({"anchor": record["passage"], "positive": record["query"], "negative": record["negative"]})
    return rows


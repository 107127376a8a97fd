"""Sentences from real scientific and encyclopedic text, for judging operators outside image captions.

Three domains, read from ``../shared/data/`` at run time and split into sentences with the project's own pipeline:

| domain    | source                                         | unit drawn            |
|-----------|------------------------------------------------|-----------------------|
| wikipedia | ``passages/wikipedia_squad.jsonl`` (913 paras) | a sentence of a para  |
| abstracts | ``scifact/corpus.jsonl.gz`` (5,183 abstracts)  | a sentence of an abstract |
| claims    | ``scifact/queries.jsonl`` (1,109 claims)       | a claim               |

A draw is seeded: the same data, ``n`` and seed give the same sentences in the same order.

Sentences are drawn only from *held-out* documents (:func:`held_out`: 5 of the 24 Wikipedia articles, a quarter of
the abstracts, chosen by a hash of the title or id), because the selectional-preference table that scores
plausibility is counted from the other documents (:func:`table_texts`): a judged sentence's own word pairs are
never in the table that judges it.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import random
from collections.abc import Iterator
from pathlib import Path

from spacy.language import Language

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DOMAINS = ("wikipedia", "abstracts", "claims")
MIN_WORDS = 4  # shorter pieces are headers, figure labels or parser splits, not sentences


def held_out(key: str) -> bool:
    """Whether the document with this title (Wikipedia) or id (SciFact) is kept out of the selection table."""
    return hashlib.sha1(key.encode("utf-8")).digest()[0] % 4 == 0


def table_texts(data: Path = SHARED_DATA) -> Iterator[str]:
    """The texts the benchmark's selection table is counted from: every shared sentence (captions, STS, MSRP,
    SICK) and the Wikipedia paragraphs and SciFact abstracts that are not held out."""
    for part in sorted((data / "sentences").glob("sentences_en.part*.tsv")):
        with part.open(encoding="utf-8", newline="") as stream:
            yield from (row["sentence"] for row in csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    yield from (row["text"] for row in _read_jsonl(data / "passages" / "wikipedia_squad.jsonl")
                if not held_out(row["title"]))  # fmt: skip
    yield from (row["text"] for row in _read_jsonl(data / "scifact" / "corpus.jsonl.gz") if not held_out(row["_id"]))


def _read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def _split(nlp: Language, texts: list[str]) -> list[str]:
    sentences = []
    for doc in nlp.pipe(texts, batch_size=64):
        sentences += [s.text.strip() for s in doc.sents if len(s.text.split()) >= MIN_WORDS]
    return sentences


def draw_sentences(domain: str, n: int, seed: int, nlp: Language, data: Path = SHARED_DATA) -> list[str]:
    """``n`` sentences of ``domain`` drawn with ``seed`` (fewer if the domain has fewer).

    Paragraphs and abstracts are drawn first (in seeded order, until they hold about ``2 n`` sentences) and then
    ``n`` of their sentences, so a draw does not parse all 5,183 abstracts.
    """
    rng = random.Random(f"{seed}:{domain}")
    if domain == "claims":
        claims = sorted({row["text"].strip() for row in _read_jsonl(data / "scifact" / "queries.jsonl")})
        return rng.sample(claims, min(n, len(claims)))
    if domain == "wikipedia":
        docs = [row["text"] for row in _read_jsonl(data / "passages" / "wikipedia_squad.jsonl")
                if held_out(row["title"])]  # fmt: skip
    elif domain == "abstracts":
        docs = [row["text"] for row in _read_jsonl(data / "scifact" / "corpus.jsonl.gz") if held_out(row["_id"])]
    else:
        raise SystemExit(f"unknown domain {domain!r}; one of {', '.join(DOMAINS)}")
    rng.shuffle(docs)
    pool: list[str] = []
    for start in range(0, len(docs), 32):
        pool += _split(nlp, docs[start : start + 32])
        if len(pool) >= 2 * n:
            break
    pool = sorted(set(pool))
    return rng.sample(pool, min(n, len(pool)))

"""Sentences from real scientific and encyclopedic text, for judging operators outside image captions.

Three domains, read from ``../shared/data/`` at run time and split into sentences with the project's own pipeline:

| domain    | source                                         | unit drawn            |
|-----------|------------------------------------------------|-----------------------|
| wikipedia | ``passages/wikipedia_squad.jsonl`` (913 paras) | a sentence of a para  |
| abstracts | ``scifact/corpus.jsonl.gz`` (5,183 abstracts)  | a sentence of an abstract |
| claims    | ``scifact/queries.jsonl`` (1,109 claims)       | a claim               |

A draw is seeded: the same data, ``n`` and seed give the same sentences in the same order.
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

from spacy.language import Language

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DOMAINS = ("wikipedia", "abstracts", "claims")
MIN_WORDS = 4  # shorter pieces are headers, figure labels or parser splits, not sentences


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
        docs = [row["text"] for row in _read_jsonl(data / "passages" / "wikipedia_squad.jsonl")]
    elif domain == "abstracts":
        docs = [row["text"] for row in _read_jsonl(data / "scifact" / "corpus.jsonl.gz")]
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

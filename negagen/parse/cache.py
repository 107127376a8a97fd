"""A parse cache: Docs stored as spaCy ``DocBin`` shards, keyed by text hash and pipeline name/version.

A second run over the same corpus (other operators, another seed) then skips the parser, which is nearly all of
the cost. Each shard is a ``shard-NNNNN.spacy`` file with a ``.keys`` file listing the SHA-1 of its texts in order;
both are written under temporary names and renamed, the keys last, so a crash never leaves a shard that is listed
but incomplete. A pipeline of another name or version gets its own sub-folder: cached parses never leak across
models.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from ..atomic import atomic_path, atomic_write_text

__all__ = ["ParseCache", "parse_with_cache"]

CHUNK = 2048  # texts looked up and (for misses) parsed and stored together


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class ParseCache:
    """The cache folder of one pipeline; see the module docstring."""

    def __init__(self, folder: Path, nlp: Language) -> None:
        meta = nlp.meta
        self.folder = folder / f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.vocab = nlp.vocab
        self.index: dict[str, tuple[str, int]] = {}
        for keys in sorted(self.folder.glob("shard-*.keys")):
            for position, key in enumerate(keys.read_text(encoding="ascii").split()):
                self.index.setdefault(key, (keys.stem, position))
        self._next = len(list(self.folder.glob("shard-*.keys")))
        self._loaded: tuple[str, list[Doc]] | None = None  # one shard at a time: reads follow write order
        self.hits = self.misses = 0

    def get(self, text: str) -> Doc | None:
        found = self.index.get(_key(text))
        if found is None:
            return None
        shard, position = found
        if self._loaded is None or self._loaded[0] != shard:
            doc_bin = DocBin().from_bytes((self.folder / f"{shard}.spacy").read_bytes())
            self._loaded = (shard, list(doc_bin.get_docs(self.vocab)))
        doc = self._loaded[1][position]
        return doc if doc.text == text else None  # a hash collision would be caught here

    def put(self, docs: list[Doc]) -> None:
        if not docs:
            return
        stem = f"shard-{self._next:05d}"
        self._next += 1
        doc_bin = DocBin(docs=docs)
        with atomic_path(self.folder / f"{stem}.spacy") as partial:
            partial.write_bytes(doc_bin.to_bytes())
        atomic_write_text(self.folder / f"{stem}.keys", "\n".join(_key(doc.text) for doc in docs), encoding="ascii")
        for position, doc in enumerate(docs):
            self.index.setdefault(_key(doc.text), (stem, position))


def parse_with_cache(
    nlp: Language, texts: Iterable[str], cache: ParseCache, *, batch_size: int = 256, n_process: int = 1
) -> Iterator[Doc]:
    """Docs for ``texts`` in order: from the cache where present, parsed (and stored) otherwise."""
    stream = iter(texts)
    while chunk := list(islice(stream, CHUNK)):
        cached = [cache.get(text) for text in chunk]
        missing = [text for text, doc in zip(chunk, cached, strict=True) if doc is None]
        cache.hits += len(chunk) - len(missing)
        cache.misses += len(missing)
        parsed = list(nlp.pipe(missing, batch_size=batch_size, n_process=n_process)) if missing else []
        cache.put(parsed)
        fresh = iter(parsed)
        for doc in cached:
            yield doc if doc is not None else next(fresh)

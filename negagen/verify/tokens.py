"""Token embeddings of a sentence-transformers encoder, unit length, cached per text (shared by verifiers)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["TokenEmbeddings"]


class TokenEmbeddings:
    """``get(texts, limit)`` → one [tokens, dim] tensor per text (the first ``limit`` tokens, special ones
    included); cached unless ``grad`` (end-to-end training needs fresh, differentiable ones)."""

    def __init__(self, model: Any, *, batch_size: int = 32) -> None:
        self.model, self.batch_size = model, batch_size
        self._cache: dict[str, Any] = {}

    def encode(self, texts: list[str], grad: bool) -> list[Any]:
        import torch

        # sentence-transformers >= 5.4 names it preprocess; tokenize is its deprecated alias.
        prepare = getattr(self.model, "preprocess", None) or self.model.tokenize
        features = prepare(texts)
        with torch.set_grad_enabled(grad):
            output = self.model(features)
        tokens = torch.nn.functional.normalize(output["token_embeddings"], dim=-1)
        lengths = output["attention_mask"].sum(dim=1).tolist()
        return [tokens[i, : int(n)] for i, n in enumerate(lengths)]

    def get(self, texts: Sequence[str], limit: int | None = None, *, grad: bool = False) -> list[Any]:
        if grad:
            # Training scores every anchor against every candidate of the batch: encode each distinct text once
            # (the gradient flows back through the shared tensor), not once per pair.
            distinct = list(dict.fromkeys(texts))
            encoded = dict(zip(distinct, self.encode(distinct, grad=True), strict=True))
            return [encoded[t][:limit] for t in texts]
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        for start in range(0, len(missing), self.batch_size):
            chunk = missing[start : start + self.batch_size]
            for text, tokens in zip(chunk, self.encode(chunk, grad=False), strict=True):
                self._cache[text] = tokens.detach()
        return [self._cache[t][:limit] for t in texts]

    def clear(self) -> None:
        self._cache.clear()

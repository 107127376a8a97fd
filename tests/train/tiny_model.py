"""Tiny offline sentence-transformers models for tests: no downloads, CPU, seconds."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path


def word_vocab(texts: Iterable[str]) -> dict[str, int]:
    words = sorted({w for t in texts for w in re.findall(r"\w+|[^\w\s]", t.lower())})
    return {"[UNK]": 0, "[PAD]": 1, **{w: i + 2 for i, w in enumerate(words)}}


def static_model(texts: Iterable[str], folder: Path, dim: int = 16, seed: int = 0) -> Path:
    """A bag-of-words model (mean of random word vectors), saved to ``folder``; blind to word order."""
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import StaticEmbedding
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

    tokenizer = Tokenizer(models.WordLevel(vocab=word_vocab(texts), unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.Lowercase()
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    torch.manual_seed(seed)
    model = SentenceTransformer(modules=[StaticEmbedding(tokenizer, embedding_dim=dim)], device="cpu")
    model.save(str(folder))
    return folder


def tiny_bert(texts: Iterable[str], folder: Path, seed: int = 0) -> Path:
    """A one-layer, 16-dimensional random BERT with mean pooling: token embeddings for verifier tests."""
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers import BertConfig, BertModel, BertTokenizerFast

    folder.mkdir(parents=True, exist_ok=True)
    words = sorted({w for t in texts for w in re.findall(r"\w+|[^\w\s]", t.lower())})
    (folder / "vocab.txt").write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *words]) + "\n")
    tokenizer = BertTokenizerFast(vocab_file=str(folder / "vocab.txt"), do_lower_case=True)
    torch.manual_seed(seed)
    config = BertConfig(vocab_size=len(words) + 5, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=256)  # fmt: skip
    BertModel(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    model = SentenceTransformer(str(folder), device="cpu")
    model.save(str(folder))
    return folder

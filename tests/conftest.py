"""Shared fixtures. Tests never touch the network: the Hub is switched off before anything imports it."""

from __future__ import annotations

import os
import tempfile

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"
# A fresh antonym-table cache per run: the table is rebuilt from WordNet once, so its builder is tested too.
os.environ["NEGAGEN_CACHE"] = tempfile.mkdtemp(prefix="negagen-test-cache-")
os.environ.pop("NEGAGEN_SELECTION_TABLE", None)  # tests build their own tiny table where they need one

import pytest
from spacy.tokens import Doc

from negagen.parse import load_pipeline


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline, loaded once per session (load_pipeline caches it)."""
    return load_pipeline()


@pytest.fixture(scope="session")
def vocab(nlp):
    return nlp.vocab


def make_doc(vocab, words: list[str], spaces: list[bool] | None = None) -> Doc:
    """A hand-built Doc (tokens and whitespace only) for tests of text mechanics."""
    return Doc(vocab, words=words, spaces=spaces)

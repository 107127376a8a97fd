"""The bag-of-words test: can word counts alone separate a triplet's positive from its negative?

=============== ===============================================================================================
share           meaning
=============== ===============================================================================================
``same_bag``    the negative has the same multiset of words as the positive or the anchor: a bag-of-words
                model cannot tell them apart (the hard ones; word-order edits)
``bow_easy``    a bag-of-words cosine already ranks the positive above the negative for the anchor (the easy
                ones; a lexical retriever such as BM25 would not need the training)
=============== ===============================================================================================
"""

from __future__ import annotations

import math
import re
from collections import Counter

__all__ = ["bag", "bow_cosine", "bow_easy", "same_bag"]

_WORD = re.compile(r"\w+|[^\w\s]")


def bag(text: str) -> Counter:
    """The multiset of lower-cased words and punctuation marks of ``text``."""
    return Counter(_WORD.findall(text.lower()))


def bow_cosine(a: Counter, b: Counter) -> float:
    dot = sum(n * b[word] for word, n in a.items())
    norm = math.sqrt(sum(n * n for n in a.values())) * math.sqrt(sum(n * n for n in b.values()))
    return dot / norm if norm else 0.0


def same_bag(anchor: str, positive: str, negative: str) -> bool:
    negative_bag = bag(negative)
    return negative_bag == bag(positive) or negative_bag == bag(anchor)


def bow_easy(anchor: str, positive: str, negative: str) -> bool:
    """Whether the positive's cosine to the anchor beats the negative's (a tie is not easy)."""
    anchor_bag = bag(anchor)
    return bow_cosine(anchor_bag, bag(positive)) > bow_cosine(anchor_bag, bag(negative))

"""One pass over a sentence's tokens, shared by every operator.

Each token access on a spaCy Doc builds a Python object, and the parser is the only cost allowed to matter, so
the facts several operators need (lower-cased words, coarse tags, a few flags) are read once per sentence and
cached; operators then touch ``Token`` objects only at the positions that can matter to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

__all__ = ["CONTRACTION_CLITICS", "SentenceScan", "scan"]

# Clitic spellings of "not" and the auxiliaries ("n't", "'s", "'ll"…), as spaCy tokenises them.
CONTRACTION_CLITICS = frozenset({"n't", "'s", "'re", "'m", "'ve", "'ll", "'d"})


@dataclass(frozen=True)
class SentenceScan:
    """Facts about one sentence. ``words[k]`` and ``pos[k]`` describe ``sentence[k]``; ``deps`` lets an operator
    skip a sentence that lacks the construction it edits.

    ``lowered`` holds the words joined by single spaces with a space at each end, so a phrase of whole tokens is
    found with ``f" {phrase} " in lowered``.
    """

    words: tuple[str, ...]  # lower-cased, typographic apostrophes made plain
    pos: tuple[str, ...]
    deps: frozenset[str]  # the dependency labels that occur
    lowered: str
    title_case_verb: bool  # a capitalised verb mid-sentence: a Title Case headline
    contracted: bool  # the sentence already writes a contracted auxiliary


@lru_cache(maxsize=8)
def scan(sentence: Span) -> SentenceScan:
    """One pass over ``sentence`` (cached per sentence: several operators read the same facts)."""
    words, pos, deps = [], [], set()
    title_case_verb = contracted = False
    start = sentence.start
    for t in sentence:
        low = t.lower_.replace("\u2019", "'")
        words.append(low)
        pos.append(t.pos_)
        deps.add(t.dep_)
        if t.i > start and t.is_title and t.pos_ in ("VERB", "AUX"):
            title_case_verb = True
        if low in CONTRACTION_CLITICS and t.tag_ != "POS":
            contracted = True
    lowered = " " + " ".join(words) + " "
    return SentenceScan(tuple(words), tuple(pos), frozenset(deps), lowered, title_case_verb, contracted)

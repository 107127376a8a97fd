"""The antonym table: WordNet's direct antonyms of each word's most frequent sense, precomputed once and cached.

Reading WordNet through NLTK takes seconds; the table is built once per WordNet version and stored as JSON under
``$NEGAGEN_CACHE`` (default ``~/.cache/negagen``). Sense choice is the simple, documented stand-in for word-sense
disambiguation: the part of speech comes from the parse, and within it a word's most frequent senses are trusted,
preferring an antonym that is mutual ("hot soup" → "cold soup", not the "stolen" sense of hot).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .cache import cache_dir, cached_json
from .trusted_antonyms import CURATED, INTRANSITIVE, UNTRUSTED, is_morphological
from .wordnet import INSTALL_HINT, WordNetNotFoundError, wordnet_path

__all__ = ["PERTAINYM", "TABLE_VERSION", "TRANSITIVE", "antonym_table", "cache_path", "trusted_table"]

TABLE_VERSION = 4
MAX_SENSES = 3  # senses of a word considered, most frequent first
POS = {"a": "ADJ", "s": "ADJ", "r": "ADV", "v": "VERB", "n": "NOUN"}
TRANSITIVE = "VERB_TRANSITIVE"  # the antonym verbs that take a direct object
PERTAINYM = "ADJ_PERTAINYM"  # adjectives whose first or second sense classifies ("vascular", "human", "legal")


def cache_path() -> Path:
    return cache_dir() / f"antonyms-wn30-v{TABLE_VERSION}.json"


@lru_cache(maxsize=1)
def antonym_table() -> dict[str, dict[str, str]]:
    """``{universal POS: {lemma: antonym}}`` for single-word lemmas with a trusted direct antonym, plus
    ``{TRANSITIVE: {verb: ""}}`` listing antonym verbs that take a direct object.

    Raises:
        WordNetNotFoundError: the table is not cached and NLTK cannot find WordNet.
    """
    return cached_json(cache_path().name, _build)


@lru_cache(maxsize=1)
def trusted_table() -> dict[str, dict[str, str]]:
    """The antonyms the operator uses (see :mod:`negagen.resources.trusted_antonyms`): WordNet's adjective and
    adverb antonyms that are the word with a negative prefix (or without it), and the curated pairs; the curated
    verbs that take an object under ``TRANSITIVE``.

    Raises:
        WordNetNotFoundError: as :func:`antonym_table`.
    """
    wordnet = antonym_table()
    table: dict[str, dict[str, str]] = {}
    for pos in ("ADJ", "ADV", "NOUN", "VERB"):
        morphological = {
            word: antonym
            for word, antonym in wordnet.get(pos, {}).items()
            if pos in ("ADJ", "ADV") and is_morphological(word, antonym) and not {word, antonym} & UNTRUSTED
        }
        table[pos] = {**morphological, **CURATED.get(pos, {})}
        if pos == "ADJ":  # relational adjectives stay out unless curated
            table[pos] = {w: a for w, a in table[pos].items() if w not in wordnet.get(PERTAINYM, {})
                          or w in CURATED.get(pos, {})}  # fmt: skip
    table[TRANSITIVE] = {verb: "" for verb in sorted(set(table["VERB"].values()) - INTRANSITIVE)}
    return table


def _build() -> dict[str, dict[str, str]]:
    if wordnet_path() is None:
        raise WordNetNotFoundError(f"NLTK cannot find WordNet; {INSTALL_HINT}")
    from nltk.corpus import wordnet as wn

    # (pos, word) -> [(sense rank, antonym)] over the word's most frequent senses
    candidates: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for synset in wn.all_synsets():
        for lemma in synset.lemmas():
            name = lemma.name()
            if not lemma.antonyms() or not name.isalpha() or name.lower() != name:
                continue
            senses = wn.synsets(name, pos=synset.pos())
            rank = senses.index(synset) if synset in senses else MAX_SENSES
            if rank >= MAX_SENSES:
                continue
            for antonym in lemma.antonyms():
                if antonym.name().isalpha():
                    candidates.setdefault((POS[synset.pos()], name), []).append((rank, antonym.name()))
    first_sense = {key: {t for rank, t in pairs if rank == 0} for key, pairs in candidates.items()}
    table: dict[str, dict[str, str]] = {pos: {} for pos in sorted(set(POS.values()))}
    for (pos, name), pairs in sorted(candidates.items()):
        pairs.sort()
        # An antonym whose own most frequent sense points back wins ("early" → "late", not "middle"; "lose" →
        # "win", not "keep"); otherwise only an antonym of the word's most frequent sense is trusted.
        mutual = [t for _, t in pairs if name in first_sense.get((pos, t), ())]
        if mutual:
            table[pos][name] = mutual[0]
        elif pairs[0][0] == 0:
            table[pos][name] = pairs[0][1]
    # Verbs whose most frequent sense takes an object: "failed the exam" must not become "succeeded the exam".
    table[TRANSITIVE] = {verb: "" for verb in sorted(set(table["VERB"].values())) if _transitive(wn, verb)}
    # "vascular endothelial cells", "human papillomavirus", "legal implications": a relational adjective names a
    # kind, and its prefixed antonym ("avascular", "nonhuman", "illegal") names no contrasting kind of it.
    table[PERTAINYM] = {adjective: "" for adjective in sorted(table["ADJ"])
                        if any(s.lexname() == "adj.pert" for s in wn.synsets(adjective, pos="a")[:2])}  # fmt: skip
    return table


def _transitive(wn, verb: str) -> bool:
    senses = wn.synsets(verb, pos="v")
    if not senses:
        return False
    frames = [f for lemma in senses[0].lemmas() if lemma.name() == verb for f in lemma.frame_strings()]
    return any(f" {verb} somebody" in f or f" {verb} something" in f for f in frames)

"""Is a noun a living being? WordNet's lexicographer file of the noun's most frequent sense says so
(``noun.person``, ``noun.animal``); without WordNet, a small word list and agent-noun endings stand in."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..morphology import lemma
from .cache import cached_json

__all__ = ["animate", "animate_noun"]

ANIMATE_FILES = frozenset({"noun.person", "noun.animal"})
ANIMATE_NOUNS = frozenset(
    {"man", "men", "woman", "women", "boy", "boys", "girl", "girls", "child", "children", "kid", "kids", "baby",
     "babies", "person", "people", "dog", "dogs", "cat", "cats", "horse", "horses", "bird", "birds", "cow", "cows",
     "mother", "father", "parent", "parents", "brother", "sister", "friend", "friends", "family", "team", "crowd",
     "police", "officer", "officers", "doctor", "nurse", "teacher", "student", "students", "player", "players",
     "wife", "husband", "son", "daughter", "king", "queen", "president", "government", "company", "committee",
     "judge", "jury", "soldier", "soldiers", "guy", "lady", "gentleman", "animal", "animals", "lion", "tiger",
     "wolf", "bear", "mouse", "snake", "fish", "audience", "coach", "worker", "workers", "farmer", "chef",
     "customer", "manager", "boss", "minister", "senator", "council", "voters", "author", "artist", "singer",
     "zebra", "pigeon", "duck", "sheep", "goat", "pig", "chicken", "rabbit", "deer", "fox", "monkey", "elephant",
     "giraffe", "shark", "whale", "dolphin", "insect", "bee", "worm", "spider", "frog", "puppy", "kitten", "owl",
     "eagle", "grandmother", "grandfather", "suspect", "victim", "thief", "army", "enemy", "neighbour", "neighbor"}
)  # fmt: skip
# Agent-noun endings (teacher, actor, scientist, musician) and common words that only look like them.
PERSON_SUFFIXES = ("er", "or", "ist", "ian")
NOT_PERSONS = frozenset(
    {"paper", "letter", "water", "computer", "number", "river", "corner", "color", "colour", "floor", "door",
     "tower", "flower", "weather", "center", "centre", "winter", "summer", "dinner", "order", "error", "mirror",
     "motor", "sector", "factor", "tractor", "elevator", "poster", "sweater", "ladder", "butter", "matter",
     "power", "shower", "finger", "liver", "silver", "answer", "cancer", "chapter", "character", "monitor",
     "container", "trailer", "printer", "heater", "cooler", "blender", "sticker", "marker", "folder", "cluster",
     "chamber", "border", "barrier", "banner", "helicopter", "calculator", "radiator", "refrigerator", "razor",
     "scissor", "anchor", "harbor", "harbour", "cover", "wrapper", "locker", "counter"}
)
# Heads whose animacy is their members' ("a group of cyclists", "a lot of people").
QUANTITY_HEADS = frozenset({"lot", "lots", "group", "number", "couple", "pair", "bunch", "crowd", "handful", "few"})
ANIMATE_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they", "me", "him", "her", "us", "them", "who"})


TABLE_VERSION = 1


@lru_cache(maxsize=1)
def _noun_table() -> dict[str, bool] | None:
    """``{noun lemma: most frequent sense is a person or animal}`` for WordNet's single-word nouns (cached)."""
    from .wordnet import wordnet_path

    if wordnet_path() is None:
        return None
    return cached_json(f"animacy-wn30-v{TABLE_VERSION}.json", _build_noun_table)


def _build_noun_table() -> dict[str, bool]:
    from nltk.corpus import wordnet as wn

    return {
        name: wn.synsets(name, pos="n")[0].lexname() in ANIMATE_FILES
        for name in wn.all_lemma_names(pos="n")
        if "_" not in name
    }


# NLTK's morphy rules for nouns, applied once as ``wn.synsets`` does: "tutus" → "tutu" when the parse left a plural.
NOUN_ENDINGS = (("s", ""), ("ses", "s"), ("ves", "f"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
                ("men", "man"), ("ies", "y"))  # fmt: skip


def animate_noun(noun: str) -> bool | None:
    """``True``/``False`` for a noun lemma WordNet knows, ``None`` when it does not know it or is not installed.

    The answer is ``wn.synsets(noun, pos="n")[0]``'s, read from a cached table instead of WordNet itself.
    """
    table = _noun_table()
    if table is None:
        return None
    key = noun.lower()
    forms = [key, *(key[: -len(old)] + new for old, new in NOUN_ENDINGS if key.endswith(old))]
    return next((table[form] for form in forms if form in table), None)


def animate(head: Token) -> bool:
    """Whether the noun phrase headed by ``head`` denotes a living being (pronouns, names, WordNet, lists)."""
    low = head.lower_
    if low in QUANTITY_HEADS:  # "a group of cyclists": the group is as alive as its members
        members = next((o for c in head.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None)
        if members is not None:
            return animate(members)
    if low in ANIMATE_PRONOUNS or head.pos_ == "PROPN":
        return True  # names are mostly people's; without entity labels that is the safer guess
    if head.pos_ != "NOUN":
        return False
    singular = lemma(low, "NOUN")
    known = animate_noun(singular)  # WordNet's noun.person / noun.animal, when installed
    if known is not None:
        return known
    if low in ANIMATE_NOUNS or singular in ANIMATE_NOUNS:
        return True
    return singular.endswith(PERSON_SUFFIXES) and singular not in NOT_PERSONS

"""Inflection, articles and letter case: the word-level repairs every operator needs.

Verb forms come from lemminflect (a tested English lexicon with out-of-vocabulary rules), not hand tables.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllInflections, getInflection, getLemma
from spacy.tokens import Token

__all__ = [
    "base_form",
    "indefinite_article",
    "inflect",
    "inflections",
    "lemma",
    "lower_first",
    "match_case",
    "upper_first",
]

# Words whose first letter is a vowel but whose sound is not ("a university"), and the reverse ("an hour").
_CONSONANT_SOUND = ("uni", "use", "usu", "uti", "eu", "one", "once", "ewe", "ure", "uro", "ubi", "ufo")
_VOWEL_SOUND = ("hour", "honest", "honor", "honour", "heir", "herb")
_NEGATED_VOWEL = ("unim", "unin", "unid")  # un- before a vowel: unimportant, uninformed, unidentified
_UNI_WORDS = ("unimodal", "unidirectional")


@lru_cache(maxsize=65536)
def lemma(word: str, upos: str = "VERB") -> str:
    """The lemma of lower-case ``word`` as part of speech ``upos`` (cached: lemminflect copies its answers)."""
    lemmas = getLemma(word, upos=upos)
    return lemmas[0] if lemmas else word


@lru_cache(maxsize=16384)
def inflections(lemma_: str, upos: str) -> dict[str, tuple[str, ...]]:
    """Every inflection lemminflect's lexicon lists for ``lemma_``, by Penn tag (cached; do not mutate)."""
    return getAllInflections(lemma_, upos=upos)


@lru_cache(maxsize=8192)
def inflect(lemma: str, tag: str) -> str:
    """``lemma`` in the Penn tag ``tag`` (``VBZ``, ``VBD``…); the lemma itself when lemminflect has no form."""
    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else lemma


def base_form(token: Token) -> str:
    """The bare infinitive of a verb token, in the token's letter case (``Went`` → ``Go``)."""
    return match_case(lemma(token.lower_), token.text)


def indefinite_article(word: str) -> str:
    """``a`` or ``an`` for the word that follows, by its (approximate) first sound."""
    lower = word.lower()
    if lower[:1].isdigit():
        return "an" if _numeral_starts_with_vowel(lower) else "a"
    if lower.startswith(_VOWEL_SOUND):
        return "an"
    if lower[:1] in "aeiou" and not lower.startswith(_CONSONANT_SOUND):
        return "an"
    if lower.startswith(_NEGATED_VOWEL) and not lower.startswith(_UNI_WORDS):
        return "an"  # "an unimportant role": un- + important, not uni- as in "a unit"
    return "a"


def _numeral_starts_with_vowel(numeral: str) -> bool:
    """"an 8", "an 18.2", "an 11,000", "an 80s": said eight…, eleven…, eighteen… (but "a 1,800", "a 118")."""
    whole = re.match(r"[\d,]*", numeral).group().replace(",", "")  # "8th", "80s", "11-year-old": the digits
    if not whole:
        return False
    return whole.startswith("8") or (len(whole) % 3 == 2 and whole.startswith(("11", "18")))


def match_case(new: str, old: str) -> str:
    """``new`` written in the letter case of ``old``: ``Title``, ``UPPER`` (if ``old`` is longer than one letter) or
    as given."""
    if not new or not old:
        return new
    if len(old) > 1 and old.isupper():
        return new.upper()
    if old[0].isupper():
        return new[0].upper() + new[1:]
    return new


def lower_first(word: str) -> str:
    return word[:1].lower() + word[1:]


def upper_first(word: str) -> str:
    return word[:1].upper() + word[1:]

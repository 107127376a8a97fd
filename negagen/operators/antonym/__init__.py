"""The ``antonym`` operator: replace one content word by its WordNet antonym.

The sense is the word's most frequent one for its part of speech in the parse (adjective, verb, noun, adverb);
the antonym is re-inflected (``bought → sold``, ``opened → closed``, ``easier → more difficult``), the article
before it repaired (``an easy task → a difficult task``) within the same single edit, letter case kept. Words in
compounds (``ice cream``), auxiliaries and light verbs are left alone. One output per word that has an antonym.

Needs WordNet for NLTK (``negagen wordnet install``); the antonym table is cached after its first build (see
:mod:`negagen.operators.antonym.table`). Refuses with ``no_target`` when no word has an antonym.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import partial

from lemminflect import getAllInflections, getInflection, getLemma
from spacy.tokens import Span, Token

from ...errors import RefusalReason
from ...morphology import indefinite_article, match_case
from ...records import Perturbation, Refusal
from ...registry import Operator, register_operator
from .._editing import TextEditor
from ..negation.clause import norm
from .table import TRANSITIVE, antonym_table

__all__ = ["make_antonym", "replace_antonyms"]

CONTENT_POS = ("ADJ", "ADV", "VERB", "NOUN")
# Verbs too light or too grammatical to carry a clean antonym.
SKIP_LEMMAS = frozenset({"be", "have", "do", "get", "make", "let", "say", "go", "come", "take", "give", "put"})
_PERIPHRASTIC = {"JJR": "more", "RBR": "more", "JJS": "most", "RBS": "most"}


@register_operator("antonym")
def make_antonym(name: str = "antonym") -> Operator:
    """Create the antonym operator; loads (or builds and caches) the antonym table.

    Raises:
        WordNetNotFoundError: no cached table and no WordNet for NLTK; the message says how to install it.

    Example:
        >>> import negagen
        >>> negagen.perturb(["It was an easy task."], ["antonym"])[0].perturbations[0].text
        'It was a difficult task.'
    """
    return partial(replace_antonyms, name=name, table=antonym_table())


def replace_antonyms(
    sentence: Span, rng: random.Random | None = None, *, name: str = "antonym", table: dict | None = None
) -> Iterator[Perturbation | Refusal]:
    """One output per word of ``sentence`` with an antonym. Deterministic: ``rng`` is not used."""
    table = antonym_table() if table is None else table
    found = False
    for token in sentence:
        antonym = _antonym(token, table)
        if antonym is None:
            continue
        editor = TextEditor(sentence)
        new = match_case(antonym, token.text)
        article = token.doc[token.i - 1] if token.i > 0 else None
        if article is not None and norm(article) in ("a", "an") and article.head.i >= token.i:
            editor.replace_range(article, token, f"{match_case(indefinite_article(new), article.text)} {new}")
        else:
            editor.replace(token, new)
        found = True
        yield editor.build(name, token.pos_.lower())
    if not found:
        yield Refusal(name, RefusalReason.NO_TARGET, "no content word with a WordNet antonym")


def _antonym(token: Token, table: dict[str, dict[str, str]]) -> str | None:
    if token.pos_ not in CONTENT_POS or not token.is_alpha or token.dep_ == "compound":
        return None
    if any(c.dep_ == "compound" for c in token.children):  # "ice cream": the head of a compound
        return None
    if token.pos_ in ("NOUN", "VERB", "ADJ") and token.is_title and token.i != token.sent.start:
        return None  # a capitalised word mid-sentence is part of a name
    lemmas = getLemma(token.lower_, upos=token.pos_)
    lemma = lemmas[0] if lemmas else token.lower_
    if lemma in SKIP_LEMMAS:
        return None
    antonym = table.get(token.pos_, {}).get(lemma)
    if antonym is None:
        return None
    if token.pos_ == "VERB" and any(c.dep_ == "dobj" for c in token.children) and antonym not in table[TRANSITIVE]:
        return None  # "failed the exam" → "succeeded the exam": the antonym takes no object
    return _inflect(antonym, token)


def _inflect(lemma: str, token: Token) -> str:
    tag = token.tag_
    if token.lower_ == getLemma(token.lower_, upos=token.pos_)[0] and tag not in ("VBZ", "NNS"):
        return lemma
    forms = getAllInflections(lemma, upos=token.pos_)
    if tag in forms:
        return forms[tag][0]
    if tag in _PERIPHRASTIC:  # "easier" → "more difficult": no "difficulter"
        return f"{_PERIPHRASTIC[tag]} {lemma}"
    inflected = getInflection(lemma, tag=tag)
    return inflected[0] if inflected else lemma

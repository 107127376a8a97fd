"""How plausible an edit leaves its sentence, estimated from data: the selectional-preference table of
:mod:`negagen.resources.selection` scores every dependency arc the edit creates.

An operator says what it changed: words that *trade places* (``swaps``: the heads of two phrases that move, or two
adjectives) or a word *respelled* as another (``substitutions``). Each creates new arcs (``bite|subj|man`` where
``bite|subj|dog`` stood); the score is the lowest association among them (a smoothed PMI, 0 = as common as
chance), recorded as ``plausibility_score``. Below :data:`LOW_SCORE` a role swap or reorder is flagged
``plausibility: low``. The threshold was chosen on the development labels (seeds 1 and 2026 of
``docs/quality/judged.csv``), never on the seed an acceptance number is read from.

Antonym and relation flips get a score but no flag from it: on the development labels what made them implausible
was a clash with the rest of the sentence ("although … also decreased"), which word pairs cannot see (the score
separated their plausible from implausible outputs no better than chance, ROC-AUC 0.54–0.56).

Without a table (``negagen plausibility build`` was never run) nothing is scored and only the operators' own rules
flag an output.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from ..resources.selection import Arc, governor_arc, load_selection_table, spelling_key, word_class, word_key

__all__ = [
    "CLASSIFYING_SHARE", "COLLOCATION", "LOW_SCORE", "TERM_ASSOCIATION", "TERM_EXPECTED", "UNSEEN",
    "breaks_collocation", "breaks_term", "classifying_adjective", "edit_arcs", "plausibility_meta",
]

LOW_SCORE = -3.0
COLLOCATION = 2.0
UNSEEN = -2.0
# An adjective used after a verb at most this often per attributive use classifies ("cellular", "intellectual"):
# property adjectives ("effective", "stable", "normal") are used both ways. Only judged with enough attributive uses.
CLASSIFYING_SHARE = 0.02
MIN_ATTRIBUTIVE = 20


def _as_child(arc: Arc, token: Token) -> Arc:
    key = word_key(token) or token.lower_
    return replace(arc, child=key, child_class=word_class(key, token.pos_))


def edit_arcs(swaps: Iterable[tuple[Token, Token]] = (),
              substitutions: Iterable[tuple[Token, str]] = ()) -> list[tuple[Arc, Arc]]:  # fmt: skip
    """``(old arc, new arc)`` for every counted arc the edit changes."""
    changed: list[tuple[Arc, Arc]] = []
    for first, second in swaps:
        for slot, mover in ((first, second), (second, first)):
            old = governor_arc(slot)
            if old is not None and mover.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM", "VERB", "ADV"):
                changed.append((old, _as_child(old, mover)))
    for token, word in substitutions:
        new_key = spelling_key(word, token.pos_)
        new_class = word_class(new_key, token.pos_)
        old = governor_arc(token)
        if old is not None:
            changed.append((old, replace(old, child=new_key, child_class=new_class)))
        for child in token.children:
            old = governor_arc(child)
            if old is None:
                continue
            if token.pos_ == "ADP" and child.dep_ == "pobj":
                changed.append((old, replace(old, rel=f"prep:{word.lower()}")))
            elif child.head == token:
                changed.append((old, replace(old, head=new_key, head_class=new_class)))
    return changed


def breaks_collocation(swaps: Iterable[tuple[Token, Token]] = (),
                       substitutions: Iterable[tuple[Token, str]] = ()) -> bool:  # fmt: skip
    """Whether the edit tears a collocation apart: an arc the table knows as a strong pair (association at least
    :data:`COLLOCATION`) becomes one never seen and unlikely (below :data:`UNSEEN`): "high risk" → "primary risk",
    "higher education" → "female education". ``False`` without a table."""
    table = load_selection_table()
    if table is None:
        return False
    return any(table.association(old) >= COLLOCATION and table.count(new) == 0 and table.association(new) < UNSEEN
               for old, new in edit_arcs(swaps, substitutions))  # fmt: skip


# A substitution breaks a term when the old pair is a strong collocation and the new word, common enough in that
# relation that the pair would have been seen about TERM_EXPECTED times were it ordinary, never occurs with it.
TERM_ASSOCIATION = 3.0
TERM_EXPECTED = 8.0


def breaks_term(substitutions: Iterable[tuple[Token, str]]) -> bool:
    """Whether a word respelled as another (an antonym) breaks a term the table knows: "gross domestic product" →
    "*gross foreign product" ("foreign" is a common modifier, never of "product"), "neuronal loss" → "*neuronal
    gain", "the most significant" → "*the most nonsignificant". Weaker evidence than :func:`breaks_collocation`
    asks for, which a rare antonym meets everywhere ("nonhuman cells", "a minor role" are unseen too, and right).
    ``False`` without a table."""
    table = load_selection_table()
    if table is None:
        return False
    for old, new in edit_arcs(substitutions=substitutions):
        seen = table.count(old)
        if seen == 0 or table.count(new) or table.association(old) < TERM_ASSOCIATION:
            continue
        if new.child != old.child:  # the word is the dependent: how often each takes this relation at all
            old_uses = table.children.get(f"{old.rel}|{old.child}", 0)
            new_uses = table.children.get(f"{new.rel}|{new.child}", 0)
        else:  # the word is the head ("most significant" → "most nonsignificant"): how often each governs it
            old_uses = table.heads.get(f"{old.head}|{old.rel}", 0)
            new_uses = table.heads.get(f"{new.head}|{new.rel}", 0)
        if old_uses and seen * new_uses / old_uses >= TERM_EXPECTED:
            return True
    return False


def classifying_adjective(adjective: str) -> bool | None:
    """Whether the corpus uses ``adjective`` (a lemma) almost only before a noun, as classifying adjectives are
    ("intellectual development", "neuronal loss", "placental weight"): below :data:`CLASSIFYING_SHARE`
    predicative uses per attributive one, over at least :data:`MIN_ATTRIBUTIVE` attributive uses. ``None``
    without a table or without enough uses to tell."""
    table = load_selection_table()
    if table is None:
        return None
    attributive = table.children.get(f"amod|{adjective}", 0)
    if attributive < MIN_ATTRIBUTIVE:
        return None
    share, _ = table.predicative_share(adjective)
    return share < CLASSIFYING_SHARE


def plausibility_meta(*, swaps: Iterable[tuple[Token, Token]] = (), substitutions: Iterable[tuple[Token, str]] = (),
                      low: bool = False, flag_below: float | None = LOW_SCORE) -> dict[str, str] | None:  # fmt: skip
    """The ``meta`` of an output: ``plausibility: low`` when the operator's rules say so (``low``) or the lowest
    new arc's association is below ``flag_below`` (``None``: never), and ``plausibility_score`` when a table
    scored it."""
    table = load_selection_table()
    meta: dict[str, str] = {}
    if table is not None:
        scores = [table.association(new) for _, new in edit_arcs(swaps, substitutions)]
        if scores:
            score = min(scores)
            meta["plausibility_score"] = f"{score:.2f}"
            low = low or (flag_below is not None and score < flag_below)
    if low:
        meta["plausibility"] = "low"
    return meta or None

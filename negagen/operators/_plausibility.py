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

__all__ = ["COLLOCATION", "LOW_SCORE", "UNSEEN", "breaks_collocation", "edit_arcs", "plausibility_meta"]

LOW_SCORE = -3.0
COLLOCATION = 2.0
UNSEEN = -2.0


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

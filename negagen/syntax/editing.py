"""Token-level edits turned into character-level :class:`~negagen.records.Edit` records.

Operators never mutate a Doc. They describe what happens to tokens: a new spelling, words inserted before or
after, a change of initial letter case, or the deletion of a run of tokens. Each concern is kept apart, so rules
compose (a polarity rewrite of "Already" and the "Do not" put before it touch one token without clashing). At
:meth:`TextEditor.build` the token changes become character spans, spans that touch are merged (so ``likes`` →
``does not like`` is one edit), and everything outside the spans is copied byte for byte: whitespace and
punctuation outside an edit never change.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..morphology import lower_first, upper_first
from ..records import Edit, Perturbation

__all__ = ["EditConflict", "TextEditor"]


@lru_cache(maxsize=4)
def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: spaCy rebuilds ``doc.text`` from its tokens on every access."""
    return doc.text


class EditConflict(Exception):
    """Two edits of one operator claim the same characters: a bug in the operator's rules, never user input."""


class TextEditor:
    """Collects edits on the tokens of one sentence and builds the :class:`Perturbation`."""

    def __init__(self, sentence: Span) -> None:
        self.sentence = sentence
        self._spelling: dict[int, str] = {}
        self._before: defaultdict[int, list[str]] = defaultdict(list)
        self._after: defaultdict[int, list[str]] = defaultdict(list)
        self._case: dict[int, str] = {}
        self._ranges: list[tuple[int, int, str]] = []

    # --- describing edits -------------------------------------------------------------------------------
    def replace(self, token: Token, new: str) -> None:
        """Spell ``token`` as ``new`` (its trailing whitespace stays)."""
        if self._spelling.get(token.i, new) != new:
            raise EditConflict(f"{token.text!r} respelled as both {self._spelling[token.i]!r} and {new!r}")
        self._spelling[token.i] = new

    def insert_before(self, token: Token, words: str) -> None:
        """Insert ``words`` and a space before ``token``."""
        self._before[token.i].append(words)

    def insert_after(self, token: Token, words: str) -> None:
        """Insert a space and ``words`` after ``token``."""
        self._after[token.i].append(words)

    def lower_first(self, token: Token) -> None:
        """Write the token's first letter in lower case (it no longer opens the sentence)."""
        self._case[token.i] = "lower"

    def upper_first(self, token: Token) -> None:
        """Write the token's first letter in upper case (it now opens the sentence)."""
        self._case[token.i] = "upper"

    def replace_range(self, first: Token, last: Token, new: str) -> None:
        """Replace the text from the start of ``first`` to the end of ``last`` ("wo n't" → "will")."""
        self._ranges.append((first.idx, last.idx + len(last.text), new))

    def delete(self, first: Token, last: Token | None = None) -> None:
        """Delete ``first``..``last`` and one adjoining space, so no double or dangling space remains.

        A clitic written without a space before it (``n't``) loses only its letters; a word before punctuation
        takes the space before it; any other word takes the space after it.
        """
        last = last or first
        doc = first.doc
        start, end = first.idx, last.idx + len(last.text)
        space_before = first.i > 0 and doc[first.i - 1].whitespace_ != ""
        if last.whitespace_ and (space_before or first.i == self.sentence.start):
            end += len(last.whitespace_)
        elif space_before and not last.whitespace_ and first.i > self.sentence.start:
            start -= len(doc[first.i - 1].whitespace_)  # never reaching into the previous sentence
        self._ranges.append((start, end, ""))

    # --- building the result ----------------------------------------------------------------------------
    def _token_changes(self) -> list[tuple[int, int, str]]:
        doc = self.sentence.doc
        changes = []
        for i in sorted({*self._spelling, *self._before, *self._after, *self._case}):
            token = doc[i]
            text = self._spelling.get(i, token.text)
            case = self._case.get(i)
            if case == "lower":
                text = lower_first(text)
            elif case == "upper":
                text = upper_first(text)
            new = "".join(w + " " for w in self._before.get(i, ())) + text
            new += "".join(" " + w for w in self._after.get(i, ()))
            if new != token.text:
                changes.append((token.idx, token.idx + len(token.text), new))
        return changes

    def _merged(self) -> list[tuple[int, int, str]]:
        changes = sorted(self._token_changes() + self._ranges, key=lambda c: (c[0], c[1]))
        merged: list[list] = []
        for start, end, new in changes:
            if merged and start < merged[-1][1]:
                raise EditConflict(f"overlapping edits at {start}: {merged[-1]} and {(start, end, new)}")
            if merged and start == merged[-1][1]:
                merged[-1][1] = end
                merged[-1][2] += new
            else:
                merged.append([start, end, new])
        return [(s, e, n) for s, e, n in merged]

    def build(self, op: str, rule: str, meta: dict[str, str] | None = None) -> Perturbation:
        text = doc_text(self.sentence.doc)
        pieces: list[str] = []
        edits: list[Edit] = []
        cursor = out_len = 0
        for start, end, new in self._merged():
            kept = text[cursor:start]
            pieces += [kept, new]
            out_len += len(kept)
            edits.append(Edit(start, end, text[start:end], out_len, out_len + len(new), new))
            out_len += len(new)
            cursor = end
        pieces.append(text[cursor:])
        return Perturbation(
            original=text, text="".join(pieces), op=op, rule=rule, edits=tuple(edits), meta=meta or {}
        )

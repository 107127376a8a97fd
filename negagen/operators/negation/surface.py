"""Surface repairs shared by the insert and remove rules: the text's contraction style and sentence-initial
capitals."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...morphology import upper_first
from ...syntax.clause import MainClause, is_sentence_initial, norm
from ...syntax.editing import TextEditor

__all__ = ["Style", "delete_words", "prefix_word", "style_of"]


@dataclass(frozen=True)
class Style:
    """How the sentence writes negation: contracted ("doesn't") or full ("does not"), and which apostrophe."""

    contracted: bool
    apostrophe: str

    def spell(self, word: str) -> str:
        return word.replace("'", self.apostrophe)


def style_of(clause: MainClause) -> Style:
    """A sentence that already contracts an auxiliary gets contracted negations, to stay in its register."""
    return Style(clause.scan.contracted, "\u2019" if "\u2019" in clause.sentence.text else "'")


def prefix_word(editor: TextEditor, sentence: Span, token: Token, word: str) -> None:
    """Put ``word`` before ``token``, moving the sentence-initial capital from the token to the new word."""
    if is_sentence_initial(token, sentence):
        word = upper_first(word)
        if token.pos_ != "PROPN" and norm(token) != "i":
            editor.lower_first(token)
    editor.insert_before(token, word)


def delete_words(editor: TextEditor, sentence: Span, first: Token, last: Token | None = None) -> None:
    """Delete ``first``..``last``; if they opened the sentence, the next word takes the capital."""
    last = last or first
    editor.delete(first, last)
    if is_sentence_initial(first, sentence) and last.i + 1 < sentence.end:
        following = sentence.doc[last.i + 1]
        if not following.is_punct:
            editor.upper_first(following)

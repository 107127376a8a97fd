"""Indefinite articles chosen by the first sound of the next word, numerals included."""

from __future__ import annotations

import pytest

from negagen.morphology import indefinite_article


@pytest.mark.parametrize(
    ("word", "article"),
    [
        ("apple", "an"), ("hour", "an"), ("university", "a"), ("dog", "a"),
        # numerals are read aloud: eight…, eleven…, eighteen… take "an"
        ("8", "an"), ("18.2", "an"), ("11", "an"), ("80", "an"), ("800", "an"), ("11,000", "an"), ("18000", "an"),
        ("12", "a"), ("1,800", "a"), ("118", "a"), ("1.8", "a"), ("100", "a"),
        ("8th", "an"), ("80s", "an"), ("11-year-old", "an"), ("8-year-old", "an"), ("12-year-old", "a"),
    ],
)  # fmt: skip
def test_indefinite_article(word, article):
    assert indefinite_article(word) == article

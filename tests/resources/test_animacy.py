"""Animacy from a cached WordNet table answers exactly as ``wn.synsets(noun, pos="n")[0]`` would."""

from __future__ import annotations

import json

import pytest
from nltk.corpus import wordnet as wn

from negagen.resources import animacy
from negagen.resources.animacy import ANIMATE_FILES, animate_noun
from negagen.resources.cache import cache_dir

# Plain lemmas, plurals only morphy's rules reduce (tutus, pantaloons), -ies/-men/-ches forms, unknown words.
NOUNS = ["dog", "teacher", "table", "violin", "tutus", "pantaloons", "ladies", "firemen", "churches", "wolves",
         "boxes", "people", "police", "crowd", "Paris", "xyzzyq", "x-ray", "thinking"]  # fmt: skip


@pytest.mark.parametrize("noun", NOUNS)
def test_table_matches_wordnet(noun):
    senses = wn.synsets(noun, pos="n")
    expected = None if not senses else senses[0].lexname() in ANIMATE_FILES
    assert animate_noun(noun) is expected


def test_table_is_cached_on_disk():
    animate_noun("dog")
    path = cache_dir() / f"animacy-wn30-v{animacy.TABLE_VERSION}.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    assert table["dog"] is True and table["table"] is False
    assert len(table) > 50_000

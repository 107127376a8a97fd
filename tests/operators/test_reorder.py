"""The reorder operator: exact expected strings, refusals, the opt-in shuffle, invariants."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lemminflect import getLemma

import negagen
from negagen.errors import RefusalReason
from negagen.operators.reorder import reorder_sentence

from ..helpers import assert_edits_consistent
from .reorder_cases import REFUSE, REFUSE_UNRELIABLE, REORDER


def _reorder_all(nlp, text, **config):
    return [r for sentence in nlp(text).sents for r in reorder_sentence(sentence, random.Random(7), **config)]


@pytest.mark.parametrize(("text", "expected", "rule"), REORDER)
def test_reorder_reorders(nlp, text, expected, rule):
    (result,) = _reorder_all(nlp, text)
    assert isinstance(result, negagen.Perturbation), result
    assert (result.text, result.rule) == (expected, rule)
    assert_edits_consistent(text, result)


@pytest.mark.parametrize(("text", "expected", "rule"), REORDER)
def test_reorder_keeps_the_multiset_of_words(nlp, text, expected, rule):
    # Declared changes only: letter case, a/an, and (when "one" moves) noun number and verb agreement.
    def words(s):
        canonical = Counter()
        for t in nlp(s):
            word = "a" if t.lower_ == "an" else t.lower_
            if rule == "numeral_swap" and t.tag_ in ("NNS", "NN", "VBZ", "VBP"):
                word = getLemma(word, upos="NOUN" if t.tag_.startswith("NN") else "VERB")[0]
            canonical[word] += 1
        return canonical

    assert words(text) == words(expected)


@pytest.mark.parametrize("text", REFUSE)
def test_reorder_refuses(nlp, text):
    (result,) = _reorder_all(nlp, text)
    assert isinstance(result, negagen.Refusal), result
    assert result.reason is RefusalReason.NO_TARGET


@pytest.mark.parametrize("text", REFUSE_UNRELIABLE)
def test_reorder_refuses_section_labels(nlp, text):
    (result,) = _reorder_all(nlp, text)
    assert isinstance(result, negagen.Refusal), result
    assert result.reason is RefusalReason.UNRELIABLE_PARSE


def test_reorder_gives_each_reordering(nlp):
    results = _reorder_all(nlp, "Seven red apples and three green pears.")
    assert [(r.rule, r.text) for r in results] == [
        ("attribute_swap", "Seven green apples and three red pears."),
        ("numeral_swap", "Three red apples and seven green pears."),
    ]


def test_reorder_flags_attributes_moved_between_the_living_and_things(nlp):
    (result,) = _reorder_all(nlp, "A young man wearing an old glove.")
    assert (result.text, result.meta) == ("An old man wearing a young glove.", {"plausibility": "low"})
    (result,) = _reorder_all(nlp, "A green door beside a yellow window.")
    assert result.meta == {}


def test_reorder_shuffle_only_when_asked_and_flagged(nlp):
    text = "The quick brown fox jumps over the lazy dog."
    assert all(getattr(r, "rule", None) != "shuffle" for r in _reorder_all(nlp, text))
    shuffled = [r for r in _reorder_all(nlp, text, shuffle=True) if r.rule == "shuffle"]
    (result,) = shuffled
    assert result.meta == {"grammatical": "no"}
    assert result.text != text
    assert sorted(result.text.lower().rstrip(".").split()) == sorted(text.lower().rstrip(".").split())
    assert_edits_consistent(text, result)
    # the same record seed gives the same permutation
    again = [r for r in _reorder_all(nlp, text, shuffle=True) if r.rule == "shuffle"]
    assert again[0].text == result.text


def test_reorder_shuffle_is_selected_through_the_registry(nlp):
    operator = negagen.get_operator("reorder", shuffle=True)
    (sentence,) = nlp("A small dog chased a big cat.").sents
    rules = [r.rule for r in operator(sentence, random.Random(1))]
    assert rules == ["attribute_swap", "shuffle"]


WORDS = ["a", "an", "the", "red", "old", "big", "dog", "cat", "apples", "one", "two", "three", "only", "even",
         "John", "ate", "and", "with", "chased", ".", "Green", "empty"]  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(WORDS), max_size=12), shuffle=st.booleans())
def test_reorder_never_raises_and_keeps_text_outside_edits(nlp, words, shuffle):
    text = " ".join(words)
    for result in _reorder_all(nlp, text, shuffle=shuffle):
        if isinstance(result, negagen.Perturbation):
            assert result.text != text
            assert_edits_consistent(text, result)

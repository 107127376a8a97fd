"""The relation_flip operator: exact expected strings, readings it leaves alone, invariants."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import negagen
from negagen.errors import RefusalReason
from negagen.operators.relation_flip import flip_relations

from ..helpers import assert_edits_consistent
from .relation_flip_cases import EFFECT_DIRECTION, FLIP, REFUSE


def _flip_all(nlp, text):
    return [r for sentence in nlp(text).sents for r in flip_relations(sentence, None)]


@pytest.mark.parametrize(("text", "expected", "rule"), FLIP)
def test_relation_flip_flips(nlp, text, expected, rule):
    (result,) = _flip_all(nlp, text)
    assert isinstance(result, negagen.Perturbation), result
    assert (result.text, result.rule) == (expected, rule)
    assert_edits_consistent(text, result)
    assert len(result.edits) <= 2  # the relation word, and at most its article


@pytest.mark.parametrize("text", REFUSE)
def test_relation_flip_leaves_other_readings_alone(nlp, text):
    (result,) = _flip_all(nlp, text)
    assert isinstance(result, negagen.Refusal), result
    assert result.reason is RefusalReason.NO_TARGET


def test_relation_flip_one_output_per_relation_word(nlp):
    results = _flip_all(nlp, "Temperatures are decreasing in the north.")
    assert [(r.rule, r.text) for r in results] == [
        ("trend", "Temperatures are increasing in the north."),
        ("cardinal", "Temperatures are decreasing in the south."),
    ]


def test_relation_flip_keeps_capitals(nlp):
    (result,) = _flip_all(nlp, "ABOVE the clouds, the sun shines.")
    assert result.text == "BELOW the clouds, the sun shines."


WORDS = ["the", "cat", "is", "above", "below", "left", "right", "of", "to", "from", "more", "less", "than",
         "an", "increase", "decreased", "in", "front", "on", "top", "north", "before", "after", "up", "down", ".",
         "over", "under", "50", "people", "went", "turn"]  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(WORDS), max_size=12))
def test_relation_flip_never_raises_and_keeps_text_outside_edits(nlp, words):
    text = " ".join(words)
    for result in _flip_all(nlp, text):
        if isinstance(result, negagen.Perturbation):
            assert result.text != text
            assert_edits_consistent(text, result)
        else:
            assert result.reason is RefusalReason.NO_TARGET


@pytest.mark.parametrize(("text", "expected"), EFFECT_DIRECTION)
def test_relation_flip_effect_direction(nlp, text, expected):
    results = [r for r in _flip_all(nlp, text) if isinstance(r, negagen.Perturbation)]
    assert [(r.text, r.rule) for r in results] == [(expected, "effect_direction")]
    assert_edits_consistent(text, results[0])

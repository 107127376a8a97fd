"""Structural positives: meaning-preserving rewrites, voice round trips, refusals."""

from __future__ import annotations

import pytest

import negagen
from negagen.errors import RefusalReason
from negagen.positives import POSITIVE_OP, structural_positive

from .helpers import assert_edits_consistent

POSITIVES = [
    ("The committee approved the plan yesterday.", "The plan was approved by the committee yesterday.",
     "active_to_passive"),
    ("The dog bit the man.", "The man was bitten by the dog.", "active_to_passive"),
    ("I called her.", "She was called by me.", "active_to_passive"),
    ("The police arrested two men.", "Two men were arrested by the police.", "active_to_passive"),
    ("She has not finished the report.", "The report has not been finished by her.", "active_to_passive"),
    ("They picked up the kids.", "The kids were picked up by them.", "active_to_passive"),
    ("The children are eating the cake.", "The cake is being eaten by the children.", "active_to_passive"),
    ("The manager did not sign the letter.", "The letter was not signed by the manager.", "active_to_passive"),
    ("He will fix the car.", "The car will be fixed by him.", "active_to_passive"),
    ("She likes tea.", "Tea is liked by her.", "active_to_passive"),
    ("The plan was approved by the committee.", "The committee approved the plan.", "passive_to_active"),
    ("The plan will be approved by the board.", "The board will approve the plan.", "passive_to_active"),
    ("The report has been finished by her.", "She has finished the report.", "passive_to_active"),
    ("The cake is being eaten by the children.", "The children are eating the cake.", "passive_to_active"),
    ("The letter was not signed by the manager.", "The manager did not sign the letter.", "passive_to_active"),
    ("The river is wider than the road.", "The road is narrower than the river.", "comparative_converse"),
    ("My brother is older than me.", "I am younger than my brother.", "comparative_converse"),
    ("Tom is as tall as his father.", "His father is as tall as Tom.", "symmetric_swap"),
    ("Tom and Jerry are friends.", "Jerry and Tom are friends.", "coordination_swap"),
]  # fmt: skip

REFUSALS = [
    ("The cat sat on the mat.", "no_target"),
    ("It costs ten dollars.", "unsupported_construction"),
    ("She saw herself.", "reflexive"),
    ("Two dogs playing in the snow.", "no_finite_verb"),
    ("Salt and pepper are on the table.", "idiom"),
]

ROUND_TRIPS = [
    "The committee approved the plan.",
    "The dog bit the man.",
    "The children are eating the cake.",
    "The manager did not sign the letter.",
    "He will fix the car.",
    "The police arrested two men.",
    "She has finished the report.",
    "They picked up the kids.",
]


def _positive(nlp, text):
    (sentence,) = nlp(text).sents
    return structural_positive(sentence)


@pytest.mark.parametrize(("text", "expected", "rule"), POSITIVES)
def test_structural_positive(nlp, text, expected, rule):
    result = _positive(nlp, text)
    assert isinstance(result, negagen.Perturbation), result
    assert (result.text, result.rule, result.op) == (expected, rule, POSITIVE_OP)
    assert_edits_consistent(text, result)


@pytest.mark.parametrize(("text", "reason"), REFUSALS)
def test_structural_positive_refuses_when_not_safe(nlp, text, reason):
    result = _positive(nlp, text)
    assert isinstance(result, negagen.Refusal), result
    assert result.reason is RefusalReason(reason)


@pytest.mark.parametrize("text", ROUND_TRIPS)
def test_voice_round_trip_restores_the_original(nlp, text):
    passive = _positive(nlp, text)
    assert passive.rule == "active_to_passive"
    active = _positive(nlp, passive.text)
    assert (active.rule, active.text) == ("passive_to_active", text)

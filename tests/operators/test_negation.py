"""The negation operator on hard English: exact expected strings, refusals and invariants."""

from __future__ import annotations

import pytest

import negagen
from negagen.errors import ConfigError, RefusalReason
from negagen.operators.negation import make_negation

from ..helpers import assert_edits_consistent
from .negation_cases import INSERT, REFUSE, REMOVE


def _flip(nlp, text: str, **config):
    operator = make_negation(**config)
    doc = nlp(text)
    (sentence,) = doc.sents
    (result,) = operator(sentence, None)
    return result


@pytest.mark.parametrize(("text", "expected", "rule"), INSERT)
def test_negation_inserts(nlp, text, expected, rule):
    result = _flip(nlp, text)
    assert isinstance(result, negagen.Perturbation), result
    assert (result.text, result.rule) == (expected, rule)
    assert result.op == "negation"
    assert_edits_consistent(text, result)


@pytest.mark.parametrize(("text", "expected", "rule"), REMOVE)
def test_negation_removes(nlp, text, expected, rule):
    result = _flip(nlp, text)
    assert isinstance(result, negagen.Perturbation), result
    assert (result.text, result.rule) == (expected, rule)
    assert_edits_consistent(text, result)


@pytest.mark.parametrize(("text", "reason"), REFUSE)
def test_negation_refuses(nlp, text, reason):
    result = _flip(nlp, text)
    assert isinstance(result, negagen.Refusal), result
    assert result.reason == RefusalReason(reason)
    assert result.message


def test_negation_contraction_style_follows_the_text(nlp):
    # The text contracts elsewhere, so the inserted negation contracts too.
    assert _flip(nlp, "The man who didn't come is here.").text == "The man who didn't come isn't here."
    assert _flip(nlp, "He likes tea, and he's sure of it.").text == "He doesn't like tea, and he's sure of it."


def test_negation_direction_insert_refuses_negatives(nlp):
    result = _flip(nlp, "He did not go home.", direction="insert")
    assert result.reason is RefusalReason.ALREADY_NEGATED_SCOPE
    assert _flip(nlp, "He went home.", direction="insert").text == "He did not go home."


def test_negation_direction_remove_refuses_affirmatives(nlp):
    result = _flip(nlp, "He went home.", direction="remove")
    assert result.reason is RefusalReason.AFFIRMATIVE_SCOPE
    assert _flip(nlp, "He did not go home.", direction="remove").text == "He went home."


def test_negation_rejects_unknown_direction():
    with pytest.raises(ConfigError, match="direction must be one of both, insert, remove"):
        make_negation(direction="sideways")


def test_negation_multi_sentence_input_is_handled_per_sentence(nlp):
    text = "It rained all night. The roads are flooded. Nobody came."
    (result,) = negagen.perturb([text], nlp=nlp)
    assert [(p.sentence, p.text) for p in result.perturbations] == [
        (0, "It did not rain all night. The roads are flooded. Nobody came."),
        (1, "It rained all night. The roads are not flooded. Nobody came."),
        (2, "It rained all night. The roads are flooded. Somebody came."),
    ]
    for perturbation in result.perturbations:
        assert_edits_consistent(text, perturbation)


def test_negation_multi_sentence_refusals_are_recorded_per_sentence(nlp):
    (result,) = negagen.perturb(["A dog in the snow. The dog is happy."], nlp=nlp)
    assert [p.text for p in result.perturbations] == ["A dog in the snow. The dog is not happy."]
    assert [(r.sentence, r.reason) for r in result.refusals] == [(0, RefusalReason.NO_FINITE_VERB)]
    assert result.refusal("negation") is None  # the input as a whole did get an output


ROUND_TRIPS = [
    "He went home.",
    "She likes tea.",
    "They can swim.",
    "Close the door.",
    "Someone knocked.",
    "Everyone agreed.",
    "He still works here.",
    "She has no money.",
]


@pytest.mark.parametrize("text", ROUND_TRIPS)
def test_negation_round_trip_restores_the_original(nlp, text):
    negated = _flip(nlp, text)
    assert negated.text != text
    restored = _flip(nlp, negated.text)
    if text == "She has no money.":  # no → some is the affirmative; the reverse rewrite is some → any
        assert restored.text == "She does not have any money."
    else:
        assert restored.text == text


def test_negation_edit_records_character_spans(nlp):
    result = _flip(nlp, "Yesterday, he went home.")
    (edit,) = result.edits
    assert (edit.orig_start, edit.orig_end, edit.orig_text) == (14, 18, "went")
    assert (edit.new_start, edit.new_end, edit.new_text) == (14, 24, "did not go")

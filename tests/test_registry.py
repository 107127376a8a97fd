from __future__ import annotations

import pytest

import negagen
from negagen.errors import RefusalReason, UnknownOperatorError
from negagen.registry import operators

from .helpers import registered


def test_registry_lists_builtin_operators():
    assert negagen.operator_names() == ["antonym", "negation", "relation_flip", "reorder", "role_swap"]


def test_registry_unknown_operator_names_the_available_ones():
    with pytest.raises(UnknownOperatorError) as info:
        negagen.get_operator("negatoin")
    assert str(info.value) == "unknown operator 'negatoin'; available: " + ", ".join(negagen.operator_names())


def test_registry_accepts_a_third_party_operator(nlp):
    from negagen.records import Refusal

    def make(name: str = "test_always_refuses"):
        def operator(sentence, rng):
            yield Refusal(name, RefusalReason.UNSUPPORTED_CONSTRUCTION, "never applies")

        return operator

    with registered(operators, "test_always_refuses", make):
        (result,) = negagen.perturb(["He went home."], ["negation", "test_always_refuses"], nlp=nlp)
        assert "test_always_refuses" in negagen.operator_names()
    assert [p.op for p in result.perturbations] == ["negation"]
    assert result.refusal("test_always_refuses").message == "never applies"
    assert "test_always_refuses" not in negagen.operator_names()


def test_refusal_reasons_are_a_fixed_documented_set():
    assert [r.value for r in RefusalReason] == [
        "empty_input",
        "too_long",
        "no_finite_verb",
        "already_negated_scope",
        "affirmative_scope",
        "ambiguous_scope",
        "unsupported_construction",
        "idiom",
        "unreliable_parse",
        "no_target",
        "copular",
        "reflexive",
        "symmetric_predicate",
        "identical_arguments",
    ]
    for reason in RefusalReason:
        assert f"``{reason.value}``" in RefusalReason.__doc__

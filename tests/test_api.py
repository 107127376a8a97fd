from __future__ import annotations

import pytest

import negagen
from negagen.api import record_rng
from negagen.errors import ConfigError, RefusalReason, UnknownOperatorError


def test_perturb_returns_one_result_per_input_in_order(nlp):
    texts = ["He went home.", "", "A dog in the snow.", "   ", "They can swim."]
    results = negagen.perturb(texts, nlp=nlp, batch_size=2)
    assert [r.index for r in results] == [0, 1, 2, 3, 4]
    assert [r.text for r in results] == texts
    assert results[0].perturbations[0].text == "He did not go home."
    assert results[1].refusals[0].reason is RefusalReason.EMPTY_INPUT
    assert results[2].refusal("negation").reason is RefusalReason.NO_FINITE_VERB
    assert results[3].refusals[0].reason is RefusalReason.EMPTY_INPUT
    assert results[4].perturbations[0].text == "They cannot swim."


def test_perturb_accepts_a_single_string(nlp):
    (result,) = negagen.perturb("She likes tea.", nlp=nlp)
    assert result.perturbations[0].text == "She does not like tea."


def test_perturb_refuses_overlong_text_without_parsing(nlp):
    (result,) = negagen.perturb(["word " * 30], nlp=nlp, max_chars=100)
    assert result.refusals[0].reason is RefusalReason.TOO_LONG
    assert "150 characters" in result.refusals[0].message


def test_perturb_unknown_operator_is_a_typed_error(nlp):
    with pytest.raises(UnknownOperatorError, match="available: antonym, negation"):
        negagen.perturb(["x"], ["nope"], nlp=nlp)


def test_perturb_needs_an_operator(nlp):
    with pytest.raises(ConfigError):
        negagen.perturb(["x"], [], nlp=nlp)


def test_iter_perturb_is_lazy(nlp):
    consumed = []

    def texts():
        for i in range(1000):
            consumed.append(i)
            yield "He went home."

    first = next(negagen.iter_perturb(texts(), nlp=nlp, batch_size=8))
    assert first.perturbations[0].text == "He did not go home."
    assert len(consumed) < 1000


def test_result_json_shape_is_stable(nlp):
    (result,) = negagen.perturb(["He went home."], nlp=nlp)
    (record,) = result.to_dicts(["negation"])
    assert record == {
        "input": "He went home.",
        "op": "negation",
        "outputs": [
            {
                "text": "He did not go home.",
                "rule": "insert_do_support",
                "edits": [
                    {
                        "orig_start": 3,
                        "orig_end": 7,
                        "orig_text": "went",
                        "new_start": 3,
                        "new_end": 13,
                        "new_text": "did not go",
                    }
                ],
                "sentence": 0,
            }
        ],
        "refusal": None,
    }


def test_record_rng_depends_only_on_seed_record_and_operator():
    draw = [record_rng(1, "7:0", "negation").random() for _ in range(2)]
    assert draw[0] == draw[1]
    assert record_rng(1, "7:0", "negation").random() != record_rng(2, "7:0", "negation").random()
    assert record_rng(1, "7:0", "negation").random() != record_rng(1, "8:0", "negation").random()
    assert record_rng(1, "7:0", "negation").random() != record_rng(1, "7:0", "other").random()


def test_perturb_shows_its_options_to_type_checkers():
    import inspect

    from negagen import iter_perturb, perturb

    assert list(inspect.signature(perturb).parameters) == list(inspect.signature(iter_perturb).parameters)


def test_the_package_is_marked_typed():
    from importlib.resources import files

    assert files("negagen").joinpath("py.typed").is_file()

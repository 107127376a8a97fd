"""The role_swap operator: exact expected strings, refusals, and the invariants of a swap."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lemminflect import getLemma

import negagen
from negagen.errors import RefusalReason
from negagen.operators.role_swap import swap_roles

from ..helpers import assert_edits_consistent
from .role_swap_cases import CAPITALS, PLAUSIBILITY, REFUSE, SWAP


def _swap_all(nlp, text):
    doc = nlp(text)
    (sentence,) = doc.sents
    return list(swap_roles(sentence, None))


@pytest.mark.parametrize(("text", "expected", "rule"), SWAP)
def test_role_swap_swaps(nlp, text, expected, rule):
    (result,) = _swap_all(nlp, text)
    assert isinstance(result, negagen.Perturbation), result
    assert (result.text, result.rule) == (expected, rule)
    assert result.op == "role_swap"
    assert_edits_consistent(text, result)


@pytest.mark.parametrize(("text", "expected", "plausibility"), PLAUSIBILITY)
def test_role_swap_flags_inanimate_agents(nlp, text, expected, plausibility):
    (result,) = _swap_all(nlp, text)
    assert result.text == expected
    assert result.meta.get("plausibility") == plausibility


@pytest.mark.parametrize(("text", "reason"), REFUSE)
def test_role_swap_refuses(nlp, text, reason):
    (result,) = _swap_all(nlp, text)
    assert isinstance(result, negagen.Refusal), result
    assert result.reason == RefusalReason(reason)


def test_role_swap_yields_every_pair(nlp):
    results = _swap_all(nlp, "He took me from the airport to the hotel.")
    assert [(r.rule, r.text) for r in results] == [
        ("subject_object", "I took him from the airport to the hotel."),
        ("from_to", "He took me from the hotel to the airport."),
    ]


def test_role_swap_meta_reaches_the_json(nlp):
    (result,) = negagen.perturb(["The boy kicked the ball."], ["role_swap"], nlp=nlp)
    (record,) = result.to_dicts(["role_swap"])
    assert record["outputs"][0]["meta"] == {"plausibility": "low"}


# The only changes a swap declares: pronoun case and the agreement of the finite verb. Mapping both away must
# leave exactly the same multiset of words.
CASE = {"me": "i", "him": "he", "her": "she", "us": "we", "them": "they"}
AGREEMENT = {"am": "be", "is": "be", "are": "be", "was": "be", "were": "be", "has": "have", "does": "do",
             "'s": "'aux", "'re": "'aux", "'m": "'aux", "'ve": "'aux",  # 's is "is" or "has"
             "who": "which", "whom": "which"}  # fmt: skip  (relative pronouns follow the new head's animacy)


def _canonical_words(doc) -> Counter:
    words = Counter()
    for t in doc:
        low = CASE.get(t.lower_, t.lower_)
        low = AGREEMENT.get(low, low)
        if t.tag_ in ("VBZ", "VBP", "NNS"):  # agreement: "kick"/"kicks" (the tagger may call either a noun)
            low = getLemma(low, upos="NOUN" if t.tag_ == "NNS" else "VERB")[0]
        words[low] += 1
    return words


@pytest.mark.parametrize(("text", "expected", "rule"), SWAP)
def test_role_swap_preserves_the_words(nlp, text, expected, rule):
    assert _canonical_words(nlp(text)) == _canonical_words(nlp(expected))


NOUNS = ["the dog", "the man", "a cat", "John", "Mary", "the children", "she", "him", "they", "us", "I", "it"]
VERBS = ["bit", "sees", "saw", "chased", "loves", "is watching", "were helping", "gave", "told", "called"]


@st.composite
def clauses(draw):
    subject, obj = draw(st.sampled_from(NOUNS)), draw(st.sampled_from(NOUNS))
    verb = draw(st.sampled_from(VERBS))
    tail = draw(st.sampled_from(["", " yesterday", " from Lyon to Milan", " a book", " than the road", "?"]))
    punct = draw(st.sampled_from([".", "!", "", " ."]))
    return f"{subject[0].upper()}{subject[1:]} {verb} {obj}{tail}{punct}"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=clauses())
def test_role_swap_never_raises_and_keeps_text_outside_edits(nlp, text):
    for sentence in nlp(text).sents:
        for result in swap_roles(sentence, None):
            if isinstance(result, negagen.Perturbation):
                assert result.text != text
                assert_edits_consistent(text, result)
            else:
                assert result.message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=60))
def test_role_swap_survives_arbitrary_unicode(nlp, text):
    for sentence in nlp(text).sents:
        for result in swap_roles(sentence, None):
            if isinstance(result, negagen.Perturbation):
                assert_edits_consistent(text, result)


@pytest.mark.parametrize(("text", "expected"), CAPITALS)
def test_role_swap_keeps_inner_capitals(nlp, text, expected):
    doc = nlp(text)
    (sentence,) = doc.sents
    results = [r for r in swap_roles(sentence, None) if isinstance(r, negagen.Perturbation)]
    assert [r.text for r in results] == [expected]

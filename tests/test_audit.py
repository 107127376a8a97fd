"""The shortcut audit: blind ROC-AUC, bag-of-words shares, and the command's outputs."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from negagen.audit import audit_records
from negagen.audit.bag_of_words import bag, bow_easy, same_bag
from negagen.audit.blind import roc_auc
from negagen.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("positive_scores", "negative_scores", "expected"),
    [
        ([0.1, 0.2], [0.8, 0.9], 1.0),
        ([0.8, 0.9], [0.1, 0.2], 0.0),
        ([0.5, 0.5], [0.5, 0.5], 0.5),  # ties count half
        ([0.1, 0.6], [0.5, 0.9], 0.75),
    ],
)
def test_roc_auc_is_the_share_of_pairs_ranked_right(positive_scores, negative_scores, expected):
    assert roc_auc(positive_scores, negative_scores) == expected


def test_bag_of_words_counts_words_and_marks():
    assert bag("The dog bit the man.") == {"the": 2, "dog": 1, "bit": 1, "man": 1, ".": 1}
    assert same_bag("The dog bit the man.", "The dog bit the man.", "The man bit the dog.")
    assert not same_bag("The dog bit the man.", "The dog bit the man.", "The dog did not bite the man.")
    assert bow_easy("The dog bit the man.", "The dog bit the man.", "The dog did not bite the man.")
    assert not bow_easy("The dog bit the man.", "The dog bit the man.", "The man bit the dog.")  # a tie


def _triplets(op, rule, pairs):
    return [{"anchor": a, "positive": a, "negative": n, "op": op, "rule": rule, "positive_kind": "identity"}
            for a, n in pairs]  # fmt: skip


SUBJECTS = ["cat", "dog", "bird", "horse", "child", "woman", "farmer", "doctor", "pilot", "teacher",
            "baker", "singer", "player", "driver", "nurse", "artist", "writer", "student", "soldier",
            "sailor"]  # fmt: skip
OBJECTS = ["ball", "apple", "book", "hat", "car", "door", "box", "cup", "tree", "boat"]


def test_a_giveaway_word_is_found_and_a_pure_swap_is_not():
    # Every negative adds "not": a one-sentence model finds it. Symmetric swaps keep the words: it cannot.
    negated = _triplets("negation", "insert_do_support", [
        (f"The {s} saw the {o}.", f"The {s} did not see the {o}.") for s in SUBJECTS for o in OBJECTS[:3]
    ])  # fmt: skip
    # each sentence is the positive of one triplet and the negative of another: no text tells them apart
    people = [(a, b) for i, a in enumerate(SUBJECTS) for b in SUBJECTS[i + 1 : i + 4]]
    swapped = _triplets("role_swap", "subject_object", [
        (f"The {a} saw the {b}.", f"The {b} saw the {a}.") for x, y in people for a, b in ((x, y), (y, x))
    ])  # fmt: skip
    report = audit_records(negated + swapped, source="toy")
    rows = {(row.op, row.rule): row for row in report.rows}
    assert rows[("negation", "*")].blind_auc > 0.95
    assert rows[("negation", "*")].same_bag == 0.0 and rows[("negation", "*")].bow_easy == 1.0
    assert "not" in [name for name, _ in rows[("negation", "*")].telltales]
    assert rows[("role_swap", "*")].blind_auc < 0.65
    assert rows[("role_swap", "*")].same_bag == 1.0 and rows[("role_swap", "*")].bow_easy == 0.0
    assert rows[("negation", "insert_do_support")].pairs == 60
    assert report.rows[0].op == "*" and report.rows[0].pairs == 60 + len(swapped)
    assert "negation: the features that give a negative away most: 'did', 'did not', 'not'" in report.table()


def test_too_few_pairs_give_no_auc():
    pairs = [("A big dog.", "A small dog."), ("A hot day.", "A cold day.")]
    report = audit_records(_triplets("antonym", "adj", pairs))
    assert [(row.op, row.rule, row.pairs, row.blind_auc) for row in report.rows] == [
        ("*", "*", 2, None), ("antonym", "*", 2, None), ("antonym", "adj", 2, None),
    ]  # fmt: skip


def test_audit_command_writes_json_and_svg_beside_the_dataset(tmp_path):
    dataset = tmp_path / "t.jsonl"
    pairs = [(f"The {s} saw the {o}.", f"The {s} did not see the {o}.") for s in SUBJECTS for o in OBJECTS[:2]]
    dataset.write_text("".join(json.dumps(r) + "\n" for r in _triplets("negation", "insert_do_support", pairs)),
                       encoding="utf-8")  # fmt: skip
    result = runner.invoke(app, ["audit", str(dataset)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"audit of {dataset} (positives: identity 40)")
    saved = json.loads((tmp_path / "t.audit.json").read_text("utf-8"))
    assert [(r["op"], r["rule"], r["pairs"]) for r in saved["rows"]] == [
        ("*", "*", 40), ("negation", "*", 40), ("negation", "insert_do_support", 40),
    ]  # fmt: skip
    svg = (tmp_path / "t.audit.svg").read_text("utf-8")
    assert svg.startswith("<svg ") and ">negation</text>" in svg and "http://" not in svg.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")


def test_audit_of_nothing_is_a_one_line_error(tmp_path):
    empty = tmp_path / "e.jsonl"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(empty)])
    assert result.exit_code == 2
    assert result.stderr == f"negagen: error: {empty} holds no triplets to audit\n"
    result = runner.invoke(app, ["audit", str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 2
    assert result.stderr == f"negagen: error: input not found: {tmp_path / 'missing.jsonl'}\n"

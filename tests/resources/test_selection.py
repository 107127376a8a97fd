"""The selectional-preference table: counting, back-off, and the plausibility score and flag it gives operators."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import negagen
from negagen.cli import app
from negagen.resources.selection import Arc, build_selection_table, load_selection_table, word_class

CORPUS = (
    ["The dog bit the man.", "The dog chased the cat.", "The man ate the apple.", "The boy ate the bread.",
     "The girl ate a sandwich.", "The cat chased the mouse.", "Fatty acids are found in the oil.",
     "The result is significant.", "A significant result was found.", "The woman read the book."] * 3
)  # fmt: skip


@pytest.fixture()
def table_path(nlp, tmp_path, monkeypatch):
    path = build_selection_table(nlp.pipe(CORPUS), tmp_path / "selection.json")
    monkeypatch.setenv("NEGAGEN_SELECTION_TABLE", str(path))
    return path


def _arc(head: str, rel: str, child: str, head_pos: str = "VERB", child_pos: str = "NOUN") -> Arc:
    return Arc(head, word_class(head, head_pos), rel, child, word_class(child, child_pos))


def test_counts_semantic_relations(table_path):
    table = load_selection_table()
    assert table.count(_arc("bite", "subj", "dog")) == 3
    assert table.count(_arc("eat", "obj", "apple")) == 3
    assert table.count(_arc("bite", "obj", "dog")) == 0
    assert table.count(_arc("find", "obj", "result")) == 3  # "A significant result was found": passive subject


def test_back_off_prefers_the_seen_kind_of_word(table_path):
    table = load_selection_table()
    # never seen with "eat", but a food like the apple and bread that were: far likelier than an animal
    assert table.association(_arc("eat", "obj", "pizza")) > table.association(_arc("eat", "obj", "dog"))
    assert table.association(_arc("bite", "subj", "dog")) > 0 > table.association(_arc("bite", "subj", "apple"))


def test_predicative_share_separates_property_from_classifying_adjectives(table_path):
    table = load_selection_table()
    assert table.predicative_share("significant") == (0.75, 3)  # 3 after a verb, 3 before a noun
    assert table.predicative_share("fatty") == (0.0, 0)


def test_build_is_deterministic(nlp, tmp_path):
    first = build_selection_table(nlp.pipe(CORPUS), tmp_path / "a.json")
    second = build_selection_table(nlp.pipe(list(reversed(CORPUS))), tmp_path / "b.json")
    assert first.read_bytes() == second.read_bytes()


def test_role_swap_is_scored_and_flagged(table_path):
    plausible = negagen.perturb(["The cat chased the dog."], ["role_swap"])[0].perturbations[0]
    implausible = negagen.perturb(["The girl ate the apple."], ["role_swap"])[0].perturbations[0]
    assert implausible.text == "The apple ate the girl."
    assert float(implausible.meta["plausibility_score"]) < float(plausible.meta["plausibility_score"])
    assert implausible.meta["plausibility"] == "low"
    assert "plausibility" not in plausible.meta


def test_antonym_is_scored_but_not_flagged_by_the_score(table_path):
    output = negagen.perturb(["The treatment is effective."], ["antonym"])[0].perturbations[0]
    assert output.text == "The treatment is ineffective."
    assert "plausibility_score" in output.meta and "plausibility" not in output.meta


def test_without_a_table_only_the_rules_flag(nlp):
    output = negagen.perturb(["The girl ate the apple."], ["role_swap"])[0].perturbations[0]
    assert "plausibility_score" not in output.meta
    assert output.meta.get("plausibility") == "low"  # "eat" wants a living subject: the operator's own rule


def test_cli_builds_and_reports_the_table(tmp_path, monkeypatch, nlp):
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("\n".join(CORPUS) + "\n", encoding="utf-8")
    out = tmp_path / "table.json"
    runner = CliRunner()
    result = runner.invoke(app, ["plausibility", "build", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file() and str(out) in result.stdout
    monkeypatch.setenv("NEGAGEN_SELECTION_TABLE", str(out))
    assert runner.invoke(app, ["plausibility", "status"]).stdout.strip() == str(out)
    monkeypatch.setenv("NEGAGEN_SELECTION_TABLE", str(tmp_path / "none.json"))
    assert runner.invoke(app, ["plausibility", "status"]).exit_code == 1


def test_cli_missing_corpus_is_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["plausibility", "build", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert result.output.strip() == f"negagen: error: input file not found: {tmp_path / 'missing.txt'}"


def test_runs_record_which_table_scored_them(table_path, monkeypatch, tmp_path):
    from negagen.resources.selection import selection_table_digest

    digest = selection_table_digest()
    assert digest is not None and len(digest) == 16
    monkeypatch.setenv("NEGAGEN_SELECTION_TABLE", str(tmp_path / "none.json"))
    assert selection_table_digest() is None

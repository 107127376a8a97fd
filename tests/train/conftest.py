"""A tiny recipe over the bundled sample corpus, a tiny BEIR folder and a bag-of-words model: all offline."""

from __future__ import annotations

import json

import pytest

from negagen.dataset.io import SAMPLE_CORPUS

from .tiny_model import static_model


@pytest.fixture(scope="session")
def sample_pairs():
    """(anchor, positive) pairs whose positives negagen can edit."""
    lines = [line for line in SAMPLE_CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(f"About this: {line}", line) for line in lines]


@pytest.fixture(scope="session")
def beir_folder(tmp_path_factory):
    """Three queries, each the exact text of its one relevant document among six."""
    folder = tmp_path_factory.mktemp("beir")
    docs = {f"d{i}": text for i, text in enumerate(
        ["The council approved the budget.", "Dogs bark at night.", "A girl plays the violin.",
         "Rain fell on the city.", "The market closed higher.", "Two men repaired a boat."])}  # fmt: skip
    with (folder / "corpus.jsonl").open("w", encoding="utf-8") as handle:
        for doc_id, text in docs.items():
            handle.write(json.dumps({"_id": doc_id, "title": "", "text": text}) + "\n")
    queries = {"q0": docs["d0"], "q1": docs["d2"], "q2": docs["d5"], "q9": "An unjudged query."}
    (folder / "queries.jsonl").write_text(
        "".join(json.dumps({"_id": q, "text": t}) + "\n" for q, t in queries.items())
    )
    (folder / "qrels").mkdir()
    (folder / "qrels" / "test.tsv").write_text("query-id\tcorpus-id\tscore\nq0\td0\t1\nq1\td2\t1\nq2\td5\t1\n")
    return folder


@pytest.fixture(scope="session")
def tiny_model_path(tmp_path_factory, sample_pairs, beir_folder):
    texts = [t for pair in sample_pairs for t in pair]
    texts += [json.loads(line)["text"] for line in (beir_folder / "corpus.jsonl").read_text().splitlines()]
    texts += ["not", "did", "does", "do", "n't", "An unjudged query."]
    return static_model(texts, tmp_path_factory.mktemp("model") / "static")


@pytest.fixture
def tiny_recipe(tmp_path, sample_pairs, tiny_model_path, beir_folder):
    pairs_file = tmp_path / "pairs.jsonl"
    pairs_file.write_text("".join(json.dumps({"q": a, "p": p}) + "\n" for a, p in sample_pairs), encoding="utf-8")
    held_out = tmp_path / "held_out.jsonl"
    held_out.write_text(
        "".join(
            json.dumps({"q": f"Held out: {p}", "p": p.replace("the", "a", 1)}) + "\n" for _, p in sample_pairs[:30]
        ),
        encoding="utf-8",
    )
    recipe = tmp_path / "recipe.yaml"
    recipe.write_text(
        f"""
model: {tiny_model_path}
output_dir: {tmp_path / "runs"}
ratios: [0, 0.5]
positives: [identity]
train:
  pairs: [{{table: {pairs_file}, anchor: q, positive: p}}]
  rows: 32
  batch_size: 8
  ops: [negation, role_swap]
  learning_rate: 0.05
eval:
  pairs: [{{table: {held_out}, anchor: q, positive: p}}]
  beir: {beir_folder}
""",
        encoding="utf-8",
    )
    return recipe

"""Retrieval quality: nDCG@10 and Recall@100 on a BEIR-format folder, and NanoBEIR by dataset id or local folder.

A BEIR folder holds ``corpus.jsonl`` (or ``.jsonl.gz``; ``_id``, ``title``, ``text``), ``queries.jsonl`` (``_id``,
``text``) and ``qrels/<split>.tsv`` (``query-id``, ``corpus-id``, ``score``); documents are ``title + " " + text``
as in BEIR. Only queries judged in the split are asked. The folder is read by :func:`load_beir`
(:mod:`negagen.experiment.beir`, shared with verification).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..experiment.beir import load_beir

__all__ = ["load_beir", "nanobeir_metrics", "retrieval_metrics", "write_nanobeir_folder"]


def retrieval_metrics(model: Any, folder: Path, *, split: str = "test", batch_size: int = 32) -> dict[str, float]:
    """``{"ndcg@10", "recall@100"}`` of ``model`` on the BEIR folder (cosine similarity, exact search)."""
    from sentence_transformers.sentence_transformer.evaluation import InformationRetrievalEvaluator

    queries, corpus, relevant = load_beir(folder, split)
    evaluator = InformationRetrievalEvaluator(
        queries, corpus, relevant, ndcg_at_k=[10], precision_recall_at_k=[100], mrr_at_k=[10], accuracy_at_k=[1],
        map_at_k=[100], batch_size=batch_size, name="beir", write_csv=False, score_functions=None,
    )  # fmt: skip
    scores = evaluator(model)
    return {"ndcg@10": scores["beir_cosine_ndcg@10"], "recall@100": scores["beir_cosine_recall@100"]}


def nanobeir_metrics(model: Any, dataset_id: str, names: Sequence[str] | None = None) -> dict[str, float]:
    """NanoBEIR nDCG@10 per dataset and their mean, via sentence-transformers' ``NanoBEIREvaluator``.

    ``dataset_id`` is a Hub id (``sentence-transformers/NanoBEIR-en``) or a local folder in its layout (configs
    ``corpus``/``queries``/``qrels``, splits ``NanoSciFact`` …), which works offline.
    """
    from sentence_transformers.sentence_transformer.evaluation import NanoBEIREvaluator

    evaluator = NanoBEIREvaluator(dataset_names=list(names) if names else None, dataset_id=dataset_id,
                                  write_csv=False)  # fmt: skip
    scores = evaluator(model)
    return {key.replace("_cosine_ndcg@10", "_ndcg@10"): value for key, value in scores.items()
            if key.endswith("_cosine_ndcg@10")}  # fmt: skip


def write_nanobeir_folder(beir_folder: Path, out: Path, name: str, *, split: str = "test") -> Path:
    """Write a BEIR folder's ``split`` as a local dataset in NanoBEIR's layout (configs ``corpus``/``queries``/
    ``qrels``, split ``Nano<Name>``), which :func:`nanobeir_metrics` reads offline. ``name`` is a NanoBEIR name
    (``scifact``, ``msmarco`` …)."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from sentence_transformers.sentence_transformer.evaluation.nano_beir import DATASET_NAME_TO_HUMAN_READABLE

    if name.lower() not in DATASET_NAME_TO_HUMAN_READABLE:
        raise InputError(f"{name!r} is not a NanoBEIR name; known: {', '.join(DATASET_NAME_TO_HUMAN_READABLE)}")
    split_name = f"Nano{DATASET_NAME_TO_HUMAN_READABLE[name.lower()]}"
    queries, corpus, relevant = load_beir(beir_folder, split)
    tables = {
        "corpus": {"_id": list(corpus), "text": list(corpus.values())},
        "queries": {"_id": list(queries), "text": list(queries.values())},
        "qrels": {"query-id": [q for q, docs in relevant.items() for _ in docs],
                  "corpus-id": [d for docs in relevant.values() for d in sorted(docs)]},
    }  # fmt: skip
    lines = ["---", "configs:"]
    for subset, columns in tables.items():
        (out / subset).mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.table(columns), out / subset / f"{split_name}.parquet")
        lines += [f"- config_name: {subset}", "  data_files:", f"  - split: {split_name}",
                  f"    path: {subset}/{split_name}.parquet"]  # fmt: skip
    (out / "README.md").write_text("\n".join([*lines, "---", ""]), encoding="utf-8")
    return out

"""Train the verifiers of a recipe and measure every configuration: dense only, and dense + each verifier.

For each configuration, on the recipe's BEIR folder (SciFact here): nDCG@10 after reranking the dense top-k, with
the rerank weight chosen on the dev split (``verify.dev_split``, its first ``dev_queries`` queries); and on the
held-out structural set, split in half by anchor (dev / test): pairwise accuracy (the verifier scores the real
positive above the structural negative, ties half; overall and per operator), the near-miss rejection rate (share
of structural negatives below a threshold that accepts ``accept_positives`` of the dev positives) and the share of
test positives accepted. The same again, as ``paraphrase_*``, on a second held-out set built from
``verify.paraphrase_pairs`` when the recipe names one; and, when ``verify.edits`` names the anchor, as
``query_edit_*`` and ``query_edit_paraphrase_*`` on both sets with the anchor edited instead of the positive (the
negative is a near-miss of the query itself, which the anchor always decides). With ``eval.transfer`` (the
held-out passages of ``negagen passages``), the same as ``transfer_*`` (query, passage, edited passage) and
``transfer_query_*`` (passage, query, edited query), split in half by anchor like the caption set.
Latency per query: dense search (query encoding + exact search) plus the verifier's scoring of the k candidates,
document token embeddings included (nothing is precomputed at index time).

Verifiers are looked up by name in the registry (:mod:`negagen.experiment.verifiers`): training and loading go through
each one's ``prepare`` and ``load``, so a registered verifier runs here like a built-in one. The pools, held-out sets,
BEIR reader and tables are the experiment layer's; this module imports no other stage (``train``, ``evaluate``).
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError, InputError
from ..experiment.beir import load_beir
from ..experiment.held_out import (
    StructuralTriplet,
    held_out_sets,
    split_by_anchor,
    structural_test_set,
    verify_folder,
)
from ..experiment.metrics import pairwise_accuracy
from ..experiment.models import load_model
from ..experiment.pools import mix_rows, ordinary_pool, structural_pool
from ..experiment.recipe import Recipe
from ..experiment.tables import write_table
from ..experiment.verifiers import VerifierSetup, get_verifier, verifier_names
from .rerank import best_weight, dense_top_k, ndcg_at_k, rerank, score_candidates
from .tokens import TokenEmbeddings

__all__ = [
    "evaluate_verifiers", "held_out_sets", "load_verifier", "split_by_anchor", "structural_verification",
    "train_verifiers", "training_rows",
]  # fmt: skip

_UNPREFIXED = ("near_miss_rejection", "positives_accepted", "threshold")  # the headline set's columns, named earlier
# The dense verifier is the first stage itself: its configuration is dense retrieval alone, not reranked.
FIRST_STAGE = "dense"


def training_rows(recipe: Recipe, model: Any) -> list[dict[str, str]]:
    """``verify.rows`` rows, a share ``verify.ratio`` of them structural, split evenly between the pools of
    ``verify.positives`` × ``verify.edits`` (the anchor edited only with pair positives)."""
    config = recipe.verify
    seed = config.seed
    kinds = [config.positives] if isinstance(config.positives, str) else config.positives
    ordinary = ordinary_pool(recipe, model)
    pools = [
        structural_pool(recipe, kind, edit=side)
        for kind in dict.fromkeys(kinds)
        for side in (dict.fromkeys(config.edits) if kind == "pair" else ["positive"])
    ]
    if len(pools) == 1:
        return mix_rows(ordinary, pools[0], config.ratio, config.rows, seed=seed)
    n_structural = round(config.ratio * config.rows)
    structural = []
    for index, pool in enumerate(pools):
        share = n_structural // len(pools) + (index < n_structural % len(pools))
        if share > len(pool):
            raise ConfigError(f"{share} structural rows wanted per pool but only {len(pool)} available")
        # index + seed·len(pools): every (seed, pool) its own stream, and seed 0 the draws it always had.
        structural += random.Random(index + seed * len(pools)).sample(pool, share)
    return mix_rows(ordinary, structural, config.ratio, config.rows, seed=seed)


def train_verifiers(
    recipe: Recipe, *, only: list[str] | None = None, log: Callable[[str], None] = print
) -> dict[str, Path]:
    """Train the recipe's trainable verifiers (or those of ``only``) unless already saved; returns their folders,
    by name. An interrupted training resumes after its last finished epoch."""
    config, out = recipe.verify, verify_folder(recipe)

    @cache
    def model() -> Any:
        return load_model(recipe.model, recipe.train.max_seq_length)

    @cache
    def rows() -> list[dict[str, str]]:  # built only when a verifier is trained
        return training_rows(recipe, model())

    setup = VerifierSetup(config=config, model=recipe.model, folder=out, encoder=model, rows=rows, log=log)
    saved = {}
    # In the registry's order (the built-in ones first), whatever the recipe's: the order they have always been
    # trained and reported in.
    for name in verifier_names():
        if name in config.verifiers and (not only or name in only):
            folder = get_verifier(name).prepare(setup)
            if folder is not None:
                saved[name] = folder
    return saved


def structural_verification(
    verifier: Any, dev: list[StructuralTriplet], test: list[StructuralTriplet], accept_positives: float,
    *, prefix: str = "",
) -> dict[str, float]:  # fmt: skip
    """On ``test``, the threshold set on ``dev``: ``pairwise_accuracy`` (overall and ``<op>_pairwise_accuracy`` per
    operator), ``near_miss_rejection``, ``positives_accepted`` and ``threshold``, each key led by ``prefix``."""

    def scores(triplets: list[StructuralTriplet]) -> tuple[np.ndarray, np.ndarray]:
        both = verifier.score([t.anchor for t in triplets] * 2,
                              [t.positive for t in triplets] + [t.negative for t in triplets])  # fmt: skip
        return both[: len(triplets)], both[len(triplets) :]

    if not dev or not test:
        which = prefix.rstrip("_") or "structural"
        raise InputError(f"the held-out {which} set is too small to split ({len(dev)} dev, {len(test)} test)")
    dev_positive, _ = scores(dev)
    threshold = float(np.quantile(dev_positive, 1 - accept_positives))
    positive, negative = scores(test)
    metrics = {
        "pairwise_accuracy": pairwise_accuracy(positive, negative),
        "near_miss_rejection": float((negative < threshold).mean()),
        "positives_accepted": float((positive >= threshold).mean()),
        "threshold": threshold,
    }
    ops = np.array([t.op for t in test])
    for op in sorted(set(ops)):
        metrics[f"{op}_pairwise_accuracy"] = pairwise_accuracy(positive[ops == op], negative[ops == op])
    return {prefix + key: value for key, value in metrics.items()}


def load_verifier(name: str, model: Any, saved: dict[str, Path], tokens: TokenEmbeddings | None = None) -> Any:
    """The verifier ``name`` over the encoder ``model``; trained ones from ``saved`` (what ``train_verifiers``
    returns). ``tokens``: the token-embedding cache for maxsim and simmap (a new one by default)."""
    tokens = tokens if tokens is not None else TokenEmbeddings(model)
    return get_verifier(name).load(saved.get(name), model, tokens=tokens)


def evaluate_verifiers(
    recipe: Recipe, *, only: list[str] | None = None, log: Callable[[str], None] = print
) -> list[dict[str, Any]]:
    """Train (if needed) and measure every configuration, or those of ``only`` (their rows replace earlier ones in
    the saved results); writes verify_results.{json,csv} and verify.png."""
    config, out = recipe.verify, verify_folder(recipe)
    if only:
        unknown = set(only) - set(config.verifiers)
        if unknown:
            raise ConfigError(f"not among the recipe's verifiers: {', '.join(sorted(unknown))}")
    saved = train_verifiers(recipe, only=only, log=log)
    model = load_model(recipe.model, recipe.train.max_seq_length)
    dev_triplets, test_triplets = split_by_anchor(structural_test_set(recipe))
    held_out = held_out_sets(recipe)
    beir = Path(recipe.eval.beir) if recipe.eval.beir else None
    retrieval: dict[str, Any] = {}
    if beir is not None:
        queries, corpus, relevant = load_beir(beir, recipe.eval.beir_split)
        dev_queries, _, dev_relevant = load_beir(beir, config.dev_split)
        dev_ids = sorted(dev_queries)[: config.dev_queries]
        dev_queries = {q: dev_queries[q] for q in dev_ids}
        dev_relevant = {q: dev_relevant[q] for q in dev_ids}
        doc_vectors = model.encode(list(corpus.values()), batch_size=32, normalize_embeddings=True)
        start = time.perf_counter()
        test_candidates = dense_top_k(model, queries, corpus, config.k, doc_vectors=doc_vectors)
        dense_seconds = (time.perf_counter() - start) / len(queries)
        dev_candidates = dense_top_k(model, dev_queries, corpus, config.k, doc_vectors=doc_vectors)
        retrieval = {"queries": queries, "corpus": corpus, "relevant": relevant, "dev_queries": dev_queries,
                     "dev_relevant": dev_relevant, "test": test_candidates, "dev": dev_candidates,
                     "dense_seconds": dense_seconds}  # fmt: skip
    saved_results = out / "verify_results.json"
    previous = json.loads(saved_results.read_text(encoding="utf-8")) if only and saved_results.is_file() else []
    by_name = {row["verifier"]: row for row in previous if "verifier" in row}
    for name in config.verifiers:
        if only and name not in only:
            continue
        # Each verifier computes its own token embeddings, so every latency includes them (nothing precomputed).
        verifier = load_verifier(name, model, saved)
        row: dict[str, Any] = {
            "configuration": "dense only" if name == FIRST_STAGE else f"dense + {name}",
            "verifier": name,
        }
        if retrieval:
            r = retrieval
            if name == FIRST_STAGE:
                weight, test_scores, seconds = 0.0, None, 0.0
            else:
                dev_scores = score_candidates(verifier, r["dev_queries"], r["corpus"], r["dev"])
                weight, _ = best_weight(r["dev"], dev_scores, r["dev_relevant"], config.weights)
                start = time.perf_counter()
                test_scores = score_candidates(verifier, r["queries"], r["corpus"], r["test"])
                seconds = (time.perf_counter() - start) / len(r["queries"])
            rankings = rerank(
                r["test"], test_scores or {q: [0.0] * len(c) for q, c in r["test"].items()}, weight=weight
            )
            row.update({"beir_ndcg@10": ndcg_at_k(rankings, r["relevant"]), "rerank_weight": weight,
                        "latency_ms_per_query": 1000 * (r["dense_seconds"] + seconds)})  # fmt: skip
        structural = structural_verification(verifier, dev_triplets, test_triplets, config.accept_positives)
        row["structural_pairwise_accuracy"] = structural.pop("pairwise_accuracy")
        row.update({key if key in _UNPREFIXED else f"structural_{key}": value for key, value in structural.items()})
        for prefix, (dev, test) in held_out.items():
            row.update(structural_verification(verifier, dev, test, config.accept_positives, prefix=prefix))
        log(json.dumps(row))
        by_name[name] = row
    results = [by_name[name] for name in config.verifiers if name in by_name]
    out.mkdir(parents=True, exist_ok=True)
    (out / "verify_results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    write_table(results, out / "verify_results.csv")
    _plot(results, out / "verify.png", config.accept_positives)
    return results


def _plot(results: list[dict[str, Any]], path: Path, accept_positives: float) -> None:
    """Two panels against SciFact nDCG@10: pairwise accuracy and near-miss rejection, one marker per held-out set."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [r for r in results if "beir_ndcg@10" in r]
    if not rows:
        return
    figure, panels = plt.subplots(1, 2, figsize=(11, 4.6), sharex=True)
    # one marker per held-out set: (key prefix, marker, legend label)
    sets = (("structural_", "o", "captions, positive edited"), ("paraphrase_", "^", "MSRP, positive edited"),
            ("query_edit_", "s", "captions, query edited"), ("query_edit_paraphrase_", "D", "MSRP, query edited"),
            ("transfer_", "P", "held-out passages, edited"), ("transfer_query_", "X", "held-out queries, edited"))
    metrics = (("pairwise_accuracy", "pairwise accuracy (held-out)"),
               ("near_miss_rejection", f"near-miss rejection, {accept_positives:.0%} of positives kept"))  # fmt: skip
    for axes, (metric, label) in zip(panels, metrics, strict=True):
        for index, row in enumerate(rows):
            for prefix, marker, _ in sets:
                # the caption set's rejection column was named before the others had prefixes
                key = metric if prefix == "structural_" and metric in _UNPREFIXED else prefix + metric
                if key in row:
                    axes.scatter([row["beir_ndcg@10"]], [row[key]], s=60, color=f"C{index}", marker=marker)
        axes.axhline(0.9, color="grey", linestyle="--", linewidth=0.8)
        axes.set_xlabel("SciFact nDCG@10 after rerank")
        axes.set_ylabel(label)
        axes.grid(alpha=0.3)
    # configurations share an x (same nDCG) and crowd each other: a colour legend instead of labels at the points
    for index, row in enumerate(rows):
        panels[1].scatter([], [], color=f"C{index}", marker="o", label=row["configuration"])
    panels[1].legend(fontsize=8, loc="center")
    shown = [(marker, text) for prefix, marker, text in sets if any(k.startswith(prefix) for r in rows for k in r)]
    if len(shown) > 1:
        for marker, text in shown:
            panels[0].scatter([], [], color="grey", marker=marker, label=text)
        panels[0].legend(fontsize=8, loc="center")
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)

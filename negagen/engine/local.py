"""The local engine: the batch function in this process, or in forked worker processes."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..parse.cache import ParseCache
from ..records import TextResult
from ..registry import Operator
from .batch import perturb_batch, perturb_stream
from .options import RunOptions

__all__ = ["TASKS_PER_WORKER", "local_engine"]

TASKS_PER_WORKER = 40  # batches a worker process handles before it is replaced

# State of a worker process, set once by _start_worker. With the fork start method the pipeline and operators
# are inherited from the parent, not pickled.
_WORKER: dict[str, Any] = {}


def local_engine(
    indexed_texts: Iterable[tuple[int, str]],
    nlp: Language,
    operators: list[tuple[str, Operator]],
    options: RunOptions,
) -> Iterator[TextResult]:
    """(index, text) pairs in, :class:`TextResult` out in order: ``options.workers`` forked processes each parse
    *and* run the operators on their batches (the parent only collects results), so the operators' cost is spread
    like the parser's. With a parse cache, spaCy's own processes parse and this process runs the operators."""
    if options.workers > 1 and options.parse_cache is None:
        return _in_workers(indexed_texts, nlp, operators, options)
    cache = ParseCache(Path(options.parse_cache), nlp) if options.parse_cache is not None else None
    return perturb_stream(indexed_texts, nlp, operators, options, n_process=options.workers, cache=cache)


def _start_worker(nlp: Language, operators: list[tuple[str, Operator]], options: RunOptions) -> None:
    _WORKER.update(nlp=nlp, operators=operators, options=options)


def _run_batch(batch: list[tuple[int, str]]) -> list[TextResult]:
    return perturb_batch(batch, _WORKER["nlp"], _WORKER["operators"], _WORKER["options"])


def _in_workers(
    indexed_texts: Iterable[tuple[int, str]],
    nlp: Language,
    operators: list[tuple[str, Operator]],
    options: RunOptions,
) -> Iterator[TextResult]:
    """Batches of texts through ``options.workers`` processes, results back in input order.

    At most two batches per worker are in flight, so memory stays flat however long the input (``Pool.imap``
    would read the whole input ahead). Results do not depend on the worker count: every record's randomness comes
    from its global index (:func:`~negagen.engine.batch.record_rng`).
    """
    context = multiprocessing.get_context("fork")
    stream = iter(indexed_texts)
    in_flight: deque = deque()
    # spaCy's string store grows with every new word a worker parses; replacing a worker after a bounded number
    # of batches (a fork of the parent, whose store stays small) keeps memory flat in the corpus size.
    pool = context.Pool(
        options.workers, initializer=_start_worker, initargs=(nlp, operators, options),
        maxtasksperchild=TASKS_PER_WORKER,
    )  # fmt: skip
    with pool:
        while batch := list(islice(stream, options.batch_size)):
            in_flight.append(pool.apply_async(_run_batch, (batch,)))
            if len(in_flight) >= 2 * options.workers:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()

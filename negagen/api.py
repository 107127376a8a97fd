"""The Python API: parse texts in batches and run operators on every sentence.

Data flows one way: text → spaCy ``Doc`` → per sentence, each operator → :class:`~negagen.records.Perturbation`
or :class:`~negagen.records.Refusal` → one :class:`~negagen.records.TextResult` per input, in input order.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import random
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .engine import ENGINES
from .errors import ConfigError, RefusalReason
from .parse import DEFAULT_PIPELINE, load_pipeline, parse
from .parse.cache import ParseCache, parse_with_cache
from .positives import structural_positive
from .records import Perturbation, Refusal, TextResult
from .registry import Operator, get_operator, needs_rng

__all__ = ["DEFAULT_MAX_CHARS", "iter_perturb", "perturb", "perturb_batch", "record_rng"]

# Longer inputs are refused rather than parsed: spaCy's cost grows with length and a 10k-character "sentence" is
# almost always a whole document pasted into one field.
DEFAULT_MAX_CHARS = 10_000


def record_rng(seed: int, record_id: int | str, op: str) -> random.Random:
    """A generator for one (record, operator) pair, independent of processing order and worker count."""
    digest = hashlib.blake2b(f"{seed}\x1f{record_id}\x1f{op}".encode(), digest_size=8).digest()
    return random.Random(int.from_bytes(digest, "big"))


def _input_problem(text: str, max_chars: int) -> Refusal | None:
    if not text.strip():
        return Refusal("", RefusalReason.EMPTY_INPUT, "the text is empty or only whitespace")
    if len(text) > max_chars:
        return Refusal("", RefusalReason.TOO_LONG, f"{len(text)} characters is more than max_chars={max_chars}")
    return None


def iter_perturb(
    texts: Iterable[str],
    ops: Sequence[str] = ("negation",),
    *,
    nlp: Language | None = None,
    pipeline: str = DEFAULT_PIPELINE,
    batch_size: int = 256,
    n_process: int = 1,
    seed: int = 0,
    max_chars: int = DEFAULT_MAX_CHARS,
    op_config: Mapping[str, Mapping[str, Any]] | None = None,
    positives: bool = False,
    parse_cache: Path | None = None,
    engine: str = "local",
) -> Iterator[TextResult]:
    """Lazily perturb ``texts`` with the operators named in ``ops``; one :class:`TextResult` per text, in order.

    Args:
        texts: input texts; each may hold several sentences (each is handled and recorded on its own).
        ops: registered operator names (see :func:`negagen.operator_names`).
        nlp: a loaded spaCy pipeline; default: :func:`negagen.parse.load_pipeline` of ``pipeline``.
        batch_size: texts per ``nlp.pipe`` batch (and per task for worker processes).
        n_process: worker processes; each parses *and* runs the operators on its batches (the parent only
            collects results in order), so the operators' cost is spread like the parser's.
        seed: base of every per-record random generator (see :func:`record_rng`).
        max_chars: longer texts are refused with ``too_long`` instead of parsed.
        op_config: options per operator name, e.g. ``{"reorder": {"shuffle": True}}``.
        positives: also make a structural paraphrase of each text (see :mod:`negagen.positives`): the first
            sentence that has one gives ``TextResult.positives``.
        parse_cache: a folder of cached parses (see :mod:`negagen.parse.cache`): texts parsed before are not
            parsed again.
        engine: ``local`` (this process, or ``n_process`` forked workers) or ``ray`` (``n_process`` Ray Data
            actors, see :mod:`negagen.engine.ray_data`); the results are the same.

    Raises:
        UnknownOperatorError: a name in ``ops`` is not registered.
        PipelineNotFoundError: no pipeline given and none installed.
        ConfigError: an option out of range (``max_chars`` above the pipeline's ``max_length``, an engine).
    """
    if isinstance(ops, str):
        ops = [ops]
    if engine not in ENGINES:
        raise ConfigError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if engine == "ray" and parse_cache is not None:
        raise ConfigError("the parse cache is a local folder; use it with the local engine")
    if not ops:
        raise ConfigError("at least one operator is needed")
    op_config = op_config or {}
    unknown = set(op_config) - set(ops)
    if unknown:
        raise ConfigError(f"options given for operators not in use: {', '.join(sorted(unknown))}")
    operators = [(op, get_operator(op, **op_config.get(op, {}))) for op in dict.fromkeys(ops)]
    nlp = nlp if nlp is not None else load_pipeline(pipeline)
    if max_chars > nlp.max_length:  # spaCy refuses longer texts itself, with an exception per text
        raise ConfigError(f"max_chars can be at most {nlp.max_length} (the pipeline's max_length), not {max_chars}")
    options = {"seed": seed, "max_chars": max_chars, "positives": positives, "batch_size": batch_size}
    # Not a generator itself, so bad options raise here, before a caller opens any output.
    if engine == "ray":
        from .engine.ray_data import ray_stream  # Ray is optional

        return ray_stream(enumerate(texts), n_process, nlp, operators, options)
    if n_process > 1 and parse_cache is None:
        return _in_workers(enumerate(texts), n_process, nlp, operators, options)
    cache = ParseCache(Path(parse_cache), nlp) if parse_cache is not None else None
    return _perturb_stream(enumerate(texts), nlp, operators, n_process=n_process, cache=cache, **options)


def perturb_batch(
    indexed_texts: Iterable[tuple[int, str]],
    nlp: Language,
    operators: list[tuple[str, Operator]],
    options: Mapping[str, Any],
) -> list[TextResult]:
    """The batch function every engine runs: (global index, text) pairs in, one :class:`TextResult` each out.

    Pure in its inputs: a record's randomness derives from its global index (:func:`record_rng`), so any split of
    the input into batches, processes or cluster actors gives the same results. ``options``: ``seed``,
    ``max_chars``, ``positives``, ``batch_size`` (as :func:`iter_perturb`).
    """
    return list(_perturb_stream(indexed_texts, nlp, operators, **options))


def _perturb_stream(
    indexed_texts: Iterable[tuple[int, str]],
    nlp: Language,
    operators: list[tuple[str, Operator]],
    *,
    seed: int,
    max_chars: int,
    positives: bool,
    batch_size: int,
    n_process: int = 1,
    cache: ParseCache | None = None,
) -> Iterator[TextResult]:
    """:func:`perturb_batch` as a stream: (index, text) pairs in, :class:`TextResult` out, in order."""
    # Bad inputs are answered without parsing; good ones stream through nlp.pipe, and the two are interleaved
    # back into input order.
    pending: deque[tuple[int, str, Refusal | None]] = deque()

    def good_texts() -> Iterator[str]:
        for index, text in indexed_texts:
            problem = _input_problem(text, max_chars)
            pending.append((index, text, problem))
            if problem is None:
                yield text

    if cache is not None:
        docs = parse_with_cache(nlp, good_texts(), cache, batch_size=batch_size, n_process=n_process)
    else:
        docs = parse(nlp, good_texts(), batch_size=batch_size, n_process=n_process)
    for doc in docs:
        while pending and pending[0][2] is not None:
            yield _refused_input(*pending.popleft(), operators)
        index, text, _ = pending.popleft()
        yield _run_operators(index, text, doc, operators, seed, positives)
    while pending:
        yield _refused_input(*pending.popleft(), operators)


TASKS_PER_WORKER = 40  # batches a worker process handles before it is replaced

# State of a worker process, set once by _start_worker. With the fork start method the pipeline and operators
# are inherited from the parent, not pickled.
_WORKER: dict[str, Any] = {}


def _start_worker(nlp: Language, operators: list[tuple[str, Operator]], options: dict[str, Any]) -> None:
    _WORKER.update(nlp=nlp, operators=operators, options=options)


def _run_batch(batch: list[tuple[int, str]]) -> list[TextResult]:
    return perturb_batch(batch, _WORKER["nlp"], _WORKER["operators"], _WORKER["options"])


def _in_workers(
    indexed_texts: Iterable[tuple[int, str]],
    workers: int,
    nlp: Language,
    operators: list[tuple[str, Operator]],
    options: dict[str, Any],
) -> Iterator[TextResult]:
    """Batches of texts through ``workers`` processes, results back in input order.

    At most two batches per worker are in flight, so memory stays flat however long the input (``Pool.imap``
    would read the whole input ahead). Results do not depend on the worker count: every record's randomness comes
    from its global index (:func:`record_rng`).
    """
    context = multiprocessing.get_context("fork")
    stream = iter(indexed_texts)
    in_flight: deque = deque()
    # spaCy's string store grows with every new word a worker parses; replacing a worker after a bounded number
    # of batches (a fork of the parent, whose store stays small) keeps memory flat in the corpus size.
    pool = context.Pool(
        workers, initializer=_start_worker, initargs=(nlp, operators, options), maxtasksperchild=TASKS_PER_WORKER
    )
    with pool:
        while batch := list(islice(stream, options["batch_size"])):
            in_flight.append(pool.apply_async(_run_batch, (batch,)))
            if len(in_flight) >= 2 * workers:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()


def _refused_input(
    index: int, text: str, problem: Refusal | None, operators: list[tuple[str, Operator]]
) -> TextResult:
    assert problem is not None
    return TextResult(index, text, (), tuple(replace(problem, op=op) for op, _ in operators))


def _run_operators(
    index: int, text: str, doc: Doc, operators: list[tuple[str, Operator]], seed: int, positives: bool = False
) -> TextResult:
    perturbations: list[Perturbation] = []
    refusals: list[Refusal] = []
    paraphrases: list[Perturbation] = []
    for position, sentence in enumerate(doc.sents):
        if positives and not paraphrases:
            paraphrase = structural_positive(sentence)
            if isinstance(paraphrase, Perturbation):
                paraphrases.append(replace(paraphrase, sentence=position))
        for op, operator in operators:
            rng = record_rng(seed, f"{index}:{position}", op) if needs_rng(operator) else None
            for result in operator(sentence, rng):
                # Built directly: dataclasses.replace costs more than some operators.
                if isinstance(result, Perturbation):
                    perturbations.append(
                        Perturbation(result.original, result.text, result.op, result.rule, result.edits, position,
                                     result.meta)
                    )  # fmt: skip
                else:
                    refusals.append(Refusal(result.op, result.reason, result.message, position))
    return TextResult(index, text, tuple(perturbations), tuple(refusals), tuple(paraphrases))


def perturb(
    texts: Iterable[str] | str,
    ops: Sequence[str] = ("negation",),
    *,
    nlp: Language | None = None,
    pipeline: str = DEFAULT_PIPELINE,
    batch_size: int = 256,
    n_process: int = 1,
    seed: int = 0,
    max_chars: int = DEFAULT_MAX_CHARS,
    op_config: Mapping[str, Mapping[str, Any]] | None = None,
    positives: bool = False,
    parse_cache: Path | None = None,
    engine: str = "local",
) -> list[TextResult]:
    """Perturb ``texts`` (or one text) and return one :class:`TextResult` per text. The options are
    :func:`iter_perturb`'s.

    Example:
        >>> [r.perturbations[0].text for r in perturb(["She likes tea.", "They can swim."])]
        ['She does not like tea.', 'They cannot swim.']
    """
    if isinstance(texts, str):
        texts = [texts]
    return list(iter_perturb(
        texts, ops, nlp=nlp, pipeline=pipeline, batch_size=batch_size, n_process=n_process, seed=seed,
        max_chars=max_chars, op_config=op_config, positives=positives, parse_cache=parse_cache, engine=engine,
    ))  # fmt: skip

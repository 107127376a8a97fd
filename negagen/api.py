"""The Python API: parse texts in batches and run operators on every sentence.

A thin surface over :mod:`negagen.engine`: the keyword options become one :class:`~negagen.engine.RunOptions`, the
operators are built and the pipeline loaded once, and the registered engine runs the batch function. Data flows one
way: text → spaCy ``Doc`` → per sentence, each operator → :class:`~negagen.records.Perturbation` or
:class:`~negagen.records.Refusal` → one :class:`~negagen.records.TextResult` per input, in input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language

from .engine import DEFAULT_MAX_CHARS, RunOptions, get_engine, perturb_batch, record_rng
from .errors import ConfigError
from .operators import get_operator
from .parse import DEFAULT_PIPELINE, load_pipeline
from .records import TextResult

__all__ = ["DEFAULT_MAX_CHARS", "RunOptions", "iter_perturb", "perturb", "perturb_batch", "record_rng", "run"]


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
        engine: a registered engine (:mod:`negagen.engine`): ``local`` (this process, or ``n_process`` forked
            workers) or ``ray`` (``n_process`` Ray Data actors); the results are the same.

    Raises:
        UnknownOperatorError: a name in ``ops`` is not registered.
        PipelineNotFoundError: no pipeline given and none installed.
        ConfigError: an option out of range (``max_chars`` above the pipeline's ``max_length``, an engine).
    """
    if isinstance(ops, str):
        ops = [ops]
    options = RunOptions(
        ops=tuple(ops), op_config=op_config or {}, seed=seed, max_chars=max_chars, positives=positives,
        batch_size=batch_size, workers=n_process, engine=engine, parse_cache=parse_cache,
    )  # fmt: skip
    return run(texts, options, nlp=nlp, pipeline=pipeline)


def run(
    texts: Iterable[str], options: RunOptions, *, nlp: Language | None = None, pipeline: str = DEFAULT_PIPELINE
) -> Iterator[TextResult]:
    """:func:`iter_perturb` with its options in one :class:`~negagen.engine.RunOptions`: lazily, one
    :class:`TextResult` per text, in order.

    Not a generator itself: bad options raise here, before a caller opens any output.

    Raises:
        UnknownOperatorError: a name in ``options.ops`` is not registered.
        PipelineNotFoundError: no pipeline given and none installed.
        ConfigError: an option out of range (``max_chars`` above the pipeline's ``max_length``, an engine).
    """
    engine = get_engine(options.engine)
    operators = [(op, get_operator(op, **options.op_config.get(op, {}))) for op in options.ops]
    nlp = nlp if nlp is not None else load_pipeline(pipeline)
    if options.max_chars > nlp.max_length:  # spaCy refuses longer texts itself, with an exception per text
        raise ConfigError(
            f"max_chars can be at most {nlp.max_length} (the pipeline's max_length), not {options.max_chars}"
        )
    return engine(enumerate(texts), nlp, operators, options)


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

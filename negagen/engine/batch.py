"""The one batch function every engine runs: (global index, text) pairs in, one :class:`TextResult` each out.

Data flows one way: text → spaCy ``Doc`` → per sentence, each operator → :class:`~negagen.records.Perturbation`
or :class:`~negagen.records.Refusal` → one :class:`~negagen.records.TextResult` per input, in input order.
"""

from __future__ import annotations

import hashlib
import random
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import RefusalReason
from ..parse import parse
from ..parse.cache import ParseCache, parse_with_cache
from ..positives import structural_positive
from ..records import Perturbation, Refusal, TextResult
from ..registry import Operator, needs_rng
from .options import RunOptions

__all__ = ["perturb_batch", "perturb_stream", "record_rng"]


def record_rng(seed: int, record_id: int | str, op: str) -> random.Random:
    """A generator for one (record, operator) pair, independent of processing order and worker count."""
    digest = hashlib.blake2b(f"{seed}\x1f{record_id}\x1f{op}".encode(), digest_size=8).digest()
    return random.Random(int.from_bytes(digest, "big"))


def perturb_batch(
    indexed_texts: Iterable[tuple[int, str]],
    nlp: Language,
    operators: list[tuple[str, Operator]],
    options: RunOptions,
) -> list[TextResult]:
    """Run ``operators`` on every sentence of each (global index, text) pair; one :class:`TextResult` per text.

    Pure in its inputs: a record's randomness derives from its global index (:func:`record_rng`), so any split of
    the input into batches, processes or cluster actors gives the same results. ``operators`` are the built
    operators of ``options.ops``, in that order.
    """
    return list(perturb_stream(indexed_texts, nlp, operators, options))


def perturb_stream(
    indexed_texts: Iterable[tuple[int, str]],
    nlp: Language,
    operators: list[tuple[str, Operator]],
    options: RunOptions,
    *,
    n_process: int = 1,
    cache: ParseCache | None = None,
) -> Iterator[TextResult]:
    """:func:`perturb_batch` as a stream, in order; ``n_process`` spaCy processes parse (with ``cache``, texts
    parsed before are read back instead)."""
    # Bad inputs are answered without parsing; good ones stream through nlp.pipe, and the two are interleaved
    # back into input order.
    pending: deque[tuple[int, str, Refusal | None]] = deque()

    def good_texts() -> Iterator[str]:
        for index, text in indexed_texts:
            problem = _input_problem(text, options.max_chars)
            pending.append((index, text, problem))
            if problem is None:
                yield text

    if cache is not None:
        docs = parse_with_cache(nlp, good_texts(), cache, batch_size=options.batch_size, n_process=n_process)
    else:
        docs = parse(nlp, good_texts(), batch_size=options.batch_size, n_process=n_process)
    for doc in docs:
        while pending and pending[0][2] is not None:
            yield _refused_input(*pending.popleft(), operators)
        index, text, _ = pending.popleft()
        yield _run_operators(index, text, doc, operators, options.seed, options.positives)
    while pending:
        yield _refused_input(*pending.popleft(), operators)


def _input_problem(text: str, max_chars: int) -> Refusal | None:
    if not text.strip():
        return Refusal("", RefusalReason.EMPTY_INPUT, "the text is empty or only whitespace")
    if len(text) > max_chars:
        return Refusal("", RefusalReason.TOO_LONG, f"{len(text)} characters is more than max_chars={max_chars}")
    return None


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

"""Passage-level near-misses from (query, passage) pairs: the passage with *the sentence that answers the query*
edited, so that it stops answering, and the rest of the passage byte-identical.

A random sentence of a passage is the wrong place to edit: the query is still answered by the unedited sentence,
and a model learns only that edited text is a worse match. So the answering sentence is located first, and of its
edits only those that can change what is asked are kept (:func:`hits_what_is_asked`):

=============== ==============================================================================================
located by      how
=============== ==============================================================================================
``answer``      the sentence holding the answer span (SQuAD); several: the one sharing most words with the query
``overlap``     no answer given (SciFact claims): the sentence sharing most content words with the query
=============== ==============================================================================================

Each record says what was edited and where:

================== ==========================================================================================
column             meaning
================== ==========================================================================================
``query``          the query as asked
``passage``        the passage that answers it
``negative``       ``side: passage``: the passage with the answering sentence edited; ``side: query``: the query
                   edited (a near-miss of what is asked, which the passage does not answer)
``side``           ``passage`` or ``query``
``op``, ``rule``   the operator and rule of the edit
``sentence``       index of the edited sentence in the passage (``side: passage``), else ``None``
``start``, ``end`` its character span in ``passage`` (the negative differs from the passage only there)
``located_by``     ``answer`` or ``overlap`` (see above)
``answer``         the SQuAD answer, when given
``passage_id``, ``group``, ``query_id``  provenance; ``group`` (the article) is what held-out splits keep apart
================== ==========================================================================================
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language

from ..api import iter_perturb, record_rng
from ..parse import parse
from ..records import Perturbation, TextResult
from .selection import plausibility_of

__all__ = [
    "QueryPassage",
    "answer_elsewhere",
    "answering_sentence",
    "hits_what_is_asked",
    "passage_negatives",
    "split_by_group",
]

# Function words do not tell which sentence a query is about.
_STOP = frozenset("""a an the of in on at to for from by with and or but is are was were be been being what which who
whom whose when where why how did does do that this these those it its as than into about after before during not no
s their his her they he she we you i""".split())  # fmt: skip
_WORD = re.compile(r"[\w]+", re.UNICODE)


@dataclass(frozen=True)
class QueryPassage:
    """A (query, passage) pair of a retrieval set, with its provenance."""

    query: str
    passage: str
    passage_id: str = ""
    group: str = ""  # what a held-out split keeps apart: the Wikipedia article, the SciFact abstract
    answer: str | None = None
    query_id: str = ""


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP and (len(w) > 1 or not w.isdigit())}


def answering_sentence(
    spans: Sequence[tuple[int, int]], passage: str, query: str, answer: str | None = None
) -> tuple[int, str] | None:
    """(index into ``spans``, how it was located) of the sentence that answers ``query``; ``None`` when no sentence
    holds the answer, or none shares a content word with the query."""
    words = _content_words(query)

    def overlap(index: int) -> int:
        start, end = spans[index]
        return len(words & _content_words(passage[start:end]))

    if answer:
        holding = [i for i, (start, end) in enumerate(spans) if answer in passage[start:end]]
        if not holding:
            holding = [i for i, (start, end) in enumerate(spans) if answer.lower() in passage[start:end].lower()]
        if not holding:
            return None
        return max(holding, key=lambda i: (overlap(i), -i)), "answer"
    if not spans:
        return None
    best = max(range(len(spans)), key=lambda i: (overlap(i), -i))
    return (best, "overlap") if overlap(best) > 0 else None


# Between an edit and the answer these marks open another clause (a coordinated or relative one): a negation or a
# flip on one side leaves the answer on the other side standing.
_CLAUSE_BREAKS = re.compile(r";|,\s*(and|but|or|which|who|whom|whose|where|when|while|whereas|although)\b|"
                            r"\b(which|who|whom|whereas|although|while)\b", re.IGNORECASE)  # fmt: skip


def _answer_span(sentence: str, answer: str | None) -> tuple[int, int] | None:
    if not answer:
        return None
    at = sentence.find(answer)
    if at < 0:
        at = sentence.lower().find(answer.lower())
    return (at, at + len(answer)) if at >= 0 else None


def hits_what_is_asked(edit: Perturbation, query: str, answer: str | None) -> bool:
    """Whether ``edit`` of the answering sentence can stop it answering ``query``.

    A negation must sit in the answer's clause: no clause break (``;``, ``, and``, ``, but``, a relative pronoun …)
    between the edit and the answer span. Any other edit must change words of the answer span or of the query.

    Why: judged blind (docs/quality/passages), an antonym, relation flip or swap of a word the query does not ask
    about ("a larger challenge" -> "a smaller challenge" for "Who claims...?") left the answer readable in 15 of 17
    cases (seed 5338); after that rule, negations of the main verb with the answer in a relative or coordinated
    clause ("has not suffered severely…, and sometimes two-thirds… has been wiped out") were the largest family
    left (seed 118).
    """
    sentence = edit.original
    span = _answer_span(sentence, answer)
    if edit.op == "negation":
        if span is None:
            return True
        for change in edit.edits:
            if change.orig_end <= span[0]:
                between = sentence[change.orig_end : span[0]]  # the edit, then the answer
            else:
                between = sentence[span[1] : change.orig_start]  # the answer, then the edit (empty: inside it)
            if _CLAUSE_BREAKS.search(between):
                return False
        return True
    asked = _content_words(query)
    for change in edit.edits:
        if span is not None and change.orig_start < span[1] and span[0] < max(change.orig_end, change.orig_start + 1):
            return True
        if _content_words(change.orig_text) & asked:
            return True
    return False


def answer_elsewhere(passage: str, spans: Sequence[tuple[int, int]], sentence: int, answer: str | None) -> bool:
    """Whether another sentence of ``passage`` also states ``answer``: editing one sentence then leaves the passage
    answering (the second family of seed 5338 and seed 118)."""
    if not answer:
        return False
    return any(answer.lower() in passage[start:end].lower()
               for i, (start, end) in enumerate(spans) if i != sentence)  # fmt: skip


def _usable(result: TextResult) -> list[Perturbation]:
    # An edit of the text as one sentence: a text spaCy splits in two on its own would be edited in one part only,
    # and the negative would no longer be "the passage with this sentence replaced". Outputs an operator flags
    # implausible are left out, as negagen generate leaves them out by default.
    return [p for p in result.perturbations if p.original == result.text and plausibility_of(p.meta) != "low"]


def passage_negatives(
    pairs: Sequence[QueryPassage],
    ops: Sequence[str],
    *,
    nlp: Language,
    seed: int = 0,
    query_side: bool = True,
    batch_size: int = 64,
) -> Iterator[dict[str, Any]]:
    """One passage-side record per pair whose answering sentence an operator edits (the edit drawn with ``seed``
    among the operators' outputs), and with ``query_side`` one query-side record per pair whose query one edits.

    Deterministic: the choice depends on the seed and the pair's position, not on batches.
    """
    passages = list(dict.fromkeys(pair.passage for pair in pairs))
    spans = {
        text: [(s.start_char, s.end_char) for s in doc.sents]
        for text, doc in zip(passages, parse(nlp, passages, batch_size=batch_size), strict=True)
    }
    located = [answering_sentence(spans[p.passage], p.passage, p.query, p.answer) for p in pairs]
    sentences = list(dict.fromkeys(
        p.passage[slice(*spans[p.passage][where[0]])] for p, where in zip(pairs, located, strict=True) if where
    ))  # fmt: skip
    edits = dict(zip(sentences, iter_perturb(sentences, ops, nlp=nlp, batch_size=batch_size, seed=seed), strict=True))
    queries = list(dict.fromkeys(p.query for p in pairs)) if query_side else []
    query_edits = dict(zip(queries, iter_perturb(queries, ops, nlp=nlp, batch_size=batch_size, seed=seed),
                           strict=True))  # fmt: skip
    for index, (pair, where) in enumerate(zip(pairs, located, strict=True)):
        base = {"query": pair.query, "passage": pair.passage}
        provenance = {"answer": pair.answer, "passage_id": pair.passage_id, "group": pair.group,
                      "query_id": pair.query_id}  # fmt: skip
        if where is not None:
            sentence, how = where
            start, end = spans[pair.passage][sentence]
            options = [e for e in _usable(edits[pair.passage[start:end]])
                       if hits_what_is_asked(e, pair.query, pair.answer)]  # fmt: skip
            if answer_elsewhere(pair.passage, spans[pair.passage], sentence, pair.answer):
                options = []
            if options:
                edit = record_rng(seed, index, "passage").choice(options)
                negative = pair.passage[:start] + edit.text + pair.passage[end:]
                yield {**base, "negative": negative, "side": "passage", "op": edit.op, "rule": edit.rule,
                       "sentence": sentence, "start": start, "end": end, "located_by": how, **provenance}  # fmt: skip
        if query_side:
            options = _usable(query_edits[pair.query])
            if options:
                edit = record_rng(seed, index, "query").choice(options)
                yield {**base, "negative": edit.text, "side": "query", "op": edit.op, "rule": edit.rule,
                       "sentence": None, "start": None, "end": None, "located_by": None, **provenance}  # fmt: skip


def split_by_group(
    pairs: Iterable[QueryPassage], held_out: Sequence[str]
) -> tuple[list[QueryPassage], list[QueryPassage]]:
    """(pairs of other groups, pairs of the ``held_out`` groups): no article is on both sides."""
    keep = set(held_out)
    pairs = list(pairs)
    return [p for p in pairs if p.group not in keep], [p for p in pairs if p.group in keep]

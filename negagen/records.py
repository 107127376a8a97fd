"""The records that flow through negagen: an :class:`Edit`, a :class:`Perturbation` or a :class:`Refusal`,
and the per-input :class:`TextResult` that gathers them.

All are frozen dataclasses with a ``to_dict()`` giving the JSON shape the CLI prints and the dataset stores.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import RefusalReason

__all__ = ["Edit", "Perturbation", "Refusal", "TextResult"]


@dataclass(frozen=True)
class Edit:
    """One contiguous replacement: ``orig_text`` at ``[orig_start, orig_end)`` of the original became
    ``new_text`` at ``[new_start, new_end)`` of the result. Insertions have an empty ``orig_text``,
    deletions an empty ``new_text``. Offsets are Python string indices (code points)."""

    orig_start: int
    orig_end: int
    orig_text: str
    new_start: int
    new_end: int
    new_text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "orig_start": self.orig_start,
            "orig_end": self.orig_end,
            "orig_text": self.orig_text,
            "new_start": self.new_start,
            "new_end": self.new_end,
            "new_text": self.new_text,
        }


@dataclass(frozen=True)
class Perturbation:
    """A meaning-changing rewrite of ``original`` into ``text`` by operator ``op`` using rule ``rule``.

    ``sentence`` is the index of the sentence (in the parser's segmentation of ``original``) that was edited;
    the other sentences are copied unchanged. ``meta`` holds operator-specific flags, e.g. ``plausibility: low``
    for a role swap that makes an inanimate noun the agent of an animate verb.
    """

    original: str
    text: str
    op: str
    rule: str
    edits: tuple[Edit, ...]
    sentence: int = 0
    meta: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record = {
            "text": self.text,
            "rule": self.rule,
            "edits": [edit.to_dict() for edit in self.edits],
            "sentence": self.sentence,
        }
        if self.meta:
            record["meta"] = dict(self.meta)
        return record


@dataclass(frozen=True)
class Refusal:
    """Operator ``op`` made no output for sentence ``sentence`` (``None``: the whole input) because of
    ``reason``; ``message`` says it for a person."""

    op: str
    reason: RefusalReason
    message: str
    sentence: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"reason": self.reason.value, "message": self.message}


@dataclass(frozen=True)
class TextResult:
    """Everything the operators made of one input text, in input order."""

    index: int
    text: str
    perturbations: tuple[Perturbation, ...] = field(default=())
    refusals: tuple[Refusal, ...] = field(default=())
    positives: tuple[Perturbation, ...] = field(default=())  # structural paraphrases, when asked for

    def outputs(self, op: str) -> list[Perturbation]:
        return [p for p in self.perturbations if p.op == op]

    def refusal(self, op: str) -> Refusal | None:
        """The refusal to show for ``op``: ``None`` when the operator produced any output, else the first
        sentence's refusal (for a one-sentence input, the only one)."""
        if any(p.op == op for p in self.perturbations):
            return None
        return next((r for r in self.refusals if r.op == op), None)

    def to_dicts(self, ops: list[str]) -> Iterator[dict[str, Any]]:
        """One JSON object per operator: the stable ``negagen perturb --json`` shape."""
        for op in ops:
            refusal = self.refusal(op)
            yield {
                "input": self.text,
                "op": op,
                "outputs": [p.to_dict() for p in self.outputs(op)],
                "refusal": None if refusal is None else refusal.to_dict(),
            }

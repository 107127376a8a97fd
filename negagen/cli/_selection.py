"""The selection options ``generate`` and ``export`` share (see :mod:`negagen.dataset.selection`)."""

from __future__ import annotations

from typing import Annotated

from ..dataset.selection import Selection, parse_max_share
from ._util import Opt

Plausibility = Annotated[
    str, Opt(help="high: drop negatives flagged plausibility low (training default); any: keep them.")
]
Rules = Annotated[
    list[str], Opt("--rule", help="Keep only this rule, RULE or OP.RULE (repeatable, or comma-separated).")
]
MaxShare = Annotated[
    list[str], Opt(help="Cap an operator's share of the kept negatives, OP=SHARE (repeatable), e.g. antonym=0.3.")
]
Balance = Annotated[
    str | None, Opt(help="ops or rules: every operator (or rule) keeps as many negatives as the smallest.")
]
Dedupe = Annotated[
    bool, Opt("--dedupe/--keep-duplicates", help="Drop a repeated (anchor, negative) pair; the first is kept.")
]


def selection_options(
    *, plausibility: str, rules: list[str], max_share: list[str], balance: str | None, dedupe: bool, seed: int,
    ops: list[str] | None = None,
) -> Selection:  # fmt: skip
    """The :class:`Selection` the command-line options describe."""
    rule_names = [name.strip() for value in rules for name in value.split(",") if name.strip()]
    return Selection(
        plausibility=plausibility, ops=tuple(ops) if ops else None, rules=tuple(rule_names) or None, dedupe=dedupe,
        max_share=parse_max_share(max_share), balance=balance, seed=seed,
    )  # fmt: skip

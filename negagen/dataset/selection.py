"""Which negatives a dataset keeps: filters, de-duplication and operator shares, shared by ``generate`` and
``export``.

A :class:`Selection` is applied in two steps, and every negative it drops is counted with its reason:

=================== ===================================================================================
step                what it does
=================== ===================================================================================
``plausibility``    ``high`` (default) drops negatives flagged ``plausibility: low``; ``any`` keeps them
``ops`` / ``rules`` keep only these operators / rules (a rule is ``rule`` or ``op.rule``)
``dedupe``          (default on) drop a negative whose (anchor, negative) pair was already kept: the first
                    one wins, in output order (input line, then the order of ``--ops``, then the operator's
                    own order), so list the operator you would rather credit first
``max_share``       ``{op: share}``: at most that share of the kept negatives comes from ``op``
``balance``         ``ops`` or ``rules``: every operator (or operator and rule) keeps as many negatives as
                    the smallest one has
=================== ===================================================================================

The first three are decided one negative at a time while streaming. Shares and balance need the counts of the
whole dataset, so they are a second pass: which negatives of an over-represented group survive is decided by a
seeded hash of the negative, so the result does not depend on the order, batch size or worker count.

The defaults are the training defaults: an implausible or duplicate negative teaches a model to spot odd text,
not structure. Shares are not capped by default because a cap throws data away; ask for it.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError

__all__ = [
    "BALANCE_CHOICES", "PLAUSIBILITY_CHOICES", "Selection", "StreamFilter", "parse_max_share",
    "plausibility_of", "seeded_rank", "share_keep", "share_pass",
]  # fmt: skip

PLAUSIBILITY_CHOICES = ("high", "any")
BALANCE_CHOICES = ("ops", "rules")

# Why a negative that an operator made is not in the dataset (the keys of ``GenerationStats.dropped``).
LOW_PLAUSIBILITY = "plausibility low"
OP_NOT_SELECTED = "operator not selected"
RULE_NOT_SELECTED = "rule not selected"
DUPLICATE = "duplicate (anchor, negative)"
SHARE_CAP = "operator share cap"
BALANCED = "balanced away"


def plausibility_of(meta: Mapping[str, Any] | str | None) -> str:
    """``low`` when an operator flagged the negative implausible, else ``high`` (not flagged). ``meta`` may be the
    JSON text the ``triplet-all`` export stores."""
    if isinstance(meta, str):
        try:
            meta = json.loads(meta)
        except json.JSONDecodeError:
            meta = None
    return "low" if isinstance(meta, Mapping) and meta.get("plausibility") == "low" else "high"


def parse_max_share(values: Iterable[str]) -> dict[str, float]:
    """``["antonym=0.3", "reorder=0.1"]`` → ``{"antonym": 0.3, "reorder": 0.1}``.

    Raises:
        ConfigError: not ``OP=SHARE`` with a share in (0, 1].
    """
    shares: dict[str, float] = {}
    for value in values:
        for item in filter(None, (part.strip() for part in value.split(","))):
            op, sep, share = item.partition("=")
            try:
                number = float(share)
            except ValueError:
                number = -1.0
            if not sep or not op.strip() or not 0 < number <= 1:
                raise ConfigError(f"--max-share takes OPERATOR=SHARE with a share in (0, 1], not {item!r}")
            shares[op.strip()] = number
    return shares


@dataclass(frozen=True)
class Selection:
    """What to keep; see the module docstring. The default is the training default."""

    plausibility: str = "high"
    ops: tuple[str, ...] | None = None
    rules: tuple[str, ...] | None = None
    dedupe: bool = True
    max_share: Mapping[str, float] = field(default_factory=dict)
    balance: str | None = None
    seed: int = 0

    def __post_init__(self) -> None:
        if self.plausibility not in PLAUSIBILITY_CHOICES:
            raise ConfigError(f"plausibility must be one of {', '.join(PLAUSIBILITY_CHOICES)}, "
                              f"not {self.plausibility!r}")  # fmt: skip
        if self.balance is not None and self.balance not in BALANCE_CHOICES:
            raise ConfigError(f"balance must be one of {', '.join(BALANCE_CHOICES)}, not {self.balance!r}")
        if self.balance is not None and self.max_share:
            raise ConfigError("--balance and --max-share do not go together: choose one")
        for op, share in self.max_share.items():
            if not 0 < share <= 1:
                raise ConfigError(f"the share of {op} must be in (0, 1], not {share}")

    def check_operators(self, known: Iterable[str], what: str) -> None:
        """Refuse operator names (``--op``, ``--max-share``) that are not among ``known`` (``what`` says which
        operators those are: "registered", "run by --ops").

        Raises:
            ConfigError: an unknown name, or caps on every operator that add up to less than 1.
        """
        known = set(known)
        named = [*(self.ops or ()), *self.max_share]
        unknown = sorted({op for op in named if op not in known})
        if unknown:
            raise ConfigError(f"unknown operator {', '.join(map(repr, unknown))} in the selection (operators "
                              f"{what}: {', '.join(sorted(known))})")  # fmt: skip
        if known <= set(self.max_share) and sum(self.max_share[op] for op in known) < 1:
            raise ConfigError("the --max-share shares of every operator add up to less than 1: nothing could be kept")

    @property
    def needs_counts(self) -> bool:
        """Whether a second pass over the whole dataset is needed (shares or balance)."""
        return bool(self.max_share) or self.balance is not None

    @property
    def is_default(self) -> bool:
        return self == Selection(seed=self.seed)

    def group(self, op: str, rule: str) -> tuple[str, ...]:
        """The group a negative is counted in for shares and balance."""
        return (op, rule) if self.balance == "rules" else (op,)

    def rank(self, anchor: str, negative: str, op: str, rule: str) -> bytes:
        """The seeded order in which an over-represented group keeps its negatives (lowest first). A triplet and
        its mirrored twin (anchor and negative exchanged) rank alike."""
        return seeded_rank(self.seed, op, rule, *sorted((anchor, negative)))


class StreamFilter:
    """The one-at-a-time steps of a :class:`Selection` (plausibility, operator and rule, de-duplication).

    ``reason(...)`` is ``None`` for a negative to keep (and remembers it for de-duplication), else why it is
    dropped. De-duplication remembers a 16-byte digest per kept pair, so it holds for a whole run.
    """

    def __init__(self, selection: Selection) -> None:
        self.selection = selection
        self._seen: set[bytes] = set()

    def reason(self, anchor: str, negative: str, op: str, rule: str, meta: Mapping[str, Any] | None) -> str | None:
        selection = self.selection
        if selection.plausibility == "high" and plausibility_of(meta) == "low":
            return LOW_PLAUSIBILITY
        if selection.ops is not None and op not in selection.ops:
            return OP_NOT_SELECTED
        if selection.rules is not None and rule not in selection.rules and f"{op}.{rule}" not in selection.rules:
            return RULE_NOT_SELECTED
        if selection.dedupe:
            digest = _pair_digest(anchor, negative)
            if digest in self._seen:
                return DUPLICATE
            self._seen.add(digest)
        return None

    def remember(self, record: Mapping[str, Any]) -> None:
        """A record written earlier (a complete shard of a resumed run): its pairs are taken."""
        for key, negative in record.items():
            if key == "negative" or key.startswith("negative_"):
                self._seen.add(_pair_digest(record["anchor"], negative))

    def forget(self, anchor: str, negative: str) -> None:
        """A kept pair was not written after all (too few negatives for a row): a later one is no duplicate."""
        self._seen.discard(_pair_digest(anchor, negative))


def seeded_rank(seed: int, *parts: str) -> bytes:
    """A seeded, order-free sort key for a record (its parts): sorting by it draws a seeded sample that does not
    depend on the order records arrive in. Shares, the audit's sample and the report's samples use it."""
    return hashlib.blake2b("\0".join((str(seed), *parts)).encode("utf-8"), digest_size=12).digest()


def _pair_digest(anchor: str, negative: str) -> bytes:
    return hashlib.blake2b(f"{anchor}\0{negative}".encode(), digest_size=16).digest()


def share_keep(selection: Selection, groups: Mapping[tuple[str, ...], list[tuple[bytes, int]]]) -> set[int]:
    """The positions to keep, given every kept negative's ``(rank, position)`` per group: each group cut to its
    target size (:func:`share_targets`), keeping the lowest ranks. Records of equal rank (a triplet and its
    mirrored twin) are kept or dropped together, so a cut never splits them (it may then keep one fewer).

    Raises:
        ConfigError: the caps leave nothing of a dataset that had negatives.
    """
    targets = share_targets(selection, {group: len(items) for group, items in groups.items()})
    if groups and not any(targets.values()):
        raise ConfigError("the --max-share caps leave no negative at all: raise them, or cap fewer operators")
    keep: set[int] = set()
    for group, items in groups.items():
        ranked = sorted(items)
        cut = targets[group]
        while 0 < cut < len(ranked) and ranked[cut][0] == ranked[cut - 1][0]:
            cut -= 1
        keep.update(position for _, position in ranked[:cut])
    return keep


def share_targets(selection: Selection, counts: Mapping[tuple[str, ...], int]) -> dict[tuple[str, ...], int]:
    """How many negatives each group keeps.

    ``balance``: every group as many as the smallest. ``max_share``: the largest counts with ``count_op <=
    share_op * total`` for every capped operator, total counted after the caps (found by lowering the capped
    counts until every cap holds; each step lowers at least one count, so it ends).
    """
    targets = dict(counts)
    if selection.balance is not None:
        smallest = min(counts.values(), default=0)
        return {group: smallest for group in counts}
    capped = {group: share for group in counts if (share := selection.max_share.get(group[0])) is not None}
    while True:
        total = sum(targets.values())
        allowed = {group: int(share * total + 1e-9) for group, share in capped.items()}  # 1e-9: 0.3 * 10 is 3
        over = {group: n for group, n in allowed.items() if targets[group] > n}
        if not over:
            return targets
        targets.update(over)


def share_pass(
    selection: Selection, records: Callable[[], Iterable[dict[str, Any]]]
) -> Iterator[tuple[dict[str, Any], str | None]]:  # fmt: skip
    """The second pass of shares and balance: every record of ``records()`` (called twice: once, now, to count
    and rank; once, as the result is iterated, to decide) with ``None`` when it is kept, else why it is dropped.

    Raises:
        ConfigError: the caps leave nothing (see :func:`share_keep`); raised by the call, before any record.
    """
    keep = share_keep(selection, rank_groups(selection, records()))
    why = SHARE_CAP if selection.max_share else BALANCED
    return ((record, None if position in keep else why) for position, record in enumerate(records()))


Ranked = dict[tuple[str, ...], list[tuple[bytes, int]]]


def rank_groups(selection: Selection, records: Iterable[dict[str, Any]]) -> Ranked:
    """``(rank, position)`` of every one-negative record, by group: the input of :func:`share_keep`."""
    groups: Ranked = defaultdict(list)
    for position, r in enumerate(records):
        groups[selection.group(r["op"], r["rule"])].append(
            (selection.rank(r["anchor"], r["negative"], r["op"], r["rule"]), position)
        )
    return groups

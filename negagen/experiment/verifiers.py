"""Verifiers are registered by name, the way operators are (:mod:`negagen.registry`): a recipe's ``verify.verifiers``,
``negagen verify`` and the benchmarks look a name up here instead of branching on it.

A verifier is a class with the :class:`Verifier` methods. Register one with :func:`register_verifier` (a decorator)
or, from another package, through the ``negagen_verifiers`` entry-point group (catalogue's convention). The built-in
ones live in :mod:`negagen.verify`, a layer above this one, and are declared the same way, as entry points in
negagen's ``pyproject.toml``: this layer lists them by name (the entry points' names, nothing imported) and loads
one when it is used, so it never imports the packages built on it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

import catalogue
import numpy as np

from ..errors import ConfigError
from ..registry import registered_names

if TYPE_CHECKING:
    from .recipe import VerifyConfig

__all__ = [
    "BUILTIN_ORDER",
    "Verifier",
    "VerifierSetup",
    "get_verifier",
    "register_verifier",
    "verifier_names",
    "verifiers",
]

verifiers = catalogue.create("negagen", "verifiers", entry_points=True)

# The built-ins (entry points of negagen itself), in the order they are trained and reported when a recipe names
# several; other verifiers follow, sorted.
BUILTIN_ORDER = ("dense", "maxsim", "simmap", "cross-encoder")


@dataclass(frozen=True)
class VerifierSetup:
    """What :meth:`Verifier.prepare` trains from in a recipe's run (built by ``negagen.verify.train_verifiers``).

    ``encoder`` and ``rows`` load the recipe's encoder and build its training rows on first call; every verifier of
    the run shares them, and a run whose verifiers are all saved builds neither.
    """

    config: VerifyConfig  # the recipe's verify: section
    model: str  # the recipe's encoder as it names it: a path, a Hub id or "default" (see models.resolve_model)
    folder: Path  # the run's verify/ folder; each verifier keeps what it trains under it
    encoder: Callable[[], Any]
    rows: Callable[[], Sequence[dict[str, str]]]  # {anchor, positive, negative}
    log: Callable[[str], None] = print


class Verifier(Protocol):
    """A second-stage scorer of (query, candidate) pairs over a dense encoder.

    ``fit``, ``save`` and ``load`` are the verifier's own (a verifier with nothing to learn fits and saves nothing);
    ``prepare`` is its step in a recipe's run: train it with the recipe's settings unless a complete save is there
    already, and say where ``load`` finds it.
    """

    name: ClassVar[str]

    def score(self, queries: Sequence[str], candidates: Sequence[str]) -> np.ndarray:
        """One score per (query, candidate) pair, higher = more likely the same meaning."""
        ...

    def fit(self, rows: Sequence[dict[str, str]], **options: Any) -> Any:
        """Learn from rows ``{anchor, positive, negative}``."""
        ...

    def save(self, folder: Path) -> None:
        """Write what :meth:`load` needs to ``folder``."""
        ...

    @classmethod
    def load(cls, folder: Path | None, encoder: Any, /, *, tokens: Any = None) -> Verifier:
        """The verifier saved in ``folder`` (``None``: one with nothing saved) over the dense ``encoder``;
        ``tokens``: a shared token-embedding cache, for verifiers that read token embeddings."""
        ...

    @classmethod
    def prepare(cls, setup: VerifierSetup) -> Path | None:
        """Train and save for ``setup`` unless already saved; the folder to :meth:`load` from, ``None`` when there
        is nothing to train."""
        ...


def register_verifier(name: str) -> Callable[[type], type]:
    """Decorator: register a :class:`Verifier` class under ``name`` (a recipe's ``verify.verifiers`` entry)."""
    return verifiers.register(name)


def verifier_names() -> list[str]:
    """The verifiers a recipe may name: the built-in ones in their order, then the others, sorted. Entry points are
    read by name only: listing imports no verifier (the cross-encoder's imports take seconds)."""
    return registered_names(verifiers, BUILTIN_ORDER)


def get_verifier(name: str) -> type[Verifier]:
    """The verifier class registered as ``name`` (a registration in this process shadows an entry point).

    Raises:
        ConfigError: no verifier has that name; the message lists those that do.
    """
    registered = catalogue.REGISTRY.get((*verifiers.namespace, name))
    if registered is not None:  # catalogue itself would prefer the entry point
        return registered
    if name not in verifiers:
        raise ConfigError(f"unknown verifier {name!r}; known: {', '.join(verifier_names())}")
    return verifiers.get(name)

"""Operators are registered by name, the way spaCy registers components.

A registered *factory* takes the operator's config and returns an :data:`Operator`: a plain function
``(sentence: Span, rng: random.Random) -> Iterator[Perturbation | Refusal]``. A deterministic operator marks itself
with :func:`deterministic` so the engine does not seed a generator it would never read. Third-party packages can add
operators through the ``negagen_operators`` entry point group (catalogue's convention).

This module only holds the registry: looking an operator up (:func:`negagen.operators.get_operator`) lives with the
built-in operators, which must be imported (registered) first; so nothing here imports an operator.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence

import catalogue
from spacy.tokens import Span

from .records import Perturbation, Refusal

__all__ = [
    "Operator",
    "OperatorFactory",
    "deterministic",
    "needs_rng",
    "operators",
    "register_operator",
    "registered_names",
]

Operator = Callable[[Span, random.Random], Iterator[Perturbation | Refusal]]
OperatorFactory = Callable[..., Operator]

operators = catalogue.create("negagen", "operators", entry_points=True)


def deterministic(operator: Operator) -> Operator:
    """Mark ``operator`` as not reading its ``rng`` (it is then called with ``rng=None``)."""
    operator.needs_rng = False  # type: ignore[attr-defined]
    return operator


def needs_rng(operator: Operator) -> bool:
    return getattr(operator, "needs_rng", True)


def register_operator(name: str) -> Callable[[OperatorFactory], OperatorFactory]:
    """Decorator: register ``factory`` under ``name``. The factory is called as ``factory(name=name, **config)``."""
    return operators.register(name)


def registered_names(registry: catalogue.Registry, first: Sequence[str] = ()) -> list[str]:
    """The names in any of negagen's registries: those of ``first`` that are registered, in that order (the
    built-ins), then the others sorted. Entry points are read by name only, their packages not imported: a broken or
    slow plugin must not break ``--help`` or a run that does not use it."""
    local = {key[-1] for key in catalogue.REGISTRY if key[:-1] == registry.namespace}
    plugins = {ep.name for ep in catalogue.AVAILABLE_ENTRY_POINTS.select(group=registry.entry_point_namespace)}
    names = local | plugins
    return [n for n in first if n in names] + sorted(names - set(first))

"""Operators are registered by name, the way spaCy registers components.

A registered *factory* takes the operator's config and returns an :data:`Operator`: a plain function
``(sentence: Span, rng: random.Random) -> Iterator[Perturbation | Refusal]``. A deterministic operator marks itself
with :func:`deterministic` so the engine does not seed a generator it would never read. Third-party packages can add
operators through the ``negagen_operators`` entry point group (catalogue's convention).
"""

from __future__ import annotations

import inspect
import random
from collections.abc import Callable, Iterator
from typing import Any

import catalogue
from spacy.tokens import Span

from .errors import ConfigError, UnknownOperatorError
from .records import Perturbation, Refusal

__all__ = [
    "Operator",
    "deterministic",
    "get_operator",
    "needs_rng",
    "operator_names",
    "operators",
    "register_operator",
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


def _ensure_builtins() -> None:
    # Importing the package registers the built-in operators; done lazily so `registry` has no import cycle.
    from . import operators as _builtin  # noqa: F401


def operator_names() -> list[str]:
    """The registered operator names, sorted."""
    _ensure_builtins()
    return sorted(operators.get_all())


def get_operator(name: str, **config: Any) -> Operator:
    """Build the operator registered as ``name`` with ``config``.

    Raises:
        UnknownOperatorError: no operator has that name; the message lists the registered ones.
        ConfigError: ``config`` has an option the operator does not take (the message lists those it takes).
    """
    _ensure_builtins()
    if name not in operators:
        raise UnknownOperatorError(f"unknown operator {name!r}; available: {', '.join(operator_names())}")
    factory = operators.get(name)
    signature = inspect.signature(factory)
    try:
        signature.bind(name=name, **config)
    except TypeError:
        accepted = [p for p in signature.parameters if p != "name"]
        raise ConfigError(
            f"operator {name!r} takes {', '.join(accepted) or 'no options'}; got {', '.join(sorted(config))}"
        ) from None
    return factory(name=name, **config)

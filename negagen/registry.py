"""Operators are registered by name, the way spaCy registers components.

A registered *factory* takes the operator's config and returns an :data:`Operator`: a plain function
``(sentence: Span, rng: random.Random) -> Iterator[Perturbation | Refusal]``. Third-party packages can add
operators through the ``negagen_operators`` entry point group (catalogue's convention).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

import catalogue
from spacy.tokens import Span

from .errors import UnknownOperatorError
from .records import Perturbation, Refusal

__all__ = ["Operator", "get_operator", "operator_names", "operators", "register_operator"]

Operator = Callable[[Span, random.Random], Iterator[Perturbation | Refusal]]
OperatorFactory = Callable[..., Operator]

operators = catalogue.create("negagen", "operators", entry_points=True)


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
    """
    _ensure_builtins()
    if name not in operators:
        raise UnknownOperatorError(f"unknown operator {name!r}; available: {', '.join(operator_names())}")
    return operators.get(name)(name=name, **config)

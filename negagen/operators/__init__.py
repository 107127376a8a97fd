"""Built-in operators, and looking operators up by name. Importing this package registers the built-ins (see
:mod:`negagen.registry`); third-party operators come from the ``negagen_operators`` entry points."""

from __future__ import annotations

import inspect
from typing import Any

from ..errors import ConfigError, UnknownOperatorError
from ..registry import Operator, operators, registered_names
from .antonym import make_antonym, replace_antonyms
from .negation import make_negation, negate_sentence
from .relation_flip import flip_relations, make_relation_flip
from .reorder import make_reorder, reorder_sentence
from .role_swap import make_role_swap, swap_roles

__all__ = [
    "flip_relations",
    "get_operator",
    "make_antonym",
    "make_negation",
    "make_relation_flip",
    "make_reorder",
    "make_role_swap",
    "negate_sentence",
    "operator_names",
    "reorder_sentence",
    "replace_antonyms",
    "swap_roles",
]


def operator_names() -> list[str]:
    """The registered operator names, sorted (entry points by name: listing imports no plugin)."""
    return registered_names(operators)


def get_operator(name: str, **config: Any) -> Operator:
    """Build the operator registered as ``name`` with ``config``.

    Raises:
        UnknownOperatorError: no operator has that name; the message lists the registered ones.
        ConfigError: ``config`` has an option the operator does not take (the message lists those it takes).
    """
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

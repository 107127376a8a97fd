"""Assertions and fixtures shared by the tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import catalogue

import negagen


def assert_edits_consistent(original: str, perturbation: negagen.Perturbation) -> None:
    """Every recorded edit points at its text in both strings, and everything between edits is unchanged."""
    rebuilt, cursor = [], 0
    for edit in perturbation.edits:
        assert original[edit.orig_start : edit.orig_end] == edit.orig_text
        assert perturbation.text[edit.new_start : edit.new_end] == edit.new_text
        rebuilt.append(original[cursor : edit.orig_start])
        rebuilt.append(edit.new_text)
        cursor = edit.orig_end
    rebuilt.append(original[cursor:])
    assert "".join(rebuilt) == perturbation.text


@contextmanager
def registered(registry: catalogue.Registry, name: str, func: Callable[..., Any]) -> Iterator[None]:
    """``func`` registered as ``name`` in ``registry`` (negagen's operators, engines, …) for the ``with`` block only,
    so a test's toy entry is not seen by the tests that list the registered names."""
    registry.register(name, func=func)
    try:
        yield
    finally:
        del catalogue.REGISTRY[(*registry.namespace, name)]

"""The ``negagen`` command line: thin wrappers over the Python API."""

from __future__ import annotations

from . import audit, export, generate, passages, perturb, plausibility, report, train, verify, wordnet  # noqa: F401  (registers the commands)
from ._util import app

__all__ = ["app", "main"]


def main() -> None:
    app()

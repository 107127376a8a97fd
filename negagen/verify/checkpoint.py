"""What resumable verifier training shares: a fingerprint of the rows and settings a checkpoint belongs to, and
writes that an interruption cannot leave half done."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..atomic import atomic_path

__all__ = ["save_atomically", "training_fingerprint"]


def training_fingerprint(rows: Sequence[dict[str, str]], *settings: Any) -> str:
    """A digest of the rows (anchor, positive, negative; in order) and of ``settings`` (JSON-serialisable): a
    checkpoint is resumed only by a training with the same fingerprint."""
    digest = hashlib.blake2b(json.dumps(settings, sort_keys=True).encode(), digest_size=16)
    for row in rows:
        digest.update(json.dumps([row["anchor"], row["positive"], row["negative"]]).encode())
    return digest.hexdigest()


def save_atomically(state: Any, path: Path) -> None:
    """``torch.save`` through a temporary file, so that an interruption never leaves half a file at ``path``."""
    import torch

    with atomic_path(path) as partial:
        torch.save(state, partial)

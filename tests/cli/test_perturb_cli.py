"""``negagen perturb``: the stable JSON interface and bad input (one line, exit code 2, good lines kept)."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from negagen import operator_names
from negagen.cli import app

runner = CliRunner()
AVAILABLE = ", ".join(operator_names())


def _json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_perturb_json_interface(nlp):
    result = runner.invoke(app, ["perturb", "--op", "negation", "--json", "He went home.", "Two dogs in the snow."])
    assert result.exit_code == 0, result.output
    first, second = _json_lines(result.stdout)
    assert first["input"] == "He went home." and first["op"] == "negation" and first["refusal"] is None
    assert [(o["text"], o["rule"]) for o in first["outputs"]] == [("He did not go home.", "insert_do_support")]
    assert first["outputs"][0]["edits"][0]["orig_text"] == "went"
    assert second["outputs"] == []
    assert second["refusal"]["reason"] == "no_finite_verb"
    assert second["refusal"]["message"]


def test_perturb_human_readable(nlp):
    result = runner.invoke(app, ["perturb", "She likes tea."])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["She likes tea.", "  negation  insert_do_support  She does not like tea."]


def test_perturb_reads_stdin_with_dash(nlp):
    result = runner.invoke(app, ["perturb", "--json", "-"], input="He went home.\nShe can swim.\n")
    assert result.exit_code == 0
    assert [r["outputs"][0]["text"] for r in _json_lines(result.stdout)] == [
        "He did not go home.",
        "She cannot swim.",
    ]


def test_perturb_bad_lines_exit_2_and_keep_good_outputs(nlp):
    stdin = b"He went home.\n\n   \n\xff\xfe\nShe can swim.\n" + b"word " * 10_000 + b"\nThey left.\n"
    result = runner.invoke(app, ["perturb", "--json", "-"], input=stdin)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert [r["input"] for r in _json_lines(result.stdout)] == ["He went home.", "She can swim.", "They left."]
    errors = result.stderr.splitlines()
    assert "negagen: stdin line 2: the text is empty or only whitespace; skipped" in errors
    assert "negagen: stdin line 3: the text is empty or only whitespace; skipped" in errors
    assert "negagen: stdin line 4: not valid UTF-8 (byte 0xff at column 1); skipped" in errors
    assert "negagen: stdin line 6: 50000 characters is more than max_chars=10000; skipped" in errors
    assert errors[-1] == "negagen: 4 bad input(s) skipped; outputs for the others were written"


def test_perturb_unknown_operator_is_one_line_exit_2(nlp):
    result = runner.invoke(app, ["perturb", "--op", "negation,swapp", "He went home."])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"negagen: error: unknown operator 'swapp'; available: {AVAILABLE}\n"


def test_cli_in_a_real_process_has_no_traceback():
    proc = subprocess.run(
        [sys.executable, "-m", "negagen", "perturb", "--op", "nope", "x"], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert proc.stderr == f"negagen: error: unknown operator 'nope'; available: {AVAILABLE}\n"


def test_perturb_operator_options_with_set(nlp):
    args = ["perturb", "--json", "--op", "reorder", "--set", "reorder.shuffle=true", "A small dog chased a big cat."]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    (record,) = _json_lines(result.stdout)
    assert [o["rule"] for o in record["outputs"]] == ["attribute_swap", "shuffle"]
    assert record["outputs"][1]["meta"] == {"grammatical": "no"}


def test_perturb_bad_operator_options_are_one_line_errors(nlp):
    for setting, message in [
        ("reorder.colour=red", "operator 'reorder' takes shuffle; got colour"),
        ("negation.direction=up", "negation: direction must be one of both, insert, remove, not 'up'"),
        ("shuffle", "--set takes OPERATOR.OPTION=VALUE, not 'shuffle'"),
        ("role_swap.x=1", "options given for operators not in use: role_swap"),
    ]:
        op = setting.split(".")[0] if "." in setting and not setting.startswith("role_swap") else "reorder"
        result = runner.invoke(app, ["perturb", "--op", op, "--set", setting, "A red car."])
        assert result.exit_code == 2, (setting, result.output)
        assert result.stderr == f"negagen: error: {message}\n"

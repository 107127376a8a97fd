"""The README and docs/ say what the code does: every Python snippet runs offline (and prints what its trailing
``# …`` comment lines say it prints), and every relative link points at a file that exists."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def _snippets() -> list[tuple[str, str]]:
    found = []
    for page in PAGES:
        for i, match in enumerate(FENCE.finditer(page.read_text(encoding="utf-8"))):
            found.append((f"{page.relative_to(ROOT)}#{i + 1}", match.group(1)))
    return found


SNIPPETS = _snippets()


def _expected_output(code: str) -> list[str]:
    """The trailing comment lines of a snippet: what it prints."""
    lines = code.rstrip("\n").splitlines()
    expected = []
    while lines and lines[-1].startswith("# "):
        expected.insert(0, lines.pop()[2:])
    return expected


def test_there_are_snippets_to_run():
    assert len(SNIPPETS) >= 2


@pytest.mark.parametrize(("where", "code"), SNIPPETS, ids=[where for where, _ in SNIPPETS])
def test_snippet_runs_offline_and_prints_what_it_says(where, code, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, where, "exec"), {"__name__": "__snippet__"})  # our own documentation, run as written
    expected = _expected_output(code)
    if expected:
        assert printed.getvalue().splitlines() == expected


def _links() -> list[tuple[str, str]]:
    links = []
    for page in PAGES:
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if not re.match(r"^[a-z]+:", target) and not target.startswith("#"):
                links.append((str(page.relative_to(ROOT)), target))
    return links


@pytest.mark.parametrize(("page", "target"), _links())
def test_relative_links_point_at_files(page, target):
    path = (ROOT / page).parent / target.split("#", 1)[0]
    assert path.exists(), f"{page} links to {target}, which does not exist"


def _cli_lines() -> list[str]:
    """Every ``negagen …`` command in the ``bash`` blocks of docs/cli.md, in order (``sh`` blocks need a cluster)."""
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    lines = []
    for block in re.findall(r"^```bash\n(.*?)^```", text, re.S | re.M):
        lines += [line for line in block.splitlines() if re.match(r"^(echo .*\| )?negagen ", line)]
    return lines


def test_every_command_of_the_cli_page_runs_offline(nlp, tmp_path, monkeypatch):
    import json
    import shlex

    from typer.testing import CliRunner

    from negagen.cli import app
    from negagen.dataset.io import SAMPLE_CORPUS

    monkeypatch.chdir(tmp_path)
    corpus = [line for line in SAMPLE_CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()][:30]
    Path("corpus.txt").write_text("\n".join(corpus) + "\n", encoding="utf-8")
    Path("data.jsonl").write_text("".join(json.dumps({"id": f"d{i}", "body": t}) + "\n" for i, t in enumerate(corpus)),
                                  encoding="utf-8")  # fmt: skip
    Path("pairs.jsonl").write_text("".join(json.dumps({"query": f"q{i}", "passage": t}) + "\n"
                                           for i, t in enumerate(corpus)), encoding="utf-8")  # fmt: skip
    lines = _cli_lines()
    assert len(lines) >= 15
    runner = CliRunner()
    for line in lines:
        stdin = None
        if line.startswith("echo "):
            echoed, line = line.split(" | ", 1)
            stdin = shlex.split(echoed)[1] + "\n"
        args = shlex.split(line, comments=True)[1:]
        result = runner.invoke(app, args, input=stdin)
        assert "Traceback" not in result.output, line
        if args[0] == "push":  # the Hub is off in tests: one line, exit 2, the folder untouched
            assert result.exit_code == 2, line
            offline = "negagen: error: HF_HUB_OFFLINE is set: the Hub cannot be reached in offline mode\n"
            assert result.stderr == offline
        else:
            assert result.exit_code == 0, f"{line}\n{result.output}"
    assert Path("sel.report.html").is_file() and Path("my-dataset/README.md").is_file()

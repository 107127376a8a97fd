"""``negagen report``: the page's content, its highlights, and a render in a real headless browser."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from negagen.cli import app
from negagen.report.render import highlight

runner = CliRunner()

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def dataset(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("report")
    source = folder / "in.txt"
    source.write_text("The boy kicked the ball.\nHe went home.\nA black cat sat on a white mat.\n"
                      "The prices rose before the election.\nShe is not happy.\n", encoding="utf-8")  # fmt: skip
    out = folder / "t.jsonl"
    args = ["generate", str(source), "-o", str(out), "--ops", "negation,role_swap,reorder,relation_flip",
            "--plausibility", "any"]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return out


def test_highlight_marks_spans_and_escapes():
    assert highlight("a <b> c", [(2, 5)], "new") == 'a <mark class="new">&lt;b&gt;</mark> c'
    assert highlight("did not go", [(0, 7), (4, 10)], "new") == '<mark class="new">did not</mark> go'


@pytest.fixture(scope="module")
def page(dataset):
    result = runner.invoke(app, ["report", str(dataset), "--no-audit"])
    assert result.exit_code == 0, result.output
    html_path = dataset.with_name("t.report.html")
    assert result.output == f"report -> {html_path} (summary: {dataset.with_name('t.report.md')})\n"
    return html_path


def test_report_counts_samples_and_highlights(page, dataset):
    html = page.read_text("utf-8")
    assert '<td>negation</td><td>insert_do_support</td><td class="n">4</td><td class="n">4</td>' in html
    assert ('<td>role_swap</td><td>subject_object</td><td class="n">1</td><td class="n">1</td>'
            '<td class="n">1</td>') in html  # made, written, flagged low
    assert 'The boy <mark class="new">did not kick</mark> the ball.' in html
    assert 'The boy <mark class="old">kicked</mark> the ball.' in html
    assert '<span class="badge low">plausibility: low</span>' in html  # "The ball kicked the boy."
    removed = 'She is <mark class="old">not </mark>happy.</div><div><span class="label">negative</span>She is happy.'
    assert removed in html
    assert html.count('<div class="sample" data-op="negation" data-rule="insert_do_support">') == 3  # --samples 3
    assert "<h3>relation_flip · temporal</h3>" in html
    md = dataset.with_name("t.report.md").read_text("utf-8")
    assert "| negation | insert_do_support | 4 | 4 |  |  |" in md
    flipped = "- **relation_flip · temporal**: The prices rose ~~before~~ the election. → The prices rose **after**"
    assert flipped in md


def test_report_fetches_nothing(page):
    html = page.read_text("utf-8")
    assert not re.search(r"""(?i)\b(src|href)\s*=|url\(|@import|<script|<link|<iframe|<img""", html)


def test_report_with_audit_shows_the_plot(dataset, tmp_path):
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(dataset), "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text("utf-8")
    assert "<h2>Shortcut audit</h2>" in html and "<svg " in html and ">negation</text>" in html
    assert (tmp_path / "r.md").is_file()


def test_report_renders_in_a_headless_browser(page, tmp_path):
    assert CHROMIUM, "the browser test needs Debian's chromium (make test installs it: apt-get install chromium)"
    flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1200,1600",
             "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND"]  # no network: nothing to fetch
    shot = tmp_path / "report.png"
    subprocess.run([*flags, f"--screenshot={shot}", page.as_uri()], check=True, capture_output=True, timeout=120)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    dom = subprocess.run([*flags, "--dump-dom", page.as_uri()], check=True, capture_output=True, text=True,
                         timeout=120).stdout  # fmt: skip
    assert dom.count('<div class="sample"') >= 5
    assert '<mark class="new">did not kick</mark>' in dom


def test_report_on_nothing_is_a_one_line_error(tmp_path):
    empty = tmp_path / "e.jsonl"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["report", str(empty), "--no-audit"])
    assert result.exit_code == 2
    assert result.stderr == f"negagen: error: {empty} holds no triplets to report on\n"


def test_names_in_the_data_are_escaped_and_bad_files_are_one_line_errors(tmp_path):
    evil = tmp_path / "evil.jsonl"
    record = {"anchor": "a <b>", "positive": "a <b>", "negative": "a c", "op": "<img src=x onerror=alert(1)>",
              "rule": "r|x", "edits": [], "meta": {}}  # fmt: skip
    evil.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["report", str(evil)]).exit_code == 0
    html = (tmp_path / "evil.report.html").read_text("utf-8")
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert runner.invoke(app, ["audit", str(evil)]).exit_code == 0
    svg = (tmp_path / "evil.audit.svg").read_text("utf-8")
    assert "<img" not in svg and ">&lt;img src=x onerror=alert(1)&gt;</text>" in svg
    md = (tmp_path / "evil.report.md").read_text("utf-8")
    assert "| &lt;img src=x onerror=alert(1)&gt; | r\\|x |" in md
    plain = tmp_path / "plain.jsonl"
    plain.write_text(json.dumps({"anchor": "a", "positive": "a", "negative": "b"}) + "\n", encoding="utf-8")
    for command in ("report", "audit"):
        result = runner.invoke(app, [command, str(plain)])
        assert result.exit_code == 2
        expected = f"negagen: error: {plain} is not a triplet file of negagen generate (no op, rule column)\n"
        assert result.stderr == expected
    result = runner.invoke(app, ["report", str(evil), "-o", str(tmp_path / "r.md")])
    assert result.exit_code == 2
    assert result.stderr == "negagen: error: the report is an HTML file: name it .html, not 'r.md'\n"

"""``negagen generate``: triplet files, summaries, bad input, determinism, interruption."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from negagen.cli import app
from negagen.dataset.io import SAMPLE_CORPUS
from negagen.dataset.triplets import COLUMNS

runner = CliRunner()


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_generate_default_sample_corpus(nlp, tmp_path):
    out = tmp_path / "triplets.jsonl"
    result = runner.invoke(app, ["generate", "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = _records(out)
    assert len(records) > 40
    first = records[0]
    assert tuple(first) == COLUMNS
    assert list(first)[:3] == ["anchor", "positive", "negative"]
    assert first["meta"] == {} and first["positive_rule"] is None
    assert first["anchor"] == first["positive"] == "The city council approved the new budget on Tuesday."
    assert first["negative"] == "The city council did not approve the new budget on Tuesday."
    assert first["positive_kind"] == "identity"
    assert (first["op"], first["rule"], first["source_id"]) == ("negation", "insert_do_support", "1")
    summary = result.stdout
    n_lines = len(SAMPLE_CORPUS.read_text(encoding="utf-8").splitlines())
    assert summary.startswith(f"{n_lines} inputs (0 bad)")
    assert f"{len(records)} records" in summary
    assert "insert_do_support" in summary and "no_finite_verb" in summary
    assert not (tmp_path / "triplets.jsonl.partial").exists()


def test_generate_jsonl_input_with_columns_to_parquet(nlp, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(json.dumps({"doc": f"d{i}", "body": t}) for i, t in enumerate(["He went home.", "She can swim."])),
        encoding="utf-8",
    )
    out = tmp_path / "out.parquet"
    result = runner.invoke(
        app, ["generate", str(source), "-o", str(out), "--text-column", "body", "--id-column", "doc"]
    )
    assert result.exit_code == 0, result.output
    table = pq.read_table(out).to_pylist()
    assert [(r["negative"], r["source_id"]) for r in table] == [
        ("He did not go home.", "d0"),
        ("She cannot swim.", "d1"),
    ]
    assert table[0]["edits"][0]["new_text"] == "did not go"
    assert table[0]["meta"] == []


def test_generate_several_operators_with_flags(nlp, tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("The boy kicked the ball.\n", encoding="utf-8")
    out = tmp_path / "out.parquet"
    args = ["generate", str(source), "-o", str(out), "--op", "negation,role_swap", "--plausibility", "any"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    rows = pq.read_table(out).to_pylist()
    assert [(r["op"], r["negative"], r["meta"]) for r in rows] == [
        ("negation", "The boy did not kick the ball.", []),
        ("role_swap", "The ball kicked the boy.", [("plausibility", "low")]),
    ]


def test_generate_drops_implausible_negatives_by_default_and_counts_them(nlp, tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("The boy kicked the ball.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["generate", str(source), "-o", str(out), "--op", "negation,role_swap"])
    assert result.exit_code == 0, result.output
    assert [r["negative"] for r in _records(out)] == ["The boy did not kick the ball."]
    stats = json.loads((tmp_path / "out.stats.json").read_text(encoding="utf-8"))
    assert stats["dropped"] == [
        {"op": "role_swap", "rule": "subject_object", "reason": "plausibility low", "count": 1}
    ]
    assert "  role_swap     subject_object                               1         0" in result.output


def test_generate_missing_column_fails_before_writing(nlp, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("id,text\n1,He went home.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["generate", str(source), "-o", str(out), "--text-column", "sentence"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"negagen: error: column 'sentence' not found in {source} (columns: id, text); choose one with --text-column\n"
    )
    assert not out.exists() and not (tmp_path / "out.jsonl.partial").exists()


def test_generate_bad_lines_are_reported_and_good_lines_written(nlp, tmp_path):
    source = tmp_path / "in.txt"
    source.write_bytes(b"He went home.\n\n\xff oops\n" + b"x" * 50_000 + b"\nShe can swim.\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["generate", str(source), "-o", str(out)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert [r["negative"] for r in _records(out)] == ["He did not go home.", "She cannot swim."]
    assert [r["source_id"] for r in _records(out)] == ["1", "5"]
    errors = result.stderr.splitlines()
    assert errors == [
        "negagen: line 2: the text is empty or only whitespace; skipped",
        "negagen: line 3: not valid UTF-8 (byte 0xff at column 1); skipped",
        "negagen: line 4: 50000 characters is more than max_chars=10000; skipped",
        f"negagen: 3 bad input(s) skipped; 2 records were written to {out}",
    ]
    assert result.stdout.startswith("5 inputs (3 bad)")


def test_generate_missing_jsonl_column_after_bad_rows_fails_before_writing(nlp, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{broken\n{"body": "He went home."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["generate", str(source), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr.startswith("negagen: error: column 'text' not found")
    assert not out.exists() and not (tmp_path / "out.jsonl.partial").exists()


def test_generate_rejects_unknown_format(nlp, tmp_path):
    result = runner.invoke(app, ["generate", "-o", str(tmp_path / "x.out"), "--format", "xml"])
    assert result.exit_code == 2
    assert result.stderr == "negagen: error: output format must be one of jsonl, parquet, not 'xml'\n"


def test_generate_is_byte_identical_across_batch_sizes_and_workers(nlp, tmp_path):
    outputs = []
    for batch_size, workers in [(256, 1), (3, 1), (7, 2)]:
        out = tmp_path / f"b{batch_size}-w{workers}.jsonl"
        args = ["generate", "-o", str(out), "--batch-size", str(batch_size), "--workers", str(workers)]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0]) > 1000


def test_generate_interrupted_keeps_completed_records(tmp_path):
    corpus = SAMPLE_CORPUS.read_text(encoding="utf-8")
    source = tmp_path / "big.txt"
    source.write_text(corpus * 1500, encoding="utf-8")  # ~120k lines: minutes of work, interrupted after seconds
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    # --keep-duplicates: the corpus repeats, and only kept repeats keep the partial file growing until the signal
    args = ["generate", str(source), "-o", str(out), "--batch-size", "64", "--keep-duplicates"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "negagen", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        # a test run started in the background inherits SIGINT ignored, and Python keeps it so: restore Ctrl-C
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and (not partial.exists()
                                                                    or partial.stat().st_size < 20_000):  # fmt: skip
        time.sleep(0.2)
    assert proc.poll() is None, f"the run ended before the signal: {proc.communicate()}"
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert f"interrupted; the records written so far are in {partial}" in stderr
    assert not out.exists()
    records = [json.loads(line) for line in partial.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 20
    assert records[0]["negative"] == "The city council did not approve the new budget on Tuesday."


def test_generate_structural_positives(nlp, tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("The dog bit the man.\nThe cat sat on the mat.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["generate", str(source), "-o", str(out), "--ops", "role_swap,negation",
                                 "--positives", "structural"])  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [(r["anchor"], r["positive"], r["negative"], r["positive_kind"], r["positive_rule"]) for r in _records(out)]
    assert rows == [
        ("The dog bit the man.", "The man was bitten by the dog.", "The man bit the dog.", "structural_paraphrase",
         "active_to_passive"),
        ("The dog bit the man.", "The man was bitten by the dog.", "The dog did not bite the man.",
         "structural_paraphrase", "active_to_passive"),
    ]  # fmt: skip
    assert "no structural positive" in result.stdout  # the cat sentence had a negative but no positive


def test_generate_pairs_edit_the_positive(nlp, tmp_path):
    source = tmp_path / "pairs.jsonl"
    source.write_text(
        json.dumps({"q": "trains to Milan", "p": "Trains from Lyon to Milan run hourly.", "id": "q1"}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    args = ["generate", str(source), "-o", str(out), "--ops", "role_swap", "--positives", "pair",
            "--anchor-column", "q", "--positive-column", "p", "--id-column", "id"]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    (record,) = _records(out)
    assert (record["anchor"], record["positive"], record["negative"], record["positive_kind"]) == (
        "trains to Milan", "Trains from Lyon to Milan run hourly.", "Trains from Milan to Lyon run hourly.", "pair",
    )  # fmt: skip
    assert record["source_id"] == "q1"


def test_generate_pairs_need_an_anchor_column(nlp, tmp_path):
    result = runner.invoke(app, ["generate", "-o", str(tmp_path / "o.jsonl"), "--positives", "pair"])
    assert result.exit_code == 2
    assert "--positives pair --anchor-column" in result.stderr


def test_generate_negatives_per_row(nlp, tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("The dog bit the man yesterday.\nHe left.\n", encoding="utf-8")
    out = tmp_path / "out.parquet"
    args = ["generate", str(source), "-o", str(out), "--ops", "negation,role_swap", "--negatives-per-row", "2"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    (row,) = pq.read_table(out).to_pylist()
    assert list(row)[:4] == ["anchor", "positive", "negative_1", "negative_2"]
    assert (row["negative_1"], row["negative_2"]) == (
        "The dog did not bite the man yesterday.", "The man bit the dog yesterday.",
    )  # fmt: skip
    assert row["ops"] == ["negation", "role_swap"]
    assert "fewer negatives than asked" in result.stdout  # "He left." has one negative only


def test_generate_writes_stats_json_beside_the_output(nlp, tmp_path):
    out = tmp_path / "t.jsonl"
    result = runner.invoke(app, ["generate", "-o", str(out)])
    assert result.exit_code == 0, result.output
    stats = json.loads((tmp_path / "t.stats.json").read_text(encoding="utf-8"))
    assert stats["records"] == len(_records(out))
    assert stats["rows"] == len(SAMPLE_CORPUS.read_text(encoding="utf-8").splitlines())
    assert {"outputs", "refusals", "bad_rows", "seconds", "skipped"} <= set(stats)


def _shard_run(folder, source, *extra):
    return [sys.executable, "-m", "negagen", "generate", str(source), "-o", str(folder), "--shard-size", "150",
            "--ops", "negation,role_swap", *extra]  # fmt: skip


def _folder_contents(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name.startswith("part-")}


def test_generate_sharded_run_resumes_after_a_kill_to_identical_output(tmp_path):
    source = tmp_path / "big.txt"
    corpus = SAMPLE_CORPUS.read_text(encoding="utf-8")
    source.write_text(corpus * 20 + "\n" + corpus * 20, encoding="utf-8")  # one empty line: a bad row mid-way
    clean, crashed = tmp_path / "clean", tmp_path / "crashed"
    assert subprocess.run(_shard_run(clean, source), capture_output=True).returncode == 2  # the empty line

    proc = subprocess.Popen(_shard_run(crashed, source), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    manifest = crashed / "manifest.json"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if manifest.is_file() and len(json.loads(manifest.read_text(encoding="utf-8"))["shards"]) >= 3:
            break
        time.sleep(0.1)
    proc.kill()  # SIGKILL: no chance to clean up, like a crash
    proc.wait()
    listed = json.loads(manifest.read_text(encoding="utf-8"))
    assert not listed["complete"] and len(listed["shards"]) >= 3

    resumed = subprocess.run(_shard_run(crashed, source), capture_output=True, text=True)
    assert resumed.returncode == 2, resumed.stderr
    assert "line 1601: the text is empty or only whitespace; skipped" in resumed.stderr
    assert _folder_contents(crashed) == _folder_contents(clean)
    assert not list(crashed.glob("*.partial"))

    def counts(folder):
        stats = json.loads((folder / "stats.json").read_text(encoding="utf-8"))
        return {k: v for k, v in stats.items() if k not in ("seconds", "output")}

    assert counts(crashed) == counts(clean)
    final = json.loads(manifest.read_text(encoding="utf-8"))
    assert final["complete"] and all(s["sha256"] for s in final["shards"])


def test_generate_sharded_refuses_a_folder_with_other_options(nlp, tmp_path):
    folder = tmp_path / "out"
    assert runner.invoke(app, ["generate", "-o", str(folder), "--shard-size", "30"]).exit_code == 0
    again = runner.invoke(app, ["generate", "-o", str(folder), "--shard-size", "30", "--seed", "1"])
    assert again.exit_code == 2
    assert again.stderr == f"negagen: error: {folder} holds a run with other options; use a new folder\n"
    shards = sorted(p.name for p in folder.glob("part-*"))
    assert shards == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]  # 80 lines / 30


def test_generate_strict_stops_at_the_first_bad_row_and_keeps_complete_shards(nlp, tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("He went home.\nShe can swim.\n\nThey left.\n", encoding="utf-8")
    folder = tmp_path / "out"
    result = runner.invoke(app, ["generate", str(source), "-o", str(folder), "--shard-size", "2", "--strict"])
    assert result.exit_code == 2
    assert result.stderr == (
        "negagen: error: line 3: the text is empty or only whitespace (--strict stops at the first bad row)\n"
    )
    first_shard = _records(folder / "part-00000.jsonl")
    assert [r["negative"] for r in first_shard] == ["He did not go home.", "She cannot swim."]
    assert not list(folder.glob("*.partial"))


@pytest.mark.parametrize(
    ("output", "extra", "message"),
    [
        ("in.txt/out.jsonl", [], "cannot write {tmp}/in.txt/out.jsonl: {tmp}/in.txt is a file, not a folder"),
        ("in.txt/out", ["--shard-size", "2"],
         "cannot write {tmp}/in.txt/out/manifest.json: {tmp}/in.txt is a file, not a folder"),
        ("/proc/negagen/out.jsonl", [], "cannot write /proc/negagen/out.jsonl: No such file or directory"),
        ("out.jsonl", ["--max-chars", "2000000"],
         "max_chars can be at most 1000000 (the pipeline's max_length), not 2000000"),
    ],
)
def test_generate_unwritable_output_or_bad_limit_is_one_line(nlp, tmp_path, output, extra, message):
    source = tmp_path / "in.txt"
    source.write_text("He went home.\n", encoding="utf-8")
    target = output if output.startswith("/") else str(tmp_path / output)
    result = runner.invoke(app, ["generate", str(source), "-o", target, *extra])
    assert result.exit_code == 2
    assert result.stderr == f"negagen: error: {message.format(tmp=tmp_path)}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]  # nothing half-written


@pytest.mark.parametrize(("output", "message"), [
    ("z.csv", "cannot tell the output format of 'z.csv': name it .jsonl or .parquet, or give --format jsonl|parquet"),
    ("z", "cannot tell the output format of 'z': name it .jsonl or .parquet, or give --format jsonl|parquet"),
])  # fmt: skip
def test_generate_refuses_a_suffix_that_names_no_format(nlp, tmp_path, output, message):
    result = runner.invoke(app, ["generate", "-o", str(tmp_path / output)])
    assert result.exit_code == 2
    assert result.stderr == f"negagen: error: {message}\n"
    assert list(tmp_path.iterdir()) == []


def test_generate_says_when_it_replaces_starts_over_or_resumes(nlp, tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("He went home.\nShe can swim.\nThe dog bit the man.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    first = runner.invoke(app, ["generate", str(source), "-o", str(out)])
    assert first.exit_code == 0 and first.stderr == ""
    (tmp_path / "out.jsonl.partial").write_text("", encoding="utf-8")  # as if a later run had been interrupted
    again = runner.invoke(app, ["generate", str(source), "-o", str(out)])
    assert again.exit_code == 0
    assert again.stderr == (
        f"negagen: {out}.partial is left from an interrupted run and is started over (only --shard-size runs resume)\n"
        f"negagen: {out} exists; it is replaced when this run completes\n"
    )
    shards = tmp_path / "shards"
    args = ["generate", str(source), "-o", str(shards), "--shard-size", "2"]
    assert runner.invoke(app, args).exit_code == 0
    manifest = json.loads((shards / "manifest.json").read_text("utf-8"))
    manifest["shards"], manifest["complete"] = manifest["shards"][:1], False  # the run stopped after shard 1
    (shards / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (shards / "part-00001.jsonl").unlink()
    resumed = runner.invoke(app, args)
    assert resumed.exit_code == 0
    assert resumed.stderr == "negagen: resuming: 1 complete shard(s) kept (input lines 1-2); going on from line 3\n"
    assert "; 2 of them from complete shards) ->" in resumed.stdout
    done = runner.invoke(app, args)
    assert done.stderr == f"negagen: {shards} holds a complete run (2 shards); only its statistics are redone\n"
    assert "nothing to process; 3 of them from complete shards" in done.stdout


def test_version_short_help_quiet_and_recorded_versions(nlp, tmp_path):
    from negagen.about import __version__

    assert runner.invoke(app, ["--version"]).output == f"negagen {__version__}\n"
    short = runner.invoke(app, ["generate", "-h"])
    assert short.exit_code == 0 and short.output.splitlines()[1].strip() == "Usage: negagen generate [OPTIONS] [INPUT]"
    engine_help = " ".join(runner.invoke(app, ["generate", "--help"]).output.split())
    assert "pip install 'negagen[ray]'" in engine_help.replace("│ ", "").replace(" │", "")
    source = tmp_path / "in.txt"
    source.write_text("He went home.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["generate", str(source), "-o", str(out), "--shard-size", "5", "-q"])
    assert result.exit_code == 0 and result.output == ""
    config = json.loads((out / "manifest.json").read_text("utf-8"))["config"]
    assert config["pipeline_version"] == f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}"
    assert config["wordnet_version"] == "3.0"


def test_count_rows_gives_the_progress_bar_a_total(tmp_path):
    from negagen.dataset.io import count_rows

    (tmp_path / "a.txt").write_bytes(b"one\ntwo\nthree")
    (tmp_path / "b.jsonl").write_bytes(b'{"text": "x"}\n{"text": "y"}\n')
    (tmp_path / "c.csv").write_bytes(b"text\nx\n")
    assert [count_rows(tmp_path / n) for n in ("a.txt", "b.jsonl", "c.csv", "missing.txt")] == [3, 2, None, None]


@pytest.mark.parametrize(("args", "message"), [
    (["generate", "--batch-size", "0"],
     "Invalid value for '--batch-size': Input should be greater than or equal to 1"),
    (["generate", "--nope"], "No such option: --nope (Possible options: --op, --ops)"),
    (["export", "a"], "Missing argument 'output'."),
    (["audit", "x.jsonl", "--folds", "1"], "Invalid value for '--folds': Input should be greater than or equal to 2"),
])  # fmt: skip
def test_usage_errors_are_one_line_with_exit_2(args, message):
    result = subprocess.run([sys.executable, "-m", "negagen", *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr == f"negagen: error: {message}\n"
    assert result.stdout == ""

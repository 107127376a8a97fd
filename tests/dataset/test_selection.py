"""Selection (plausibility, operator and rule filters, de-duplication, shares, balance) and counts that add up:
the summary table, stats.json, the manifest and the dataset card against the rows actually written."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from typer.testing import CliRunner

from negagen.cli import app
from negagen.dataset.export import read_records
from negagen.dataset.selection import Selection, StreamFilter, parse_max_share, share_targets
from negagen.errors import ConfigError

runner = CliRunner()

# Sentences that give every operator something, two role swaps flagged implausible, and a repeated line (the same
# (anchor, negative) pairs twice). Pair mode reads the JSONL twin with a query column.
SENTENCES = [
    "The dog bit the man.",
    "The boy kicked the ball.",
    "A black cat sat on a white mat.",
    "Two cats chased three dogs.",
    "The prices rose before the election.",
    "The northern lights are visible from the north of Norway.",
    "A young man is riding a small horse.",
    "He went home.",
    "The dog bit the man.",
    "Increased exercise reduces the risk of heart disease.",
    "The man is not happy.",
    "The man was bitten by the dog.",
]
ALL_OPS = "negation,role_swap,reorder,relation_flip,antonym"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "in.txt").write_text("\n".join(SENTENCES) + "\n", encoding="utf-8")
    with (folder / "pairs.jsonl").open("w", encoding="utf-8") as stream:
        for i, text in enumerate(SENTENCES):
            stream.write(json.dumps({"query": f"question {i}", "text": text}) + "\n")
    return folder


def _written(path):
    """(op, rule) of every negative in the written rows, the number of rows, and the inputs with a row."""
    negatives, rows, sources = Counter(), 0, set()
    for record in read_records(path):
        rows += 1
        sources.add(record["source_id"])
        if "negative" in record:
            negatives[(record["op"], record["rule"])] += 1
        else:
            negatives.update(zip(record["ops"], record["rules"], strict=True))
    return negatives, rows, sources


def _stats_counter(entries, *keys):
    return Counter({tuple(e[k] for k in keys): e["count"] for e in entries})


MODES = [
    ("identity", []),
    ("identity", ["--plausibility", "any"]),
    ("identity", ["--keep-duplicates"]),
    ("identity", ["--rule", "subject_object,negation.insert_do_support"]),
    ("identity", ["--max-share", "negation=0.3"]),
    ("identity", ["--balance", "ops"]),
    ("identity", ["--negatives-per-row", "2"]),
    ("structural", []),
    ("structural", ["--plausibility", "any", "--max-share", "antonym=0.2"]),
    ("structural", ["--negatives-per-row", "1"]),
    ("pair", []),
    ("pair", ["--balance", "rules", "--seed", "3"]),
    ("identity", ["--mirror"]),
    ("identity", ["--mirror", "--max-share", "antonym=0.2"]),
    ("identity", ["--shard-size", "4"]),
    ("structural", ["--shard-size", "5", "--plausibility", "any"]),
]


@pytest.mark.parametrize(("positives", "extra"), MODES, ids=[f"{p}{''.join(e)}" for p, e in MODES])
def test_counts_match_the_written_rows(nlp, corpus, tmp_path, positives, extra):
    sharded = "--shard-size" in extra
    out = tmp_path / ("out" if sharded else "out.jsonl")
    source = corpus / ("pairs.jsonl" if positives == "pair" else "in.txt")
    args = ["generate", str(source), "-o", str(out), "--ops", ALL_OPS, "--positives", positives, *extra]
    if positives == "pair":
        args += ["--anchor-column", "query"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    stats = json.loads((out / "stats.json" if sharded else tmp_path / "out.stats.json").read_text("utf-8"))
    negatives, rows, sources = _written(out)
    assert rows > 0
    written = _stats_counter(stats["outputs"], "op", "rule")
    made = _stats_counter(stats["made"], "op", "rule")
    dropped = _stats_counter(stats["dropped"], "op", "rule", "reason")
    assert written == negatives
    assert stats["records"] == rows
    assert stats["inputs_with_output"] == len(sources)
    mirrored = _stats_counter(stats["mirrored"], "op", "rule")
    assert bool(mirrored) == ("--mirror" in extra)
    for key, n in made.items():  # every negative made (or mirrored) is written or dropped with a reason
        gone = sum(count for (op, rule, _), count in dropped.items() if (op, rule) == key)
        assert n + mirrored[key] == written[key] + gone, key
    # the printed table shows the same made / written pair for every rule
    for (op, rule), n in made.items():
        assert f"  {op:<13} {rule:<36} {n:>9} {written[(op, rule)]:>9}" in result.output
    if sharded:
        manifest = json.loads((out / "manifest.json").read_text("utf-8"))
        assert sum(shard["records"] for shard in manifest["shards"]) == rows
        assert sum(shard["stats"]["records"] for shard in manifest["shards"]) == rows


def test_structural_positives_count_only_the_negatives_written(nlp, corpus, tmp_path):
    # The reported case: 63 negatives counted, 45 written. Inputs without a structural positive give no row, and
    # their negatives are reported as dropped, not as written.
    out = tmp_path / "s.jsonl"
    result = runner.invoke(app, ["generate", str(corpus / "in.txt"), "-o", str(out), "--ops", ALL_OPS,
                                 "--positives", "structural"])  # fmt: skip
    assert result.exit_code == 0, result.output
    stats = json.loads((tmp_path / "s.stats.json").read_text("utf-8"))
    negatives, rows, _ = _written(out)
    assert sum(_stats_counter(stats["outputs"], "op", "rule").values()) == rows == sum(negatives.values())
    no_positive = sum(d["count"] for d in stats["dropped"] if d["reason"] == "no structural positive")
    assert no_positive > 0
    assert sum(_stats_counter(stats["made"], "op", "rule").values()) > rows


def test_dedupe_keeps_the_first_of_a_repeated_pair(nlp, corpus, tmp_path):
    kept, every = tmp_path / "kept.jsonl", tmp_path / "every.jsonl"
    base = ["generate", str(corpus / "in.txt"), "--ops", "negation,role_swap", "--plausibility", "any"]
    assert runner.invoke(app, [*base, "-o", str(kept)]).exit_code == 0
    assert runner.invoke(app, [*base, "-o", str(every), "--keep-duplicates"]).exit_code == 0
    pairs = [(r["anchor"], r["negative"]) for r in read_records(every)]
    assert pairs.count(("The dog bit the man.", "The dog did not bite the man.")) == 2
    kept_records = list(read_records(kept))
    assert [(r["anchor"], r["negative"]) for r in kept_records] == list(dict.fromkeys(pairs))
    # the first (line 1) is the one kept
    assert [r["source_id"] for r in kept_records if r["negative"] == "The dog did not bite the man."] == ["1"]


def test_dedupe_across_operators_keeps_the_operator_listed_first():
    stream_filter = StreamFilter(Selection())
    assert stream_filter.reason("northern lights", "southern lights", "relation_flip", "spatial", {}) is None
    assert stream_filter.reason("northern lights", "southern lights", "antonym", "adj", {}) == (
        "duplicate (anchor, negative)"
    )
    assert stream_filter.reason("northern lights", "southern lights", "antonym", "adj", {"plausibility": "low"}) == (
        "plausibility low"
    )


def test_filters_by_rule_name_or_operator_and_rule():
    by_rule = StreamFilter(Selection(rules=("adj",)))
    assert by_rule.reason("a", "b", "antonym", "adj", None) is None
    assert by_rule.reason("a", "c", "antonym", "verb", None) == "rule not selected"
    qualified = StreamFilter(Selection(rules=("antonym.adj",), ops=("antonym",)))
    assert qualified.reason("a", "b", "antonym", "adj", None) is None
    assert qualified.reason("a", "c", "reorder", "adj", None) == "operator not selected"


@pytest.mark.parametrize(
    ("counts", "shares", "expected"),
    [
        ({("antonym",): 57, ("negation",): 43}, {"antonym": 0.3}, {("antonym",): 18, ("negation",): 43}),
        ({("antonym",): 10, ("negation",): 90}, {"antonym": 0.3}, {("antonym",): 10, ("negation",): 90}),
        ({("a",): 10, ("b",): 2}, {"a": 0.5, "b": 0.5}, {("a",): 2, ("b",): 2}),
        ({("a",): 60, ("b",): 30, ("c",): 10}, {"a": 0.4, "b": 0.4}, {("a",): 20, ("b",): 20, ("c",): 10}),
    ],
)
def test_share_targets_hold_every_cap_after_capping(counts, shares, expected):
    targets = share_targets(Selection(max_share=shares), counts)
    assert targets == expected
    total = sum(targets.values())
    assert all(targets[(op,)] <= share * total for op, share in shares.items())


def test_balance_gives_every_group_the_smallest_count():
    counts = {("antonym",): 57, ("negation",): 43, ("reorder",): 5}
    assert share_targets(Selection(balance="ops"), counts) == dict.fromkeys(counts, 5)


def test_max_share_and_balance_are_seeded_and_deterministic(nlp, corpus, tmp_path):
    def run(name, *extra):
        out = tmp_path / name
        args = ["generate", str(corpus / "in.txt"), "-o", str(out), "--ops", ALL_OPS, "--plausibility", "any"]
        result = runner.invoke(app, [*args, *extra])
        assert result.exit_code == 0, result.output
        return out.read_bytes()

    first = run("a.jsonl", "--max-share", "negation=0.25", "--seed", "1")
    assert first == run("b.jsonl", "--max-share", "negation=0.25", "--seed", "1", "--batch-size", "3")
    records = [json.loads(line) for line in first.decode().splitlines()]
    ops = Counter(r["op"] for r in records)
    assert 0 < ops["negation"] <= 0.25 * len(records)
    assert not (tmp_path / "a.jsonl.unselected.jsonl").exists()
    other_seeds = {run(f"s{seed}.jsonl", "--max-share", "negation=0.25", "--seed", str(seed)) for seed in (2, 3, 4)}
    assert len(other_seeds | {first}) > 1  # the seed chooses which negation rows stay


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--max-share", "antonym=1.5"], "--max-share takes OPERATOR=SHARE with a share in (0, 1], not 'antonym=1.5'"),
        (["--max-share", "antonym"], "--max-share takes OPERATOR=SHARE with a share in (0, 1], not 'antonym'"),
        (["--balance", "words"], "balance must be one of ops, rules, not 'words'"),
        (["--plausibility", "low"], "plausibility must be one of high, any, not 'low'"),
        (["--balance", "ops", "--max-share", "antonym=0.3"],
         "--balance and --max-share do not go together: choose one"),
        (["--balance", "ops", "--shard-size", "2"],
         "--max-share and --balance need the whole dataset: generate without --shard-size, or apply them with "
         "`negagen export`"),
        (["--ops", "negation,antonym", "--max-share", "negation=0.3", "--negatives-per-row", "2"],
         "--max-share and --balance need one negative per row (no --negatives-per-row)"),
        (["--max-share", "negation=0.3"],
         "the --max-share shares of every operator add up to less than 1: nothing could be kept"),
        (["--ops", "negation,antonym", "--max-share", "negatoin=0.3"],
         "unknown operator 'negatoin' in the selection (operators run by --ops: antonym, negation)"),
        (["--ops", "negation,antonym", "--max-share", "negation=0.3", "--format", "csv"],
         "output format must be one of jsonl, parquet, not 'csv'"),
    ],
)
def test_bad_selection_options_are_one_line_errors(nlp, corpus, tmp_path, args, message):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["generate", str(corpus / "in.txt"), "-o", str(out), *args])
    assert result.exit_code == 2
    assert result.stderr == f"negagen: error: {message}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # refused before any work: no scratch file either


def test_parse_max_share_accepts_lists():
    assert parse_max_share(["antonym=0.3,reorder=0.1", "negation=1"]) == {
        "antonym": 0.3, "reorder": 0.1, "negation": 1.0,
    }  # fmt: skip
    with pytest.raises(ConfigError):
        parse_max_share(["antonym=0"])


def test_export_filters_and_the_card_counts_what_it_holds(nlp, corpus, tmp_path):
    source = tmp_path / "all.jsonl"
    args = ["generate", str(corpus / "in.txt"), "-o", str(source), "--ops", ALL_OPS, "--plausibility", "any"]
    assert runner.invoke(app, args).exit_code == 0
    every = list(read_records(source))
    low = [r for r in every if (r["meta"] or {}).get("plausibility") == "low"]
    assert low  # the corpus has implausible role swaps

    st = tmp_path / "st.jsonl"
    result = runner.invoke(app, ["export", str(source), str(st), "-f", "st"])
    assert result.exit_code == 0, result.output
    assert len(st.read_text("utf-8").splitlines()) == len(every) - len(low)
    assert result.output == f"{len(every) - len(low)} rows -> {st} (st); dropped: {len(low)} plausibility low\n"

    kept_all = tmp_path / "st-any.jsonl"
    result = runner.invoke(app, ["export", str(source), str(kept_all), "-f", "st", "--plausibility", "any"])
    assert result.exit_code == 0, result.output
    assert len(kept_all.read_text("utf-8").splitlines()) == len(every)

    only = tmp_path / "neg.jsonl"
    assert runner.invoke(app, ["export", str(source), str(only), "-f", "st", "--op", "negation"]).exit_code == 0
    assert len(only.read_text("utf-8").splitlines()) == sum(r["op"] == "negation" for r in every)

    folder = tmp_path / "hf"
    result = runner.invoke(app, ["export", str(source), str(folder), "-f", "hf", "--plausibility", "any"])
    assert result.exit_code == 0, result.output
    import pyarrow.parquet as pq

    table = pq.read_table(folder / "triplet-all").to_pylist()
    assert [(r["op"], r["rule"], r["plausibility"]) for r in table] == [
        (r["op"], r["rule"], "low" if (r["meta"] or {}).get("plausibility") == "low" else "high") for r in every
    ]
    card = (folder / "README.md").read_text("utf-8")
    assert f"{len(every)} negatives in `triplet`." in card
    per_rule = Counter((r["op"], r["rule"], r["plausibility"]) for r in table)
    for (op, rule, plausibility), n in per_rule.items():
        assert f"| {op} | {rule} | {plausibility} | {n} |" in card


def test_export_of_several_negatives_per_row_refuses_a_selection(nlp, corpus, tmp_path):
    source = tmp_path / "k.jsonl"
    args = ["generate", str(corpus / "in.txt"), "-o", str(source), "--ops", ALL_OPS, "--negatives-per-row", "2"]
    assert runner.invoke(app, args).exit_code == 0
    out = tmp_path / "st.jsonl"
    assert runner.invoke(app, ["export", str(source), str(out), "-f", "st"]).exit_code == 0  # the default passes
    result = runner.invoke(app, ["export", str(source), str(tmp_path / "x.jsonl"), "-f", "st", "--op", "negation"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"negagen: error: {source} has several negatives per row; select when generating "
        "(negagen generate --plausibility … --max-share …)\n"
    )


def test_mirror_writes_every_triplet_backwards(nlp, tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("He went home.\n", encoding="utf-8")
    out = tmp_path / "m.jsonl"
    result = runner.invoke(app, ["generate", str(source), "-o", str(out), "--mirror"])
    assert result.exit_code == 0, result.output
    forward, backward = list(read_records(out))
    assert (forward["anchor"], forward["positive"], forward["negative"]) == (
        "He went home.", "He went home.", "He did not go home.")  # fmt: skip
    assert (backward["anchor"], backward["positive"], backward["negative"]) == (
        "He did not go home.", "He did not go home.", "He went home.")  # fmt: skip
    assert backward["edits"] == [{"orig_start": 3, "orig_end": 13, "orig_text": "did not go", "new_start": 3,
                                  "new_end": 7, "new_text": "went"}]  # fmt: skip
    assert backward["meta"] == {"mirror": "yes"} and backward["rule"] == "insert_do_support"
    assert "(written includes 1 records written backwards, --mirror)" in result.output


def test_mirror_needs_identity_positives(nlp, corpus, tmp_path):
    args = ["generate", str(corpus / "in.txt"), "-o", str(tmp_path / "x.jsonl"), "--mirror", "--positives",
            "structural"]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr == ("negagen: error: --mirror needs identity positives and one negative per row: the "
                             "mirrored anchor is the edited text itself\n")  # fmt: skip


def test_shares_keep_a_triplet_and_its_mirror_together(nlp, corpus, tmp_path):
    out = tmp_path / "m.jsonl"
    args = ["generate", str(corpus / "in.txt"), "-o", str(out), "--ops", ALL_OPS, "--plausibility", "any",
            "--mirror", "--max-share", "negation=0.2"]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    records = list(read_records(out))
    forward = {(r["anchor"], r["negative"]) for r in records if "mirror" not in r["meta"]}
    backward = {(r["negative"], r["anchor"]) for r in records if "mirror" in r["meta"]}
    assert forward == backward and forward
    stats = json.loads((tmp_path / "m.stats.json").read_text("utf-8"))
    assert sum(e["count"] for e in stats["mirrored"]) == len(backward)
    negation = sum(r["op"] == "negation" for r in records)
    assert 0 < negation <= 0.2 * len(records)


def test_export_refuses_unknown_operators_and_files_that_are_not_triplets(nlp, corpus, tmp_path):
    source = tmp_path / "all.jsonl"
    assert runner.invoke(app, ["generate", str(corpus / "in.txt"), "-o", str(source), "--ops", ALL_OPS]).exit_code == 0
    result = runner.invoke(app, ["export", str(source), str(tmp_path / "x.jsonl"), "--op", "nosuchop"])
    assert result.exit_code == 2
    assert result.stderr.startswith("negagen: error: unknown operator 'nosuchop' in the selection (operators "
                                    "registered: ")  # fmt: skip
    empty = runner.invoke(app, ["export", str(source), str(tmp_path / "h"), "-f", "hf", "--rule", "no_such_rule"])
    assert empty.exit_code == 2
    assert empty.stderr.startswith(f"negagen: error: {source}: nothing to export; the selection dropped ")
    st = tmp_path / "st.jsonl"
    assert runner.invoke(app, ["export", str(source), str(st), "-f", "st"]).exit_code == 0
    for bad, message in [
        (st, f"{st} is not a triplet file of negagen generate (no op, rule column)"),
        (corpus / "in.txt", f"{corpus / 'in.txt'}, line 1: not JSON; expected the output of negagen generate"),
    ]:
        out = tmp_path / "again.jsonl"
        result = runner.invoke(app, ["export", str(bad), str(out), "-f", "st"])
        assert result.exit_code == 2, result.output
        assert result.stderr == f"negagen: error: {message}\n"
        assert not out.exists() and not (tmp_path / "again.jsonl.partial").exists()

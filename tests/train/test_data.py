"""Pair sources: line-aligned files and tables, with filters, limits and clear errors."""

from __future__ import annotations

import gzip

import pytest

from negagen.errors import ConfigError, InputError
from negagen.experiment.pairs import load_pairs


def _write_gz(path, lines):
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


def test_aligned_gz_files_pair_line_by_line(tmp_path):
    _write_gz(tmp_path / "a.gz", ["A dog runs.", "Two men talk.", "Same text."])
    _write_gz(tmp_path / "b.gz", ["A dog is running.", "A pair of men chat.", "Same text."])
    pairs = load_pairs([{"aligned": [str(tmp_path / "a.gz"), str(tmp_path / "b.gz")]}])
    # identical texts are no pair; the rest keep their lines together (in a seeded order)
    assert sorted(pairs) == [("A dog runs.", "A dog is running."), ("Two men talk.", "A pair of men chat.")]


def test_aligned_files_of_different_length_are_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("x\ny\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("x2\n", encoding="utf-8")
    with pytest.raises(InputError, match="differ in length after line 1"):
        load_pairs([{"aligned": [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]}])


def test_table_with_filter_and_quotes(tmp_path):
    table = tmp_path / "msrp.tsv"
    table.write_text(
        '\ufeffQuality\t#1 String\t#2 String\n1\tHe said "yes.\tHe answered "yes.\n0\tA cat.\tA car.\n',
        encoding="utf-8",
    )
    pairs = load_pairs(
        [{"table": str(table), "anchor": "#1 String", "positive": "#2 String", "where": {"Quality": 1}}]
    )
    assert pairs == [('He said "yes.', 'He answered "yes.')]


def test_jsonl_table_and_limit_is_seeded(tmp_path):
    table = tmp_path / "pairs.jsonl"
    table.write_text("".join(f'{{"q": "q{i}", "p": "p{i}"}}\n' for i in range(20)), encoding="utf-8")
    source = {"table": str(table), "anchor": "q", "positive": "p", "limit": 5}
    first = load_pairs([source], seed=1)
    assert len(first) == 5 and first == load_pairs([source], seed=1)
    assert first != load_pairs([source], seed=2)
    assert all(p == "p" + q[1:] for q, p in first)


def test_missing_column_names_the_columns(tmp_path):
    table = tmp_path / "pairs.csv"
    table.write_text("question,answer\nwho,me\n", encoding="utf-8")
    with pytest.raises(InputError, match="no column 'query'; columns: question, answer"):
        load_pairs([{"table": str(table), "anchor": "query", "positive": "answer"}])


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ({"aligned": ["a"]}, "exactly two files"),
        ({"table": "x.tsv"}, "name its 'anchor' and 'positive' columns"),
        ({"file": "x.tsv"}, "unknown key"),
        ({"limit": 3}, "needs 'aligned"),
    ],
)
def test_bad_sources(source, message):
    with pytest.raises(ConfigError, match=message):
        load_pairs([source])


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_pairs([{"aligned": [str(tmp_path / "a"), str(tmp_path / "b")]}])

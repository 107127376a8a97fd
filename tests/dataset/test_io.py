from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from negagen.dataset.io import SAMPLE_CORPUS, BadRow, InputRow, looks_like_hub_id, read_inputs
from negagen.errors import InputError


def test_io_text_lines_with_bad_bytes(tmp_path):
    path = tmp_path / "in.txt"
    path.write_bytes(b"He went home.\n\xff\xfe broken\nShe left.\r\n")
    rows = list(read_inputs(path))
    assert rows[0] == InputRow(1, "1", "He went home.")
    assert rows[1] == BadRow(2, "not valid UTF-8 (byte 0xff at column 1)")
    assert rows[2] == InputRow(3, "3", "She left.")


def test_io_jsonl_rows_and_bad_rows(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "sentence": "He went home."}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps(["a list"]),
        "",
        json.dumps({"id": "c", "sentence": 3}),
        json.dumps({"id": "d", "sentence": "She left."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = list(read_inputs(path, text_column="sentence", id_column="id"))
    assert rows == [
        InputRow(1, "a", "He went home."),
        BadRow(2, "invalid JSON (Expecting property name enclosed in double quotes)"),
        BadRow(3, "'sentence' is missing"),
        BadRow(4, "not a JSON object"),
        BadRow(5, "empty line"),
        BadRow(6, "'sentence' is a int, not a string"),
        InputRow(7, "d", "She left."),
    ]


def test_io_jsonl_missing_column_is_an_error_before_reading(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"text": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"column 'sentence' not found .* \(columns: text\)"):
        list(read_inputs(path, text_column="sentence"))


def test_io_csv_and_missing_column(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text('id,text\n1,"He went home, then slept."\n2,She left.\n', encoding="utf-8")
    assert list(read_inputs(path, id_column="id")) == [
        InputRow(1, "1", "He went home, then slept."),
        InputRow(2, "2", "She left."),
    ]
    with pytest.raises(InputError, match="column 'body' not found"):
        list(read_inputs(path, text_column="body"))


def test_io_parquet_streams_columns(tmp_path):
    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"text": ["He went home.", None], "n": [1, 2]}), path)
    assert list(read_inputs(path)) == [InputRow(1, "1", "He went home."), BadRow(2, "'text' is missing")]
    with pytest.raises(InputError, match=r"columns: n, text"):
        list(read_inputs(path, text_column="body"))


def test_io_missing_file(tmp_path):
    with pytest.raises(InputError, match="input file not found"):
        read_inputs(tmp_path / "nope.txt")


def test_io_sample_corpus_is_bundled_and_varied():
    lines = SAMPLE_CORPUS.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 60
    assert any(line.endswith("?") for line in lines)  # questions
    assert any(line[:1].islower() for line in lines)  # search queries
    assert any(line.count(". ") >= 1 for line in lines)  # multi-sentence


def test_io_save_to_disk_folder_and_split(tmp_path):
    from datasets import Dataset, DatasetDict

    folder = tmp_path / "ds"
    Dataset.from_dict({"sentence": ["He went home.", "She left."], "id": ["a", "b"]}).save_to_disk(str(folder))
    assert list(read_inputs(folder, text_column="sentence", id_column="id")) == [
        InputRow(1, "a", "He went home."),
        InputRow(2, "b", "She left."),
    ]
    both = tmp_path / "dict"
    DatasetDict({"test": Dataset.from_dict({"text": ["It rained."]})}).save_to_disk(str(both))
    assert list(read_inputs(both, split="test")) == [InputRow(1, "1", "It rained.")]
    with pytest.raises(InputError, match="has no split 'train'"):
        list(read_inputs(both))
    with pytest.raises(InputError, match="column 'text' not found"):
        list(read_inputs(folder))


def test_io_bad_sources_are_clear_errors(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="input file is empty"):
        read_inputs(empty)
    with pytest.raises(InputError, match="folder without a dataset"):
        read_inputs(tmp_path)
    # a Hub id is not looked up with HF_HUB_OFFLINE=1 (set for every test): one line, at once
    with pytest.raises(InputError) as offline:
        read_inputs(Path("someone/nonexistent-data"))
    assert str(offline.value) == ("input file not found: someone/nonexistent-data (and HF_HUB_OFFLINE is set, so "
                                  "it was not looked up as a Hub dataset)")  # fmt: skip


@pytest.mark.parametrize("mistyped", ["data/missing.txt", "./mydata/corpus.txt", "mydata/corpus.jsonl",
                                      "org/name.csv", "corpus.parquet", "local/name"])  # fmt: skip
def test_a_missing_local_path_is_not_found_not_a_hub_lookup(tmp_path, monkeypatch, mistyped):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "local").mkdir()  # an existing folder: "local/name" is a path in it
    monkeypatch.delenv("HF_HUB_OFFLINE")  # even online, none of these is tried on the Hub
    with pytest.raises(InputError) as missing:
        read_inputs(Path(mistyped))
    assert str(missing.value) == f"input file not found: {Path(mistyped)}"


@pytest.mark.parametrize(("text", "hub"), [("org/name", True), ("org/name:config", True), ("org/name.v2", True),
                                           ("org/name.jsonl", False), ("./org/name", False), ("a/b/c", False),
                                           ("name", False)])  # fmt: skip
def test_hub_ids_are_org_name_shapes_without_a_file_suffix(text, hub, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert looks_like_hub_id(text) is hub


def test_an_unreachable_hub_is_one_immediate_line(monkeypatch):
    import socket

    monkeypatch.delenv("HF_HUB_OFFLINE")

    def unreachable(address, timeout=None):
        raise OSError("network is unreachable")

    monkeypatch.setattr(socket, "create_connection", unreachable)
    with pytest.raises(InputError) as error:
        read_inputs(Path("someone/nonexistent-data"))
    assert str(error.value) == ("input file not found: someone/nonexistent-data (and the Hugging Face Hub cannot be "
                                "reached to read it as a Hub dataset)")  # fmt: skip


def test_io_truncated_jsonl_line_is_a_bad_row(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "He went home."}\n{"text": "She le', encoding="utf-8")
    rows = list(read_inputs(path))
    assert rows[0] == InputRow(1, "1", "He went home.")
    assert isinstance(rows[1], BadRow) and rows[1].line == 2 and rows[1].reason.startswith("invalid JSON")

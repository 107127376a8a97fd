"""Atomic writes: a reader sees the old file or the whole new one; an error leaves no half file."""

from __future__ import annotations

import os

import pytest

from negagen.atomic import atomic_path, atomic_write_text


def test_a_finished_write_replaces_the_file(tmp_path):
    target = tmp_path / "sub" / "out.json"
    atomic_write_text(target, "old")
    atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.json"]


def test_an_error_keeps_the_old_file_and_leaves_no_partial(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(target) as partial:
        partial.write_text("half")
        raise RuntimeError("interrupted")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_keep_on_error_keeps_what_was_written_and_unique_names_carry_the_pid(tmp_path):
    target = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt), atomic_path(target, keep_on_error=True) as partial:
        partial.write_text("line 1\n")
        raise KeyboardInterrupt
    assert (tmp_path / "out.jsonl.partial").read_text() == "line 1\n" and not target.exists()
    with atomic_path(tmp_path / "t.json", unique=True) as partial:
        assert partial.name == f"t.json.{os.getpid()}.partial"
        partial.write_text("{}")
    assert (tmp_path / "t.json").read_text() == "{}"

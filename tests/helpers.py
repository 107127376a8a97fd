"""Assertions shared by the operator tests."""

from __future__ import annotations

import negagen


def assert_edits_consistent(original: str, perturbation: negagen.Perturbation) -> None:
    """Every recorded edit points at its text in both strings, and everything between edits is unchanged."""
    rebuilt, cursor = [], 0
    for edit in perturbation.edits:
        assert original[edit.orig_start : edit.orig_end] == edit.orig_text
        assert perturbation.text[edit.new_start : edit.new_end] == edit.new_text
        rebuilt.append(original[cursor : edit.orig_start])
        rebuilt.append(edit.new_text)
        cursor = edit.orig_end
    rebuilt.append(original[cursor:])
    assert "".join(rebuilt) == perturbation.text

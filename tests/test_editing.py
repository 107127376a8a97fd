"""TextEditor: token edits become exact character edits; whitespace outside edits is untouched."""

from __future__ import annotations

import pytest

from negagen.syntax.editing import EditConflict, TextEditor

from .conftest import make_doc


def _editor(vocab, words, spaces):
    doc = make_doc(vocab, words, spaces)
    return doc, TextEditor(doc[:])


def test_editor_delete_word_takes_the_following_space(vocab):
    doc, editor = _editor(vocab, ["He", "never", "smokes", "."], [True, True, False, False])
    editor.delete(doc[1])
    assert editor.build("op", "r").text == "He smokes."


def test_editor_delete_clitic_keeps_the_following_space(vocab):
    doc, editor = _editor(vocab, ["is", "n't", "here"], [False, True, False])
    editor.delete(doc[1])
    assert editor.build("op", "r").text == "is here"


def test_editor_delete_before_punctuation_takes_the_preceding_space(vocab):
    doc, editor = _editor(vocab, ["He", "left", "already", "."], [True, True, False, False])
    editor.delete(doc[2])
    assert editor.build("op", "r").text == "He left."


def test_editor_merges_touching_changes_into_one_edit(vocab):
    doc, editor = _editor(vocab, ["Close", "the", "door"], [True, True, False])
    editor.insert_before(doc[0], "Do not")
    editor.lower_first(doc[0])
    (edit,) = editor.build("op", "r").edits
    assert (edit.orig_start, edit.orig_end, edit.orig_text) == (0, 5, "Close")
    assert (edit.new_start, edit.new_end, edit.new_text) == (0, 12, "Do not close")


def test_editor_composes_respelling_and_insertion_on_one_token(vocab):
    doc, editor = _editor(vocab, ["Already", "gone"], [True, False])
    editor.replace(doc[0], "Yet")
    editor.insert_before(doc[0], "Not")
    editor.lower_first(doc[0])
    assert editor.build("op", "r").text == "Not yet gone"


def test_editor_keeps_odd_whitespace_outside_edits(vocab):
    doc, editor = _editor(vocab, ["He", "\t ", "went", "home"], [True, False, True, True])
    editor.replace(doc[2], "did not go")
    assert editor.build("op", "r").text == "He \t did not go home "


def test_editor_rejects_two_spellings_of_one_token(vocab):
    doc, editor = _editor(vocab, ["some"], [False])
    editor.replace(doc[0], "any")
    with pytest.raises(EditConflict):
        editor.replace(doc[0], "no")


def test_editor_rejects_overlapping_ranges(vocab):
    doc, editor = _editor(vocab, ["a", "b", "c"], [True, True, False])
    editor.delete(doc[0], doc[1])
    editor.replace(doc[1], "x")
    with pytest.raises(EditConflict):
        editor.build("op", "r")


def test_editor_delete_never_reaches_into_the_previous_sentence(nlp):
    # found by hypothesis: "not" opens the second sentence and a tab token follows it
    text = " the the the the the the the ? not\tis "
    doc = nlp(text)
    sentence = list(doc.sents)[-1]
    negator = next(t for t in sentence if t.lower_ == "not")
    editor = TextEditor(sentence)
    editor.delete(negator)
    (edit,) = editor.build("op", "r").edits
    assert edit.orig_start >= sentence.start_char

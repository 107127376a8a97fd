"""Property tests: the negation operator never raises, and never touches text outside its recorded edits."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from negagen.operators.negation import negate_sentence
from negagen.records import Perturbation, Refusal

WORDS = [
    "the", "a", "dog", "dogs", "man", "she", "he", "they", "I", "you", "it", "is", "are", "was", "were", "has",
    "have", "had", "do", "does", "did", "not", "n't", "never", "no", "nobody", "nothing", "none", "some", "any",
    "can", "cannot", "won't", "don't", "doesn't", "isn't", "will", "would", "'s", "'d", "'ll", "'re", "who",
    "that", "which", "and", "or", "but", "bit", "bites", "went", "go", "goes", "read", "cut", "likes", "like",
    "already", "yet", "too", "either", "still", "everyone", "someone", "all", "every", "let's", "please",
    "close", "door", "home", "happy", "very", "quickly", "yesterday", "?", "!", ".", ",", ";", "\"", "(", ")",
    "Never", "Not", "Do", "Don't", "Let", "us", "only", "neither", "nor", "ain't", "used", "to", "need",
    "café", "naïve", "日本", "😀", "3", "1990",
]  # fmt: skip

word_sequences = st.lists(st.sampled_from(WORDS), min_size=0, max_size=14)
separators = st.sampled_from([" ", " ", " ", "  ", "\t", "", "\n", " \u00a0"])


@st.composite
def sentences(draw):
    words = draw(word_sequences)
    seps = [draw(separators) for _ in words]
    return draw(separators) + "".join(w + s for w, s in zip(words, seps, strict=True))


def _check(nlp, text: str) -> None:
    doc = nlp(text)
    for sentence in doc.sents:
        results = list(negate_sentence(sentence, None))
        assert len(results) == 1
        (result,) = results
        assert isinstance(result, Perturbation | Refusal)
        if isinstance(result, Refusal):
            assert result.message
            continue
        assert result.text != text
        cursor, pieces = 0, []
        for edit in result.edits:
            assert cursor <= edit.orig_start <= edit.orig_end
            assert text[edit.orig_start : edit.orig_end] == edit.orig_text
            assert result.text[edit.new_start : edit.new_end] == edit.new_text
            # edits stay inside the edited sentence
            sentence_end = sentence.end_char + len(sentence[-1].whitespace_)
            assert sentence.start_char <= edit.orig_start and edit.orig_end <= sentence_end
            pieces += [text[cursor : edit.orig_start], edit.new_text]
            cursor = edit.orig_end
        pieces.append(text[cursor:])
        assert "".join(pieces) == result.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=sentences())
def test_negation_never_raises_and_keeps_text_outside_edits(nlp, text):
    _check(nlp, text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=0, max_size=80))
def test_negation_survives_arbitrary_unicode(nlp, text):
    _check(nlp, text)

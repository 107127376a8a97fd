"""The ``negation`` operator: flip the polarity of a sentence's main clause, in both directions.

Insert: auxiliaries and modals (``is → is not``, ``can → cannot``), clitics (``She's left → She hasn't left``),
do-support with tense and agreement (``went → did not go``), imperatives, ``Let's``, quantifier and indefinite
subjects (``Everyone → Not everyone``, ``Someone → No one``), ``still → no longer``, polarity items in scope
(``some → any``, ``already → yet``, ``too → either``) and coordinated verbs (``reads and writes → does not read or
write``).

Remove: ``not``/``n't``/``cannot``/``never``/``no``/``nobody``/``nothing``/``none`` back to an affirmative with
re-inflection (``didn't go → went``, ``won't → will``, ``any → some``, ``yet → already``).

Refuses (see :class:`~negagen.errors.RefusalReason`): fragments and queries with no finite verb, negative
inversion, ``not only … but also``, ``neither … nor``, ``ain't``, semi-negatives, tag questions, idioms,
several negators in one clause, scope-ambiguous subjects, stranded polarity items.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from functools import partial
from typing import Literal

from lemminflect import getAllLemmas
from spacy.tokens import Span

from ...errors import ConfigError, RefusalReason
from ...records import Perturbation, Refusal
from ...registry import Operator, deterministic, register_operator
from ...syntax.clause import MainClause, NotAnalysable, find_main_clause, norm, reported_clause, scan
from ...syntax.editing import TextEditor
from . import lexicon as lx
from .insert import insert_negation
from .remove import remove_negation
from .surface import style_of

__all__ = ["make_negation", "negate_sentence"]

Direction = Literal["both", "insert", "remove"]
# One search per sentence for every idiom (whole tokens, as SentenceScan.lowered writes them).
_IDIOM = re.compile(" (" + "|".join(re.escape(idiom) for idiom in lx.IDIOMS) + ") ")
DIRECTIONS = ("both", "insert", "remove")


@register_operator("negation")
def make_negation(name: str = "negation", direction: Direction = "both") -> Operator:
    """Create the negation operator.

    Args:
        name: operator name written into records.
        direction: ``both`` flips whichever polarity the sentence has; ``insert`` only negates affirmatives
            (refusing negatives with ``already_negated_scope``); ``remove`` only affirms negatives (refusing
            affirmatives with ``affirmative_scope``).

    Produces one :class:`~negagen.records.Perturbation` (``label_effect``: contradiction) or one
    :class:`~negagen.records.Refusal` per sentence.

    Example:
        >>> import negagen
        >>> negagen.perturb(["He went home."])[0].perturbations[0].text
        'He did not go home.'
    """
    if direction not in DIRECTIONS:
        raise ConfigError(f"negation: direction must be one of {', '.join(DIRECTIONS)}, not {direction!r}")
    return deterministic(partial(negate_sentence, name=name, direction=direction))


def negate_sentence(
    sentence: Span, rng: random.Random | None = None, *, name: str = "negation", direction: Direction = "both"
) -> Iterator[Perturbation | Refusal]:
    """Flip the polarity of ``sentence``'s main clause. Deterministic: ``rng`` is not used."""
    editor = TextEditor(sentence)
    try:
        facts = scan(sentence)
        idiom = _IDIOM.search(facts.lowered)
        if idiom:
            raise NotAnalysable(RefusalReason.IDIOM, f"the fixed expression {idiom.group(1)!r}")
        rule = _lets(sentence, editor, direction)
        if rule is None:
            clause = find_main_clause(sentence)
            _check_supported(clause)
            claim = _reported_claim(clause)
            if claim is not None:
                _flip(claim, editor, direction)
                rule = "reported_claim"
            else:
                rule = _flip(clause, editor, direction)
    except NotAnalysable as refusal:
        yield Refusal(name, refusal.reason, refusal.message)
        return
    yield editor.build(name, rule)


def _flip(clause: MainClause, editor: TextEditor, direction: Direction) -> str:
    negators = clause.negators()
    if len(negators) > 1:
        words = ", ".join(repr(t.text) for t in negators)
        raise NotAnalysable(RefusalReason.AMBIGUOUS_SCOPE, f"the main clause has several negators ({words})")
    if negators:
        if direction == "insert":
            raise NotAnalysable(RefusalReason.ALREADY_NEGATED_SCOPE, f"already negated by {negators[0].text!r}")
        return "remove_" + remove_negation(clause, negators[0], editor)
    if direction == "remove":
        raise NotAnalysable(RefusalReason.AFFIRMATIVE_SCOPE, "the main clause has no negation to remove")
    return "insert_" + insert_negation(clause, editor, style_of(clause))


def _lets(sentence: Span, editor: TextEditor, direction: Direction) -> str | None:
    """"Let's go" ↔ "Let's not go": the negation goes after "'s", not before "Let"."""
    words = [t for t in sentence if not t.is_punct]
    if len(words) < 3 or norm(words[0]) != "let" or norm(words[1]) != "'s":
        return None
    if norm(words[2]) == "not":
        if direction == "insert":
            raise NotAnalysable(RefusalReason.ALREADY_NEGATED_SCOPE, "already negated by 'not'")
        editor.delete(words[2])
        return "remove_lets"
    if direction == "remove":
        raise NotAnalysable(RefusalReason.AFFIRMATIVE_SCOPE, "the main clause has no negation to remove")
    editor.insert_after(words[1], "not")
    return "insert_lets"


def _reported_claim(clause: MainClause) -> MainClause | None:
    """The that-clause of an affirmative reporting verb ("These results show that X"), analysed as a clause.

    Negating "show" would leave X asserted as much as before ("do not show that X" is no evidence against X); the
    claim a retriever must not match is "X is false". ``None`` when the verb reports nothing or the claim cannot
    be analysed (the reporting verb is then negated as before).
    """
    if clause.negators():
        return None
    if clause.subject is not None and norm(clause.subject.left_edge) in ("a", "an", "one", "some", "several"):
        return None  # "One theory suggests that X" is not contradicted by "… that not X": "No theory suggests…" is
    claim = reported_clause(clause)
    if claim is None:
        return None
    try:
        _check_supported(claim)
    except NotAnalysable:
        return None
    return claim if claim.subject is not None and not claim.inverted else None


_UNSUPPORTED_WORDS = frozenset({"neither", "nor", "ai", *lx.SEMI_NEGATIVES})
_SCOPE_WORDS = frozenset({"only", "except", "unless"})


def _check_supported(clause: MainClause) -> None:
    unsupported = RefusalReason.UNSUPPORTED_CONSTRUCTION
    if clause.has_phrase("but not") or clause.has_phrase(", not"):
        # "in A mice, but not in B mice": an elliptical contrast whose polarity is the opposite of the clause's
        raise NotAnalysable(unsupported, "an elliptical 'but not …' contrast carries the opposite polarity")
    if any(clause.has_phrase(p) for p in ("not only", "not just", "not merely", "but also")):
        raise NotAnalysable(unsupported, "'not only … but also' is not a plain negation")
    root, subject = clause.root, clause.subject
    if any(c.dep_ == "dobj" and norm(c) in ("little", "few") and not any(d.dep_ == "det" for d in c.children)
           for c in root.children):  # fmt: skip
        raise NotAnalysable(unsupported, "'knew little' is already negative: 'did not know little' is a double one")
    if (subject is not None and not any(c.dep_ == "det" for c in subject.children)
            and norm(subject) not in lx.SCOPE_AMBIGUOUS_SUBJECTS | lx.UNIVERSAL_QUANTIFIERS
            and (subject.pos_ == "ADJ" or norm(subject) == "other"
                 or (subject.pos_ == "PROPN" and set(getAllLemmas(subject.lower_)) == {"ADJ"}))):  # fmt: skip
        # "Other recently initiated mechanisms … include", "Defensive ends … had": the subject's noun was read as
        # the verb
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"the adjective {subject.text!r} is read as the subject")
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if after is not None and after.text == ":" and root.i - clause.sentence.start <= 2:
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, "a heading ('Areas covered:'), not a clause")
    for t in clause.tokens if clause.mentions(_UNSUPPORTED_WORDS) else ():
        low = norm(t)
        if low in ("neither", "nor"):
            raise NotAnalysable(unsupported, f"{t.text!r}: 'neither … nor' coordination")
        if low == "ai":
            raise NotAnalysable(unsupported, "'ain't' has no single affirmative form")
        if low in lx.SEMI_NEGATIVES:
            raise NotAnalysable(unsupported, f"the semi-negative {t.text!r} has no clean polarity flip")
    if clause.inverted:
        first = next((t for t in clause.sentence if not t.is_punct), None)
        if first is not None and first.i < clause.finite.i and norm(first) in lx.NEGATIVE_OPENERS:
            raise NotAnalysable(unsupported, f"negative inversion after {first.text!r}")
    if clause.mentions(_SCOPE_WORDS):
        for t in clause.tokens:
            if norm(t) in _SCOPE_WORDS:
                # "Only older patients did not develop it", "None survived except one": the negation and the
                # focus or exception word interact, and the flip reads two ways (or as a presupposition change).
                raise NotAnalysable(RefusalReason.AMBIGUOUS_SCOPE, f"{t.text!r} interacts with the negation")
    if clause.inverted and clause.sentence[-1].text == "?" and norm(clause.sentence[0]) not in lx.WH_WORDS:
        # "Does aspirin reduce X?" and "Doesn't aspirin reduce X?" ask for the same answer: no negative.
        raise NotAnalysable(unsupported, "a negated yes/no question asks the same question")
    if _is_tag_question(clause.sentence):
        raise NotAnalysable(unsupported, "a tag question carries a second, opposite polarity")


def _is_tag_question(sentence: Span) -> bool:
    """"…, doesn't he?" / "…, is it?": comma, auxiliary, optional n't/not, pronoun, question mark."""
    words = [norm(t) for t in sentence[-5:]]
    if not words or words[-1] != "?":
        return False
    tail = words[:-1]
    if tail and tail[-1] in ("he", "she", "it", "they", "you", "we", "i", "there"):
        tail = tail[:-1]
        if tail and tail[-1] in ("n't", "not"):
            tail = tail[:-1]
        return len(tail) >= 2 and tail[-2] == "," and tail[-1] in {*lx.CONTRACTED_NEGATIVE, "am", "ca", "wo"}
    return False

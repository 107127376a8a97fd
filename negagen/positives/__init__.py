"""Structural positives: meaning-preserving rewrites built from the same words as the anchor.

A structural negative (role swap, reorder…) changes the meaning with the anchor's words; a structural positive
keeps the meaning with the same words moved. Paired in one triplet, they stop a model from winning by bag of
words or by spotting "was this sentence edited?".

Rules, tried in order (the first that applies is used):

======================== =======================================================================
rule                     example
======================== =======================================================================
``active_to_passive``    The committee approved the plan → The plan was approved by the committee
``passive_to_active``    The plan was approved by the committee → The committee approved the plan
``comparative_converse`` The river is wider than the road → The road is narrower than the river
``symmetric_swap``       John met Mary → Mary met John; A is as tall as B → B is as tall as A
``coordination_swap``    Tom and Jerry are friends → Jerry and Tom are friends
======================== =======================================================================

Every output is a :class:`~negagen.records.Perturbation` with ``op="structural_paraphrase"``; a sentence where no
rule is safe gives a :class:`~negagen.records.Refusal`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..errors import NegagenError, RefusalReason
from ..morphology import inflections, lemma, match_case
from ..records import Perturbation, Refusal
from ..syntax.arguments import RolePair, check_arguments, equative_object, swap_pair
from ..syntax.clause import MainClause, NotAnalysable, find_main_clause, norm
from ..syntax.editing import TextEditor
from ..syntax.lexicon import SYMMETRIC_VERBS
from ..syntax.phrases import agree, number_person, phrase, render_phrase
from .voice import to_active, to_passive

__all__ = ["POSITIVE_OP", "structural_positive"]

POSITIVE_OP = "structural_paraphrase"
# Coordinations whose order is fixed by idiom; swapping them reads as an error, not a paraphrase.
BINOMIALS = frozenset(
    {("salt", "pepper"), ("rock", "roll"), ("black", "white"), ("bread", "butter"), ("ladies", "gentlemen"),
     ("fish", "chips"), ("pros", "cons"), ("law", "order"), ("research", "development"), ("trial", "error")}
)  # fmt: skip


def structural_positive(sentence: Span) -> Perturbation | Refusal:
    """The first safe meaning-preserving rewrite of ``sentence``, or a refusal saying why there is none."""
    try:
        clause = find_main_clause(sentence)
    except NotAnalysable as refusal:
        return Refusal(POSITIVE_OP, refusal.reason, refusal.message)
    last = NotAnalysable(RefusalReason.NO_TARGET, "no voice, comparative, symmetric or coordination rewrite")
    for rule in (_voice, _comparative_converse, _symmetric, _coordination):
        editor = TextEditor(sentence)
        try:
            name = rule(clause, editor)
        except NotAnalysable as refusal:
            if refusal.reason is not RefusalReason.NO_TARGET:
                last = refusal
            continue
        if isinstance(name, Perturbation):
            return name
        return editor.build(POSITIVE_OP, name)
    return Refusal(POSITIVE_OP, last.reason, last.message)


def _voice(clause: MainClause, editor: TextEditor) -> str:
    if any(c.dep_ == "neg" for c in clause.root.children) and not clause.auxiliaries:
        raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, "a negation without an auxiliary")
    if any(a.dep_ == "auxpass" for a in clause.auxiliaries):
        return to_active(clause, editor)
    return to_passive(clause, editor)


def _comparative_converse(clause: MainClause, editor: TextEditor) -> str:
    """"X is wider than Y" → "Y is narrower than X": swap the compared phrases, replace the comparative."""
    root, subject = clause.root, clause.subject
    adjective = next((c for c in root.children if c.dep_ == "acomp" and c.tag_ == "JJR"), None)
    than = next((c for c in adjective.children if c.lower_ == "than"), None) if adjective is not None else None
    other = next((c for c in than.children if c.dep_ == "pobj"), None) if than is not None else None
    if subject is None or other is None:
        raise NotAnalysable(RefusalReason.NO_TARGET, "no 'X is ADJ-er than Y'")
    converse = _converse_comparative(adjective)
    check_arguments(subject, other)
    sentence = clause.sentence
    first, second = phrase(subject), phrase(other)
    into_first = render_phrase(second, case="subject", target=first[0], sentence=sentence)
    into_second = render_phrase(first, case="object", target=second[0], sentence=sentence)
    editor.replace_range(first[0], first[-1], into_first)
    editor.replace_range(second[0], second[-1], into_second)
    editor.replace(adjective, match_case(converse, adjective.text))
    agree(editor, clause.finite, *number_person(other))
    return "comparative_converse"


def _converse_comparative(adjective: Token) -> str:
    from ..resources.antonyms import antonym_table

    try:
        table = antonym_table()
    except NegagenError as exc:
        raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, str(exc)) from None
    antonym = table["ADJ"].get(lemma(adjective.lower_, "ADJ"))
    forms = inflections(antonym, "ADJ") if antonym else {}
    if not forms.get("JJR"):
        raise NotAnalysable(RefusalReason.NO_TARGET, f"no one-word converse of {adjective.text!r}")
    return forms["JJR"][0]


def _symmetric(clause: MainClause, editor: TextEditor) -> Perturbation:
    from ..morphology import base_form

    root, subject = clause.root, clause.subject
    if subject is None:
        raise NotAnalysable(RefusalReason.NO_TARGET, "no subject")
    other = None
    if root.pos_ == "VERB" and base_form(root).lower() in SYMMETRIC_VERBS:
        other = next((c for c in root.children if c.dep_ == "dobj"), None)
    else:  # "A is as tall as B"
        other = equative_object(root)
    if other is None:
        raise NotAnalysable(RefusalReason.NO_TARGET, "no symmetric relation")
    check_arguments(subject, other)
    pair = RolePair("symmetric_swap", subject, other, "subject", "object", clause.finite, other)
    return swap_pair(clause.sentence, pair, POSITIVE_OP)


def _coordination(clause: MainClause, editor: TextEditor) -> str:
    """Two coordinated noun phrases as the subject ("Tom and Jerry") trade places."""
    subject = clause.subject
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        raise NotAnalysable(RefusalReason.NO_TARGET, "no coordinated subject")
    conjuncts = [c for c in subject.children if c.dep_ == "conj"]
    cc = next((c for c in subject.children if c.dep_ == "cc"), None)
    if len(conjuncts) != 1 or cc is None or norm(cc) != "and" or conjuncts[0].pos_ not in ("NOUN", "PROPN"):
        raise NotAnalysable(RefusalReason.NO_TARGET, "no two-part 'A and B' subject")
    other = conjuncts[0]
    if (norm(subject), norm(other)) in BINOMIALS or any(c.dep_ == "conj" for c in other.children):
        raise NotAnalysable(RefusalReason.IDIOM, "a fixed-order pair")
    doc = subject.doc
    first = doc[subject.left_edge.i : cc.i]
    while len(first) > 1 and first[-1].is_punct:
        first = first[:-1]
    second = phrase(other)
    sentence = clause.sentence
    into_first = render_phrase(second, case="subject", target=first[0], sentence=sentence)
    into_second = render_phrase(first, case="subject", target=second[0], sentence=sentence)
    editor.replace_range(first[0], first[-1], into_first)
    editor.replace_range(second[0], second[-1], into_second)
    return "coordination_swap"

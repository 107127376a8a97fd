"""Active ↔ passive voice conversion: a meaning-preserving rewrite built from the same words.

``The committee approved the plan → The plan was approved by the committee`` and back, with the auxiliaries and
participles each tense needs (``will approve → will be approved``, ``has approved → has been approved``, ``is
approving → is being approved``, ``did not approve ↔ was not approved``), pronoun case, agreement, particles kept
with their verb (``picked up the kids → the kids were picked up by them``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..errors import RefusalReason
from ..morphology import base_form, inflect, match_case
from ..syntax.arguments import check_arguments
from ..syntax.clause import MainClause, NotAnalysable, norm
from ..syntax.editing import TextEditor
from ..syntax.lexicon import BE_FORMS, DO_FORMS, HAVE_FORMS
from ..syntax.phrases import agree, number_person, phrase, render_phrase

__all__ = ["to_active", "to_passive"]

# Transitive verbs with no passive ("*Two dollars were cost by it").
NO_PASSIVE = frozenset(
    {"have", "resemble", "cost", "weigh", "lack", "fit", "suit", "contain", "equal", "mean", "become", "get",
     "let", "hold", "comprise", "possess", "own"}
)  # fmt: skip
UNREBUILT = "a verb group the voice rules do not rebuild (progressive perfect, modal progressive)"


def _be(tense: str, person: int, plural: bool) -> str:
    if tense == "past":
        return "were" if plural or person == 2 else "was"
    return "am" if (person, plural) == (1, False) else "is" if (person, plural) == (3, False) else "are"


def _is_past(verb: Token) -> bool:
    lemma = base_form(verb).lower()
    return verb.tag_ == "VBD" or (verb.lower_ != lemma and verb.lower_ == inflect(lemma, "VBD"))


def _after_verb(verb: Token) -> Token:
    """The verb's particle if it directly follows ("picked up"), else the verb: where "by …" goes."""
    particle = next((c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1), None)
    return particle or verb


def to_passive(clause: MainClause, editor: TextEditor) -> str:
    """Describe the active → passive rewrite on ``editor``; returns the rule id.

    Raises:
        NotAnalysable: no direct object, a verb with no passive, or a tense the rules do not rebuild.
    """
    verb, subject = clause.root, clause.subject
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or obj is None or verb.pos_ != "VERB" or subject.dep_ != "nsubj":
        raise NotAnalysable(RefusalReason.NO_TARGET, "no active clause with a direct object")
    lemma = base_form(verb).lower()
    if lemma in NO_PASSIVE:
        raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, f"{lemma!r} has no passive")
    check_arguments(subject, obj)
    participle = inflect(lemma, "VBN")
    person, plural = number_person(obj)
    auxiliaries = clause.auxiliaries
    if not auxiliaries:
        tense = "past" if _is_past(verb) else "present"
        editor.replace(verb, f"{match_case(_be(tense, person, plural), verb.text)} {participle}")
    else:
        first, last = auxiliaries[0], auxiliaries[-1]
        if norm(first) in DO_FORMS and len(auxiliaries) == 1:  # "did not approve" → "was not approved"
            tense = "past" if norm(first) == "did" else "present"
            editor.replace(first, match_case(_be(tense, person, plural), first.text))
            editor.replace(verb, participle)
        elif verb.tag_ == "VBG" and norm(last) in BE_FORMS and len(auxiliaries) == 1:
            editor.replace(verb, f"being {participle}")
        elif verb.tag_ == "VBN" and norm(last) in HAVE_FORMS:
            editor.replace(verb, f"been {participle}")
        elif last.tag_ == "MD" and verb.tag_ == "VB":
            editor.replace(verb, f"be {participle}")
        else:
            raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, UNREBUILT)
        if norm(first) not in DO_FORMS:
            agree(editor, first, person, plural)
    sentence = clause.sentence
    subject_span, object_span = phrase(subject), phrase(obj)
    new_subject = render_phrase(object_span, case="subject", target=subject_span[0], sentence=sentence)
    editor.replace_range(subject_span[0], subject_span[-1], new_subject)
    editor.delete(object_span[0], object_span[-1])
    agent = render_phrase(subject_span, case="object", target=object_span[0], sentence=sentence)
    editor.insert_after(_after_verb(verb), f"by {agent}")
    return "active_to_passive"


def to_active(clause: MainClause, editor: TextEditor) -> str:
    """Describe the passive → active rewrite on ``editor``; returns the rule id.

    Raises:
        NotAnalysable: no by-agent, a get-passive, or a verb group the rules do not rebuild.
    """
    verb, subject = clause.root, clause.subject
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by_object = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    passive = next((a for a in clause.auxiliaries if a.dep_ == "auxpass"), None)
    if subject is None or by_object is None or passive is None or norm(passive) not in BE_FORMS:
        raise NotAnalysable(RefusalReason.NO_TARGET, "no be-passive with a by-agent")
    check_arguments(subject, by_object)
    person, plural = number_person(by_object)
    lemma = base_form(verb).lower()
    before = [a for a in clause.auxiliaries if a.i < passive.i]
    negated = any(c.dep_ == "neg" for c in verb.children)
    p = norm(passive)
    if p == "being" and before:  # "is being approved" → "is approving"
        editor.delete(passive)
        editor.replace(verb, inflect(lemma, "VBG"))
    elif p == "been" and before:  # "has been approved" → "has approved"
        editor.delete(passive)
    elif p == "be" and before and before[-1].tag_ == "MD":  # "will be approved" → "will approve"
        editor.delete(passive)
        editor.replace(verb, lemma)
    elif not before:
        tense = "past" if p in ("was", "were") else "present"
        if negated:  # "was not approved" → "did not approve"
            do = "did" if tense == "past" else "does" if (person, plural) == (3, False) else "do"
            editor.replace(passive, match_case(do, passive.text))
            editor.replace(verb, lemma)
        else:
            editor.delete(passive)
            tag = "VBD" if tense == "past" else "VBZ" if (person, plural) == (3, False) else "VBP"
            editor.replace(verb, inflect(lemma, tag) if tag != "VBP" else lemma)
    else:
        raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, UNREBUILT)
    if before and norm(before[0]) not in DO_FORMS:
        agree(editor, before[0], person, plural)
    sentence = clause.sentence
    subject_span, agent_span = phrase(subject), phrase(agent)
    new_subject = render_phrase(phrase(by_object), case="subject", target=subject_span[0], sentence=sentence)
    editor.replace_range(subject_span[0], subject_span[-1], new_subject)
    editor.delete(agent_span[0], agent_span[-1])
    new_object = render_phrase(subject_span, case="object", target=agent_span[0], sentence=sentence)
    editor.insert_after(_after_verb(verb), new_object)
    return "passive_to_active"

"""The ``role_swap`` operator: exchange the two participants of one asymmetric relation.

Whole phrases move (determiners, modifiers and relative clauses travel with their nouns); adjuncts stay in place.
After the move the pronouns take the case of their new slot (``I called her → She called me``), the finite verb
agrees with its new subject (``The parents praise the child → The child praises the parents``) and the
sentence-initial capital stays at the start.

Rules: ``subject_object`` (active), ``passive_agent`` (``by``-agent), ``ditransitive`` (the subject trades with the
recipient, never the theme), ``comparative`` (``X is wider than Y``), ``from_to`` (``trains from Lyon to Milan``,
also in verbless queries).

Refuses (see :class:`~negagen.errors.RefusalReason`): ``copular``, ``reflexive``, ``symmetric_predicate``,
``identical_arguments``, ``idiom``, ``no_target``, and the clause-level reasons of the negation analysis
(``no_finite_verb``…) when nothing else applies. A swap that makes an inanimate noun the subject of a verb that
wants a living agent is kept but flagged ``meta={"plausibility": "low"}``.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from itertools import pairwise

from lemminflect import getAllLemmas
from spacy.tokens import Span, Token

from ...errors import RefusalReason
from ...morphology import base_form, lemma, match_case
from ...records import Perturbation, Refusal
from ...registry import Operator, deterministic, register_operator
from ...resources.animacy import animate
from .._editing import TextEditor
from .._phrases import (
    REFLEXIVES,
    SECTION_HEADERS,
    WH_WORDS,
    agree,
    is_header,
    number_person,
    opens_with_section_label,
    phrase,
    render_phrase,
)
from .._plausibility import plausibility_meta
from .._scan import scan
from ..negation.clause import (
    MainClause,
    NotAnalysable,
    find_main_clause,
    norm,
    possessive_have,
    reported_clause,
    that_clause,
)
from . import lexicon as lx

__all__ = ["RolePair", "check_arguments", "equative_object", "make_role_swap", "swap_pair", "swap_roles"]

NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


@dataclass(frozen=True)
class RolePair:
    """Two argument heads to exchange. ``new_subject`` is the head that becomes the subject (``None`` when
    neither slot is the subject, as in ``from X to Y``), ``finite`` the verb that must agree with it."""

    rule: str
    first: Token
    second: Token
    first_case: str  # the case a phrase takes in the first slot
    second_case: str
    finite: Token | None = None
    new_subject: Token | None = None
    first_span: Span | None = None  # the words that move, when not the head's whole subtree
    second_span: Span | None = None
    relative_verb: Token | None = None  # object relatives: the clause verb that agrees with its new subject


@register_operator("role_swap")
def make_role_swap(name: str = "role_swap") -> Operator:
    """Create the role-swap operator (no options).

    Produces one :class:`~negagen.records.Perturbation` per swappable pair in the sentence (``label_effect``:
    contradiction), or one :class:`~negagen.records.Refusal`.

    Example:
        >>> import negagen
        >>> negagen.perturb(["The dog bit the man."], ["role_swap"])[0].perturbations[0].text
        'The man bit the dog.'
    """
    return deterministic(partial(swap_roles, name=name))


def swap_roles(
    sentence: Span, rng: random.Random | None = None, *, name: str = "role_swap"
) -> Iterator[Perturbation | Refusal]:
    """Exchange participants in ``sentence``. Deterministic: ``rng`` is not used."""
    try:
        clause = find_main_clause(sentence)
    except NotAnalysable as refusal:
        clause, clause_refusal = None, refusal
    else:
        clause_refusal = None
    if opens_with_section_label(sentence):
        # "RESULTS The study …", "Summary Hypoxia augments …": a section label glued to the sentence
        yield Refusal(name, RefusalReason.UNRELIABLE_PARSE, "the sentence opens with a section label")
        return
    pairs: list[RolePair] = []
    refusals: list[NotAnalysable] = []
    if clause is not None:
        try:
            pair = _clause_pair(clause)
            # "We show that X inhibits Y": in abstracts the finding sits in the reported clause, not the main one
            claim = reported_clause(clause) if pair is None else None
            if claim is not None:
                pair = _clause_pair(claim)
        except NotAnalysable as refusal:
            refusals.append(refusal)
        else:
            if pair is not None:
                pairs.append(pair)
    pairs += _object_relative_pairs(sentence)
    pairs += _from_to_pairs(sentence, taken={p.first.i for p in pairs} | {p.second.i for p in pairs})
    if not pairs:
        refusal = refusals[0] if refusals else clause_refusal or NotAnalysable(
            RefusalReason.NO_TARGET, "no two participants of one asymmetric relation to exchange"
        )
        yield Refusal(name, refusal.reason, refusal.message)
        return
    for pair in pairs:
        yield swap_pair(sentence, pair, name)


def swap_pair(sentence: Span, pair: RolePair, name: str) -> Perturbation:
    editor = TextEditor(sentence)
    first = pair.first_span or phrase(pair.first)
    second = pair.second_span or phrase(pair.second)
    into_first = render_phrase(second, case=pair.first_case, target=first[0], sentence=sentence)
    into_second = render_phrase(first, case=pair.second_case, target=second[0], sentence=sentence)
    editor.replace_range(first[0], first[-1], into_first)
    editor.replace_range(second[0], second[-1], into_second)
    if pair.finite is not None and pair.new_subject is not None:
        agree(editor, pair.finite, *number_person(pair.new_subject))
    if pair.relative_verb is not None:
        # "the letters which the clerk sorted" → "the clerk who the letters sorted": who for the living
        relative = next((c for c in pair.relative_verb.children if c.tag_ in ("WDT", "WP")), None)
        if relative is not None and norm(relative) in ("who", "whom", "which"):
            wanted = ("whom" if norm(relative) == "whom" else "who") if animate(pair.second) else "which"
            if wanted != norm(relative):
                editor.replace(relative, match_case(wanted, relative.text))
    if pair.relative_verb is not None and pair.relative_verb.tag_ in ("VBZ", "VBP"):
        agree(editor, pair.relative_verb, *number_person(pair.first))  # "the ball that the boys kick"
    meta = plausibility_meta(swaps=[(pair.first, pair.second)], low=_implausible(pair))
    return editor.build(name, pair.rule, meta)


def _clause_pair(clause: MainClause) -> RolePair | None:
    """The main clause's swappable pair, by priority: comparative, passive agent, recipient, direct object."""
    root, subject = clause.root, clause.subject
    if subject is None or subject.dep_ == "expl":
        return None
    children = list(root.children)
    if norm(subject) == "it" and that_clause(root) is not None:
        return None  # "It has been shown by X that Y": "it" stands in for the that-clause, not a participant
    if sum(t.is_quote for t in clause.sentence[: root.i - clause.sentence.start]) % 2 == 1:
        raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, "the verb is inside a quotation")
    verb = base_form(root).lower() if root.pos_ == "VERB" else norm(root)
    after_subject = subject.doc[subject.right_edge.i + 1] if subject.right_edge.i + 1 < root.i else None
    if after_subject is not None and after_subject.dep_ == "prep" and after_subject.head == root:
        # "Stroke patients [with prior use of X] have a higher risk": a phrase between subject and verb is the
        # subject's, whatever the parse says; the swap would strand it
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{phrase(subject).text!r} may own what follows it")
    words = clause.scan.words
    than = _than_object(root) if "than" in words else None
    if than is not None:
        if any(w in words for w in ("different", "differently", "similar", "same")):
            # "takes a different view of history than other Islamists": difference reads the same both ways
            raise NotAnalysable(RefusalReason.SYMMETRIC_PREDICATE, "a difference or likeness compares symmetrically")
        if norm(than) in ("that", "those"):  # "higher than that observed in rats": the pronoun points back
            raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, f"{than.text!r} stands for the subject's noun")
        if any(t.dep_ == "pcomp" and t.tag_ == "VBG" and norm(t.head) != "of" for t in phrase(than)):
            # "more effective than exercise therapy [in reducing pain]": the respect of the comparison, parsed
            # into its second term; moved to the front it becomes part of the subject
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{phrase(than).text!r} holds what is compared")
        check_arguments(subject, than)
        after_than = than.doc[than.right_edge.i + 1] if than.right_edge.i + 1 < clause.sentence.end else None
        if after_than is not None and after_than.pos_ == "ADP":
            # "more diverse than WNV [in birds]": the phrase after the second term may be its own or the comparison's
            # respect; the parse cannot tell, and moved to the front the term loses it
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{phrase(than).text!r} may own what follows it")
        return RolePair("comparative", subject, than, "subject", "object", clause.finite, than)
    if words.count("as") >= 2 and equative_object(root) is not None:
        raise NotAnalysable(RefusalReason.SYMMETRIC_PREDICATE, "'as … as' compares symmetrically")
    agent = next((c for c in children if c.dep_ == "agent"), None)
    # A passive needs a passive auxiliary; "He's been helping her" is sometimes mislabelled nsubjpass.
    if subject.dep_ == "nsubjpass" and any(c.dep_ == "auxpass" for c in children):
        by_object = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if by_object is None:
            return None
        after_by = by_object.doc[by_object.i + 1] if by_object.i + 1 < len(by_object.doc) else None
        if norm(by_object) in lx.MANNER_NOUNS and after_by is not None and norm(after_by) == "of":
            # "formed by vote of the Court", "by means of", "by way of": a manner, not an agent
            raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, f"'by {by_object.text} of' names a manner")
        _check_verb(verb, None)
        check_arguments(subject, by_object)
        if _coordinated_predicate(phrase(by_object), root):
            # "were increased by morin and knockdown of Nrf2 could prevent …": the next clause's subject
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{phrase(by_object).text!r} may hold a predicate")
        return RolePair("passive_agent", subject, by_object, "subject", "object", clause.finite, by_object)
    recipient = _recipient(children)
    if recipient is not None:
        _check_verb(verb, None)
        check_arguments(subject, recipient)
        return RolePair("ditransitive", subject, recipient, "subject", "object", clause.finite, recipient)
    objects = [c for c in children if c.dep_ == "dobj"]
    if len(objects) > 1:  # "triggers Ca2 + entry" read as two objects: the parse split one phrase
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{root.text!r} has two direct objects")
    obj = objects[0] if objects else None
    if obj is not None and norm(obj) == "that" and obj.i + 1 < clause.sentence.end and not obj.doc[obj.i + 1].is_punct:
        # "These results could imply that in C. elegans …": a complementizer read as the object
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, "'that' opens a clause here, it is no object")
    if obj is not None and norm(obj) in _DEGREE_NOUNS and norm(obj.left_edge) == "a":
        # "The infrastructure has developed a lot": a degree adverbial parsed as the object, no participant
        raise NotAnalysable(RefusalReason.NO_TARGET, f"'a {obj.text}' measures degree, it is no participant")
    if obj is None:
        if verb in lx.COPULAR_VERBS or any(c.dep_ in ("attr", "acomp") for c in children):
            raise NotAnalysable(RefusalReason.COPULAR, f"{root.text!r} links a subject to a description")
        return None
    _check_verb(verb, obj)
    if possessive_have(root):
        # "50% of patients have activated markers": "have" owns "activated markers"; read as a perfect and swapped
        # it says the markers activated the patients
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"'have {root.text}' may be possession")
    check_arguments(subject, obj)
    between = clause.sentence.doc[root.i + 1 : obj.left_edge.i]
    aside = len(between) > 1 and between[0].text in _DASHES and between[-1].text in _DASHES  # "saw—live—the"
    if not aside and any(t.dep_ != "prt" for t in between):
        # "We present here an analysis", "display profound, early defects": an adverb or a stray modifier between
        # the verb and its object; after the swap it stands before the pronoun or splits the new object
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{between.text!r} stands between verb and object")
    if _coordinated_predicate(phrase(obj), root):
        # "advances our understanding of X and highlights candidate targets": the second predicate of the subject
        # parsed into the object; moved, it loses its subject
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{phrase(obj).text!r} may hold a second predicate")
    after_object = obj.right_edge.i + 1
    if obj.pos_ == "NOUN" and any(c.dep_ in ("prep", "agent") and c.i == after_object and _owned_by_object(c, obj)
                                  for c in children):  # fmt: skip
        # "provide insight into glioma biology", "reduce the threshold for epilepsy", "compared X to Y": a
        # preposition right after the object may belong to it (the parser cannot tell); moved, it is stranded
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{obj.text!r} may own the phrase that follows it")
    if norm(obj.left_edge) in ("any", "no") or norm(subject.left_edge) in ("no", "none", "nobody", "nothing", "any"):
        raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, "a polarity word would leave its scope")
    if any(c.dep_ in ("xcomp", "oprd", "acomp") or (c.dep_ == "advcl" and norm(c.left_edge) == "to")
           for c in children) or any(c.dep_ == "amod" and c.i > obj.i for c in obj.children):  # fmt: skip
        # "We propose this model to explain X", "They elected him president": the object is also the subject of
        # a second predicate, which would then be about the old subject
        raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, "the object carries a second predicate")
    if subject.tag_ == "PRP" and any(c.dep_ == "prt" and c.i < obj.i for c in children):
        # "We carried out the study" → "*The study carried out us": a pronoun object goes before the particle
        raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, "a pronoun would follow a verb particle")
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not any(
            s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for c in children):  # fmt: skip
        # "Growth shows these adenomas and develops into…": the subject is also the second verb's, which the swap
        # would leave with the wrong subject (and agreement)
        raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, "the subject is shared with a coordinated verb")
    return RolePair("subject_object", subject, obj, "subject", "object", clause.finite, obj)


_DASHES = frozenset({"—", "–"})


def _coordinated_predicate(span: Span, verb: Token) -> bool:
    """A conjunct in ``span`` that may be a second finite verb of the clause, in ``verb``'s form: the same verb again
    ("implicate X and implicate Y"), a plural noun modifier that reads as a present verb ("and highlights candidate
    targets"), or a past participle that reads as a past verb ("accelerated X and enhanced proliferation")."""
    for before, word in pairwise(span):
        if before.pos_ != "CCONJ" or word.is_punct:
            continue
        verb_like = "VERB" in getAllLemmas(word.lower_)
        if word.lower_ == verb.lower_:
            return True
        if verb.tag_ == "VBZ" and verb_like and word.tag_ == "NNS" and word.dep_ == "compound":
            return True
        if verb.tag_ == "VBD" and verb_like and word.lower_.endswith("ed") and word.tag_ in ("VBN", "VBD", "JJ"):
            return True
    return False


def _owned_by_object(prep: Token, obj: Token) -> bool:
    """Whether the preposition right after the object may be the object's own complement, whatever the parse."""
    word = norm(prep)
    head_word = lemma(obj.lower_, "NOUN")
    if word in COMPLEMENT_PREPOSITIONS or (word == "as" and head_word in lx.AS_COMPLEMENT_NOUNS):
        return True  # "the role of FGF21 as a therapeutic agent" (but "used rockets as launch vehicles")
    pcomp = any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)
    # "in 2005", "in the 1990s" (but "in the first steps": spaCy counts ordinal words as like_num)
    dated = any(c.dep_ == "pobj" and any(_has_digit(t) for t in (c, *c.children)) for c in prep.children)
    if word == "in" and (pcomp or (head_word in lx.IN_COMPLEMENT_NOUNS and not dated)):
        return True  # "advances in technology", "the function of this factor in regulating proliferation"
    # "the recruitment of P/CAF by MafA", "IL-10 production by monocytes": the agent of a nominalised event
    by_noun = any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") and not c.like_num for c in prep.children)
    return word == "by" and by_noun and obj.lower_.endswith(_NOMINALISATIONS)


def _has_digit(token: Token) -> bool:
    return any(ch.isdigit() for ch in token.text)


_NOMINALISATIONS = ("tion", "sion", "ment", "ance", "ence", "ing", "sis", "ure", "al")


def _than_object(root: Token) -> Token | None:
    """The object of "than" in a comparative on the predicate ("wider than the road", "more money than Mary")."""
    for head in (root, *(c for c in root.children if c.dep_ in ("acomp", "advmod", "dobj", "attr"))):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "than":
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def equative_object(root: Token) -> Token | None:
    """The second term of "as ADJ as Y" on the predicate (Y), or ``None``: an equative compares symmetrically."""
    for head in (root, *root.children):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "as" and any(a.lower_ == "as" and a.i < prep.i
                                                                    for a in head.children):
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _recipient(children: list[Token]) -> Token | None:
    """The indirect object: a bare noun phrase ("gave Mary a book") or the object of "to" ("gave a book to Mary")."""
    for child in children:
        if child.dep_ == "dative":
            if child.pos_ in NOMINAL:
                return child
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _check_verb(verb: str, obj: Token | None) -> None:
    if verb in lx.SYMMETRIC_VERBS:
        raise NotAnalysable(RefusalReason.SYMMETRIC_PREDICATE, f"{verb!r} is symmetric: a swap keeps the meaning")
    if obj is not None and (verb, lemma(obj.lower_, "NOUN")) in lx.VERB_OBJECT_IDIOMS:
        # a list, not corpus counts: how often a noun is this verb's object does not tell an idiom ("lead the way",
        # 3% of "way" objects) from a frequent literal pair ("ride a horse", 77%)
        raise NotAnalysable(RefusalReason.IDIOM, f"'{verb} {obj.text}' is a fixed expression")


# Nouns that measure degree after "a" ("developed a lot", "helped a bit", "a great deal"), not participants.
_DEGREE_NOUNS = frozenset({"lot", "bit", "deal", "little"})
# Prepositions that often take a noun's complement ("insight into", "threshold for", "role of"), whatever the parse.
COMPLEMENT_PREPOSITIONS = frozenset({"of", "for", "into", "on", "to", "from", "between", "about", "against", "with"})
# Nouns a clause can open with before "I" ("Yesterday I called her"); any other noun right before "I" makes it a
# numeral of a name ("haplogroup I", "Richard I", "type I").
_TIME_WORDS = frozenset({"yesterday", "today", "tonight", "tomorrow", "week", "month", "year", "day", "night",
                         "morning", "evening", "afternoon", "time", "weekend"})  # fmt: skip
# Dependents that attach a clause or predicate, never part of a noun phrase that can move.
SPILL_DEPS = frozenset({"advcl", "xcomp", "ccomp", "csubj", "parataxis"})
_BOUNDARY_MARKS = frozenset({"(", ")", "[", "]", ",", ";", ":"})


def check_arguments(a: Token, b: Token) -> None:
    for head in (a, b):
        low = norm(head)
        if any(t.dep_ == "appos" for t in head.subtree) or phrase(head)[-1].is_punct:
            raise NotAnalysable(
                RefusalReason.UNSUPPORTED_CONSTRUCTION, f"{head.text!r} carries an appositive between commas"
            )
        if any(t.is_quote for t in phrase(head)):
            raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, f"{head.text!r} carries a quotation")
        if any(t.text in _BOUNDARY_MARKS for t in phrase(head)):
            # "(ALTS initiated the National Cancer Institute)", "…, which causes X and limited efficiency": the
            # phrase's extent is a guess across brackets and commas, and a cut there garbles both phrases
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{phrase(head).text!r} spans brackets or commas")
        span = phrase(head)
        if any(norm(t) in ("than", "compared", "versus", "vs") or t.dep_ in SPILL_DEPS for t in span):
            # "Less TMAO than vegans", "proteins … to identify complexes": a comparison or a clause that belongs to
            # the predicate was parsed into the phrase; moved with it, it says something else
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span.text!r} holds a comparison or a clause")
        if span[-1].pos_ == "CCONJ":
            # "by focal generation of X and | the activation of Y": the second conjunct was parsed elsewhere
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span.text!r} ends with its conjunction")
        if head.dep_ not in ("nsubj", "nsubjpass") and any(_participle_inside(t) for t in span):
            # "define internal network | routing operations", "surveyed gene expression | using cDNA microarrays": a
            # compound read as a participle with its object, or the verb's instrument parsed into the phrase
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span.text!r} holds a participle with an object")
        if _adjunct_inside(span):
            # "used by epidemiologists in spite of its limitations": a clause adjunct parsed into the phrase
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span.text!r} holds an adjunct of the clause")
        if norm(span[0]) == "that" and span[0].dep_ == "det" and head.tag_ in ("NNS", "NNPS"):
            # "indicate that adult stem cells … undergo": a complementizer read as a determiner
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span.text!r} opens a clause")
        if span[-1].text.endswith(".") and len(span[-1].text) > 1 and span[-1].i == head.sent.end - 1:
            # "encoded by CDKN2A.": the full stop is glued to the word and would travel with it
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span[-1].text!r} holds the full stop")
        if _gerund_opening(span):
            # "Deleting Raptor reduces …": a gerund and its object, or a name; neither reads right after a verb
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span.text!r} may be a gerund clause")
        if _glued(span):  # "force'll" → "forcewill", "pre-game" → "The pre will anchor …-game"
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span.text!r} is part of a longer word")
        if any((t.tag_ in ("VBZ", "VBP", "VBD") and t.dep_ in _PREDICATE_IN_PHRASE) or _verb_as_noun(t) for t in span):
            # "catalyzes [the hydroxylation of lysine and supresses activity]", "suggest [mitochondrial dysfunction
            # stimulates genome instability]": a predicate parsed into the phrase; moved with it, it loses its subject
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span.text!r} holds a verb of its own")
        if span.text.count("(") != span.text.count(")") or span.text.count("[") != span.text.count("]"):
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span.text!r} cuts a bracket")  # "chaperone(s"
        before_span = head.doc[span.start - 1] if span.start > head.sent.start else None
        if before_span is not None and before_span.dep_ in ("compound", "amod", "nmod", "npadvmod") and (
                before_span.lower_ not in _TIME_WORDS and not before_span.like_num):  # fmt: skip
            # "TRAP+ | osteoclasts regulate …": a modifier of the phrase left outside it by the parse
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span.text!r} starts after {before_span.text!r}")
        after_head = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if lemma(head.lower_, "NOUN") in lx.CONTENT_NOUNS and after_head is not None and norm(after_head) == "that":
            # "investigated the hypothesis that activated T cells contribute …": the that-clause states the content
            # of the noun (often parsed as a relative clause); no participant to move
            raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, f"{head.text!r} carries a that-clause")
        _check_phrase_end(span)
        means = any(t.dep_ == "prep" and norm(t) == "by" and t.head.pos_ == "NOUN" and t.head in span for t in span)
        if means or _change_adjunct(span) or any(t.dep_ == "mark" and norm(t) == "that" for t in span):
            # "the hypothesis that X …", "students who receive honors from 90% in 2004 to 60% in 2005", "trafficking
            # by a trafficking arrest": a clause, a change or a means that belongs to the predicate, parsed into the
            # phrase; moved with it, it garbles both places
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span.text!r} holds what belongs to the predicate")
        before = head.doc[head.i - 1] if head.i > 0 else None
        named = before is not None and before.pos_ in ("NOUN", "PROPN") and before.lower_ not in _TIME_WORDS
        if head.text == "I" and (head.i > span.start or named):
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span.text!r}: 'I' is a numeral in a name")
        if any(t.text in SECTION_HEADERS for t in span) or is_header(span):
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{phrase(head).text!r} holds a section header")
        if low in REFLEXIVES:
            raise NotAnalysable(RefusalReason.REFLEXIVE, f"{head.text!r} refers back to the subject")
        if low in WH_WORDS or head.tag_ in ("WP", "WDT"):
            raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, f"the question word {head.text!r} cannot move")
        if head.pos_ not in NOMINAL:
            raise NotAnalysable(RefusalReason.NO_TARGET, f"{head.text!r} is not a noun phrase")
        if any(t.dep_ == "det" and t.head.dep_ == "compound" for t in phrase(head)):
            # "lent [the company] money" read as one phrase "the company money": two noun phrases glued together.
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{phrase(head).text!r} reads as two noun phrases")
    first, second = sorted((phrase(a), phrase(b)), key=lambda span: span.start)
    if first.end > second.start or any(t.dep_ == "ROOT" for t in (*first, *second)):
        # Non-projective or fragmentary parses give phrases that overlap or swallow the verb.
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, "the two phrases overlap or contain the verb")
    if phrase(a).text.lower() == phrase(b).text.lower():
        raise NotAnalysable(RefusalReason.IDENTICAL_ARGUMENTS, f"both participants are {phrase(a).text!r}")


# Words that may follow a phrase without belonging to it: "saw the dog yesterday", "elected him president".
_OUTSIDE_DEPS = frozenset({"npadvmod", "oprd", "acomp", "advmod"})


def _check_phrase_end(span: Span) -> None:
    """Refuse a phrase whose end the parse guessed: a noun or a reduced relative follows it ("prevention of
    Plasmodium | falciparum infections", "the number of plus-ends | growing toward …"), or "and" with a noun phrase
    that may be part of it ("by the development | and skeletal analysis of mouse models")."""
    doc, end = span.doc, span.sent.end
    after = doc[span.end] if span.end < end else None
    if after is None:
        return
    continues = after.pos_ in ("NOUN", "PROPN", "NUM") and after.dep_ not in _OUTSIDE_DEPS
    if after.pos_ in ("ADJ", "X"):  # "identified [the TCR] alphabeta genes", not "hired [the company] last year"
        noun = after.head
        continues = noun in span or (noun.pos_ in ("NOUN", "PROPN") and noun.dep_ not in _OUTSIDE_DEPS)
    # "the number of plus-ends | growing toward the cell body": a reduced relative, whatever the parse hangs it on
    reduced = after.tag_ in ("VBG", "VBN") or (after.tag_ == "VBD" and (after.head in span or after.dep_ in (
        "acl", "relcl")))  # fmt: skip
    # "formation of HAMAS [("zeal")]", "the rescue of X [by revertant viruses]", "the TCR [alphabeta] genes": a
    # gloss, a second agent, or a word the tagger took for a preposition, all of which may belong to the phrase
    # "increased by morin and knockdown of Nrf2 | could prevent": a finite verb follows, whose subject the phrase ends
    finite_next = after.tag_ in ("MD", "VBZ", "VBP") and span.root.dep_ not in ("nsubj", "nsubjpass")
    second_by = norm(after) == "by" and norm(span.root.head) == "by"  # not "restricts X by sequestrating Y"
    # "by inoculation of marrow-derived cells | from mice with myeloma": where the cells came from, not the verb's
    source = norm(after) == "from" and norm(span.root.head) == "by" and span.root.pos_ == "NOUN"
    glossed = after.text == "(" or norm(after) == "of" or second_by
    following_word = doc[span.end + 1] if span.end + 1 < end else None
    # "generated CRACM1-deficient mice | in which …", "purity rates | above 90%": a relative clause or a threshold
    # that belongs to the noun, whatever the parse hangs it on
    relative = after.tag_ in ("WDT", "WP", "WP$") or (
        after.pos_ == "ADP" and following_word is not None and following_word.tag_ in ("WDT", "WP", "WP$"))
    threshold = norm(after) in ("above", "below", "over", "under", "beyond", "exceeding") and (
        following_word is not None and _has_digit(following_word))
    stray = after.pos_ == "ADP" and after.is_alpha and not after.is_stop and after.lower_ not in _RARE_PREPOSITIONS
    if continues or reduced or glossed or stray or finite_next or relative or threshold or source:
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span.text!r} ends before {after.text!r}")
    k = span.end + (after.text == ",")
    following = doc[k] if k < end else None
    if following is not None and following.pos_ in ("DET", "ADJ", "NOUN", "PROPN") and after.text == ",":
        noun = following if following.pos_ in ("NOUN", "PROPN") else following.head
        if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("appos", "dep", "npadvmod", "conj"):
            # "two subunits, UreA and UreB", "launch vehicles, the Saturn series, and …": its appositive, or the
            # rest of a list ("by echocardiography, vascular Doppler sonography, and …")
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span.text!r} is followed by its appositive or list")
    if after.text == "," and k < end and doc[k].dep_ in ("appos", "dep"):  # "two subunits, UreA and UreB"
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span.text!r} is followed by its appositive")
    if k < end and doc[k].pos_ == "CCONJ":
        k += 1 + (k + 1 < end and doc[k + 1].pos_ == "ADV")  # ", and also the second stage"
        if k < end and doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP"):
            raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{span.text!r} may go on after 'and'")


# Prepositions that attach an adjunct to a clause, never a complement to a noun: "in spite of", "because of".
_ADJUNCT_PREPOSITIONS = frozenset({"despite", "because", "due", "owing", "regardless", "notwithstanding", "according",
                                   "irrespective"})  # fmt: skip


def _adjunct_inside(span: Span) -> bool:
    doc = span.doc
    for t in span:
        if t.pos_ != "ADP" and t.dep_ != "prep":
            continue
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if norm(t) in _ADJUNCT_PREPOSITIONS or (norm(t) == "in" and after is not None and after.lower_ == "spite"):
            return True
    return False


def _participle_inside(token: Token) -> bool:
    """An -ing participle modifying the word before it and taking a plural object ("network | routing operations"),
    or the instrument "using …": a verb of the clause read as part of the phrase."""
    if token.dep_ != "acl" or token.tag_ != "VBG":
        return False
    if token.lower_ == "using":
        return True
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.i == token.head.i + 1 and after is not None and after.dep_ == "dobj" and after.head == token and (
        after.tag_ == "NNS")  # fmt: skip


def _gerund_opening(span: Span) -> bool:
    """The phrase opens the sentence with a capitalised -ing verb form before the capitalised word that heads it
    ("Deleting Raptor", but not the name "Emerging Market Index")."""
    first = span[0]
    following = span[1] if len(span) > 1 else None
    return (
        first.i == first.sent.start
        and first.is_title
        and first.lower_.endswith("ing")
        and "VERB" in getAllLemmas(first.lower_)
        and following is not None
        and following == span.root
        and following.text[:1].isupper()
    )


# Prepositions spaCy does not list as stop words; any other word tagged a preposition is a misread part of a term.
_RARE_PREPOSITIONS = frozenset({"via", "per", "versus", "vs", "amid", "amidst", "despite", "toward", "towards", "upon",
                                "onto", "unlike", "regarding", "including", "following", "concerning", "plus", "minus",
                                "circa", "beside", "besides", "underneath", "inside", "outside", "alongside", "atop",
                                "like", "near", "past", "till", "unto", "throughout", "within", "without", "across",
                                "along", "among", "around", "behind", "below", "beneath", "beyond", "during", "except",
                                "excluding", "given", "considering", "pending", "save", "than", "worth",
                                "opposite"})  # fmt: skip


def _change_adjunct(span: Span) -> bool:
    """"from 90% in 2004 to 60% in 2005" inside the phrase: the size of a change the predicate states."""
    for t in span:
        if t.dep_ == "prep" and norm(t) == "from" and any(
                o.like_num or any(g.like_num for g in o.children) for o in t.children):  # fmt: skip
            return any(norm(w) == "to" for w in span[t.i - span.start + 1 :])
    return False


# Dependencies under which a finite verb inside a noun phrase is a misparsed predicate (a relative clause's is not).
_PREDICATE_IN_PHRASE = frozenset({"conj", "nmod", "compound", "acl", "ccomp", "dep", "amod", "appos"})


def _verb_as_noun(token: Token) -> bool:
    """A word tagged a plural noun that English knows only as a verb ("dysfunction stimulates instability")."""
    if token.tag_ != "NNS":
        return False
    known = getAllLemmas(token.lower_)
    return "VERB" in known and "NOUN" not in known


def _glued(span: Span) -> bool:
    """The phrase starts or ends inside a written word: a hyphen or a letter touches it with no space."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and not before.whitespace_ and (before.is_alpha or before.text in ("-", "/")):
        return True
    if after is None or span[-1].whitespace_:
        return False
    if after.text.startswith("'") or after.lower_ == "n't":  # "She's" → "He's"; "The storm'll" cannot move
        return not (len(span) == 1 and span[0].pos_ == "PRON")
    return after.text in ("-", "/", "+") or after.is_alpha  # "CIN3+": the plus is part of the term


def _object_relative_pairs(sentence: Span) -> list[RolePair]:
    """"The book that the girl read" → "The girl that the book read": the noun a relative clause is about trades
    places with the clause's own subject (the relativised object stays a gap)."""
    pairs: list[RolePair] = []
    if "relcl" not in scan(sentence).deps:
        return pairs
    doc = sentence.doc
    for verb in sentence:
        if (
            verb.dep_ != "relcl"
            or verb.pos_ != "VERB"
            or any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in verb.children)
        ):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")), None)
        noun = verb.head
        if subject is None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ == "ROOT":
            continue
        if phrase(subject)[-1].i + 1 != verb.i:
            continue  # the clause's subject must sit right before its verb, or the parse is off
        if any(t.tag_ in ("WDT", "WP") for t in phrase(subject)):
            continue  # "daf-16, which encodes forkhead …" misparsed: the relative pronoun is the clause's subject
        if subject.pos_ == "PRON" or any(t.pos_ == "PRON" and t.dep_ != "poss" for t in phrase(subject)):
            continue  # "the man that I saw": a pronoun cannot carry a relative clause
        if any(t.tag_ in ("WDT", "WP") and t.dep_ == "pobj" for t in verb.subtree):
            continue  # "the house in which the man lives": the gap is not the verb's object
        if lemma(noun.lower_, "NOUN") in lx.CONTENT_NOUNS or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            continue  # "the wisdom that survivors tend to recover": the clause states the noun's content
        if any(t.tag_ in ("WP$", "WRB") for t in verb.subtree):
            continue  # "works whose origin ranges", "every two years when the teams come": no object gap
        noun_span = doc[noun.left_edge.i : noun.i + 1]
        if noun_span.text.lower() == phrase(subject).text.lower():
            continue
        finite = None
        if noun.dep_ in ("nsubj", "nsubjpass"):
            head = noun.head
            finite = next((c for c in head.children if c.dep_ in ("aux", "auxpass") and c.i < head.i), head)
        pairs.append(
            RolePair("object_relative", noun, subject, "subject" if finite is not None else "object", "subject",
                     finite, subject if finite is not None else None, noun_span, phrase(subject), verb)
        )  # fmt: skip
    return pairs


def _from_to_pairs(sentence: Span, taken: set[int]) -> list[RolePair]:
    """"from X to Y" on one head, in any clause or a verbless query; numbers and dates are left alone."""
    pairs: list[RolePair] = []
    words = scan(sentence).words
    if "from" not in words or "to" not in words:
        return pairs
    for head in sentence:
        preps = {c.lower_: c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "to")}
        if len(preps) != 2 or preps["from"].i > preps["to"].i:
            continue
        source = next((c for c in preps["from"].children if c.dep_ == "pobj"), None)
        target = next((c for c in preps["to"].children if c.dep_ == "pobj"), None)
        if source is None or target is None or source.i in taken or target.i in taken:
            continue
        if any(_has_digit(t) for t in (*phrase(source), *phrase(target))):
            continue  # "increased from 19 % (1996–1999) to 23 %": a change in a quantity, not a route
        if source.like_num or target.like_num or phrase(source).text.lower() == phrase(target).text.lower():
            continue
        if source.tag_ in ("WDT", "WP") or target.tag_ in ("WDT", "WP"):
            continue  # "the land from which it spread to India": the relative pronoun cannot move
        if norm(target) in lx.EXTENT_OBJECTS:
            continue  # "differed from other movements to the point where …": an extent, not a destination
        if lemma(head.lower_, "VERB" if head.pos_ == "VERB" else "NOUN") in lx.EXTENT_HEADS:
            continue  # "the road runs from A to B", "ages ranged from 20 to 60": an extent reads both ways
        pairs.append(RolePair("from_to", source, target, "object", "object"))
    return pairs


def _implausible(pair: RolePair) -> bool:
    """An inanimate new agent for a verb that wants a living one: a verb known to ("The ball kicked the boy"), or
    one whose agent in this very sentence was alive ("A violin is playing a woman")."""
    if pair.rule in ("subject_object", "ditransitive"):
        new_agent, old_agent = pair.second, pair.first
    elif pair.rule == "passive_agent":
        new_agent, old_agent = pair.first, pair.second  # the old passive subject moves into the by-phrase
    elif pair.rule == "object_relative":
        new_agent, old_agent = pair.first, pair.second  # the noun becomes the relative clause's subject
    else:
        return False
    if animate(new_agent):
        return False
    if pair.relative_verb is not None:
        verb = pair.relative_verb
    else:
        verb = pair.finite.head if pair.finite.dep_ in ("aux", "auxpass") else pair.finite
    return base_form(verb).lower() in lx.ANIMATE_VERBS or animate(old_agent)

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
from functools import partial
from itertools import pairwise

from lemminflect import getAllLemmas
from spacy.tokens import Span, Token

from ...errors import RefusalReason
from ...morphology import base_form, lemma
from ...records import Perturbation, Refusal
from ...registry import Operator, deterministic, register_operator
from ...resources.animacy import animate
from ...syntax.arguments import NOMINAL, RolePair, check_arguments, equative_object, has_digit, swap_pair
from ...syntax.clause import (
    MainClause,
    NotAnalysable,
    find_main_clause,
    norm,
    possessive_have,
    reported_clause,
    that_clause,
)
from ...syntax.phrases import opens_with_section_label, phrase
from ...syntax.scan import scan
from . import lexicon as lx

__all__ = ["make_role_swap", "swap_roles"]


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
        yield swap_pair(sentence, pair, name, low=_implausible(pair))


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
    dated = any(c.dep_ == "pobj" and any(has_digit(t) for t in (c, *c.children)) for c in prep.children)
    if word == "in" and (pcomp or (head_word in lx.IN_COMPLEMENT_NOUNS and not dated)):
        return True  # "advances in technology", "the function of this factor in regulating proliferation"
    # "the recruitment of P/CAF by MafA", "IL-10 production by monocytes": the agent of a nominalised event
    by_noun = any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") and not c.like_num for c in prep.children)
    return word == "by" and by_noun and obj.lower_.endswith(_NOMINALISATIONS)


_NOMINALISATIONS = ("tion", "sion", "ment", "ance", "ence", "ing", "sis", "ure", "al")


def _than_object(root: Token) -> Token | None:
    """The object of "than" in a comparative on the predicate ("wider than the road", "more money than Mary")."""
    for head in (root, *(c for c in root.children if c.dep_ in ("acomp", "advmod", "dobj", "attr"))):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "than":
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
    if (verb == "have" and obj is not None and obj.pos_ == "NOUN"  # a noun: "has some of the best X" is partitive
            and any(c.dep_ == "prep" and norm(c) == "of" for c in obj.children)):
        # "Pneumonic plague has a mortality rate of 90 to 95 percent", "has a population of": an attribute of the
        # subject, as a copula would state it; swapped it is nonsense, not a reversed event (seed 1668 of
        # docs/quality/passages)
        raise NotAnalysable(RefusalReason.COPULAR, f"'have {obj.text} of' states an attribute of the subject")


# Nouns that measure degree after "a" ("developed a lot", "helped a bit", "a great deal"), not participants.
_DEGREE_NOUNS = frozenset({"lot", "bit", "deal", "little"})
# Prepositions that often take a noun's complement ("insight into", "threshold for", "role of"), whatever the parse.
COMPLEMENT_PREPOSITIONS = frozenset({"of", "for", "into", "on", "to", "from", "between", "about", "against", "with"})


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
        if any(has_digit(t) for t in (*phrase(source), *phrase(target))):
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

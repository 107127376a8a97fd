"""Argument phrases of a clause: which two can trade places, and the edit that exchanges them.

Shared by the role-swap operator (which swaps the participants of an asymmetric relation: a negative) and the
structural positives (which swap the terms of a symmetric one, "A equals B": a paraphrase). Both need the same
checks that a phrase can move whole (no appositive, quotation, stranded adjunct or clause of its own) and the same
rendering of a moved phrase (case, agreement, the relative pronoun).
"""

from __future__ import annotations

from dataclasses import dataclass

from lemminflect import getAllLemmas
from spacy.tokens import Span, Token

from ..errors import RefusalReason
from ..morphology import lemma, match_case
from ..records import Perturbation
from ..resources.animacy import animate
from .clause import NotAnalysable, norm
from .editing import TextEditor
from .lexicon import CONTENT_NOUNS
from .phrases import REFLEXIVES, SECTION_HEADERS, WH_WORDS, agree, is_header, number_person, phrase, render_phrase
from .plausibility import plausibility_meta

__all__ = ["NOMINAL", "SPILL_DEPS", "RolePair", "check_arguments", "equative_object", "has_digit", "swap_pair"]


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


def swap_pair(sentence: Span, pair: RolePair, name: str, *, low: bool = False) -> Perturbation:
    """Exchange the two phrases of ``pair`` in ``sentence`` (case, agreement and relative pronoun follow); ``low``
    flags the output ``plausibility: low`` (the role-swap operator knows when an agent is implausible)."""
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
    meta = plausibility_meta(swaps=[(pair.first, pair.second)], low=low)
    return editor.build(name, pair.rule, meta)


def has_digit(token: Token) -> bool:
    return any(ch.isdigit() for ch in token.text)


def equative_object(root: Token) -> Token | None:
    """The second term of "as ADJ as Y" on the predicate (Y), or ``None``: an equative compares symmetrically."""
    for head in (root, *root.children):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "as" and any(a.lower_ == "as" and a.i < prep.i
                                                                    for a in head.children):
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


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
        if lemma(head.lower_, "NOUN") in CONTENT_NOUNS and after_head is not None and norm(after_head) == "that":
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
        following_word is not None and has_digit(following_word))
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

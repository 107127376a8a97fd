"""Find a sentence's main clause, its tense carrier and its polarity, or say why that cannot be done."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from lemminflect import getAllLemmas
from spacy.tokens import Span, Token

from ..errors import RefusalReason
from ..morphology import base_form, inflect
from . import lexicon as lx
from .scan import SentenceScan, scan

__all__ = [
    "MainClause",
    "NotAnalysable",
    "SentenceScan",
    "clitic_meaning",
    "find_main_clause",
    "is_sentence_initial",
    "norm",
    "scan",
]


def norm(token: Token) -> str:
    """Lower-case text with typographic apostrophes made plain, so ``n’t`` and ``n't`` look alike."""
    return token.lower_.replace("\u2019", "'")


def is_sentence_initial(token: Token, sentence: Span) -> bool:
    """True when only punctuation (an opening quote, a bracket) precedes ``token`` in its sentence."""
    doc = sentence.doc
    for i in range(sentence.start, token.i):  # usually ends at the first token: no Span, no full scan
        if not (doc[i].is_punct or doc[i].is_space):
            return False
    return True


def clitic_meaning(clitic: Token) -> str:
    """Which auxiliary a clitic stands for: 's is *is* or *has*, 'd is *had* or *would*, by the verb after it."""
    low = norm(clitic)
    head = clitic.head
    if low == "'s":
        perfect = head.tag_ == "VBN" and (
            clitic.dep_ == "aux"
            or norm(head) in lx.PERFECT_PARTICIPLES
            or any(c.dep_ == "dobj" for c in head.children)
        )
        return "has" if perfect else "is"
    if low == "'d":
        following = clitic.doc[clitic.i + 1] if clitic.i + 1 < len(clitic.doc) else None
        perfect = head.tag_ == "VBN" or (following is not None and following.tag_ == "VBN")  # "'d been working"
        return "had" if perfect or head == clitic else "would"
    return low


_NEGATIVE_WORDS = frozenset({*lx.NEGATORS, *lx.NEGATIVE_PRONOUNS, "no"})


class NotAnalysable(Exception):
    """The sentence has no main clause the rules can work on; carries the refusal reason."""

    def __init__(self, reason: RefusalReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass
class MainClause:
    """The main clause of one sentence.

    ``root`` heads the predicate; ``finite`` is the token that carries tense (the first of ``auxiliaries``, or the
    verb itself); ``tokens`` are the clause's own tokens in order, with subordinate clauses left out.
    """

    sentence: Span
    root: Token
    finite: Token
    subject: Token | None
    auxiliaries: list[Token]
    imperative: bool
    scan: SentenceScan

    @property
    def inverted(self) -> bool:
        """Auxiliary before subject: a question ("Does he…?") or an inversion."""
        return self.subject is not None and self.finite.i < self.subject.i

    @property
    def finite_is_auxiliary(self) -> bool:
        """The tense carrier can take ``not`` itself: an auxiliary, a modal or a form of *be*."""
        f = self.finite
        if _is_get_passive(f):
            return False
        return f != self.root or f.tag_ == "MD" or norm(f) in lx.BE_FORMS

    @property
    def main_verb(self) -> Token:
        """The verb that do-support re-inflects: the root, or a passive "get" before it."""
        return self.finite if _is_get_passive(self.finite) else self.root

    @cached_property
    def tokens(self) -> list[Token]:
        """The clause's own tokens in order, subordinate clauses left out (walked only when a rule needs them)."""
        return _clause_tokens(self.root)

    def mentions(self, words: frozenset[str]) -> bool:
        """Whether any of ``words`` occurs in the sentence: a cheap test before walking the clause's tokens."""
        return not words.isdisjoint(self.scan.words)

    @cached_property
    def subject_ids(self) -> frozenset[int]:
        return frozenset(t.i for t in self.subject.subtree) if self.subject is not None else frozenset()

    def has_phrase(self, phrase: str) -> bool:
        return f" {phrase} " in self.scan.lowered

    def negators(self) -> list[Token]:
        """Tokens that make the main clause negative: not/n't/never, no-words, and ``no`` determiners."""
        if not self.mentions(_NEGATIVE_WORDS):
            return []  # most sentences: decided from the cached words, no token touched
        found = []
        for t in self.tokens:
            low = norm(t)
            if low in lx.NEGATORS or low in lx.NEGATIVE_PRONOUNS:
                found.append(t)
            elif low == "no" and t.dep_ != "intj":
                found.append(t)
        return found

    def conjoined_predicates(self) -> list[Token]:
        """Verbs (or predicate adjectives/nouns) coordinated with the predicate that share its subject and
        tense carrier: "reads and writes", "happy and strong"."""
        heads = [self.root, *(c for c in self.root.children if c.dep_ in ("acomp", "attr"))]
        out = []
        doc = self.sentence.doc
        for head in heads:
            for conj in head.conjuncts:
                if conj.i < head.i or any(c.dep_ in lx.SUBJECT_DEPS or c.dep_ in ("aux", "auxpass")
                                          for c in conj.children):
                    continue
                # A conjunct with no "and"/"or"/comma before it is a misattached participle
                # ("lanterns hung from…"), not a coordinated predicate.
                if self.finite != self.root and conj.tag_ in lx.FINITE_TAGS:
                    continue  # "is located near X and is the larger": the conjunct carries its own tense
                if doc[conj.i - 1].dep_ == "cc" or doc[conj.i - 1].text == ",":
                    out.append(conj)
        return out

    def coordinated_verbs(self) -> list[Token]:
        """The verbs among :meth:`conjoined_predicates` that share the root's tense ("writes" in "reads and
        writes").

        Raises:
            NotAnalysable: a word coordinated with the verb is tagged as something else ("cleans" as a noun in
                "cooks, cleans and washes"): the coordination is mis-parsed.
        """
        verbs = [c for c in self.conjoined_predicates() if self.root in c.conjuncts]
        for verb in verbs:
            if self.finite == self.root and verb.tag_.startswith("VB") and not _same_tense(verb, self.root):
                # "includes X and enclosed dressings": a participle the parser coordinated with a present verb
                raise NotAnalysable(
                    RefusalReason.UNRELIABLE_PARSE,
                    f"{verb.text!r} ({verb.tag_}) is coordinated with {self.root.text!r} ({self.root.tag_})",
                )
            if verb.pos_ not in ("VERB", "AUX"):
                raise NotAnalysable(
                    RefusalReason.UNRELIABLE_PARSE,
                    f"{verb.text!r} is coordinated with the verb {self.root.text!r} but tagged {verb.tag_}",
                )
        return verbs

    def coordinators(self) -> list[Token]:
        """The ``cc`` tokens right before :meth:`conjoined_predicates` ("and" in "reads and writes")."""
        doc = self.sentence.doc
        return [doc[c.i - 1] for c in self.conjoined_predicates() if doc[c.i - 1].dep_ == "cc"]


def _same_tense(verb: Token, root: Token) -> bool:
    """Whether a coordinated verb carries the root's tense (a regular past may be tagged VBN: "reduced")."""
    if verb.tag_ == root.tag_ or {verb.tag_, root.tag_} == {"VBZ", "VBP"}:
        return True
    return norm(verb) == inflect(base_form(verb).lower(), root.tag_)  # "ran and swam" with "swam" tagged VB


def _clause_tokens(root: Token) -> list[Token]:
    keep = []
    stack = [root]
    while stack:
        token = stack.pop()
        keep.append(token)
        for child in token.children:
            if child.dep_ in lx.SUBORDINATE_DEPS:
                continue
            if child.dep_ == "conj" and any(c.dep_ in lx.SUBJECT_DEPS for c in child.children):
                continue  # "He left and she stayed": the second clause has its own polarity
            stack.append(child)
    keep.sort(key=lambda t: t.i)
    return keep


def _imperative_prefix(sentence: Span, verb: Token) -> bool:
    """Only interjections, adverbs and punctuation ("Please", "Now,") stand before the verb."""
    before = sentence.doc[sentence.start : verb.i]
    return all(t.dep_ in lx.IMPERATIVE_PREFIX_DEPS and t.pos_ != "ADP" for t in before)  # not "Of note, …"


# Participles that also work as adjectives before a noun: after "have" they may be the possessed thing's attribute.
ATTRIBUTIVE_PARTICIPLES = frozenset(
    {"increased", "decreased", "reduced", "elevated", "improved", "impaired", "enhanced", "altered", "diminished",
     "lowered", "raised", "advanced", "activated"}
)  # fmt: skip


def possessive_have(verb: Token) -> bool:
    """"Individuals with X have increased risk of Y", "have comorbid COPD": "have" may own the noun phrase ("have
    [increased risk]") rather than make a perfect of ``verb`` ("have increased [risk]"); the parse says perfect."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and norm(c) in ("have", "has", "had") for c in verb.children):
        return False
    if "VERB" not in getAllLemmas(verb.lower_):  # "comorbid": an adjective tagged as a participle
        return True
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    # "have diminished PMA responsiveness", "have reduced total cholesterol": a name or an adjective may open it
    return after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ") and verb.lower_ in ATTRIBUTIVE_PARTICIPLES


def that_clause(verb: Token) -> Token | None:
    """The that-clause ``verb`` takes ("show that X", "it has been shown that X"), or ``None``."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and norm(c.left_edge) == "that"), None)


def reported_clause(clause: MainClause) -> MainClause | None:
    """The that-clause after a reporting verb ("These results show that X inhibits Y"), analysed as a clause of its
    own, or ``None`` when the verb reports nothing or the clause cannot be analysed."""
    root = clause.root
    if not reporting_verb(root):
        return None
    complement = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i), None)
    if complement is None or norm(complement.left_edge) != "that":
        return None
    span = complement.doc[complement.left_edge.i : complement.right_edge.i + 1]
    try:
        return find_main_clause(span)
    except NotAnalysable:
        return None


def reporting_verb(verb: Token) -> bool:
    """A verb that reports a claim ("show", "suggest", "find"…) in the verb's own reading."""
    return verb.pos_ == "VERB" and base_form(verb).lower() in lx.REPORTING_VERBS


@lru_cache(maxsize=8192)
def _noun_reading(root: Token) -> bool:
    """The root reads as a modifier of the noun right after it: a noun ("gut permeability") or a participle
    ("sequenced delivery")."""
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if after is None or after.pos_ != "NOUN":
        return False
    return "NOUN" in getAllLemmas(root.lower_) or root.tag_ in ("VBD", "VBN")


def _noun_spelling(word: str) -> bool:
    """A word lemminflect knows only as a noun or adjective ("genomes", "proteins"), or an unknown word spelled like
    a name or an enzyme ("p75", "ligase"); unknown words spelled like verbs ("methylates") are given the benefit."""
    known = getAllLemmas(word)
    if known:
        return "VERB" not in known and "AUX" not in known
    return any(ch.isdigit() for ch in word) or word.endswith(("ase", "ases"))


def find_main_clause(sentence: Span) -> MainClause:
    """The main clause of ``sentence``, analysed once and shared by every operator that asks (the analysis is
    read-only, so one cached result serves all).

    Raises:
        NotAnalysable: as :func:`analyse_main_clause`.
    """
    result = _cached_analysis(sentence)
    if isinstance(result, NotAnalysable):
        raise NotAnalysable(result.reason, result.message)  # a fresh exception: no traceback piles up
    return result


@lru_cache(maxsize=8)
def _cached_analysis(sentence: Span) -> MainClause | NotAnalysable:
    try:
        return analyse_main_clause(sentence)
    except NotAnalysable as refusal:
        return refusal


def analyse_main_clause(sentence: Span) -> MainClause:
    """Analyse ``sentence``.

    Raises:
        NotAnalysable: no finite main clause (fragments, captions, queries) or an inconsistent parse.
    """
    if not any(t.is_alpha for t in sentence):
        raise NotAnalysable(RefusalReason.NO_FINITE_VERB, "no words to negate")
    facts = scan(sentence)
    if facts.title_case_verb:
        # Capitalised verbs mid-sentence: a Title Case headline, which the tagger reads poorly.
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, "Title Case text: a capitalised verb mid-sentence")
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX"):
        raise NotAnalysable(
            RefusalReason.NO_FINITE_VERB, f"the main clause is headed by {root.pos_.lower()} {root.text!r}, not a verb"
        )
    if root.is_alpha and len(root.text) > 1 and root.text.isupper():
        # "RESULTS Mice showed…": an abstract's section header read as the verb.
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"the all-capital {root.text!r} is read as the verb")
    children = list(root.children)
    if any(c.dep_ == "appos" for c in children):
        # "22 died, 12 (55%) of cardiac failure": a gapped clause ([died] of…) hangs off the verb as an appositive,
        # and a negation would leak into it.
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"the verb {root.text!r} has an appositive (a gap?)")
    if root.tag_ == "VBD" and any(
        c.dep_ == "conj" and any(a.dep_ == "aux" for a in c.children) and not any(s.dep_ in lx.SUBJECT_DEPS
                                                                                    for s in c.children)
        for c in children
    ):
        # "Signals exchanged between cells can amplify…": the tense sits on the conjunct, so the "past" root is a
        # reduced relative ("signals [that are] exchanged") misread as the main verb.
        raise NotAnalysable(
            RefusalReason.UNRELIABLE_PARSE, f"{root.text!r} reads as a participle: its conjunct carries the tense"
        )
    doc = sentence.doc
    if root.tag_ in lx.FINITE_TAGS and any(
        c.dep_ == "conj" and c.tag_ in lx.FINITE_TAGS and doc[c.i - 1].dep_ != "cc" and doc[c.i - 1].text != ","
        and not any(s.dep_ in lx.SUBJECT_DEPS for s in c.children)  # "He left and she stayed": its own clause
        for c in children
    ):
        # "1,000 genomes project enables…": a finite conjunct with no "and" or comma before it means the "verb"
        # is a noun of the subject ("genomes") that the tagger read as a verb.
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{root.text!r} is read as a verb beside another verb")
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in children):
        raise NotAnalysable(RefusalReason.NO_FINITE_VERB, f"{root.text!r} is an infinitive")
    subject = next((c for c in children if c.dep_ in lx.SUBJECT_DEPS), None)
    if sum(c.dep_ in ("nsubj", "nsubjpass") for c in children) > 1:
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"the verb {root.text!r} is given two subjects")
    auxiliaries = [c for c in children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    imperative = False
    if auxiliaries:
        finite = auxiliaries[0]
        if norm(finite) not in lx.AUXILIARY_WORDS and not _is_get_passive(finite):
            raise NotAnalysable(
                RefusalReason.UNRELIABLE_PARSE, f"{finite.text!r} is parsed as an auxiliary but is not one"
            )
        inverted_base = finite.tag_ == "VB" and subject is not None and finite.i < subject.i
        # The tagger often reads an imperative "Do not" as a bare VB; that "do" is finite all the same.
        imperative = subject is None and norm(finite) == "do" and _imperative_prefix(sentence, finite)
        if finite.tag_ not in lx.FINITE_TAGS and not (inverted_base or imperative):
            raise NotAnalysable(RefusalReason.NO_FINITE_VERB, f"the auxiliary {finite.text!r} is not finite")
    elif root.tag_ in lx.FINITE_TAGS:
        finite = root
    elif root.tag_ == "VB":
        finite = root
        if subject is None:
            if sentence[-1].text == "?" or not _imperative_prefix(sentence, root):
                raise NotAnalysable(RefusalReason.NO_FINITE_VERB, f"{root.text!r} is a bare verb with no subject")
            imperative = True
    elif root.tag_ in ("VBN", "VBG"):
        raise NotAnalysable(RefusalReason.NO_FINITE_VERB, f"the participle {root.text!r} has no auxiliary")
    else:
        raise NotAnalysable(
            RefusalReason.UNRELIABLE_PARSE, f"verb {root.text!r} has the non-verbal tag {root.tag_!r}"
        )
    if root.tag_ in ("VBZ", "VBD", "VBP", "VB") and _noun_spelling(root.lower_):
        # "Ubiquitin ligase UBC13 generates…", "complex I proteins ND3 … prevents…": a noun read as the verb
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{root.text!r} is a noun, not a verb")
    before = sentence.doc[root.i - 1] if root.i > sentence.start else None
    if before is not None and before.dep_ in ("nsubj", "pobj", "compound") and (before.tag_ == "VBZ" or (
            before.tag_ == "NNS" and before.dep_ != "nsubj" and "VERB" in getAllLemmas(before.lower_)
            and _noun_reading(root))):  # fmt: skip
        # "the network guarantees sequenced delivery", "deletion of JAM-A increases gut permeability": the verb was
        # read as a noun and the next noun or participle as the verb
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{before.text!r} may be the verb, not {root.text!r}")
    if norm(root) == "'s" and root.i > 0 and norm(root.doc[root.i - 1]) == "it" and any(
            c.dep_ == "ccomp" for c in root.children):  # fmt: skip
        # "it's inhibitory effects may be blocked": "its" misspelt, not "it is"
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, "'it's' stands for 'its' here")
    if sum(t.is_punct for t in sentence) * 2 > len(sentence):
        # "Im pro vement . . . . . .": a table of contents or a dotted leader, no sentence
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, "the sentence is mostly punctuation")
    if before is not None and before.dep_ == "pobj" and before.head.lower_ == "with" and root.tag_ in ("VBD", "VBN"):
        # "A woman … with her arm raised": an absolute phrase whose participle the tagger read as a past tense.
        raise NotAnalysable(
            RefusalReason.UNRELIABLE_PARSE, f"'with … {root.text}' reads as an absolute phrase, not a clause"
        )
    first = sentence[0]
    if (
        norm(first) in ("how", "what")
        and subject is not None
        and subject.i < finite.i
        and first.i not in {t.i for t in subject.subtree}
    ):
        raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, "an exclamative ('How lonely it is!')")
    if subject is not None and finite == root and subject.i > root.i and root.pos_ == "VERB":
        raise NotAnalysable(
            RefusalReason.UNSUPPORTED_CONSTRUCTION,
            f"the subject {subject.text!r} follows the verb (quotative inversion)",
        )
    return MainClause(
        sentence, root, finite, subject, auxiliaries, imperative,
        facts,
    )  # fmt: skip


def _is_get_passive(token: Token) -> bool:
    return token.dep_ == "auxpass" and norm(token) in lx.GET_FORMS

"""Passage-level near-misses from (query, passage) pairs: the passage with *the sentence that answers the query*
edited, so that it stops answering, and the rest of the passage byte-identical.

A random sentence of a passage is the wrong place to edit: the query is still answered by the unedited sentence,
and a model learns only that edited text is a worse match. So the answering sentence is located first, and of its
edits only those that can change what is asked are kept (:func:`hits_what_is_asked`):

=============== ==============================================================================================
located by      how
=============== ==============================================================================================
``answer``      the sentence holding the answer span (SQuAD); several: the one sharing most words with the query
``overlap``     no answer given (SciFact claims): the sentence sharing most content words with the query; not
                used for training negatives unless asked (``by_overlap``: see :func:`passage_negatives`)
=============== ==============================================================================================

Each record says what was edited and where:

================== ==========================================================================================
column             meaning
================== ==========================================================================================
``query``          the query as asked
``passage``        the passage that answers it
``negative``       ``side: passage``: the passage with the answering sentence edited; ``side: query``: the query
                   edited (a near-miss of what is asked, which the passage does not answer)
``side``           ``passage`` or ``query``
``op``, ``rule``   the operator and rule of the edit
``sentence``       index of the edited sentence in the passage (``side: passage``), else ``None``
``start``, ``end`` its character span in ``passage`` (the negative differs from the passage only there)
``located_by``     ``answer`` or ``overlap`` (see above)
``answer``         the SQuAD answer, when given
``passage_id``, ``group``, ``query_id``  provenance; ``group`` (the article) is what held-out splits keep apart
================== ==========================================================================================
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..api import iter_perturb, record_rng
from ..parse import parse
from ..records import Edit, Perturbation, TextResult
from .selection import plausibility_of

__all__ = [
    "QueryPassage",
    "answer_elsewhere",
    "answering_sentence",
    "find_answer",
    "hits_what_is_asked",
    "negation_reaches",
    "passage_negatives",
    "split_by_group",
]

# Function words do not tell which sentence a query is about.
_STOP = frozenset("""a an the of in on at to for from by with and or but is are was were be been being what which who
whom whose when where why how did does do that this these those it its as than into about after before during not no
s their his her they he she we you i can could may might must shall should will would has have
had""".split())  # fmt: skip
_WORD = re.compile(r"[\w]+", re.UNICODE)


@dataclass(frozen=True)
class QueryPassage:
    """A (query, passage) pair of a retrieval set, with its provenance."""

    query: str
    passage: str
    passage_id: str = ""
    group: str = ""  # what a held-out split keeps apart: the Wikipedia article, the SciFact abstract
    answer: str | None = None
    query_id: str = ""


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP and (len(w) > 1 or not w.isdigit())}


def answering_sentence(
    spans: Sequence[tuple[int, int]], passage: str, query: str, answer: str | None = None
) -> tuple[int, str] | None:
    """(index into ``spans``, how it was located) of the sentence that answers ``query``; ``None`` when no sentence
    holds the answer, or none shares a content word with the query."""
    words = _content_words(query)

    def overlap(index: int) -> int:
        start, end = spans[index]
        return len(words & _content_words(passage[start:end]))

    if answer:
        # a case-exact mention first: a question asking for "May" should not land on "may" of another sentence
        for exact in (True, False):
            holding = [i for i, (start, end) in enumerate(spans)
                       if find_answer(passage[start:end], answer, exact=exact)]  # fmt: skip
            if holding:
                return max(holding, key=lambda i: (overlap(i), -i)), "answer"
        return None
    if not spans:
        return None
    best = max(range(len(spans)), key=lambda i: (overlap(i), -i))
    return (best, "overlap") if overlap(best) > 0 else None


# Between an edit and the answer these marks open another clause (a coordinated or relative one): a negation or a
# flip on one side leaves the answer on the other side standing.
_CLAUSE_BREAKS = re.compile(r";|,\s*(and|but|or|which|who|whom|whose|where|when|while|whereas|although)\b|"
                            r"\b(which|who|whom|whereas|although|while)\b", re.IGNORECASE)  # fmt: skip


# "Not many counties offer X", "does not always": a scalar negation still leaves some that do.
_SCALAR_NEGATION = re.compile(r"\bnot\s+(many|much|all|every|each|always|necessarily|only|quite)\b", re.IGNORECASE)

# A sentence end spaCy did not split at ("earn £20,980 annually.[citation needed] Teachers must …"): an edit past it
# is in another sentence than the answer.
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*(\[[^\]]*\])?\s+[\"“(]?[A-Z]")


def _between(sentence: str, change: Edit, span: tuple[int, int]) -> str:
    if change.orig_end <= span[0]:
        return sentence[change.orig_end : span[0]]  # the edit, then the answer
    return sentence[span[1] : change.orig_start]  # the answer, then the edit (empty: inside it)


def find_answer(text: str, answer: str | None, *, exact: bool | None = None) -> tuple[int, int] | None:
    """(start, end) in ``text`` of the first mention of ``answer`` as whole words, case-exact first, then in any
    case (``exact`` True or False: that pass only); ``None`` when ``text`` does not mention it.

    Why whole words: a short SQuAD answer found as a substring ("ten" in "often", "Po" in "Pope") put the edit in a
    sentence that does not state the answer, or left the passage answering (docs/quality/passages, seed 1668).
    """
    if not answer:
        return None
    # A boundary only where the answer begins or ends with a word character: "$5 million" or "(1990)" have none.
    pattern = (r"(?<!\w)" if re.match(r"\w", answer[0]) else "") + re.escape(answer) + \
              (r"(?!\w)" if re.match(r"\w", answer[-1]) else "")  # fmt: skip
    passes = (True, False) if exact is None else (exact,)
    for case_exact in passes:
        found = re.search(pattern, text, 0 if case_exact else re.IGNORECASE)
        if found:
            return found.span()
    return None


def hits_what_is_asked(edit: Perturbation, query: str, answer: str | None, doc: Doc | None = None) -> bool:
    """Whether ``edit`` of the answering sentence can stop it answering ``query``; ``doc``, the parse of
    ``edit.original``, lets a negation be checked against the syntax (:func:`negation_reaches`).

    ======================= ======================================================================================
    edit                    kept when
    ======================= ======================================================================================
    negation                no clause break (``;``, ``, and``, a relative pronoun …) between it and the answer
                            span; not a scalar one ("not many", "not all"); with ``doc``, not one that leaves the
                            answer standing in a parenthesis, an appositive or a relative clause
                            (:func:`negation_reaches`)
    role swap               one swapped argument is the answer (at least half of it), the other holds a word of
                            the query: who did what to whom is what is asked
    any other               it changes words of the answer span or of the query
    ======================= ======================================================================================

    Why, judged blind (docs/quality/passages): an antonym, relation flip or swap of a word the query does not ask
    about ("a larger challenge" -> "a smaller challenge" for "Who claims...?") left the answer readable in 15 of 17
    cases (seed 5338); then negations of the main verb with the answer in a coordinated or relative clause ("has not
    suffered severely…, and sometimes two-thirds… has been wiped out", seed 118); then role swaps that keep every
    word the query asks for ("A mortality rate of 90 to 95 percent has pneumonic plague", 3 of 3), "Not many
    counties offer …" (some still do) and negations that leave an appositive or a parenthesis holding the answer
    ("At a Khuruldai, a council of Mongol chiefs, Temüjin was not acknowledged…", seed 1668); then edits past a
    sentence end spaCy did not split at, and relative clauses of the answer that state what is asked (seed 4113).
    Any edit separated from the answer by a sentence end is dropped, whatever its operator.
    """
    sentence = edit.original
    span = find_answer(sentence, answer)
    if span is not None and any(_SENTENCE_BREAK.search(_between(sentence, c, span)) for c in edit.edits):
        return False
    if edit.op == "negation":
        if _SCALAR_NEGATION.search(edit.text) and not _SCALAR_NEGATION.search(sentence):
            return False
        if span is None:
            return True
        if any(_CLAUSE_BREAKS.search(_between(sentence, c, span)) for c in edit.edits):
            return False
        return doc is None or negation_reaches(doc, edit, span, query)
    asked = _content_words(query)
    if edit.op == "role_swap":
        if span is None:  # no answer given (SciFact): the swap must at least move a word of the query
            return not answer and any(_content_words(change.orig_text) & asked for change in edit.edits)
        holding = [c for c in edit.edits if c.orig_start <= span[0] and span[1] <= c.orig_end
                   and 2 * (span[1] - span[0]) >= c.orig_end - c.orig_start]  # fmt: skip
        others = [c for c in edit.edits if c not in holding]
        return bool(holding) and any(_content_words(c.orig_text) & asked for c in others)
    for change in edit.edits:
        if span is not None and change.orig_start < span[1] and span[0] < max(change.orig_end, change.orig_start + 1):
            return True
        if _content_words(change.orig_text) & asked:
            return True
    return False


def _clause_verb(token: Token) -> Token:
    # from the edited word (an inserted "not" sits after an auxiliary; "no" replaces a determiner) to its verb;
    # spaCy makes a new Token object per access, so tokens are compared by index, never with `is`
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    while token.dep_ in ("aux", "auxpass", "neg") and token.head.i != token.i:
        token = token.head
    return token


# A that-clause stays true under a negated factive frame ("It is not important to note that X", "did not realize
# that X"), not under a negated verb of saying or believing ("did not say that X", "It is not likely that X": judged
# to stop answering on seed 7277); and a wh-word right after the negated verb opens a clause it presupposes ("This is
# not why X").
_FACTIVE_VERBS = ("realize", "realise", "notice", "regret", "remember", "discover", "recognize", "recognise",
                  "acknowledge")  # fmt: skip
# word forms, not lemmas: the default pipeline has no lemmatizer
_FACTIVE = {
    "important", "interesting", "notable", "noteworthy", "significant", "surprising", "remarkable", "worth",
    "fortunate", "unfortunate", "ironic", "odd", "strange", "aware", "know", "knows", "knew", "known", "forget",
    "forgets", "forgot", "forgotten", "understand", "understands", "understood",
    *(v + end for v in _FACTIVE_VERBS for end in ("", "s", "d", "ed", "ing")),
}  # fmt: skip
_OWN_CLAUSE = ("nsubj", "nsubjpass", "aux", "auxpass")
_WH = {"why", "how", "where", "when", "what", "who", "whom", "whose", "which", "whether"}


def _outside(doc: Doc, inside: range | list[int], answer: Span) -> str:
    """The sentence's words outside ``inside`` and outside the answer."""
    return " ".join(t.text for t in doc if t.i not in inside and not answer.start <= t.i < answer.end)


def _inside(doc: Doc, inside: range, answer: Span) -> str:
    """The words of ``inside`` that are not the answer's."""
    return " ".join(doc[i].text for i in inside if not answer.start <= i < answer.end)


def _path_up(answer: Span, verb: Token) -> tuple[list[Token], bool]:
    """The tokens from the answer's root up to the negated verb (neither the verb nor the sentence root included), and
    whether the walk reached the verb."""
    path, token = [], answer.root
    while token.i != verb.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path, token.i == verb.i


def _predicates_apart(token: Token, answer_root: Token) -> bool:
    """Whether ``token`` heads a phrase that states its own predication beside its clause's verb: a participle
    modifying a noun whose object is the answer ("a cartel known as the Hostmen", "the edge called …"), an adverbial
    participle without a subject of its own ("…, giving a monopoly to …") or a with-phrase after a comma ("…, with X
    as color analysts")."""
    if token.dep_ == "acl" and token.tag_ in ("VBN", "VBG", "VBD"):  # (VBD: a participle tagged as past tense)
        # its own object or the object of its preposition: a participle further up may be a misparsed clause
        # ("objects composed of earth and water rest in their natural place", "rest" read as a noun)
        head = answer_root.head
        return head.i == token.i or (head.dep_ in ("prep", "agent") and head.head.i == token.i)
    if token.dep_ == "advcl" and token.tag_ in ("VBN", "VBG"):
        return not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in token.children)
    # set off by a comma: an instrumental with-phrase ("assessed DNA with PCR techniques") is the verb's own
    start = token.left_edge.i
    return token.dep_ == "prep" and token.lower_ == "with" and start > 0 and token.doc[start - 1].text == ","


def _in_scope(doc: Doc, verb: Token, answer: Span, path: list[Token], reached: bool) -> bool:
    # Walks from the answer up to the negated verb (``_path_up``); a that-clause of a factive frame or a coordinated
    # clause with its own subject or auxiliary ("… and might affect", which the inserted "not" does not distribute
    # over) on the way is out of the negation's reach, and so is an answer the walk never brings to the verb, unless
    # the verb sits below the answer (a relative clause of the answer, which the appositive rule judges).
    if not reached:
        return answer.root.is_ancestor(verb)
    for at, step in enumerate(path):
        if step.dep_ == "ccomp":
            frame = [*path[at + 1 :], verb]
            words = {t.lower_ for t in frame} | {
                c.lower_ for t in frame for c in t.children if c.dep_ in ("acomp", "attr", "oprd", "xcomp")}
            if words & _FACTIVE:
                return False
        # (not the answer's own word: a misparsed noun phrase, "the sex offenders register", can look like a clause)
        if at and step.dep_ == "conj" and any(c.dep_ in _OWN_CLAUSE for c in step.children):
            return False
    after = [t for t in doc[verb.i + 1 : answer.start] if t.lower_ not in ("not", "n't")][:1]
    return not (after and after[0].lower_ in _WH)


def negation_reaches(doc: Doc, edit: Perturbation, span: tuple[int, int], query: str) -> bool:
    """Whether negating the verb of ``edit`` can take back the answer at ``span`` (character offsets in ``doc``):
    not when the answer stands in a parenthesis, or has an appositive, relative or participle phrase that the query
    asks about ("At a Khuruldai, a council of Mongol chiefs, …" for "What is the term for a meeting of Mongol
    chiefs?"; "did not include the Italian Plague of 1629–1631, which is associated with troop movements during the
    Thirty Years' War" for "Which outbreak was associated with troops…?"). Those state the answer on their own,
    whatever the verb says.

    Nor when the negated verb only frames the clause that states the answer (the families of seed 7277): the answer
    in a that-clause of a factive frame ("It is not important to note, however, that … a sample of 2,869"; but "did
    not say that …" takes it back), in a wh-clause right after the verb ("This is not why astronauts experience
    weightlessness"), in a coordinated clause with a subject or auxiliary of its own ("matter has not extended
    structure and forces … might affect other parts"), in a clause above or beside the negated one ("Roger Goodell
    stated that the league did not plan …"), or as the possessor of a phrase that states all that is asked ("is not in
    Sophocles' play Antigone" for "Antigone was a play made by whom?"). Nor when a participle or a comma-set
    with-phrase between the verb and the answer states what is asked on its own ("did not restrict …, giving a
    monopoly … to a cartel of Newcastle burgesses known as the Hostmen": seeds 484 and train-980).

    An answer in an adverbial clause is kept: "Where class sizes are 40 to 50 students, maintaining order can
    divert the teacher" negated answers "What class sizes can make keeping order difficult?" no more (judged so in
    4 of the 5 answers in an adverbial or participle clause of seed 1668; the fifth, "made possible by advances in
    3D printing", is left open).
    """
    if doc.text[: span[0]].count("(") > doc.text[: span[0]].count(")"):
        return False
    answer = doc.char_span(span[0], span[1], alignment_mode="expand")
    at = edit.edits[0].orig_start
    edited = doc.char_span(at, max(at + 1, edit.edits[0].orig_end), alignment_mode="expand")
    if answer is None or edited is None or not len(answer) or not len(edited):
        return True  # nothing to check against: the text rules decide
    verb, root = _clause_verb(edited[0]), answer.root
    if answer.start <= verb.i < answer.end:
        return True  # the answer is the negated clause itself
    asked = _content_words(query)
    path, reached = _path_up(answer, verb)
    if not _in_scope(doc, verb, answer, path, reached):
        return False
    # a participle or with-phrase on the way from the answer to the verb predicates on its own ("giving a monopoly to
    # a cartel known as the Hostmen", "with Boomer Esiason and Dan Fouts as color analysts"): what is asked stated
    # there and nowhere else in the sentence survives the negated verb
    for step in path:
        if _predicates_apart(step, root):
            inside = range(step.left_edge.i, step.right_edge.i + 1)
            stated = _content_words(_inside(doc, inside, answer))
            if (stated & asked) - _content_words(_outside(doc, inside, answer)):
                return False
    if root.dep_ == "poss":
        phrase = range(root.head.left_edge.i, root.head.right_edge.i + 1)
        # (the possessor sits inside its phrase: the answer is not among the words outside)
        stated = _content_words(_inside(doc, phrase, answer)) & asked
        if stated and not _content_words(_outside(doc, phrase, answer)) & asked:
            return False
    # an appositive, relative or participle phrase of the answer, or the one word the answer is in apposition to
    attached = [child for child in root.children if child.dep_ in ("appos", "relcl", "acl")]
    if root.dep_ == "appos":
        attached.append(root.head)
    for partner in attached:
        inside = range(partner.left_edge.i, partner.right_edge.i + 1) if partner.head.i == root.i else [partner.i]
        # what is asked stated there and nowhere else in the sentence ("which fully describes all electromagnetic
        # phenomena" repeats a word of "modification to electromagnetic theory": the main clause is still asked)
        stated = _content_words(" ".join(doc[i].text for i in inside)) & asked
        if stated - _content_words(_outside(doc, inside, answer)):
            return False
    return True


def answer_elsewhere(passage: str, spans: Sequence[tuple[int, int]], sentence: int, answer: str | None) -> bool:
    """Whether another sentence of ``passage`` also states ``answer`` (as whole words, :func:`find_answer`): editing
    one sentence then leaves the passage answering (the second family of seed 5338 and seed 118)."""
    if not answer:
        return False
    return any(find_answer(passage[start:end], answer) for i, (start, end) in enumerate(spans) if i != sentence)


def _usable(result: TextResult) -> list[Perturbation]:
    # An edit of the text as one sentence: a text spaCy splits in two on its own would be edited in one part only,
    # and the negative would no longer be "the passage with this sentence replaced". Outputs an operator flags
    # implausible are left out, as negagen generate leaves them out by default.
    return [p for p in result.perturbations if p.original == result.text and plausibility_of(p.meta) != "low"]


def passage_negatives(
    pairs: Sequence[QueryPassage],
    ops: Sequence[str],
    *,
    nlp: Language,
    seed: int = 0,
    query_side: bool = True,
    by_overlap: bool = False,
    batch_size: int = 64,
) -> Iterator[dict[str, Any]]:
    """One passage-side record per pair whose answering sentence an operator edits (the edit drawn with ``seed``
    among the operators' outputs), and with ``query_side`` one query-side record per pair whose query one edits.

    Pairs without an answer (SciFact claims) give passage-side records only with ``by_overlap``: an abstract
    supports a claim in several sentences (results, conclusions), and editing the one sharing most words with the
    claim left it supporting in 15 of 20 cases judged blind (2 stopped, 3 unclear; docs/quality/passages, seed
    4760).

    Deterministic: the choice depends on the seed and the pair's position, not on batches.
    """
    passages = list(dict.fromkeys(pair.passage for pair in pairs))
    spans = {
        text: [(s.start_char, s.end_char) for s in doc.sents]
        for text, doc in zip(passages, parse(nlp, passages, batch_size=batch_size), strict=True)
    }
    located = [answering_sentence(spans[p.passage], p.passage, p.query, p.answer) if p.answer or by_overlap else None
               for p in pairs]  # fmt: skip
    sentences = list(dict.fromkeys(
        p.passage[slice(*spans[p.passage][where[0]])] for p, where in zip(pairs, located, strict=True) if where
    ))  # fmt: skip
    edits = dict(zip(sentences, iter_perturb(sentences, ops, nlp=nlp, batch_size=batch_size, seed=seed), strict=True))
    # the parse each edit was made on, for the syntactic check of negations (hits_what_is_asked)
    docs = dict(zip(sentences, parse(nlp, sentences, batch_size=batch_size), strict=True))
    queries = list(dict.fromkeys(p.query for p in pairs)) if query_side else []
    query_edits = dict(zip(queries, iter_perturb(queries, ops, nlp=nlp, batch_size=batch_size, seed=seed),
                           strict=True))  # fmt: skip
    for index, (pair, where) in enumerate(zip(pairs, located, strict=True)):
        base = {"query": pair.query, "passage": pair.passage}
        provenance = {"answer": pair.answer, "passage_id": pair.passage_id, "group": pair.group,
                      "query_id": pair.query_id}  # fmt: skip
        if where is not None:
            sentence, how = where
            start, end = spans[pair.passage][sentence]
            text = pair.passage[start:end]
            options = [e for e in _usable(edits[text]) if hits_what_is_asked(e, pair.query, pair.answer, docs[text])]
            if answer_elsewhere(pair.passage, spans[pair.passage], sentence, pair.answer):
                options = []
            if options:
                edit = record_rng(seed, index, "passage").choice(options)
                negative = pair.passage[:start] + edit.text + pair.passage[end:]
                yield {**base, "negative": negative, "side": "passage", "op": edit.op, "rule": edit.rule,
                       "sentence": sentence, "start": start, "end": end, "located_by": how, **provenance}  # fmt: skip
        if query_side:
            options = _usable(query_edits[pair.query])
            if options:
                edit = record_rng(seed, index, "query").choice(options)
                yield {**base, "negative": edit.text, "side": "query", "op": edit.op, "rule": edit.rule,
                       "sentence": None, "start": None, "end": None, "located_by": None, **provenance}  # fmt: skip


def split_by_group(
    pairs: Iterable[QueryPassage], held_out: Sequence[str]
) -> tuple[list[QueryPassage], list[QueryPassage]]:
    """(pairs of other groups, pairs of the ``held_out`` groups): no article is on both sides."""
    keep = set(held_out)
    pairs = list(pairs)
    return [p for p in pairs if p.group not in keep], [p for p in pairs if p.group in keep]

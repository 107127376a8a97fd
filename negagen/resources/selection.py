"""Selectional preferences counted from a parsed corpus: how readily a head word takes a dependent word in a
relation ("bite" takes "dog" as subject, "rule" takes "under" + a name, "acid" takes "fatty" as modifier).

A table is built once from any English text (``negagen plausibility build FILES``; the benchmarks count theirs
from the shared sentences, Wikipedia passages and SciFact abstracts) and cached under ``$NEGAGEN_CACHE``. It holds
arc counts at four levels of detail, so an unseen word still gets an estimate from its class (WordNet's
lexicographer file of its first sense, e.g. ``noun.person``, ``verb.contact``; a part of speech when WordNet has
no entry):

| level          | key                          | example                              |
|----------------|------------------------------|--------------------------------------|
| word → word    | ``head|rel|child``           | ``bite|subj|dog``                    |
| word → class   | ``head|rel|@class``          | ``bite|subj|@noun.animal``           |
| class → word   | ``@class|rel|child``         | ``@verb.contact|subj|dog``           |
| class → class  | ``@class|rel|@class``        | ``@verb.contact|subj|@noun.animal``  |

Relations are the parser's, made semantic where that removes noise: a passive subject counts as ``obj`` and a
``by``-agent as ``subj``; a preposition and its object become one relation ``prep:<word>``.
:meth:`SelectionTable.association` turns the counts into a smoothed pointwise mutual information, ``log P(child |
head, rel) / P(child | rel)``: above 0 the pair is more common than chance, far below 0 it is rarely or never seen.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..morphology import lemma
from .animacy import ANIMATE_PRONOUNS
from .cache import cache_dir, cached_json, write_json

__all__ = [
    "SelectionTable",
    "arcs",
    "build_selection_table",
    "governor_arc",
    "load_selection_table",
    "proper_name",
    "selection_table_digest",
    "selection_table_path",
    "spelling_key",
    "word_class",
    "word_classes",
    "word_key",
]

TABLE_VERSION = 1
TABLE_NAME = f"selection-v{TABLE_VERSION}.json"
# Dependency labels whose arcs are counted, and the relation each becomes.
RELATIONS = {"nsubj": "subj", "nsubjpass": "obj", "dobj": "obj", "dative": "iobj", "amod": "amod",
             "compound": "compound", "advmod": "advmod", "acomp": "acomp", "attr": "attr", "poss": "poss",
             "npadvmod": "advmod", "nummod": "nummod", "appos": "appos", "relcl": "relcl", "acl": "acl"}  # fmt: skip
CONTENT = frozenset({"NOUN", "PROPN", "PRON", "VERB", "AUX", "ADJ", "ADV", "NUM", "ADP"})
_PERSON_PRONOUNS = ANIMATE_PRONOUNS | {"whom", "someone", "everyone"}
MIN_COUNT = 2  # arcs seen once (but class → class ones) are dropped: half the table, and loaded twice as fast


@lru_cache(maxsize=1)
def _lexnames() -> dict[str, dict[str, str]]:
    """``{"n": {noun: "lexname,lexname"}, "v": …}``: the lexicographer files of each word's three most frequent
    WordNet senses, most frequent first (cached), or ``{}`` without WordNet."""
    from .wordnet import wordnet_path

    if wordnet_path() is None:
        return {}

    def build() -> dict[str, dict[str, str]]:
        from nltk.corpus import wordnet as wn

        return {pos: {name: ",".join(dict.fromkeys(s.lexname() for s in wn.synsets(name, pos=pos)[:3]))
                      for name in wn.all_lemma_names(pos=pos) if "_" not in name} for pos in ("n", "v")}  # fmt: skip

    return cached_json("lexnames-wn30-v2.json", build)


@lru_cache(maxsize=1)
def _proper_names() -> frozenset[str]:
    """Nouns WordNet writes only with a capital ("Islamism", "Harvard", "Apollo"), lower-cased; empty without it."""
    from .wordnet import wordnet_path

    if wordnet_path() is None:
        return frozenset()

    def build() -> list[str]:
        from nltk.corpus import wordnet as wn

        capital, small = set(), set()
        for synset in wn.all_synsets("n"):
            for name in synset.lemma_names():
                if "_" not in name:
                    (capital if name[:1].isupper() else small).add(name.lower() if name[:1].isupper() else name)
        return sorted(capital - small)

    return frozenset(cached_json("proper-names-wn30-v1.json", build))


def proper_name(word: str) -> bool:
    """Whether WordNet knows ``word`` (any case) only as a name: "Islamism", not "mouse" or "sildenafil"."""
    return word.lower() in _proper_names()


def word_classes(word: str, pos: str) -> tuple[str, ...]:
    """The lexicographer files of the word's three most frequent WordNet senses (``()`` when unknown)."""
    wn_pos = {"NOUN": "n", "VERB": "v", "AUX": "v"}.get(pos)
    found = _lexnames().get(wn_pos, {}).get(word) if wn_pos else None
    return tuple(found.split(",")) if found else ()


def word_key(token: Token) -> str | None:
    """The word an arc is counted under: a lemma, ``<num>`` for numbers, ``None`` for words not counted."""
    pos = token.pos_
    if pos not in CONTENT or not any(ch.isalpha() for ch in token.text) or "|" in token.text:
        return "<num>" if pos == "NUM" else None
    return spelling_key(token.text, pos)


def spelling_key(word: str, pos: str) -> str:
    """The key of a word spelled ``word`` with part of speech ``pos``: the lemma of a noun, verb or adjective, the
    lower-case word otherwise (also for a word an edit writes, which has no token)."""
    low = word.lower()
    return lemma(low, "VERB" if pos == "AUX" else pos) if pos in ("NOUN", "VERB", "AUX", "ADJ") else low


def word_class(word: str, pos: str) -> str:
    """The class of a counted word: its first WordNet sense's lexicographer file, else its part of speech."""
    if pos == "PROPN":
        return "name"
    if pos == "PRON":
        return "pron.person" if word in _PERSON_PRONOUNS else "pron"
    if pos == "NUM" or word == "<num>":
        return "num"
    found = word_classes(word, pos)
    return found[0] if found else pos.lower()


@dataclass(frozen=True)
class Arc:
    head: str
    head_class: str
    rel: str
    child: str
    child_class: str


def _arc(head: Token, rel: str, child: Token) -> Arc | None:
    h, c = word_key(head), word_key(child)
    if h is None or c is None:
        return None
    return Arc(h, word_class(h, head.pos_), rel, c, word_class(c, child.pos_))


def governor_arc(token: Token) -> Arc | None:
    """The counted arc from ``token``'s governor to it (a preposition's object: the governor of the preposition)."""
    dep, head = token.dep_, token.head
    if head == token:
        return None
    if dep == "pobj" and head.dep_ in ("prep", "agent") and head.head != head:
        if head.dep_ == "agent":
            return _arc(head.head, "subj", token)
        return _arc(head.head, f"prep:{head.lower_}", token)
    rel = RELATIONS.get(dep)
    return None if rel is None else _arc(head, rel, token)


def arcs(tokens: Iterable[Token]) -> Iterator[Arc]:
    """Every counted arc whose dependent is one of ``tokens``."""
    for token in tokens:
        arc = governor_arc(token)
        if arc is not None:
            yield arc


def _levels(arc: Arc) -> tuple[str, str, str, str]:
    h, hc, r, c, cc = arc.head, "@" + arc.head_class, arc.rel, arc.child, "@" + arc.child_class
    return f"{h}|{r}|{c}", f"{h}|{r}|{cc}", f"{hc}|{r}|{c}", f"{hc}|{r}|{cc}"


def count_arcs(docs: Iterable[Doc | Span]) -> dict[str, Counter]:
    """Arc counts of parsed ``docs`` at every level, with the marginals :class:`SelectionTable` needs."""
    counts: dict[str, Counter] = {name: Counter() for name in ("arcs", "heads", "children", "totals")}
    for doc in docs:
        for arc in arcs(doc):
            counts["arcs"].update(_levels(arc))
            counts["heads"].update((f"{arc.head}|{arc.rel}", f"@{arc.head_class}|{arc.rel}"))
            counts["children"].update((f"{arc.rel}|{arc.child}", f"{arc.rel}|@{arc.child_class}"))
            counts["totals"][arc.rel] += 1
    return counts


class SelectionTable:
    """Arc counts with back-off, loaded from a table :func:`build_selection_table` wrote."""

    def __init__(self, table: dict) -> None:
        self.arcs: dict[str, int] = table["arcs"]
        self.heads: dict[str, int] = table["heads"]
        self.children: dict[str, int] = table["children"]
        self.totals: dict[str, int] = table["totals"]

    def count(self, arc: Arc) -> int:
        """How often the word → word arc was seen (0 below :data:`MIN_COUNT`)."""
        return self.arcs.get(f"{arc.head}|{arc.rel}|{arc.child}", 0)

    def predicative_share(self, adjective: str) -> tuple[float, int]:
        """``(predicative / attributive uses, predicative uses)`` of an adjective lemma: "the result is
        significant" against "a significant result". Property adjectives are used both ways; classifying ones
        ("fatty acids", "myocardial infarction", "clinical trial") almost never after a verb."""
        predicative = self.children.get(f"acomp|{adjective}", 0)
        return predicative / (self.children.get(f"amod|{adjective}", 0) + 1), predicative

    def association(self, arc: Arc, *, prior: float = 4.0) -> float:
        """Smoothed PMI of ``arc``: ``log P(child | head, rel) - log P(child | rel)``.

        ``P(child | head, rel)`` backs off, in order, to the child's class given the head, the head's class given
        the child and the two classes, each level weighted by ``prior`` pseudo-counts (Bayesian interpolation), so
        a word never seen with this head is judged by how its kind of word behaves with this kind of head.
        """
        h, hc, r, c, cc = arc.head, "@" + arc.head_class, arc.rel, arc.child, "@" + arc.child_class
        total = self.totals.get(r, 0)
        if total == 0:
            return 0.0
        p_child = (self.children.get(f"{r}|{c}", 0) + 0.5) / (total + 0.5)
        p_class = (self.children.get(f"{r}|{cc}", 0) + 0.5) / (total + 0.5)
        in_class = min(1.0, p_child / p_class)  # P(child | its class, rel)

        def conditional(head: str, child: str, backoff: float) -> float:
            return (self.arcs.get(f"{head}|{r}|{child}", 0) + prior * backoff) / (self.heads.get(f"{head}|{r}", 0)
                                                                                  + prior)  # fmt: skip

        class_class = conditional(hc, cc, p_class)  # P(child class | head class)
        word_class_ = conditional(h, cc, class_class)  # P(child class | head)
        class_word = conditional(hc, c, class_class * in_class)  # P(child | head class)
        word_word = conditional(h, c, max(word_class_ * in_class, 0.5 * class_word))
        return math.log(word_word) - math.log(p_child)


def selection_table_path() -> Path:
    """Where the table is read: ``$NEGAGEN_SELECTION_TABLE`` when set, else ``selection-v1.json`` in the cache."""
    chosen = os.environ.get("NEGAGEN_SELECTION_TABLE")
    return Path(chosen) if chosen else cache_dir() / TABLE_NAME


def build_selection_table(docs: Iterable[Doc | Span], path: Path | None = None) -> Path:
    """Count the arcs of ``docs`` and write the table (atomically) to ``path`` (default: the cache)."""
    counts = count_arcs(docs)
    arcs_ = {key: n for key, n in counts["arcs"].items() if n >= MIN_COUNT or key.count("@") == 2}
    table = {"version": TABLE_VERSION, "arcs": arcs_, **{name: dict(counts[name]) for name in ("heads", "children",
                                                                                            "totals")}}  # fmt: skip
    path = path or selection_table_path()
    write_json(path, table)
    _load.cache_clear()
    return path


def selection_table_digest() -> str | None:
    """A digest of the table file the operators read (``None``: no table): outputs depend on it, so runs record
    it. Hashing the bytes costs a fraction of parsing them, and a run whose operators never read the table does
    not load it for this."""
    path = selection_table_path()
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.is_file() else None


def load_selection_table() -> SelectionTable | None:
    """The table at :func:`selection_table_path`, or ``None`` when none was built (plausibility then falls back
    to the operators' animacy rules)."""
    return _load(str(selection_table_path()))


@lru_cache(maxsize=2)
def _load(path: str) -> SelectionTable | None:
    file = Path(path)
    if not file.is_file():
        return None
    return SelectionTable(json.loads(file.read_text(encoding="utf-8")))

"""The ``antonym`` operator: replace one content word by its WordNet antonym.

The sense is the word's most frequent one for its part of speech in the parse (adjective, verb, noun, adverb);
the antonym is re-inflected (``bought → sold``, ``opened → closed``, ``easier → more difficult``), the article
before it repaired (``an easy task → a difficult task``) within the same single edit, letter case kept. Words in
compounds (``ice cream``), auxiliaries and light verbs are left alone. One output per word that has an antonym.

Needs WordNet for NLTK (``negagen wordnet install``); the antonym table is cached after its first build (see
:mod:`negagen.resources.antonyms`). Refuses with ``no_target`` when no word has an antonym.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from functools import partial

from spacy.tokens import Span, Token

from ...errors import RefusalReason
from ...morphology import indefinite_article, inflect, inflections, lemma, match_case
from ...records import Perturbation, Refusal
from ...registry import Operator, deterministic, register_operator
from ...resources.antonyms import TRANSITIVE, antonym_table, trusted_table
from ...resources.selection import word_classes
from ...resources.trusted_antonyms import FIXED_BY_WORD, PREDICATIVE_ONLY, STATISTICAL_HEADS, is_morphological
from ...syntax.clause import norm
from ...syntax.editing import TextEditor
from ...syntax.phrases import in_hyphenated_word
from ...syntax.plausibility import breaks_term, classifying_adjective, plausibility_meta
from ...syntax.scan import scan

__all__ = ["make_antonym", "replace_antonyms"]

CONTENT_POS = ("ADJ", "ADV", "VERB", "NOUN")
# Verbs too light or too grammatical to carry a clean antonym.
SKIP_LEMMAS = frozenset({"be", "have", "do", "get", "make", "let", "say", "go", "come", "take", "give", "put"})
# Prepositions that an adjective selects ("dependent on", "similar to", "associated with"): its antonym may select
# another one. Adjuncts ("lower in patients") stay whatever the adjective.
_COMPLEMENT_PREPOSITIONS = frozenset({"on", "upon", "to", "with", "of", "from", "about"})
# The preposition an antonym selects where it differs from the word's: "independent of" → "dependent on".
PREPOSITION_FOR = {("independent", "of"): "on", ("dependent", "on"): "of", ("include", "in"): "from",
                   ("exclude", "from"): "in"}
_PERIPHRASTIC = {"JJR": "more", "RBR": "more", "JJS": "most", "RBS": "most"}
# "24.6 feet long", "5 years old": a measure phrase fixes the size; "24.6 feet short" is no English.
_MEASURED = frozenset({"long", "short", "high", "low", "tall", "deep", "shallow", "wide", "narrow", "thick", "thin",
                       "old", "young", "heavy", "light", "large", "small", "big"})  # fmt: skip
# Verbs of ending: "trials discontinued early" stopped prematurely; "discontinued late" is not its contrary.
_ENDING_VERBS = frozenset({"discontinue", "stop", "terminate", "end", "halt", "abort", "cease", "quit", "close",
                           "withdraw", "interrupt", "leave", "retire", "die"})  # fmt: skip
# Cell words after "primary" (primary cells are taken from tissue, not a "secondary" kind of them).
_CELL_SUFFIXES = ("cell", "cells", "cyte", "cytes", "phage", "phages", "blast", "blasts", "neuron", "neurons",
                  "culture", "cultures", "isolate", "isolates")  # fmt: skip
# Degree modifiers of a noun: with them the noun's prefixed antonym says the degree twice ("limited inefficiency").
_DEGREE = frozenset({"limited", "low", "high", "great", "poor", "reduced", "increased", "decreased", "enhanced",
                     "impaired", "improved", "greater", "lower", "higher", "relative", "overall"})  # fmt: skip
_QUANTIFIERS = frozenset({"some", "all", "most", "several", "any"})
_TIME_UNITS = frozenset({"year", "decade", "century", "month", "week", "day", "hour", "minute", "generation"})
_P_VALUE = re.compile(r"\bp\s*[<=>≤≥]", re.IGNORECASE)


@register_operator("antonym")
def make_antonym(name: str = "antonym") -> Operator:
    """Create the antonym operator; loads (or builds and caches) the antonym table.

    Raises:
        WordNetNotFoundError: no cached table and no WordNet for NLTK; the message says how to install it.

    Example:
        >>> import negagen
        >>> negagen.perturb(["It was an easy task."], ["antonym"])[0].perturbations[0].text
        'It was a difficult task.'
    """
    return deterministic(partial(replace_antonyms, name=name, table=trusted_table()))


def replace_antonyms(
    sentence: Span, rng: random.Random | None = None, *, name: str = "antonym", table: dict | None = None
) -> Iterator[Perturbation | Refusal]:
    """One output per word of ``sentence`` with an antonym. Deterministic: ``rng`` is not used."""
    table = trusted_table() if table is None else table
    facts = scan(sentence)
    found = False
    contrast: set[str] | None = None
    for k, (word, pos) in enumerate(zip(facts.words, facts.pos, strict=True)):
        # Most words have no antonym: decide that from the cached scan before building a Token.
        if pos not in CONTENT_POS or lemma(word, pos) not in table[pos]:
            continue
        if any(f" {phrase} " in facts.lowered for phrase in FIXED_BY_WORD.get(word, ())):
            continue  # "as well as", "type 2 diabetes", "the present study": the word is part of a fixed expression
        token = sentence[k]
        antonym = _antonym(token, table, sentence.start)
        if antonym is None:
            continue
        if k > 0 and facts.words[k - 1] in ("more", "most", "less", "least") and is_morphological(word, antonym):
            continue  # "more likely" → "*more unlikely": a degree word wants the scale's other end, not its negation
        if contrast is None:
            contrast = {lemma(w, p) for w, p in zip(facts.words, facts.pos, strict=True) if p in CONTENT_POS}
            contrast |= set(facts.words)
        if _converse_present(lemma(word, pos), antonym, pos, contrast):
            continue  # "visible over invisible", "benign, borderline and malignant": the contrast is already there
        if pos != "VERB" and breaks_term([(token, antonym)]):  # a verb and its object ("won titles") form no term
            continue  # "gross domestic product", "neuronal loss": a term the corpus knows would become a pair it
            # never saw though the antonym is common; with no table this checks nothing (the word rules stay)
        editor = TextEditor(sentence)
        new = match_case(antonym, token.text)
        last = token
        frame = next((c for c in token.children
                      if c.dep_ == "prep" and (lemma(word, pos), norm(c)) in PREPOSITION_FOR), None)  # fmt: skip
        if frame is not None:  # "independent of" → "dependent on": one edit, so only right after the word
            if frame.i != token.i + 1:
                continue
            new, last = f"{new} {match_case(PREPOSITION_FOR[lemma(word, pos), norm(frame)], frame.text)}", frame
        article = token.doc[token.i - 1] if token.i > 0 else None
        if article is not None and norm(article) == "a" and token.lower_ == "few":
            editor.replace_range(article, token, match_case(new, article.text))  # "a few metres" → "many metres"
        elif article is not None and norm(article) in ("a", "an") and article.head.i >= token.i:
            editor.replace_range(article, last, f"{match_case(indefinite_article(new), article.text)} {new}")
        else:
            editor.replace_range(token, last, new)
        found = True
        meta = plausibility_meta(substitutions=[(token, antonym)], flag_below=None)
        yield editor.build(name, token.pos_.lower(), meta)
    if not found:
        yield Refusal(name, RefusalReason.NO_TARGET, "no content word with a WordNet antonym")


def _antonym(token: Token, table: dict[str, dict[str, str]], sentence_start: int) -> str | None:
    pos = token.pos_
    if pos not in CONTENT_POS or token.dep_ == "compound" or not token.is_alpha:
        return None
    if any(c.dep_ == "compound" for c in token.children):  # "ice cream": the head of a compound
        return None
    bare = not any(c.dep_ in ("det", "poss") for c in token.children)
    if pos == "NOUN" and token.dep_ == "pobj" and token.tag_ == "NN" and bare:
        return None  # "at night", "at home": fixed prepositional phrases ("*at day")
    if pos in ("NOUN", "VERB", "ADJ", "ADV") and token.is_title and token.i != sentence_start:
        return None  # a capitalised word mid-sentence is part of a name ("the Fully Informed Jury Association")
    before = token.doc[token.i - 1] if token.i > 0 else None
    if pos == "ADJ" and before is not None and (before.tag_ in ("MD", "TO") or norm(before) == "that"):
        return None  # "drugs that lower blood pressure", "to slow growth": a verb the tagger read as an adjective
    if pos == "ADJ" and token.lower_ == "certain" and token.dep_ == "amod":
        return None  # "certain models" are some models, not sure ones
    if pos == "ADJ" and _kinds_enumerated(token):
        return None  # "permanent and temporary exhibitions": flipping one half makes the pair say one thing twice
    if _named_by_acronym(token):
        return None  # "small cell lung cancer (SCLC)", "high mobility group box 1 (HMGB1)": a term with a name
    if pos == "VERB" and token.tag_ == "VBG" and token.dep_ in ("advcl", "prep", "pcomp", "csubj") and lemma(
            token.lower_, "VERB") in ("start", "begin"):  # fmt: skip
        return None  # "Starting in 1965, …" dates a period ("from 1965"), it starts nothing
    if pos == "VERB" and any(t.tag_ == "TO" and t.head.pos_ == "VERB" and t.head.i > token.i
                             and t.head.head in (token, *token.children) for t in token.subtree):  # fmt: skip
        return None  # "enables cells to convert" → "*disables cells to convert": the frame differs
    if pos == "VERB" and any(c.dep_ == "prt" for c in token.children):
        return None  # a phrasal verb means something else: "keep your skills up" → "*lose your skills up"
    if pos == "ADJ" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return None  # an adjective used as a noun: "identified the dead" → "*identified the alive"
    if pos == "VERB" and token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN"):
        return None  # "a suit and tie": a noun the tagger read as a verb ("*a suit and untie")
    word_lemma = lemma(token.lower_, pos)
    if word_lemma in SKIP_LEMMAS:
        return None
    antonym = table.get(pos, {}).get(word_lemma)
    if antonym is None:
        return None
    if pos == "VERB" and any(c.dep_ == "dobj" for c in token.children) and antonym not in table[TRANSITIVE]:
        return None  # "failed the exam" → "succeeded the exam": the antonym takes no object
    if pos == "VERB" and any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return None  # "appear to depend", "establish that…": the antonym's frame differs
    if word_lemma in ("few", "many", "much", "little") and token.tag_ in _PERIPHRASTIC:
        return None  # "fewer" → "*more many": the comparative of a quantifier belongs to relation_flip
    if _negated(token):
        return None  # "is not effective" → "is not ineffective": a double negative, not a contradiction
    if in_hyphenated_word(token):
        return None  # "non-linear", "cyclin-dependent", "low-density": half of a hyphenated word or a term
    prep = next((c for c in token.children if c.dep_ == "prep" and norm(c) in _COMPLEMENT_PREPOSITIONS), None)
    if pos == "ADJ" and prep is not None:
        if not is_morphological(word_lemma, antonym) or (norm(prep) in ("on", "upon")
                                                         and (word_lemma, norm(prep)) not in PREPOSITION_FOR):
            return None  # "similar to" → "different from", "dependent on" → "independent of": the frame moves
    if word_lemma in ("present", "absent") and not (token.dep_ == "acomp" or token.i > token.head.i):
        return None  # "the present study" is the current one; only "is present", "cells present in" are presence
    if _wrong_frame(token, word_lemma, antonym):
        return None
    return _inflect(antonym, token)


def _wrong_frame(token: Token, word_lemma: str, antonym: str) -> bool:
    """The word sits in a frame, a sense or a term its antonym does not fit (each family found by blind judges)."""
    pos, doc = token.pos_, token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    attributive = pos == "ADJ" and token.dep_ in ("amod", "nmod") and token.head.i > token.i
    if word_lemma == "significant" and not _statistical(token):
        return True  # "a significant minority", "the most significant buildings": sizeable or notable, not p < .05
    if attributive and word_lemma in PREDICATIVE_ONLY:
        return True  # "the precise role of TNF is unclear" asks for the exact role: "imprecise role" says nothing else
    if pos in ("ADJ", "ADV") and before is not None and norm(before) == "how":
        return True  # "how long to treat" → "how short to treat" asks the same question
    if pos in ("ADJ", "ADV") and token.tag_ in ("JJR", "RBR") and after is not None and after.tag_ == "TO":
        return True  # "took longer to become convinced" → "*took shorter to become"
    if pos == "ADJ" and token.tag_ == "JJ" and word_lemma in _MEASURED and _measured(token):
        return True  # "24.6 feet (7.5 m) long" → "*24.6 feet short" (a difference, "35% lower", flips fine)
    if word_lemma in ("include", "exclude") and any(
            t.dep_ == "prep" and norm(t) == ("in" if word_lemma == "include" else "from") and t.i > token.i + 1
            and (t.head == token or (t.head.head == token and t.head.dep_ in ("dobj", "pobj")))
            for t in token.subtree):  # fmt: skip
        return True  # "Including pharmacists in teams" → "*Excluding pharmacists in teams": "from" is not next to it
    if word_lemma in ("many", "few") and (
            (token.dep_ == "conj" and norm(token.head) in _QUANTIFIERS)
            or any(c.dep_ == "conj" and norm(c) in _QUANTIFIERS for c in token.children)
            or (before is not None and norm(before) in ("or", "and") and token.i > 1
                and norm(doc[token.i - 2]) in _QUANTIFIERS)):  # fmt: skip
        return True  # "some or many Muslims" → "some or few": either way it says "some"
    if word_lemma in ("fill", "empty") and any(c.dep_ in ("prep", "agent") and norm(c) in ("with", "of")
                                               for c in token.children):  # fmt: skip
        return True  # "filled with parks" → "*emptied with parks": the antonym takes "of", and the frame moves
    if word_lemma == "raise" and any(c.dep_ in ("dobj", "nsubjpass") and _voiced(c) for c in token.children):
        return True  # "raised some concerns / questions / hopes" voiced them: "lowered concerns" is another sense
    if word_lemma in _MEASURED and after is not None and norm(after) == "into":
        return True  # "deep into Polish territory", "long into the night": "*shallow into", "*short into"
    if word_lemma == "establish" and (token.dep_ == "amod" or (token.tag_ == "VBN" and token.head.pos_ == "NOUN"
                                                               and token.dep_ in ("acl", "amod"))):  # fmt: skip
        return True  # "established criteria" are accepted ones: "abolished criteria" is another sense
    if pos == "VERB" and any(c.dep_ == "acomp" or (c.dep_ == "advmod" and c.lower_ in _MEASURED)
                             for c in token.children):  # fmt: skip
        return True  # "rose high enough", "fell short", "fell asleep": the complement goes with the verb's direction
    if word_lemma == "few" and before is not None and norm(before) == "a" and token.i > 1 and norm(
            doc[token.i - 2]) in ("only", "just", "quite", "very", "but"):  # fmt: skip
        return True  # "only a few" → "*only many"; "quite a few" means many already
    if word_lemma == "last" and attributive and not any(c.dep_ in ("det", "poss") for c in token.head.children):
        return True  # "during last sleep", "last year": the most recent one, not the final one ("first sleep")
    if pos == "ADV" and word_lemma in ("early", "late") and lemma(token.head.lower_, "VERB") in _ENDING_VERBS:
        return True  # "trials discontinued early" ended prematurely; "discontinued late" is not the contrary
    if word_lemma == "primary" and attributive and _compound_head(token.head).lower_.endswith(_CELL_SUFFIXES):
        return True  # "primary macrophages" are cells taken from tissue: "secondary macrophages" are no such kind
    if word_lemma in ("loss", "gain") and any(c.dep_ == "amod" and _classifies(c) for c in token.children):
        return True  # "neuronal loss" is a loss of neurons: "neuronal gain" names nothing
    if word_lemma in ("sensitivity", "insensitivity") and (
            not any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
            or any(c.dep_ == "amod" for c in token.children)):  # fmt: skip
        return True  # a test's "sensitivity" (a metric) has no "insensitivity"; "sensitivity to MEK inhibitors" has
    if word_lemma == "functional" and attributive and not _concrete(_compound_head(token.head)):
        return True  # "functional insights/consequences/recovery" concern function; a functional receptor works
    if word_lemma == "complex" and before is not None and (before.pos_ in ("NOUN", "PROPN") or _symbol(before) or (
            before.tag_ == "VBG" and before.dep_ in ("amod", "compound", "acl", "nmod"))):  # fmt: skip
        return True  # "the signaling complex", "the YAP1 and TEAD complex": the noun, which "simple" is not
    between_nouns = before is not None and before.pos_ == "NOUN" and after is not None and after.pos_ == "NOUN"
    if pos == "VERB" and token.tag_ in ("VB", "VBP") and between_nouns and not any(
            c.dep_.startswith("nsubj") for c in token.children):  # fmt: skip
        return True  # "transcription start sites": a verb form inside a compound noun, not a verb
    if pos == "NOUN" and len(antonym) > len(word_lemma) and is_morphological(word_lemma, antonym) and any(
            c.dep_ == "amod" and (c.tag_ in ("JJR", "VBN") or c.lower_ in _DEGREE) for c in token.children):
        return True  # "limited efficiency" → "*limited inefficiency", "increased insensitivity": flip the degree
    if pos == "NOUN" and token.tag_ == "NNS" and antonym.startswith("in"):
        return True  # "sliding abilities" → "*sliding inabilities": the prefixed nouns have no plural
    if word_lemma == "many" and token.dep_ == "amod" and lemma(token.head.lower_, "NOUN") in _TIME_UNITS:
        return True  # "for many years" → "*for few years": a duration wants "a few", which is no contrary
    if attributive and _names_a_disease(token):
        return True  # "acute lymphoblastic leukemia", "chronic obstructive pulmonary disease": the first adjective
        # is part of a disease's name ("*chronic lymphoblastic leukemia" is none); "a long cold winter" still flips
    if pos == "ADV" and after is not None and after.text == "," and (
            before is None or before.text in (",", ";", ":") or token.i == token.sent.start):  # fmt: skip
        return True  # "Remarkably, no mice died": a comment on the claim; "Unremarkably," leaves the claim as it was
    return False


# Disease nouns named by a lineage or an organ system ("acute lymphoblastic leukemia", "severe acute respiratory
# syndrome"): one classifying adjective after "acute"/"chronic" is already part of the name.
_NAMED_DISEASES = frozenset({"leukemia", "leukaemia", "lymphoma", "syndrome"})
# Endings of relational adjectives, which the tagger often calls nouns ("lymphoblastic/NN leukemia").
_RELATIONAL_ENDINGS = ("ic", "al", "ar", "ary", "oid", "ive", "ous", "tic")


def _names_a_disease(adjective: Token) -> bool:
    """``adjective`` starts a disease's name: the classifying words after it ("lymphoblastic", "obstructive
    pulmonary") modify the same noun and are two or more before a condition, or one before a leukemia,
    lymphoma or syndrome.
    "Acute pelvic pain", "acute viral hepatitis" (one word, a common noun) were judged fine and still flip, as
    do gradable adjectives ("a long cold winter") and prefixed ones ("primary noninvasive endometrial cancer")."""
    noun = _compound_head(adjective.head)
    stacked = 0
    for word in adjective.doc[adjective.i + 1 : noun.i]:
        if word.dep_ not in ("amod", "compound", "nmod") or _compound_head(word.head) != noun:
            return False
        relational = word.is_alpha and (word.pos_ == "ADJ" or word.lower_.endswith(_RELATIONAL_ENDINGS))
        if not relational and word.dep_ == "compound" and word.pos_ == "NOUN":
            continue  # "acute respiratory distress syndrome": a noun of the compound, neither a name nor a property
        if not relational or word.lower_.startswith("non") or lemma(word.lower_, "ADJ") in trusted_table()["ADJ"]:
            return False
        stacked += 1
    word = lemma(noun.lower_, "NOUN")
    if stacked == 0 or noun.pos_ != "NOUN":
        return False
    if word in _NAMED_DISEASES:
        return True
    # two or more before a condition (WordNet's first sense a state): "major adverse cardiac events", "a smaller
    # prospective longitudinal study" are no disease names and still flip
    classes = word_classes(word, "NOUN")
    return stacked >= 2 and bool(classes) and classes[0] == "noun.state"


def _concrete(noun: Token) -> bool:
    """A thing, a part or a substance by WordNet's first sense ("receptor", "pathway", "centromere"), or a word
    WordNet lacks ("hemichannels"), as against an act, a thought or a state ("insights", "recovery", "diversity")."""
    classes = word_classes(lemma(noun.lower_, "NOUN"), "NOUN")
    return not classes or classes[0] in ("noun.artifact", "noun.body", "noun.substance", "noun.object",
                                         "noun.animal", "noun.plant")  # fmt: skip


def _voiced(noun: Token) -> bool:
    """A thought, a message or a feeling by WordNet's first sense ("concerns", "questions", "hopes")."""
    classes = word_classes(lemma(noun.lower_, "NOUN"), "NOUN")
    return bool(classes) and classes[0] in ("noun.cognition", "noun.communication", "noun.feeling")


def _symbol(token: Token) -> bool:
    """A gene or protein symbol, whatever its tag ("TEAD", "YAP1", "p53")."""
    text = token.text
    return any(ch.isdigit() for ch in text) or (len(text) > 1 and text.isupper())


def _classifies(adjective: Token) -> bool:
    """The adjective classifies its noun ("neuronal loss", "renal failure", "genetic advantage"): by the corpus
    when a table knows it, else by shape, a relational suffix on a word with no antonym of its own (gradable
    ones, "substantial loss", "significant gain", have one)."""
    word = lemma(adjective.lower_, "ADJ")
    known = classifying_adjective(word)
    if known is not None:
        return known
    return word.endswith(("al", "ic", "ar", "ary")) and word not in trusted_table()["ADJ"]


def _statistical(token: Token) -> bool:
    """``significant`` in its statistical sense: "statistically significant", a significant difference, effect or
    association, or a predicate with a p-value ("was significant (P<0.05)")."""
    if any(c.lower_ == "statistically" for c in token.children):
        return True
    if any(c.tag_ in ("RBS", "JJS") or c.lower_ in ("most", "least") for c in token.children):
        return False  # "the most significant rule change": the most notable one
    if token.dep_ in ("amod", "nmod", "conj"):
        noun = token.head
        while noun.pos_ == "ADJ" and noun.dep_ in ("amod", "conj") and noun.head != noun:
            noun = noun.head
        if any(c.dep_ == "compound" for c in noun.children):
            return False  # "the most significant rule change"
        return lemma(noun.lower_, "NOUN") in STATISTICAL_HEADS
    if token.dep_ == "acomp":
        subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and lemma(subject.lower_, "NOUN") in STATISTICAL_HEADS:
            return True
        return bool(_P_VALUE.search(token.sent.text))
    return False


def _measured(adjective: Token) -> bool:
    """A measure phrase stands before the adjective: "24.6 feet (7.5 m) long", "30 m high", "5 years old"."""
    if any(c.dep_ == "npadvmod" and c.i < adjective.i for c in adjective.children):
        return True
    doc, i = adjective.doc, adjective.i - 1
    while i >= 0 and doc[i].text in (")", "]"):  # "24.6 feet (7.5 m) long": skip the conversion in brackets
        while i >= 0 and doc[i].text not in ("(", "["):
            i -= 1
        i -= 1
    # a unit after a number ("30 m", "5 years"); a bare number counts things ("two large studies")
    return i >= 1 and doc[i].pos_ in ("NOUN", "PROPN", "SYM") and doc[i - 1].like_num


def _kinds_enumerated(adjective: Token) -> bool:
    """The adjective is one of two or more coordinated adjectives before a plural noun: kinds listed side by side
    ("external and domestic funding trends"), which a flip of one merges."""
    first = adjective.head if adjective.dep_ == "conj" and adjective.head.pos_ == "ADJ" else adjective
    if not (first is not adjective or any(c.dep_ == "conj" and c.pos_ == "ADJ" for c in adjective.children)):
        return False
    # "external and domestic funding trends": the phrase's head is "trends"
    return first.dep_ == "amod" and _compound_head(first.head).tag_ in ("NNS", "NNPS")


def _compound_head(noun: Token) -> Token:
    """The last noun of the compound ``noun`` starts ("lung" in "small cell lung cancer" → "cancer")."""
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _named_by_acronym(token: Token) -> bool:
    """The word's noun phrase is followed by an acronym in brackets, so it is a named term."""
    noun = _compound_head(token.head if token.dep_ in ("amod", "compound") else token)
    doc, end = noun.doc, noun.i + 1
    return end + 1 < len(doc) and doc[end].text == "(" and any(ch.isupper() for ch in doc[end + 1].text)


def _converse_present(word_lemma: str, antonym: str, pos: str, words: set[str]) -> bool:
    """The sentence already holds the antonym, or another antonym WordNet lists for the word ("static and
    dynamic" → "*static and undynamic")."""
    if antonym.split()[-1] in words or lemma(antonym.split()[-1], pos) in words:
        return True
    wordnet = antonym_table().get(pos, {})
    listed = wordnet.get(word_lemma)
    if listed is not None and (listed in words or lemma(listed, pos) in words):
        return True
    return any(wordnet.get(word) == word_lemma for word in words)  # "static" lists "dynamic" as its antonym


def _negated(token: Token) -> bool:
    """``token`` or the word it modifies is under a negation ("not effective", "did not include")."""
    for word in (token, token.head):
        if any(c.dep_ == "neg" or norm(c) in ("not", "n't", "never", "no") for c in word.children):
            return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and norm(before) in ("not", "n't", "never", "no")


def _inflect(antonym: str, token: Token) -> str:
    tag = token.tag_
    if token.lower_ == lemma(token.lower_, token.pos_) and tag not in ("VBZ", "NNS"):
        return antonym
    forms = inflections(antonym, token.pos_)
    if tag in forms:
        return forms[tag][0]
    if tag in ("RBR", "RBS"):  # "three months earlier" → "later", not "*more late": an adverb's comparative is
        # often the adjective's ("late" lists no RBR), so take that before falling back on "more"
        adjective = inflections(antonym, "ADJ").get("JJR" if tag == "RBR" else "JJS")
        if adjective:
            return adjective[0]
    if tag in _PERIPHRASTIC:  # "easier" → "more difficult": no "difficulter"
        return f"{_PERIPHRASTIC[tag]} {antonym}"
    return inflect(antonym, tag)

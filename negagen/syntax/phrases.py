"""Moving noun phrases between argument slots: phrase extents, pronoun case, person/number and agreement.

Shared by the structural operators. Everything here reads a parsed sentence and returns strings; nothing edits.
"""

from __future__ import annotations

from itertools import pairwise

from lemminflect import getAllLemmas
from spacy.tokens import Span, Token

from ..morphology import base_form, inflect, lower_first, match_case, upper_first
from ..resources.selection import proper_name, word_classes
from .clause import clitic_meaning, is_sentence_initial, norm
from .editing import TextEditor
from .lexicon import WH_WORDS

__all__ = ["REFLEXIVES", "SECTION_HEADERS", "WH_WORDS", "agree", "agreeing_form", "in_hyphenated_word", "is_header",
           "number_person", "opens_with_section_label", "phrase", "render_phrase"]

SUBJECT_CASE = {"me": "i", "him": "he", "her": "she", "us": "we", "them": "they", "whom": "who"}
OBJECT_CASE = {"i": "me", "he": "him", "she": "her", "we": "us", "they": "them", "who": "whom"}
REFLEXIVES = frozenset(
    {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves", "oneself"}
)
_PRONOUN_PERSON = {
    "i": (1, False), "me": (1, False), "we": (1, True), "us": (1, True), "you": (2, True),
    "he": (3, False), "him": (3, False), "she": (3, False), "her": (3, False), "it": (3, False),
    "they": (3, True), "them": (3, True),
}  # fmt: skip
# Nouns tagged singular that take plural agreement ("The police were…").
PLURAL_ONLY = frozenset({"police", "people", "cattle", "clergy", "poultry", "livestock", "staff"})
_BE_PRESENT = {(1, False): "am", (3, False): "is"}  # anything else: are
_BE_PAST = {(1, False): "was", (3, False): "was"}  # anything else: were
_BE_TENSES = {"am": _BE_PRESENT, "is": _BE_PRESENT, "are": _BE_PRESENT, "was": _BE_PAST, "were": _BE_PAST}


def phrase(head: Token) -> Span:
    """The contiguous phrase headed by ``head`` (its subtree): determiners and modifiers travel with the noun."""
    return head.doc[head.left_edge.i : head.right_edge.i + 1]


# A share of a plural agrees with the plural: "some of the best facilities have", "56% of the programs are"
_PARTITIVES = frozenset({"some", "many", "most", "all", "several", "few", "both", "half", "none", "majority", "%",
                         "percent"})


def number_person(head: Token) -> tuple[int, bool]:
    """(person, plural) of the noun phrase headed by ``head``: pronouns by form, coordinations and plural tags
    plural, anything else third person singular."""
    low = norm(head)
    if low in _PRONOUN_PERSON:
        return _PRONOUN_PERSON[low]
    # "organ size and tissue homeostasis": a coordination among the modifiers makes the phrase two things
    # "Warsaw's economic strength and commercial center": the first conjunct parsed as a modifier (nmod) of the second
    coordinated = any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in head.children) or any(
        (t.dep_ == "conj" and t.pos_ == "NOUN") or (t.dep_ == "nmod" and t.pos_ == "NOUN" and any(
            c.dep_ == "cc" and norm(c) == "and" for c in t.children))
        for t in head.doc[head.left_edge.i : head.i])  # fmt: skip
    if coordinated or _plural_noun(head) or low in PLURAL_ONLY:
        return 3, True
    if low in _PARTITIVES and any(c.dep_ == "prep" and norm(c) == "of" and any(
            o.tag_ in ("NNS", "NNPS") for o in c.children) for c in head.children):  # fmt: skip
        return 3, True  # "some of the best facilities have"
    return 3, False


def _plural_noun(head: Token) -> bool:
    """Tagged plural and spelled like a plural: "-s", a Latin plural ("data", "criteria", "stimuli") or a form
    English knows as another word's plural ("mice"); the tagger also calls symbols such as "S100A9" plural."""
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    low = head.lower_
    if low.endswith(("s", "a", "i")) and low.isalpha():
        return True
    nouns = getAllLemmas(low).get("NOUN", ())
    return bool(nouns) and nouns[0] != low


def _pronoun_in_case(token: Token, case: str) -> str:
    table = SUBJECT_CASE if case == "subject" else OBJECT_CASE
    new = table.get(norm(token))
    if new is None:
        return token.text
    if new == "i":
        return "I"
    return new if token.text == "I" else match_case(new, token.text)


def in_hyphenated_word(token: Token) -> bool:
    """``token`` is half of a hyphenated or slashed word ("non-linear", "AMP-activated", "high-fat"): a term whose
    halves are not edited apart."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (before is not None and before.text in ("-", "/")) or (after is not None and after.text == "-")


def _lower_when_moved(first: Token) -> bool:
    """Whether a sentence's first word is capitalised only for being first: a common word ("Oxygen", "Activated",
    "Patients", "Upregulation") or a drug or gene term ("Rapamycin", "Sildenafil", "Zygosity"), not a name ("Warsaw",
    "Google", "Turabi", "Emerging Market Index", "Algerian"), an acronym or a symbol ("LDL", "BCL-2", "MafA",
    "S-nitrosylated"). Judges read a capital kept on a term mid-sentence as an error, as they do a lowered name."""
    initial = first.text
    if initial == "I" or not initial[:1].isupper() or initial[1:] != initial[1:].lower():
        return False  # "LDL", "FoxK2", "MafA": an acronym or a symbol
    following = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    if any(ch.isdigit() for ch in initial) or (len(initial) == 1 and following is not None and following.text == "-"):
        return False  # "Zfp145−/−", "Armcx1", "N-terminal": a gene symbol or a letter, whatever the tagger says
    low = first.lower_
    lemmas = getAllLemmas(low)
    kinds = word_classes(lemmas["NOUN"][0] if "NOUN" in lemmas else low, "NOUN")
    if first.pos_ not in ("PROPN", "NOUN", "VERB", "X"):
        # "The", "A", "Some", "Diatomic": a function word or an adjective, but "Algerian", "English", "Chinese":
        # an adjective made from a name
        demonym = low.endswith(_DEMONYM_ENDINGS) and kinds and kinds[0] in (*_NAME_CLASSES, "noun.communication")
        return not (first.pos_ == "ADJ" and demonym)
    if len(initial) < 2:
        return False  # "T cells"
    doc = first.doc
    if following is not None and following.pos_ == "PROPN" and following.is_lower and following.is_alpha:
        return True  # "De novo assembly", "In vitro": a foreign phrase the tagger reads as a name, not a name
    if (first.pos_ == "PROPN" or first.dep_ in ("compound", "amod")) and following is not None and (
            following.is_title and following.is_alpha):  # fmt: skip
        return False  # "Emerging Market Index", "Harvard College": one name
    if following is not None and following.text == "-":
        second = doc[first.i + 2] if first.i + 2 < len(doc) else None
        # "S-nitrosylated", "Busch-Reisinger": a letter symbol or a double name; "Leuko-reduced", "Follow-up": a term
        return len(initial) > 2 and second is not None and second.text[:1].islower()
    if (first.pos_ in ("VERB", "ADJ") or low.endswith(("ed", "ing"))) and "VERB" in lemmas:
        return True  # "Activated Cdk5": a participle ("Google" is a verb too, but tagged a name)
    if proper_name(low):
        return False  # "Islamism", "Harvard": WordNet writes it only with a capital
    if kinds:
        # WordNet knows it. Tagged a name, it keeps its capital when its first sense is a place, person or group
        # ("Sudan"), when a rarer sense is and it is no everyday word ("Harvard"), or when it is an everyday verb
        # ("Google"); everyday nouns and adjectives ("Mouse", "Active") and things ("Sildenafil") are lowered
        if first.pos_ != "PROPN" or "ADJ" in lemmas:
            return True
        named = kinds[0] in _NAME_CLASSES or (not lemmas and any(k in _NAME_CLASSES for k in kinds))
        return not (named or ("VERB" in lemmas and "NOUN" not in lemmas))
    if "ADJ" in lemmas or (first.tag_ == "NNS" and low.endswith("s")):
        return True  # "Neutrophils", "Statins": a plural common noun, names are rarely plural
    if first.tag_ == "NN" and first.is_alpha and len(initial) > 2:
        return True  # "Persister cells": unknown to WordNet, but the tagger reads a common noun, not a name
    return len(low) >= 8 and low.endswith(_TERM_SUFFIXES)  # "Rapamycin", "Upregulation"; "Turabi" is a name


# Endings of chemical, drug, gene and disease terms, which English writes in lower case mid-sentence.
_TERM_SUFFIXES = ("in", "ine", "ase", "ol", "al", "ment", "ness", "ance", "ence", "ide", "ate", "emia", "aemia",
                  "osis", "itis", "ity", "ation", "mab", "nib", "gen", "one", "ium", "ene", "oid", "yl")  # fmt: skip
_NAME_CLASSES = frozenset({"noun.location", "noun.person", "noun.group"})
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i")


def _keeps_lower_case(word: str) -> bool:
    """A symbol spelled with a small first letter that must stay small at the start of a sentence ("p53", "mRNA",
    "iPSCs", "c-Jun", "eIF4E")."""
    return word[:1].islower() and any(ch.isupper() or ch.isdigit() for ch in word[1:])


def render_phrase(span: Span, *, case: str | None, target: Token, sentence: Span) -> str:
    """The text of ``span`` as it reads at ``target``'s position: a lone personal pronoun takes ``case``
    (``subject``, ``object``, or ``None`` to keep it), and the sentence-initial capital stays with the position,
    not the phrase."""
    words = [t.text_with_ws for t in span]
    words[-1] = span[-1].text
    if case is not None and len(span) == 1 and span[0].tag_ == "PRP":
        words[0] = _pronoun_in_case(span[0], case)
    first = span[0]
    if is_sentence_initial(first, sentence) and _lower_when_moved(first):
        words[0] = lower_first(words[0])
    if is_sentence_initial(target, sentence) and not _keeps_lower_case(first.text):
        words[0] = upper_first(words[0])
    return "".join(words)


def agreeing_form(finite: Token, person: int, plural: bool) -> str | None:
    """The spelling of ``finite`` that agrees with a (person, plural) subject, or ``None`` when the verb shows no
    agreement (past tense other than *be*, modals)."""
    low = norm(finite)
    singular = (person, plural)
    if low in _BE_TENSES:
        table = _BE_TENSES[low]
        return match_case(table.get(singular, "are" if table is _BE_PRESENT else "were"), finite.text)
    if low in ("'s", "'re", "'m", "'ve"):
        if low == "'ve" or (low == "'s" and clitic_meaning(finite) == "has"):
            return "'s" if singular == (3, False) else "'ve"
        return {(1, False): "'m", (3, False): "'s"}.get(singular, "'re")
    # "Exercises reduce pain" tagged VB (the base form) is a finite present verb all the same
    bare = (
        finite.tag_ == "VB"
        and finite.dep_ == "ROOT"
        and not any(c.dep_ in ("aux", "auxpass") for c in finite.children)
    )
    present = finite.tag_ in ("VBZ", "VBP") or bare
    if not present:
        return None
    lemma = {"has": "have", "have": "have", "does": "do", "do": "do"}.get(low) or base_form(finite).lower()
    return match_case(inflect(lemma, "VBZ") if singular == (3, False) else lemma, finite.text)


def agree(editor: TextEditor, finite: Token, person: int, plural: bool) -> None:
    """Respell ``finite`` on ``editor`` so it agrees with a (person, plural) subject, where its form shows it."""
    agreed = agreeing_form(finite, person, plural)
    if agreed is not None and agreed != finite.text:
        editor.replace(finite, agreed)


# Abstract section labels written into the text ("METHODS Data were collected…"): never part of a phrase.
SECTION_HEADERS = frozenset(
    {"BACKGROUND", "METHODS", "RESULTS", "CONCLUSION", "CONCLUSIONS", "OBJECTIVE", "OBJECTIVES", "PURPOSE", "DESIGN",
     "SETTING", "PARTICIPANTS", "INTERVENTIONS", "MEASUREMENTS", "FINDINGS", "INTERPRETATION", "CONTEXT",
     "IMPORTANCE", "INTRODUCTION", "MOTIVATION", "AIMS", "AIM", "EXPOSURE", "SUMMARY", "ABSTRACT", "RATIONALE",
     "METHODOLOGY", "SIGNIFICANCE", "DISCUSSION", "LIMITATIONS", "PATIENTS", "SUBJECTS", "MATERIALS", "FUNDING",
     "KEY", "HIGHLIGHTS"}
)  # fmt: skip


def opens_with_section_label(sentence: Span) -> bool:
    """An abstract's section label glued to the sentence ("RESULTS The study …", "Summary Hypoxia augments …",
    "KEY POINTS Maternal obesity …"): the words after it are parsed as part of the label."""
    opening = sentence[0].text
    return is_header(sentence[:3]) or opening in SECTION_HEADERS or (
        opening.upper() in SECTION_HEADERS and len(sentence) > 1 and sentence[1].is_title)


def is_header(span: Span) -> bool:
    """Two all-capital words in a row ("RECENT FINDINGS"): an abstract's section label, not part of a phrase."""
    capitals = [t.is_upper and t.is_alpha and len(t) >= 4 for t in span]
    return any(a and b for a, b in pairwise(capitals))

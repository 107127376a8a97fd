"""The ``reorder`` operator: rearrange words between two phrases without exchanging a relation's participants.

Rules: ``attribute_swap`` (the adjectives of two nouns trade places: ``a green door beside a yellow window →
a yellow door beside a green window``, articles repaired), ``numeral_swap`` (``two cats and three dogs → three
cats and two dogs``, nouns and verb re-inflected when "one" moves), ``quantifier_swap`` (``many cats chase few
dogs → few cats chase many dogs``), ``adverb_scope`` (``Only John ate the apple →
John ate only the apple``), and ``shuffle`` — a random permutation of the content words, made only when asked
(``get_operator("reorder", shuffle=True)``) and marked ``meta={"grammatical": "no"}`` so nobody trains on it by
accident (the ARO-style baseline, drawn from the record's own seeded generator).

Refuses with ``no_target`` when no two modified nouns, numerals or a movable focus adverb exist.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import lru_cache, partial
from itertools import pairwise

from spacy.tokens import Span, Token

from ..errors import RefusalReason
from ..morphology import indefinite_article, inflect, lemma, lower_first, match_case, upper_first
from ..records import Perturbation, Refusal
from ..registry import Operator, deterministic, register_operator
from ..resources.animacy import animate
from ..resources.antonyms import antonym_table
from ..resources.selection import load_selection_table
from ..resources.trusted_antonyms import CURATED, is_morphological
from ..resources.wordnet import WordNetNotFoundError
from ..syntax.clause import is_sentence_initial, norm
from ..syntax.editing import TextEditor
from ..syntax.phrases import agree, opens_with_section_label, phrase, render_phrase
from ..syntax.plausibility import breaks_collocation, plausibility_meta
from ..syntax.scan import scan

__all__ = ["make_reorder", "reorder_sentence"]

# Adjective + noun pairs that name one thing: swapping their adjective is not an attribute swap.
LEXICALIZED = frozenset(
    {("hot", "dog"), ("high", "school"), ("white", "house"), ("black", "hole"), ("real", "estate"),
     ("middle", "school"), ("red", "carpet"), ("green", "light"), ("red", "tape"), ("big", "bang"),
     ("prime", "minister"), ("vice", "president"), ("human", "rights"), ("public", "school"), ("grand", "jury")}
)  # fmt: skip
FOCUS_ADVERBS = ("only", "even")
QUANTIFIERS = frozenset({"many", "few", "several", "some", "all", "most", "no"})
# Adjectives that work like determiners: moved to another noun they give "an own site", "an other shirt".
DETERMINER_LIKE = frozenset(
    {"own", "other", "various", "same", "such", "certain", "whole", "entire", "only", "main", "next", "last",
     "first", "previous", "following", "particular", "respective", "numerous", "multiple", "further"}
)  # fmt: skip
CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN"})
# The adjectives an attribute swap moves: colour, size, age, temperature, state, speed, degree, side. On scientific
# and encyclopedic prose most adjective + noun pairs are terms ("fatty acids", "mental health", "descriptive
# statistics", "myocardial infarction"), and moving a classifying adjective breaks the term instead of
# re-attributing a property; these adjectives describe a value of a property the noun has, whatever the noun.
ATTRIBUTES = frozenset(
    {"red", "blue", "green", "yellow", "black", "white", "brown", "orange", "pink", "purple", "gray", "grey",
     "golden", "silver", "dark", "pale", "big", "small", "large", "little", "tiny", "huge", "tall", "short", "long",
     "wide", "narrow", "thick", "thin", "high", "low", "deep", "shallow", "young", "old", "elderly", "new", "hot",
     "cold", "warm", "cool", "wet", "dry", "empty", "full", "open", "closed", "clean", "dirty", "broken", "fast",
     "slow", "rapid", "quick", "strong", "weak", "mild", "moderate", "severe", "heavy", "light", "early", "late",
     "higher", "lower", "larger", "smaller", "greater", "longer", "shorter", "older", "younger", "stronger",
     "weaker", "earlier", "later", "faster", "slower", "bigger", "wider", "deeper", "northern", "southern",
     "eastern", "western", "upper", "inner", "outer", "happy", "sad", "angry", "rich", "poor", "wooden",
     "plastic", "metal", "striped", "curly", "bald", "blond", "blonde", "male", "female", "increased",
     "decreased", "reduced", "elevated", "positive", "negative", "significant", "modest", "marked", "sharp",
     "slight", "substantial", "dramatic", "frequent", "rare", "common", "stable", "unstable", "normal",
     "abnormal", "healthy", "sick", "ill", "easy", "difficult", "cheap", "expensive", "soft", "hard", "smooth",
     "rough", "bright", "quiet", "loud", "busy", "crowded", "sunny", "snowy", "rainy", "muddy", "sandy", "grassy",
     "rocky", "shiny", "fluffy", "lazy", "furry", "spotted", "colorful", "colourful", "beautiful", "ugly", "fat",
     "skinny"}
)  # fmt: skip
COLOURS = frozenset({"red", "blue", "green", "yellow", "black", "white", "brown", "orange", "pink", "purple", "gray",
                     "grey", "golden", "silver", "dark", "pale"})  # fmt: skip
# Adjectives of direction or amount: between two different nouns, swapping two of them flips both sides of a relation.
DIRECTIONS = frozenset({"high", "low", "higher", "lower", "greater", "lesser", "increased", "decreased", "reduced",
                        "elevated", "larger", "smaller", "impaired", "enhanced", "improved", "better",
                        "worse"})  # fmt: skip
# An adjective the selection table shows after a verb this often (relative to before a noun), and at least this
# many times, describes a property (chosen on the development labels).
PREDICATIVE_SHARE = 0.05
PREDICATIVE_USES = 5
# Nouns that measure rather than count: "aged 25 years", "8 months", "6 miles" (a swap mixes up quantities).
UNIT_NOUNS = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "second", "time", "percent", "percentage", "fold", "mile",
     "km", "kilometre", "kilometer", "metre", "meter", "cm", "mm", "foot", "feet", "inch", "pound", "kg", "gram",
     "mg", "ml", "dose", "point", "degree", "dollar", "euro", "step", "decade", "century", "cycle", "round",
     "generation", "unit", "level", "stage", "grade", "phase", "group", "arm", "cohort", "session", "visit",
     "million", "billion", "thousand", "hundred", "dozen", "pick", "game", "season", "edition", "seat", "vote"}
)  # fmt: skip


@register_operator("reorder")
def make_reorder(name: str = "reorder", shuffle: bool = False) -> Operator:
    """Create the reorder operator.

    Args:
        name: operator name written into records.
        shuffle: also emit one random permutation of the content words (ungrammatical by design; flagged).

    Example:
        >>> import negagen
        >>> negagen.perturb(["A green door beside a yellow window."], ["reorder"])[0].perturbations[0].text
        'A yellow door beside a green window.'
    """
    operator = partial(reorder_sentence, name=name, shuffle=shuffle)
    return operator if shuffle else deterministic(operator)


def reorder_sentence(
    sentence: Span, rng: random.Random | None = None, *, name: str = "reorder", shuffle: bool = False
) -> Iterator[Perturbation | Refusal]:
    """All attribute, numeral and focus-adverb reorderings of ``sentence`` (and a shuffle when asked)."""
    if opens_with_section_label(sentence):
        # "SUMMARY Some alterations … but many inconsistencies": the label is parsed into the sentence, and a word
        # moved out of the first position keeps the capital the label's neighbour had
        yield Refusal(name, RefusalReason.UNRELIABLE_PARSE, "the sentence opens with a section label")
        return
    outputs = [*_attribute_swaps(sentence, name), *_numeral_swaps(sentence, name), *_adverb_moves(sentence, name)]
    if shuffle:
        shuffled = _shuffle(sentence, rng or random.Random(0), name)
        if shuffled is not None:
            outputs.append(shuffled)
    if not outputs:
        yield Refusal(name, RefusalReason.NO_TARGET, "no two modified nouns, numerals or focus adverb to move")
    yield from outputs


def _adjectives(noun: Token) -> list[Token]:
    """The contiguous adjectives right before ``noun`` that modify it ("big red" in "a big red ball")."""
    block: list[Token] = []
    i = noun.i - 1
    while i >= 0:
        word = noun.doc[i]
        if word.head != noun or word.dep_ != "amod" or word.tag_ not in ("JJ", "JJR", "JJS"):
            break
        if norm(word) in QUANTIFIERS or norm(word) in DETERMINER_LIKE:
            break  # "many" is counted by quantifier_swap; "own", "other", "various" are no attributes
        if not _attribute(word) or any(c.dep_ in ("advmod", "npadvmod", "prep") for c in word.children):
            return []  # a classifying adjective ("fatty acids") or one with its own modifier ("much wider")
        if word.tag_ == "JJS":
            return []  # "the largest monument" → "*another largest monument": a superlative needs its article
        block.insert(0, word)
        i -= 1
    return block


def _attribute(adjective: Token) -> bool:
    """A property-value adjective: listed, one of a curated antonym pair (gradable: "effective", "major"), or, with
    a selection table, one the corpus often uses after a verb ("is significant"), which classifying adjectives
    ("fatty", "myocardial", "clinical") are not."""
    low = norm(adjective)
    if low in ATTRIBUTES or lemma(low, "ADJ") in CURATED["ADJ"]:
        return True
    table = load_selection_table()
    if table is None:
        return False
    share, uses = table.predicative_share(lemma(low, "ADJ"))
    return share >= PREDICATIVE_SHARE and uses >= PREDICATIVE_USES


def _contrasting(block_a: list[Token], block_b: list[Token]) -> bool:
    """Whether the swap trades values of one property: an adjective of one block is the antonym of one of the other
    ("minor … major", "visible … invisible"), or both blocks name colours. Judged on real passages, swaps of
    unrelated adjectives ("internal agreement … smooth sailing", "composite outcome … major disability") mostly break
    a term; swaps of opposite values change what is said of each noun."""
    words_a = [lemma(norm(t), "ADJ") for t in block_a]
    words_b = [lemma(norm(t), "ADJ") for t in block_b]
    if any(_opposite(a, b) for a in words_a for b in words_b):
        return True
    return all(w in COLOURS for w in (*words_a, *words_b))


@lru_cache(maxsize=1)
def _wordnet_antonyms() -> dict[str, str]:
    """WordNet's adjective antonyms, or none without WordNet (the curated pairs still count)."""
    try:
        return antonym_table()["ADJ"]
    except WordNetNotFoundError:
        return {}


def _opposite(a: str, b: str) -> bool:
    wordnet = _wordnet_antonyms()
    if b in (CURATED["ADJ"].get(a), wordnet.get(a)) or a in (CURATED["ADJ"].get(b), wordnet.get(b)):
        return True
    return is_morphological(a, b)  # "visible … invisible"


def _repair_article(editor: TextEditor, noun: Token, block: list[Token], first_word: str) -> None:
    article = next((c for c in noun.children if c.dep_ == "det" and norm(c) in ("a", "an")), None)
    before = noun.doc[block[0].i - 1] if block[0].i > 0 else None
    if article is None and before is not None and norm(before) in ("a", "an"):
        article = before  # "a uninterrupted embargo": the parser hung the article elsewhere
    if article is not None:
        editor.replace(article, match_case(indefinite_article(first_word), article.text))


def _attribute_swaps(sentence: Span, name: str) -> Iterator[Perturbation]:
    pos = scan(sentence).pos
    modified = []
    for k in range(1, len(pos)):
        if pos[k] not in ("NOUN", "PROPN") or pos[k - 1] != "ADJ":
            continue
        noun = sentence[k]
        if noun.dep_ == "compound" or any(ch.isdigit() for ch in noun.text):
            continue  # a compound's modifier, or a time ("the late 1960s")
        block = _adjectives(noun)
        if block and block[0].i > 0 and sentence.doc[block[0].i - 1].text == "-":
            continue  # "dark-haired": the adjective is half of a hyphenated word
        if block and not any((norm(a), norm(noun)) in LEXICALIZED for a in block):
            modified.append((noun, block))
    words = scan(sentence).words
    for (noun_a, block_a), (noun_b, block_b) in pairwise(modified):
        if [norm(t) for t in block_a] == [norm(t) for t in block_b]:
            continue
        if "than" in words and any(t.tag_ == "JJR" for t in (*block_a, *block_b)):
            continue  # "rigid hindrance … than greater molecules": the comparative's "than" stays behind
        if any(words.count(norm(t)) > 1 for t in (*block_a, *block_b)) or any(
                n.i + 1 < len(n.doc) and n.doc[n.i + 1].text == "(" for n in (noun_a, noun_b)):  # fmt: skip
            # "private networks … the public network … not on the private network": a mention left unswapped
            # contradicts the swap; "simple hyperplasia (SH)": a term with its abbreviation
            continue
        if not _contrasting(block_a, block_b):
            continue  # "domestic Islamists … a prime example" → "prime Islamists … a domestic example": a term broken
        if lemma(norm(noun_a), "NOUN") != lemma(norm(noun_b), "NOUN") and all(
                norm(t) in DIRECTIONS for t in (*block_a, *block_b)):  # fmt: skip
            # "reduced responsiveness … greater resistance" → "greater responsiveness … reduced resistance": both
            # directions flipped keep the same inverse association, a paraphrase
            continue
        editor = TextEditor(sentence)
        span_a = sentence.doc[block_a[0].i : block_a[-1].i + 1]
        span_b = sentence.doc[block_b[0].i : block_b[-1].i + 1]
        into_a = render_phrase(span_b, case=None, target=block_a[0], sentence=sentence)
        into_b = render_phrase(span_a, case=None, target=block_b[0], sentence=sentence)
        editor.replace_range(block_a[0], block_a[-1], into_a)
        editor.replace_range(block_b[0], block_b[-1], into_b)
        _repair_article(editor, noun_a, block_a, into_a)
        _repair_article(editor, noun_b, block_b, into_b)
        # "a young man wearing an old glove" → "an old man wearing a young glove": attributes of the living
        # moved onto things (and back) are usually implausible; flagged, not dropped.
        swaps = list(zip(block_a, block_b, strict=False))
        if breaks_collocation(swaps):
            continue  # "at high risk … higher education": a term's adjective would move
        meta = plausibility_meta(swaps=swaps, low=animate(noun_a) != animate(noun_b))
        yield editor.build(name, "attribute_swap", meta)


def _one(token: Token) -> Span:
    return token.doc[token.i : token.i + 1]


def _is_one(token: Token) -> bool:
    return norm(token) in ("one", "1")


def _counter(noun: Token) -> Token | None:
    """The numeral ("three cats") or quantifier ("many cats", plural nouns only) counting ``noun``."""
    for child in noun.children:
        if child.i > noun.i:
            break
        if child.dep_ == "nummod" and child.like_num:
            return child if _plain_count(child, noun) else None
        if child.dep_ in ("amod", "det") and norm(child) in QUANTIFIERS and noun.tag_ == "NNS":
            return child if _plain_quantifier(child) else None
    return None


_NUMBER_NEIGHBOURS = frozenset({"-", "–", "—", "/", "(", ")", "[", "]", "%", ":", "±", "+", "=", "<", ">", "×", "x"})


_MANY = frozenset({"many", "most"})


def _plain_quantifier(word: Token) -> bool:
    """A quantifier that opens its noun phrase on its own ("many cats"), not one inside a longer expression ("so
    few", "the first two", "less than all", "at no and 6 years")."""
    doc = word.doc
    before = doc[word.i - 1] if word.i > 0 else None
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if before is not None and norm(before) in ("the", "so", "too", "very", "as", "than", "at", "first", "these",
                                               "those", "of", "how", "far"):  # fmt: skip
        return False
    return not (after is not None and (norm(after) in ("and", "or", "of", ",") or after.like_num))


def _plain_count(numeral: Token, noun: Token) -> bool:
    """A whole number counting things ("12 patients"), not a measure ("8 months"), a year, a decimal, a range
    ("25-30 years"), a percentage, a statistic in brackets or a figure glued into a word ("3-fold")."""
    text = numeral.text.replace(",", "")
    if not (text.isdigit() or numeral.is_alpha) or (text.isdigit() and len(text) == 4):
        return False
    doc = numeral.doc
    window = doc[max(numeral.i - 2, 0) : min(numeral.i + 3, len(doc))]
    if any(t.text in _NUMBER_NEIGHBOURS for t in window) or not numeral.whitespace_:
        return False
    following = doc[numeral.i + 1] if numeral.i + 1 < len(doc) else None
    preceding = doc[numeral.i - 1] if numeral.i > 0 else None
    if (following is not None and (following.like_num or norm(following) in (
            "million", "billion", "thousand", "hundred", "dozen"))) or (
            preceding is not None and preceding.like_num):  # fmt: skip
        return False  # "18 million volumes", "293 461 polymorphisms": the numeral is part of a number
    return noun.tag_ == "NNS" or norm(numeral) in ("one", "1") or lemma(noun.lower_, "NOUN") in UNIT_NOUNS


def _numeral_swaps(sentence: Span, name: str) -> Iterator[Perturbation]:
    facts = scan(sentence)
    if facts.pos.count("NUM") + sum(word in QUANTIFIERS for word in facts.words) < 2:
        return
    counted = [(noun, counter) for noun in sentence if noun.pos_ == "NOUN" and (counter := _counter(noun))]
    for (noun_a, num_a), (noun_b, num_b) in pairwise(counted):
        if norm(num_a) == norm(num_b):
            continue
        units = {lemma(noun.lower_, "NOUN") for noun in (noun_a, noun_b)} & UNIT_NOUNS
        if num_a.like_num and units and lemma(noun_a.lower_, "NOUN") != lemma(noun_b.lower_, "NOUN"):
            continue  # "aged 25 years … 3 months", "two goals in five minutes": quantities of different kinds
        same_noun = lemma(noun_a.lower_, "NOUN") == lemma(noun_b.lower_, "NOUN") and noun_a.lower_ not in UNIT_NOUNS
        if num_a.like_num and (same_noun or any(norm(t) in ("of", "out") for t in sentence.doc[num_a.i : num_b.i])):
            continue  # "22 of 52 patients", "Of the 52 patients, 22 patients…": a part and its whole
        if any(not n.like_num and n.i > sentence.start and norm(n.doc[n.i - 1]) in ("a", "an")
               for n in (num_a, num_b)):  # fmt: skip
            continue  # "a few cats": "a few" is one quantifier ("*a many cats")
        if (_is_one(num_a) or _is_one(num_b)) and not (
                noun_a.head == noun_b.head and {noun_a.dep_, noun_b.dep_} == {"nsubj", "dobj"}):  # fmt: skip
            # "Several strains were obtained and one strain was studied" → "*One strain … were obtained": the
            # noun's number changes, and with it verbs, pronouns and "the other" all over the sentence; only the
            # subject and object of one verb ("One cat chased three mice") are repaired reliably
            continue
        if num_a.like_num != num_b.like_num:
            # "Some elements … three months later" → "Three elements … some months later", "no differences between
            # the two groups" → "*the no groups": a quantifier and a number count in different ways
            continue
        if {norm(num_a), norm(num_b)} <= _MANY:
            continue  # "most vesicles … many vesicles": two large amounts, a near-paraphrase
        if any("/" in n.text for n in (noun_a, noun_b)):
            continue  # "200 cells/µl": a concentration, not a count
        editor = TextEditor(sentence)
        for here, there in ((num_a, num_b), (num_b, num_a)):
            editor.replace(here, render_phrase(_one(there), case=None, target=here, sentence=sentence))
            article = here.doc[here.i - 1] if here.i > sentence.start else None
            if article is not None and norm(article) in ("a", "an"):  # "a 12 percent cut" → "an 18 percent cut"
                editor.replace(article, match_case(indefinite_article(there.text), article.text))
        if _is_one(num_a) != _is_one(num_b):  # "one cat and three dogs" → "three cats and one dog"
            for noun, singular in ((noun_a, _is_one(num_b)), (noun_b, _is_one(num_a))):
                base = _singular(noun)
                editor.replace(noun, match_case(base if singular else inflect(base, "NNS"), noun.text))
                _agree_subject(editor, noun, singular)
        rule = "numeral_swap" if num_a.like_num and num_b.like_num else "quantifier_swap"
        yield editor.build(name, rule)


def _singular(noun: Token) -> str:
    return lemma(noun.lower_, "NOUN")


def _agree_subject(editor: TextEditor, noun: Token, singular: bool) -> None:
    """A counted noun that is the subject on its own takes the verb's agreement with it."""
    if noun.dep_ != "nsubj" or any(c.dep_ == "conj" for c in noun.children):
        return
    verb = noun.head
    finite = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), verb)
    agree(editor, finite, 3, not singular)


def _adverb_moves(sentence: Span, name: str) -> Iterator[Perturbation]:
    """Move a focus adverb from the subject to the object or back: what "only"/"even" scopes over changes."""
    if not any(word in FOCUS_ADVERBS for word in scan(sentence).words):
        return
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if subject is None or obj is None:
        return
    for here, there in ((subject, obj), (obj, subject)):
        # The adverb opens the phrase (parsed inside it) or stands right before it.
        first = phrase(here)[0]
        adverb = first
        if norm(first) not in FOCUS_ADVERBS and first.i > sentence.start:
            adverb = sentence.doc[first.i - 1]
        if norm(adverb) not in FOCUS_ADVERBS or adverb.dep_ != "advmod":
            continue
        start = sentence.doc[adverb.i + 1]
        target = phrase(there)[0]
        if norm(target) in FOCUS_ADVERBS:
            continue
        editor = TextEditor(sentence)
        editor.delete(adverb)
        word = norm(adverb)
        if is_sentence_initial(target, sentence):
            word = upper_first(word)
            if target.pos_ != "PROPN":
                editor.lower_first(target)
        if is_sentence_initial(adverb, sentence):
            editor.upper_first(start)
        editor.insert_before(target, word)
        yield editor.build(name, "adverb_scope")


def _shuffle(sentence: Span, rng: random.Random, name: str) -> Perturbation | None:
    content = [t for t in sentence if t.pos_ in CONTENT and t.is_alpha]
    words = [t.text for t in content]
    if len(set(words)) < 2:
        return None
    order = words[:]
    while order == words:
        rng.shuffle(order)
    editor = TextEditor(sentence)
    for token, word in zip(content, order, strict=True):
        if is_sentence_initial(token, sentence):
            word = upper_first(word)
        elif token.pos_ != "PROPN" and word == content[0].text and is_sentence_initial(content[0], sentence):
            word = lower_first(word)
        editor.replace(token, word)
    return editor.build(name, "shuffle", {"grammatical": "no"})

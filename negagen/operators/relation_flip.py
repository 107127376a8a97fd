"""The ``relation_flip`` operator: replace a directional or ordering relation by its converse.

left↔right, above↔below, over↔under, on top of↔beneath, inside↔outside, in front of↔behind, top↔bottom,
up↔down (as prepositions), before↔after, earlier↔later, north↔south, east↔west, to↔from after verbs and nouns of
motion, more↔less/fewer (by the noun's countability) and increase↔decrease with its inflection. Each flip is one
output with one edit; a sentence with several relation words gives several outputs.

Refuses with ``no_target`` when the sentence has no relation word in a reading it can flip (``left`` as the past
of *leave*, ``right`` meaning *correct*, ``over 50``, ``under pressure``, phrasal particles like ``give up``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from spacy.tokens import Span, Token

from ..errors import RefusalReason
from ..morphology import base_form, indefinite_article, inflect, inflections, lemma, match_case
from ..records import Perturbation, Refusal
from ..registry import Operator, deterministic, register_operator
from ..resources.animacy import animate
from ..resources.selection import word_classes
from ..syntax.clause import norm
from ..syntax.editing import TextEditor
from ..syntax.lexicon import MASS_NOUNS
from ..syntax.phrases import in_hyphenated_word
from ..syntax.plausibility import plausibility_meta
from ..syntax.scan import scan

__all__ = ["flip_relations", "make_relation_flip"]

MOTION_HEADS = frozenset(
    {"go", "come", "fly", "travel", "drive", "walk", "run", "move", "sail", "ride", "return", "commute", "ship",
     "send", "migrate", "head", "swim", "flee", "escape", "transfer", "relocate", "emigrate", "deliver", "carry",
     "flight", "flights", "train", "trains", "bus", "buses", "trip", "trips", "route", "journey", "ferry", "road",
     "ticket", "tickets", "shipping", "delivery", "way", "directions"}
)  # fmt: skip
SIDE_NOUNS = frozenset(
    {"hand", "side", "arm", "leg", "eye", "ear", "foot", "lane", "wing", "corner", "turn", "shoulder", "knee",
     "bank", "edge", "half", "column", "panel", "field", "back", "front"}
)  # fmt: skip
BLOCKED_OBJECTS = frozenset(
    {"pressure", "control", "arrest", "construction", "investigation", "way", "age", "review", "threat", "attack",
     "fire", "oath", "influence", "consideration", "discussion", "water", "time", "years", "course", "all"}
)  # fmt: skip
# Verbs whose "after" is a particle of pursuit or care, not time: "run after", "look after", "named after".
PHRASAL_AFTER = frozenset({"run", "chase", "look", "name", "go", "seek", "hunt", "lust", "hanker", "take"})
TURN_VERBS = frozenset({"turn", "go", "move", "look", "veer", "swerve", "keep", "bear", "swipe", "scroll", "step"})
TIME_NOUNS = frozenset(
    {"year", "years", "decade", "decades", "month", "months", "week", "weeks", "weekend", "weekends", "night",
     "nights", "day", "days", "hour", "hours", "time", "period", "summer", "winter", "spring", "autumn", "holiday",
     "holidays", "century", "centuries", "lunch", "dinner", "breakfast", "christmas", "h", "hr", "hrs", "min",
     "mins", "sec", "wk", "wks", "yr", "yrs", "minute", "minutes", "second", "seconds", "era", "phase"}
)  # fmt: skip


# Effect verbs and their opposite direction (lemmas): what a scientific claim says an exposure does to an outcome.
EFFECT_VERBS = {
    "reduce": "increase", "inhibit": "promote", "promote": "inhibit", "suppress": "enhance", "enhance": "suppress",
    "activate": "inhibit", "induce": "inhibit", "stimulate": "inhibit", "improve": "worsen", "worsen": "improve",
    "impair": "improve", "upregulate": "downregulate", "downregulate": "upregulate", "exacerbate": "alleviate",
    "alleviate": "exacerbate", "diminish": "increase", "attenuate": "enhance", "augment": "reduce",
    "facilitate": "impede", "impede": "facilitate", "elevate": "lower", "accelerate": "slow", "boost": "reduce",
    "amplify": "attenuate", "potentiate": "attenuate", "ameliorate": "worsen", "aggravate": "alleviate",
}  # fmt: skip
EFFECT_NOUNS = {
    "reduction": "increase", "inhibition": "promotion", "promotion": "inhibition", "suppression": "enhancement",
    "enhancement": "suppression", "improvement": "deterioration", "deterioration": "improvement",
    "upregulation": "downregulation", "downregulation": "upregulation", "impairment": "improvement",
    "attenuation": "enhancement",
}  # fmt: skip
# "positively associated" ↔ "negatively associated": the sign of an association or correlation.
SIGN_ADVERBS = {"positively": "negatively", "negatively": "positively", "inversely": "positively"}
ASSOCIATION_HEADS = frozenset({"associated", "correlated", "related", "linked", "associate", "correlate", "relate"})


def _effect_forms() -> dict[str, tuple[str, str]]:
    """Every spelling of the effect words → (lemma, part of speech), so a sentence is matched word by word."""
    forms: dict[str, tuple[str, str]] = {}
    for verb in EFFECT_VERBS:
        # lemminflect lacks some (upregulate): the regular -e verb forms stand in
        regular = (verb, verb + "s", verb + "d", verb[:-1] + "ing") if verb.endswith("e") else (verb,)
        for form in (*regular, *(f for spellings in inflections(verb, "VERB").values() for f in spellings)):
            forms.setdefault(form, (verb, "VERB"))
    for noun in EFFECT_NOUNS:
        forms.setdefault(noun, (noun, "NOUN"))
        forms.setdefault(noun + "s", (noun, "NOUN"))
    return forms


EFFECT_FORMS = _effect_forms()


@dataclass(frozen=True)
class Flip:
    """``source`` (lower-case tokens) becomes ``target`` when ``applies(first_token)`` holds."""

    source: tuple[str, ...]
    target: str
    rule: str
    applies: Callable[[Token], bool]


def _preposition(token: Token) -> bool:
    """A preposition with a real object (not "over 50", "under pressure", "over the years")."""
    if token.dep_ not in ("prep", "advmod", "prt") or token.dep_ == "prt":
        return token.dep_ == "advmod" and token.head.pos_ == "VERB" and norm(token.head) not in ("all",)
    obj = next((c for c in token.children if c.dep_ == "pobj"), None)
    following = token.doc[token.i + 1 : token.i + 5]
    if norm(token) in ("over", "under") and any(norm(t) in ABSTRACT_OBJECTS for t in following):
        return False  # the object as written, whatever the parse made of it ("Under low HuR levels")
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if norm(token) in PLACE_PREPOSITIONS and previous is not None and previous.pos_ == "NOUN" and (
            not _physical(previous)):  # fmt: skip
        return False  # "had control over territory", "an advantage over rivals": a relation the noun names
    if norm(token) in ("above", "below") and obj is None:
        return False  # "the picture below", "see above": the layout of the text, not a place
    if obj is not None and norm(token) in PLACE_PREPOSITIONS and (
        not _physical(obj) or (token.head.pos_ == "NOUN" and not _physical(token.head))
    ):
        # "under William Trent", "under prolonged flow", "over the Justice": command or condition; "conquest over
        # an area", "a difference over the leg": a relation between things, not a position
        return False
    if obj is not None and norm(token) in ("over", "under") and (
        norm(obj) in ABSTRACT_OBJECTS
        or obj.tag_ in ("WDT", "WP")
        or (any(c.pos_ == "ADJ" for c in obj.children) and norm(obj) not in SIDE_NOUNS and obj.tag_ == "NNS")
    ):
        return False  # "under reduced HuR levels", "over which": a condition or a domain, not a place
    return obj is None or not (obj.like_num or norm(obj) in BLOCKED_OBJECTS or norm(obj) in TIME_NOUNS)


def _physical(noun: Token) -> bool:
    """A noun naming a thing with a place (WordNet's artifact, object, body, plant…); unknown words count as
    things, names and people do not ("under William Trent" is command, not position)."""
    if noun.pos_ in ("PROPN", "PRON") or noun.tag_ in ("WDT", "WP"):
        return False
    kinds = word_classes(lemma(noun.lower_, "NOUN"), "NOUN")
    return not kinds or any(kind in PHYSICAL_CLASSES for kind in kinds[: 1 if noun.dep_ != "pobj" else 3])


def _place(noun: Token) -> bool:
    """A noun whose first WordNet sense is a location ("country", "city", "region")."""
    kinds = word_classes(lemma(noun.lower_, "NOUN"), "NOUN")
    return bool(kinds) and kinds[0] == "noun.location"


def _side(token: Token) -> bool:
    """left/right as a side: "to the left", "his right hand", "turn left" (not "left" = went away, "right" =
    correct)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.is_alpha and base_form(before).lower() in TURN_VERBS:
        return True  # "Turn left": the tagger often reads this "left" as a participle (and "Turn" as a noun)
    if token.tag_.startswith("VB"):
        return False
    if token.dep_ == "pobj":
        return True
    if token.dep_ in ("amod", "compound") and norm(token.head) in SIDE_NOUNS:
        return True
    return token.dep_ in ("advmod", "npadvmod") and token.head.pos_ == "VERB" and token.i == token.head.i + 1


def _temporal(token: Token) -> bool:
    """before/after as time ("after lunch"), not in phrasal verbs ("run after the ball" = chase it)."""
    head = token.head
    if token.dep_ == "prep" and head.pos_ == "VERB" and base_form(head).lower() in PHRASAL_AFTER:
        return False
    obj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if obj is not None and (obj.pos_ in ("PROPN", "PRON") or (obj.pos_ == "NOUN" and animate(obj))):
        return False  # "arraigned before the Justice", "after him": in front of / following a person, not a time
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    prev = token.doc[token.i - 1] if token.i > 0 else None
    if prev is not None and norm(prev) in ("not", "n't", "never"):
        return False  # "broke down, but not before Islamists came to dominate" says both happened, in that order:
        # "but not after" is no converse (and "never before seen" is no time at all)
    return token.dep_ in ("prep", "mark", "advmod", "pcomp") and not (nxt is not None and norm(nxt) in ("all", "long"))


def _has_object(token: Token) -> bool:
    """behind/beneath with an object of its own: "behind the house", not "left behind", "stayed behind", whose
    flip "in front of" / "on top of" is a preposition with nothing to govern ("*left in front of in a race")."""
    if any(c.dep_ == "pobj" for c in token.children):
        return True
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ") and token.dep_ != "advmod"


# Words that order events in a narrative: with one of them, "later" means "subsequently" ("initially benefit …
# later become refractory"), and "earlier" would say the events came in the other order, which is no English.
# ("first presented …, earlier published" flips fine: only "later" is refused.)
SEQUENCE_CUES = frozenset({"initially", "first", "originally", "previously", "then", "subsequently", "eventually",
                           "formerly", "once"})  # fmt: skip


def _in_sequence(token: Token) -> bool:
    """The adverb "later" in a sentence with a sequence cue, unless it is a comparison of its own ("later than
    expected", "two years later", which keep their measure or standard whatever else the sentence says)."""
    if token.pos_ != "ADV" or token.dep_ != "advmod" or token.head.pos_ not in ("VERB", "AUX"):
        return False  # "later Indian art" is the art of a later period
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if (nxt is not None and norm(nxt) == "than") or any(c.dep_ in ("npadvmod", "prep") for c in token.children):
        return False
    words = token.sent
    return any(t.i != token.i and (norm(t) in SEQUENCE_CUES and (t.lower_ != "first" or t.pos_ == "ADV"))
               for t in words) or " at first " in " " + " ".join(t.lower_ for t in words) + " "  # fmt: skip


def _direction(token: Token) -> bool:
    """to/from after a verb or noun of motion, with no partner preposition (role_swap swaps "from X to Y")."""
    if token.dep_ != "prep" or token.tag_ != "IN":
        return False
    head = token.head
    partner = "from" if norm(token) == "to" else "to"
    if any(c.dep_ == "prep" and norm(c) == partner for c in head.children):
        return False
    lemma = norm(head)
    if not (lemma in MOTION_HEADS or (head.pos_ == "VERB" and base_form(head).lower() in MOTION_HEADS)):
        return False
    obj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if obj is None or not (obj.pos_ == "PROPN" or _physical(obj) or _place(obj)):
        return False  # "when it came to explaining", "come to a decision": a topic or a state reached, not a place
    before = token.doc[token.i - 2 : token.i]
    # "a walk across the river from Cambridge", "3 miles from the State House": where something lies, which reads
    # the same from either end
    return not any(norm(t) in ("across", "away", "miles", "km", "far", "distance") for t in token.doc[head.i : token.i]
                   ) and not any(t.like_num for t in before)  # fmt: skip


def _compass(token: Token) -> bool:
    return not token.tag_.startswith("VB")


def _quantity(token: Token) -> bool:
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    prev = token.doc[token.i - 1] if token.i > 0 else None
    if nxt is not None and norm(nxt) in ("or",):  # "more or less"
        return False
    return not (prev is not None and norm(prev) in ("no", "any", "once", "never", "or"))  # "more or less"


def _trend(token: Token) -> bool:
    return token.pos_ in ("VERB", "NOUN", "ADV", "ADJ")


def _top(token: Token) -> bool:
    """top/bottom as a position: "the top shelf", "the bottom of the pile" (not a garment: "a red top")."""
    if token.i > 0 and norm(token.doc[token.i - 1]) == "on":
        return False  # "on top of" is its own entry
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.dep_ == "amod" or token.pos_ == "ADJ" or (following is not None and norm(following) == "of")


def _always(token: Token) -> bool:
    return True


FLIPS = [
    Flip(("on", "top", "of"), "beneath", "spatial", _always),
    Flip(("in", "front", "of"), "behind", "spatial", _always),
    Flip(("beneath",), "on top of", "spatial", lambda t: _preposition(t) and _has_object(t)),
    Flip(("behind",), "in front of", "spatial", lambda t: _preposition(t) and _has_object(t)),
    Flip(("left",), "right", "spatial", _side),
    Flip(("right",), "left", "spatial", _side),
    Flip(("above",), "below", "spatial", _preposition),
    Flip(("below",), "above", "spatial", _preposition),
    Flip(("over",), "under", "spatial", _preposition),
    Flip(("under",), "over", "spatial", _preposition),
    Flip(("inside",), "outside", "spatial", _preposition),
    Flip(("outside",), "inside", "spatial", _preposition),
    Flip(("upstairs",), "downstairs", "spatial", _always),
    Flip(("downstairs",), "upstairs", "spatial", _always),
    Flip(("top",), "bottom", "spatial", _top),
    Flip(("bottom",), "top", "spatial", _top),
    Flip(("up",), "down", "spatial", lambda t: t.dep_ == "prep"),
    Flip(("down",), "up", "spatial", lambda t: t.dep_ == "prep"),
    Flip(("before",), "after", "temporal", _temporal),
    Flip(("after",), "before", "temporal", _temporal),
    Flip(("earlier",), "later", "temporal", lambda t: t.pos_ in ("ADV", "ADJ")),
    Flip(("later",), "earlier", "temporal", lambda t: t.pos_ in ("ADV", "ADJ") and not _in_sequence(t)),
    Flip(("north",), "south", "cardinal", _compass),
    Flip(("south",), "north", "cardinal", _compass),
    Flip(("east",), "west", "cardinal", _compass),
    Flip(("west",), "east", "cardinal", _compass),
    Flip(("northern",), "southern", "cardinal", _compass),
    Flip(("southern",), "northern", "cardinal", _compass),
    Flip(("eastern",), "western", "cardinal", _compass),
    Flip(("western",), "eastern", "cardinal", _compass),
    Flip(("to",), "from", "direction", _direction),
    Flip(("from",), "to", "direction", _direction),
    Flip(("more",), "less", "quantity", _quantity),  # "fewer" before plural count nouns: see _target
    Flip(("less",), "more", "quantity", _quantity),
    Flip(("fewer",), "more", "quantity", _quantity),
]
_BY_FIRST_WORD: dict[str, list[Flip]] = {}
for _flip in sorted(FLIPS, key=lambda f: -len(f.source)):  # longest phrase first
    _BY_FIRST_WORD.setdefault(_flip.source[0], []).append(_flip)


# The first words of everything _match can flip, for a cheap test before any Token is built.
_TRIGGERS = frozenset({*_BY_FIRST_WORD, *EFFECT_FORMS, *SIGN_ADVERBS, "risk", "protective"})


@register_operator("relation_flip")
def make_relation_flip(name: str = "relation_flip") -> Operator:
    """Create the relation-flip operator (no options).

    Produces one :class:`~negagen.records.Perturbation` per relation word (``label_effect``: contradiction), or one
    :class:`~negagen.records.Refusal` (``no_target``).

    Example:
        >>> import negagen
        >>> negagen.perturb(["The lamp is above the table."], ["relation_flip"])[0].perturbations[0].text
        'The lamp is below the table.'
    """
    return deterministic(partial(flip_relations, name=name))


def flip_relations(
    sentence: Span, rng: random.Random | None = None, *, name: str = "relation_flip"
) -> Iterator[Perturbation | Refusal]:
    """Flip each relation word of ``sentence`` in turn. Deterministic: ``rng`` is not used."""
    words = scan(sentence).words
    found = False
    i = 0
    while i < len(words):
        word = words[i]
        if word not in _TRIGGERS and not word.startswith(("increas", "decreas")):
            i += 1
            continue
        token = sentence[i]
        match = _match(sentence, words, i)
        if match is None:
            i += 1
            continue
        last, target, rule = match
        if (token.is_title and i > 0) or (rule == "cardinal" and token.is_title):
            i = last + 1  # capitalised, part of a name: "No Child Left Behind", "South Africa", "West Nile virus"
            continue
        if target.lower() in words or lemma(target.lower().split()[-1], "VERB") in words or _fixed(words, i):
            # "before or after", "from north to south": the converse is already there, so the flip only blurs a
            # contrast; fixed phrases ("more and more", "up to") are no relations
            i = last + 1
            continue
        editor = TextEditor(sentence)
        editor.replace_range(token, sentence[last], match_case(target, token.text))
        article = sentence[i - 1] if i > 0 else None
        if article is not None and norm(article) in ("a", "an"):  # "an increase" → "a decrease"
            editor.replace(article, match_case(indefinite_article(target), article.text))
        found = True
        yield editor.build(name, rule, plausibility_meta(substitutions=[(token, target)], flag_below=None))
        i = last + 1
    if not found:
        yield Refusal(name, RefusalReason.NO_TARGET, "no directional or ordering relation word to flip")


# Word sequences where a relation word is no relation (lower-case tokens).
FIXED_PHRASES = (
    ("more", "and", "more"), ("less", "and", "less"), ("up", "to"), ("down", "to"), ("more", "importantly"),
    ("more", "specifically"), ("more", "generally"), ("more", "precisely"), ("more", "broadly"),
    ("more", "often", "than", "not"), ("more", "or", "less"), ("even", "more"), ("even", "less"), ("soon", "after"),
    ("soon", "before"), ("shortly", "before"), ("shortly", "after"), ("over", "time"), ("over", "which"),
    ("under", "which"), ("middle", "east"), ("middle", "eastern"), ("middle", "west"), ("far", "east"),
    ("under", "way"), ("over", "and", "over"), ("above", "all"), ("after", "all"), ("from", "time", "to", "time"),
    ("under", "the", "command"), ("under", "the", "leadership"), ("under", "the", "direction"),
    ("under", "the", "auspices"), ("under", "the", "name"), ("under", "the", "influence"), ("under", "the", "rule"),
    ("under", "the", "control"), ("under", "the", "terms"), ("under", "the", "supervision"), ("advantage", "over"),
    ("advantages", "over"), ("and", "more", "."), ("and", "more", ","), ("and", "more", ")"), ("or", "more", "."),
    # terms of regulation, physiology and vaccinology: "accelerated approval" is an FDA pathway, "facilitated
    # diffusion" a transport mechanism, "(live) attenuated vaccines" weakened-pathogen vaccines; none is an effect
    ("accelerated", "approval"), ("accelerated", "approvals"), ("facilitated", "diffusion"),
    ("facilitated", "transport"), ("attenuated", "vaccine"), ("attenuated", "vaccines"), ("live", "attenuated"),
)  # fmt: skip
_FIXED_BY_WORD: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
for _phrase in FIXED_PHRASES:
    for _k, _word in enumerate(_phrase):
        _FIXED_BY_WORD.setdefault(_word, []).append((_k, _phrase))
# Objects of over/under that make them conditions or domains, not places ("under reduced levels", "under a wide
# range of conditions", "over a period").
# Prepositions of place that flip only with a physical object, and the WordNet noun classes that are physical.
PLACE_PREPOSITIONS = frozenset({"over", "under", "above", "below", "beneath", "behind", "inside", "outside"})
PHYSICAL_CLASSES = frozenset({"noun.artifact", "noun.object", "noun.body", "noun.plant", "noun.animal",
                              "noun.location", "noun.substance", "noun.food", "noun.shape"})  # fmt: skip
ABSTRACT_OBJECTS = frozenset(
    {"conditions", "condition", "circumstances", "levels", "level", "range", "period", "course", "span",
     "treatment", "regime", "regimen", "law", "laws", "rule", "rules", "name", "names", "terms", "title",
     "leadership", "command", "supervision", "guidance", "auspices", "direction", "scrutiny", "stress", "hypoxia",
     "anesthesia", "anaesthesia", "concentrations", "dose", "doses", "study", "consideration", "threat"}
)  # fmt: skip


def _fixed(words: tuple[str, ...], i: int) -> bool:
    """Whether the word at ``i`` is part of a fixed phrase at that position."""
    for k, fixed in _FIXED_BY_WORD.get(words[i], ()):
        start = i - k
        if start >= 0 and words[start : start + len(fixed)] == fixed:
            return True
    return False


def _match(sentence: Span, words: tuple[str, ...], i: int) -> tuple[int, str, str] | None:
    """(index of the last token, replacement, rule) for a relation word starting at ``i``, or ``None``."""
    token = sentence[i]
    for flip in _BY_FIRST_WORD.get(words[i], ()):
        end = i + len(flip.source)
        if tuple(words[i:end]) == flip.source and flip.applies(token):
            return end - 1, _target(flip, token), flip.rule
    if words[i].startswith(("increas", "decreas")) and _trend(token):
        # in- and de- carry the whole difference, so every form flips by its prefix: increasingly → decreasingly
        return i, ("de" if words[i].startswith("in") else "in") + words[i][2:], "trend"
    if words[i] in EFFECT_FORMS:
        target = _effect_target(token, *EFFECT_FORMS[words[i]])
        return None if target is None else (i, target, "effect_direction")
    if words[i] in SIGN_ADVERBS and norm(token.head) in ASSOCIATION_HEADS | {"correlates", "associates"}:
        return i, SIGN_ADVERBS[words[i]], "effect_direction"
    factor = i + 1 < len(words) and words[i + 1] in ("factor", "factors")
    if factor and words[i] in ("risk", "protective"):  # "a risk factor for X" ↔ "a protective factor for X"
        return i, "protective" if words[i] == "risk" else "risk", "effect_direction"
    return None


def _effect_target(token: Token, word_lemma: str, pos: str) -> str | None:
    """The opposite effect word, inflected as ``token`` is ("reduces" → "increases", "reduced levels" →
    "increased levels", "a reduction" → "an increase")."""
    doc = token.doc
    before, after = doc[token.i - 1] if token.i > 0 else None, doc[token.i + 1] if token.i + 1 < len(doc) else None
    if in_hyphenated_word(token):
        return None  # "AMP-activated protein kinase", "drug-induced": half of a hyphenated term
    if pos == "NOUN":
        if token.pos_ != "NOUN" or any(c.dep_ == "det" and norm(c) in ("this", "that", "these", "those", "such", "no")
                                       for c in token.children):  # fmt: skip
            return None  # "release this inhibition": the word points back to an effect named before
        if any(c.dep_ == "compound" for c in token.children):
            # "sensitivity to MEK inhibition", "tumour suppression", "γ-secretase inhibition": a noun before the
            # effect word names a process or an intervention (a term), not an effect the claim states
            return None
        preps = [c for c in token.children if c.dep_ == "prep"]
        tool = ("inhibition", "suppression")
        if any(norm(c) == "of" for c in preps) and any(
                norm(c) == "with" or (norm(c) == "by" and word_lemma in tool and not _measure(c)) for c in preps):
            # "inhibition of the exchanger with EIPA", "inhibition of mTOR by rapamycin": a target and the tool
            # named make it an intervention, not an effect ("promotion … with EIPA" is none); "a reduction of
            # proteinuria by drugs", "deteriorations in sleep with X added" state effects and still flip
            return None
        target = EFFECT_NOUNS[word_lemma]
        return inflect(target, "NNS") if token.tag_ == "NNS" else target
    if token.pos_ not in ("VERB", "ADJ", "AUX") or any(c.dep_ == "prt" for c in token.children):
        return None
    if (before is not None and after is not None and before.pos_ in ("NOUN", "PROPN") and after.pos_ == "NOUN"
            and after.head != token and after.dep_ in ("nsubj", "nsubjpass")):  # fmt: skip
        return None  # "mutation induced deficits were…": a noun-participle compound names a kind of thing
    if before is not None and before.pos_ in ("NOUN", "PROPN") and before.head == token and token.dep_ != "ROOT":
        return None  # "tumor suppressing genes": the noun and the participle are one modifier
    if (before is not None and after is not None and before.pos_ in ("NOUN", "PROPN") and after.pos_ == "NOUN"
            and token.dep_ in ("amod", "compound", "acl") and token.lower_.endswith("ed")):  # fmt: skip
        return None  # "Interferon stimulated genes (ISGs)", "mutation induced deficits": a noun-participle term
    if token.tag_ == "VBN" and after is not None and norm(after) == "with" and token.dep_ not in ("ROOT", "conj"):
        return None  # "EAM induced with α-MyHC", "when stimulated with MOi": how a model or an assay is made
    if token.dep_ in ("amod", "compound") and after is not None and (
        after.pos_ in ("ADJ", "PROPN") or after.is_upper or lemma(token.head.lower_, "NOUN") == "cell"
    ):  # fmt: skip
        return None  # "induced pluripotent stem cells", "activated B cells": a named kind of cell, not an effect
    if token.dep_ == "amod" and token.head.pos_ == "NOUN" and _thing(token.head):
        return None  # "the enhanced transit infrastructure" is an improved one, not one an effect worked on;
        # quantities, processes and states ("increased IL-6 levels", "reduced expression") keep the effect
    if any(c.dep_ == "neg" for c in token.children) or any(c.dep_ == "neg" for c in token.head.children
                                                           if token.dep_ in ("xcomp", "acomp")):  # fmt: skip
        return None  # "did not reduce X" and "did not increase X" are both true of no effect: no contradiction
    if any(c.dep_ in ("xcomp", "advcl") and norm(c.left_edge) == "to" for c in token.children) or (any(
            c.dep_ == "prep" and norm(c) == "to" and any(g.dep_ == "pobj" for g in c.children) for c in token.children
    ) and word_lemma == "promote"):  # fmt: skip
        return None  # "was enhanced to support", "promoted to the crew": a purpose or a rank, not an effect
    target = EFFECT_VERBS[word_lemma]
    tag = token.tag_ if token.tag_.startswith("VB") else "VBN"  # "reduced levels" tagged JJ: a participle
    if tag in ("VBD", "VBN") and token.lower_ == word_lemma:
        tag = "VBP"  # "proteins suppress" mis-tagged as a past tense: the spelling is the present
    return target if tag == "VB" else inflect(target, tag)


# WordNet classes of a noun that an attributive participle describes rather than acts on ("enhanced
# infrastructure", "improved roads"): things, beings, groups, places and messages.
_THING_CLASSES = frozenset({"noun.artifact", "noun.object", "noun.person", "noun.group", "noun.location",
                            "noun.animal", "noun.plant", "noun.food", "noun.communication"})  # fmt: skip
# Classes of a second sense that make the noun something an effect can change after all: "transcription"
# (a message, then a process), "release" and "output" (an artifact, then an act).
_CHANGEABLE_CLASSES = frozenset({"noun.process", "noun.act", "noun.event", "noun.phenomenon", "noun.attribute",
                                 "noun.quantity", "noun.state"})  # fmt: skip


def _thing(noun: Token) -> bool:
    """The noun's first WordNet sense is a thing, a being, a group, a place or a message, and its second no
    process, act or quantity; unknown words and -ing nouns ("signaling", which WordNet files as a message) are
    processes and do not count."""
    if noun.lower_.endswith("ing"):
        return False
    classes = word_classes(lemma(noun.lower_, "NOUN"), "NOUN")
    return bool(classes) and classes[0] in _THING_CLASSES and not _CHANGEABLE_CLASSES.intersection(classes[1:2])


def _measure(prep: Token) -> bool:
    """A "by" phrase that measures a change ("by 30%", "by half", "by two-fold") rather than naming its agent."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return norm(prep) == "by" and obj is not None and (obj.like_num or obj.lower_ in ("%", "percent", "half")
                                                       or any(c.like_num for c in obj.children))  # fmt: skip


def _target(flip: Flip, token: Token) -> str:
    if flip.source != ("more",):
        return flip.target
    # A degree ("more rapidly", "more aggressive tumors", "more efficient") takes "less": only "more" right before
    # the noun it counts, or before "than" and a number, counts.
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.pos_ in ("ADJ", "ADV", "VERB"):
        return "less"
    if token.dep_ in ("advmod", "npadvmod") and token.head.pos_ == "VERB":
        return "less"  # "were bullied more than others": how much, not how many
    # The noun counted: "more cars", or after "more than": "more than 50 people".
    noun = token.head if token.dep_ == "amod" and token.head.pos_ == "NOUN" else None
    if noun is None:
        noun = next((t for t in token.doc[token.i + 1 : token.i + 5] if t.pos_ == "NOUN"), None)
    if noun is not None and noun.tag_ == "NNS" and noun.lower_ not in MASS_NOUNS:
        return "fewer"
    return "less"

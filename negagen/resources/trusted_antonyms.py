"""Which antonyms are trusted: curated pairs, and WordNet's morphological adjective and adverb pairs.

WordNet's first-sense antonyms are right for captions ("an easy task") and wrong on scientific and encyclopedic
prose a third of the time: the sense there is another one ("force that acts" → "refrains", "encodes" → "decodes",
"poorer prognosis" → "richer"), the antonym takes another frame ("associated with" → "dissociated with",
"dependent on" → "independent on"), or the word sits in a fixed expression ("as well as", "type 2 diabetes").
Two kinds of pair keep their sense: a word and its prefixed negation (``effective``/``ineffective``,
``normal``/``abnormal``), which share the stem and so the sense, and the pairs listed here, chosen because each
reading of the word has the listed antonym. Verbs and nouns come only from the list; the effect verbs
(reduce/increase, inhibit/promote…) belong to ``relation_flip``'s ``effect_direction`` rule.
"""

from __future__ import annotations

__all__ = [
    "CURATED", "FIXED_BY_WORD", "FIXED_PHRASES", "INTRANSITIVE", "NEGATIVE_PREFIXES", "PREDICATIVE_ONLY",
    "STATISTICAL_HEADS", "UNTRUSTED", "is_morphological",
]  # fmt: skip

# Pairs read both ways unless marked one-way (a word with another common sense on one side only).
_BOTH = {
    "ADJ": [
        ("easy", "difficult"), ("cheap", "expensive"), ("strong", "weak"), ("positive", "negative"),
        ("long", "short"), ("hot", "cold"), ("narrow", "wide"), ("heavy", "light"), ("high", "low"),
        ("empty", "full"), ("deep", "shallow"), ("clean", "dirty"), ("awake", "asleep"), ("noisy", "quiet"),
        ("warm", "cool"), ("wet", "dry"), ("early", "late"), ("fast", "slow"), ("large", "small"),
        ("major", "minor"), ("primary", "secondary"), ("acute", "chronic"), ("upstream", "downstream"),
        ("domestic", "foreign"), ("intrinsic", "extrinsic"), ("internal", "external"), ("inner", "outer"),
        ("maximum", "minimum"), ("maximal", "minimal"), ("male", "female"), ("first", "last"), ("many", "few"),
        ("thick", "thin"), ("dominant", "recessive"), ("benign", "malignant"), ("rural", "urban"),
        ("ancient", "modern"), ("simple", "complex"), ("superior", "inferior"), ("anterior", "posterior"),
        ("proximal", "distal"), ("dorsal", "ventral"), ("maternal", "paternal"), ("alive", "dead"),
        ("safe", "dangerous"), ("present", "absent"), ("private", "public"), ("national", "international"),
        ("sharp", "blunt"), ("soft", "hard"), ("rough", "smooth"), ("bright", "dim"), ("loud", "quiet"),
        ("tall", "short"), ("ascending", "descending"), ("inward", "outward"), ("horizontal", "vertical"),
        ("sunny", "cloudy"), ("open", "closed"), ("true", "false"), ("wild", "tame"),
    ],
    "VERB": [
        ("include", "exclude"), ("raise", "lower"), ("appear", "disappear"), ("strengthen", "weaken"),
        ("enable", "disable"), ("accept", "reject"), ("win", "lose"), ("open", "close"), ("rise", "fall"),
        ("remember", "forget"), ("agree", "disagree"), ("like", "dislike"), ("love", "hate"), ("buy", "sell"),
        ("push", "pull"), ("arrive", "depart"), ("import", "export"), ("attack", "defend"),
        ("lengthen", "shorten"), ("widen", "narrow"), ("accelerate", "decelerate"), ("maximize", "minimize"),
        ("overestimate", "underestimate"), ("ascend", "descend"), ("stabilize", "destabilize"),
        ("succeed", "fail"), ("lock", "unlock"), ("load", "unload"), ("pack", "unpack"),
        ("tie", "untie"), ("dress", "undress"), ("fill", "empty"), ("float", "sink"), ("whisper", "shout"),
    ],
    "NOUN": [
        ("presence", "absence"), ("advantage", "disadvantage"), ("gain", "loss"), ("success", "failure"),
        ("strength", "weakness"), ("ability", "inability"), ("majority", "minority"), ("maximum", "minimum"),
        ("victory", "defeat"), ("agreement", "disagreement"), ("efficiency", "inefficiency"),
        ("stability", "instability"), ("acceptance", "rejection"), ("inclusion", "exclusion"),
        ("approval", "disapproval"), ("import", "export"), ("entrance", "exit"), ("input", "output"),
        ("winner", "loser"), ("love", "hate"), ("superiority", "inferiority"),
        ("activation", "inactivation"), ("sensitivity", "insensitivity"),
    ],
    "ADV": [
        ("quickly", "slowly"), ("late", "early"), ("frequently", "infrequently"), ("directly", "indirectly"),
        ("rapidly", "slowly"), ("correctly", "incorrectly"), ("efficiently", "inefficiently"),
        ("internally", "externally"), ("completely", "partially"), ("fully", "partially"),
        ("voluntarily", "involuntarily"), ("consistently", "inconsistently"), ("successfully", "unsuccessfully"),
        ("accurately", "inaccurately"), ("publicly", "privately"), ("explicitly", "implicitly"),
        ("fast", "slowly"), ("loudly", "quietly"),
    ],
}  # fmt: skip
_ONE_WAY = {
    "ADJ": [("big", "small"), ("young", "old"), ("rare", "common"), ("quick", "slow"), ("good", "bad"),
            ("bad", "good"), ("healthy", "unhealthy"), ("happy", "unhappy"), ("rich", "poor")],
    "VERB": [("establish", "abolish"), ("approve", "reject"), ("start", "stop"), ("stop", "start")],
}  # fmt: skip


def _curated() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {pos: {} for pos in _BOTH}
    for pos, pairs in _BOTH.items():
        for a, b in pairs:
            table[pos].setdefault(a, b)
            table[pos].setdefault(b, a)
    for pos, pairs in _ONE_WAY.items():
        for a, b in pairs:
            table[pos][a] = b
    return table


CURATED = _curated()
# Antonym verbs that take no direct object: "succeeded the exam" is no English.
INTRANSITIVE = frozenset({"rise", "fall", "appear", "disappear", "arrive", "depart", "succeed", "agree",
                          "disagree", "float", "sink"})  # fmt: skip
# Prefixes that negate their stem; a word and its prefixed form share the stem's sense.
NEGATIVE_PREFIXES = ("un", "in", "im", "il", "ir", "non", "dis", "a", "ab")
# Words whose prefixed antonym changes the sense or the term, on the text we judged.
UNTRUSTED = frozenset({"real", "unreal", "same", "modern", "nonmodern", "oral", "aboral", "type", "linear",
                       "nonlinear", "magnetic", "general", "specific", "moral", "amoral", "typical", "atypical",
                       "social", "asocial", "political", "apolitical", "symmetric", "asymmetric", "sexual",
                       "asexual", "constant", "inconstant", "radioactive", "nonradioactive", "fortunately",
                       "unfortunately", "surprisingly", "unsurprisingly", "expectedly", "unexpectedly",
                       "importantly", "unimportantly", "interestingly", "uninterestingly", "arguably", "current",
                       "noncurrent", "critical", "uncritical", "responsible", "irresponsible", "dedicated",
                       "undedicated", "dynamic", "undynamic", "original", "unoriginal", "moderate", "immoderate",
                       "marked", "unmarked", "sound", "unsound",
                       # "free histones", "free rein", "G*Power is free" (costs nothing): "unfree" only means
                       # lacking liberty. "due to" / "payment due": "undue" means excessive. "civil rights":
                       # "uncivil" means rude. The rest classify in this prose ("functional insights", "natural
                       # reserves", "intellectual development", "periodic repression", "integrative
                       # understanding", "placental weight", "steady state"); their prefixed form is another
                       # sense. (For "functional" only the head tells: see the operator.)
                       "free", "unfree", "due", "undue", "civil", "uncivil",
                       "natural", "unnatural", "intellectual", "nonintellectual", "periodic", "aperiodic",
                       "integrative", "disintegrative", "placental", "aplacental", "cellular", "noncellular",
                       "steady", "unsteady", "critically", "uncritically", "remarkably", "unremarkably",
                       # "typically take four courses" is a hedge; "distinct regions" are separate ones and
                       # "distinct from" means different from; "standard deviation/solutions/of care" are terms
                       "typically", "atypically", "distinct", "indistinct", "standard", "nonstandard",
                       # "possibly as a consequence" hedges (no "impossibly"); "a more potent inhibitor" is a
                       # stronger one, and "impotent" has another sense
                       "possibly", "impossibly", "potent", "impotent",
                       # "the extended lunar missions" were longer ones; "comparably decreased" = alike
                       "extended", "unextended", "comparably", "incomparably",
                       # "unfairly biased" → "fairly biased" is "rather biased" (a degree adverb); "religious
                       # texts" are a kind of text, "irreligious texts such as the Quran" no opposite (seed 4113
                       # of docs/quality/passages)
                       "fairly", "unfairly", "religious", "irreligious"})  # fmt: skip
# Adjectives whose prefixed antonym keeps the sense only predicatively: "the estimate is precise" → "imprecise",
# but "the precise role of X is unclear" asks about the exact role, and "the imprecise role" is no contradiction.
# Likewise "the glass is full" → "empty", but "full market price", "full citizenship rights" are complete ones.
PREDICATIVE_ONLY = frozenset({"precise", "imprecise", "exact", "inexact", "full", "empty"})
# "significant" → "nonsignificant" is right only in the statistical sense, which a result or a measured change has
# ("a significant difference", "the association was significant"); "a significant minority", "the most significant
# buildings", "a significant breakthrough" are sizeable or notable ones, and "nonsignificant" is no antonym there.
STATISTICAL_HEADS = frozenset({
    "difference", "association", "effect", "increase", "decrease", "reduction", "correlation", "change",
    "improvement", "relationship", "relation", "interaction", "predictor", "decline", "trend", "heterogeneity",
    "variation", "elevation", "benefit", "finding", "gain", "loss", "rise", "drop", "enrichment", "linkage",
    "deviation", "alteration", "shift", "downregulation", "upregulation", "induction", "inhibition", "attenuation",
    "prolongation", "covariate", "determinant", "dependence",
})  # fmt: skip
# Fixed expressions (whole tokens, lower case) whose words are never replaced.
FIXED_PHRASES = (
    "as well as", "as well", "in general", "as far as possible", "as soon as possible", "in real life",
    "more harm than good", "at least", "at most", "at first", "at last", "in short", "in particular",
    "first of all", "for good", "at best", "at worst", "high school", "white matter", "grey matter",
    "gray matter", "public health", "public opinion", "in public", "in private", "at present", "for the present",
    "type 1", "type 2", "first time", "last time", "at the same time", "short term", "long term",
    "in the long run", "sooner or later", "first aid", "light year", "old age", "new york",
    "present study", "present work", "present paper", "present report", "present analysis", "present results",
    "present findings", "present data", "present investigation", "present review", "the first to", "the last to",
    "in the first place", "open access", "open source", "open label", "dead end", "dry run",
    "fair use", "full text", "well established", "well known", "current moment", "at the current", "full name",
    "full member", "full members", "full membership", "full moon", "full stop", "full professor", "full force",
    # economic and network terms a curated pair would break ("Poland's international income", "gross foreign
    # product", "narrow area networks"), and idioms ("gentlemen's disagreement", "dually ineligible")
    "national income", "national product", "gross national", "domestic product", "gross domestic", "wide area",
    "local area", "gentlemen 's agreement", "gentlemen ’s agreement", "gentleman 's agreement", "dually eligible",
    "critically ill", "more or less", "sooner rather than later",
    # terms of science and education whose modifier a curated pair would flip ("lower education", "large
    # molecules" for small-molecule drugs, "high Earth orbit", "minimal oxygen consumption" for VO2max)
    "higher education", "small molecule", "small molecules", "low earth orbit", "maximal oxygen", "modern art",
    "cooperative agreement", "deep vein", "smooth muscle", "soft drink", "soft drinks", "minor allele",
    "higher learning", "dramatic art", "dramatic arts", "low vision", "effective size", "effective number",
    "effective population", "effective coverage", "independent predictor", "independent predictors",
    "independent factor", "independent risk",
    # "the same is true for women" says the same holds there: "the same is false" is no English; "holds true" and
    # "true of" are the same frame ("*holds false", "*is false of")
    "same is true", "same is also true", "same was true", "same was also true", "same holds true", "same hold true",
    "same also holds true", "same remains true", "holds true", "hold true", "held true", "true of",
    # clinical methods: "conventional cytology" is the standard test a new one is compared with, and
    # "unconventional cytology" names none ("unconventional therapy/treatment" were judged fine and still flip)
    "conventional cytology", "conventional chemotherapy", "conventional radiotherapy", "conventional imaging",
    "conventional mri", "conventional ultrasound", "conventional ultrasonography", "conventional smear",
    "conventional pap", "conventional radiography", "conventional microscopy", "conventional angiography",
)  # fmt: skip
# (Hyphenated terms, "long-term" or "open-label", need no entry: a word next to a hyphen is never replaced.)


def is_morphological(word: str, antonym: str) -> bool:
    """One of the two is the other with a negative prefix: ``effective``/``ineffective``, ``normal``/``abnormal``."""
    short, long = sorted((word, antonym), key=len)
    return any(long == prefix + short for prefix in NEGATIVE_PREFIXES)


# Each word's fixed phrases, so a candidate word is checked against its own phrases only.
FIXED_BY_WORD: dict[str, tuple[str, ...]] = {}
for _phrase in FIXED_PHRASES:
    for _word in dict.fromkeys(_phrase.split()):
        FIXED_BY_WORD[_word] = (*FIXED_BY_WORD.get(_word, ()), _phrase)

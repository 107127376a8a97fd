"""Closed word classes the negation rules depend on. Lower-case; apostrophes normalised to ``'``."""

from __future__ import annotations

# The word classes the other operators and the clause analysis share live in negagen.syntax.lexicon; the negation
# rules read them from here, with their own.
from ...syntax.lexicon import (  # noqa: F401  (re-exported for the negation rules' lx.NAME)
    AUXILIARY_WORDS,
    BE_FORMS,
    CONTRACTION_CLITICS,
    DO_FORMS,
    FINITE_TAGS,
    GET_FORMS,
    HAVE_FORMS,
    IMPERATIVE_PREFIX_DEPS,
    MASS_NOUNS,
    MODALS,
    NEGATIVE_PRONOUNS,
    NEGATORS,
    PERFECT_PARTICIPLES,
    REPORTING_VERBS,
    SUBJECT_DEPS,
    SUBORDINATE_DEPS,
    WH_WORDS,
)

# Negative contractions of auxiliaries, used in questions ("Is she…" → "Isn't she…") and where the text already
# contracts. am/may/might/ought have no natural contraction and take a separate "not".
CONTRACTED_NEGATIVE = {
    "do": "don't", "does": "doesn't", "did": "didn't",
    "is": "isn't", "are": "aren't", "was": "wasn't", "were": "weren't",
    "has": "hasn't", "have": "haven't", "had": "hadn't",
    "can": "can't", "could": "couldn't", "will": "won't", "would": "wouldn't",
    "should": "shouldn't", "must": "mustn't", "shall": "shan't",
}  # fmt: skip
# spaCy splits "won't" into "wo" + "n't" (likewise "can't", "shan't"): the stem's full form.
NEGATIVE_STEMS = {"wo": "will", "ca": "can", "sha": "shall"}
# Clitic auxiliaries and what a negated clitic becomes ("She's left" → "She hasn't left").
CLITIC_NEGATIVE = {"has": "hasn't", "had": "hadn't", "would": "wouldn't", "'ll": "won't", "'ve": "haven't"}

# Subjects whose negation is "not Q" (Everyone agreed → Not everyone agreed).
UNIVERSAL_QUANTIFIERS = frozenset({"everyone", "everybody", "everything", "all", "every", "many", "much"})
# Indefinite subjects whose negation is the negative indefinite (Someone knocked → No one knocked).
INDEFINITE_SUBJECTS = {"someone": "no one", "somebody": "nobody", "something": "nothing"}
# Subjects under which a negated verb reads two ways ("Both did not pass"): refused. "little" only as a quantifier
# ("Little is known"), not as an adjective ("Little kids").
# Determiners that only claim existence: the contradiction replaces them with "no".
EXISTENTIAL_DETERMINERS = frozenset({"several", "numerous", "various"})
SCOPE_AMBIGUOUS_SUBJECTS = frozenset({"both", "each", "either", "few", "little"})
SEMI_NEGATIVES = frozenset({"hardly", "scarcely", "barely", "seldom", "rarely"})
NEGATIVE_OPENERS = frozenset(
    {"never", "rarely", "seldom", "hardly", "scarcely", "barely", "nowhere", "little", "not", "no"}
)

# Polarity items rewritten inside the negated scope, and back.
NPI_FOR_NEGATIVE = {
    "some": "any", "someone": "anyone", "somebody": "anybody", "something": "anything",
    "somewhere": "anywhere", "already": "yet", "too": "either",
}  # fmt: skip
PPI_FOR_AFFIRMATIVE = {
    "any": "some", "anyone": "someone", "anybody": "somebody", "anything": "something",
    "anywhere": "somewhere", "yet": "already", "either": "too",
}  # fmt: skip
# Negative-polarity items with no affirmative counterpart in place: removal is refused.
STRANDED_NPIS = ("ever", "at all", "anymore", "any more", "any longer", "in years")

# Adverbs that scope over the negation and stay to its left ("He probably did not leave").
SENTENCE_ADVERBS = frozenset(
    {"probably", "certainly", "clearly", "obviously", "apparently", "surely", "perhaps", "maybe", "definitely",
     "also", "just", "still", "really", "actually", "honestly", "fortunately", "unfortunately", "then", "now",
     "even", "only", "simply", "indeed", "therefore", "thus", "however", "so"}
)  # fmt: skip

# Verbs whose present (non-third-person) and past forms are spelled alike; the tense then comes from context.
HOMOGRAPH_VERBS = frozenset(
    {"cut", "set", "hit", "put", "read", "let", "shut", "cost", "hurt", "quit", "spread", "beat", "bet", "burst",
     "cast", "split", "upset", "broadcast", "forecast", "thrust", "shed", "slit", "bid", "rid", "fit"}
)  # fmt: skip
PAST_MARKERS = frozenset({"yesterday", "ago", "last", "earlier", "previously", "formerly", "once"})
HABITUAL_MARKERS = frozenset(
    {"every", "always", "usually", "often", "daily", "weekly", "nowadays", "generally", "normally", "sometimes",
     "each", "today", "now", "regularly", "typically"}
)  # fmt: skip
THIRD_SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "this", "that", "one", "everyone", "someone", "nobody"})

# Nouns spelled the same in the singular and the plural: with these subjects only the verb tells the number
# ("the series include" → "do not include").
INVARIANT_NOUNS = frozenset(
    {"series", "species", "sheep", "deer", "fish", "moose", "salmon", "trout", "aircraft", "offspring", "means",
     "headquarters", "bison", "swine", "shrimp", "cod", "crossroads", "corps"}
)  # fmt: skip
SINGULAR_DETERMINERS = frozenset({"a", "an", "one", "this", "that", "each", "every", "another"})

# Fixed expressions (as spaCy tokenises them, lower-cased) whose polarity is not flipped word by word.
IDIOMS = (
    "no wonder", "no doubt", "no matter", "nothing but", "not to mention", "can not help", "ca n't help",
    "could n't help", "can not but", "had better", "'d better", "would rather", "'d rather", "no way",
    "none the", "no less than", "nothing less than", "not bad", "never mind", "by no means", "no sooner",
    "not that", "needless to say", "not least", "do n't you dare", "in no time",
)  # fmt: skip


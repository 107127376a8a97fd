"""Closed word classes of English the clause analysis and several operators read. Lower-case; apostrophes
normalised to ``'``. Word lists one operator alone needs stay with it (:mod:`negagen.operators.negation.lexicon`)."""

from __future__ import annotations

from .scan import CONTRACTION_CLITICS  # noqa: F401  (re-exported: one place to read the word classes from)

FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
# Children along these arcs head clauses of their own: a negation there is not the main clause's.
SUBORDINATE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "csubjpass", "parataxis", "appos", "meta"})
BE_FORMS = frozenset({"be", "is", "are", "was", "were", "am", "been", "being", "'s", "'re", "'m"})
DO_FORMS = {"do": "VBP", "does": "VBZ", "did": "VBD"}
HAVE_FORMS = frozenset({"have", "has", "had", "having", "'ve", "'d"})
MODALS = frozenset(
    {"can", "could", "may", "might", "must", "shall", "should", "will", "would", "wo", "ca", "sha", "'ll", "'d",
     "ought", "need", "dare"}
)  # fmt: skip
AUXILIARY_WORDS = BE_FORMS | HAVE_FORMS | MODALS | frozenset(DO_FORMS) | {"ai"}  # "ai" as in "ai n't"
# "got broken": a passive auxiliary that negates like a main verb ("did not get broken").
GET_FORMS = frozenset({"get", "gets", "got", "gotten"})
# Past participles read as perfect after "'s" ("She's left" is "She has left"): most have no passive at all.
PERFECT_PARTICIPLES = frozenset(
    {"been", "gone", "got", "gotten", "come", "become", "arrived", "died", "fallen", "happened", "risen", "left"}
)
NEGATORS = frozenset({"not", "n't", "never"})
NEGATIVE_PRONOUNS = {"nobody": "somebody", "nothing": "something", "none": "some", "nowhere": "somewhere"}
IMPERATIVE_PREFIX_DEPS = frozenset({"intj", "advmod", "punct", "npadvmod", "discourse", "neg", "dep"})
# Uncountable nouns: "no money" → "some money", not "a money".
MASS_NOUNS = frozenset(
    {"money", "water", "time", "milk", "food", "information", "evidence", "advice", "furniture", "music", "work",
     "news", "rice", "bread", "sugar", "air", "help", "interest", "luck", "traffic", "weather", "equipment",
     "knowledge", "research", "progress", "damage", "power", "space", "room", "coffee", "tea", "snow", "rain",
     "fun", "patience", "energy", "support", "data", "access", "trouble", "homework", "love", "hope", "light",
     "noise", "paper", "wood", "hair", "meat", "fruit", "cheese", "butter", "oil", "gas", "electricity", "pain"}
)  # fmt: skip
# Verbs that report a claim in a that-clause ("These results suggest that X"): the claim is what gets negated.
REPORTING_VERBS = frozenset(
    {"show", "suggest", "indicate", "demonstrate", "reveal", "confirm", "find", "conclude", "propose", "report",
     "establish", "imply", "prove", "argue", "hypothesize", "hypothesise", "observe", "note", "state", "claim",
     "say", "believe", "think", "know", "assume", "predict", "discover", "verify", "support", "estimate"}
)  # fmt: skip
WH_WORDS = frozenset({"who", "whom", "what", "which", "whose", "whoever", "whatever", "how", "where", "when", "why"})
# Relations whose participants can trade places without changing the meaning: a swap is no negative.
SYMMETRIC_VERBS = frozenset(
    {"meet", "marry", "resemble", "equal", "match", "date", "divorce", "border", "intersect", "neighbor",
     "neighbour", "collide", "accompany", "join", "befriend", "coincide", "rhyme", "share", "involve",
     # equational: "Grants total 88% of the aid", "X constituted a pivotal event" state an identity, either way round
     "total", "constitute", "represent", "comprise",
     "bind",  # "the promoter is bound by transcription factors" = "the factors are bound by the promoter"
     "fit"}  # "54% of men fit the criteria" = "the criteria fit 54% of men"
)  # fmt: skip
# Nouns whose that-clause states their content ("the hypothesis that X", "evidence that Y").
CONTENT_NOUNS = frozenset({"hypothesis", "idea", "notion", "fact", "finding", "possibility", "evidence", "claim",
                           "view", "belief", "assumption", "observation", "suggestion", "conclusion", "concern",
                           "argument", "theory", "premise", "proposal", "wisdom"})  # fmt: skip

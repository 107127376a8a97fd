"""Word lists the role-swap rules depend on (lower-case lemmas)."""

from __future__ import annotations

# Shared with the structural positives and the argument checks of negagen.syntax.arguments.
from ...syntax.lexicon import CONTENT_NOUNS, SYMMETRIC_VERBS  # noqa: F401  (re-exported for lx.NAME)

COPULAR_VERBS = frozenset({"be", "become", "seem", "remain", "appear", "look", "sound", "feel", "stay", "get"})
# verb + object where the object is not a participant ("take place"): swapping is nonsense, not a negative.
VERB_OBJECT_IDIOMS = frozenset(
    {("take", "place"), ("take", "part"), ("take", "care"), ("take", "time"), ("take", "advantage"),
     ("take", "turn"), ("take", "look"), ("take", "break"), ("take", "seat"), ("take", "step"), ("make", "sense"),
     ("make", "progress"), ("make", "use"), ("make", "fun"), ("make", "way"), ("pay", "attention"), ("have", "fun"),
     ("have", "look"), ("kick", "bucket"), ("break", "ice"), ("spill", "bean"), ("give", "way"), ("give", "birth"),
     ("catch", "fire"), ("lose", "sight"), ("make", "mistake"), ("have", "time"), ("take", "shower"),
     ("take", "photo"), ("take", "picture"), ("give", "rise"), ("play", "role"), ("play", "part"),
     ("make", "appearance"), ("make", "contribution"), ("make", "decision"), ("take", "action"), ("have", "effect"),
     ("have", "impact"), ("have", "role"), ("draw", "attention"), ("shed", "light"), ("take", "account"),
     ("take", "stand"), ("lead", "way"), ("take", "precedence"), ("lay", "foundation"), ("give", "talk"),
     ("do", "it"), ("do", "this"), ("do", "that"), ("do", "so"), ("cover", "area")}
)  # fmt: skip

# Heads of "from X to Y" that describe an extent, which reads the same both ways ("runs from A to B").
EXTENT_HEADS = frozenset({"run", "extend", "stretch", "range", "span", "vary", "reach", "road", "route", "line",
                          "highway", "railway", "border", "boundary", "distance", "scale", "spectrum",
                          "conserve", "differ"})  # fmt: skip
# Nouns that take their complement with "in" ("advances in technology", "a role in maintaining X", "an increase in
# expression"): a prepositional phrase right after them may be theirs, whatever the parse says.
IN_COMPLEMENT_NOUNS = frozenset(
    {"advance", "increase", "decrease", "change", "improvement", "reduction", "rise", "decline", "role", "interest",
     "difference", "deficit", "defect", "progress", "growth", "variation", "participation", "involvement", "success",
     "expertise", "experience", "drop", "gain", "loss", "shift", "trend"}
)  # fmt: skip
# Nouns that take their complement with "as" ("the role of FGF21 as a therapeutic agent").
AS_COMPLEMENT_NOUNS = frozenset({"role", "function", "use", "potential", "status", "value", "efficacy", "utility"})
# Bare nouns of "by X of", a manner rather than an agent ("by vote of the Court", "by means of", "by way of").
MANNER_NOUNS = frozenset({"vote", "means", "way", "virtue", "order", "dint", "decree", "act"})
# Objects of "to" that make an extent, not a destination ("to the point where", "to some degree").
EXTENT_OBJECTS = frozenset({"point", "extent", "degree", "level"})

# For the plausibility flag only: verbs whose subject is normally a living being.
ANIMATE_VERBS = frozenset(
    {"eat", "bite", "love", "hate", "like", "see", "hear", "kill", "chase", "kiss", "hug", "call", "praise", "help",
     "kick", "teach", "watch", "feed", "thank", "blame", "hire", "fire", "arrest", "visit", "follow", "attack",
     "greet",
     "invite", "ask", "tell", "admire", "fear", "trust", "beat", "push", "pull", "carry", "hold", "pet", "walk",
     "interview", "rescue", "bless", "punish", "pay", "elect", "defeat", "scold", "criticize", "criticise",
     "support", "accuse", "sue", "question", "serve", "comfort", "train", "raise", "adopt", "grab", "write",
     "read", "build", "paint", "draw", "cook", "drive", "ride", "sing", "hit"}
)  # fmt: skip

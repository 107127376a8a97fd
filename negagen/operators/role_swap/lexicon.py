"""Word lists the role-swap rules depend on (lower-case lemmas)."""

from __future__ import annotations

# Relations whose participants can trade places without changing the meaning: a swap is no negative.
SYMMETRIC_VERBS = frozenset(
    {"meet", "marry", "resemble", "equal", "match", "date", "divorce", "border", "intersect", "neighbor",
     "neighbour", "collide", "accompany", "join", "befriend", "coincide", "rhyme", "share"}
)  # fmt: skip
COPULAR_VERBS = frozenset({"be", "become", "seem", "remain", "appear", "look", "sound", "feel", "stay", "get"})
# verb + object where the object is not a participant ("take place"): swapping is nonsense, not a negative.
VERB_OBJECT_IDIOMS = frozenset(
    {("take", "place"), ("take", "part"), ("take", "care"), ("take", "time"), ("take", "advantage"),
     ("take", "turn"), ("take", "look"), ("take", "break"), ("take", "seat"), ("take", "step"), ("make", "sense"),
     ("make", "progress"), ("make", "use"), ("make", "fun"), ("make", "way"), ("pay", "attention"), ("have", "fun"),
     ("have", "look"), ("kick", "bucket"), ("break", "ice"), ("spill", "bean"), ("give", "way"), ("give", "birth"),
     ("catch", "fire"), ("lose", "sight"), ("make", "mistake"), ("have", "time"), ("take", "shower"),
     ("take", "photo"), ("take", "picture")}
)  # fmt: skip

# For the plausibility flag only: verbs whose subject is normally a living being, and nouns that denote one.
ANIMATE_VERBS = frozenset(
    {"eat", "bite", "love", "hate", "like", "see", "hear", "kill", "chase", "kiss", "hug", "call", "praise", "help",
     "kick", "teach", "watch", "feed", "thank", "blame", "hire", "fire", "arrest", "visit", "follow", "attack",
     "greet",
     "invite", "ask", "tell", "admire", "fear", "trust", "beat", "push", "pull", "carry", "hold", "pet", "walk",
     "interview", "rescue", "bless", "punish", "pay", "elect", "defeat", "scold", "criticize", "criticise",
     "support", "accuse", "sue", "question", "serve", "comfort", "train", "raise", "adopt", "grab", "write",
     "read", "build", "paint", "draw", "cook", "drive", "ride", "sing", "hit"}
)  # fmt: skip
ANIMATE_NOUNS = frozenset(
    {"man", "men", "woman", "women", "boy", "boys", "girl", "girls", "child", "children", "kid", "kids", "baby",
     "babies", "person", "people", "dog", "dogs", "cat", "cats", "horse", "horses", "bird", "birds", "cow", "cows",
     "mother", "father", "parent", "parents", "brother", "sister", "friend", "friends", "family", "team", "crowd",
     "police", "officer", "officers", "doctor", "nurse", "teacher", "student", "students", "player", "players",
     "wife", "husband", "son", "daughter", "king", "queen", "president", "government", "company", "committee",
     "judge", "jury", "soldier", "soldiers", "guy", "lady", "gentleman", "animal", "animals", "lion", "tiger",
     "wolf", "bear", "mouse", "snake", "fish", "audience", "coach", "worker", "workers", "farmer", "chef",
     "customer", "manager", "boss", "minister", "senator", "council", "voters", "author", "artist", "singer",
     "zebra", "pigeon", "duck", "sheep", "goat", "pig", "chicken", "rabbit", "deer", "fox", "monkey", "elephant",
     "giraffe", "shark", "whale", "dolphin", "insect", "bee", "worm", "spider", "frog", "puppy", "kitten", "owl",
     "eagle", "grandmother", "grandfather", "suspect", "victim", "thief", "army", "enemy", "neighbour", "neighbor"}
)  # fmt: skip
# Agent-noun endings (teacher, actor, scientist, musician) and common words that only look like them.
PERSON_SUFFIXES = ("er", "or", "ist", "ian")
NOT_PERSONS = frozenset(
    {"paper", "letter", "water", "computer", "number", "river", "corner", "color", "colour", "floor", "door",
     "tower", "flower", "weather", "center", "centre", "winter", "summer", "dinner", "order", "error", "mirror",
     "motor", "sector", "factor", "tractor", "elevator", "poster", "sweater", "ladder", "butter", "matter",
     "power", "shower", "finger", "liver", "silver", "answer", "cancer", "chapter", "character", "monitor",
     "container", "trailer", "printer", "heater", "cooler", "blender", "sticker", "marker", "folder", "cluster",
     "chamber", "border", "barrier", "banner", "helicopter", "calculator", "radiator", "refrigerator", "razor",
     "scissor", "anchor", "harbor", "harbour", "cover", "wrapper", "locker", "counter"}
)
# Heads whose animacy is their members' ("a group of cyclists", "a lot of people").
QUANTITY_HEADS = frozenset({"lot", "lots", "group", "number", "couple", "pair", "bunch", "crowd", "handful", "few"})
ANIMATE_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they", "me", "him", "her", "us", "them", "who"})

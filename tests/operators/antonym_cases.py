"""antonym cases: (input, expected text, rule) where the input has exactly one word with an antonym."""

ANTONYM = [
    # adjectives, with article repair inside the one edit
    ("It was an easy task.", "It was a difficult task.", "adj"),
    ("It is a cheap hotel.", "It is an expensive hotel.", "adj"),
    ("He is a strong swimmer.", "He is a weak swimmer.", "adj"),
    ("She gave a positive reply.", "She gave a negative reply.", "adj"),
    ("It was a long day.", "It was a short day.", "adj"),
    ("The two houses are a few metres apart.", "The two houses are many metres apart.", "adj"),  # no "*a many"
    ("A few birds sang.", "Many birds sang.", "adj"),
    ("The soup is hot.", "The soup is cold.", "adj"),
    ("The road is narrow.", "The road is wide.", "adj"),
    ("The box is heavy.", "The box is light.", "adj"),
    ("Prices are high.", "Prices are low.", "adj"),
    ("The glass is empty.", "The glass is full.", "adj"),
    ("Your guess is correct.", "Your guess is incorrect.", "adj"),
    ("The water is deep.", "The water is shallow.", "adj"),
    ("The shirt is clean.", "The shirt is dirty.", "adj"),
    ("The baby is awake.", "The baby is asleep.", "adj"),
    ("The test was difficult.", "The test was easy.", "adj"),
    ("The kids are noisy.", "The kids are quiet.", "adj"),
    ("The weather is warm.", "The weather is cool.", "adj"),
    ("He is always happy.", "He is always unhappy.", "adj"),
    # comparative and superlative re-inflected (periphrastic where English wants it)
    ("This exam was easier than that one.", "This exam was more difficult than that one.", "adj"),
    ("This road is narrower.", "This road is wider.", "adj"),
    ("The soup got colder.", "The soup got hotter.", "adj"),
    ("The rich get richer.", "The rich get poorer.", "adj"),  # "the rich" (a noun use) left alone
    # verbs re-inflected for tense and person
    ("She opened the window.", "She closed the window.", "verb"),
    ("He bought the house.", "He sold the house.", "verb"),
    ("They won the game.", "They lost the game.", "verb"),
    ("We lost the match.", "We won the match.", "verb"),
    ("She sold her car.", "She bought her car.", "verb"),
    ("She loves jazz.", "She hates jazz.", "verb"),
    ("They accepted the offer.", "They rejected the offer.", "verb"),
    ("He forgot her name.", "He remembered her name.", "verb"),
    ("She remembered the date.", "She forgot the date.", "verb"),
    ("The team attacked.", "The team defended.", "verb"),
    ("The shop opens at nine.", "The shop closes at nine.", "verb"),
    ("They are buying bread.", "They are selling bread.", "verb"),
    # adverbs
    ("He ran quickly.", "He ran slowly.", "adv"),
    ("The bus came late.", "The bus came early.", "adv"),
    # letter case follows the original
    ("Cheap flights to Rome.", "Expensive flights to Rome.", "adj"),
    ("The soup is HOT.", "The soup is COLD.", "adj"),
    # nouns
    ("The winner smiled.", "The loser smiled.", "noun"),
    ("She felt love.", "She felt hate.", "noun"),
    ("I need an answer.", "I need a question.", "noun"),
]

REFUSE = [
    "The dog barked.",
    "The movie was boring.",
    "He failed the exam.",  # "succeed" takes no object: left alone
    "We ate ice cream.",  # compounds left alone
    "A photograph taken at night.",  # "at night" is fixed: no "*at day"
    "how to cook rice",
    "A groom in a suit and tie poses.",  # the tagger reads "tie" as a verb: no "*a suit and untie"
    "She told him to keep his grades up.",  # phrasal "keep up": no "*lose his grades up"
    "He identified the dead.",  # an adjective used as a noun: no "*the alive"
]

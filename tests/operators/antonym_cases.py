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
    # real passages: a prefixed negation shares the stem's sense; curated pairs; presence only as presence
    ("It is an effective treatment.", "It is an ineffective treatment.", "adj"),
    ("Levels were significantly lower in patients.", "Levels were significantly higher in patients.", "adj"),
    ("Nova mice include c-Jun.", "Nova mice exclude c-Jun.", "verb"),
    ("It plays a major role.", "It plays a minor role.", "adj"),
    ("Oxygen is present in the chamber.", "Oxygen is absent in the chamber.", "adj"),
    ("The gene was expressed in the absence of serum.", "The gene was expressed in the presence of serum.", "noun"),
    ("Mutations occur frequently in tumors.", "Mutations occur infrequently in tumors.", "adv"),
    # un- before a vowel takes "an"; an antonym that selects another preposition takes it along
    ("Ang II played an important role in VEGF production.", "Ang II played an unimportant role in VEGF production.",
     "adj"),
    ("The outcome is independent of the patient's genes.", "The outcome is dependent on the patient's genes.", "adj"),
    ("The function is dependent on calcium.", "The function is independent of calcium.", "adj"),
    ("Patients would be included in the trial.", "Patients would be excluded from the trial.", "verb"),
    ("The room is large and blue.", "The room is small and blue.", "adj"),  # attributes, not kinds, coordinated
]

REFUSE = [
    # fixed expressions and function-like uses (real passages)
    "Afghanistan, as well as Iran, took part.",
    "In general, the results were robust.",
    "It is the most abundant type of phagocyte.",
    "Patients with type 2 diabetes were enrolled.",
    "The present study examined this question.",
    "However, in real life, this happens.",
    # wrong sense or frame: only trusted pairs are used, frames checked
    "The force acts on a charge.",
    "Degradation is encoded by CDKN2A.",
    "The phenotype is associated with mutations.",
    "These findings indicate that the pathway matters.",
    "Inflammation appears to depend on the dose.",
    "The caspase promotes pyroptosis.",
    # double negatives, hyphenated terms, quantifier comparatives, evaluative adverbs
    "The drug is not effective.",
    "It inhibits cyclin-dependent kinase 1.",
    "We fitted non-linear models.",
    "Treatment causes fewer infections.",
    "Unfortunately this happened.",
    "The dog barked.",
    "The movie was boring.",
    "He failed the exam.",  # "succeed" takes no object: left alone
    "We ate ice cream.",  # compounds left alone
    "A photograph taken at night.",  # "at night" is fixed: no "*at day"
    "how to cook rice",
    "A groom in a suit and tie poses.",  # the tagger reads "tie" as a verb: no "*a suit and untie"
    "She told him to keep his grades up.",  # phrasal "keep up": no "*lose his grades up"
    "He identified the dead.",  # an adjective used as a noun: no "*the alive"
    "Beta-band coherence is enhanced for visible stimuli over invisible stimuli.",  # the contrast is already there
    "The prevalence in benign, borderline and malignant neoplasms was 57%.",  # "malignant" is already there
    "Vascular endothelial cells were studied.",  # a relational adjective names a kind: no "avascular" cells
    "Drugs that lower elevated blood pressure help.",  # "lower" is a verb here, not the comparative
    "Inhibitors could slow growth of tumors.",  # "slow" is a verb after a modal
    "Certain models predict a rise.",  # "certain" = some
    "It is well established that smoking kills.",  # fixed: no "well abolished"
    "He founded the Fully Informed Jury Association.",  # a capitalised adverb inside a name
    "The castle houses some permanent and temporary exhibitions.",  # kinds listed side by side
    "Etk is involved in apoptosis of small cell lung cancer (SCLC) cells.",  # a term named by an acronym
    "Starting in 1965, Davies developed the method.",  # "starting in" dates a period
    "Inhibiting adhesion enables cells to convert strain into scarring.",  # no "*disables cells to convert"
    "Obesity has a marked genetic component.",  # "marked" = pronounced, not "unmarked"
]

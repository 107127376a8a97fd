"""reorder cases: (input, expected text, rule). Each input has exactly one reordering."""

REORDER = [
    # attribute swap (the 2026 study's binding family), articles repaired
    ("A green door beside a yellow window.", "A yellow door beside a green window.", "attribute_swap"),
    ("A red car is parked next to a blue truck.", "A blue car is parked next to a red truck.", "attribute_swap"),
    ("The small dog barked at the big cat.", "The big dog barked at the small cat.", "attribute_swap"),
    ("A black cat sleeps on a white sofa.", "A white cat sleeps on a black sofa.", "attribute_swap"),
    ("The tall woman is talking to the short man.", "The short woman is talking to the tall man.", "attribute_swap"),
    ("An empty glass sits next to a full bottle.", "A full glass sits next to an empty bottle.", "attribute_swap"),
    ("A young girl rides an old horse.", "An old girl rides a young horse.", "attribute_swap"),
    ("An old man and a young woman are talking.", "A young man and an old woman are talking.", "attribute_swap"),
    ("The new phone is cheaper than the old laptop.", "The old phone is cheaper than the new laptop.",
     "attribute_swap"),
    ("A tall child holds a short stick.", "A short child holds a tall stick.", "attribute_swap"),
    ("The hot soup is served with cold bread.", "The cold soup is served with hot bread.", "attribute_swap"),
    ("The long road leads to a short bridge.", "The short road leads to a long bridge.", "attribute_swap"),
    ("A heavy box sits on a light table.", "A light box sits on a heavy table.", "attribute_swap"),
    ("The dark room has a pale window.", "The pale room has a dark window.", "attribute_swap"),
    ("A soft pillow lies on a hard bed.", "A hard pillow lies on a soft bed.", "attribute_swap"),
    ("The rich man helped the poor woman.", "The poor man helped the rich woman.", "attribute_swap"),
    ("A large house with a small garden.", "A small house with a large garden.", "attribute_swap"),
    ("A big dog and a little cat.", "A little dog and a big cat.", "attribute_swap"),
    # several adjectives travel together; sentence-initial capitals stay at the start
    ("A big red ball is next to a small blue box.", "A small blue ball is next to a big red box.", "attribute_swap"),
    ("A large white dog runs after a small black dog.", "A small black dog runs after a large white dog.",
     "attribute_swap"),
    ("Green apples and red grapes are on the table.", "Red apples and green grapes are on the table.",
     "attribute_swap"),
    ("Green doors and yellow windows.", "Yellow doors and green windows.", "attribute_swap"),
    # numerals move; when "one" moves, nouns and the verb re-inflect
    ("Two cats and three dogs are playing.", "Three cats and two dogs are playing.", "numeral_swap"),
    ("I bought two shirts and four ties.", "I bought four shirts and two ties.", "numeral_swap"),
    ("Three men and two women sat at the table.", "Two men and three women sat at the table.", "numeral_swap"),
    ("She has four brothers and two sisters.", "She has two brothers and four sisters.", "numeral_swap"),
    # the article before a moved numeral follows its new first sound
    ("They ordered an 18 percent cut and a 12 percent rise.", "They ordered a 12 percent cut and an 18 percent rise.",
     "numeral_swap"),
    ("Five students and ten teachers attended.", "Ten students and five teachers attended.", "numeral_swap"),
    ("One cat chased three mice.", "Three cats chased one mouse.", "numeral_swap"),
    ("One woman feeds two horses.", "Two women feed one horse.", "numeral_swap"),
    ("One man watches three dogs.", "Three men watch one dog.", "numeral_swap"),
    # quantifiers move like numerals
    ("Many cats chase few dogs.", "Few cats chase many dogs.", "quantifier_swap"),
    ("Some students like all teachers.", "All students like some teachers.", "quantifier_swap"),
    ("Most people own several cars.", "Several people own most cars.", "quantifier_swap"),
    # focus adverbs change what they scope over
    ("Only John ate the apple.", "John ate only the apple.", "adverb_scope"),
    ("John ate only the apple.", "Only John ate the apple.", "adverb_scope"),
    ("Only the students passed the exam.", "The students passed only the exam.", "adverb_scope"),
    ("The students passed only the exam.", "Only the students passed the exam.", "adverb_scope"),
    ("Only Mary called John.", "Mary called only John.", "adverb_scope"),
    ("Even John ate the cake.", "John ate even the cake.", "adverb_scope"),
    ("John ate even the cake.", "Even John ate the cake.", "adverb_scope"),
    ("A dog chased only the cat.", "Only a dog chased the cat.", "adverb_scope"),
    ("Only my brother likes jazz.", "My brother likes only jazz.", "adverb_scope"),
    ("Even the experts missed the error.", "The experts missed even the error.", "adverb_scope"),
]

REFUSE = [
    "The cat sat on the mat.",
    "He ate a hot dog with a cold drink.",  # "hot dog" names one thing
    "A red car and a red truck.",  # the same adjective: nothing changes
    "Two cats and two dogs.",
    "A dark-haired woman is lighting some electric candles.",  # half of a hyphenated word does not move
    "It is their own property, not a memorial site.",  # "own" works like a determiner: no "*an own site"
    "Various fruits are sold at an outdoor market.",
    "how to cook rice",
    "I have a few cats and many dogs.",  # "a few" is one quantifier: no "*a many cats"
    # real passages: terms are not attribute pairs; numbers of different kinds, ranges, parts and wholes,
    # percentages and figures glued into words do not trade places
    "Free fatty acids and mental health were measured.",
    "It gave no protective effect against myocardial infarction.",
    "Descriptive statistics summarised the primary outcomes.",
    "The team scored two goals in five minutes.",
    "Participants aged 25-30 years were followed for 3 months.",
    "Of the 52 patients, 22 patients died.",
    "We saw a 3-fold increase in 12 samples.",
    "The 95% confidence interval included 8 patients.",
    "This road is much wider than the old road.",
    "The library holds over 18 million volumes in 80 libraries.",  # "18 million" is one number
    # seed 2720: "293 461" is one number written in groups
    "We used data from five studies, including data for 293 461 autosomal single nucleotide polymorphisms.",
    "Results suggest that so few cells survive in many tissues.",  # "so few" is one expression
    # found on seed 6174 (Wikipedia, SciFact): adjectives of unrelated properties swapped break terms, two
    # directions swapped between different nouns keep the same association, "no" or "all" traded with a number
    "Repressing domestic Islamists who attacked it, bin Laden being a prime example.",
    "After NASA reached internal agreement, it was far from smooth sailing.",
    "Patients had a lower risk for the composite outcome of major disability.",
    "Reduced responsiveness to interleukin-2 is associated with greater resistance to diabetes.",
    "The drug resulted in reduced efficacy and lower quality of life.",
    "There were no significant differences between the two groups.",
    "The form was used to review all charts of the 395 women identified.",
    "Several strains expressing the transgene were obtained and one strain, Q3, was studied in detail.",
    "For every 17 patients treated with albumin there is one additional death.",
    "The private networks were connected to the public network to reach places not on the private network.",
    "Crowding separates simple hyperplasia (SH) from complex hyperplasia (CH).",
    # found on seed 3699: a quantifier traded with a number, "most" with "many", a concentration
    "Some elements engaged in violence, and its founder was killed three months later.",
    "In axons, most vesicles move fast, while in dendrites many vesicles stop.",
    "There were four categories: less than 200 cells/µl and more.",
]

# Sentences refused as unreliable parses: a section label glued to the sentence (seed 2660)
REFUSE_UNRELIABLE = [
    "SUMMARY Some common serum metabolome alterations have been identified but many inconsistencies remain.",
    "RESULTS Two dogs and three cats were examined.",
]

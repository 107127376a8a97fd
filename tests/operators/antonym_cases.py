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
    # judged families (blind judges on real text): "significant" only in its statistical sense
    ("There was a significant difference between the groups.",
     "There was a nonsignificant difference between the groups.", "adj"),
    ("The association was statistically significant.", "The association was statistically nonsignificant.", "adj"),
    ("The trend was significant (p < 0.01).", "The trend was nonsignificant (p < 0.01).", "adj"),
    ("We observed a significant reduction in mortality.",
     "We observed a nonsignificant reduction in mortality.", "adj"),
    # prefixed antonyms where the sense is kept: predicative, or a property of a concrete thing
    ("The vaccine was effective in children.", "The vaccine was ineffective in children.", "adj"),
    ("Cells with a functional receptor survived.", "Cells with a nonfunctional receptor survived.", "adj"),
    ("The measurement is precise.", "The measurement is imprecise.", "adj"),
    ("The samples were stable at room temperature.", "The samples were unstable at room temperature.", "adj"),
    # curated pairs outside the terms they would break
    ("The national team played in Rome.", "The international team played in Rome.", "adj"),
    ("The tumor was the primary site of infection.", "The tumor was the secondary site of infection.", "adj"),
    ("Patients showed a loss of appetite.", "Patients showed a gain of appetite.", "noun"),
    ("The final dose was given on the last day.", "The final dose was given on the first day.", "adj"),
    ("The results came early.", "The results came late.", "adv"),
    # no measure phrase, degree question, infinitive or complement binds the word
    ("The bridge is long.", "The bridge is short.", "adj"),
    ("Levels were 35% lower in treated mice.", "Levels were 35% higher in treated mice.", "adj"),
    ("Prices rose sharply in May.", "Prices fell sharply in May.", "verb"),
    ("Many birds sang.", "Few birds sang.", "adj"),
    ("Mice were sensitive to the toxin.", "Mice were insensitive to the toxin.", "adj"),
    ("These cells showed sensitivity to cisplatin.", "These cells showed insensitivity to cisplatin.", "noun"),
    # the noun "complex" is not the adjective; a noun's prefixed antonym only without a degree word
    ("It is a complex process.", "It is a simple process.", "adj"),
    ("Leukaemia cells showed increased instability.", "Leukaemia cells showed increased stability.", "noun"),
    ("We had many visitors.", "We had few visitors.", "adj"),
    ("The tank is full.", "The tank is empty.", "adj"),
    ("Access to higher levels was restricted.", "Access to lower levels was restricted.", "adj"),
    # a frame or a term bound to one sense; the word outside it still flips
    ("The pond is deep.", "The pond is shallow.", "adj"),
    ("The king established the church.", "The king abolished the church.", "verb"),
    ("Patients were included in the analysis.", "Patients were excluded from the analysis.", "verb"),
    # "raise" a quantity (not a concern); "include" with no "in" after it
    ("The drug raised blood levels of insulin.", "The drug lowered blood levels of insulin.", "verb"),
    ("Notable institutions in the city include the Botanic Garden.",
     "Notable institutions in the city exclude the Botanic Garden.", "verb"),
    ("The glass was filled.", "The glass was emptied.", "verb"),
    # an adverb's comparative takes the adjective's ("later", not "*more late"); "more" only where English has no
    # other comparative ("more slowly")
    ("Israel retaliated three months earlier.", "Israel retaliated three months later.", "adv"),
    ("He ran faster than his brother.", "He ran more slowly than his brother.", "adv"),
    # "true" outside "the same is true", "holds true", "true of"; a disease's adjective with no name after it;
    # "conventional" outside the clinical terms
    ("The claim is true.", "The claim is false.", "adj"),
    ("The patient had acute leukemia.", "The patient had chronic leukemia.", "adj"),
    ("Chronic pain affects millions.", "Acute pain affects millions.", "adj"),
    ("Women with acute pelvic pain were studied.", "Women with chronic pelvic pain were studied.", "adj"),
    ("They used conventional weapons.", "They used unconventional weapons.", "adj"),
]

REFUSE = [
    # found on seed 78 (development): a degree word before a prefixed antonym ("more unlikely")
    "Expression of viral antigens makes relapse more likely.",
    # fixed expressions and function-like uses (real passages)
    "Afghanistan, as well as Iran, took part.",
    "In general, the results were robust.",
    "It is the most abundant type of phagocyte.",
    "Patients with type 2 diabetes were enrolled.",
    "The present study examined this question.",
    "However, in real life, this happens.",
    # a degree adverb and a classifying adjective as an un-word's stem (Wikipedia, seed 4113)
    "Mongolians maintain that the records are unfairly biased against him.",
    "Teachers may teach religious texts such as the Quran.",
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
    # judged families: "significant" meaning sizeable or notable
    "There was a significant Jewish population in the town.",
    "The most significant buildings are in the old town.",
    "It was perhaps the most significant rule change in the sport.",
    "We expect a significant breakthrough in this decade.",
    "The city has significant numbers of foreign-born inhabitants.",
    "The gene plays a significant role in growth.",
    # prefixed antonyms of another sense, discourse adverbs, words inside a term
    "Like its predecessors, the software is free.",
    "The kinase degrades free histones.",
    "The policy gave them free rein.",
    "Here, we provide functional insights into ribosome maturation.",
    "Functional consequences of these mutations are poorly understood.",
    "There are 13 natural reserves in the city.",
    "He was a civil rights leader.",
    "However, the precise role of TNF in atherogenesis is still debated.",
    "The findings provide an integrative understanding of the data.",
    "The party suffered periodic repression.",
    "Patients were critically ill.",
    "The children showed delays in intellectual development.",
    "Dually eligible persons were studied.",
    "Kinapses operate in the steady state.",
    "Remarkably, no mice died during the study.",
    "Remarkably, the patients recovered.",
    # curated pairs inside fixed terms
    "The city produces 12% of the national income.",
    "Gross domestic product is related to dengue diffusion.",
    "Routers interconnect LANs across wide area networks.",
    "We used human primary macrophages.",
    "Blocking the interaction prevents neuronal loss.",
    "We measured inhaled corticosteroid use.",
    "This gentlemen's agreement broke down in 1975.",
    "Bed sharing during last sleep was compared.",
    "One in five surgical trials are discontinued early.",
    "The sensitivity of the assay was 90%.",
    # frames: "due to", a comparative before an infinitive, a measure phrase, a degree question, a complement
    "The cancer occurs due to the accumulation of mutations.",
    "The engineers took longer to reach the site.",
    "The module was 24.6 feet (7.5 m) long and 12.83 feet in diameter.",
    "The tower is 30 m tall.",
    "The key question is how long to treat.",
    "Pressure rose high enough that the cabin burst.",
    "Only a few birds sang.",
    "Quite a few birds sang.",
    # nouns read as adjectives or verbs, degree words, durations, hedges, terms of science and education
    "The YAP1 and TEAD complex enters the nucleus.",
    "It engages the KRAS signaling complex downstream of EGFR.",
    "Cleavage improves identifying transcription start sites.",
    "These cells have sliding abilities on specialized media.",
    "The clones showed poor efficiency.",
    "For many years, Sudan had an Islamist regime.",
    "Undergraduates typically take four courses.",
    "Neurons from distinct brain regions were compared.",
    "Values were one standard deviation above the mean.",
    "Nets cost the full market price.",
    "He saw higher education as a vehicle of reform.",
    "We developed small molecules that bind the receptor.",
    "The mission went beyond low Earth orbit.",
    # "deep into", participial "established", hedging and pharmacological adverbs/adjectives, terms
    "The Red Army was deep into Polish territory.",
    "The diagnosis followed established criteria.",
    "This was possibly a consequence of stress.",
    "The analog was more potent than the parent.",
    "It is the oldest institution of higher learning in the country.",
    "He founded an academy of dramatic art.",
    # a symbol before "complex", "include … in" apart, a quantifier coordinated with "some"
    "The Sin3A and TEAD complex binds DNA.",
    "Including pharmacists in rounding teams reduces errors.",
    "The model included 37 variables in total.",
    "It shapes the minds of some or many Muslims.",
    # "raised concerns" voiced them; longer missions; terms of medicine and population genetics; "alike"
    "The trial has raised some concerns.",
    "On the extended lunar missions, the crew stayed longer.",
    "Blindness and low vision are common.",
    "The effective size of a population shrinks.",
    "Glucose tolerance comparably decreased in both groups.",
    # "filled with" (no "*emptied with"), statistical and health-metric terms
    "The city is filled with luxurious parks.",
    "Age was an independent predictor of mortality.",
    "Shortages reduce effective coverage of the vaccine.",
    # judged families: fixed "the same is true" / "holds true" / "true of", disease names with a stacked
    # classifying adjective, "conventional" clinical methods (and an ending verb still blocks "earlier")
    "The same is true for other cancers.",
    "The same holds true for women.",
    "This is especially true of older patients.",
    "Children with acute lymphoblastic leukemia were treated.",
    "Patients with acute myeloid leukemia were enrolled.",
    "Chronic obstructive pulmonary disease is a leading cause of death.",
    "Patients with severe acute respiratory syndrome were isolated.",
    "Acute respiratory distress syndrome developed in ten patients.",
    "The test was more sensitive than conventional cytology.",
    "Conventional chemotherapy was given to all patients.",
    "One in five surgical trials are discontinued earlier.",
]

"""Role-swap cases with the exact expected output: (input, expected text, rule)."""

SWAP = [
    # active subject <-> direct object
    ("The dog bit the man.", "The man bit the dog.", "subject_object"),
    ("The cat chased the mouse.", "The mouse chased the cat.", "subject_object"),
    ("Google acquired YouTube in 2006.", "YouTube acquired Google in 2006.", "subject_object"),
    ("The girl hugged her grandmother.", "Her grandmother hugged the girl.", "subject_object"),
    ("Everyone likes John.", "John likes everyone.", "subject_object"),
    # pronoun case
    ("I called her.", "She called me.", "subject_object"),
    ("We invited them.", "They invited us.", "subject_object"),
    ("He admires her.", "She admires him.", "subject_object"),
    ("I love you.", "You love me.", "subject_object"),
    ("Yesterday I called her.", "Yesterday she called me.", "subject_object"),
    ("His mother loves him.", "He loves his mother.", "subject_object"),
    # subject-verb agreement after the swap
    ("The parents praise the child.", "The child praises the parents.", "subject_object"),
    ("The teacher praises the students.", "The students praise the teacher.", "subject_object"),
    ("Two dogs chase a cat.", "A cat chases two dogs.", "subject_object"),
    ("I am watching them.", "They are watching me.", "subject_object"),
    ("She is helping the boys.", "The boys are helping her.", "subject_object"),
    ("The boys are helping her.", "She is helping the boys.", "subject_object"),
    ("The dog was chasing the children.", "The children were chasing the dog.", "subject_object"),
    ("The boy doesn't like the girl.", "The girl doesn't like the boy.", "subject_object"),
    ("They don't trust him.", "He doesn't trust them.", "subject_object"),
    ("The committee has rejected the proposal.", "The proposal has rejected the committee.", "subject_object"),
    # contractions
    ("He's watching them.", "They're watching him.", "subject_object"),
    ("I'm calling them.", "They're calling me.", "subject_object"),
    ("They've hired him.", "He's hired them.", "subject_object"),
    ("He's been helping her.", "She's been helping him.", "subject_object"),
    # questions, modifiers and relative clauses travel with their nouns, adjuncts stay
    ("Did John call Mary?", "Did Mary call John?", "subject_object"),
    ("The old man in the blue coat fed the pigeons.", "The pigeons fed the old man in the blue coat.",
     "subject_object"),
    ("The man who lives next door saw the dog yesterday.", "The dog saw the man who lives next door yesterday.",
     "subject_object"),
    ("A woman is feeding a horse.", "A horse is feeding a woman.", "subject_object"),
    # passive subject <-> by-agent
    ("The man was bitten by the dog.", "The dog was bitten by the man.", "passive_agent"),
    ("The mouse was chased by the cat.", "The cat was chased by the mouse.", "passive_agent"),
    ("The suspect was arrested by the police on Monday.", "The police were arrested by the suspect on Monday.",
     "passive_agent"),
    # ditransitive: the subject trades with the recipient, not the theme
    ("John gave Mary a book.", "Mary gave John a book.", "ditransitive"),
    ("She sent him a letter.", "He sent her a letter.", "ditransitive"),
    ("She told him a story.", "He told her a story.", "ditransitive"),
    ("John gave a book to Mary.", "Mary gave a book to John.", "ditransitive"),
    ("He sent a letter to his mother.", "His mother sent a letter to him.", "ditransitive"),
    # comparatives
    ("The river is wider than the road.", "The road is wider than the river.", "comparative"),
    ("Paris is larger than Lyon.", "Lyon is larger than Paris.", "comparative"),
    ("These apples are cheaper than those oranges.", "Those oranges are cheaper than these apples.", "comparative"),
    ("I am taller than my brother.", "My brother is taller than me.", "comparative"),
    ("He runs faster than his brother.", "His brother runs faster than him.", "comparative"),
    ("John has more money than Mary.", "Mary has more money than John.", "comparative"),
    # object relative clauses: the noun and the clause's subject trade places; who/which follow animacy
    ("The book that the girl read was long.", "The girl that the book read was long.", "object_relative"),
    ("The cat the dog chased ran away.", "The dog the cat chased ran away.", "object_relative"),
    ("The ball that the boys kick is red.", "The boys that the ball kicks are red.", "object_relative"),
    ("The letters which the clerk sorted were lost.", "The clerk who the letters sorted was lost.",
     "object_relative"),
    ("The car that my father bought is old.", "My father that the car bought is old.", "object_relative"),
    # from X to Y, with or without a verb
    ("trains from Lyon to Milan", "trains from Milan to Lyon", "from_to"),
    ("flights from new york to london", "flights from london to new york", "from_to"),
    ("bus from the airport to the hotel", "bus from the hotel to the airport", "from_to"),
    ("She walked from the station to the museum.", "She walked from the museum to the station.", "from_to"),
    ("The train from Lyon to Milan is late.", "The train from Milan to Lyon is late.", "from_to"),
    # agreement: "and" inside a prepositional phrase does not make the head plural; a finite verb tagged VB agrees
    ("These characteristics allow assay of altered particles and of particles that have released their RNA.",
     "Assay of altered particles and of particles that have released their RNA allows these characteristics.",
     "subject_object"),
    ("Rotator cuff exercises reduce pain.", "Pain reduces rotator cuff exercises.", "subject_object"),
    # found on seed 5472: coordinated modifiers make two things, a partitive takes the number of its whole
    ("The Hippo pathway controls organ size and tissue homeostasis.",
     "Organ size and tissue homeostasis control the Hippo pathway.", "subject_object"),
    ("Today, Warsaw has some of the best medical facilities in Poland.",
     "Today, some of the best medical facilities in Poland have Warsaw.", "subject_object"),
    # a percentage of a plural is plural (seed 5673: "56% of the responding programs is accepted")
    ("Patients receiving methadone maintenance are accepted by 56% of the responding programs.",
     "56% of the responding programs are accepted by patients receiving methadone maintenance.", "passive_agent"),
    # a noun's "as" after a verb of use is the verb's, a time before the subject is no modifier of it
    ("Apollo used Saturn rockets as launch vehicles.", "Saturn rockets used Apollo as launch vehicles.",
     "subject_object"),
    ("In 2012 the Economist Intelligence Unit ranked Warsaw highly.",
     "In 2012 Warsaw ranked the Economist Intelligence Unit highly.", "subject_object"),
    ("This information has been obtained by the development and analysis of mouse models.",
     "The development and analysis of mouse models have been obtained by this information.", "passive_agent"),
    # the finding in the that-clause of a reporting verb is swapped, the report stays (seed 2941)
    ("We show that aspirin inhibits the production of PGE2.", "We show that the production of PGE2 inhibits aspirin.",
     "subject_object"),
    ("These findings suggest that the BB loop mediates TLR4 dimerization.",
     "These findings suggest that TLR4 dimerization mediates the BB loop.", "subject_object"),
    ("It is concluded that the absence of SOD creates a sensitivity to oxygen.",
     "It is concluded that a sensitivity to oxygen creates the absence of SOD.", "subject_object"),
    # an aside between dashes stays between verb and object; a means with "by" + V-ing stays with the verb
    ("An estimated quarter of the world saw—either live or delayed—the Christmas Eve transmission.",
     "The Christmas Eve transmission saw—either live or delayed—an estimated quarter of the world.", "subject_object"),
    ("IFIT1 restricts viral replication by sequestrating viral RNAs.",
     "Viral replication restricts IFIT1 by sequestrating viral RNAs.", "subject_object"),
    # a symbol the tagger calls plural is one thing (seed 2660)
    ("Mechanistically, pyroptosis is triggered by the alarmin S100A9 that is found in excess in MDS HSPCs.",
     "Mechanistically, the alarmin S100A9 that is found in excess in MDS HSPCs is triggered by pyroptosis.",
     "passive_agent"),
    # a coordination whose first part the parse hangs on the second as a modifier still takes a plural verb
    ("Emerging Market Index has noted Warsaw's economic strength and commercial center.",
     "Warsaw's economic strength and commercial center have noted Emerging Market Index.", "subject_object"),
]

# (input, expected outputs with their plausibility flag)
CAPITALS = [
    # an acronym or a name with inner capitals keeps them when it leaves the start of the sentence
    ("LDL cholesterol raises the risk.", "The risk raises LDL cholesterol."),
    # a common noun the tagger calls a name at the start of a sentence loses its capital when it moves
    ("Oxygen feeds the flame.", "The flame feeds oxygen."),
    ("Activated Cdk5 phosphorylates the ATM protein.", "The ATM protein phosphorylates activated Cdk5."),
    ("Turabi built a powerful economic base.", "A powerful economic base built Turabi."),  # an unknown word: a name
    # a foreign phrase the tagger reads as a name is lowered (seed 2720)
    ("De novo assembly of sequence data has shorter contigs than unassembled sequence data.",
     "Unassembled sequence data have shorter contigs than de novo assembly of sequence data."),
    # an unknown word the tagger reads as a common noun is no name (seed 2941)
    ("Persister cells provide relapse resistance in cancer patients.",
     "Relapse resistance in cancer patients provides persister cells."),
    ("Emerging Market Index has noted the economic strength.",
     "The economic strength has noted Emerging Market Index."),  # a capitalised sequence is a name
    ("S-nitrosylated GAPDH transnitrosylates histone deacetylases.",
     "Histone deacetylases transnitrosylate S-nitrosylated GAPDH."),
    # found on seed 6174 (claims): drug, gene and disease terms the tagger calls names lose the capital, places,
    # groups and everyday words used as names keep it, and a symbol written small stays small at the start
    ("Rapamycin decreases the concentration of triglycerides in flies.",
     "The concentration of triglycerides in flies decreases rapamycin."),
    ("Hypocretin neurones induce anxiety in rats.", "Anxiety in rats induces hypocretin neurones."),
    ("Sildenafil improves erectile function in men.", "Erectile function improves sildenafil in men."),
    ("Upregulation of dynein increases the number of microtubules.",
     "The number of microtubules increases upregulation of dynein."),
    ("Leuko-reduced blood reduces infectious complications.", "Infectious complications reduce leuko-reduced blood."),
    ("Patients preferred the new drug.", "The new drug preferred patients."),
    ("Harvard reduced the number of students.", "The number of students reduced Harvard."),
    ("Google acquired YouTube in 2006.", "YouTube acquired Google in 2006."),
    ("Activation of PPM1D enhances p53 function.", "p53 function enhances activation of PPM1D."),
    ("Inhibition of AKT enhances mRNA stability.", "mRNA stability enhances inhibition of AKT."),
    ("Neutrophils produce IL-1β in response to particles.", "IL-1β produces neutrophils in response to particles."),
    ("Statins increase blood cholesterol.", "Blood cholesterol increases statins."),
    # found on seed 5515: gene symbols and letters keep their case, derived nouns lose the capital
    ("Armcx1 expression increases neuronal survival.", "Neuronal survival increases Armcx1 expression."),
    ("N-terminal acetylation regulates protein stability.", "Protein stability regulates N-terminal acetylation."),
    ("Pretreatment reduces infarct size.", "Infarct size reduces pretreatment."),
    ("Islamism favors the reordering of government and society.",
     "The reordering of government and society favors Islamism."),  # WordNet writes it with a capital only
    # adjectives made from names keep the capital, everyday words tagged names lose it; acronyms keep theirs
    ("Algerian physicians train most nurses.", "Most nurses train Algerian physicians."),
    ("Mouse embryos undergo genome-wide methylation reprogramming.",
     "Genome-wide methylation reprogramming undergoes mouse embryos."),
    ("Active Ly49Q induces neutrophil polarization.", "Neutrophil polarization induces active Ly49Q."),
    ("MafA ubiquitination increases the recruitment of P/CAF.",
     "The recruitment of P/CAF increases MafA ubiquitination."),
]

PLAUSIBILITY = [
    ("The boy kicked the ball.", "The ball kicked the boy.", "low"),
    ("The letter was written by Tom.", "Tom was written by the letter.", "low"),
    ("The zebra attacked the lion.", "The lion attacked the zebra.", None),
    ("The company hired three engineers last year.", "Three engineers hired the company last year.", None),
    # WordNet's noun.person/noun.animal decide animacy where the word lists do not know the noun
    ("An elderly woman is utilizing an antique cash register.",
     "An antique cash register is utilizing an elderly woman.", "low"),
    ("A gymnast is working the bar.", "The bar is working a gymnast.", "low"),
]

REFUSE = [
    # real passages: phrases across brackets and commas, section headers, a subject shared with a second verb
    ("The ASCUS-LSIL Triage Study (ALTS) enrolled the women.", "unsupported_construction"),
    ("Tonic signaling, which causes exhaustion, limited the response.", "unsupported_construction"),
    ("METHODS Data collected us.", "unreliable_parse"),
    ("Unimpeded growth shows these microadenomas and develops into adenomas.", "unsupported_construction"),
    ("She saw herself in the mirror.", "reflexive"),
    ("The children washed themselves.", "reflexive"),
    ("John met Mary.", "symmetric_predicate"),
    # "have" + an "of" attribute: a property of the subject, not a possession that could change hands
    ("Pneumonic plague has a mortality rate of 90 to 95 percent.", "copular"),
    ("The city had a population of two million in 1900.", "copular"),
    ("Anna married Tom in June.", "symmetric_predicate"),
    ("The boy resembles his father.", "symmetric_predicate"),
    ("The river is as wide as the road.", "symmetric_predicate"),
    ("Tolstoy is the author of War and Peace.", "copular"),
    ("She became a doctor.", "copular"),
    ("The meeting took place in Paris.", "idiom"),
    ("That makes sense.", "idiom"),
    ("The cat chased the cat.", "identical_arguments"),
    ("Who saw the dog?", "unsupported_construction"),
    ("Who called the police?", "unsupported_construction"),
    ("John, my neighbour, fixed the car.", "unsupported_construction"),
    ("I don't want a president who 'cares'.", "unsupported_construction"),
    ("The cat sat on the mat.", "no_target"),
    ("She is sleeping.", "no_target"),
    ("Two dogs playing in the snow.", "no_finite_verb"),
    ("best pizza in new york", "no_finite_verb"),
    ("office hours from 9 to 5", "no_finite_verb"),
    ("The house in which the man lives is old.", "copular"),  # the gap is not an object: no relative swap
    # the small parser gives "themed" two subjects: refused rather than garbled
    ("A woman in red and white sports a soccer themed hat.", "unreliable_parse"),
    ("Prime numbers give rise to the theorem.", "idiom"),  # light-verb idiom: no "*Rise gives prime numbers"
    ("Haplogroup I increases the risk.", "unreliable_parse"),  # "I" is a numeral in a name, not a pronoun
    ("The co-localization confirmed the studies.", "unreliable_parse"),  # "co" is half of a hyphenated word
    ("We carried out the study.", "unsupported_construction"),  # no "*The study carried out us"
    ("The road runs from Lyon to Milan.", "no_target"),  # an extent reads the same both ways: a paraphrase
    ("We propose this model to explain the data.", "unsupported_construction"),  # purpose clause stays with "we"
    ("They elected him president.", "unsupported_construction"),
    ("RECENT FINDINGS The study confirmed the effect.", "unreliable_parse"),  # a section label opens the sentence
    # found on seed 8128 (SciFact, Wikipedia): complements left behind, idioms, polarity words, extraposition
    ("ART substantially reduces infectiveness of HIV-positive people.", "unreliable_parse"),
    ("Febrile seizures reduce the threshold for development of epilepsy.", "unreliable_parse"),
    ("The program laid the foundation for the capability.", "idiom"),
    ("General practitioners can lead the way.", "idiom"),
    ("X.25 does not define any operations inside the network.", "unsupported_construction"),
    # extraposed "it" never moves; the reported clause is analysed instead, and it is copular
    ("It has been shown by several investigators that adipocyte number is stable.", "copular"),
    ("CONCLUSIONS We reveal a novel role of HDAC5.", "unreliable_parse"),
    ("The United Nations has held ISIL responsible for abuses.", "unsupported_construction"),
    # found on seed 6174: a degree adverbial read as the object, a phrase split or dragged by the parse, a
    # coordinated predicate inside the moved phrase or sharing the subject, a relation that reads both ways
    ("The infrastructure has developed a lot over the past years.", "no_target"),
    ("Antigen stimulation of immune cells triggers Ca2+ entry through channels.", "unreliable_parse"),
    ("JMJD6 catalyzes the hydroxylation of lysine and supresses transcriptional activity.", "unreliable_parse"),
    ("The inflammation does not affect the immune system, but is rather due to the innate immune system.",
     "unsupported_construction"),
    ("Follow-up was conducted by questionnaires mailed at 3 months and at 1 year.", "unreliable_parse"),
    ("It was led by Abbassi Madani, and a young preacher.", "unreliable_parse"),
    ("Two fundamental differences involved the division of functions.", "symmetric_predicate"),
    # found on seed 78 (development): a comparison's second term that is a pronoun or carries the respect compared
    ("Serum leptin in R mothers was significantly higher than that observed in C rats.", "unsupported_construction"),
    ("Scapular stabilizer exercises are more effective than general exercise therapy in reducing pain.",
     "unreliable_parse"),
    # found on seed 3699: equational verbs, "in" complements of relational nouns, a polarity word in the object,
    # possessive "have", a that-clause of a content noun, a change inside the phrase, stranded appositives and
    # coordinations, extents and symmetric ranges of from/to, relatives without an object gap
    ("Grants total 88% of the aid for undergraduate students.", "symmetric_predicate"),
    ("The defeat of the Arab troops constituted a pivotal event.", "symmetric_predicate"),
    ("Apollo also spurred advances in many areas of technology.", "unreliable_parse"),
    ("Inactivation of YAP causes no obvious intestinal defects.", "unsupported_construction"),
    ("Half of the patients exposed to radiation have activated markers of stem cells.", "unreliable_parse"),
    ("We investigated the hypothesis that activated T cells contribute to bone turnover.", "unsupported_construction"),
    ("Harvard College reduced the number of students who receive honors from 90% in 2004 to 60% in 2005.",
     "unreliable_parse"),
    ("The urease has a polymeric structure that comprises two subunits, UreA and UreB.", "unreliable_parse"),
    ("North American Aviation won the contract, and also the second stage of the launch vehicle.",
     "unreliable_parse"),
    ("Neuronal activity regulates vesicle trafficking by a depolarization-evoked trafficking arrest.",
     "unreliable_parse"),
    ("The Taliban differed from other movements to the point where they were called fundamentalist.", "no_target"),
    ("The timing is conserved from mouse to human.", "no_target"),
    # found on seed 5472: a modifier left before the phrase, a bracket cut, a predicate inside the phrase, the
    # complements and agents a noun takes after it, symmetric binding, "by vote of"
    ("TRAP+ osteoclasts regulate mature osteoblast maintenance.", "unreliable_parse"),
    ("The defect is compensated for by other histone chaperone(s).", "unreliable_parse"),
    ("These results suggest mitochondrial dysfunction stimulates genome instability.", "unreliable_parse"),
    ("MafA ubiquitination increases the recruitment of P/CAF by MafA.", "unreliable_parse"),
    ("Such findings highlight the potential role of FGF21 as a therapeutic agent.", "unreliable_parse"),
    ("These findings support a new role for Hsp90 in maintaining pluripotency.", "unreliable_parse"),
    ("The DEXI promoter region is bound by multiple transcription factors.", "symmetric_predicate"),
    ("Harvard was formed in 1636 by vote of the General Court.", "unsupported_construction"),
    # found on seed 77: a section label written in lower case
    ("Summary Hypoxia augments inflammatory responses by unknown mechanisms.", "unreliable_parse"),
    # found on seed 2941 (and 5515): a second predicate parsed into the object (a plural noun that reads as a present
    # verb, the same verb again, a participle that reads as a past verb) or a finite verb right after the phrase
    ("This data advances our understanding of drug resistance and highlights candidate targets for therapy.",
     "unreliable_parse"),
    ("The findings implicate integrin signaling in platelet stimulation and implicate kinase C in late responses.",
     "unreliable_parse"),
    ("Moreover, LIN28B accelerated tumor initiation and enhanced proliferation.", "unreliable_parse"),
    ("The expression of Nrf2 was increased by morin and knockdown of Nrf2 could prevent the effects of morin.",
     "unreliable_parse"),
    # a complementizer read as a determiner, a clause adjunct inside the phrase, a second "by", a comparison's
    # respect after its second term, possession "have" before a name
    ("Our results indicate that adult stem cells rapidly undergo asymmetric divisions.", "unreliable_parse"),
    ("The ecologic study design is routinely used by epidemiologists in spite of its limitations.",
     "unreliable_parse"),
    ("The role of this ortholog was further confirmed by the rescue of the phenotype by revertant viruses.",
     "unreliable_parse"),
    ("WNV sequences in mosquitoes were more diverse than WNV in birds.", "unreliable_parse"),
    ("Platelets deficient in integrins have diminished PMA responsiveness.", "unreliable_parse"),
    # words between the verb and its object; a gerund with its object; the full stop glued to a symbol
    ("We present here an analysis of tissue T cells.", "unreliable_parse"),
    ("Mice with reduced CBFbeta levels display profound, early defects in T-cell development.", "unreliable_parse"),
    ("Deleting Raptor reduces G-CSF levels.", "unreliable_parse"),
    ("p16INK4A degradation is encoded by CDKN2A.", "unreliable_parse"),
    # the phrase's end guessed: a word read as a preposition, a gloss in brackets, an appositive after a comma, a
    # complement of "role" after an ordinal, "compared to" inside the phrase, a phrase between subject and verb
    ("To this end, we first identified the TCR alphabeta genes in the inflamed paw.", "unreliable_parse"),
    ('The Brotherhood announced the formation of HAMAS ("zeal") in 1987.', "unreliable_parse"),
    ("Von Braun had started work on plans for launch vehicles, the Saturn series, and the Nova series.",
     "unreliable_parse"),
    ("Taken together, our findings demonstrate a critical and specific role of the GFI1 transcription factors in the "
     "first steps of the process leading to the generation of hematopoietic progenitors from hemogenic endothelium.",
     "unreliable_parse"),
    ("Venules have a thinner smooth layer compared to arterioles.", "unreliable_parse"),
    ("Stroke patients with prior use of anticoagulants have a higher risk of mortality than patients with prior use "
     "of warfarin.", "copular"),  # "have a risk of": an attribute (it was refused as a parse before)
    # a relative pronoun misparsed into the clause's subject; a change of quantity is no route; "KEY POINTS"
    ("The gene daf-16, which encodes forkhead Box O (FOXO), is required for all phenotypes.", "no_target"),
    ("The proportion of patients increased from 19 % (1996–1999) to 23 % (2008–2011).", "no_target"),
    ("KEY POINTS Maternal obesity reduces adipogenic progenitor density in offspring.", "unreliable_parse"),
    # found on seed 2720: a phrase ending in its conjunction, the rest of a list after a comma, a relative clause or
    # a threshold after the phrase, symmetric "fit"
    ("Assembly of invadopodia is triggered by focal generation of phosphatidylinositol-3,4-biphosphate and the "
     "activation of the nonreceptor tyrosine kinase Src.", "unreliable_parse"),
    ("Cardiovascular status was assessed by echocardiography, vascular Doppler sonography, and levels of N-terminal "
     "pro-B-type natriuretic peptide.", "unreliable_parse"),
    ("Here we generated CRACM1-deficient mice in which β-galactosidase activity 'reported' CRACM1 expression.",
     "unreliable_parse"),
    ("Hematopoietic Stem Cell purification reaches purity rates above 90%.", "unreliable_parse"),
    ("On the basis of fasting lipid determinations, 54% of men and 40% of women fit National Cholesterol Education "
     "Program criteria for abnormal lipid profiles.", "symmetric_predicate"),
    # found on seed 2660: a compound read as a participle with its object, an instrument parsed into the phrase,
    # where an agent came from left behind, a plus glued to a term
    ("Because Frame relay is a data link layer protocol, like X.25 it does not define internal network routing "
     "operations.", "unreliable_parse"),
    ("In an effort to elucidate the mechanism, we surveyed global epithelial gene expression using cDNA microarrays.",
     "unreliable_parse"),
    ("The disease can be induced in normal C57 BL/KaLwRij mice by inoculation of fresh marrow-derived cells from mice "
     "with myeloma.", "unreliable_parse"),
    ("Randomised trials consistently demonstrate a lower cumulative incidence of CIN3+ in women aged 30 years or "
     "older.", "unreliable_parse"),
]

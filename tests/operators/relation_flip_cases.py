"""relation_flip cases: (input, expected text, rule). Each input has exactly one relation word."""

FLIP = [
    # spatial
    ("The picture hangs above the sofa.", "The picture hangs below the sofa.", "spatial"),
    ("The shoes are below the bed.", "The shoes are above the bed.", "spatial"),
    ("A bridge over the river.", "A bridge under the river.", "spatial"),
    ("The cat slept under the table.", "The cat slept over the table.", "spatial"),
    ("The keys are inside the drawer.", "The keys are outside the drawer.", "spatial"),
    ("The children are playing outside the school.", "The children are playing inside the school.", "spatial"),
    ("The cafe is in front of the station.", "The cafe is behind the station.", "spatial"),
    ("The garden is behind the house.", "The garden is in front of the house.", "spatial"),
    ("The vase is on top of the shelf.", "The vase is beneath the shelf.", "spatial"),
    ("The cellar is beneath the kitchen.", "The cellar is on top of the kitchen.", "spatial"),
    ("Put the milk on the top shelf.", "Put the milk on the bottom shelf.", "spatial"),
    ("The book is at the bottom of the pile.", "The book is at the top of the pile.", "spatial"),
    ("He ran down the stairs.", "He ran up the stairs.", "spatial"),
    ("The cat climbed up the tree.", "The cat climbed down the tree.", "spatial"),
    ("He went upstairs.", "He went downstairs.", "spatial"),
    # left/right only as sides
    ("The cat is to the left of the dog.", "The cat is to the right of the dog.", "spatial"),
    ("He raised his right hand.", "He raised his left hand.", "spatial"),
    ("She sat on the left side of the room.", "She sat on the right side of the room.", "spatial"),
    ("The store is on the right.", "The store is on the left.", "spatial"),
    ("Turn left at the corner.", "Turn right at the corner.", "spatial"),
    ("Keep right on the motorway.", "Keep left on the motorway.", "spatial"),
    # temporal
    ("We met before the concert.", "We met after the concert.", "temporal"),
    ("Call me after the meeting.", "Call me before the meeting.", "temporal"),
    ("Wash your hands before eating.", "Wash your hands after eating.", "temporal"),
    ("Before the war, he was a teacher.", "After the war, he was a teacher.", "temporal"),
    ("We arrived earlier than expected.", "We arrived later than expected.", "temporal"),
    ("The meeting is later today.", "The meeting is earlier today.", "temporal"),
    # cardinal directions
    ("The sun rises in the east.", "The sun rises in the west.", "cardinal"),
    ("The northern part of the country is cold.", "The southern part of the country is cold.", "cardinal"),
    ("a house on the west coast", "a house on the east coast", "cardinal"),
    # to/from after motion
    ("She drove to the airport.", "She drove from the airport.", "direction"),
    ("He returned from Paris.", "He returned to Paris.", "direction"),
    ("Flights to Rome are cheap.", "Flights from Rome are cheap.", "direction"),
    ("The train to London was late.", "The train from London was late.", "direction"),
    # quantity, with fewer/less by countability
    ("There are more cars than bikes.", "There are fewer cars than bikes.", "quantity"),
    ("He has more money than his brother.", "He has less money than his brother.", "quantity"),
    ("More than 50 people came.", "Fewer than 50 people came.", "quantity"),
    ("We need less sugar.", "We need more sugar.", "quantity"),
    ("Fewer people came this year.", "More people came this year.", "quantity"),
    # trend, with inflection and article repair
    ("Sales increased by ten percent.", "Sales decreased by ten percent.", "trend"),
    ("Prices are increasing.", "Prices are decreasing.", "trend"),
    ("The number of cases decreases every day.", "The number of cases increases every day.", "trend"),
    ("an increase in crime", "a decrease in crime", "trend"),
    ("The company reported a decrease in profits.", "The company reported an increase in profits.", "trend"),
    ("The costs are increasingly high.", "The costs are decreasingly high.", "trend"),
    # "more" on a verb is a degree: "less", never "fewer"
    ("Children who were bullied more than others had worse grades.",
     "Children who were bullied less than others had worse grades.", "quantity"),
    # judged families, what still flips nearby: "before" not after "not"; "behind" with an object; "later" with a
    # measure or a standard of its own though the sentence has a sequence cue
    ("He left before the show ended.", "He left after the show ended.", "temporal"),
    ("The car was parked behind the barn.", "The car was parked in front of the barn.", "spatial"),
    ("The tumors initially shrank but regrew two years later.",
     "The tumors initially shrank but regrew two years earlier.", "temporal"),
    ("Initially the tumors shrank, but they grew back later than expected.",
     "Initially the tumors shrank, but they grew back earlier than expected.", "temporal"),
]

# Words in readings that must not flip.
REFUSE = [
    "He left early.",
    "You're right about that.",
    "All right, let's go.",
    "over 20 years",
    "He slept over the weekend.",
    "It's under control.",
    "He is under pressure.",
    "She gave up smoking.",
    "The fridge is in the kitchen.",
    "He gave a book to Mary.",
    "more or less finished",
    "Two boys run after a soccer ball.",  # "run after" is chasing, not time
    "A woman in a red top is dancing.",  # a garment, not a position
    "The school met the No Child Left Behind rules.",  # a capitalised word mid-sentence is part of a name
    # real passages: names, conditions and domains, fixed phrases, a converse already there, degree words
    "They live in South Africa.",
    "The virus spread to the West Nile region.",
    "Oil flowed from the Middle East.",
    "Under low HuR levels the mRNA decays.",
    "It was stable under a wide range of conditions.",
    "This is the distance over which signals travel.",
    "The army fought under the command of Khan.",
    "Patients were diagnosed before or after the age of 50.",
    "More importantly, the effect was large.",
    "Up to 2018 the rate rose.",
    "It became more and more apparent.",
    # found on SciFact and Wikipedia (seed 2026): command, presence, layout, fixed frames, terms, anaphora
    "The men under William Trent built a fort.",  # under a person: command, not position
    "He was arraigned before the Justice.",  # before a person: in front of, not earlier than
    "See the picture below.",  # the layout of the text
    "Hydrogen has an advantage over helium.",
    "Surgery under total vascular exclusion was safe.",  # under a condition
    "The mutation induced deficits were mild.",  # a noun-participle compound names a kind of deficit
    "Drugs that lower elevated blood pressure help.",  # the converse ("lower") is already there
    "The release of this inhibition was slow.",  # "this inhibition" points back to an effect named before
    "The conquest over an area was quick.",  # a relation between things, not a position
    "Release over the last 2 h was measured.",  # a period
    "Stockings did not reduce deep vein thrombosis in patients.",  # "did not reduce/increase": both true of no effect
    "Human induced pluripotent stem cells can be used.",  # a named kind of cell
    "Activated B cells migrate toward the follicle.",
    "PGE2 alters the expression of tumor suppressing genes.",  # noun + participle: one modifier
    "McDivitt was promoted to the prime crew.",  # a rank, not an effect
    "The network was enhanced to support terminal connections.",  # a purpose
    "There was no correlation with sensitivity to MEK inhibition.",  # a named intervention
    "It had control over territory in Iraq.",  # a relation the noun names, not a position
    # found on seed 6174: "come to" a topic or a state, distances read from either end, noun-participle terms,
    # how a model or an assay is made, named processes and interventions
    "When it came to explaining life-forms, Agassiz resorted to matters of shape.",
    "He did not immediately come to a decision on the program.",
    "Harvard bought land in Allston, a walk across the Charles River from Cambridge.",
    "The campus lies about 3 miles from the State House.",
    "Interferon stimulated genes encourage West Nile virus replication in neurons.",
    "Mice are highly susceptible to EAM induced with alpha-MyHC.",
    "CD8 cells produced little IFN when stimulated with antigen.",
    "aPKCz causes tumour suppression by affecting glutamine metabolism.",
    "We tested gamma-secretase inhibition in patients.",
    # judged families: an effect participle before a thing (an improved one); regulatory, physiological and
    # vaccine terms; an effect noun with its instrument (an intervention); "not before"; "behind" with no object;
    # "later" meaning "subsequently" after a sequence cue
    "The city offers such features as the enhanced transit infrastructure.",
    "An improved vaccine protected mice.",
    "Therapeutics receiving accelerated approval were studied.",
    "Glucose enters cells by facilitated diffusion.",
    "Live attenuated vaccines are effective.",
    "The attenuated vaccine protected mice.",
    "Neither inhibition of the Na+/H+ exchanger with EIPA nor amiloride blocked it.",
    "Inhibition of mTOR by rapamycin reduced growth.",
    "The regime broke down in 1975 but not before Islamists came to dominate.",
    "The species had never before been seen.",
    "Many fear being left behind in a technological race.",
    "The car stayed behind.",
    "Cancers that initially benefit from therapy later become refractory.",
    "The drug was originally approved for acne but later used for cancer.",
]
EFFECT_DIRECTION = [
    # effect verbs, nominalisations, participles, the sign of an association, risk and protective factors
    ("Aspirin reduces the risk of stroke.", "Aspirin increases the risk of stroke."),
    ("Metformin inhibits tumor growth.", "Metformin promotes tumor growth."),
    ("Exercise improved insulin sensitivity.", "Exercise worsened insulin sensitivity."),
    ("The kinase is upregulated in tumors.", "The kinase is downregulated in tumors."),
    ("Mice showed reduced levels of insulin.", "Mice showed increased levels of insulin."),
    ("There was a reduction in mortality.", "There was an increase in mortality."),
    ("Obesity is positively associated with diabetes.", "Obesity is negatively associated with diabetes."),
    ("Fiber intake is inversely correlated with risk.", "Fiber intake is positively correlated with risk."),
    ("Smoking is a risk factor for lung cancer.", "Smoking is a protective factor for lung cancer."),
    ("The protein suppressed apoptosis in cells.", "The protein enhanced apoptosis in cells."),
    # a base-form spelling mis-tagged as a past tense keeps its tense
    ("H4 G94P proteins suppress degradation of free histones.",
     "H4 G94P proteins enhance degradation of free histones."),
    ("Statins cause a reduction in cholesterol.", "Statins cause an increase in cholesterol."),
    # participles before quantities, processes and unknown words; the verb "attenuated"; an effect noun whose
    # "by" measures the change
    ("We observed reduced expression of p53.", "We observed increased expression of p53."),
    ("Stress caused enhanced release of cortisol.", "Stress caused suppressed release of cortisol."),
    ("Enhanced signalling promotes survival.", "Suppressed signalling promotes survival."),
    ("The drug attenuated inflammation.", "The drug enhanced inflammation."),
    ("Exercise led to a reduction by 30% in weight.", "Exercise led to an increase by 30% in weight."),
    ("Metformin caused a reduction of proteinuria by 40 percent.",
     "Metformin caused an increase of proteinuria by 40 percent."),
]

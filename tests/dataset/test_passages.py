"""Passage-level near-misses: the answering sentence is found and edited, the rest of the passage kept byte for
byte; pairs without an answering sentence give nothing; held-out articles never reach training; the transfer test's
metrics by hand."""

from __future__ import annotations

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from negagen.api import perturb
from negagen.cli import app
from negagen.dataset.passages import (
    QueryPassage,
    answer_elsewhere,
    answering_sentence,
    find_answer,
    hits_what_is_asked,
    passage_negatives,
    split_by_group,
)
from negagen.errors import ConfigError, InputError
from negagen.evaluate.transfer import transfer_metrics
from negagen.experiment import load_recipe
from negagen.experiment.passages import held_out_groups, passage_rows
from negagen.records import Edit, Perturbation

PASSAGE = ("Super Bowl 50 was played in 2016. The Denver Broncos defeated the Carolina Panthers. "
           "The game was held at Levi's Stadium.")  # fmt: skip
SPANS = [(0, 33), (34, 84), (85, 121)]


def test_the_sentence_holding_the_answer_is_the_one_edited(nlp):
    pair = QueryPassage("Which team won Super Bowl 50?", PASSAGE, "sb-0", "Super Bowl 50", "Denver Broncos")
    assert answering_sentence(SPANS, PASSAGE, pair.query, pair.answer) == (1, "answer")
    (record,) = [r for r in passage_negatives([pair], ["negation"], nlp=nlp) if r["side"] == "passage"]
    assert record["negative"] == ("Super Bowl 50 was played in 2016. The Denver Broncos did not defeat the Carolina "
                                  "Panthers. The game was held at Levi's Stadium.")  # fmt: skip
    assert (record["sentence"], record["start"], record["end"], record["located_by"]) == (1, 34, 84, "answer")
    # outside the edited sentence, byte-identical
    assert record["negative"][:34] == PASSAGE[:34]
    assert record["negative"].endswith(PASSAGE[84:])


def test_without_an_answer_the_sentence_sharing_most_query_words_is_chosen():
    query = "Where was the game held?"
    assert answering_sentence(SPANS, PASSAGE, query) == (2, "overlap")
    assert answering_sentence(SPANS, PASSAGE, "Who painted the Mona Lisa?") is None  # nothing shared: refused
    assert answering_sentence(SPANS, PASSAGE, "Who won?", answer="Green Bay Packers") is None  # answer not there
    # the answer in two sentences: the one closer to the query wins
    twice = "Denver lost in 2014. Denver won Super Bowl 50 in 2016."
    assert answering_sentence([(0, 20), (21, 54)], twice, "Which team won Super Bowl 50?", "Denver") == (1, "answer")


def test_query_side_near_misses_and_pairs_without_an_edit(nlp):
    pairs = [QueryPassage("Who defeated the Carolina Panthers?", PASSAGE, answer="Denver Broncos"),
             QueryPassage("Where was the game held?", "Hello.", answer="Levi's Stadium")]  # fmt: skip
    records = list(passage_negatives(pairs, ["negation"], nlp=nlp))
    assert [(r["side"], r["negative"]) for r in records] == [
        ("passage", "Super Bowl 50 was played in 2016. The Denver Broncos did not defeat the Carolina Panthers. "
                    "The game was held at Levi's Stadium."),
        ("query", "Who did not defeat the Carolina Panthers?"),
    ]  # fmt: skip
    # the second pair: its passage lacks the answer and negation refuses its wh-question ("Where was X held?")


def test_training_rows_per_side(tmp_path):
    path = tmp_path / "negatives.jsonl"
    records = [{"query": "q", "passage": "p", "negative": "p2", "side": "passage"},
               {"query": "q", "passage": "p", "negative": "q2", "side": "query"}]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    assert passage_rows(path) == [{"anchor": "q", "positive": "p", "negative": "p2"}]
    assert passage_rows(path, sides=["passage", "query"])[1] == {"anchor": "p", "positive": "q", "negative": "q2"}
    with pytest.raises(ConfigError, match="passage and/or query, not answer"):
        passage_rows(path, sides=["answer"])


def test_held_out_articles_are_a_seeded_choice_kept_out_of_training():
    groups = [f"article {i}" for i in range(10)]
    chosen = held_out_groups(groups, 3, seed=0)
    assert chosen == held_out_groups(list(reversed(groups)), 3, seed=0)  # not the order given
    assert len(chosen) == 3 and chosen != held_out_groups(groups, 3, seed=1)
    pairs = [QueryPassage(f"q{i}", f"p{i}", group=g) for i, g in enumerate(groups)]
    train, test = split_by_group(pairs, chosen)
    assert {p.group for p in test} == set(chosen) and not {p.group for p in train} & set(chosen)
    with pytest.raises(ConfigError, match="between 1 and 9, not 10"):
        held_out_groups(groups, 10, seed=0)


class Table:
    def __init__(self, vectors):
        self.vectors = vectors

    def encode(self, texts, **_):
        return np.array([self.vectors[t] for t in texts], dtype=float)


def test_transfer_metrics_by_hand(tmp_path):
    # q is closer to p than to its edit p2; the edited query q2 is closer to p2 than to p: paired right. The second
    # pair's passage edit r2 is closer to its query than r: wrong.
    vectors = {"q": [1, 0], "p": [0.9, 0.1], "p2": [0.6, 0.4], "q2": [0.5, 0.5],
               "s": [0, 1], "r": [0.5, 0.5], "r2": [0.1, 0.9]}  # fmt: skip
    vectors = {k: np.array(v) / np.linalg.norm(v) for k, v in vectors.items()}
    records = [{"query": "q", "passage": "p", "negative": "p2", "side": "passage", "op": "negation", "rule": "x"},
               {"query": "q", "passage": "p", "negative": "q2", "side": "query", "op": "negation", "rule": "x"},
               {"query": "s", "passage": "r", "negative": "r2", "side": "passage", "op": "antonym",
                "rule": "y"}]  # fmt: skip
    path = tmp_path / "heldout.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    metrics = transfer_metrics(Table(vectors), path)
    assert metrics["transfer_all_accuracy"] == 0.5
    assert metrics["transfer_negation_accuracy"] == 1.0 and metrics["transfer_antonym_accuracy"] == 0.0
    assert metrics["transfer_query_all_accuracy"] == 1.0  # p is closer to q than to q2
    assert (metrics["transfer_paired_accuracy"], metrics["transfer_paired_n"]) == (1.0, 1.0)  # same operator
    assert (metrics["transfer_paired_any_accuracy"], metrics["transfer_paired_any_n"]) == (1.0, 1.0)
    records[1]["op"] = "antonym"  # the query edited by another operator: no longer a NevIR pair
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    metrics = transfer_metrics(Table(vectors), path)
    assert "transfer_paired_accuracy" not in metrics and metrics["transfer_paired_any_n"] == 1.0
    path.write_text(json.dumps({"query": "q"}) + "\n")
    with pytest.raises(InputError, match="row 1: no negative, op, passage, rule, side"):
        transfer_metrics(Table(vectors), path)


def test_the_passages_command_is_one_line_on_missing_or_wrong_input(tmp_path):
    # every input named: the test must not depend on ../shared/data being there
    paragraphs = tmp_path / "paragraphs.jsonl"
    paragraphs.write_text(json.dumps({"_id": "a-0", "title": "A", "text": "Alice won."}) + "\n")
    missing = tmp_path / "no.jsonl"
    wrong = tmp_path / "questions.jsonl"
    wrong.write_text(json.dumps({"question": "Who?"}) + "\n")
    for questions in (missing, wrong):
        result = CliRunner().invoke(app, ["passages", str(tmp_path / "out"), "--squad-questions", str(questions),
                                          "--squad-paragraphs", str(paragraphs), "--no-scifact"])  # fmt: skip
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1 and str(questions) in result.stderr
    assert result.stderr == f"negagen: error: {wrong}, row 1: no passage_id, query column\n"


@pytest.mark.parametrize(("query", "answer", "word", "new", "kept"), [
    # an adjective the query does not ask about: the passage still answers (judged "no" in docs/quality/passages)
    ("Who claims that public companies can be part of it?", "Brownlee", "larger", "smaller", False),
    # the word the query asks about
    ("Was the plague spread faster or slower?", None, "faster", "slower", True),
    # inside the answer span
    ("What is happening to the average age of teachers?", "falling", "falling", "rising", True),
])  # fmt: skip
def test_only_edits_of_what_is_asked_are_kept(query, answer, word, new, kept):
    sentence = f"Brownlee says the age is {word}, a larger challenge."
    at = sentence.index(word)
    edit = Edit(at, at + len(word), word, at, at + len(new), new)
    change = Perturbation(sentence, sentence.replace(word, new, 1), "antonym", "adj", (edit,))
    assert hits_what_is_asked(change, query, answer) is kept


def test_a_main_clause_negation_is_always_kept():
    negation = Perturbation("Brownlee argues that X.", "Brownlee does not argue that X.", "negation",
                            "insert_do_support", (Edit(9, 15, "argues", 9, 23, "does not argue"),))  # fmt: skip
    assert hits_what_is_asked(negation, "Who claims that X?", "Brownlee")


def test_a_recipe_trains_on_ready_passage_rows_and_reports_the_transfer_test(tmp_path):
    from negagen.evaluate.model import evaluate_model
    from negagen.experiment import load_recipe, structural_pool

    recipe = load_recipe("recipes/passages.yaml")
    assert recipe.train.structural_rows == "runs/passages/data/train_negatives.jsonl"
    assert recipe.eval.transfer == "runs/passages/data/heldout_negatives.jsonl"
    rows = tmp_path / "negatives.jsonl"
    rows.write_text(json.dumps({"query": "q", "passage": "p", "negative": "p2", "side": "passage", "op": "negation",
                                "rule": "x"}) + "\n")  # fmt: skip
    recipe = load_recipe("recipes/passages.yaml", output_dir=str(tmp_path / "run"))
    recipe.train.structural_rows = recipe.eval.transfer = str(rows)
    recipe.eval.beir = None
    assert structural_pool(recipe, "identity") == [{"anchor": "q", "positive": "p", "negative": "p2"}]
    with pytest.raises(ConfigError, match="no anchor edits"):
        structural_pool(recipe, "pair", edit="anchor")
    vectors = {"q": np.array([1.0, 0.0]), "p": np.array([0.8, 0.6]), "p2": np.array([0.6, 0.8])}
    assert evaluate_model(Table(vectors), recipe, [])["transfer_all_accuracy"] == 1.0


def test_the_verification_stage_measures_the_transfer_test(tmp_path):
    from negagen.experiment.held_out import held_out_sets

    records = [{"query": f"q{i}", "passage": f"p{i}", "negative": f"p{i}'", "side": "passage", "op": "negation",
                "rule": "x"} for i in range(6)] + [
               {"query": "q0", "passage": "p0", "negative": "q0'", "side": "query", "op": "antonym", "rule": "adj"}]
    rows = tmp_path / "heldout.jsonl"
    rows.write_text("".join(json.dumps(r) + "\n" for r in records))
    recipe = load_recipe("recipes/passages.yaml", output_dir=str(tmp_path / "run"))
    recipe.eval.transfer = str(rows)
    sets = held_out_sets(recipe)
    dev, test = sets["transfer_"]
    assert sorted(t.anchor for t in dev + test) == [f"q{i}" for i in range(6)]  # every passage-side triplet once
    assert not {t.anchor for t in dev} & {t.anchor for t in test}
    (query_side,) = sets["transfer_query_"][0] + sets["transfer_query_"][1]
    assert (query_side.anchor, query_side.positive, query_side.negative) == ("p0", "q0", "q0'")


def test_a_negation_across_a_clause_break_from_the_answer_is_dropped():
    sentence = "The city has suffered severely, and two-thirds of the people were wiped out."
    at = sentence.index("has suffered")
    negated = Perturbation(sentence, sentence.replace("has suffered", "has not suffered"), "negation",
                           "insert_auxiliary", (Edit(at + 3, at + 3, "", at + 3, at + 7, " not"),))  # fmt: skip
    assert not hits_what_is_asked(negated, "How many of the people were wiped out?", "two-thirds")
    assert hits_what_is_asked(negated, "What happened to the city?", "suffered severely")


def test_a_pair_whose_answer_another_sentence_repeats_gives_no_passage_negative(nlp):
    passage = "Kaifeng became the capital. The emperor moved south to Kaifeng in 1214."
    spans = [(0, 27), (28, 72)]
    assert answer_elsewhere(passage, spans, 1, "Kaifeng") and not answer_elsewhere(passage, spans, 1, "1214")
    repeated = QueryPassage("Where did the emperor move?", passage, answer="Kaifeng")
    once = QueryPassage("Where did the emperor move?", "The capital fell. The emperor moved south to Kaifeng in 1214.",
                        answer="Kaifeng")  # fmt: skip
    records = list(passage_negatives([repeated, once], ["negation"], nlp=nlp, query_side=False))
    assert [r["negative"] for r in records] == ["The capital fell. The emperor did not move south to Kaifeng in 1214."]


@pytest.mark.parametrize("text, answer, found", [
    ("It often rains, ten times a year.", "ten", (16, 19)),  # not the "ten" of "often"
    ("The Pope spoke.", "Po", None),
    ("Scores from 2014 and 2 more.", "2", (21, 22)),
    ("Costs rose to $5 million.", "$5 million", (14, 24)),  # no boundary asked for before "$"
    ("It aired on the CBS network.", "cbs", (16, 19)),  # any case when no exact mention
    ("May said you may go.", "may", (13, 16)),  # the case-exact mention first
])  # fmt: skip
def test_answers_are_found_as_whole_words(text, answer, found):
    assert find_answer(text, answer) == found


def test_a_short_answer_inside_another_word_neither_locates_nor_repeats():
    passage = "Storms come often in spring. The town counted ten storms in 1990."
    spans = [(0, 28), (29, 65)]
    assert answering_sentence(spans, passage, "How many storms came?", "ten") == (1, "answer")
    assert not answer_elsewhere(passage, spans, 1, "ten")  # "often" does not state it
    assert answering_sentence(spans, passage, "Who came?", "Po") is None


def _edit_of(sentence: str, op: str, rule: str, nlp) -> Perturbation:
    (edit,) = [p for p in perturb([sentence], [op], nlp=nlp)[0].perturbations if p.rule == rule]
    return edit


def test_a_role_swap_is_kept_only_when_it_trades_the_answer_with_what_is_asked(nlp):
    swap = _edit_of("The Denver Broncos defeated the Carolina Panthers.", "role_swap", "subject_object", nlp)
    assert swap.text == "The Carolina Panthers defeated the Denver Broncos."
    assert hits_what_is_asked(swap, "Who defeated the Carolina Panthers?", "Denver Broncos")
    assert not hits_what_is_asked(swap, "Who defeated the Carolina Panthers?", "Super Bowl 50")  # answer not swapped
    assert not hits_what_is_asked(swap, "Who won?", "Denver Broncos")  # the other side is not asked about
    # the answer a small part of a swapped argument: the swapped sentence still pairs the team with its score
    sentence = "The Broncos beat a team with a record of 15 wins."
    rate = Perturbation(sentence, "A team with a record of 15 wins beat the Broncos.", "role_swap", "subject_object",
                        (Edit(0, 11, "The Broncos", 0, 32, "A team with a record of 15 wins"),
                         Edit(17, 48, "a team with a record of 15 wins", 38, 49, "the Broncos")))  # fmt: skip
    assert not hits_what_is_asked(rate, "What record did the team the Broncos beat have?", "15 wins")
    assert hits_what_is_asked(rate, "Who beat a team with a record of 15 wins?", "The Broncos")


def test_a_scalar_negation_leaves_some_that_do(nlp):
    sentence = "Many counties offer alternative licensing programs, especially for hard-to-fill positions."
    scalar = _edit_of(sentence, "negation", "insert_quantifier_subject", nlp)
    assert scalar.text.startswith("Not many counties offer")
    query = "What type of positions would these counties be trying to recruit for?"
    assert not hits_what_is_asked(scalar, query, "hard-to-fill positions", nlp(sentence))


@pytest.mark.parametrize("sentence, query, answer, kept", [
    # an appositive the query asks about defines the answer whatever the verb says
    ("At a Khuruldai, a council of Mongol chiefs, Temujin was acknowledged as Khan.",
     "What is the term for a meeting of Mongol chiefs?", "Khuruldai", False),
    # a parenthesis too
    ("There are many differences between the teachers for elementary schools (Grundschule) and others.",
     "What is the name of Elementary Schools?", "Grundschule", False),
    # the query asks about the predicate: negating it takes the answer back
    ("At a Khuruldai, a council of Mongol chiefs, Temujin was acknowledged as Khan.",
     "Where was Temujin acknowledged as Khan?", "Khuruldai", True),
    # an answer in an adverbial clause: the negated main clause no longer follows from it
    ("Where class sizes are typically 40 to 50 students, maintaining order can divert the teacher.",
     "What class sizes can make keeping order difficult?", "40 to 50 students", True),
])  # fmt: skip
def test_a_negation_must_take_the_answer_back(nlp, sentence, query, answer, kept):
    (negation,) = [p for p in perturb([sentence], ["negation"], nlp=nlp)[0].perturbations
                   if p.rule in ("insert_auxiliary", "insert_do_support")]  # fmt: skip
    assert hits_what_is_asked(negation, query, answer, nlp(sentence)) is kept


def test_a_claim_without_an_answer_gets_a_passage_negative_only_when_asked(nlp):
    claim = QueryPassage("The Denver Broncos defeated the Carolina Panthers.", PASSAGE, "sf-1", "scifact:1")
    default = list(passage_negatives([claim], ["negation"], nlp=nlp))
    assert [r["side"] for r in default] == ["query"]
    assert default[0]["negative"] == "The Denver Broncos did not defeat the Carolina Panthers."
    records = passage_negatives([claim], ["negation"], nlp=nlp, by_overlap=True)
    (edited,) = [r for r in records if r["side"] == "passage"]
    assert (edited["sentence"], edited["located_by"]) == (1, "overlap")
    assert edited["negative"] == PASSAGE.replace("defeated", "did not defeat")


def test_an_edit_past_a_sentence_end_spacy_did_not_split_is_dropped(nlp):
    sentence = ("Preschool teachers may earn £20,980 annually.[citation needed] Teachers in state schools must have "
                "a degree.")  # fmt: skip
    at = sentence.index("must have") + len("must")
    negated = Perturbation(sentence, sentence.replace("must have", "must not have"), "negation", "insert_auxiliary",
                           (Edit(at, at, "", at, at + 4, " not"),))  # fmt: skip
    assert not hits_what_is_asked(negated, "What would a Preschool teacher make, salary-wise?", "20,980")
    assert hits_what_is_asked(negated, "What must teachers in state schools have?", "a degree")


@pytest.mark.parametrize("query, kept", [
    # the relative clause states what is asked, and nothing else does: the negated "include" leaves it standing
    ("Which outbreak was associated with troops in the thirty years war?", False),
    # what is asked is the main clause's
    ("Which late outbreak in central Europe was included?", True),
])  # fmt: skip
def test_a_relative_clause_of_the_answer_that_states_what_is_asked_survives_a_negation(nlp, query, kept):
    sentence = ("Late outbreaks included the Italian Plague of 1629, which is associated with troop movements during "
                "the Thirty Years' War.")  # fmt: skip
    (negation,) = perturb([sentence], ["negation"], nlp=nlp)[0].perturbations
    assert negation.text.startswith("Late outbreaks did not include the Italian Plague of 1629, which is")
    assert hits_what_is_asked(negation, query, "the Italian Plague of 1629", nlp(sentence)) is kept


@pytest.mark.parametrize("sentence, negated, query, answer, kept", [
    # a negated factive frame leaves its that-clause standing ...
    ("It is important to note that the study consisted of a sample of 2,869 young people.",
     "It is not important to note that the study consisted of a sample of 2,869 young people.",
     "How many people were involved in the study?", "2,869", False),
    # ... a negated verb of saying or believing no longer asserts it
    ("Aristotle believed that objects composed of earth and water rest in their natural place on the ground.",
     "Aristotle did not believe that objects composed of earth and water rest in their natural place on the ground.",
     "Where did Aristotle believe the natural place for earth and water was?", "on the ground", True),
    # a wh-clause right after the negated copula is presupposed
    ("This is why astronauts experience weightlessness in free fall.",
     "This is not why astronauts experience weightlessness in free fall.",
     "What do astronauts experience while in free-fall?", "weightlessness", False),
    ("The astronauts experienced weightlessness in free fall.",
     "The astronauts did not experience weightlessness in free fall.",
     "What do astronauts experience while in free-fall?", "weightlessness", True),
    # a coordinated clause with an auxiliary of its own is out of the inserted "not"'s reach ...
    ("In real life, matter has extended structure and forces that act on one part of an object might affect other "
     "parts of an object.",
     "In real life, matter has not extended structure and forces that act on one part of an object might affect other "
     "parts of an object.",
     "What may a force on one part of an object affect?", "other parts", False),
    # ... a coordinated verb without one shares the negation
    ("The Panthers used the practice facility and stayed at the San Jose Marriott.",
     "The Panthers did not use the practice facility or stay at the San Jose Marriott.",
     "Which hotel did the Panthers stay at?", "San Jose Marriott", True),
    # the answer in the clause above the negated one
    ("In 2012, NFL Commissioner Roger Goodell stated that the league planned to make the game spectacular.",
     "In 2012, NFL Commissioner Roger Goodell stated that the league did not plan to make the game spectacular.",
     "Who was the commissioner of the NFL in 2012?", "Roger Goodell", False),
    # a possessor whose phrase states all that is asked ...
    ("One of the oldest depictions of civil disobedience is in Sophocles' play Antigone.",
     "One of the oldest depictions of civil disobedience is not in Sophocles' play Antigone.",
     "Antigone was a play made by whom?", "Sophocles", False),
    # ... not when the query asks about the negated verb too
    ("Sophocles' play was banned in Athens.", "Sophocles' play was not banned in Athens.",
     "Whose play was banned in Athens?", "Sophocles", True),
])  # fmt: skip
def test_a_negation_that_only_frames_the_answer_is_dropped(nlp, sentence, negated, query, answer, kept):
    (negation,) = [p for p in perturb([sentence], ["negation"], nlp=nlp)[0].perturbations if p.text == negated]
    assert hits_what_is_asked(negation, query, answer, nlp(sentence)) is kept


@pytest.mark.parametrize("sentence, negated, query, answer, kept", [
    # a participle modifying a noun on the way to the answer predicates on its own, whatever the negated verb says ...
    ("From 1530 a royal act restricted all shipments of coal from Tyneside to Newcastle Quayside, giving a monopoly "
     "in the coal trade to a cartel of Newcastle burgesses known as the Hostmen.",
     "From 1530 a royal act did not restrict all shipments of coal from Tyneside to Newcastle Quayside, giving a "
     "monopoly in the coal trade to a cartel of Newcastle burgesses known as the Hostmen.",
     "What was the cartel of Newcastle burgesses known as?", "the Hostmen", False),
    # ... also one tagged as a past tense
    ("The significant element of the relief, in this part of Warsaw, is the edge of moraine plateau called Warsaw "
     "Escarpment.",
     "The significant element of the relief, in this part of Warsaw, is not the edge of moraine plateau called "
     "Warsaw Escarpment.",
     "What is the edge of the moraine plateau called?", "Warsaw Escarpment", False),
    # a with-phrase after a comma states what is asked beside the negated verb ...
    ("About 15 kilometres from Warsaw, the Vistula river's environment features a perfectly preserved ecosystem, "
     "with a habitat of animals that includes the otter, beaver and hundreds of bird species.",
     "About 15 kilometres from Warsaw, the Vistula river's environment does not feature a perfectly preserved "
     "ecosystem, with a habitat of animals that includes the otter, beaver and hundreds of bird species.",
     "What animals does the Vistula river's ecosystem include?", "otter, beaver and hundreds of bird species", False),
    # ... also after an adverb
    ("It has been used in many nonviolent resistance movements in India, recently with the 2003 Rose Revolution in "
     "Georgia and the 2004 Orange Revolution in Ukraine.",
     "It has not been used in many nonviolent resistance movements in India, recently with the 2003 Rose Revolution "
     "in Georgia and the 2004 Orange Revolution in Ukraine.",
     "Where was the location of the 2003 Rose revolution?", "Georgia", False),
    # an instrumental with-phrase (no comma) is the negated verb's own
    ("They assessed the presence of DNA with PCR techniques for Y. pestis from the tooth sockets in human skeletons.",
     "They did not assess the presence of DNA with PCR techniques for Y. pestis from the tooth sockets in human "
     "skeletons.",
     "Where did scientists find their Y. pestis sample?", "the tooth sockets", True),
    # a participle with an auxiliary of its own (spaCy's reading of "how forces affect idealized …") is not one
    ("Newton's laws and Newtonian mechanics in general were first developed to describe how forces affect idealized "
     "point particles rather than three-dimensional objects.",
     "Newton's laws and Newtonian mechanics in general were not first developed to describe how forces affect "
     "idealized point particles rather than three-dimensional objects.",
     "What did Newton's mechanics affect?", "idealized point particles", True),
])  # fmt: skip
def test_a_participle_or_with_phrase_that_states_what_is_asked_survives_a_negation(
    nlp, sentence, negated, query, answer, kept
):
    (negation,) = [p for p in perturb([sentence], ["negation"], nlp=nlp)[0].perturbations if p.text == negated]
    assert hits_what_is_asked(negation, query, answer, nlp(sentence)) is kept

"""Affirmative → negative: put the main clause under negation with correct English."""

from __future__ import annotations

from spacy.tokens import Token

from ...errors import RefusalReason
from ...morphology import base_form, inflect, lemma, match_case
from ...syntax.clause import (
    MainClause,
    NotAnalysable,
    clitic_meaning,
    norm,
    possessive_have,
    reporting_verb,
    that_clause,
)
from ...syntax.editing import TextEditor
from . import lexicon as lx
from .surface import Style, prefix_word

__all__ = ["insert_negation"]


_STILL = frozenset({"still"})
_NPIS = frozenset(lx.NPI_FOR_NEGATIVE)


def insert_negation(clause: MainClause, editor: TextEditor, style: Style) -> str:
    """Describe the edits on ``editor`` and return the rule id.

    Raises:
        NotAnalysable: the clause reads two ways under negation.
    """
    first = clause.sentence[0]
    if clause.inverted and norm(first) in ("how", "where", "when"):
        # "How don't I know…?", "Where isn't the station?": grammatical, but no one asks that.
        raise NotAnalysable(
            RefusalReason.UNSUPPORTED_CONSTRUCTION, f"a negated {first.lower_}-question is not a natural question"
        )
    if clause.subject is not None and not clause.inverted:
        rule = _negate_subject(clause, editor)
        if rule:
            return rule
    if _still_to_no_longer(clause, editor):
        return "still_to_no_longer"
    if clause.imperative:
        point = _preverbal_start(clause.root)
        prefix_word(editor, clause.sentence, point, style.spell("don't") if style.contracted else "do not")
        rule, scope_start = "imperative", point.i
    elif clause.finite_is_auxiliary:
        _check_possessive_have(clause)
        rule, scope_start = _negate_auxiliary(clause, editor, style)
    elif _elliptical_do(clause):
        # "I do." is "I do [X]": the verb is the auxiliary of an elided predicate ("I do not.", not "I do not do.")
        editor.replace(clause.finite, style.spell(lx.CONTRACTED_NEGATIVE[norm(clause.finite)]) if style.contracted
                       else f"{clause.finite.text} not")  # fmt: skip
        rule, scope_start = "elliptical_do", clause.finite.i + 1
    else:
        rule, scope_start = _do_support(clause, editor, style)
    if rule != "do_support":  # do-support already re-inflected the coordinated verbs
        _coordinate(clause, editor, base_forms=False)
    _rewrite_polarity_items(clause, editor, scope_start)
    return rule


def _negate_subject(clause: MainClause, editor: TextEditor) -> str | None:
    subject = clause.subject
    first = subject.left_edge
    low = norm(first)
    if first.i > clause.finite.i:
        return None
    if low in lx.SCOPE_AMBIGUOUS_SUBJECTS and not (low == "little" and first != subject and subject.tag_ == "NNS"):
        raise NotAnalysable(
            RefusalReason.AMBIGUOUS_SCOPE, f"a negated clause with the subject {subject.text!r} reads two ways"
        )
    if low in lx.UNIVERSAL_QUANTIFIERS:
        prefix_word(editor, clause.sentence, first, "not")
        return "quantifier_subject"
    if first == subject and low in lx.INDEFINITE_SUBJECTS:
        editor.replace(first, match_case(lx.INDEFINITE_SUBJECTS[low], first.text))
    elif low == "some" and not _next_is_number(first):
        editor.replace(first, match_case("none" if first == subject else "no", first.text))
    elif first != subject and (last := _existential_determiner(clause, first)) is not None:
        # "Several patients died" → "No patients died": "did not die" leaves others who may have
        editor.replace_range(first, last, match_case("no", first.text))
    else:
        return None
    _rewrite_polarity_items(clause, editor, subject.right_edge.i + 1)
    return "indefinite_subject"


def _existential_determiner(clause: MainClause, first: Token) -> Token | None:
    """The last word of an existential determiner opening the subject ("several", "a number of", "one" before a
    singular noun; "a"/"an" when the verb reports, as in "A study shows that X"), or ``None``."""
    low, doc = norm(first), first.doc
    following = doc[first.i + 1 : first.i + 3]
    if any(c.dep_ == "conj" for c in clause.subject.children):
        return None  # "One woman and two girls are sitting": "no" would cover only the first conjunct
    if low == "one" and any(norm(t) in ("another", "other", "others") for t in clause.sentence):
        return None  # "One child is standing, while another is looking": "one" contrasts with "another"
    if low in lx.EXISTENTIAL_DETERMINERS:
        return first
    copular = norm(clause.root) in ("is", "was", "be", "'s")  # "One possibility is to wait": one of several
    if low == "one" and first.dep_ in ("nummod", "det") and clause.subject.tag_ == "NN" and not copular:
        return first
    if low == "a" and len(following) == 2 and [norm(t) for t in following] == ["number", "of"]:
        return following[-1]
    if low == "a" and len(following) >= 1 and norm(following[0]) == "few" and clause.subject != following[0]:
        return following[0]
    reporting = reporting_verb(clause.root) and that_clause(clause.root) is not None
    if low in ("a", "an") and reporting and first.head == clause.subject:
        return first
    return None


def _still_to_no_longer(clause: MainClause, editor: TextEditor) -> bool:
    if clause.inverted or clause.imperative or not clause.mentions(_STILL):
        return False
    for t in clause.tokens:
        if norm(t) == "still" and t.dep_ == "advmod" and t.head == clause.root and not _followed_by_comma(t):
            editor.replace(t, match_case("no longer", t.text))
            return True
    return False


def _negate_auxiliary(clause: MainClause, editor: TextEditor, style: Style) -> tuple[str, int]:
    finite = clause.finite
    low = norm(finite)
    if clause.inverted:
        contracted = lx.CONTRACTED_NEGATIVE.get(low)
        if contracted:
            editor.replace(finite, match_case(style.spell(contracted), finite.text))
            return "inverted_auxiliary", finite.i + 1
        end = clause.subject.right_edge
        editor.insert_after(end, "not")
        return "inverted_auxiliary", end.i + 1
    if low in lx.CONTRACTION_CLITICS:
        meaning = clitic_meaning(finite)
        if meaning in lx.CLITIC_NEGATIVE:
            editor.replace(finite, " " + style.spell(lx.CLITIC_NEGATIVE[meaning]))
        else:
            editor.insert_after(finite, "not")
        return "clitic_auxiliary", finite.i + 1
    if low in ("can", "might", "may"):
        # "might not" and "may not" leave the possibility open ("It might rain" and "It might not rain" are both
        # true); the contradiction of a possibility is an impossibility: "It cannot rain"
        editor.replace(finite, match_case(style.spell("can't") if style.contracted else "cannot", finite.text))
    elif style.contracted and low in lx.CONTRACTED_NEGATIVE:
        editor.replace(finite, match_case(style.spell(lx.CONTRACTED_NEGATIVE[low]), finite.text))
    else:
        editor.insert_after(finite, "not")
    return "auxiliary", finite.i + 1


def _check_possessive_have(clause: MainClause) -> None:
    """Refuse "Individuals with X have increased risk of Y": "have" owns "increased risk" (do not have) or makes a
    perfect (have not increased); "have not increased risk" reads as the second, a claim about a change."""
    if clause.root != clause.finite and possessive_have(clause.root):
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"'have {clause.root.text}' may be possession")


def _elliptical_do(clause: MainClause) -> bool:
    """A finite do/does/did with nothing for it to do: no object, complement or modifier but punctuation."""
    verb = clause.root
    if verb != clause.finite or norm(verb) not in lx.DO_FORMS:
        return False
    return all(c.dep_ in (*lx.SUBJECT_DEPS, "punct", "cc") for c in verb.children)


def _do_support(clause: MainClause, editor: TextEditor, style: Style) -> tuple[str, int]:
    verb = clause.main_verb
    do = _do_form(clause, verb)
    negative = style.spell(lx.CONTRACTED_NEGATIVE[do]) if style.contracted else f"{do} not"
    point = _preverbal_start(verb)
    prefix_word(editor, clause.sentence, point, negative)
    if any(norm(v) in ("was", "were", "is", "are", "be") for v in clause.coordinated_verbs()):
        # "induced X and were sensitive" → "*did not induce X or be sensitive": do cannot carry a copula
        raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, "a copula is coordinated with the verb")
    editor.replace(verb, base_form(verb))
    _coordinate(clause, editor, base_forms=True)
    return "do_support", point.i


def _do_form(clause: MainClause, verb: Token) -> str:
    """do/does/did from the verb's tag, correcting past/present homographs (cut, set, read…) by context."""
    word = norm(verb)
    lemma = base_form(verb).lower()
    # An inflected spelling decides on its own: "swam" is past whatever the tagger says.
    if word != lemma and word == inflect(lemma, "VBD"):
        return "did"
    if verb.tag_ == "VBZ" or (word != lemma and word == inflect(lemma, "VBZ")):
        return "does"
    words = {norm(t) for t in clause.sentence}
    homograph = word in lx.HOMOGRAPH_VERBS
    third_singular = _third_singular(clause.subject)
    past_cue = bool(words & lx.PAST_MARKERS)
    if verb.tag_ == "VBD":
        habitual = homograph and not third_singular and not past_cue and bool(words & lx.HABITUAL_MARKERS)
        return "do" if habitual else "did"
    if homograph and (third_singular or past_cue):
        return "did"  # "He cut the bread": a present tense would be "cuts"
    if third_singular and not _collective(clause.subject):
        return "does"  # "A woman pull…" repaired rather than copied
    return "do"  # "A group of kids paddle": plural by meaning, so present


def _third_singular(subject: Token | None) -> bool:
    if subject is None:
        return False
    if norm(subject) in lx.THIRD_SINGULAR_PRONOUNS:
        return True
    if norm(subject) in lx.INVARIANT_NOUNS and not any(norm(c) in lx.SINGULAR_DETERMINERS for c in subject.children):
        return False  # "the series include": the verb's own form, not the noun, says plural (but "a fish jump…")
    if subject.tag_ == "NN" and subject.lower_.endswith("s") and lemma(subject.lower_, "NOUN") != subject.lower_:
        return False  # "microRNAs" tagged NN: the spelling is plural, whatever the tag says
    if subject.tag_ in ("NN", "NNP") and subject.lower_.endswith(("a", "i")) and subject.head.tag_ == "VBP":
        return False  # "Mitochondria play", "stimuli evoke": a Latin plural the tagger calls singular
    if subject.tag_ == "NNP" and subject.text.endswith("s") and not subject.lower_.endswith(("ss", "us", "is")) and (
            subject.head.tag_ == "VBP"):  # fmt: skip
        return False  # "Fibros exhibit", "LLINs have": a plural name, as the verb's own form says
    return subject.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subject.children)


def _collective(subject: Token | None) -> bool:
    """"A group of kids", "a number of people": singular in form, plural in meaning."""
    if subject is None:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.tag_ in ("NNS", "NNPS") for o in c.children)
        for c in subject.children
    )


def _preverbal_start(verb: Token) -> Token:
    """Leftmost of the adverbs right before ``verb`` that fall under the negation ("does not *often* go")."""
    doc = verb.doc
    start = verb
    i = verb.i - 1
    while i >= 0:  # stops at the first non-adverb, which a sentence boundary always is
        t = doc[i]
        if t.head == verb and t.dep_ == "advmod" and t.pos_ == "ADV" and norm(t) not in lx.SENTENCE_ADVERBS:
            start = t
            i -= 1
        else:
            break
    return start


_FINITE_OR_BARE = frozenset({"VB", "VBZ", "VBP", "VBD"})
_BE_HAVE = frozenset({"am", "is", "are", "was", "were", "'m", "'re", "has", "have", "had", "'ve"})


def _coordinate(clause: MainClause, editor: TextEditor, *, base_forms: bool) -> None:
    """"reads and writes" → "does not read or write": and → or, and bare forms after do-support."""
    coordinators = clause.coordinators()
    if any(norm(cc) not in ("and", "or") for cc in coordinators):
        return  # "tried but failed": the conjuncts keep their own polarity
    if not base_forms and norm(clause.finite) in _BE_HAVE and any(
            v.tag_ in _FINITE_OR_BARE and v.pos_ == "VERB" for v in clause.coordinated_verbs()):  # fmt: skip
        # "are increased and contain proteases" → "*are not increased or contain": the second verb carries its own
        # tense (a modal's "will not go or see" is shared), so "not" after "are" does not reach it
        raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, "a coordinated verb carries its own tense")
    if base_forms:
        for verb in clause.coordinated_verbs():
            editor.replace(verb, base_form(verb))
    for cc in coordinators:
        if norm(cc) == "and":
            editor.replace(cc, match_case("or", cc.text))


_NP_DEPS = frozenset({"amod", "acl", "compound", "nmod"})


def _rewrite_polarity_items(clause: MainClause, editor: TextEditor, start: int) -> None:
    """some → any, already → yet, too → either, for words after ``start`` inside the negated scope."""
    if not clause.mentions(_NPIS):
        return
    for t in clause.tokens:
        if t.i < start or t.i in clause.subject_ids:
            continue
        low = norm(t)
        new = lx.NPI_FOR_NEGATIVE.get(low)
        if new is None:
            continue
        if low == "some" and (t.dep_ not in ("det", "dobj", "pobj", "attr") or _next_is_number(t)):
            continue
        if low in ("already", "too") and (t.dep_ != "advmod" or (t.head.tag_ == "VBN" and t.head.dep_ in _NP_DEPS)):
            continue  # "like already mentioned car registration": "already" modifies a participle, not the clause
        if low == "too" and not (t.head.pos_ in ("VERB", "AUX") and ends_clause(t)):
            continue
        editor.replace(t, match_case(new, t.text))


def _next_is_number(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].like_num


def _followed_by_comma(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ","


def ends_clause(token: Token) -> bool:
    """Nothing but punctuation or a new sentence follows ``token``."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or following.is_punct or following.is_sent_start

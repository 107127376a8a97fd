"""Negative → affirmative: take the main clause's one negator away and re-inflect what it governed."""

from __future__ import annotations

from spacy.tokens import Token

from ...errors import RefusalReason
from ...morphology import base_form, indefinite_article, inflect, match_case
from ...syntax.clause import MainClause, NotAnalysable, norm
from ...syntax.editing import TextEditor
from . import lexicon as lx
from .insert import ends_clause
from .surface import delete_words

__all__ = ["remove_negation"]


_PPIS = frozenset(lx.PPI_FOR_AFFIRMATIVE)


_UNTIL = frozenset({"until", "till"})


def remove_negation(clause: MainClause, negator: Token, editor: TextEditor) -> str:
    """Describe the edits on ``editor`` and return the rule id.

    Raises:
        NotAnalysable: a polarity item would be stranded ("ever", "at all"), or the parse is inconsistent.
    """
    if negator.i > 0 and norm(negator.doc[negator.i - 1]) == "or":
        raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, "'whether … or not': the 'not' is elliptical")
    for phrase in lx.STRANDED_NPIS:
        if clause.has_phrase(phrase):
            raise NotAnalysable(
                RefusalReason.UNSUPPORTED_CONSTRUCTION, f"{phrase!r} has no affirmative counterpart in place"
            )
    if clause.mentions(_UNTIL) and norm(negator) in ("not", "n't"):
        # "was not announced until completion" means "only at completion"; without "not" the "until" reads wrong
        raise NotAnalysable(RefusalReason.UNSUPPORTED_CONSTRUCTION, "'not … until' has no affirmative counterpart")
    low = norm(negator)
    following = negator.doc[negator.i + 1] if negator.i + 1 < len(negator.doc) else None
    if (
        low in ("not", "never")
        and following is not None
        and following.i in clause.subject_ids
        and norm(following) in lx.UNIVERSAL_QUANTIFIERS
    ):
        delete_words(editor, clause.sentence, negator)
        rule = "quantifier_subject"
    elif low in ("not", "n't"):
        rule = _remove_not(clause, negator, editor)
    elif low == "never":
        delete_words(editor, clause.sentence, negator)
        rule = "never"
    elif low == "no":
        rule = _remove_no(negator, editor)
    else:
        editor.replace(negator, match_case(lx.NEGATIVE_PRONOUNS[low], negator.text))
        rule = "negative_pronoun"
    _rewrite_polarity_items(clause, editor, negator)
    return rule


def _remove_not(clause: MainClause, negator: Token, editor: TextEditor) -> str:
    finite = clause.finite
    low = norm(finite)
    on_finite = negator.i == finite.i + 1
    if on_finite and low in lx.DO_FORMS and finite != clause.root:
        if clause.imperative:
            delete_words(editor, clause.sentence, finite, negator)  # "Don't close" → "Close"
            return "imperative"
        if not clause.inverted:
            tag = lx.DO_FORMS[low]
            delete_words(editor, clause.sentence, finite, negator)
            # "didn't get broken" → "got broken": the verb right after do takes its tense
            verb = next((a for a in clause.auxiliaries if a.i > negator.i), clause.root)
            editor.replace(verb, match_case(inflect(base_form(verb).lower(), tag), verb.text))
            _inflect_coordinated(clause, editor, tag)
            return "do_support"
    following = negator.doc[negator.i + 1] if negator.i + 1 < len(negator.doc) else None
    if on_finite and low in ("need", "ought") and (following is None or norm(following) != "to"):
        # "need not go" → "need to go", "oughtn't do" → "ought to do" ("ought not to do" just loses "not")
        editor.replace(negator, "to" if negator.idx > finite.idx + len(finite.text) else " to")
        return f"{low}_not"
    if on_finite and low in lx.NEGATIVE_STEMS:
        editor.replace_range(finite, negator, match_case(lx.NEGATIVE_STEMS[low], finite.text))
        return "auxiliary"
    delete_words(editor, clause.sentence, negator)
    return "auxiliary"


def _inflect_coordinated(clause: MainClause, editor: TextEditor, tag: str) -> None:
    """"doesn't read or write" → "reads or writes": coordinated bare verbs take the tense do-support carried."""
    if any(norm(cc) not in ("and", "or") for cc in clause.coordinators()):
        return
    for verb in clause.coordinated_verbs():
        editor.replace(verb, match_case(inflect(base_form(verb).lower(), tag), verb.text))


def _remove_no(negator: Token, editor: TextEditor) -> str:
    doc = negator.doc
    following = doc[negator.i + 1] if negator.i + 1 < len(doc) else None
    if following is not None and norm(following) == "one":
        editor.replace_range(negator, following, match_case("someone", negator.text))
        return "negative_pronoun"
    if following is not None and norm(following) == "longer":
        editor.replace_range(negator, following, match_case("still", negator.text))
        return "no_longer"
    if negator.text == "NO" and not negator.sent.text.isupper():
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, "'NO' in capitals is nitric oxide, not a determiner")
    if negator.dep_ != "det" or following is None:
        raise NotAnalysable(RefusalReason.UNRELIABLE_PARSE, f"{negator.text!r} is not a determiner here")
    noun = negator.head
    if noun.tag_ in ("NNS", "NNPS") or noun.lower_ in lx.MASS_NOUNS:
        new = "some"
    else:
        new = indefinite_article(following.text)
    editor.replace(negator, match_case(new, negator.text))
    return "negative_determiner"


def _rewrite_polarity_items(clause: MainClause, editor: TextEditor, negator: Token) -> None:
    """any → some, yet → already, either → too, once the negation that licensed them is gone."""
    if not clause.mentions(_PPIS):
        return
    for t in clause.tokens:
        if t == negator:
            continue
        low = norm(t)
        new = lx.PPI_FOR_AFFIRMATIVE.get(low)
        if new is None:
            continue
        if low == "yet" and t.dep_ != "advmod":
            continue
        if low == "either" and not (t.dep_ == "advmod" and ends_clause(t)):
            continue
        editor.replace(t, match_case(new, t.text))

"""The blind test: a classifier that sees one sentence — never the anchor — tells negatives from positives.

Each triplet gives two examples: its positive (label 0) and its negative (label 1). Features are word 1–2-grams
and character 2–4-grams (TF-IDF), the model a logistic regression; scores are out of fold, with folds grouped so
that no text is scored by a model that saw it or its twin: a group is every text linked to another by a
triplet (a sentence, its edits, and their mirrored records; a passage shared by several questions). ROC-AUC
0.5 means no shortcut: the text alone does not give the negative away. Above about 0.65 a model trained on the
dataset can lower its loss by spotting edited text instead of comparing it with the query (the SugarCrepe
finding for ARO and CREPE).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import NegagenError

__all__ = ["AuditDependencyError", "BlindScores", "blind_scores", "roc_auc"]

MIN_PAIRS = 20


class AuditDependencyError(NegagenError):
    """The audit's classifier needs scikit-learn."""


@dataclass(frozen=True)
class BlindScores:
    """Out-of-fold scores (probability of "negative") for ``positives`` and ``negatives``, pair by pair, and the
    features that give a negative away most (largest weights of a model fit on every pair)."""

    positive_scores: list[float]
    negative_scores: list[float]
    telltales: list[tuple[str, float]]


def _sklearn():
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold
        from sklearn.pipeline import make_pipeline, make_union
    except ImportError:
        raise AuditDependencyError("the audit needs scikit-learn: pip install 'negagen[audit]'") from None
    return TfidfVectorizer, LogisticRegression, GroupKFold, make_pipeline, make_union


def _model():
    tfidf, logistic, _, make_pipeline, make_union = _sklearn()
    features = make_union(
        tfidf(analyzer="word", ngram_range=(1, 2), lowercase=True, min_df=2, sublinear_tf=True,
              token_pattern=r"(?u)\b\w+\b|n't"),
        tfidf(analyzer="char_wb", ngram_range=(2, 4), lowercase=True, min_df=2, sublinear_tf=True),
    )  # fmt: skip
    return make_pipeline(features, logistic(C=1.0, solver="liblinear", max_iter=1000))


def _components(pairs: list[tuple[str, str]]) -> dict[str, int]:
    """Every text's group: texts joined by a (positive, negative) pair are one group (union-find)."""
    parent: dict[str, str] = {}

    def root(text: str) -> str:
        parent.setdefault(text, text)
        while parent[text] != text:
            parent[text] = parent[parent[text]]
            text = parent[text]
        return text

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    ids: dict[str, int] = {}
    return {text: ids.setdefault(root(text), len(ids)) for text in parent}


def blind_scores(positives: Sequence[str], negatives: Sequence[str], folds: int = 5) -> BlindScores | None:
    """Out-of-fold blind scores of each (positive, negative) pair; ``None`` with fewer than :data:`MIN_PAIRS`
    pairs or fewer groups than folds."""
    _, _, group_k_fold, _, _ = _sklearn()
    n = len(negatives)
    texts = list(positives) + list(negatives)
    component = _components(list(zip(positives, negatives, strict=True)))
    groups = [component[t] for t in texts]
    if n < MIN_PAIRS or len(set(groups)) < folds:
        return None
    labels = [0] * n + [1] * n
    scores = [0.0] * (2 * n)
    for train, test in group_k_fold(n_splits=folds).split(texts, labels, groups):
        model = _model().fit([texts[i] for i in train], [labels[i] for i in train])
        for i, p in zip(test, model.predict_proba([texts[i] for i in test])[:, 1], strict=True):
            scores[i] = float(p)
    full = _model().fit(texts, labels)
    union, logistic = full.steps[0][1], full.steps[1][1]
    names = [name.split("__", 1)[1] for name in union.get_feature_names_out()]
    weights = logistic.coef_[0]
    top = sorted(range(len(names)), key=lambda i: (-weights[i], names[i]))[:10]
    return BlindScores(scores[:n], scores[n:], [(names[i], round(float(weights[i]), 3)) for i in top])


def roc_auc(positive_scores: Sequence[float], negative_scores: Sequence[float]) -> float:
    """The share of (positive, negative) score pairs in which the negative scores higher, ties half: ROC-AUC
    with the negatives as the class to find."""
    ranked = sorted([(s, 0) for s in positive_scores] + [(s, 1) for s in negative_scores])
    # Mann–Whitney U with mid-ranks for ties
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        mid = (i + 1 + j) / 2
        rank_sum += mid * sum(1 for k in range(i, j) if ranked[k][1] == 1)
        i = j
    n_neg, n_pos = len(negative_scores), len(positive_scores)
    return (rank_sum - n_neg * (n_neg + 1) / 2) / (n_neg * n_pos)

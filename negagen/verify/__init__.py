"""The verification stage: dense retrieval for recall, then a verifier for structure.

Every verifier has ``score(queries, candidates) -> numpy array`` (one score per pair, higher = more likely the same
meaning): :class:`DenseVerifier` (the encoder's own cosine, the baseline), :class:`MaxSimVerifier` (late
interaction, no training), :class:`SimMapVerifier` (a CNN over the token cosine map, trained on negagen rows) and
:class:`CrossEncoderVerifier` (a fine-tuned cross-encoder). :mod:`negagen.verify.rerank` runs dense top-k then a
verifier; :mod:`negagen.verify.evaluate` measures each configuration.

Verifiers are registered by name (:func:`register_verifier`, or the ``negagen_verifiers`` entry-point group) and
follow the :class:`Verifier` protocol; both live in :mod:`negagen.experiment.verifiers`, below this package, so that a
recipe can check the names it lists. This package imports no other stage (``train``, ``evaluate``).
"""

from ..experiment.verifiers import Verifier, get_verifier, register_verifier, verifier_names
from .dense import DenseVerifier
from .maxsim import MaxSimVerifier, maxsim
from .rerank import dense_top_k, ndcg_at_k, rerank
from .simmap import SimMapVerifier
from .tokens import TokenEmbeddings

__all__ = [
    "DenseVerifier",
    "MaxSimVerifier",
    "SimMapVerifier",
    "TokenEmbeddings",
    "Verifier",
    "dense_top_k",
    "get_verifier",
    "maxsim",
    "ndcg_at_k",
    "register_verifier",
    "rerank",
    "verifier_names",
]


def __getattr__(name: str):  # the cross-encoder imports sentence-transformers' trainer: only when asked for
    if name == "CrossEncoderVerifier":
        from .cross_encoder import CrossEncoderVerifier

        return CrossEncoderVerifier
    raise AttributeError(name)

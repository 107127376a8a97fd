"""negagen: compositional hard negatives for dense retrieval.

Rule-based operators over spaCy parses make minimal, grammatical, meaning-changing edits, each with provenance
(operator, rule, character spans) or a typed refusal saying why not.
"""

from .about import __version__
from .api import iter_perturb, perturb
from .errors import (
    ConfigError,
    InputError,
    NegagenError,
    PipelineNotFoundError,
    RefusalReason,
    UnknownOperatorError,
)
from .operators import get_operator, operator_names
from .parse import load_pipeline
from .positives import structural_positive
from .records import Edit, Perturbation, Refusal, TextResult
from .registry import register_operator

__all__ = [
    "ConfigError",
    "Edit",
    "InputError",
    "NegagenError",
    "Perturbation",
    "PipelineNotFoundError",
    "Refusal",
    "RefusalReason",
    "TextResult",
    "UnknownOperatorError",
    "__version__",
    "get_operator",
    "iter_perturb",
    "load_pipeline",
    "operator_names",
    "perturb",
    "register_operator",
    "structural_positive",
]

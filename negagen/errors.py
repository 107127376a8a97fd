"""Typed exceptions raised by negagen, and the fixed set of refusal reasons.

Exceptions are for misuse (a missing pipeline, an unknown operator, unreadable input): the API raises them and
the CLI turns each into one line on stderr with exit code 2. Refusals are *data*, not exceptions: an operator that
cannot make a correct edit says why with a :class:`RefusalReason`, and the reason travels with the record.
"""

from __future__ import annotations

from enum import Enum

__all__ = [
    "ConfigError",
    "InputError",
    "NegagenError",
    "PipelineNotFoundError",
    "RefusalReason",
    "UnknownOperatorError",
]


class NegagenError(Exception):
    """Base class of every error negagen raises on purpose."""


class PipelineNotFoundError(NegagenError):
    """No spaCy pipeline of the requested name (or its fallbacks) is installed."""


class UnknownOperatorError(NegagenError, KeyError):
    """An operator name that is not registered."""

    def __str__(self) -> str:  # KeyError would wrap the message in quotes
        return str(self.args[0])


class InputError(NegagenError, ValueError):
    """Input that cannot be read as asked: a missing file or column, an unsupported format."""


class ConfigError(NegagenError, ValueError):
    """An option value outside its allowed set (the message lists the allowed ones)."""


class RefusalReason(str, Enum):
    """Why an operator produced no output for a sentence. The set is fixed; values are stable strings.

    ========================== ===========================================================================
    reason                     meaning
    ========================== ===========================================================================
    ``empty_input``            the text is empty or only whitespace
    ``too_long``               the text is longer than ``max_chars`` (parsing it would be slow and unreliable)
    ``no_finite_verb``         the main clause has no finite verb: a fragment, caption or search query
    ``already_negated_scope``  asked to insert a negation, but the main clause is already negative
    ``affirmative_scope``      asked to remove a negation, but the main clause is affirmative
    ``ambiguous_scope``        the flip has no single correct reading (several negators, ``both``/``each``…)
    ``unsupported_construction`` a construction the rules do not handle correctly (negative inversion,
                               ``not only … but also``, ``neither … nor``, ``ain't``, semi-negatives)
    ``idiom``                  a fixed expression whose polarity cannot be flipped word by word
    ``unreliable_parse``       the parse is internally inconsistent, so any edit would be a guess
    ``no_target``              nothing the operator applies to (no role pair, no relation word, no antonym)
    ``copular``                the relation is copular ("X is the author of Y"): swapping gives nonsense
    ``reflexive``              an argument is reflexive ("She saw herself")
    ``symmetric_predicate``    the relation is symmetric (meet, marry, resemble, "as tall as"): no meaning change
    ``identical_arguments``    both participants are the same phrase
    ========================== ===========================================================================
    """

    EMPTY_INPUT = "empty_input"
    TOO_LONG = "too_long"
    NO_FINITE_VERB = "no_finite_verb"
    ALREADY_NEGATED_SCOPE = "already_negated_scope"
    AFFIRMATIVE_SCOPE = "affirmative_scope"
    AMBIGUOUS_SCOPE = "ambiguous_scope"
    UNSUPPORTED_CONSTRUCTION = "unsupported_construction"
    IDIOM = "idiom"
    UNRELIABLE_PARSE = "unreliable_parse"
    NO_TARGET = "no_target"
    COPULAR = "copular"
    REFLEXIVE = "reflexive"
    SYMMETRIC_PREDICATE = "symmetric_predicate"
    IDENTICAL_ARGUMENTS = "identical_arguments"

    def __str__(self) -> str:
        return self.value


# Reasons that describe the input rather than the language in it: the CLI reports these as bad input.
INPUT_REASONS = frozenset({RefusalReason.EMPTY_INPUT, RefusalReason.TOO_LONG})

"""Built-in operators. Importing this package registers them (see :mod:`negagen.registry`)."""

from .negation import make_negation, negate_sentence

__all__ = ["make_negation", "negate_sentence"]

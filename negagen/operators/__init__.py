"""Built-in operators. Importing this package registers them (see :mod:`negagen.registry`)."""

from .negation import make_negation, negate_sentence
from .role_swap import make_role_swap, swap_roles

__all__ = ["make_negation", "make_role_swap", "negate_sentence", "swap_roles"]

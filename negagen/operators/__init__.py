"""Built-in operators. Importing this package registers them (see :mod:`negagen.registry`)."""

from .antonym import make_antonym, replace_antonyms
from .negation import make_negation, negate_sentence
from .relation_flip import flip_relations, make_relation_flip
from .reorder import make_reorder, reorder_sentence
from .role_swap import make_role_swap, swap_roles

__all__ = [
    "flip_relations",
    "make_antonym",
    "make_negation",
    "make_relation_flip",
    "make_reorder",
    "make_role_swap",
    "negate_sentence",
    "reorder_sentence",
    "replace_antonyms",
    "swap_roles",
]

"""Reading inputs, turning results into triplet records, and writing them."""

from .generate import generate
from .io import BadRow, InputRow, read_inputs
from .shards import ShardedOutput
from .stats import GenerationStats
from .triplets import triplet_records
from .writers import open_writer

__all__ = [
    "BadRow",
    "GenerationStats",
    "InputRow",
    "ShardedOutput",
    "generate",
    "open_writer",
    "read_inputs",
    "triplet_records",
]

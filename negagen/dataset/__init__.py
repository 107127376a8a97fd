"""Reading inputs, turning results into triplet records, and writing them."""

from .io import BadRow, InputRow, read_inputs
from .triplets import triplet_records
from .writers import open_writer

__all__ = ["BadRow", "InputRow", "open_writer", "read_inputs", "triplet_records"]

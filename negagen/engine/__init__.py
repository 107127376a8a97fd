"""Execution engines: where the one batch function (:func:`negagen.api.perturb_batch`) runs.

``local`` runs it in this process or in forked worker processes (:mod:`negagen.api`); ``ray`` runs it in Ray Data
actors (:mod:`negagen.engine.ray_data`, needs ``pip install 'negagen[ray]'``). Both give the same records for the
same seed, because every record's randomness derives from its global index.
"""

ENGINES = ("local", "ray")

__all__ = ["ENGINES"]

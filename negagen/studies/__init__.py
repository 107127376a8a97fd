"""Studies: runs that drive more than one stage (train, then evaluate), the top of the experiment path.

``train``, ``evaluate`` and ``verify`` each build on :mod:`negagen.experiment` and never on each other; what needs
two of them lives here, and only the CLI and the benchmarks import it.

==================  ===========================================================================================
module              holds
==================  ===========================================================================================
``ratio_sweep``     ``negagen sweep``: train at every ratio × positive kind × seed, evaluate each, table and plot
==================  ===========================================================================================
"""

from .ratio_sweep import plan_runs, sweep

__all__ = ["plan_runs", "sweep"]

"""Package metadata kept in one place so pyproject and the dataset provenance read the same version."""

__title__ = "negagen"
__version__ = "0.1.0"

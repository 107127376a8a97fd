"""External linguistic resources negagen installs and finds offline (WordNet for NLTK)."""

from .wordnet import install_wordnet, wordnet_path

__all__ = ["install_wordnet", "wordnet_path"]

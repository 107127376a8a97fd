"""What the operators and the structural positives share: the analysis of a sentence and the means to edit it.

============== ================================================================================================
module         holds
============== ================================================================================================
``scan``       one pass over a sentence's tokens (cached per sentence): lower-cased words, contractions
``lexicon``    closed word classes of English (auxiliaries, negators, subject arcs, WH words, mass nouns)
``clause``     the main clause: its finite verb, subject, auxiliaries and polarity (:class:`MainClause`)
``editing``    :class:`TextEditor`: token-level replacements rendered back into the sentence, with spans
``phrases``    noun phrases as they move: their extent, case, agreement with the verb
``arguments``  which two argument phrases can trade places, and the swap itself
``plausibility`` the ``plausibility`` meta of an edit, from the selectional-preference table
============== ================================================================================================

Operators (:mod:`negagen.operators`) and positives (:mod:`negagen.positives`) import from here; nothing here
imports an operator, and no operator imports another.
"""

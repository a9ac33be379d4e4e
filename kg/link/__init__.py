"""Entity linking, coreference and cross-document identity.

- :mod:`kg.link.linker` and :mod:`kg.link.coref` turn mentions into entities,
  over the gazetteer of :mod:`kg.gazetteer` (index, matcher, word lists).
- :mod:`kg.link.stages` registers the ``link`` stage; ``ner.gazetteer`` is in
  :mod:`kg.ner.gazetteer`.

No module here imports :mod:`kg.ner` (``tests/gazetteer/test_layers.py``).
"""

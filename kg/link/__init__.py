"""Entity linking, coreference and cross-document identity.

- :mod:`kg.link.linker` and :mod:`kg.link.coref` turn mentions into entities,
  over the gazetteer of :mod:`kg.gazetteer` (index, matcher, word lists); the
  linker reads names through :mod:`kg.link.resolution`, the words around a mention
  through :mod:`kg.link.mention_context`, and joins and builds clusters in
  :mod:`kg.link.clusters`.
- :mod:`kg.link.stages` registers the ``link`` stage; ``ner.gazetteer`` is in
  :mod:`kg.ner.gazetteer`.

No module here imports :mod:`kg.ner` (``tests/gazetteer/test_layers.py``).
"""

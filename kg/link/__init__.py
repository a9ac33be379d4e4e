"""Gazetteer matching, entity linking, coreference and cross-document identity.

- :mod:`kg.link.resources` reads the shipped tables (``kg/resources/gazetteer``).
- :mod:`kg.link.gazetteer` builds the entry index (names, adjectives, variants).
- :mod:`kg.link.matcher` finds names over the normalised view, clitic-aware.
- :mod:`kg.link.linker` and :mod:`kg.link.coref` turn mentions into entities.
- :mod:`kg.link.stages` registers the ``link`` stage; ``ner.gazetteer`` is in
  :mod:`kg.ner.gazetteer`.
"""

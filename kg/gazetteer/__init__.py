"""The gazetteer: the shipped name tables, their index, and the matcher over it.

Below both :mod:`kg.ner` and :mod:`kg.link`, which read it; it imports neither.

- :mod:`kg.gazetteer.resources` reads the shipped tables (``kg/resources/gazetteer``)
  and holds the hand-written word lists (titles, place cues, stance verbs).
- :mod:`kg.gazetteer.index` builds :class:`~kg.gazetteer.index.GazetteerIndex`, the
  entries and their normalised names (adjectives, spelling variants).
- :mod:`kg.gazetteer.matcher` finds the indexed names in a text, clitic-aware.
- :mod:`kg.gazetteer.extractors` names the extractors of the gazetteer's mentions.
"""

"""The extractor names of the gazetteer's mentions, shared by NER, linking and relations.

The ``ner.gazetteer`` stage (:mod:`kg.ner.gazetteer`) writes them on the mentions it
finds; the linker and the relation extractors read them, without importing the stage.
"""

from __future__ import annotations

from kg.model import Mention

EXTRACTOR = "ner.gazetteer"
ADJECTIVE_EXTRACTOR = "ner.gazetteer.adjective"
"""Extractor of nationality-adjective mentions («الأمريكية» → United States)."""
DATELINE_EXTRACTOR = "ner.gazetteer.dateline"
BODIES_EXTRACTOR = "ner.bodies"
"""Extractor of the ``ner.bodies`` stage's mentions of state bodies («الجيش الأمريكي»)."""
GAZETTEER_EXTRACTORS = frozenset({EXTRACTOR, ADJECTIVE_EXTRACTOR, DATELINE_EXTRACTOR})


def is_adjective_mention(mention: Mention) -> bool:
    """Whether ``mention`` is a nationality adjective rather than a name."""
    return mention.extractor == ADJECTIVE_EXTRACTOR

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
CLUB_EXTRACTOR = "ner.bundled.club"
"""Extractor of a football club the club rules (:mod:`kg.ner.clubs`) found where the
gazetteer read a place of the same name («فريق روما», «لاعبو موناكو»): the linker keeps
it an Organization and never resolves it to the city or the state."""
GAZETTEER_EXTRACTORS = frozenset({EXTRACTOR, ADJECTIVE_EXTRACTOR, DATELINE_EXTRACTOR})


def is_adjective_mention(mention: Mention) -> bool:
    """Whether ``mention`` is a nationality adjective rather than a name."""
    return mention.extractor == ADJECTIVE_EXTRACTOR

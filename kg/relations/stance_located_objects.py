"""A place glued to «بـ» is where, not what, for a stance whose object is never «بـ».

«خطة لدعم قوات الاتحاد الافريقي بدارفور», «رفض السودان نشر قوات دولية بالإقليم»: support,
opposition and rejection take their object bare or with «لـ»; «بـ» before a city or a
region there says where the supported party stands or where the act happens. When such a
place fills the slot right after the holder, nothing is read as the object, neither the place
nor a name further on («... بدارفور تسلمها الوزير فلان»). Praise, welcome, condemnation and
appeals («أشاد بدبي», «ندد بـ», «طالب بـ») and holding to a thing («التمسك بالقدس») take
their object with «بـ» and are left alone.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.index import TERRITORY_LABELS
from kg.relations.lexicon import HOLDING_TO, StanceTrigger

_BARE_OBJECT_KINDS = frozenset({"supports", "opposes", "rejects"})


def located_place(candidates: list[Candidate], trigger: StanceTrigger, first_word: int) -> bool:
    """The word where the object should open is a territory after «بـ», for a stance that
    takes no «بـ» object."""
    return trigger.kind in _BARE_OBJECT_KINDS and trigger.requires != HOLDING_TO and any(
        c.word_index == first_word and c.preposition == "ب" and c.label in TERRITORY_LABELS
        for c in candidates)

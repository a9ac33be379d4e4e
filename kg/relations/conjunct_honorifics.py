"""An honorific glued to «و» opens the next person of a list, not more of a title.

Protocol lists name one man after another, each with his style and his titles:
«حضر الشيخ X النائب الأول لرئيس الوزراء وزير الخارجية وسعادة الشيخ Y رئيس الديوان».
«وسعادة» is the «و» of the list + Y's style: the titles before it («وزير الخارجية») are
X's, set after his name, and none of them is Y's. A title is read back from a name over
its honorifics; at a style that carries «و» the reading stops. Not an office honorific
(«والسفير Y» is the ambassador) nor a title head («والملك Y», «والأمير Y»).
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import HONORIFICS
from kg.relations.role_words import NAME_OPENERS, OFFICE_HONORIFICS, is_title_head


def conjunct_honorific(word: Word) -> bool:
    """Whether ``word`` is «و» + a style or rank that opens a name («وسعادة», «والشيخ»,
    «والدكتور», «واللواء»)."""
    if not word.norm.startswith("و") or is_title_head(word):
        return False
    rest = word.norm[1:]
    return rest not in OFFICE_HONORIFICS and (rest in HONORIFICS or rest in NAME_OPENERS)

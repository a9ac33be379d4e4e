"""A front is where fighting goes on, not what it is fought against: «على مختلف المحاور».

«واستمرت الاشتباكات على مختلف المحاور», «اندلعت اشتباكات عنيفة على جبهات القتال», «المعارك
على جبهة نهم»: after a noun or verb of fighting, «على» + a front, an axis or a line names
where the fight goes on; kg read the phrase as the target (the thing attacked). A target whose
phrase is a front noun (:data:`FRONTS`), maybe behind a quantifier («مختلف», «جميع», «كافة»,
«عدة»), is dropped. «هجوماً على مواقع المسلحين» keeps its target, and so does a body named
«front» («ضربات ضد جبهة النصرة»: a name that is not a place).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft

FRONTS = frozenset({
    "محور", "محاور", "جبهه", "جبهات", "خط", "خطوط", "المحور", "المحاور", "الجبهه", "الجبهات",
    "الخط", "الخطوط",
})
"""An axis, a front, a line (of contact), as normalized («جبهة» → «جبهه»)."""
_PLACES = frozenset({"City", "Country", "Region", "Place"})
"""Labels of a name that is still a place («على جبهة نهم» tagged as a place)."""
QUANTIFIERS = frozenset({"مختلف", "جميع", "كافه", "كل", "عده", "بعض", "معظم", "اغلب"})
"""«مختلف المحاور», «كافة الجبهات», «عدة محاور»."""


def _front(context: Extraction, start: int) -> bool:
    """Whether the phrase starting at ``start`` is a front noun, maybe after a quantifier."""
    word = context.word_at(start)
    if word is None:
        return False
    mention = context.mention_starting_in(word)
    if mention is not None and mention.label not in _PLACES:
        return False  # «جبهة النصرة», «جبهة العمل الإسلامي»: a body named «front»
    if word.norm in QUANTIFIERS and word.index + 1 < len(context.words):
        word = context.words[word.index + 1]
    return word.norm in FRONTS


def drop_front_targets(context: Extraction, draft: Draft) -> None:
    """Drop each target that is a front or an axis («على مختلف المحاور»): where the fight
    goes on, not what it is fought against."""
    draft.arguments = [
        argument for argument in draft.arguments
        if not (argument.role == "target" and _front(context, argument.start))
    ]

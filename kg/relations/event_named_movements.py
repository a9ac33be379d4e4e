"""«تحرير» after the head noun of a movement's name is that name, not a liberation.

Armed and political movements are named «حركة تحرير السودان», «جبهة تحرير أورومو»,
«جيش تحرير كوسوفو», «منظمة التحرير»: the verbal noun of liberating is the genitive of a
head noun of a body («حركة», «جبهة», «جيش», «منظمة», ...), and the name reads as a
MilitaryOperation with the land as its target («وقعته الحكومة وحركة تحرير السودان»).
Where the NER tags only the land, nothing else keeps the name from the event reader.
Not «قوات»: «قوات تحرير المدينة» may be the forces of a real offensive; and an operation
or a battle of liberation («عملية تحرير», «معركة تحرير») stays an event.
"""

from __future__ import annotations

from kg.relations.index import Word

LIBERATION_FORMS = frozenset({"تحرير", "التحرير"})
_BODY_HEADS = frozenset({
    "حركه", "الحركه", "جبهه", "الجبهه", "جيش", "منظمه", "المنظمه", "هيئه", "ائتلاف", "حزب",
})
"""Head nouns of a movement's name, as they stand (with any clitic) before «تحرير»."""


def movement_name(words: list[Word], position: int) -> bool:
    """Whether the liberation noun at ``words[position]`` is the genitive of a body's head
    noun right before it: «وحركة تحرير السودان», «لجبهة تحرير الجنوب»."""
    if position < 1:
        return False
    head = words[position - 1]
    return head.sentence_index == words[position].sentence_index and head.has(_BODY_HEADS)

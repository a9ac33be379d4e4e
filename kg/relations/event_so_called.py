"""A trigger word that names a label: «ما يسمى «ذبح التراث»», «ما يعرف بحرب الأفكار».

After a verb of naming («ما يسمى», «ما يُعرف بـ», «ما أطلق عليه», «المسمى») Arabic news prose
quotes a phrase as a label: a campaign, a slogan, a metaphor the writer keeps at a distance
(«يجمعهم ما يسمى «ذبح التراث»», «ما يعرف بحرب الاستنزاف»). The event word that opens the
label names that label, not a deed of the news: no event.
"""

from __future__ import annotations

from kg.relations.index import Word

NAMING = frozenset({
    "يسمي", "تسمي", "المسمي", "المسماه", "اسماه", "اسمته", "اسموه", "عليه", "عليها",
})
"""Verbs and participles of naming, as normalized («يسمى» → «يسمي»), and the «عليه» that
ends «أطلق عليه» («ما أطلق عليه «حرب المدن»»). Not «سُمّي», which as often names the deed
itself that comes before its name («وسُمّي الهجوم ...»)."""
KNOWN_AS = frozenset({"يعرف", "تعرف", "عرف", "عرفت", "المعروف", "المعروفه"})
"""«ما يعرف بـ», «المعروفة بـ»: naming only with «بـ» on the label («يعرف بحرب الأفكار»);
without it the verb knows or sees («عرفت الاشتباكات تصعيداً»: the clashes grew)."""
_NAMERS = frozenset({"اطلق", "اطلقت", "يطلق", "تطلق", "اطلقوا"})
"""Verbs whose «عليه» names what follows («أطلق عليه»)."""


def so_called(words: list[Word], position: int) -> bool:
    """Whether the word right before the trigger is a verb of naming («عليه» only after a verb
    of calling: «أطلق عليه»; «يعرف» only before «بـ»)."""
    if position < 1:
        return False
    before = words[position - 1]
    if before.sentence_index != words[position].sentence_index:
        return False
    if before.norm in KNOWN_AS:
        return words[position].norm.startswith("ب")  # «ما يعرف بحرب الأفكار»
    if before.norm not in NAMING:
        return False
    if before.norm in {"عليه", "عليها"}:
        return position >= 2 and words[position - 2].norm in _NAMERS
    return True

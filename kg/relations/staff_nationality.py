"""A sports team's staff title: the nisba after it is the holder's nationality.

«اجتمع المدير الفني التونسي ناصيف البياوي باللاعبين», «المدير الفني الإسباني
للفريق»: «المدير الفني» (a team's technical director, its head coach) takes a
nationality adjective as a coach does («المدرب السويسري»), so the adjective names no
country the position belongs to; «المدير العام السعودي للشركة» is not such a title.
"""

from __future__ import annotations

from kg.relations.index import Word

_TECHNICAL = frozenset({"الفني", "فني"})


def technical_director(group: list[Word], head_word: Word, head: str) -> bool:
    """Whether the title's head is «مدير» right followed by «الفني»."""
    if head != "مدير":
        return False
    after = [w for w in group if w.start > head_word.start]
    return bool(after) and after[0].norm in _TECHNICAL

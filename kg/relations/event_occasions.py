"""A meeting told as the occasion of another deed: its doer there attended it, and hosted none.

«وقالت وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني للصحافيين في ختام اجتماع في بروكسل
لوزراء خارجية الدول الـ28», «وقال وزير الخارجية فلان على هامش اجتماع وزراء خارجية دول مجلس
التعاون»: a meeting noun behind a word of occasion («في ختام», «على هامش», «خلال», «أثناء»,
«في مستهل») is the time and place of what the subject of the clause says or does; the name
before it took part in a meeting of many (a meeting of equals, which has no agent) or only
spoke on its sidelines; it is not its host. The meeting then has no agent, and the name is not
made a participant either (on the sidelines it may be none).

Not when the meeting names the one met after it («خلال اجتماع مع رئيس الوزراء فلان», «لقاء
بالسفير»: the subject met that one, and is the agent), when it is the subject's own («خلال
اجتماعه», read by ``kg.relations.possessive``), or when a relative clause says the subject held
or chaired it («خلال اجتماع ترأسه»).
"""

from __future__ import annotations

from kg.relations.index import Arg, Word
from kg.relations.possessive import possessive_pronoun

_OCCASIONS = frozenset({
    "ختام", "اختتام", "هامش", "خلال", "اثناء", "مستهل", "بدايه", "نهايه", "افتتاح", "لدي",
    "قبيل", "غضون",
})
"""Words of occasion right before a meeting noun: «في ختام اجتماع», «على هامش اجتماع»."""
_MET = frozenset({"مع", "ومع"})
_MET_REACH = 3
"""How many words after the meeting noun «مع» may name the one met («اجتماع موسع مع»)."""
_HELD = frozenset({
    "تراسه", "تراسها", "عقده", "عقدها", "راسه", "راسها", "برئاسته", "برئاستها", "يتراسه",
    "دعا", "دعت",
})
"""«خلال اجتماع ترأسه», «اجتماع برئاسته»: the subject held the meeting."""
_HELD_REACH = 6


def occasion_attendees(words: list[Word], position: int, agents: list[Arg]) -> bool:
    """Whether the names read before the meeting noun at ``words[position]`` are its
    attendees: the noun stands right behind a word of occasion, names no one met, and is not
    said to be held by them."""
    if not agents or position < 1 or any(a.end > words[position].start for a in agents):
        return False
    if words[position - 1].bare() not in _OCCASIONS or \
            possessive_pronoun(words[position]) is not None:
        return False
    after = words[position + 1:position + 1 + _HELD_REACH]
    if any(word.norm in _MET for word in after[:_MET_REACH]) or \
            (after and after[0].readings()[-1][0].lstrip("وف") == "ب"):
        return False  # «خلال اجتماع مع فلان», «خلال لقاء بالسفير»: the one met
    return not any(word.has(_HELD) for word in after)


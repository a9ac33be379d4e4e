"""«للفريق» after a team's staff title is the team, not the rank «الفريق» (lieutenant
general).

«المدير الفني للفريق ناصيف البياوي», «المنسق الإعلامي للفريق محمد الضيف», «مدرب
الحراس بالفريق X»: a staff title head (مدير، مدرب، منسق ...), within the two words
before, then «للفريق» or «بالفريق»: the title goes on over it to the name, where a
glued preposition before a rank would end it. Not after a minister or other office
(«ورحب وزير الدفاع بالفريق X»: X is the verb's object, a general), nor before the
rank's «أول», «ركن» («للفريق أول X»).
"""

from __future__ import annotations

from kg.relations.index import Word

_TEAM = "فريق"
_STAFF_HEADS = frozenset({"مدير", "مدرب", "منسق", "مشرف", "سكرتير", "طبيب", "اخصائي", "مسؤول",
                          "مساعد", "اداري", "محلل", "معالج"})
_RANK_WORDS = frozenset({"اول", "ركن"})
"""The rank's second word («الفريق أول»), not «الفريق الأول» (the first team)."""
_PREPOSITIONS = frozenset({"لل", "بال", "ل", "ب"})


def team_after_title(words: list[Word], index: int, to_name: int) -> bool:
    """Whether ``words[index]`` is «للفريق»/«بالفريق» with a staff title head just before,
    and ``to_name`` (the words between it and the name) at most one («للفريق الأول X»):
    a title further back is no title of the name («المدير الفني للفريق الأول بنادي
    الهلال الاستغناء عن الثنائي X»)."""
    word = words[index]
    if to_name > 1:
        return False
    if not any(prefix in _PREPOSITIONS and rest in {_TEAM, "ال" + _TEAM}
               for prefix, rest in word.readings()):
        return False
    if index + 1 < len(words) and words[index + 1].norm.lstrip("و") in _RANK_WORDS:
        return False
    return any(w.has(_STAFF_HEADS) for w in words[max(0, index - 2):index])

"""A deed tied, after it in its clause, to an era that is over: background of the news.

«وزار الرئيس القاهرة إبّان الحرب الأهلية», «اعتُقل مئات المعارضين في عهد الرئيس السابق»,
«وقصفت الطائرات المدينة خلال حكم الرئيس الراحل»: the deed happened in the days of a war, a
reign or a rule the article looks back on. Two marks tell such an era:

- «إبّان» before a noun of an era or a war («إبّان الحرب», «إبّان حكم», «إبّان الاحتلال»); not
  before another noun («إبّان زيارته»: during the visit of the news);
- «عهد» or «حكم» (reign, rule) whose ruler is called former, late or deposed («في عهد الرئيس
  السابق», «خلال حكم الملك الراحل», «في عهد الرئيس المخلوع»): the current ruler's reign («في
  عهد الملك سلمان») is the news period and stays unmarked.

The mark must stand after the trigger, in its clause (no punctuation between), within a few
words. ``event_famed`` reads «إبّان» after an event noun already (any noun after it); this one
serves verbs too, and is called only when the sentence names no time of its own.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_DURING = frozenset({"ابان", "وابان"})
"""«إبّان»: in the days of."""
_ERA_NOUNS = frozenset({"الحرب", "حرب", "عهد", "حكم", "حقبه", "الحقبه", "الاحتلال", "احتلال",
                        "الانتداب", "الاستعمار", "الحروب", "زمن"})
"""Nouns of an era or a war after «إبّان»: «إبّان الحرب الأهلية», «إبّان حكم», «إبّان الاحتلال»."""
_REIGNS = frozenset({"عهد", "حكم"})
"""«في عهد», «خلال حكم»: a ruler's time."""
_REIGN_LEADS = frozenset({"في", "خلال", "ابان", "منذ", "طوال", "طيله", "ظل", "ايام"})
"""Words before a reign: «في عهد», «خلال حكم», «في ظل حكم», «أيام حكم» (not the verb «حكم»)."""
_FORMER = frozenset({"السابق", "الراحل", "المخلوع", "الاسبق", "المعزول", "المقبور",
                     "البائد"})
"""The ruler of a reign that is over: «الرئيس السابق», «الملك الراحل», «الرئيس المخلوع»."""
_REACH = 8
"""How far after the trigger the mark may stand: «وزار الرئيس الإيراني القاهرة إبّان»."""
_RULER_REACH = 4
"""How far after «عهد» the word that makes its ruler a former one may stand: «في عهد
الرئيس المصري الأسبق»."""


def past_era_after(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the trigger at ``words[position]`` is tied, after it in its clause, to an era
    that is over: «إبّان» before a noun of an era, or the reign of a former ruler."""
    end = min(len(words), position + 1 + _REACH)
    for index in range(position + 1, end):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        word = words[index]
        following = words[index + 1] if index + 1 < len(words) else None
        if word.norm in _DURING and following is not None and \
                following.norm in _ERA_NOUNS:
            return True
        if word.norm in _REIGNS and words[index - 1].norm in _REIGN_LEADS and \
                _former_ruler(context, words, index):
            return True
    return False


def _former_ruler(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether the ruler named after «عهد»/«حكم» at ``words[index]`` is called former or
    late within a few words, in the same clause."""
    for at in range(index + 1, min(len(words), index + 1 + _RULER_REACH)):
        if context.boundary_between(words[at - 1], words[at]):
            return False
        if words[at].norm in _FORMER:
            return True
    return False

"""An event noun recalled as a known past one: «في اجتماع جامعة الدول العربية الشهير», «القمة
الشهيرة», «اتفاق الطائف إبّان حرب لبنان الأهلية».

«الشهير/الشهيرة» (famous) qualifying an event noun names an event the reader already knows,
one well before the news; so does an event noun tied by «إبّان» (in the days of) to an era
(«إبّان الحرب», «إبّان عهد الملك فيصل»). Both mark the event as background. The adjective
must follow the noun phrase in its clause (the noun and at most a few words of its genitive);
«التاريخي» (historic) is no such mark: «الاتفاق التاريخي» is often the news itself.

«السابق/السابقة» (previous) agreeing with the event noun marks a past one too: «زيارة الرئيس
فلان السابقة إلى الرياض», «اجتماع الوزراء العرب السابق»; not when it follows a title, which it
qualifies («زيارة الرئيس السابق»: the former president), nor when it disagrees with the noun.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import TITLE_HEADS
from kg.relations.role_words import is_title_head

_FAMED = frozenset({"الشهير", "الشهيره", "الشهيرين", "الشهيرتين", "المشهور", "المشهوره"})
"""«الشهير», «الشهيرة», «المشهور»: a known, past event."""
_ERA = frozenset({"ابان", "وابان"})
"""«إبّان»: in the days of an era that is over («إبّان حرب لبنان الأهلية»)."""
_PREVIOUS = frozenset({"السابق", "السابقه"})
"""«السابق», «السابقة»: a previous event, when it agrees with the event noun."""
_REACH = 5
"""How far after the event noun the mark may stand (its genitive phrase between)."""


def famed_or_era(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the event noun at ``words[position]`` is qualified as famous or tied by «إبّان»
    to an era, within its phrase (no clause boundary, no other event noun between)."""
    for index in range(position + 1, min(len(words), position + 1 + _REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        word = words[index]
        if word.norm in _FAMED or word.bare() in _FAMED:
            return True
        if word.norm in _PREVIOUS and _previous_of(words, position, index):
            return True
        if word.norm in _ERA or word.bare() in _ERA:
            return index + 1 < len(words) and \
                not context.boundary_between(word, words[index + 1])
    return False


def _previous_of(words: list[Word], position: int, index: int) -> bool:
    """Whether «السابق(ة)» at ``words[index]`` qualifies the event noun at ``words[position]``:
    it agrees with it in gender (a feminine or plural noun takes «السابقة») and follows no
    title, which it would qualify («الرئيس السابق»)."""
    noun = words[position].bare()
    feminine = noun.endswith(("ه", "ات"))
    if (words[index].norm == "السابقه") != feminine:
        return False
    before = words[index - 1]
    return not (is_title_head(before) or before.has(TITLE_HEADS))

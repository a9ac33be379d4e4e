"""A side that «entered» a war joined it: no troops entered a place.

«ودخلت قوات الجيش مدينة الرمادي», «ودخلت المقاومة ليلاً إلى الحي»: the verb «دخل» and the noun
«دخول» name a military operation or a deployment when troops enter a place. Their object is
then a place. With a noun of war or conflict in their clause instead, past the doer or a
word of manner («ما أن حلّ عام 1914 ودخول الدولة العثمانية الحرب العالمية الأولى», «التي
دخلت بشكل مبكر في نظام الحرب بالوكالة», «دخلت البلاد في صراع طويل»), a state or a side
joined a war or a scheme of war: the reader counts no operation there, and no deployment
(the war itself, if it is news, has its own words). A preposition of time or cause, or a
place, before the war noun ends the object («دخلت القوات المدينة بعد معارك عنيفة»: the
town is entered, the fighting came before).

A side that «entered on the line» («دخلت إسرائيل على الخط», «ودخل الرئيس على خط الأزمة»)
stepped into an affair: the idiom enters no ground, whatever stands before «على الخط».
"""

from __future__ import annotations

from itertools import pairwise

from kg.relations.context import Extraction
from kg.relations.entity_classes import TERRITORY_LABELS
from kg.relations.index import Word

ENTRY_FORMS = frozenset({"دخل", "دخلت", "دخلوا", "دخول", "الدخول"})
WAR_NOUNS = frozenset({
    "الحرب", "حرب", "حربا", "الحروب", "حروب", "المعركه", "معركه", "الصراع", "صراع", "صراعا",
    "النزاع", "نزاع", "نزاعا",
})
"""What a side enters when it joins a war or a conflict («دخلت الحرب», «دخل في صراع»)."""
_CLAUSE_MARKS = ("،", ",", ".", "؛", ";", ":", "؟", "?", "!", "(", ")")
"""Marks that end the object; quotes do not («دخلت في «نظام الحرب بالوكالة»»)."""
_ENDS_OBJECT = frozenset({
    "بعد", "قبل", "عقب", "اثر", "اثناء", "خلال", "منذ", "وسط", "رغم", "بسبب", "جراء", "لانهاء",
    "لوقف", "ضد",
})
"""Words after which a war noun is no longer what was entered («بعد معارك», «لإنهاء الحرب»)."""
_REACH = 5
"""How far after the trigger the war noun may stand («دخلت بشكل مبكر في نظام الحرب»: five)."""


def entered_war(context: Extraction, words: list[Word], position: int, form: str) -> bool:
    """Whether the entry verb or noun at ``words[position]`` has a war noun for its object,
    in its clause and before any word that ends the object or a named place (see the module
    docstring)."""
    if form not in ENTRY_FORMS:
        return False
    if _on_the_line(object_words(context, words, position)):
        return True  # «دخلت إسرائيل على الخط»: it stepped into the affair
    for word in object_words(context, words, position):
        if word.has(_ENDS_OBJECT):
            return False
        mention = context.mention_starting_in(word)
        if mention is not None and mention.label in TERRITORY_LABELS:
            return False  # «دخلت القوات الموصل»: a place entered
        if word.has(WAR_NOUNS):
            return True
    return False


_ON = "علي"
_LINES = frozenset({"الخط", "خط"})
"""«على الخط», «على خط الأزمة»: the line an entering side steps onto (an idiom)."""


def _on_the_line(after: list[Word]) -> bool:
    """«على» then «الخط»/«خط» in the words after the entry verb, in its clause."""
    return any(first.norm == _ON and second.norm in _LINES
               for first, second in pairwise(after))


def object_words(context: Extraction, words: list[Word], position: int) -> list[Word]:
    """Up to ``_REACH`` words after the trigger in its sentence, to the first mark of a
    clause between two of them (a quoted phrase stays in)."""
    text = context.doc.text
    found: list[Word] = []
    previous = words[position]
    for word in words[position + 1:position + 1 + _REACH]:
        if word.sentence_index != previous.sentence_index or \
                any(mark in text[previous.end:word.start] for mark in _CLAUSE_MARKS):
            break
        found.append(word)
        previous = word
    return found

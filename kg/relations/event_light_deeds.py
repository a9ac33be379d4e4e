"""A deed done through a past light verb told far before it: «قام متظاهرون في ضواحي المدينة
بالاحتجاج على الإجراءات», «تعرض الوزير فلان خلال زيارته للمدينة لهجوم مسلح».

«قام ... بـ» reports its verbal noun as done, as a verb would, and «تعرض ... لـ» reports the
deed its subject underwent; the subject, a time or a place often stand between them, beyond
the few words before the noun that ``kg.relations.event_sense`` reads for a verb of
occurrence. Rules:

- the light verb is a past form («قام», «قامت», «قاموا», «قاما»: not «يقوم», «لم يقم»,
  which tell a habit or a denial) in the trigger's sentence, at most eight words before it,
  with no comma or clause mark between them;
- the trigger is a noun behind «بـ» («بالاحتجاج», «باختطاف»), and no other noun behind «بـ»
  stands between it and the verb (that one is the verb's complement: «قام الوفد بزيارة ...
  بعد الهجوم» tells no attack by the light verb);
- likewise a past «تعرض» («تعرضت», «تعرضوا», or its noun «بتعرض») with a noun behind «لـ»,
  also after «لمحاولة» («تعرض الوزير فلان لمحاولة اغتيال»), with no other noun behind «لـ»
  between them («تعرض رئيس الحزب للانتقاد بعد الهجوم» is no attack undergone);
- the verb itself is told as done: no word of fearing, threatening or planning stands before
  it in its clause («خشية تسرب الخبر وتعرض الرئيس لمحاولة اغتيال» is feared).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_fears import FEAR_WORDS, THREAT_WORDS
from kg.relations.index import Word
from kg.relations.lexicon import PLANNED_WORDS

_PAST_LIGHT = frozenset({"قام", "قامت", "قاموا", "قاما"})
_UNDERGONE = frozenset({"تعرض", "تعرضت", "تعرضوا", "تعرضا"})
_ATTEMPT = frozenset({"لمحاوله", "لمحاولات"})
_REACH = 8
_UNTOLD = FEAR_WORDS | THREAT_WORDS | PLANNED_WORDS


def _behind(word: Word, particle: str) -> bool:
    return any(prefix.lstrip("وف").startswith(particle) for prefix, _ in word.readings()
               if prefix)


def light_deed(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether a past «قام ... بـ» or «تعرض ... لـ» far before the noun reports it as done."""
    trigger = words[position]
    start = position
    if _behind(trigger, "ب"):
        particle, verbs = "ب", _PAST_LIGHT
    elif _behind(trigger, "ل"):
        particle, verbs = "ل", _UNDERGONE
    elif position > 0 and words[position - 1].norm in _ATTEMPT:
        particle, verbs, start = "ل", _UNDERGONE, position - 1
    else:
        return False
    for index in range(start - 1, max(-1, start - 1 - _REACH), -1):
        word = words[index]
        if word.sentence_index != trigger.sentence_index or \
                context.boundary_between(word, words[index + 1]):
            return False
        if word.norm in verbs or (word.bare() in verbs and word.norm[0] in "وفب"):
            return not _untold(context, words, index)
        if _behind(word, particle) and len(word.bare()) > 3:
            return False
    return False


def _untold(context: Extraction, words: list[Word], index: int) -> bool:
    """A word of fearing, threatening or planning before ``words[index]`` in its clause."""
    for back in range(index - 1, max(-1, index - 1 - _REACH), -1):
        if words[back].sentence_index != words[index].sentence_index or \
                context.boundary_between(words[back], words[back + 1]):
            return False
        if words[back].has(_UNTOLD):
            return True
    return False

"""«أطلق مسلحو حركة الشباب النار على قاعدة»: the fire a firing verb needs may follow its subject.

A verb of firing («أطلق», «فتح») names an attack only with what was fired («النار»,
«الرصاص», «صواريخ»: ``lexicon.EVENT_COMPLEMENTS``), which is looked for right after it. In a
verb-first clause the subject comes first: «وأطلق مسلحون مجهولون النار», «فتحت قوات الأمن
النار». The complement is also read right after a subject that opens at the word after the
verb: a tagged name, an unnamed doer (``perpetrators``) or an actor phrase (``actors``), and
past a count of what was fired («وأطلقت الفصائل أكثر من 300 قذيفة», «عشرات الصواريخ»).
"""

from __future__ import annotations

from kg.relations.actors import actor_phrase
from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.perpetrators import perpetrator_end

_VERBS = frozenset({"اطلق", "اطلقت", "اطلقوا", "فتح", "فتحت", "فتحوا"})
"""Verbs of firing whose subject may stand between them and the fire («فتحت الشرطة النار»)."""
_COUNT_WORDS = frozenset({"اكثر", "اقل", "من", "نحو", "حوالي", "قرابه", "زهاء", "عشرات", "مئات",
                          "الاف", "عده", "ما", "يزيد", "علي", "عن"})
"""Words of a count between the subject and what was fired («أكثر من», «عشرات»)."""
_COUNT_REACH = 4


def fire_after_subject(context: Extraction, words: list[Word], position: int,
                       needed: frozenset[str]) -> bool:
    """Whether the verb of firing at ``words[position]`` has a subject right after it and
    the fire it needs right after that subject."""
    if not words[position].has(_VERBS):
        return False
    after = _subject_end(context, words, position + 1)
    if after is None or after >= len(words) or \
            any(context.boundary_between(words[i - 1], words[i])
                for i in range(position + 1, after + 1)):
        return False
    for _ in range(_COUNT_REACH):
        if after + 1 >= len(words) or not (number_value(words[after]) is not None
                                           or words[after].norm in _COUNT_WORDS):
            break
        after += 1  # «أكثر من 300 قذيفة»: the count of what was fired
    fire = words[after]
    return fire.norm in needed or fire.bare() in needed


def _subject_end(context: Extraction, words: list[Word], index: int) -> int | None:
    """The index of the word after the subject that opens at ``words[index]``, or None."""
    if index >= len(words):
        return None
    mention = context.mention_starting_in(words[index])
    if mention is not None and mention.label in AGENT_LABELS and \
            not context.attached_prefix(mention):
        last = context.word_at(max(mention.start, mention.end - 1))
        return last.index - words[0].index + 1 if last is not None else None
    end = perpetrator_end(context, words, index)
    if end is not None:
        return end + 1
    phrase = actor_phrase(context, words, index)
    return phrase[1] if phrase is not None else None

"""«وأصيب الاتحاد الأوروبي بخيبة أمل من موقف اليونان»: a holder struck by disappointment.

Besides «أعرب عن خيبة أمله من» and «أبدى خيبة أمله من», news tell disappointment as
something that befalls its holder: «أصيب X بخيبة أمل من Y», «شعر X بخيبة أمل من Y». The
disappointment is a stance toward what follows «من» (criticizes, as
:mod:`kg.relations.stance_feelings` reads it), and its holder is the subject of «أصيب» or
«شعر», as it is the subject of «أعرب» for the nouns of feeling.

Only for «بخيبة أمل» right before the noun of hope: these verbs take many other things
(«أصيب بجروح», «شعر بالقلق»), none of them a stance.
"""

from __future__ import annotations

from kg.relations.index import Word

STRUCK_VERBS = frozenset({"اصيب", "اصيبت", "اصيبوا", "يصاب", "تصاب", "شعر", "شعرت", "شعروا",
                          "يشعر", "تشعر", "يشعرون"})
"""Verbs of being struck by or feeling a disappointment (normalised)."""
_LETDOWN = "بخيبه"


def struck_by_letdown(words: list[Word], index: int, position: int) -> bool:
    """Whether ``words[index]`` is «أصيب»/«شعر» whose «بخيبة» is right before the noun of
    hope at ``position`` («أصيب X بخيبة أمل»): the verb is the stance's light verb."""
    return position > 0 and words[position - 1].norm.removeprefix("و") == _LETDOWN and \
        words[index].has(STRUCK_VERBS)

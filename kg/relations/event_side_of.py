"""«من جانب X»: «by X», the doer of a nominal or passive violent trigger, as «من قبل X».

«تعرضوا لهجوم من جانب مسيحيين», «اعتداء من جانب الشرطة»: «من جانب» names who did it, as
«على يد» and «من قبل» do (``lexicon.BY_HAND_OF``); the name after it is never the target.
Only right after «من» and bare: «على جانب الطريق» is a roadside, «إلى جانب» beside, «من
جانبه» (with a pronoun) «for his part».
"""

from __future__ import annotations

from kg.relations.index import Word

_SIDE = "جانب"


def by_side_of(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is the «جانب» of «من جانب», bare, right after «من»."""
    return 0 < index < len(words) and words[index].norm == _SIDE and \
        words[index - 1].norm == "من"

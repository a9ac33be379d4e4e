"""Cues of a sports report that the sports lexicon alone misses: a score, «النقاط الثلاث», our team.

``event_sense`` leaves a meeting, a deployment or a withdrawal out of a sentence with two
sports words («حسمت ركلات الترجيح اللقاء لصالح روما»). Sports pages tell a match with fewer:
«فاز الروسي فلان على الفرنسي فلان 6 - صفر ثم بالانسحاب» (a tennis score: a retirement, no
withdrawal of troops), «قال إن هدفنا في لقاء تايلاند أول أمس إحراز النقاط الثلاث» (a match,
no meeting). A written score («6 - 4», «3-1», «2 - صفر»), the three points of a win and a
team named as ours («منتخبنا», «فريقنا») each count as one sports word.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.relations.context import Extraction
from kg.relations.index import Word

OUR_TEAMS = frozenset({
    "منتخبنا", "فريقنا", "لاعبينا", "لاعبونا", "منتخبه", "منتخبها", "منتخبهم", "لاعبيه",
    "لاعبيها", "نادينا",
})
"""A team owned by a pronoun: «مدير منتخبنا الوطني»."""

_SCORE = re.compile(r"(?<![\d/.\-])\b\d{1,2}\s*[-–]\s*(?:\d{1,2}|صفر)\b(?!\s*[-/.]\s*\d)")
_POINTS = ("النقاط", "الثلاث")


def sport_cues(context: Extraction, words: list[Word]) -> int:
    """How many cues of a sports report (see the module's docstring) the sentence holds."""
    if not words:
        return 0
    text = context.doc.text[words[0].start:words[-1].end]
    count = len(_SCORE.findall(text))
    count += sum(1 for word in words if word.norm in OUR_TEAMS or word.bare() in OUR_TEAMS)
    count += sum(1 for first, second in pairwise(words)
                 if (first.norm, second.norm) == _POINTS)
    return count

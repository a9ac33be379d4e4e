"""Deaths and sweeps told of a natural disaster near the trigger are no violent event.

The lexicon's disaster check (``event_sense``) reads a disaster after a killing word
(«قتل 16 ألف شخص في كارثة تسونامي») or before a verb of outcome. News of a flood, a
tsunami or an eruption also names the disaster BEFORE the death, in the same clause, or
right after a verb of sweeping whose object is the stricken land:

- «من أكثر المناطق تضرراً من تسونامي الجديد حيث شهد مقتل 172 شخصاً»: the tsunami four
  words before «مقتل», no comma between: no Killing;
- «حين دفنت تدفقات الحمم البركانية بلدة مما أسفر عن مقتل 1200»: lava, not a killer;
- «اجتاحت إثيوبيا فيضانات مدمرة»: the floods swept the land (the subject after the
  object), no MilitaryOperation with «إثيوبيا» as its agent.

Only natural disasters count here (a flood, a quake, a hurricane, a volcano), not the wider
``DISASTER_WORDS`` («حادث» also names an attack: «وفي حادث آخر قتل مسلحون شرطياً»).
The reach is the trigger's clause: ten words before it, four after it, no comma crossed
(«بعد الزلزال، هاجم مسلحون القافلة» keeps its attack).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_clauses import clause, has_any
from kg.relations.index import Word

NATURAL_DISASTERS = frozenset({
    "تسونامي", "زلزال", "الزلزال", "زلازل", "الزلازل", "فيضان", "فيضانات", "الفيضان",
    "الفيضانات", "سيول", "السيول", "اعصار", "الاعصار", "اعاصير", "الاعاصير", "بركان",
    "البركان", "البراكين", "البركانيه", "بركانيه", "الحمم", "حمم", "الثلوج", "ثلوج", "الجفاف",
})
"""Natural disasters, in the forms of news prose: «تسونامي», «الفيضانات», «الحمم
البركانية», «الإعصار». Not «عاصفة» (an operation's name: «عاصفة الحزم»), «موجة» («موجة
تفجيرات»), «انزلاق» («انزلاق البلاد إلى حرب») nor «ثوران» («ثوران الغضب»)."""

_VIOLENT = frozenset({"Attack", "Killing", "MilitaryOperation"})
_BEFORE = 10
_AFTER = 4


def natural_disaster(context: Extraction, words: list[Word], position: int,
                     label: str) -> bool:
    """Whether a violent trigger stands in a clause that names a natural disaster within
    ten words before it or four after it: «تضرراً من تسونامي حيث شهد مقتل», «اجتاحت إثيوبيا
    فيضانات مدمرة»."""
    if label not in _VIOLENT:
        return False
    return has_any(clause(context, words, position, -1, _BEFORE), NATURAL_DISASTERS) or \
        has_any(clause(context, words, position, 1, _AFTER), NATURAL_DISASTERS)

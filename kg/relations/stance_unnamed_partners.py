"""A partner that is no actor: no ``coordinatesWith``.

Cooperation is between actors: «نسقت وزارة الصحة مع وزارة الداخلية», «تعاونت الشركة مع
سلطات الأمن». A descriptive partner is kept when it names a body («سلطات الأمن»), not when
it names people of the speaker's own life or an unidentified part of a crowd:

- friends, relatives, colleagues, neighbours, family («ننسق مع الأصدقاء للذهاب في رحلة»):
  a private arrangement, no cooperation an analyst follows;
- «بعض» + a plural («بشراكة مع بعض الجامعات»): which of them is not said.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.text.normalize import normalize_key

_PRIVATE_CIRCLE = frozenset({
    "اصدقاء", "الاصدقاء", "اصدقائي", "اصدقائنا", "اصدقائه", "اقارب", "الاقارب", "اقاربي",
    "اقاربنا", "اقاربه", "الاهل", "اهلي", "اهلنا", "اهله", "العائله", "الاسره", "زملاء",
    "الزملاء", "زملائي", "زملائنا", "زملائه", "الجيران", "جيراننا", "الاحباب", "الرفاق",
})
"""The speaker's friends, relatives, family, colleagues, neighbours (normalised)."""
_SOME = "بعض"
"""«some»: an unidentified part of a group (normalised)."""


def unnamed_partner(context: Extraction, kind: str, candidate: Candidate) -> bool:
    """The object of a ``coordinatesWith`` read as a descriptive phrase that names the
    speaker's private circle or an unidentified part of a group («بعض الجامعات»)."""
    if kind != "coordinatesWith" or candidate.source != "topic":
        return False
    text = context.doc.text[candidate.arg.start:candidate.arg.end].split()
    first = normalize_key(text[0]) if text else ""
    return first in _PRIVATE_CIRCLE or first == _SOME

"""A dateline place is no stance object: «ولبنان يهدد بوقف نشر الجيش ... بيروت ـ من فتحي محمود».

Rule: Arabic news opens its body (often run together with the headline) with the place of
filing and a dash or an agency in brackets: «بيروت ـ من فتحي محمود ـ», «القاهرة - وكالات»,
«دمشق (رويترز) -». A place name followed at once by such a dash (spaced, not a hyphen
inside a compound «الهند-باكستان») and «من» (the reporter) or an agency, or by a bracketed
agency name, is the dateline, not what the stance word before it is about. A dash opening
an aside («بيروت - في إشارة إلى الحكومة») leaves the place an object.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import TERRITORY_LABELS

_DASHES = ("ـ", "-", "–", "—")
"""A dateline's dash: the tatweel printed alone, a hyphen, an en or em dash."""

_AGENCIES = ("رويترز", "أ ف ب", "ا ف ب", "أ.ف.ب", "د ب أ", "يو بي آي", "واس", "وام", "سانا",
             "قنا", "كونا", "بترا", "الأناضول", "وكالات", "خاص")
"""Agency names printed in brackets after a dateline place."""


def dateline(context: Extraction, candidate: Candidate) -> bool:
    """Whether the place ``candidate`` is followed by a dateline's dash or agency."""
    if candidate.label not in TERRITORY_LABELS:
        return False
    text = context.doc.text[candidate.arg.end:candidate.arg.end + 20]
    rest = text.lstrip(" ")
    if len(rest) == len(text) or not rest:
        return False  # glued: «بيروت-دمشق», or the text's end
    if rest[0] in _DASHES:  # «بيروت ـ من فتحي محمود ـ», «القاهرة - وكالات -»
        return rest[1:2].isspace() and rest[2:].lstrip().startswith(("من ", *_AGENCIES))
    return rest[0] == "(" and rest[1:].lstrip().startswith(_AGENCIES)

"""Two-field leads that open a news text: «AGENCY- PLACE:» and «REPORTER- AGENCY:».

Saudi e-papers and agencies open a text with a short lead before a colon. The
three-field form «REPORTER- AGENCY- PLACE:» is read by
:func:`kg.ner.gazetteer.dateline_spans`; the two-field forms drop one field:

- «سبق- الرياض:», «واس- صنعاء:»: the outlet, then the place of the report;
- «سعود الدعجاني- سبق:», «محمد البقمي- سبق:»: the reporter, then the outlet.

The outlet's name is often a common word («سبق» "preceded"), so it is a name only in
this position, and only when it is one of the outlets that sign such leads
(:data:`LEAD_OUTLETS`): «عاجل- الرياض:», «خاص- جدة:», «متابعات- الرياض:» name no outlet.
The reporter's field is a person only when it opens with a listed given name («مكة
المكرمة- واس:» is the dateline's place, not a reporter).
"""

from __future__ import annotations

import re

from kg.gazetteer.person_words import is_given

LEAD_OUTLETS = frozenset({
    "سبق", "واس", "وام", "قنا", "بنا", "كونا", "سانا", "إرنا", "تاس", "الوئام",
})
"""Papers and news agencies of the region that sign a two-field lead with one word:
Sabq, the Saudi (SPA), Emirati (WAM), Qatari (QNA), Bahraini (BNA), Kuwaiti (KUNA),
Syrian (SANA), Iranian (IRNA) and Russian (TASS) agencies, Al-Weeam."""

_LEAD2 = re.compile(
    r"\A\s*(?P<f1>[^\W\d_][^\n\-–—|:.,،؛]{1,40}?)[ \t]*[-–—][ \t]*"
    r"(?P<f2>[^\W\d_][^\n\-–—|:.,،؛]{1,40}?)[ \t]*:")
"""Two fields of letters and spaces, a dash between them, a colon after, at the text's
opening."""


def two_field_lead(text: str) -> list[tuple[int, int, str]]:
    """The outlet (``MediaOrganization``) and the reporter (``Person``) spans of a
    two-field lead opening ``text`` (see the module docstring), or an empty list."""
    lead = _LEAD2.match(text)
    if lead is None:
        return []
    first, second = lead.group("f1").split(), lead.group("f2").split()
    if not 1 <= len(first) <= 4 or not 1 <= len(second) <= 3:
        return []
    if len(first) == 1 and first[0] in LEAD_OUTLETS:
        return [(lead.start("f1"), lead.end("f1"), "MediaOrganization")]
    if len(second) == 1 and second[0] in LEAD_OUTLETS and len(first) >= 2 and \
            (is_given(first[0]) or first[0] == "علي"):
        return [(lead.start("f1"), lead.end("f1"), "Person"),
                (lead.start("f2"), lead.end("f2"), "MediaOrganization")]
    if len(second) == 1 and second[0] in LEAD_OUTLETS:
        return [(lead.start("f2"), lead.end("f2"), "MediaOrganization")]
    return []

"""A news agency credited in brackets is no party of a meeting, a visit or an agreement.

«اللقاء بين أولمرت والمسؤول السعودي تم بناء على مبادرة أردنية مصرية (رويترز)»: the agency
in brackets credits the report (or the photo) and takes no part in what it tells. A media
body named in brackets right where it stands («(رويترز)», «(الفرنسية)») is dropped from the
agents and participants of the civil events of its sentence. A media body named in the prose
keeps its part: «اجتمع الوزير مع رويترز», «وقعت صحيفة سبق اتفاقية مع المركز».
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft

_MEDIA_LABELS = frozenset({"MediaOrganization"})
_PARTY_ROLES = frozenset({"agent", "participant"})


def drop_bracketed_credits(context: Extraction, draft: Draft) -> None:
    """Drop from ``draft`` the agents and participants that are media bodies named inside
    brackets of their own («(رويترز)»)."""
    text = context.doc.text
    draft.arguments = [
        a for a in draft.arguments
        if a.role not in _PARTY_ROLES or context.label(a.entity_id) not in _MEDIA_LABELS or
        not (text[:a.start].rstrip().endswith("(") and text[a.end:].lstrip().startswith(")"))]

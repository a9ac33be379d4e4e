"""A partner that no one names: no ``coordinatesWith``.

Cooperation is between actors: «نسقت وزارة الصحة مع وزارة الداخلية», «بالتعاون مع جامعة
الملك سعود». When the one worked with is no named actor but a descriptive phrase, the
edge says nothing an analyst can follow, and the phrase is mostly people of the speaker's
own life or an unnamed crowd of bodies: «ننسق مع الأصدقاء للذهاب في رحلة» (a trip with
friends), «بشراكة مع بعض الجامعات» (some universities). A descriptive object («topic»)
is kept for the other stances («رفض الاتهامات», «رحب بالقرار»), never for cooperation.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate


def unnamed_partner(kind: str, candidate: Candidate) -> bool:
    """The object of a ``coordinatesWith`` read as a descriptive phrase, not an actor."""
    return kind == "coordinatesWith" and candidate.source == "topic"

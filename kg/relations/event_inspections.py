"""An inspection visit: «تفقد وزير الصحة خالد الفالح أمس مستشفى الملك فهد في جدة», «وتفقدت
الوزيرة فلانة مشاريع الأمانة».

The past verb «تفقد»/«تفقدت» (inspected) tells a visit of the local press when a named person
is its subject right after it (past titles and «أمس»): that person went to the place or the
works named after it (the visit's location where a place is named). The same letters are
also the imperfect of «فقد» («تفقد الأسهم زخمها», «قد تفقد الشركة حصتها»: loses) and the
verbal noun («خلال تفقده», «بتفقد المشاريع», «لتفقد»): no visit without a person subject
right after the verb, nor behind «ب»/«ل»/«ك», nor after a particle of the imperfect («أن
تفقد سارة عملها», «لن تفقد», «قد تفقد»). Where the article told a visit by the same person
before («قام الأمير فلان بزيارة تفقدية للوحدات ... وتفقد الأمير فلان وحدة التدخل»), the verb
goes on telling that visit: no second event; so does any visit verb by that person that names
no place of its own («وزار الأمير فلان عقب ذلك وحدات المدفعية»): it is folded into the visit
told before (``continued_visit``).
"""

from __future__ import annotations

from kg.model import Event, Sentence
from kg.relations.arguments import subject_after
from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import Word

_IMPERFECT_PARTICLES = frozenset({"ان", "لن", "لم", "قد", "لا", "كي", "حتي", "لكي"})
"""Particles before an imperfect verb: «أن تفقد», «لن تفقد» (loses), no inspection."""


def inspection_visit(context: Extraction, words: list[Word], position: int, prefix: str,
                     sentence: Sentence) -> bool:
    """Whether «تفقد» at ``words[position]`` (behind ``prefix``) is a visit: a verb with one
    named person for subject right after it."""
    if prefix not in {"", "و", "ف"} or \
            (position > 0 and words[position - 1].norm in _IMPERFECT_PARTICLES):
        return False
    subjects = subject_after(context, words, position, sentence)[0]
    if len(subjects) != 1 or context.label(subjects[0].node_id) != "Person":
        return False
    earlier = context.latest_event("Visit")
    return earlier is None or not any(
        a.role == "agent" and a.entity_id == subjects[0].node_id for a in earlier.arguments)


def continued_visit(context: Extraction, draft: Draft) -> Event | None:
    """«قام الأمير فلان بزيارة تفقدية للوحدات ... وزار الأمير فلان عقب ذلك وحدات المدفعية»: a
    visit verb whose agent made the visit told last, naming no place of its own, goes on
    telling that visit (the earlier event, to fold into), not a new one; None otherwise."""
    if draft.label != "Visit" or not draft.verb or \
            any(a.role == "location" for a in draft.arguments):
        return None
    agents = {a.entity_id for a in draft.arguments if a.role == "agent"}
    earlier = context.latest_event("Visit")
    if not agents or earlier is None:
        return None
    told = {a.entity_id for a in earlier.arguments if a.role == "agent"}
    return earlier if agents <= told else None

"""A body named right after a visit noun is the place visited, not the visitor.

«قام الوزير بزيارة مستشفى الملك فهد», «قام عدد من الطلاب بزيارة جامعة الملك سعود»: the
genitive of «زيارة» is its visitor when it is a person or a state's leader («زيارة أوباما»,
``event_subjects``), but a hospital, a university, a ministry or a company in that place is
where one goes: one visits a body's premises, and the visitor is the subject of the light verb
before the noun (or nobody read). A body that visits is told with a delegation («زيارة وفد
منظمة الصحة العالمية»), which no rule reads as the genitive.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import ArgsFound, Word

_VISITED_LABELS = frozenset({"Organization"})


def visited_body(context: Extraction, draft: Draft, genitive: ArgsFound) -> bool:
    """Whether the genitive read after a visit noun is a body, the place visited."""
    return draft.label == "Visit" and not draft.verb and bool(genitive.args) and all(
        context.label(arg.node_id) in _VISITED_LABELS for arg in genitive.args)


GOING_VERBS = frozenset({
    "ذهب", "ذهبت", "ذهبوا", "ذهبا", "توجه", "توجهت", "توجهوا", "توجها", "سافر", "سافرت",
    "سافروا", "سافرا", "جاء", "جاءت", "جاءوا", "جاؤوا", "حضر", "حضرت", "قدم", "قدمت", "عاد",
    "عادت", "عادوا", "انتقل", "انتقلت", "وصل", "وصلت", "وصلوا", "وصلا", "يتوجه", "يسافر",
    "يذهب", "تتوجه", "تسافر", "تذهب",
})
"""Verbs of going: «ذهب إلى زيارة فلان», «توجه لزيارة فلان» go to see the one named."""
_GOING_REACH = 8
"""How many words a verb of going may stand before the visit noun («ذهب ومعه رسالة المصالحة
والوحدة إلى زيارة فيصل الأول»)."""
_TO = frozenset({"الي", "والي"})


def gone_to_visit(context: Extraction, words: list[Word], position: int) -> bool:
    """«ذهب ... إلى زيارة فيصل الأول في العراق», «توجه الوزير لزيارة الرئيس»: a visit noun
    behind «إلى» or «لـ» after a verb of going in its clause is where the goer went, so the
    name after it is the one visited, not the visitor (the goer is the verb's subject; as the
    genitive of «زيارة» alone, «زيارة أوباما», the name is the visitor, ``event_subjects``;
    after a verb of telling, «أشار إلى زيارة الرئيس», it still is)."""
    word = words[position]
    lam = word.norm.lstrip("وف").startswith("ل") and not word.bare().startswith("ل")
    if not lam and not (position > 0 and words[position - 1].norm in _TO and
                        not context.boundary_between(words[position - 1], word)):
        return False
    start = position - (0 if lam else 1)
    for back in range(start - 1, max(start - 1 - _GOING_REACH, -1), -1):
        if context.boundary_between(words[back], words[back + 1]):
            return False
        if words[back].norm.lstrip("وف") in GOING_VERBS or words[back].norm in GOING_VERBS:
            return True
    return False

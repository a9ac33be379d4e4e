"""Elided stance holders past «أيضا»/«كذلك»/«مجددا»/«بدوره», session 45 (eh45).

A stance verb that opens its sentence with no subject of its own continues the named actor
of the sentence before («قال X ... . وأشاد بجهود Y»). An adverb right after the verb
(«وأشاد أيضا بجهود Y», «وناشد أيضا Y بـ», «ودعا أيضا Y إلى», «وحث مجددا Y», «وطالب
بدوره Y») hid that: the verb was read as
followed by a possible subject, and «أيضا» was skipped to take the addressee Y as the one
calling. The word after the adverb now decides, as the word after the verb did.

Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

RASHED = E("Person", "ماجد الراشد", ("ماجد الراشد",))
QAHTANI = E("Person", "نايف القحطاني", ("نايف القحطاني",))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
CHARITY = E("Organization", "جمعية الوفاء", ("جمعية الوفاء",))
RELIEF = E("Organization", "هيئة الإغاثة", ("هيئة الإغاثة",))
ENTITIES = [RASHED, QAHTANI, HEALTH, CHARITY, RELIEF]

OPENING = "وأوضح وزير النقل ماجد الراشد أن المشروع يسير وفق الخطة. "


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


@pytest.mark.parametrize(("text", "fact"), [
    (OPENING + "وأشاد أيضا بجهود جمعية الوفاء في خدمة الأسر.",
     ("praises", "ماجد الراشد", "جمعية الوفاء")),
    (OPENING + "وأشاد كذلك بجهود جمعية الوفاء في خدمة الأسر.",
     ("praises", "ماجد الراشد", "جمعية الوفاء")),
    (OPENING + "وناشد أيضا هيئة الإغاثة بسرعة التدخل.",
     ("urges", "ماجد الراشد", "هيئة الإغاثة")),
    (OPENING + "ودعا أيضا وزارة الصحة إلى فتح مراكز جديدة.",
     ("urges", "ماجد الراشد", "وزارة الصحة")),
    (OPENING + "ونسق أيضا مع وزارة الصحة لتنفيذ الحملة.",
     ("coordinatesWith", "ماجد الراشد", "وزارة الصحة")),
    (OPENING + "وحث مجددا جمعية الوفاء على مضاعفة جهودها.",
     ("urges", "ماجد الراشد", "جمعية الوفاء")),
    (OPENING + "وطالب بدوره هيئة الإغاثة بإرسال فرق ميدانية.",
     ("urges", "ماجد الراشد", "هيئة الإغاثة")),
])
def test_elided_holder_past_adverb(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


def test_addressee_past_adverb_is_not_the_holder() -> None:
    """«ودعا أيضا وزارة الصحة إلى ...»: the ministry is called on, it does not call."""
    facts = run(OPENING + "ودعا أيضا وزارة الصحة جمعية الوفاء إلى التعاون.")
    assert not any(subject == "وزارة الصحة" for _, subject, _ in facts)


@pytest.mark.parametrize("text", [
    # a named subject after the adverb holds the stance, not the previous actor
    OPENING + "وأشاد أيضا نايف القحطاني بجهود جمعية الوفاء.",
    # a title after the adverb names a new, unnamed subject
    OPENING + "ودعا أيضا وكيل الوزارة هيئة الإغاثة إلى التدخل.",
    OPENING + "وطالب بدوره مدير الهيئة جمعية الوفاء بإرسال فرق ميدانية.",
    # no named actor in the sentence before: nobody to continue
    "وأوضح مسؤول في الوزارة أن المشروع يسير وفق الخطة. وأشاد أيضا بجهود جمعية الوفاء.",
])
def test_no_previous_holder(text: str) -> None:
    assert not any(subject == "ماجد الراشد" for _, subject, _ in run(text))

"""Objects of rejections past the subject's title, session 45 (helper rj45). Made-up sentences.

- «ويرفض X، المدير التنفيذي لمؤسسة «نماء» للتنمية، سياسة Y»: a short name in quotation marks
  inside the subject's title set off by commas does not end the title; the object is read
  past its closing comma (``stance_appositions.closing_comma``). A quoted statement after the
  comma still closes it.
- «ويرفض X دبلوماسية الرئيس Y», «رفض X شروط الوزير Y»: a noun of a course or a demand right
  after the subject is no leftover word of the subject's name before an apposed title
  (``stance_name_tails.SAID_OR_DECIDED``); it is the thing rejected.
"""

from __future__ import annotations

import pytest

from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

HAMDAN = E("Person", "سامر الحمدان", ("سامر الحمدان",))
NOURA = E("Person", "نورة القاسم", ("نورة القاسم",))
PERU = E("Country", "بيرو", ("بيرو",))
ENTITIES = [HAMDAN, NOURA, PERU]


def found(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, ENTITIES, date="2012-05-02")))


def objects_of(text: str, kind: str, subject: str) -> set[str]:
    return {o for k, s, o in found(text) if k == kind and s == subject}


# --- a quoted name inside the subject's title in commas ------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("ويرفض سامر الحمدان، المدير التنفيذي لمؤسسة «نماء» للتنمية الريفية، سياسة بيرو.",
     "rejects"),
    ("وانتقد سامر الحمدان، رئيس جمعية «الأمل الجديد» للإغاثة، سياسة بيرو.", "criticizes"),
    ("وترفض نورة القاسم، رئيسة رابطة «نساء الغد»، سياسة بيرو في المنطقة.",
     "rejects"),
])
def test_a_quoted_name_in_the_title_does_not_end_it(text: str, kind: str) -> None:
    holder = "نورة القاسم" if "نورة" in text else "سامر الحمدان"
    assert "بيرو" in objects_of(text, kind, holder)


@pytest.mark.parametrize("text", [
    # a quoted statement after the comma, not a name in the title
    "ويرفض سامر الحمدان، «لن نقبل بهذا أبدا ولا بغيره»، سياسة بيرو.",
    # the quotation never closes: no title read, no object
    "ويرفض سامر الحمدان، المدير التنفيذي لمؤسسة «نماء للتنمية الريفية في الجنوب، سياسة بيرو.",
])
def test_a_quoted_statement_still_closes_the_title(text: str) -> None:
    assert not objects_of(text, "rejects", "سامر الحمدان")


# --- a noun of a course or demand before a title is no end of the subject's name -----------

@pytest.mark.parametrize(("text", "head"), [
    ("ويرفض سامر الحمدان دبلوماسية الرئيسة نورة القاسم مع بيرو.", "دبلوماسية"),
    ("ورفض سامر الحمدان شروط الوزيرة نورة القاسم للتسوية.", "شروط"),
    ("ويرفض سامر الحمدان استراتيجية الوزيرة نورة القاسم في الملف.", "استراتيجية"),
])
def test_a_course_of_a_titled_person_is_rejected(text: str, head: str) -> None:
    objects = objects_of(text, "rejects", "سامر الحمدان")
    assert any(o.startswith(head) for o in objects)


def test_a_leftover_name_before_a_title_stays_no_object() -> None:
    # «حداد» ends the subject's name cut short by the tagger; «مديرة» is its apposition
    text = "وحثت نورة القاسم حداد مديرة قسم الشرق الأوسط بيرو على التعاون."
    assert not any(o.startswith("حداد") for _, _, o in found(text))

"""An addressee in construct after a masculine stance verb, session 47 (st47).

«وزار X المستشفى. وناشد أيضا إدارة قناة Y لتكون ...», «وطالب رئاسة Y بـ ...»: the feminine
head of a body («إدارة», «رئاسة», «حكومة» ...) in construct with a tagged name is definite by
that construct; a masculine verb cannot agree with it as its subject («ناشدت الإدارة»), so
it is the one called on and the verb continues the holder of the sentence before
(:func:`kg.relations.stance_verb_gender.feminine_object`). A feminine verb, a form that may
be a verbal noun («ورفض إدارة Y»), or a man's name ending in «ة» keep their reading.

Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

ANWAR = E("Person", "أنور الحربي", ("أنور الحربي",))
HAMZA = E("Person", "حمزة الغامدي", ("الغامدي",))
AUTHORITY = E("GovernmentBody", "هيئة النقل", ("هيئة النقل",))
LEAGUE = E("Organization", "رابطة المحترفين", ("رابطة المحترفين",))
ENTITIES = [ANWAR, HAMZA, AUTHORITY, LEAGUE]
VISIT = "وافتتح أنور الحربي المعرض أمس. "


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


@pytest.mark.parametrize(("text", "fact"), [
    (VISIT + "وطالب إدارة رابطة المحترفين بزيادة الدعم للأندية.",
     ("urges", "أنور الحربي", "رابطة المحترفين")),
    (VISIT + "وناشد أيضا إدارة هيئة النقل لتكون أكثر مرونة في المواعيد.",
     ("urges", "أنور الحربي", "هيئة النقل")),
    (VISIT + "كما طالب رئاسة رابطة المحترفين بمراجعة اللوائح.",
     ("urges", "أنور الحربي", "رابطة المحترفين")),
])
def test_the_construct_is_called_on(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # a feminine verb agrees with the management: it is the one calling
    VISIT + "وطالبت إدارة رابطة المحترفين بزيادة الدعم للأندية.",
    # «رفض» may be the verbal noun of the management's own refusal
    VISIT + "وبعد رفض إدارة رابطة المحترفين تجديد العقد غادر اللاعب.",
    # a man's given name in «ة» before his tagged surname is no body's head
    VISIT + "وطالب حمزة الغامدي بزيادة الدعم للأندية.",
])
def test_no_addressee_read(text: str) -> None:
    found = run(text)
    assert not any(subject == "أنور الحربي" for _, subject, _ in found)

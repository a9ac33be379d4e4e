"""Praise, thanks and welcome on unseen local news, session 35 (praise35).

Rules tested:
- «شكرت الهيئة X على حسن استقبال وفدها وعلى رأسهم Y»: past the «على» of the deed thanked
  for, the foremost list names members of the deed's group, who are not thanked
  (kg.relations.stance_foremost); before it they are («شكر المسؤولين وعلى رأسهم Y على»).
- «وشكرت الحركة X على ...، وثمّنت دعم Y»: a body named by the bare noun of its kind right
  after a stance verb is the actor a coordinated verb goes on with (kg.relations.stance).
- «دشّن معالي أمين المنطقة الدكتور X ... . وفي جولة معالي أمين المدينة ... ثمّن معاليه
  جهود Y»: an honorific pronoun after a styled title repeated without its name stands for
  the person that style and title named earlier (kg.relations.stance_styled_repeats); not
  when the title words differ.

Sentences written for the tests, each with the facts that must be found and those that must
not."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

JORDAN = E("Country", "الأردن", ("الأردن", "الأردنية"), "Q810")
SAUDI = E("Country", "السعودية", ("السعودية", "المملكة"), "Q851")
ABDULLAH = E("Person", "عبدالله الثاني", ("عبدالله الثاني",))
UNION = E("Organization", "اتحاد الكتاب العرب", ("اتحاد الكتاب العرب",))
SAMIR = E("Person", "سمير النجار", ("سمير النجار",))
FAHD = E("Person", "فهد الراشد", ("فهد الراشد",))
NASSER = E("Person", "ناصر العتيبي", ("ناصر العتيبي",))
FESTIVAL = E("Organization", "مهرجان الربيع", ("مهرجان الربيع",))
MOVEMENT = E("Organization", "حركة النهضة", ("حركة النهضة",))
ENTITIES = [JORDAN, SAUDI, ABDULLAH, UNION, SAMIR, FAHD, NASSER, FESTIVAL, MOVEMENT]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def praised(text: str) -> set[tuple[str, str]]:
    return {(holder, target) for kind, holder, target in stances(run(text)) if kind == "praises"}


def test_a_leader_of_the_deeds_group_is_not_thanked() -> None:
    text = ("زار وفد من اتحاد الكتاب العرب الأردن. وشكر اتحاد الكتاب العرب في بيانه الملك "
            "عبدالله الثاني على حفاوة استقبال الوفد وعلى رأسهم رئيس الاتحاد سمير النجار.")
    found = praised(text)
    assert ("اتحاد الكتاب العرب", "عبدالله الثاني") in found, found
    assert ("اتحاد الكتاب العرب", "سمير النجار") not in found, found


def test_a_leader_of_the_thanked_group_is_praised() -> None:
    text = ("وأشاد اتحاد الكتاب العرب بجهود المسؤولين في الأردن وعلى رأسهم الملك "
            "عبدالله الثاني.")
    assert ("اتحاد الكتاب العرب", "عبدالله الثاني") in praised(text), stances(run(text))


def test_a_coordinated_verb_goes_on_with_a_body_named_by_its_kind() -> None:
    text = ("زار وفد من حركة النهضة المملكة. وأشادت المملكة بالزيارة. وشكرت الحركة في بيانها "
            "الملك عبدالله الثاني على حسن الضيافة، وثمّنت دعم الأردن للشعب التونسي.")
    found = praised(text)
    assert ("حركة النهضة", "الأردن") in found, found
    assert ("السعودية", "الأردن") not in found, found


STYLED = ("دشّن معالي أمين المنطقة الدكتور فهد الراشد مساء أمس فعاليات مهرجان الربيع. "
          "وقام الدكتور الراشد بقص الشريط وسط الحضور. ")


def test_an_honorific_after_an_unnamed_repeat_of_the_title() -> None:
    text = STYLED + ("وفي نهاية جولة معالي أمين المدينة في المعرض، ثمّن معاليه جهود "
                     "الشاعر ناصر العتيبي في تنظيم الأمسيات.")
    assert ("فهد الراشد", "ناصر العتيبي") in praised(text), stances(run(text))


def test_an_honorific_after_another_unnamed_title_stays_unresolved() -> None:
    text = STYLED + ("وفي نهاية جولة معالي وكيل الوزارة في المعرض، ثمّن معاليه جهود "
                     "الشاعر ناصر العتيبي في تنظيم الأمسيات.")
    assert not any(holder == "فهد الراشد" for holder, _ in praised(text)), stances(run(text))

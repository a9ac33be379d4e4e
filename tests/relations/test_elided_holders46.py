"""Elided stance holders carried from the sentence before, session 46 (el46).

A stance verb or circumstantial participle that opens its sentence with no subject of its own
(«وأشاد بجهود Y», «مشيدا بجهود Y», «وأعرب عن شكره لـ Y») continues the subject of the verb
that opens the sentence before. Two things hid that subject:

- a person noun before the name («أكد المخرج X», «افتتح الفنان التشكيلي X»): the name is
  not read as the subject right after the verb, so the noun and its complements are read
  past (:func:`kg.relations.stance_verb_titles.appositive_person`);
- «من جانبه،» / «من ناحيته،» opening the sentence before (the turn to the next speaker):
  it is read past like «من جانب آخر،»;
- the person praised named in the sentence before («التقى X Y. وأشاد بجهود Y»): the one the
  verb is about is no second candidate for its holder;
- «عن» between a verb of expressing and its stance noun («. وأعرب عن شكره لـ Y»): the light
  verb opening its sentence was only read with the noun right after it («. وقدم شكره»).

Precision first: another person named as an actor in the sentence before, a verb of the
other gender, or a subject named in the stance sentence itself still win.

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
MAJIDA = E("Person", "ماجدة الراشد", ("ماجدة الراشد",))
NADIA = E("Person", "نادية القحطاني", ("نادية القحطاني",))
CHARITY = E("Organization", "جمعية الوفاء", ("جمعية الوفاء",))
RELIEF = E("Organization", "هيئة الإغاثة", ("هيئة الإغاثة",))
ENTITIES = [RASHED, QAHTANI, MAJIDA, NADIA, CHARITY, RELIEF]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


@pytest.mark.parametrize(("text", "fact"), [
    ("وافتتح المخرج ماجد الراشد المسرح الجديد. وأشاد بجهود جمعية الوفاء في خدمة الفنانين.",
     ("praises", "ماجد الراشد", "جمعية الوفاء")),
    ("وأكد الفنان ماجد الراشد سعادته بالمشاركة في المهرجان. مشيدا بجهود جمعية الوفاء.",
     ("praises", "ماجد الراشد", "جمعية الوفاء")),
    ("وزار الكاتب ماجد الراشد المخيم أمس. وطالب هيئة الإغاثة بمضاعفة المساعدات.",
     ("urges", "ماجد الراشد", "هيئة الإغاثة")),
    ("من ناحيته، أكد المخرج المسرحي ماجد الراشد سعادته بالعرض. معبرا عن شكره لجمعية الوفاء"
     " لجهودها في دعم الفرق الشابة.",
     ("praises", "ماجد الراشد", "جمعية الوفاء")),
    ("من جانبه، افتتح وزير الثقافة ماجد الراشد المعرض. مشيدا بجهود هيئة الإغاثة.",
     ("praises", "ماجد الراشد", "هيئة الإغاثة")),
])
def test_holder_of_the_sentence_before(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # two candidate actors: the person received may be the one praising
    "واستقبل المخرج ماجد الراشد الفنان نايف القحطاني في مكتبه. وأشاد بجهود جمعية الوفاء.",
    "وافتتح المخرج ماجد الراشد المعرض بمشاركة الفنان نايف القحطاني. مشيدا بجهود جمعية الوفاء.",
    # a person noun with no name: no holder
    "وأكد المخرج أن المسرح يحتاج إلى دعم. وأشاد بجهود جمعية الوفاء في خدمة الفنانين.",
    # the verbs disagree in gender
    "وافتتح المخرج ماجد الراشد المعرض. وأشادت بجهود جمعية الوفاء.",
    # a quote by another speaker in between
    "من ناحيته، أكد المخرج ماجد الراشد سعادته بالعرض، وقال نايف القحطاني إن العمل متقن."
    " مشيدا بجهود جمعية الوفاء.",
])
def test_no_carried_holder(text: str) -> None:
    facts = run(text)
    assert not any(subject == "ماجد الراشد" for _, subject, _ in facts)


def test_subject_named_in_the_stance_sentence() -> None:
    """«وأشاد الفنان Y بـ ...»: the verb has its own subject; nothing is carried."""
    facts = run("وافتتح المخرج ماجد الراشد المعرض. وأشاد الفنان نايف القحطاني بجهود جمعية الوفاء.")
    assert ("praises", "نايف القحطاني", "جمعية الوفاء") in facts
    assert ("praises", "ماجد الراشد", "جمعية الوفاء") not in facts


@pytest.mark.parametrize(("text", "fact"), [
    ("وزار وزير الثقافة ماجد الراشد المعرض أمس. وأعرب عن شكره لجمعية الوفاء على جهودها.",
     ("praises", "ماجد الراشد", "جمعية الوفاء")),
    ("وزار المحافظ ماجد الراشد المخيم. وعبر عن تقديره لهيئة الإغاثة على جهودها.",
     ("praises", "ماجد الراشد", "هيئة الإغاثة")),
    ("وزار وزير الثقافة ماجد الراشد المعرض أمس. وأعرب عن رفضه لقرار هيئة الإغاثة.",
     ("rejects", "ماجد الراشد", "قرار هيئة الإغاثة")),
])
def test_expressing_verb_of_the_sentence_before(text: str, fact: tuple[str, str, str]) -> None:
    """«. وأعرب عن شكره لـ Y»: the verb of expressing names no subject before «عن» and the
    stance noun with its holder's pronoun; it continues the subject of the sentence before."""
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    "واستقبل وزير الثقافة ماجد الراشد الفنان نايف القحطاني. وأعرب عن شكره لجمعية الوفاء.",
    "وزار وزير الثقافة ماجد الراشد المعرض أمس. وأعربت عن شكرها لجمعية الوفاء على جهودها.",
    "وزار وزير الثقافة ماجد الراشد المعرض أمس. وأعرب عن أمله في أن تواصل جمعية الوفاء جهودها.",
    # a person named in a sentence between: the one who went on is unclear
    "وزار وزير الثقافة ماجد الراشد المعرض. والتقى بعد ذلك نايف القحطاني في المدينة."
    " وأعرب عن شكره لجمعية الوفاء على جهودها.",
    "وزار وزير الثقافة ماجد الراشد المعرض، وقال نايف القحطاني إن المعرض متميز."
    " وأعرب عن شكره لجمعية الوفاء على جهودها.",
])
def test_expressing_verb_not_carried(text: str) -> None:
    facts = run(text)
    assert not any(subject == "ماجد الراشد" for _, subject, _ in facts)


def test_expressing_verb_with_its_own_subject() -> None:
    facts = run("وزار وزير الثقافة ماجد الراشد المعرض. وأعرب الفنان نايف القحطاني عن شكره"
                " لجمعية الوفاء على جهودها.")
    assert facts == {("praises", "نايف القحطاني", "جمعية الوفاء")}



@pytest.mark.parametrize(("text", "fact"), [
    ("أما الكاتبة ماجدة الراشد، فرأت أن فوز الناشطة نادية القحطاني إشارة لأهمية نضال المرأة."
     " وأشادت بفوز نادية القحطاني.",
     ("praises", "ماجدة الراشد", "نادية القحطاني")),
    ("وافتتح الوزير ماجد الراشد المعرض بحضور الفنان نايف القحطاني. وأشاد بجهود نايف القحطاني"
     " في تنظيم المعرض.",
     ("praises", "ماجد الراشد", "نايف القحطاني")),
    ("واستقبل الوزير ماجد الراشد الفنان نايف القحطاني. وأشاد بجهود نايف القحطاني في خدمة الثقافة.",
     ("praises", "ماجد الراشد", "نايف القحطاني")),
])
def test_person_praised_is_no_second_holder(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # a third person named in the sentence before: two candidates remain
    "واستقبل الوزير ماجد الراشد الفنان نايف القحطاني والمخرجة ماجدة الراشد."
    " وأشاد بجهود نايف القحطاني في تنظيم المعرض.",
    # a quote by another speaker in between
    "وافتتح الوزير ماجد الراشد المعرض، وقالت الفنانة نادية القحطاني إن المعرض متميز."
    " وأشاد بجهود نايف القحطاني.",
])
def test_person_praised_other_candidates(text: str) -> None:
    facts = run(text)
    assert not any(subject == "ماجد الراشد" for _, subject, _ in facts)


def test_no_self_praise() -> None:
    """«وافتتح Y المعرض. وأشاد بجهود Y»: the opening subject is the one praised."""
    facts = run("وافتتح الفنان نايف القحطاني المعرض. وأشاد بجهود نايف القحطاني في تنظيمه.")
    assert not any(subject == "نايف القحطاني" for _, subject, _ in facts)


def test_topic_marker_is_no_verb() -> None:
    """«أما الكاتبة X، فرأت ... . وأشاد بـ»: «أما» opens a topic, not a verb with a person
    noun after it; the masculine verb is not the woman's."""
    facts = run("أما الكاتبة ماجدة الراشد، فرأت أن المسرح يحتاج إلى دعم. وأشاد بجهود جمعية الوفاء.")
    assert not any(subject == "ماجدة الراشد" for _, subject, _ in facts)

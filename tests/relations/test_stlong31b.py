"""Stance rules of session 31 (long politics articles), on sentences written for the tests.

- An honorific pronoun («سموه», «معاليه») does not stand for a styled person named in an
  oblique phrase: «رفع التهاني إلى صاحب السمو الأمير Y», «وكان في استقبال سموه صاحب السمو
  الأمير Y» (:mod:`kg.relations.style_oblique`).
- A praised deed owned by an honorific pronoun («منوهاً بحرص سموه على افتتاح مهرجان تبوك»)
  is that person's; a place named later inside the deed is not the praised one
  (:func:`kg.relations.stance_styled_objects.styled_deed_owner`).
- «وزارة خارجية مملكة البحرين», «وزارة داخلية قطر»: a sovereign ministry in construct with
  its country's name is one body, the one «وزارة الخارجية البحرينية» names, so it can hold
  a stance (:mod:`kg.ner.ministry_constructs`, :mod:`kg.gazetteer.ministries_of`).
- A stance word inside the subject's name («منظمة التعاون الإسلامي») is no next stance that
  ends the object's reach (:func:`kg.relations.stance_object_reach.within`).
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.ner.bodies import body_mentions
from kg.pipeline import Pipeline
from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

SULTAN = E("Person", "سلطان بن فهد", ("سلطان بن فهد",))
NAWAF = E("Person", "نواف بن خالد", ("نواف بن خالد",))
HASSAN = E("Person", "حسن العلي", ("حسن العلي",))
AGENCY = E("Organization", "وكالة الأنباء السعودية", ("وكالة الأنباء السعودية",))
MINISTRY = E("GovernmentBody", "وزارة الثقافة", ("وزارة الثقافة",))
TABUK = E("City", "تبوك", ("تبوك",), "Q212396")
ENTITIES = [SULTAN, NAWAF, HASSAN, AGENCY, MINISTRY, TABUK]


def run(text: str) -> object:
    return extract_relations(build_doc(text, ENTITIES))


def test_pronoun_skips_a_greeted_prince() -> None:
    doc = run("وأدلى صاحب السمو الملكي الأمير سلطان بن فهد بتصريح، رفع خلاله التهاني إلى صاحب "
              "السمو الملكي الأمير نواف بن خالد بمناسبة العيد. وبيّن سموه أن الحفل ناجح، "
              "معرباً سموه عن شكره لوكالة الأنباء السعودية على جهودها في التغطية.")
    assert ("سلطان بن فهد", "وكالة الأنباء السعودية") in pairs(doc, "praises")
    assert ("نواف بن خالد", "وكالة الأنباء السعودية") not in pairs(doc, "praises")


def test_pronoun_skips_the_receiving_prince() -> None:
    doc = run("وزار صاحب السمو الملكي الأمير سلطان بن فهد مقر الهيئة، وكان في استقبال سموه "
              "صاحب السمو الأمير نواف بن خالد. وأشاد سموه بجهود وكالة الأنباء السعودية.")
    assert pairs(doc, "praises") == {("سلطان بن فهد", "وكالة الأنباء السعودية")}


def test_pronoun_keeps_the_last_prince_named_as_subject() -> None:
    doc = run("وزار صاحب السمو الملكي الأمير سلطان بن فهد مقر الهيئة. ثم افتتح صاحب السمو "
              "الأمير نواف بن خالد المعرض. وأشاد سموه بجهود وكالة الأنباء السعودية.")
    assert pairs(doc, "praises") == {("نواف بن خالد", "وكالة الأنباء السعودية")}


def test_deed_owned_by_pronoun_is_the_bearers() -> None:
    doc = run("ورعى صاحب السمو الملكي الأمير سلطان بن فهد حفل الأهالي. وقال حسن العلي إن "
              "الحفل ناجح، منوهاً بحرص سموه على افتتاح فعاليات مهرجان تبوك هذا العام.")
    assert pairs(doc, "praises") == {("حسن العلي", "سلطان بن فهد")}


def test_deed_owned_by_unknown_pronoun_gives_no_place() -> None:
    doc = run("وقال حسن العلي إن الحفل ناجح، منوهاً بحرص سموه على افتتاح فعاليات مهرجان "
              "تبوك هذا العام.")
    assert pairs(doc, "praises") == set()


def test_deed_of_a_named_body_is_still_praised() -> None:
    doc = run("وقال حسن العلي إن الحفل ناجح، منوهاً بجهود وزارة الثقافة في إنجاح مهرجان تبوك.")
    assert pairs(doc, "praises") == {("حسن العلي", "وزارة الثقافة")}


@pytest.fixture(scope="module")
def tagger() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer"])


def _bodies(tagger: Pipeline, text: str) -> list[str]:
    doc = body_mentions(tagger(Document(id="t", text=text)))
    return [m.text for m in doc.mentions if m.extractor == "ner.bodies"]


@pytest.mark.parametrize(("text", "body"), [
    ("واستدعت وزارة خارجية مملكة البحرين السفير الإيراني.", "وزارة خارجية مملكة البحرين"),
    ("وأعلنت وزارة داخلية قطر القبض على المتهمين.", "وزارة داخلية قطر"),
    ("وقالت وزارة دفاع جمهورية مصر العربية إن التدريب انتهى.",
     "وزارة دفاع جمهورية مصر العربية"),
    ("وفي بيان لوزارة خارجية الكويت أمس.", "وزارة خارجية الكويت"),
])
def test_ministry_in_construct_is_a_body(tagger: Pipeline, text: str, body: str) -> None:
    assert body in _bodies(tagger, text)


@pytest.mark.parametrize("text", [
    "وقال وكيل وزارة خارجية قطر إن الوضع خطير.",  # a title's phrase stays whole
    "وزارة خارجية واحدة لا تكفي في مصر.",  # no country right after the field
    "وناقش الوفد ملفات وزارة الصحة قطر المستقبل.",  # no sovereign field in construct
])
def test_no_ministry_in_construct(tagger: Pipeline, text: str) -> None:
    assert not any(m.startswith(("وزارة خارجية", "وزارة الصحة قطر"))
                   for m in _bodies(tagger, text))


def test_ministry_in_construct_is_one_body_with_its_adjective_form(pipeline: Pipeline) -> None:
    doc = pipeline(Document(id="t", text="ونددت وزارة الخارجية القطرية بالهجوم. وقالت وزارة "
                                          "خارجية دولة قطر إنها ترفض الإرهاب."))
    bodies = {m.entity_id for m in doc.mentions if m.label == "GovernmentBody"}
    assert len(bodies) == 1


def test_ministry_in_construct_holds_the_stance(pipeline: Pipeline) -> None:
    doc = pipeline(Document(id="t", text="استدعت وزارة خارجية مملكة البحرين مساء اليوم القائم "
                                          "بأعمال السفارة الإيرانية ؛ وسلمته مذكرة احتجاج على "
                                          "التصريحات التي صدرت عن علي خامنئي."))
    assert ("وزارة خارجية مملكة البحرين", "علي خامنئي") in pairs(doc, "criticizes")


def _condemned(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    return pairs(pipeline(Document(id="t", text=text)), "condemns")


def test_stance_word_in_the_subjects_name_does_not_end_the_reach(pipeline: Pipeline) -> None:
    found = _condemned(pipeline, "وأدانت منظمة التعاون الإسلامي الهجوم الذي استهدف مسجدا "
                                 "في الكويت.")
    assert {subject for subject, _ in found} == {"منظمة التعاون الإسلامي"}
    assert all(obj.startswith("Attack:") for _, obj in found)


def test_stance_word_after_the_subject_still_ends_the_reach(pipeline: Pipeline) -> None:
    assert _condemned(pipeline, "وأدانت منظمة التعاون الإسلامي بشدة ورحبت بموقف الكويت.") \
        == set()

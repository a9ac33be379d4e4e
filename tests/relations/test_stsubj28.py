"""Stance holders named far before the stance word (session 28):

- a light verb's subject holds its stance noun past an adjunct of circumstance («وأكد X في
  كلمة ألقاها خلال ... دعمه لـ», «ووجه X، في كلمة ...، انتقادات حادة لـ») or a relative
  clause on the subject («وأعربت X التي كانت ... عن استيائها من»), when a possessive noun
  agrees with the verb in gender, not the name that closes the adjunct right before the
  noun («مع نظيره Y رفضه») (:mod:`kg.relations.stance_far_holders`);
- a stance verb after «، و» continues the subject of the verb that opens the sentence past
  the person that verb received («واستقبل X ... Y، وأشاد بـ»), not when a noun after it may be
  its own subject, for a stance verb or a light verb («وأكد الضيف دعمه»)
  (:mod:`kg.relations.stance_hosted_subjects`);
- «وكان X [adjunct or relative clause] قد رفض»: the name after «كان» is the subject of the
  verb after «قد» (:mod:`kg.relations.stance_kana_reach`).

Sentences written for the tests (invented people).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stance_holders, stances
from tests.relations.docbuilder import E, build_doc

SALIM = E("Person", "سالم الراشد", ("سالم الراشد",))
HIND = E("Person", "هند الصالح", ("هند الصالح",))
KARIM = E("Person", "كريم منصور", ("كريم منصور",))
NADIA = E("Person", "نادية فارس", ("نادية فارس",))
IRAQ_GOV = E("Organization", "الحكومة العراقية", ("الحكومة العراقية",))
ARMY = E("Organization", "الجيش اللبناني", ("الجيش اللبناني",))
RUSSIA = E("Country", "روسيا", ("روسيا",))
EGYPT = E("Country", "مصر", ("مصر",))
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة",))
AMMAN = E("City", "عمان", ("عمان",))
CAIRO = E("City", "القاهرة", ("القاهرة",))
ENTITIES = [SALIM, HIND, KARIM, NADIA, IRAQ_GOV, ARMY, RUSSIA, EGYPT, USA, AMMAN, CAIRO]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def test_a_light_verb_subject_holds_its_noun_past_a_long_adjunct() -> None:
    doc = run("وأكد وزير الخارجية سالم الراشد في كلمة ألقاها خلال افتتاح المؤتمر الدولي "
              "للاستثمار في عمان أمس دعمه للحكومة العراقية.")
    assert ("supports", "سالم الراشد", "الحكومة العراقية") in stances(doc)


def test_the_adjunct_may_name_the_person_met() -> None:
    doc = run("وجدد وزير الخارجية سالم الراشد خلال لقائه وزير الدفاع كريم منصور في القاهرة "
              "أمس رفضه للتدخل في شؤون مصر.")
    assert stance_holders(doc, "rejects") == {"سالم الراشد"}


def test_an_indefinite_verdict_noun_past_an_adjunct_in_commas() -> None:
    doc = run("ووجه رئيس الوزراء سالم الراشد، في كلمة ألقاها أمام البرلمان في عمان أمس "
              "بمناسبة افتتاح الدورة الجديدة، انتقادات حادة لروسيا.")
    assert ("criticizes", "سالم الراشد", "روسيا") in stances(doc)


def test_a_relative_clause_on_the_subject_stands_where_the_adjunct_does() -> None:
    doc = run("وأعربت الوزيرة هند الصالح التي كانت تشغل منصب وزيرة الأسرة في الحكومة السابقة "
              "عن استيائها من تصريحات كريم منصور.")
    assert ("criticizes", "هند الصالح", "كريم منصور") in stances(doc)


def test_a_subject_before_the_light_verb_holds_its_noun_past_an_adjunct() -> None:
    doc = run("وكان وزير الخارجية سالم الراشد أعلن في مؤتمر صحفي عقده في القاهرة أمس مع نظيره "
              "كريم منصور رفضه للتدخل في شؤون مصر.")
    assert stance_holders(doc, "rejects") == {"سالم الراشد"}


def test_the_name_closing_the_adjunct_is_not_the_holder() -> None:
    doc = run("وأعلن وزير الخارجية سالم الراشد في مؤتمر صحفي مع نظيره كريم منصور رفضه للتدخل "
              "في شؤون مصر.")
    assert stance_holders(doc, "rejects") == {"سالم الراشد"}


def test_a_possessive_of_the_other_gender_is_not_the_light_verb_subject_s() -> None:
    doc = run("وأكد وزير الخارجية سالم الراشد في كلمة ألقاها خلال افتتاح المؤتمر الدولي "
              "للاستثمار في عمان أمس دعمها للحكومة العراقية.")
    assert "سالم الراشد" not in stance_holders(doc, "supports")


def test_no_holder_past_a_reported_clause() -> None:
    doc = run("وأكد وزير الخارجية سالم الراشد في كلمة ألقاها في عمان أمس أن المجلس الجديد "
              "سيعلن قريبا دعمه للحكومة العراقية.")
    assert "سالم الراشد" not in stance_holders(doc, "supports")


def test_no_holder_when_the_words_after_the_subject_open_no_adjunct() -> None:
    doc = run("وأكد وزير الخارجية سالم الراشد مشاركة بلاده الفاعلة في المؤتمر الدولي "
              "للاستثمار الذي يعقد في عمان ودعمه للحكومة العراقية.")
    assert "سالم الراشد" not in stance_holders(doc, "supports")


def test_no_holder_past_an_adjunct_closed_by_a_lone_comma() -> None:
    doc = run("وأكد وزير الخارجية سالم الراشد في كلمة ألقاها خلال افتتاح المؤتمر الدولي "
              "للاستثمار في عمان أمس، دعمه للحكومة العراقية.")
    assert "سالم الراشد" not in stance_holders(doc, "supports")


def test_a_verb_after_a_comma_continues_the_host_past_the_guest() -> None:
    doc = run("واستقبل الرئيس سالم الراشد في القاهرة أمس السفير كريم منصور، "
              "وأشاد بمواقف الولايات المتحدة.")
    assert ("praises", "سالم الراشد", "الولايات المتحدة") in stances(doc)
    assert "كريم منصور" not in stance_holders(doc, "praises")


def test_no_host_when_a_noun_after_the_verb_may_be_its_subject() -> None:
    doc = run("واستقبل الرئيس سالم الراشد في القاهرة أمس السفير كريم منصور، "
              "وأشاد الضيف بمواقف الولايات المتحدة.")
    assert "سالم الراشد" not in stance_holders(doc, "praises")


def test_no_host_for_a_light_verb_whose_own_subject_follows_it() -> None:
    doc = run("والتقى الرئيس سالم الراشد بالسفير كريم منصور في القاهرة، وأكد الضيف دعمه "
              "للحكومة العراقية.")
    assert "سالم الراشد" not in stance_holders(doc, "supports")


def test_no_host_of_the_other_gender() -> None:
    doc = run("واستقبل الرئيس سالم الراشد في القاهرة أمس السفيرة نادية فارس، "
              "وأشادت بمواقف الولايات المتحدة.")
    assert "سالم الراشد" not in stance_holders(doc, "praises")


def test_no_host_past_a_reported_clause() -> None:
    doc = run("واستقبل الرئيس سالم الراشد السفير كريم منصور الذي أكد أن بلاده تقدر مصر، "
              "وأشاد بمواقف الولايات المتحدة.")
    assert "سالم الراشد" not in stance_holders(doc, "praises")


def test_the_name_after_kana_holds_the_verb_after_qad_past_an_adjunct() -> None:
    doc = run("وكان الرئيس سالم الراشد في مؤتمر صحفي عقده في القاهرة أمس مع نظيره كريم منصور "
              "قد انتقد روسيا.")
    assert ("criticizes", "سالم الراشد", "روسيا") in stances(doc)
    assert "كريم منصور" not in stance_holders(doc, "criticizes")


def test_the_name_after_kana_holds_the_verb_after_qad_past_a_relative_clause() -> None:
    doc = run("وكان الرئيس سالم الراشد الذي يزور القاهرة منذ أمس في أول زيارة له قد انتقد روسيا.")
    assert ("criticizes", "سالم الراشد", "روسيا") in stances(doc)


def test_no_kana_subject_of_the_other_gender() -> None:
    doc = run("وكان الرئيس سالم الراشد في مؤتمر صحفي عقده في القاهرة أمس قد انتقدت روسيا.")
    assert "سالم الراشد" not in stance_holders(doc, "criticizes")


def test_no_kana_subject_past_a_reported_clause() -> None:
    doc = run("وكان الرئيس سالم الراشد قال في مؤتمر صحفي أمس إن الوزير كريم منصور قد انتقد روسيا.")
    assert "سالم الراشد" not in stance_holders(doc, "criticizes")

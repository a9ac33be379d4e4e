"""Stance rules read on the session-27 ANERcorp pool (sentences 700..1400), on sentences
written for the tests.

- «ندعو الناس إلى صحيح الإسلام», «دعا الشباب إلى الله»: an appeal whose first goal is the
  faith is preaching, no ``urges`` (:mod:`kg.relations.stance_faith_calls`); «إلى الجهاد»,
  «إلى التمسك بالدين» stay appeals.
- «الداعية فلان», «اقتراح X الداعي إلى»: the participle of calling with its article is a
  title or an adjective, no ``urges`` (:mod:`kg.relations.stance_calling_adjectives`).
- «بجهود الأمين العام للأمم المتحدة فلان», «بتصريحات الأمين العام لجامعة الدول العربية
  فلان»: the person named after a title and its named body is the object, never the title
  nor the body (:mod:`kg.relations.stance_title_body_holders`).
- «الحزب بزعامة فلان»: the leader after «بزعامة», «برئاسة», «بقيادة» is no object; right after
  the subject the object is sought past him (:mod:`kg.relations.stance_led_by`).
- «يرفض X تقسيم العراق», «عارضت X تسليح المعارضة»: the name after an act's indefinite
  verbal noun is its patient or doer, not what is rejected or opposed: kept under raw 0.45
  (:mod:`kg.relations.stance_act_owners`); support, praise, criticism untouched.
- «ورحب الرئيس X والعاهل الأردني الملك Y بالمبادرة»: a titled person joined by «و» right
  after the subject holds the stance too, and is never its object
  (:mod:`kg.relations.stance_titled_conjuncts`).
- «أعلن X في رسالة إلى الأمين العام للأمم المتحدة Y رفضه للخطة»: a name closing a title
  governed by a preposition does not hold the possessive verbal noun after it
  (:mod:`kg.relations.stance_governed_titles`).
- «دعت X في تقريرها السنوي الحكومات العربية», «حذر X في خطابه الإذاعي الأسبوعي Y»: the
  adjectives of the subject's own occasion belong to it; the object opens after them
  (:mod:`kg.relations.stance_occasion_adjectives`).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import node_name, pairs, stances
from tests.relations.docbuilder import E, build_doc

UN = E("Organization", "الأمم المتحدة", ("الأمم المتحدة",))
LEAGUE = E("Organization", "جامعة الدول العربية", ("جامعة الدول العربية",))
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",), "Q801")
KAREEM = E("Person", "كريم منصور", ("كريم منصور",))
HADI = E("Person", "هادي الزين", ("هادي الزين",))
SAMIR = E("Person", "سمير فاضل", ("سمير فاضل",))
GROUP = E("Organization", "جماعة الفجر", ("جماعة الفجر",))
ENTITIES = [UN, LEAGUE, ISRAEL, KAREEM, HADI, SAMIR, GROUP]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def test_a_call_to_the_faith_urges_no_one() -> None:
    doc = run("وقال كريم منصور إن جماعة الفجر تدعو الناس إلى صحيح الإسلام.")
    assert pairs(doc, "urges") == set()
    doc = run("ودعا كريم منصور الشباب إلى الله في خطبة الجمعة.")
    assert pairs(doc, "urges") == set()
    doc = run("وتدعو جماعة الفجر غير المسلمين للإسلام.")
    assert pairs(doc, "urges") == set()


def test_a_call_to_an_act_still_urges() -> None:
    doc = run("ودعا كريم منصور جماعة الفجر إلى الجهاد في سبيل الله.")
    assert ("كريم منصور", "جماعة الفجر") in pairs(doc, "urges")
    doc = run("ودعا كريم منصور إسرائيل إلى الانسحاب من الأراضي المحتلة.")
    assert ("كريم منصور", "إسرائيل") in pairs(doc, "urges")


def test_the_preacher_before_a_name_is_no_appeal() -> None:
    doc = run("وحذر الداعية كريم منصور الشباب من المخدرات.")
    assert ("كريم منصور", "الشباب") in pairs(doc, "warns")
    assert pairs(doc, "urges") == set()
    doc = run("وانتقد الداعية كريم منصور إسرائيل.")
    assert pairs(doc, "urges") == set()


def test_a_circumstantial_participle_still_urges() -> None:
    doc = run("وانتقد كريم منصور الهجوم، داعيا إسرائيل إلى وقف العمليات.")
    assert ("كريم منصور", "إسرائيل") in pairs(doc, "urges")


def test_a_deed_of_a_titled_person_is_the_persons() -> None:
    doc = run("وأشاد كريم منصور بجهود الأمين العام للأمم المتحدة هادي الزين.")
    assert pairs(doc, "praises") == {("كريم منصور", "هادي الزين")}


def test_a_titled_persons_words_are_toward_the_person_not_the_body() -> None:
    doc = run("ورحب كريم منصور بتصريحات الأمين العام لجامعة الدول العربية سمير فاضل.")
    assert pairs(doc, "welcomes") == {("كريم منصور", "سمير فاضل")}


def test_a_body_with_no_holder_after_it_stays_the_object() -> None:
    doc = run("ورحب كريم منصور بتصريحات الأمين العام لجامعة الدول العربية في القاهرة.")
    assert not any(o in {"سمير فاضل", "هادي الزين"} for _, o in pairs(doc, "welcomes"))
    doc = run("وأشاد كريم منصور بجهود الأمين العام للأمم المتحدة في لبنان.")
    assert ("كريم منصور", "هادي الزين") not in pairs(doc, "praises")


def test_the_leader_after_bizaamat_is_no_addressee() -> None:
    doc = run("وطالب جماعة الفجر بزعامة كريم منصور بضم المدينة إلى الإقليم.")
    assert ("جماعة الفجر", "كريم منصور") not in pairs(doc, "urges")
    doc = run("ورفضت جماعة الفجر برئاسة كريم منصور الاتفاق.")
    assert ("جماعة الفجر", "كريم منصور") not in pairs(doc, "rejects")


def test_the_addressee_is_read_past_the_leader() -> None:
    doc = run("ودعت جماعة الفجر بزعامة كريم منصور إسرائيل إلى الانسحاب.")
    assert pairs(doc, "urges") == {("جماعة الفجر", "إسرائيل")}


def test_praised_leadership_keeps_the_leader() -> None:
    doc = run("وأشاد هادي الزين بقيادة كريم منصور.")
    assert ("هادي الزين", "كريم منصور") in pairs(doc, "praises")
    assert not any(kind == "urges" for kind, _, _ in stances(doc))


def _confidence(doc: Document, kind: str, subject: str, obj: str) -> float:
    """The raw confidence of the stance ``kind(subject, obj)``, which must be there."""
    found = [r.evidence[0].confidence for r in doc.relations
             if r.kind == kind and node_name(doc, r.subject_id) == subject
             and node_name(doc, r.object_id) == obj]
    assert found, (kind, subject, obj)
    return max(found)


def test_the_patient_of_a_refused_act_is_unsure() -> None:
    doc = run("ويرفض كريم منصور تقسيم إسرائيل.")
    assert _confidence(doc, "rejects", "كريم منصور", "إسرائيل") < 0.45
    doc = run("وعارض كريم منصور تسليح جماعة الفجر.")
    assert _confidence(doc, "opposes", "كريم منصور", "جماعة الفجر") < 0.45


def test_the_author_of_refused_words_is_unsure() -> None:
    doc = run("ورفض كريم منصور اتهامات جماعة الفجر.")
    assert _confidence(doc, "rejects", "كريم منصور", "جماعة الفجر") < 0.45


def test_a_refused_name_itself_stays_sure() -> None:
    doc = run("ورفض كريم منصور جماعة الفجر.")
    assert _confidence(doc, "rejects", "كريم منصور", "جماعة الفجر") >= 0.45


def test_backing_an_act_of_someone_is_untouched() -> None:
    doc = run("ودعم كريم منصور ترشيح هادي الزين.")
    assert _confidence(doc, "supports", "كريم منصور", "هادي الزين") >= 0.45


def test_a_titled_conjunct_after_the_subject_is_a_second_holder() -> None:
    doc = run("ورحب الرئيس كريم منصور والعاهل الأردني الملك هادي الزين بالمبادرة الجديدة.")
    found = pairs(doc, "welcomes")
    assert ("كريم منصور", "هادي الزين") not in found
    assert {s for s, _ in found} == {"كريم منصور", "هادي الزين"}
    doc = run("وانتقد الوزير كريم منصور ونظيره سمير فاضل إسرائيل.")
    assert pairs(doc, "criticizes") == {("كريم منصور", "إسرائيل"), ("سمير فاضل", "إسرائيل")}


def test_a_titled_object_with_no_waw_stays_the_object() -> None:
    doc = run("وانتقد الوزير كريم منصور الرئيس سمير فاضل.")
    assert pairs(doc, "criticizes") == {("كريم منصور", "سمير فاضل")}


def test_a_name_governed_through_its_title_holds_no_noun_after_it() -> None:
    doc = run("وأعلن كريم منصور في رسالة إلى الأمين العام للأمم المتحدة هادي الزين "
              "رفضه للخطة.")
    assert not any(s == "هادي الزين" for s, _ in pairs(doc, "rejects"))
    doc = run("وأكد كريم منصور خلال لقائه مع وزير الخارجية سمير فاضل دعمه لإسرائيل.")
    assert ("سمير فاضل", "إسرائيل") not in pairs(doc, "supports")


def test_a_titled_name_right_before_its_noun_holds_it() -> None:
    doc = run("وجدد وزير الخارجية سمير فاضل دعمه لإسرائيل.")
    assert ("سمير فاضل", "إسرائيل") in pairs(doc, "supports")


def test_the_occasions_adjectives_are_not_the_addressee() -> None:
    doc = run("ودعت جماعة الفجر في تقريرها السنوي الحكومات العربية إلى احترام القانون.")
    assert pairs(doc, "urges") == {("جماعة الفجر", "الحكومات العربية")}
    doc = run("وحذر كريم منصور في خطابه الإذاعي الأسبوعي إسرائيل من التصعيد.")
    assert pairs(doc, "warns") == {("كريم منصور", "إسرائيل")}


def test_a_plural_addressee_after_the_occasion_stays() -> None:
    doc = run("ودعا كريم منصور في كلمته المواطنين إلى المشاركة في الانتخابات.")
    assert pairs(doc, "urges") == {("كريم منصور", "المواطنين")}

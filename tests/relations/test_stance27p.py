"""Stance rules read on the session-27 ANERcorp pool (sentences 700..1400), on sentences
written for the tests.

- «ندعو الناس إلى صحيح الإسلام», «دعا الشباب إلى الله»: an appeal whose first goal is the
  faith is preaching, no ``urges`` (:mod:`kg.relations.stance_faith_calls`); «إلى الجهاد»,
  «إلى التمسك بالدين» stay appeals.
- «الداعية فلان», «اقتراح X الداعي إلى»: the participle of calling with its article is a
  title or an adjective, no ``urges`` (:mod:`kg.relations.stance_calling_adjectives`).
"""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

UN = E("Organization", "الأمم المتحدة", ("الأمم المتحدة",))
LEAGUE = E("Organization", "جامعة الدول العربية", ("جامعة الدول العربية",))
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",), "Q801")
KAREEM = E("Person", "كريم منصور", ("كريم منصور",))
HADI = E("Person", "هادي الزين", ("هادي الزين",))
SAMIR = E("Person", "سمير فاضل", ("سمير فاضل",))
GROUP = E("Organization", "جماعة الفجر", ("جماعة الفجر",))
ENTITIES = [UN, LEAGUE, ISRAEL, KAREEM, HADI, SAMIR, GROUP]


def run(text: str) -> object:
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

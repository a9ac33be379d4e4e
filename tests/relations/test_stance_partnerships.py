"""Coordination in deeds done together, session 24: the adjunct «بالتعاون مع» / «بالشراكة
مع» right after a verb's named subject, the partner named past its administration or kind
noun («مع إدارة سجون الطائف», «مع شركة أرامكو»), «الشراكة بين X و Y», and signed agreements
of cooperation («أبرمت X اتفاقية تعاون مع Y», «وقعت X و Y مذكرة تفاهم للتعاون»).

Not coordination: the adjunct after a passive verb or a place («أقيم الحفل في جامعة X
بالتعاون مع Y»), a signing denied («لم توقع»), three named signers, a partnership only
wanted («أهمية الشراكة بين»), «للتعاون» outside an agreement («استعدادها للتعاون مع»).
Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import facts, stances
from tests.relations.docbuilder import E, build_doc

HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
EDUCATION = E("GovernmentBody", "وزارة التعليم", ("وزارة التعليم",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
KSU = E("Organization", "جامعة الملك سعود", ("جامعة الملك سعود",))
ARAMCO = E("Organization", "أرامكو", ("أرامكو",))
PRISONS = E("GovernmentBody", "سجون جدة", ("سجون جدة",))
RED_CRESCENT = E("Organization", "الهلال الأحمر", ("الهلال الأحمر",))
RIYADH = E("City", "الرياض", ("الرياض",), "Q3692")
GCC = E("InternationalOrganization", "مجلس التعاون الخليجي", ("مجلس التعاون الخليجي",))
ETAAM = E("Organization", "إطعام", ("إطعام",))
ENTITIES = [HEALTH, EDUCATION, INTERIOR, KSU, ARAMCO, PRISONS, RED_CRESCENT, RIYADH, GCC, ETAAM]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def coordination(doc: Document) -> set[tuple[str, str]]:
    return {(s, o) for k, s, o in stances(doc) if k == "coordinatesWith"}


@pytest.mark.parametrize(("text", "pair"), [
    # the adjunct right after the subject of a verb of doing
    ("نظمت وزارة الصحة بالتعاون مع وزارة التعليم حملة للتوعية بمخاطر التدخين.",
     ("وزارة الصحة", "وزارة التعليم")),
    ("وتنفذ جامعة الملك سعود بالتنسيق مع وزارة الداخلية برنامجا لتأهيل الشباب.",
     ("جامعة الملك سعود", "وزارة الداخلية")),
    ("وشهد الأهالي المهرجان الذي تقيمه وزارة التعليم بالتعاون مع جامعة الملك سعود كل عام.",
     ("وزارة التعليم", "جامعة الملك سعود")),
    ("أطلقت وزارة الصحة، وبالشراكة مع شركة أرامكو، مبادرة لفحص السكري.",
     ("وزارة الصحة", "أرامكو")),
    # the subject before its verb, opening its clause
    ("وقال رئيس الشركة: «أرامكو بدأت بالتعاون مع جامعة الملك سعود في بناء المحطة».",
     ("أرامكو", "جامعة الملك سعود")),
    ("وأوضح أن جامعة الملك سعود تنظم بالتعاون مع وزارة الصحة حملة للتبرع بالدم.",
     ("جامعة الملك سعود", "وزارة الصحة")),
    # the partner past its administration
    ("قامت وزارة الصحة بالتعاون مع إدارة سجون جدة بفحص النزلاء.",
     ("وزارة الصحة", "سجون جدة")),
    # a partnership between two named bodies, one past its kind noun
    ("ووقع الطرفان عقد الشراكة الاستراتيجية بين شركة أرامكو وجامعة الملك سعود.",
     ("أرامكو", "جامعة الملك سعود")),
    # signed agreements of cooperation
    ("أبرمت وزارة الصحة اتفاقية تعاون مع الهلال الأحمر لنقل المرضى.",
     ("وزارة الصحة", "الهلال الأحمر")),
    ("ووقعت وزارة التعليم مذكرة تفاهم للتعاون مع جامعة الملك سعود في مجال البحث العلمي.",
     ("وزارة التعليم", "جامعة الملك سعود")),
    ("ووقعت وزارة الصحة وجامعة الملك سعود أمس مذكرة تفاهم للتعاون في تدريب الأطباء.",
     ("وزارة الصحة", "جامعة الملك سعود")),
    ("ووقعت أرامكو مع جامعة الملك سعود اتفاقية تعاون في مجال الطاقة.",
     ("أرامكو", "جامعة الملك سعود")),
    # the partner's short name in parentheses after its untagged description
    ("أبرمت وزارة الصحة اتفاقية تعاون مع الجمعية الخيرية للطعام (إطعام) لتوزيع الوجبات.",
     ("وزارة الصحة", "إطعام")),
    ("نفذت جامعة الملك سعود بالتعاون مع الجمعية الخيرية للطعام (إطعام) حملة لحفظ النعمة.",
     ("جامعة الملك سعود", "إطعام")),
])
def test_partnership_found(text: str, pair: tuple[str, str]) -> None:
    found = coordination(run(text))
    assert pair in found, found
    assert (pair[1], pair[0]) not in found  # one direction: the one written first
    assert all(polarity == "positive" for *_, polarity, _ in facts(run(text), "coordinatesWith"))


@pytest.mark.parametrize("text", [
    # a passive verb and a place before the adjunct: the organiser is not named
    "أقيم الحفل في جامعة الملك سعود بالتعاون مع وزارة الصحة.",
    # the subject of a verb that is no deed of the pair
    "وزار وزير الصحة جامعة الملك سعود بالتعاون مع وزارة التعليم.",
    # a name that does not open the clause before the verb
    "وزار الوزير مقر جامعة الملك سعود تنظم بالتعاون مع وزارة الصحة حملة.",
    # a signing denied
    "لم توقع وزارة الصحة اتفاقية تعاون مع جامعة الملك سعود.",
    # three signers: no pair
    "ووقعت وزارة الصحة ووزارة التعليم ووزارة الداخلية اتفاقية تعاون لمكافحة المخدرات.",
    # a partnership only wanted
    "وشدد الوزير على أهمية الشراكة بين وزارة الصحة وجامعة الملك سعود.",
    # «للتعاون» outside an agreement: readiness, a goal
    "وأبدت وزارة الصحة استعدادها للتعاون مع جامعة الملك سعود.",
    # a body's name holding the word of cooperation
    "واستقبلت الرياض وفود دول مجلس التعاون الخليجي.",
    # a partner that is no named body
    "وتتعاون أرامكو مع فنانين من مختلف المجالات.",
    # parentheses that hold a place, not the described partner's name
    "وقعت أرامكو اتفاقية تعاون مع الجمعية الخيرية في العاصمة (الرياض) لتوزيع الوجبات.",
])
def test_no_partnership(text: str) -> None:
    assert not coordination(run(text))

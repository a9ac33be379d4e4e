"""Unnamed but identifiable groups as a stance's object (kg/relations/stance_group_objects.py).

Sentences written for the tests: a definite human plural or collective phrase after a
stance verb is who the stance is toward; never the demand of an appeal, a welcome's guests,
nor the group as the subject of its own verb.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
HASSAN = E("Person", "حسن العلي", ("حسن العلي",))
MONA = E("Person", "منى سالم", ("منى سالم",))
ENTITIES = [EGYPT, SAUDI, HASSAN, MONA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize(("text", "fact"), [
    # a masculine verb before a plural that would take a feminine verb: its object
    ("وأكد حسن العلي أن الأزمة طويلة، ودعا الدول العربية إلى التكاتف.",
     ("urges", "حسن العلي", "الدول العربية")),
    ("وقال حسن العلي إن الأزمة طويلة. ودعا الدول المانحة إلى الوفاء بتعهداتها.",
     ("urges", "حسن العلي", "الدول المانحة")),
    # a human group in a clause that continues the named subject («كما», «، و»)
    ("وقال حسن العلي إن الوضع خطير، كما انتقد المجتمع الدولي لصمته.",
     ("criticizes", "حسن العلي", "المجتمع الدولي")),
    # verbs that take no descriptive topic still take a group of people
    ("وحمّل حسن العلي الأطراف الدولية المسؤولية عن تعطيل الحل.",
     ("criticizes", "حسن العلي", "الأطراف الدولية")),
    ("وأشاد حسن العلي بالمواطنين الذين ساعدوا المصابين.",
     ("praises", "حسن العلي", "المواطنين")),
    ("وهاجم حسن العلي الدول الغربية بسبب مواقفها من الأزمة.",
     ("criticizes", "حسن العلي", "الدول الغربية")),
    ("وأخذ حسن العلي على الحكومة تأخرها في صرف الرواتب.",
     ("criticizes", "حسن العلي", "الحكومة")),
    # a group named by its owner's pronoun: the subject's own people
    ("ودعت مصر رعاياها إلى مغادرة المنطقة فورا.", ("urges", "مصر", "رعاياها")),
    ("وأشاد حسن العلي بجنوده في الجبهة.", ("praises", "حسن العلي", "جنوده")),
    ("وقالت منى سالم إن الوضع صعب، ودعت أنصارها إلى الهدوء.",
     ("urges", "منى سالم", "أنصارها")),
    # standing with a group is support («تضامن مع», «الوقوف إلى جانب»)
    ("وتضامنت مصر مع الدول العربية في مواجهة الإرهاب.", ("supports", "مصر", "الدول العربية")),
])
def test_group_is_the_object(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize("text", [
    # the group is the subject: a second noun phrase is the object
    "وقال حسن العلي إن الوضع خطير، وانتقد القضاة الحكومة.",
    # a human group opening its sentence may be the subject: nothing
    "ودعا القضاة إلى الحوار.",
    # a demand with no addressee
    "وقال حسن العلي إن الوضع خطير، ودعا إلى الحوار الوطني.",
    # a welcome of guests is protocol
    "ورحب حسن العلي بالضيوف.",
    # a coordinated group after «و» is no object of this verb
    "وانتقد حسن العلي الحكومة والأحزاب.",
    # support of families is charity, not a stance toward them
    "ودعم حسن العلي الأسر المحتاجة بمبلغ كبير.",
])
def test_no_group_object(text: str) -> None:
    found = stances(run(text))
    assert not any(obj in {"القضاة", "القضاة الحكومة", "الحوار الوطني", "الضيوف", "الأحزاب",
                           "الأسر المحتاجة", "الأسر"}
               for _, _, obj in found)
    assert not any(subject == "حسن العلي" and obj == "القضاة" for _, subject, obj in found)


def test_span_is_the_noun_phrase() -> None:
    """The object stops at the group's adjectives: «المسؤولية» is a second object."""
    found = stances(run("وحمّل حسن العلي الأطراف الدولية المسؤولية عن التصعيد."))
    objects = {obj for kind, _, obj in found if kind == "criticizes"}
    assert objects == {"الأطراف الدولية"}


def test_group_confidence_below_a_name() -> None:
    """A group object is less sure than a named one after the same verb."""
    doc = run("وانتقد حسن العلي مصر. وانتقد حسن العلي الدول الغربية بسبب مواقفها.")
    by_object = {doc_entity: rel for rel in doc.relations if rel.kind == "criticizes"
                 for doc_entity in [rel.object_id]}
    confidences = sorted(rel.evidence[0].confidence for rel in by_object.values())
    assert len(confidences) == 2 and confidences[0] < confidences[1]


def test_quoted_surname_holds_the_appeal() -> None:
    """«ودعا "العلي" ...»: a surname in quotation marks that no tagger named is the person
    named in full before, and the group after it is whom the appeal is to."""
    doc = run("وزار حسن العلي المعبر أمس. ودعا \"العلي\" الأشقاء اليمنيين إلى المسارعة.")
    assert ("urges", "حسن العلي", "الأشقاء اليمنيين") in stances(doc)


def test_quoted_unknown_word_is_no_subject() -> None:
    """A quoted plural that is nobody's surname holds no stance of a person."""
    doc = run("وقال حسن العلي إن الوضع صعب. وانتقد \"الجمهوريون\" الاتفاق.")
    assert ("criticizes", "حسن العلي", "الاتفاق") not in stances(doc)


def test_nisba_shaped_country_after_a_preposition() -> None:
    """«مع السعودية»: a country named like its nisba, right after a separate preposition,
    is the country (no noun before it for an adjective to qualify)."""
    assert ("supports", "مصر", "السعودية") in stances(run("وتضامنت مصر مع السعودية في محنتها."))

"""Titles, session 44 (helper hp44b); sentences written for the test.

- «هدف محقق إثر انفراد للمهاجم X»: «إثر» ("after") ends a title; «محقق» here is an
  adjective of the goal, no office of X (:data:`kg.relations.role_words._STOP_WORDS`).
- «X سفير الدولة لدى الأردن»: a country after «إلى»/«لدى» is where the office is sent, not
  whose it is; the apposed title ends before it (:mod:`kg.relations.role_apposed`).
- «X مدير الشركة بالكويت»: a country right after a definite firm noun is the firm's branch,
  not the office's country (:mod:`kg.relations.office_places`).
- «الوزير الأول X»: the ordinal is the office's own word (:mod:`kg.relations.ordinal_offices`).
- «X؛ الناطق باسم الوزارة: ...»: a semicolon written for a comma sets off the title, when
  a comma or colon closes it (:func:`kg.relations.role_apposed.title_after`).
- «وزير الخارجية الأردني X مع نظيره الإيطالي Y»: Y holds the same office, of the nisba's
  country (:mod:`kg.relations.counterparts`); not when two offices were named before, nor
  when an unnamed office stands between («إن وزير خارجيته التقى نظيره ...»).
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline
from tests.relations.conftest import node_name, pairs


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _facts(pipeline: Pipeline, text: str, kind: str = "holdsPosition") -> set[tuple[str, str]]:
    return pairs(pipeline(Document(id="titles44b", text=text)), kind)


def _sure_orgs(pipeline: Pipeline, text: str) -> set[str]:
    """The organisations of positions read from the title itself (not a low guess from
    the rest of the article, confidence under 0.5)."""
    doc = pipeline(Document(id="titles44b", text=text))
    return {node_name(doc, r.object_id) for r in doc.relations
            if r.kind == "positionOf" and max(e.confidence for e in r.evidence) >= 0.5}


def test_ithr_ends_a_title(pipeline: Pipeline) -> None:
    text = "وأنقذ الحارس فريقه من هدف محقق إثر انفراد للمهاجم البرازيلي روبرتو كارلوس."
    assert not any(position.startswith("محقق") for _, position in _facts(pipeline, text))
    assert not _facts(pipeline, text, "positionOf")


def test_host_country_after_lada_is_not_the_owner(pipeline: Pipeline) -> None:
    text = "وحضر الاستقبال سالم راشد الكعبي سفير الدولة لدى الأردن وعدد من المسؤولين."
    assert "الأردن" not in _sure_orgs(pipeline, text)


def test_destination_after_ila_is_not_the_owner(pipeline: Pipeline) -> None:
    text = "وكانت زيارة الشيخ سالم بن ناصر الحارثي أمير البلاد المفدى إلى تونس ناجحة."
    assert "تونس" not in _sure_orgs(pipeline, text)


def test_sender_before_lada_kept(pipeline: Pipeline) -> None:
    text = "وقال كريم وهبة سفير مصر لدى الأردن إن العلاقات متينة."
    assert ("كريم وهبة", "سفير") in _facts(pipeline, text)
    assert {org for _, org in _facts(pipeline, text, "positionOf")} == {"مصر"}


@pytest.mark.parametrize("text", [
    "وقال لي مينغ مدير الشركة بالكويت إن المبيعات ارتفعت هذا العام.",
    "وقال جون سميث مدير البنك في الأردن إن الأرباح ارتفعت.",
])
def test_firm_branch_is_not_the_country(pipeline: Pipeline, text: str) -> None:
    assert not _sure_orgs(pipeline, text)


def test_short_title_before_fi_keeps_country(pipeline: Pipeline) -> None:
    text = "وقال سامي عادل مدير الأمن العام في الأردن إن الوضع مستقر."
    assert {org for _, org in _facts(pipeline, text, "positionOf")} == {"الأردن"}


@pytest.mark.parametrize("text, person", [
    ("واستقبل الملك أمس الوزير الأول عبد الرحمن اليوسفي في القصر.", "عبد الرحمن اليوسفي"),
    ("وكان في استقباله عبد الإله بنكيران الوزير الأول ووزير الداخلية.", "عبد الإله بنكيران"),
])
def test_first_minister_keeps_ordinal(pipeline: Pipeline, text: str, person: str) -> None:
    assert (person, "الوزير الأول") in _facts(pipeline, text)


@pytest.mark.parametrize("text, person", [
    ("وقال يوسي كوهين؛ الناطق باسم وزارة الدفاع الإسرائيلية: إن العملية انتهت.", "يوسي كوهين"),
    ("وصرح سامر خليل؛ المتحدث باسم الشركة، بأن الأرباح ارتفعت.", "سامر خليل"),
])
def test_semicolon_sets_off_title(pipeline: Pipeline, text: str, person: str) -> None:
    assert person in {holder for holder, _ in _facts(pipeline, text)}


def test_semicolon_before_new_clause(pipeline: Pipeline) -> None:
    text = "وقد التقى الوفد أمس بالسيد سامر خليل؛ الرئيس قال إن الأمر مهم."
    assert not any(holder.endswith("سامر خليل") and position == "الرئيس"
                   for holder, position in _facts(pipeline, text))


@pytest.mark.parametrize("text, peer, country", [
    ("وبحث وزير الخارجية الأردني أيمن الصفدي مع نظيره الإيطالي ماسيمو داليما العلاقات.",
     "ماسيمو داليما", "إيطاليا"),
    ("والتقى أيمن الصفدي وزير الخارجية الأردني في عمان نظيره الإيطالي ماسيمو داليما.",
     "ماسيمو داليما", "إيطاليا"),
])
def test_counterpart_holds_same_office(pipeline: Pipeline, text: str, peer: str,
                                       country: str) -> None:
    assert (peer, "وزير الخارجية") in _facts(pipeline, text)
    assert ("وزير الخارجية", country) in _facts(pipeline, text, "positionOf")


@pytest.mark.parametrize("text", [
    "وقال الرئيس التونسي منصف المرزوقي إن وزير خارجيته بحث مع نظيره الإيطالي "
    "ماسيمو داليما العلاقات.",
    "وحضر وزير الخارجية الأردني أيمن الصفدي والرئيس المصري حسني مبارك لقاء مع نظيره "
    "الإيطالي ماسيمو داليما.",
])
def test_counterpart_of_unknown_office(pipeline: Pipeline, text: str) -> None:
    assert "ماسيمو داليما" not in {holder for holder, _ in _facts(pipeline, text)}

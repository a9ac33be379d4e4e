"""A country's body named by a head noun and a nationality adjective (``ner.bodies``) speaks,
holds stances and acts; and what it changes around it: an organisation «التابعة للحكومة
اليمنية» keeps the body in its name, and a verb followed by a title has that title's
subject, not the actor of the sentence before. Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline
from tests.relations.conftest import role_names, said, stances


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    import kg.stages  # noqa: F401  (registers the stages)

    return Pipeline.from_names(
        ["sentences", "tokens", "ner.gazetteer", "ner.bodies", "link", "relations"]
    )


def run(pipeline: Pipeline, text: str) -> Document:
    return pipeline(Document(id="doc-bodies", text=text))


def test_a_body_speaks(pipeline: Pipeline) -> None:
    doc = run(pipeline, "وقال الجيش الأمريكي في بيان إن الغارة استهدفت مخزنا للأسلحة.")
    assert said(doc) == {("الجيش الأمريكي", "الغارة استهدفت مخزنا للأسلحة")}


def test_a_ministry_with_a_country_name_as_its_adjective_speaks(pipeline: Pipeline) -> None:
    doc = run(pipeline, "وقالت وزارة الداخلية السعودية إن الشرطة ضبطت خلية إرهابية.")
    assert said(doc) == {("وزارة الداخلية السعودية", "الشرطة ضبطت خلية إرهابية")}


def test_a_body_holds_a_stance(pipeline: Pipeline) -> None:
    doc = run(pipeline, "ورفضت الحكومة اليمنية المبادرة الجديدة.")
    assert ("rejects", "الحكومة اليمنية", "المبادرة الجديدة") in stances(doc)


def test_a_body_is_the_agent_of_an_attack(pipeline: Pipeline) -> None:
    doc = run(pipeline, "وقصفت القوات العراقية مواقع تنظيم داعش في الفلوجة أمس.")
    agents = [name for label in ("Attack", "MilitaryOperation")
              for name in role_names(doc, label, "agent")]
    assert agents == ["القوات العراقية"]


def test_an_organisation_of_a_body_keeps_it_in_its_name(pipeline: Pipeline) -> None:
    doc = run(pipeline, "قالت وزارة الصحة التابعة للحكومة اليمنية إن 43 شخصا قتلوا.")
    assert said(doc) == {("وزارة الصحة التابعة للحكومة اليمنية", "43 شخصا قتلوا")}


def test_a_title_after_the_verb_is_its_subject_not_the_actor_before(
    pipeline: Pipeline,
) -> None:
    doc = run(pipeline, "وانتقدت العشائر تأخر تسليحها ومساندة القوات العراقية في حربها. "
                        "وطالب العميد بالجيش العراقي السابق باستخدام السلاح الثقيل.")
    assert not any(subject == "القوات العراقية" for _, subject, _ in stances(doc))

"""Appeals, warnings, threats and refusals on unseen news, session 34 (appeals34).

Rules tested:
- «دعوة X للحوار»: after the noun of an appeal and its genitive agent, a descriptive phrase
  with «ل» glued to it is the demand, not the one urged, unless it names a group of people
  («دعوة X للدول الغربية», «للمقاتلين») (kg.relations.stance_noun_demands).
- «دعا/حث/حذر/انتقد X نظيره الروسي Y»: the person named past «نظيره» and its nationality
  adjective is the object (kg.relations.stance_counterparts).
- «رفضت X دعوة Y إلى ...»: the appeal refused, named with its author, is the refusal's
  object (kg.relations.stance_refused_appeals).
- «ودعا X قبل أيام Y إلى ...»: «قبل» and a span of time with no date stands between the
  subject and the object; not when «من» ties it to an event (kg.relations.stance_time_phrases).
- «رفضت الصحيفة نشر الخبر»: declining to publish a story or an article is no rejection
  (kg.relations.stance_decoys).

Sentences written for the tests, each with the facts that must be found and those that must
not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

RUSSIA = E("Country", "روسيا", ("روسيا", "الروسي"), "Q159")
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة", "الأمريكي"), "Q30")
SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
LEAGUE = E("Organization", "جامعة الدول العربية", ("جامعة الدول العربية",))
KERRY = E("Person", "جون كيري", ("جون كيري",))
LAVROV = E("Person", "سيرغي لافروف", ("سيرغي لافروف",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
YEMEN_GOV = E("GovernmentBody", "الحكومة اليمنية", ("الحكومة اليمنية",))
ENTITIES = [RUSSIA, USA, SAUDI, LEAGUE, KERRY, LAVROV, HOUTHIS, YEMEN_GOV]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def found(text: str, kind: str) -> set[tuple[str, str]]:
    return {(holder, target) for k, holder, target in stances(run(text)) if k == kind}


@pytest.mark.parametrize("text", [
    "وجاءت دعوة روسيا للحوار بعد أسابيع من المعارك العنيفة.",
    "ورحب الوزير بدعوة السعودية لوقف إطلاق النار في المدينة.",
    "وقال المتحدث إن دعوة جامعة الدول العربية للتهدئة لم تجد آذانا صاغية.",
    "وتأتي دعوة روسيا للمفاوضات بعد فشل الجولة السابقة.",
])
def test_the_demand_after_an_appeal_noun_is_not_urged(text: str) -> None:
    assert not found(text, "urges"), stances(run(text))


@pytest.mark.parametrize(("text", "target"), [
    ("وجاءت دعوة روسيا للدول الغربية بعد أسابيع من المعارك.", "الدول الغربية"),
    ("وجاءت دعوة روسيا للمقاتلين بعد أسابيع من المعارك.", "المقاتلين"),
    ("وجاءت دعوة روسيا للمجتمع الدولي بعد أسابيع من المعارك.", "المجتمع الدولي"),
    ("وجاءت دعوة روسيا للحوثيين بعد أسابيع من المعارك.", "الحوثيون"),
])
def test_a_group_or_name_after_an_appeal_noun_is_urged(text: str, target: str) -> None:
    assert ("روسيا", target) in found(text, "urges"), stances(run(text))


def test_a_call_made_by_the_speaker_keeps_whom_it_is_made_to() -> None:
    text = "وقالت ماري سميث: «وجهنا دعوة لدور السينما لمساعدتنا في حل الأزمة»."
    doc = build_doc(text, [*ENTITIES, E("Person", "ماري سميث", ("ماري سميث",))])
    facts = {(h, t) for k, h, t in stances(extract_relations(doc)) if k == "urges"}
    assert ("ماري سميث", "دور السينما") in facts, facts


@pytest.mark.parametrize(("text", "kind"), [
    ("ودعا وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف إلى الضغط على "
     "دمشق.", "urges"),
    ("وحث جون كيري نظيره الروسي سيرغي لافروف على وقف الغارات.", "urges"),
    ("وحذر جون كيري نظيره الروسي سيرغي لافروف من عواقب التصعيد.", "warns"),
    ("وانتقد جون كيري بشدة نظيره الروسي سيرغي لافروف.", "criticizes"),
])
def test_the_counterpart_named_past_his_nationality(text: str, kind: str) -> None:
    assert ("جون كيري", "سيرغي لافروف") in found(text, kind), stances(run(text))


@pytest.mark.parametrize("text", [
    "ودعا جون كيري نظيره الروسي إلى الضغط على دمشق.",
    "والتقى جون كيري نظيره الروسي سيرغي لافروف في جنيف.",
])
def test_an_unnamed_counterpart_or_no_stance_gives_no_counterpart(text: str) -> None:
    facts = stances(run(text))
    assert not any(target == "سيرغي لافروف" for _, _, target in facts), facts


@pytest.mark.parametrize(("text", "target", "polarity_negated"), [
    ("ورفضت الحكومة اليمنية دعوة الحوثيين إلى الحوار في جنيف.", "دعوة الحوثيين", False),
    ("ورفضت الحكومة اليمنية مطالبة الحوثيين بتقاسم السلطة.", "مطالبة الحوثيين", False),
    ("ولم ترفض الحكومة اليمنية دعوة الحوثيين إلى الحوار.", "دعوة الحوثيين", True),
])
def test_a_refused_appeal_is_the_object(text: str, target: str, polarity_negated: bool) -> None:
    doc = run(text)
    names = {e.id: e.name for e in doc.entities}
    got = {(names.get(r.subject_id), names.get(r.object_id), r.polarity)
           for r in doc.relations if r.kind == "rejects"}
    polarity = "negative" if polarity_negated else "positive"
    assert ("الحكومة اليمنية", target, polarity) in got, got


@pytest.mark.parametrize("text", [
    "وقبلت الحكومة اليمنية دعوة الحوثيين إلى الحوار.",
    "ورفضت الحكومة اليمنية التعليق على دعوة الحوثيين إلى الحوار.",
])
def test_no_refusal_gives_no_refused_appeal(text: str) -> None:
    facts = stances(run(text))
    assert not any(target == "دعوة الحوثيين" for _, _, target in facts), facts


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("ودعا جون كيري قبل أيام سيرغي لافروف إلى الضغط على دمشق.", "urges", "سيرغي لافروف"),
    ("ورفضت السعودية قبل أسابيع قليلة الاتهامات الأخيرة.", "rejects", "الاتهامات الأخيرة"),
])
def test_a_span_ago_is_passed(text: str, kind: str, target: str) -> None:
    assert any(t == target for _, t in found(text, kind)), stances(run(text))


def test_a_span_tied_to_an_event_is_not_passed() -> None:
    text = "ودعا جون كيري قبل أيام من الانتخابات سيرغي لافروف إلى الضغط على دمشق."
    assert not found(text, "urges"), stances(run(text))


@pytest.mark.parametrize("text", [
    "ورفضت الحكومة اليمنية نشر الخبر في وسائل الإعلام.",
    "ورفضت الحكومة اليمنية نشر المقالات في الصحف.",
])
def test_declining_to_publish_a_story_is_no_rejection(text: str) -> None:
    assert not found(text, "rejects"), stances(run(text))

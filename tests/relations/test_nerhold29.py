"""Named holders the taggers miss (session 29, nerhold29); sentences written for the test.

Rules:

- a party, a movement or a front named by its indefinite kind noun, a definite name and
  its adjectives is one mention (:mod:`kg.ner.movement_names`): «حركة المقاومة الشعبية»,
  «حزب العدالة والتنمية» (a PoliticalParty), «تحالف القوى الوطنية», «مجلس العمل
  المتحد», «مجلس الحكم الانتقالي العراقي»; and its stance is read («وانتقد تحالف القوى
  الوطنية الحكومة»). Not «حركة» or «جبهة» with a name alone or a name of motion or
  battle («حركة المرور», «حركة التجارة الخارجية», «جبهة القتال الشمالية»), not «مجلس»
  with no adjective or a board's name («مجلس الإدارة الجديد»), not after a title
  («رئيس حزب الأمة القومي»), not an owner's name («كتلة الحزب», «مجلس الأمم المتحدة
  لحقوق الإنسان»), and a gazetteer name that opens at the head stays («جبهة النصرة
  السورية»).
- a capital right after a feminine stance verb is its country's government, for the verbs
  of urging, condemning, praising, asking and describing too
  (:data:`kg.gazetteer.resources.STANCE_VERBS`): «وحثت واشنطن حكومة X على», «ونددت
  موسكو بـ»; not a capital after a preposition («وصل الوفد إلى واشنطن وحث ...»).
- «المعارضة» after a noun of its members or before an adjective of its kind or country
  is the opposition camp, no stance (:mod:`kg.relations.stance_opposition_group`): «أكبر
  أحزاب المعارضة العلمانية», «زعيم المعارضة», «المعارضة السورية»; «معارضة شديدة للقانون»
  still opposes.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline
from tests.relations.conftest import stances


@pytest.fixture(scope="module")
def ner() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies"])


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _mentions(ner: Pipeline, text: str) -> dict[str, str]:
    doc = ner(Document(id="nerhold29", text=text))
    return {m.text: m.label for m in doc.mentions}


def _read_here(ner: Pipeline, text: str) -> list[str]:
    """The mentions the body rules added (the taggers' own stay as they are)."""
    doc = ner(Document(id="nerhold29", text=text))
    return [m.text for m in doc.mentions if m.extractor == "ner.bodies"]


@pytest.mark.parametrize(("text", "name", "label"), [
    ("وانتقدت حركة النهوض الشعبية قرار الحكومة الأخير.", "حركة النهوض الشعبية",
     "Organization"),
    ("وأيد حزب الكرامة والتنمية مقترح الحكومة.", "حزب الكرامة والتنمية", "PoliticalParty"),
    ("وقال بيان لتحالف القوى الوطنية إن الانتخابات مزورة.", "تحالف القوى الوطنية",
     "Organization"),
    ("ودعا للمسيرة مجلس العمل المتحد في المدينة.", "مجلس العمل المتحد", "Organization"),
    ("وهو ما يعارضه مجلس الحكم الانتقالي العراقي بشدة.", "مجلس الحكم الانتقالي العراقي",
     "Organization"),
    ("وأعلنت جبهة الخلاص الوطني مقاطعة الحوار.", "جبهة الخلاص الوطني", "Organization"),
])
def test_a_movement_named_by_its_kind_is_one_mention(ner: Pipeline, text: str, name: str,
                                                     label: str) -> None:
    assert _mentions(ner, text).get(name) == label


@pytest.mark.parametrize(("text", "words"), [
    ("وشهدت حركة المرور ازدحاما كبيرا في الشوارع.", "حركة المرور"),
    ("وتراجعت حركة التجارة الخارجية في الربع الأول.", "حركة التجارة الخارجية"),
    ("وهدأت جبهة القتال الشمالية خلال الليل.", "جبهة القتال الشمالية"),
    ("واجتمع مجلس الإدارة الجديد أمس.", "مجلس الإدارة"),
    ("وانتخب مجلس الأمناء رئيسا له.", "مجلس الأمناء"),
    ("وقال رئيس حزب الكرامة الوطني إن الحوار مستمر.", "حزب الكرامة الوطني"),
    ("وصوتت كتلة الحزب البرلمانية ضد القانون.", "كتلة الحزب"),
    ("وتحدثت حركة النهوض عن برنامجها.", "حركة النهوض"),
])
def test_no_movement_without_its_shape(ner: Pipeline, text: str, words: str) -> None:
    assert not any(mention.startswith(words) for mention in _read_here(ner, text))


def test_a_curated_name_at_the_head_stays(ner: Pipeline) -> None:
    text = "وأعلنت جبهة النصرة السورية مسؤوليتها عن الهجوم."
    assert "جبهة النصرة السورية" not in _read_here(ner, text)
    assert _mentions(ner, text).get("جبهة النصرة") == "ArmedGroup"


def test_an_owner_after_the_council_is_no_movement(ner: Pipeline) -> None:
    found = _read_here(ner, "وانتقد مجلس الأمم المتحدة لحقوق الإنسان الانتهاكات.")
    assert "مجلس الأمم المتحدة" not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("وانتقد تحالف القوى الوطنية الحكومة العراقية بشدة.",
     ("criticizes", "تحالف القوى الوطنية", "الحكومة العراقية")),
    ("ورفضت حركة النهوض الشعبية الاتفاق مع الحكومة.",
     ("rejects", "حركة النهوض الشعبية", "الاتفاق")),
])
def test_the_movement_holds_the_stance(pipeline: Pipeline, text: str,
                                       expected: tuple[str, str, str]) -> None:
    doc = pipeline(Document(id="nerhold29-stance", text=text))
    kind, holder, target = expected
    assert any(k == kind and s == holder and o.startswith(target)
               for k, s, o in stances(doc)), stances(doc)


@pytest.mark.parametrize(("text", "kind"), [
    ("وحثت واشنطن حكومة باكستان على ملاحقة المسلحين.", "urges"),
    ("ونددت موسكو بالقرار الأمريكي الأخير.", "condemns"),
    ("وأشادت القاهرة بالاتفاق بين الفصائل.", "praises"),
])
def test_a_capital_after_a_stance_verb_holds_it(pipeline: Pipeline, text: str,
                                                kind: str) -> None:
    doc = pipeline(Document(id="nerhold29-capital", text=text))
    assert any(k == kind for k, _, _ in stances(doc)), stances(doc)


def test_a_capital_after_a_preposition_holds_nothing(pipeline: Pipeline) -> None:
    doc = pipeline(Document(id="nerhold29-city",
                            text="ووصل الوفد إلى واشنطن وحث الحكومة على الحوار."))
    assert not any(s == "واشنطن" for _, s, _ in stances(doc)), stances(doc)


@pytest.mark.parametrize("text", [
    "بينما حل حزب الكرامة أكبر أحزاب المعارضة العلمانية في المركز الثاني.",
    "وقال زعيم المعارضة إن حزب الكرامة يرفض الانتخابات المبكرة.",
    "وأكد حزب الكرامة وقوفه مع المعارضة السورية في مطالبها.",
])
def test_the_opposition_camp_is_no_stance(pipeline: Pipeline, text: str) -> None:
    doc = pipeline(Document(id="nerhold29-camp", text=text))
    assert not any(k == "opposes" for k, _, _ in stances(doc)), stances(doc)


def test_opposing_is_still_a_stance(pipeline: Pipeline) -> None:
    doc = pipeline(Document(id="nerhold29-opposing",
                            text="وأعلن حزب الوفد معارضة شديدة للقانون الجديد."))
    assert any(k == "opposes" for k, _, _ in stances(doc)), stances(doc)

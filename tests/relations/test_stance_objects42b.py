"""Stance objects read whole, second pass, session 42 (helper sb42). Sentences written for
the tests.

- «رفض فنلندا القاطع للتدخل التركي»: the phrase holds the nisba, the stance is on the
  thing once, not a second time on Turkey (``stance_nisba_actors``, events only);
- «قال X إن التصريحات التي صدرت عن Y مرفوضة», «رفض X الاتهامات التي أطلقها Y»: a
  rejection is on the statements, not on their author named through a relative clause
  (``stance_verdicts``, ``stance_objects``); a criticism still goes to the author;
- «ندعم الرأي الداعي لتأجيل الانتخابات»: a participle of aim reads on over its complement
  (``stance_aim_objects``);
- «انتقد X خطاب الأمين العام لحزب Y», «رحب X بقرار الرئيس Z»: the noun of a thing said or
  decided is no leftover word of the subject's name (``stance_name_tails``);
- «اتهم X كتلا نيابية داخل Y»: an indefinite head starting with «ك» is no «ك» + noun, so a
  body named deep in its phrase is out of reach (``stance_object_reach``).
"""

from __future__ import annotations

import pytest

from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

LAYLA = E("Person", "ليلى العمراني", ("ليلى العمراني",))
SAMIR = E("Person", "سمير الخطيب", ("سمير الخطيب",))
OWEN = E("Person", "أوين كارتر", ("أوين كارتر",))
FRONT = E("Organization", "جبهة التجديد", ("جبهة التجديد",))
FINLAND = E("Country", "فنلندا", ("فنلندا", "الفنلندية"))
TURKEY = E("Country", "تركيا", ("تركيا", "التركي", "التركية"), "Q43")
ENTITIES = [LAYLA, SAMIR, OWEN, FRONT, FINLAND, TURKEY]


def found(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc("عمّان - بترا\n" + text, ENTITIES)))


# --- «التدخل التركي»: the thing, not the nisba's country as well -------------------------

@pytest.mark.parametrize(("text", "phrase"), [
    ("وأكدت الحكومة رفض فنلندا القاطع للتدخل التركي في شؤون جيرانها.",
     "التدخل التركي"),
    ("وانتقدت ليلى العمراني السياسات التركية في المنطقة.", "السياسات التركية"),
    ("ورفضت فنلندا التصريحات التركية بشأن الحدود.", "التصريحات التركية"),
])
def test_a_phrase_with_its_nisba_is_the_only_object(text: str, phrase: str) -> None:
    facts = found(text)
    assert any(obj == phrase for _, _, obj in facts)
    assert not any(obj == "تركيا" for _, _, obj in facts)


# --- «التصريحات التي صدرت عن X مرفوضة»: the statements are rejected -------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وقال سمير الخطيب إن التصريحات التي صدرت عن أوين كارتر مرفوضة.",
     ("rejects", "سمير الخطيب", "التصريحات")),
    ("وأكدت ليلى العمراني أن الاتهامات التي أطلقها أوين كارتر أمس مرفوضة تماما.",
     ("rejects", "ليلى العمراني", "الاتهامات")),
    ("ورفض سمير الخطيب الاتهامات التي أطلقها أوين كارتر.",
     ("rejects", "سمير الخطيب", "الاتهامات")),
    ("ورفضت فنلندا التصريحات التي صدرت عن أوين كارتر أمس.",
     ("rejects", "فنلندا", "التصريحات")),
])
def test_a_rejection_is_on_the_statements_not_their_author(
        text: str, fact: tuple[str, str, str]) -> None:
    facts = found(text)
    assert fact in facts
    assert not any(kind == "rejects" and obj == "أوين كارتر" for kind, _, obj in facts)


@pytest.mark.parametrize("text", [
    "وانتقد سمير الخطيب التصريحات التي صدرت عن أوين كارتر.",
    "وأكد سمير الخطيب أن التصريحات التي أدلى بها أوين كارتر تمثل تدخلا سافرا.",
])
def test_a_criticism_of_statements_still_goes_to_their_author(text: str) -> None:
    assert ("criticizes", "سمير الخطيب", "أوين كارتر") in found(text)


# --- «الرأي الداعي لتأجيل الانتخابات»: the aim is part of the thing -------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وقالت ليلى العمراني: نحن ندعم بوضوح الرأي الداعي لتأجيل الانتخابات في أقرب وقت.",
     ("supports", "ليلى العمراني", "الرأي الداعي لتأجيل الانتخابات")),
    ("ورفضت فنلندا المقترح الداعي إلى تقسيم الإقليم بين الطرفين.",
     ("rejects", "فنلندا", "المقترح الداعي إلى تقسيم الإقليم")),
    ("ورحب سمير الخطيب بالقرار القاضي بتمديد الهدنة، مؤكدا أهميته.",
     ("welcomes", "سمير الخطيب", "القرار القاضي بتمديد الهدنة")),
])
def test_a_participle_of_aim_reads_on_over_its_complement(
        text: str, fact: tuple[str, str, str]) -> None:
    assert fact in found(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("ورحب سمير الخطيب بالمبادرة الهادفة، مؤكدا أهميتها.",
     ("welcomes", "سمير الخطيب", "المبادرة الهادفة")),
    ("ورفضت فنلندا المقترح الداعي إلى الحوار والتهدئة.",
     ("rejects", "فنلندا", "المقترح الداعي إلى الحوار")),
])
def test_the_complement_stops_without_a_link_or_at_a_conjunction(
        text: str, fact: tuple[str, str, str]) -> None:
    assert fact in found(text)


# --- «انتقد X خطاب الأمين العام لحزب Y»: a thing of the titled one, no name's tail ----------

@pytest.mark.parametrize(("text", "fact"), [
    ("وانتقد سمير الخطيب خطاب الأمين العام لجبهة التجديد أمس.",
     ("criticizes", "سمير الخطيب", "خطاب الأمين العام لجبهة التجديد")),
    ("ورحبت ليلى العمراني بقرار الرئيس أوين كارتر أمس.",
     ("welcomes", "ليلى العمراني", "قرار الرئيس أوين كارتر")),
    ("وانتقدت ليلى العمراني قرار الرئيس أوين كارتر في المؤتمر.",
     ("criticizes", "ليلى العمراني", "قرار الرئيس أوين كارتر")),
])
def test_a_thing_of_a_titled_actor_after_the_subject(
        text: str, fact: tuple[str, str, str]) -> None:
    assert fact in found(text)


def test_a_leftover_word_of_the_name_before_a_title_is_still_no_object() -> None:
    facts = found("وحثت ليلى العمراني حداد مديرة قسم الشؤون القانونية الحكومة على الإسراع.")
    assert not any(obj.startswith("حداد") for _, _, obj in facts)


# --- «اتهم X كتلا نيابية داخل Y»: «كتلا» is no «ك» + noun; the body inside is not accused ----

@pytest.mark.parametrize("text", [
    "واتهمت ليلى العمراني كتلا نيابية داخل جبهة التجديد بعرقلة القوانين.",
    "وانتقد سمير الخطيب كتائب مسلحة تابعة لجبهة التجديد في الجنوب.",
])
def test_an_indefinite_head_with_kaf_keeps_its_genitive_out_of_reach(text: str) -> None:
    assert not any(obj == "جبهة التجديد" for _, _, obj in found(text))

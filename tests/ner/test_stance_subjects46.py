"""A stance's holder named right after the verb, or after the verb and the holder's title,
by a given name and a family word no list holds (kg.ner.stance_subjects): «وأشاد [مسفر
القحيصي] بـ...», «وثمن رئيس لجنة التنمية الأهلية بالقرية [مطلق الدغيلبي] جهود ...».
Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.ner.stance_subjects import stance_subject_names
from kg.pipeline import Pipeline
from tests.ner.conftest import person_names


@pytest.mark.parametrize(("text", "name"), [
    # right after the verb
    ("في البداية أشاد مسفر القحيصي بما تم تقديمه من فعاليات في الحديقة الكبرى، مشيرا إلى "
     "أن العرض المسرحي من الأعمال الهادفة التي قدمت الكوميديا في قالب مشوق.", "مسفر القحيصي"),
    # after a role noun and a word completing it
    ("وقد أثنى الزائر للمهرجان مسفر القحيصي بما تم تقديمه من عروض في الصالة الكبرى مشيراً "
     "إلى أن العرض من الأعمال الهادفة التي قدمت الكوميديا للأطفال.", "مسفر القحيصي"),
    # after a title and four words completing it
    ("وثمن رئيس لجنة التنمية الأهلية بالقرية مطلق الدغيلبي جهود الشباب المتطوعين في تنظيم "
     "فعاليات العيد طوال أيامه الثلاثة، مشيرا إلى أن الإقبال فاق التوقعات.", "مطلق الدغيلبي"),
    # after a role noun, the family word in no list
    ("وأثنى المواطن مسفر القحيصي على سرعة استجابة فرق الدفاع المدني للبلاغ الذي تقدم به "
     "بعد احتراق منزله، مؤكدا أن الفرق وصلت خلال دقائق.", "مسفر القحيصي"),
])
def test_holder_tagged(pipeline: Pipeline, text: str, name: str) -> None:
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "word"), [
    # a given name that is a common noun here, before a common definite word
    ("ودعا أمين المنطقة السكان إلى المشاركة في حملة النظافة.", "المنطقة"),
    ("ونوه رئيس اللجنة بجهود أمين الصندوق في إعداد التقرير المالي.", "الصندوق"),
    # the verb's object after a given name: a common definite word
    ("وطالب سالم الأهالي بالتعاون مع فرق البلدية.", "الأهالي"),
])
def test_no_holder(pipeline: Pipeline, text: str, word: str) -> None:
    assert not any(word in name for name in person_names(pipeline, text))


def _tag(sentence: str, tags: list[str] | None = None) -> list[str]:
    words = sentence.split()
    return stance_subject_names(words, tags or ["O"] * len(words))


def test_rule_right_after_verb() -> None:
    assert _tag("وأشاد مسفر القحيصي بالجهود") == ["O", "B-PERS", "I-PERS", "O"]


def test_rule_with_link_word() -> None:
    assert _tag("وطالب مسفر بن سعد القحيصي الجهات") == \
        ["O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "O"]


def test_rule_after_title_and_complement() -> None:
    assert _tag("وأشاد رئيس جمعية القرية الخيرية مسفر القحيصي بدور") == \
        ["O", "O", "O", "O", "O", "B-PERS", "I-PERS", "O"]


def test_rule_needs_a_verb() -> None:
    assert _tag("وزار مسفر القحيصي المعرض") == ["O"] * 4


def test_rule_needs_a_rare_family_word() -> None:
    assert _tag("وأشاد مسفر الجديد بالجهود") == ["O"] * 4
    assert _tag("وثمن حسن الأداء المميز") == ["O"] * 4  # «حسن» a noun here


def test_rule_complement_is_short() -> None:
    # the title's complement runs four words at most
    assert _tag("وأشاد رئيس جمعية القرية الخيرية في الحفل أمس مسفر القحيصي بدور") == ["O"] * 11


def test_rule_keeps_tagged_names() -> None:
    tags = ["O", "B-ORG", "I-ORG", "O"]
    assert _tag("وأشاد مسفر القحيصي بالجهود", tags) == tags

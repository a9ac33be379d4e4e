from __future__ import annotations

import pytest

from kg.io.dateline import find_dateline, is_dateline


@pytest.mark.parametrize(
    "line",
    [
        "واشنطن – هديل عويس – NPA",
        "صنعاء: عرفات مدابش",
        "صنعاء: عرفات مدابش -  الرياض: ناصر الحقباني",
        "لندن: «الشرق الأوسط»",
        "سبق- الرياض:",
        "الرياض - الوئام :",
        "أحمد علي- سبق- القاهرة:",
    ],
)
def test_datelines(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "الرياضي",
        "«الاقتصادية» من الرياض",
        "الأصبحي: جميع الوزراء سيعودون إلى عدن اليوم",
        "أكدت الولايات المتحدة الأمريكية في اجتماع استضافته العاصمة واشنطن.",
        "وقال: نعم.",
    ],
)
def test_not_datelines(line: str) -> None:
    assert not is_dateline(line)


def test_found_after_the_headline_and_returned_stripped() -> None:
    text = (
        "ترامب لـجمهوره : باقون لاجل النفط\n\n واشنطن – هديل عويس – NPA \n\nأكدت الولايات المتحدة."
    )
    assert find_dateline(text, skip_first_line=True) == "واشنطن – هديل عويس – NPA"


def test_headline_is_not_taken_for_a_dateline() -> None:
    text = "الأصبحي: الوزراء سيعودون\n\nكشف وزير في الحكومة اليمنية عن رصد جثث."
    assert find_dateline(text, skip_first_line=True) is None
    assert find_dateline(text) == "الأصبحي: الوزراء سيعودون"


def test_only_early_lines_are_searched() -> None:
    text = "أ.\nب.\nج.\nصنعاء: عرفات مدابش\n"
    assert find_dateline(text) is None

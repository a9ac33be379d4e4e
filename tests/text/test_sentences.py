"""Sentence spans over real Arabic news text, asserted to the character."""

from __future__ import annotations

import pytest

from kg.text.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        pytest.param(
            "قال الرئيس إن الوضع صعب. وأضاف أن الحل قريب؟ نعم!",
            [(0, 24), (25, 44), (45, 49)],
            id="period-question-exclamation",
        ),
        pytest.param("هل انتهى؟! لا.", [(0, 10), (11, 14)], id="mark-run"),
        pytest.param(
            "عقد الاجتماع في الرياض، وحضره الوزراء؛ ثم انتهى.",
            [(0, 48)],
            id="arabic-comma-semicolon-do-not-end",
        ),
        pytest.param(
            "ارتفع النمو إلى 3.5 في المئة وبلغ الدين 1.200 مليار. ثم تراجع.",
            [(0, 52), (53, 62)],
            id="dots-between-digits",
        ),
        pytest.param(
            "حيث قال بومبيو لممثلي /31/ دولة حضروا الاجتماع",
            [(0, 46)],
            id="slashed-number-no-final-mark",
        ),
        pytest.param(
            "التقى د. محمد البرادعي بوفد من U.S. Army أمس. وانتهى اللقاء.",
            [(0, 45), (46, 60)],
            id="abbreviations",
        ),
        pytest.param(
            "وقال «هذا جيد. نحن مستعدون». ثم غادر.",
            [(0, 28), (29, 37)],
            id="guillemets-quote-continues",
        ),
        pytest.param(
            'وأكمل "كما نشاطر الجنرال قلقه من خطر "الدولة الاسلامية" وعودتها." وأوضح جيفري.',
            [(0, 65), (66, 78)],
            id="ascii-nested-quote-closing-after-period",
        ),
        pytest.param(
            "قال “انتهى الأمر.” ثم صمت… وانصرف",
            [(0, 18), (19, 26), (27, 33)],
            id="curly-quotes-and-ellipsis",
        ),
        pytest.param(
            "مذبحة حوثية في عدن.. والمقاومة تزحف\n\nواشنطن – هديل عويس – NPA\n\n ورفض الوزير ذلك.",
            [(0, 35), (37, 61), (64, 80)],
            id="headline-dateline-paragraph",
        ),
        pytest.param(
            "انتهى الاجتماع.وقال المتحدث إنه ناجح.",
            [(0, 15), (15, 37)],
            id="no-space-after-period",
        ),
        pytest.param(
            "قال «هذا جيد. ثم غادر.",
            [(0, 13), (14, 22)],
            id="unclosed-quote-is-ignored",
        ),
        pytest.param(" \n\n ", [], id="blank"),
    ],
)
def test_split_sentences(text: str, spans: list[tuple[int, int]]) -> None:
    assert split_sentences(text) == spans
    for start, end in spans:
        assert text[start:end] == text[start:end].strip()

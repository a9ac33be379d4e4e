"""Sentence spans over real Arabic news text, asserted to the character."""

from __future__ import annotations

import itertools

import pytest

from kg.text.sentences import MAX_SENTENCE_CHARS, split_sentences


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
            "وقال م. خالد السالم إن المشروع اكتمل. وحضر الحفل د. سعد وأ.د. فهد.",
            [(0, 37), (38, 66)],
            id="arabic-title-abbreviations",
        ),
        pytest.param(
            "وقدم التهنئة الأمير سلطان ود. ناصر العلي. ثم غادر.",
            [(0, 41), (42, 50)],
            id="conjoined-title-abbreviation",
        ),
        pytest.param(
            "وكتب ع. السالم للمجلة، والرد على ص.ب 1234 في جدة. وانتهى.",
            [(0, 49), (50, 57)],
            id="initial-and-post-box",
        ),
        pytest.param(
            "افتتح المصنع عام 2015م. وبدأ الإنتاج في 1436 هـ. ثم توقف.",
            [(0, 23), (24, 48), (49, 57)],
            id="era-mark-after-a-number-ends-the-sentence",
        ),
        pytest.param(
            "وأتمنى أن أكون مخطئًا. وقد تحقق المُقدَّم. ثم انتهى.",
            [(0, 22), (23, 42), (43, 52)],
            id="final-letter-after-diacritics-is-not-an-initial",
        ),
        pytest.param(
            "وقال “دي.بي” سمير إن الإطلاق نجح. وأضاف أنه سعيد.",
            [(0, 33), (34, 49)],
            id="spelled-latin-initials",
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


# A real Arabic paragraph with its sentence ends taken out, as in a page of
# unpunctuated text: the splitter must still cut it into bounded sentences.
RUN = (
    "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو ترفض العقوبات الجديدة، "
    "وأضاف أن بلاده ستدرس الرد المناسب بعد التشاور مع شركائها في المنطقة "
    "وأكد أن الحوار هو السبيل الوحيد لحل الأزمة "
)


def _assert_exact_and_bounded(text: str, spans: list[tuple[int, int]], bound: int) -> None:
    assert spans == sorted(spans)
    for (_, end), (next_start, _) in itertools.pairwise(spans):
        assert end <= next_start
        assert text[end:next_start].strip() == ""  # nothing between two pieces is lost
    for start, end in spans:
        assert 0 < end - start <= bound
        assert text[start:end] == text[start:end].strip()
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == "".join(text.split())


def test_a_run_with_no_sentence_end_is_cut_at_clause_marks_and_spaces() -> None:
    text = RUN * 40  # about 7,400 characters on one line, no . ! ? ؟
    spans = split_sentences(text, max_chars=500)
    _assert_exact_and_bounded(text, spans, 500)
    assert len(spans) >= len(text) // 500
    for start, end in spans[:-1]:
        # every cut falls after a clause mark or between two words, never inside a word
        assert text[end] == " " or text[end - 1] == "،"
        assert end - start > 250  # cuts are searched in the second half of the window


def test_the_default_bound_cuts_a_long_line_and_leaves_news_sentences_whole() -> None:
    text = RUN * 100
    spans = split_sentences(text)
    _assert_exact_and_bounded(text, spans, MAX_SENTENCE_CHARS)
    assert len(spans) >= len(text) // MAX_SENTENCE_CHARS
    sentence = RUN.strip() + "."
    assert split_sentences(sentence) == [(0, len(sentence))]


def test_one_unbroken_word_longer_than_the_bound_is_cut_at_the_bound() -> None:
    text = "ا" * 1050
    assert split_sentences(text, max_chars=500) == [(0, 500), (500, 1000), (1000, 1050)]


def test_a_long_sentence_ended_by_a_full_stop_is_also_bounded() -> None:
    text = (RUN * 20).strip() + ". وانتهى الاجتماع."
    spans = split_sentences(text, max_chars=700)
    _assert_exact_and_bounded(text, spans, 700)
    assert text[spans[-1][0] : spans[-1][1]] == "وانتهى الاجتماع."

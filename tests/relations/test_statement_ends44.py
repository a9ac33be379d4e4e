"""Where an indirect statement ends, session 44 (helper sp44b); sentences written for the test.

- «... وأضاف الوزير أن ...»: a joined verb of saying with a title after it opens the narrator's
  next statement (:mod:`kg.relations.statement_titled_restarts`).
- «... لكنه لم يوضح ما إذا ...»: the narrator's remark on what was not said
  (:mod:`kg.relations.statement_unsaid`).
- «...، علما بأن ...»: the narrator's aside (:mod:`kg.relations.statement_tails`).
- «... (أرشيف) ...»: a photo credit with no agency (:mod:`kg.relations.statement_captions`).
- «الذي سبق أن ...»: «أن» after «سبق» opens no statement
  (:mod:`kg.relations.statement_time_clauses`).
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _quotes(pipeline: Pipeline, text: str) -> set[str]:
    doc = pipeline(Document(id="ends44", text=text))
    return {doc.text[s.quote_start:s.quote_end] for s in doc.statements}


@pytest.mark.parametrize(("text", "quote"), [
    ("وأوضح وزير الزراعة سامي الخطيب أن المحصول تراجع هذا العام وأضاف الوزير أن الأسعار "
     "سترتفع قليلا.", "المحصول تراجع هذا العام"),
    ("أكد محافظ البنك المركزي محمد السالم أن الدينار مستقر وقال رئيس البنك إن الاحتياطي "
     "كاف.", "الدينار مستقر"),
])
def test_joined_verb_with_a_title_ends_the_statement(pipeline: Pipeline, text: str,
                                                     quote: str) -> None:
    assert quote in _quotes(pipeline, text)


def test_joined_verb_without_subject_stays_in_the_statement(pipeline: Pipeline) -> None:
    text = "وقال سامي الخطيب إن المحافظ زار المستشفى وقال إن الخدمات تحسنت."
    assert not any(quote == "المحافظ زار المستشفى" for quote in _quotes(pipeline, text))


def test_unsaid_remark_ends_the_statement(pipeline: Pipeline) -> None:
    text = ("وقال وزير الدفاع محمد السالم إن الجيش لن يتحرك دون تشاور لكنه لم يوضح ما اذا "
            "كانت القوات مستعدة.")
    assert "الجيش لن يتحرك دون تشاور" in _quotes(pipeline, text)


def test_other_verb_after_contrast_goes_on(pipeline: Pipeline) -> None:
    text = ("وقال وزير الدفاع محمد السالم إن الجيش لن يتحرك دون تشاور لكنه أشار إلى أن "
            "القوات مستعدة.")
    assert "الجيش لن يتحرك دون تشاور" not in _quotes(pipeline, text)


def test_narrator_aside_ends_the_statement(pipeline: Pipeline) -> None:
    text = ("وقال المدرب سامي الخطيب إن اللاعب يبقى مرشحا للفوز بالبطولة، علما بأن اللاعب "
            "فاز بالبطولة عام 2004.")
    assert "اللاعب يبقى مرشحا للفوز بالبطولة" in _quotes(pipeline, text)


def test_archive_credit_ends_the_statement(pipeline: Pipeline) -> None:
    text = ("قال الوزير سامي الخطيب إن الخطة تسير كما يجب (أرشيف) أعلنت الحكومة أمس عن "
            "موازنة جديدة.")
    assert "الخطة تسير كما يجب" in _quotes(pipeline, text)


def test_bracket_that_is_no_credit_stays(pipeline: Pipeline) -> None:
    text = "قال الوزير سامي الخطيب إن الخطة (المرحلة الثانية) تسير كما يجب."
    assert "الخطة (المرحلة الثانية) تسير كما يجب" in _quotes(pipeline, text)


def test_had_already_opens_no_statement(pipeline: Pipeline) -> None:
    text = ('وأضاف سامي الخطيب قبل أن يسلم الكلمة للمتحدث الذي سبق أن وجه انتقادات للحكومة '
            '"علينا أن نعمل معا".')
    quotes = _quotes(pipeline, text)
    assert "علينا أن نعمل معا" in quotes
    assert not any(quote.startswith("وجه انتقادات") for quote in quotes)


def test_title_as_object_of_a_joined_verb_stays(pipeline: Pipeline) -> None:
    text = ("وأعلن سامي الخطيب أنه احتج على القرار وأبلغ الأمين العام للجامعة رفضه وسيتابع "
            "الموضوع.")
    assert not any(quote == "احتج على القرار" for quote in _quotes(pipeline, text))


def test_had_already_after_a_quoted_name(pipeline: Pipeline) -> None:
    text = ('وأضاف سامي الخطيب قبل أن يسلم الكلمة لـ"أبو خالد" الذي سبق أن وجه انتقادات '
            'للحكومة "علينا أن نعمل معا".')
    quotes = _quotes(pipeline, text)
    assert "علينا أن نعمل معا" in quotes
    assert not any(quote.startswith("وجه انتقادات") for quote in quotes)


def test_title_after_joined_verb_reporting_nothing_stays(pipeline: Pipeline) -> None:
    text = "وأوضح سامي الخطيب أن الموسم كان صعبا وقال الرئيس كلاما طيبا عن اللاعبين."
    assert not any(quote == "الموسم كان صعبا" for quote in _quotes(pipeline, text))


@pytest.mark.parametrize("text", [
    'وقال ماجد العنزي لـ"سبق": إن المشروع سيكتمل في نهاية العام.',
    'وأكد ماجد العنزي لـ «سبق» أن المشروع سيكتمل في نهاية العام.',
])
def test_newspaper_named_sabq_is_no_had_already(pipeline: Pipeline, text: str) -> None:
    # the newspaper «سبق» before «إن»/«أن» is no «سبق أن» (had already): the words follow
    assert "المشروع سيكتمل في نهاية العام" in _quotes(pipeline, text)

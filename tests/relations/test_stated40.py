"""Session 40 (sp40) precision rules for statements and positions, on sentences written for
the tests.

1. «أكد X سعي النادي ...، على هامش زيارته», «على الرغم من», «على خلفية»: «على» of an
   adverbial is never the preposition that opens what was affirmed
   (:mod:`kg.relations.statement_content`).
2. «أكد X في رد على سؤال ...»: the preposition after «رد»/«تعليقا»/«بناء» is theirs.
3. «خلاصة القول أن ...», «يمكن القول إن»: the writer's aside, no speaker
   (:mod:`kg.relations.attribution`).
4. «، مبيناً أن»: a participle in «ـاً» is no clause in the first person.
5. «أكد X مدير العلاقات العامة في الأمانة، عدم قبول ...»: the title in apposition is not
   what was affirmed; the verbal noun after the comma is (:mod:`kg.relations.statement_objects`).
6. Positions (:mod:`kg.relations.role_titles`): «الصادق الأمين محمد» and «ملك الخير سلمان»
   are epithets, no office; «الناطق الإعلامي بقيادة حرس الحدود» ends before «بقيادة»;
   «للمدرب الأوروجوياني X» is the coach, without his nationality.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline
from kg.relations import extract_relations
from tests.relations.conftest import facts, said
from tests.relations.docbuilder import E, build_doc

SPEAKER = E("Person", "فهد الزهراني", ("فهد الزهراني", "الزهراني"))
OTHER = E("Person", "سامي الحربي", ("سامي الحربي", "الحربي"))
CLUB = E("Organization", "نادي الاتحاد", ("الاتحاد",))
ENTITIES = [SPEAKER, OTHER, CLUB]


def run(text: str) -> set[tuple[str, str]]:
    return said(extract_relations(build_doc(text, ENTITIES)))


def test_ala_hamish_is_no_content() -> None:
    got = run("أكد مدرب الفريق فهد الزهراني سعي النادي لضم مهاجم جديد، وجاءت تصريحاته "
              "على هامش جولة الفريق في أوروبا.")
    assert all(not words.startswith("هامش") for _, words in got)
    assert any(words.startswith("سعي النادي") for _, words in got)


def test_ala_al_raghm_is_no_content() -> None:
    got = run("وأكد الزهراني ما حققه الفريق من نتائج على الرغم من الإصابات الكثيرة.")
    assert all(not words.startswith("الرغم") for _, words in got)


def test_ala_still_opens_content() -> None:
    assert run("وأكد الزهراني على ضرورة الالتزام بالأنظمة.") == {
        ("فهد الزهراني", "ضرورة الالتزام بالأنظمة")}


def test_reply_to_a_question_is_no_content() -> None:
    got = run("وأكد الزهراني في رد على سؤال حول الميزانية، وهنا أعلن أن العقد سيجدد قريبا.")
    assert all(not words.startswith("سؤال") for _, words in got)
    assert ("فهد الزهراني", "العقد سيجدد قريبا") in got


def test_in_short_is_no_speaker() -> None:
    assert not run("وساهم سامي الحربي في فوز الفريق بالبطولة، خلاصة القول أن الاتحاد "
                   "خسر لاعبا كبيرا.")
    assert not run("وقد لعب سامي الحربي عشر مباريات، ويمكن القول إن موسمه كان ناجحا.")


def test_saying_noun_after_a_verb_still_speaks() -> None:
    assert run("واكتفى سامي الحربي بالقول إن الفريق سيعود أقوى.") == {
        ("سامي الحربي", "الفريق سيعود أقوى")}


def test_participle_in_an_is_no_first_person_clause() -> None:
    got = run("وأكد الزهراني ما تحقق من نتائج على الرغم من الظروف الصعبة، مبينا أن "
              "اللاعبين بذلوا جهدا كبيرا.")
    assert got == {("فهد الزهراني", "اللاعبين بذلوا جهدا كبيرا")}


def test_imperfect_after_lam_says_nothing() -> None:
    assert not run("ولم يعلن الاتحاد عن نيته ضم لاعبين جدد حتى الآن.")


def test_subjunctive_report_is_not_said_yet() -> None:
    got = run("وتوقع سامي الحربي أن يعلن الاتحاد عن إجراءات جديدة خلال الاجتماع.")
    assert all(speaker != "نادي الاتحاد" for speaker, _ in got)
    assert not run("ومن المنتظر أن يعلن الاتحاد عن إجراءات جديدة خلال الاجتماع.")


def test_imperfect_report_and_past_after_an_still_speak() -> None:
    assert run("ويقول سامي الحربي إن الفريق جاهز.") == {("سامي الحربي", "الفريق جاهز")}
    assert run("وبعد أن أكد الحربي أن الفريق جاهز غادر القاعة.") != set()


def test_apposed_title_is_not_what_was_affirmed() -> None:
    got = run("من جانبه، أكد فهد الزهراني مدير العلاقات العامة والمتحدث الرسمي في أمانة "
              "المنطقة، رفض الأمانة ما حدث من تجاوزات.")
    assert got == {("فهد الزهراني", "رفض الأمانة ما حدث من تجاوزات")}


def test_apposed_title_then_adam() -> None:
    got = run("وأكد فهد الزهراني رئيس لجنة الحكام، عدم وجود أي أخطاء في المباراة.")
    assert got == {("فهد الزهراني", "عدم وجود أي أخطاء في المباراة")}


def test_apposed_title_with_no_comma_says_nothing() -> None:
    assert not run("وأكد فهد الزهراني رئيس لجنة الحكام في المؤتمر الصحفي.")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _positions(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    doc = pipeline(Document(id="sp40", text=text))
    return {(person, position) for person, position, _, _ in facts(doc, "holdsPosition")}


def test_epithet_amin_is_no_office(pipeline: Pipeline) -> None:
    got = _positions(pipeline, "ونتأمل سيرة معلم البشرية نبينا الصادق الأمين محمد صلى الله "
                               "عليه وسلم في كل حين.")
    assert not got


def test_amin_with_a_complement_is_an_office(pipeline: Pipeline) -> None:
    got = _positions(pipeline, "وقال الأمين العام للجامعة العربية نبيل العربي إن الاجتماع "
                               "سيعقد غدا.")
    assert any(position.startswith("الأمين العام") for _, position in got)


def test_king_of_goodness_is_no_office(pipeline: Pipeline) -> None:
    got = _positions(pipeline, "ورفع الحضور صورة ملك الخير سلمان بن عبدالعزيز في الحفل.")
    assert not got


def test_king_of_a_country_is_an_office(pipeline: Pipeline) -> None:
    got = _positions(pipeline, "واستقبل ملك البحرين حمد بن عيسى آل خليفة الوفد أمس.")
    assert any(position.startswith("ملك") for _, position in got)


def test_bi_link_before_the_body_ends_the_title(pipeline: Pipeline) -> None:
    got = _positions(pipeline, "وأوضح الناطق الإعلامي بقيادة حرس الحدود العقيد سالم بن "
                               "مبارك القحطاني أن قاربا غرق أمس.")
    assert ("سالم بن مبارك القحطاني", "الناطق الإعلامي") in got


def test_coach_nationality_is_not_in_the_position(pipeline: Pipeline) -> None:
    got = _positions(pipeline, "ثم توجه للمدرب الأوروجوياني كارينو الذي تحدث مع نور.")
    assert {position for _, position in got} == {"مدرب"}


def test_a_repeated_lead_is_one_statement() -> None:
    got = run("وأكد فهد الزهراني أن الجمعية تحذر من خطورة الألعاب النارية المنتشرة بين الأطفال "
              "هذه الأيام. وأضاف أن الإصابات كثيرة. وأكد الزهراني أن الجمعية تحذر من خطورة "
              "الألعاب النارية المنتشرة بين الأطفال خلال العيد. وأضاف أن العلاج مكلف.")
    assert got == {
        ("فهد الزهراني", "الجمعية تحذر من خطورة الألعاب النارية المنتشرة بين الأطفال هذه الأيام"),
        ("فهد الزهراني", "الإصابات كثيرة"), ("فهد الزهراني", "العلاج مكلف")}


def test_different_words_of_the_same_speaker_stay() -> None:
    got = run("وأكد فهد الزهراني أن الجمعية تحذر من خطورة الألعاب النارية هذه الأيام. وأكد "
              "الزهراني أن الجمعية تدعو الأسر إلى مراقبة الأطفال خلال العيد.")
    assert len(got) == 2


def test_team_kind_noun_is_not_in_the_coach_title(pipeline: Pipeline) -> None:
    got = _positions(pipeline, "وقال مدرب فريق مانشستر يونايتد لويس فان خال إن الفريق "
                               "يحتاج إلى مهاجم.")
    assert {position for _, position in got} == {"مدرب"}


def test_and_said_colon_ends_the_indirect_statement() -> None:
    got = run('من جانبه أكد سامي الحربي على أهمية التدريب في الفريق وقال: "نحتاج إلى مزيد '
              'من العمل".')
    assert got == {("سامي الحربي", "أهمية التدريب في الفريق"),
                   ("سامي الحربي", "نحتاج إلى مزيد من العمل")}


def test_and_said_without_mark_or_name_goes_on() -> None:
    got = run("وأكد سامي الحربي أن الفريق جاهز وقال المدرب كلاما كثيرا.")
    assert got == {("سامي الحربي", "الفريق جاهز وقال المدرب كلاما كثيرا")}


def test_clock_time_colon_opens_no_quotation() -> None:
    got = run("وأوضح الزهراني أن بلاغا ورد عند الساعة 1:06 صباح اليوم وتم نقل الحالة.")
    assert got == {("فهد الزهراني", "بلاغا ورد عند الساعة 1:06 صباح اليوم وتم نقل الحالة")}
    got = run("وأبان الزهراني عن ورود بلاغ يفيد بوجود حالتين، وذلك عند الساعة 1:06 صباح "
              "اليوم، وتم نقل الحالة إلى المستشفى.")
    assert all(not words.startswith("06") for _, words in got)


def test_quoted_paper_after_two_adjectives_is_a_name() -> None:
    got = run('وذلك بحسب ما أكد سامي الحربي للصحيفة الأسبوعية الفرنسية "جورنال دو ديمانش"، '
              'قائلا: "أعربت أندية كبرى عن اهتمامها باللاعب".')
    assert got == {("سامي الحربي", "أعربت أندية كبرى عن اهتمامها باللاعب")}


def test_deputy_before_a_style_does_not_hold_the_head_title(pipeline: Pipeline) -> None:
    assert not _positions(pipeline, "وقال نائب معالي الوزير للشؤون الفنية الدكتور خالد "
                                    "السبيعي إن المشروع اكتمل.")


def test_style_before_the_head_keeps_the_title(pipeline: Pipeline) -> None:
    got = _positions(pipeline, "وقال معالي الوزير الدكتور خالد السبيعي إن المشروع اكتمل.")
    assert got == {("خالد السبيعي", "الوزير")}


def test_dangling_bi_jarida_ends_the_title(pipeline: Pipeline) -> None:
    got = _positions(pipeline, "وقال عيسى الجوكم رئيس القسم الرياضي بجريدة اليوم إن الأندية "
                               "لم تستفد.")
    assert {position for _, position in got} == {"رئيس القسم الرياضي"}

"""Session 40, second round (sp40b): precision rules for statements, on sentences written
for the tests.

1. «وكان X ... قد أكد عبر حسابه في موقع التواصل الاجتماعي "تويتر" أن»: a social network
   after the channel is where the words were posted, never their speaker
   (:mod:`kg.relations.speaker_after`).
2. «وقال وكيل وزارة ... الدكتور X: إن»: a person mention that is one bare title word
   (the recogniser's misreading) is no speaker; the title names X.
3. «أكد X امتلاكه ... التي طرأت على المنطقة»: a preposition right after the verb of a
   relative clause is that verb's, not the one that opens what was said
   (:mod:`kg.relations.statement_content`).
4. «وتضم القائمة: A، B، أمير كردي، C»: one or two indefinite words opening with a title head
   between commas in a list of names are a name, not B's title
   (:mod:`kg.relations.role_apposed`).
5. «أكد أحمد بن علي رئيس النادي أن»: «علي» as the last word of a tagged name is no «على»
   of content; «مديرة القسم الأستاذة X»: the feminine honorific opens the name, it ends
   the title (:mod:`kg.relations.role_words`).
6. «رئيس مختبر بحثي تولى X داخله ...»: the verb «تولى» ends a preposed title; X is its
   subject, not the title's holder.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline
from kg.relations import extract_relations
from tests.relations.conftest import facts, said
from tests.relations.docbuilder import E, build_doc

SPEAKER = E("Person", "فهد الزهراني", ("فهد الزهراني", "الزهراني"))
NETWORK = E("Organization", "تويتر", ("تويتر",))
FACEBOOK = E("Organization", "فيسبوك", ("فيسبوك",))
BIN_ALI = E("Person", "خالد بن علي", ("خالد بن علي",))
ENTITIES = [SPEAKER, NETWORK, FACEBOOK, BIN_ALI]


def run(text: str) -> set[tuple[str, str]]:
    return said(extract_relations(build_doc(text, ENTITIES)))


def test_network_after_channel_is_no_speaker() -> None:
    got = run("وكان فهد الزهراني مدير الكرة في النادي قد أكد عبر حسابه الخاص في موقع "
              "التواصل الاجتماعي \"تويتر\" أن المفاوضات مع المهاجم انتهت.")
    assert got == {("فهد الزهراني", "المفاوضات مع المهاجم انتهت")}


def test_facebook_after_channel_is_no_speaker() -> None:
    got = run("وكان فهد الزهراني رئيس الجمعية قد أوضح في صفحته على شبكة التواصل "
              "الاجتماعي فيسبوك أن التسجيل سيبدأ الأسبوع المقبل.")
    assert all(speaker != "فيسبوك" for speaker, _ in got)


def test_network_as_subject_still_speaks() -> None:
    assert run("وقالت تويتر في بيان إن الخدمة عادت إلى العمل.") == {
        ("تويتر", "الخدمة عادت إلى العمل")}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _said(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    return said(pipeline(Document(id="sp40b", text=text)))


def test_bare_title_is_no_speaker(pipeline: Pipeline) -> None:
    got = _said(pipeline, "وقال وكيل وزارة الصحة للشؤون الوقائية رئيس لجنة ” صحتك ” "
                          "الدكتور عبدالرحمن البراك : إن هذه الحملة ستشمل جميع المدارس.")
    assert {speaker for speaker, _ in got} == {"عبدالرحمن البراك"}


def test_relative_clause_preposition_is_no_content() -> None:
    got = run("وأكد الزهراني امتلاكه وثائق كثيرة تتناول الأحداث التي طرأت على المدينة "
              "في تلك الفترة.")
    assert all(not words.startswith("المدينة") for _, words in got)


def test_preposition_after_relative_clause_goes_on() -> None:
    assert run("وأشار الزهراني الذي وصل إلى الرياض أمس إلى أن المشروع سيكتمل قريبا.") == {
        ("فهد الزهراني", "المشروع سيكتمل قريبا")}


def test_ala_right_after_speaker_still_opens_content() -> None:
    assert run("وشدد الزهراني على ضرورة الالتزام بالأنظمة.") == {
        ("فهد الزهراني", "ضرورة الالتزام بالأنظمة")}


def _positions(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    doc = pipeline(Document(id="sp40b", text=text))
    return {(person, position) for person, position, _, _ in facts(doc, "holdsPosition")}


def test_name_in_a_list_of_names_is_no_title(pipeline: Pipeline) -> None:
    got = _positions(pipeline, "وتضم قائمة المنتخب كلا من: فهد الزهراني، عقيل بلغيث، صالح "
                               "العمري، أمير كردي، محمد عبد الشافي، مهند عسيري.")
    assert all(position != "أمير كردي" for _, position in got)


def test_title_after_a_lone_name_is_kept(pipeline: Pipeline) -> None:
    got = _positions(pipeline, "وحضر اللقاء صالح العمري، مدير عام شركة المراعي.")
    assert ("صالح العمري", "مدير عام شركة المراعي") in got


def test_ali_ending_a_name_is_no_preposition() -> None:
    assert run("أكد خالد بن علي رئيس الجمعية المكلف أن التسجيل سيبدأ قريبا.") == {
        ("خالد بن علي", "التسجيل سيبدأ قريبا")}


def test_feminine_honorific_ends_the_title(pipeline: Pipeline) -> None:
    got = _positions(pipeline, "وأوضحت مديرة القسم النسائي الأستاذة منى بنت ناصر الخالدي "
                               "أن الحملة تستهدف الطالبات.")
    assert got == {("منى بنت ناصر الخالدي", "مديرة القسم النسائي")}


def test_verb_of_taking_charge_ends_the_title(pipeline: Pipeline) -> None:
    got = _positions(pipeline, "واشتهر الرجل بوصفه مدير مركز بحثي تولى فهد الزهراني داخله "
                               "تطوير أول برنامج للترجمة.")
    assert all(person != "فهد الزهراني" for person, _ in got)


def test_title_before_its_holder_who_took_charge_is_kept(pipeline: Pipeline) -> None:
    got = _positions(pipeline, "وكان رئيس النادي سامي الحربي تولى المنصب عام 2010.")
    assert ("سامي الحربي", "رئيس النادي") in got

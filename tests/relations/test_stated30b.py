"""Session 30b statement rules, on sentences written for the tests.

1. «وبحسب المتحدث الرسمي للهيئة X فقد ...»: a title after «بحسب» and the person its phrase
   names are the source of what follows «فقد» / «فإن» / the comma
   (:mod:`kg.relations.statement_titled_sources`).
2. «وعن مستوى اللاعب X قال المدرب: ...»: a name in a fronted «عن» / «حول» phrase is what
   is spoken about, never the speaker (:mod:`kg.relations.speaker_fronted_topics`).
3. «وقال بيان وزارة الداخلية إن», «وأضاف بيان الوزارة أن»: «بيان» in construct with an
   organisation (or a kind noun for the one named before) has that organisation as author
   (:mod:`kg.relations.speaker_statement_construct`).
4. «وبيّن X نائب رئيس قسم ... في فندق ...: «...»»: a name right after «بيّن» lets the
   title in apposition run long before the content (:mod:`kg.relations.shown_named`).
5. «وبين X وY في الاجتماع قال رئيس الشركة إن»: a title right after a reporting verb is
   its subject; the name before the verb is not taken when the title names no one
   (:mod:`kg.relations.speaker_titled_subject`).
6. «وقالت «طيران الخليج» إن ...»: a name of at most four words in quotation marks right
   after the verb and right before «أن» / a colon is the speaker; an untagged one is an
   organisation (:mod:`kg.relations.speaker_quoted_bodies`).
7. «أعربت الممثلة الأميركية X عن ...» «وأصدرت X بيانا قالت فيه»: a feminine occupation
   noun before the name says the person is a woman, so a feminine verb with a far
   speaker reading may take her (:mod:`kg.relations.women_titled`).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import said
from tests.relations.docbuilder import E, build_doc

SPOKESMAN = E("Person", "فهد الزهراني", ("فهد الزهراني",))
OFFICER = E("Person", "سعيد القحطاني", ("سعيد القحطاني",))
KING = E("Person", "الملك سلمان", ("الملك سلمان",))
CRESCENT = E("GovernmentBody", "هيئة الهلال الأحمر", ("هيئة الهلال الأحمر",))
PLAYER = E("Person", "ماجد العتيبي", ("ماجد العتيبي",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
KINGDOM = E("Country", "السعودية", ("المملكة",), "Q851")
MANAGER = E("Person", "كريم سلطان", ("كريم سلطان",))
PARTNER = E("Person", "جون سميث", ("جون سميث",))
HOTEL = E("Organization", "فندق النخيل", ("فندق النخيل",))
ACTRESS = E("Person", "سارة كارتر", ("سارة كارتر", "كارتر"))
ACTOR = E("Person", "جون هيل", ("جون هيل", "هيل"))
ENTITIES = [SPOKESMAN, OFFICER, KING, CRESCENT, PLAYER, INTERIOR, HEALTH, KINGDOM, MANAGER,
            PARTNER, HOTEL, ACTRESS, ACTOR]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def test_a_titled_source_then_faqad() -> None:
    doc = run("وبحسب المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة تبوك فهد الزهراني فقد "
              "باشرت فرقة إسعافية الحادث دون إصابات.")
    assert said(doc) == {("فهد الزهراني", "باشرت فرقة إسعافية الحادث دون إصابات")}


def test_a_titled_source_then_a_comma() -> None:
    doc = run("وبحسب مدير شرطة المنطقة اللواء سعيد القحطاني، فإن الجهات الأمنية باشرت "
              "التحقيق في الحادث.")
    assert said(doc) == {("سعيد القحطاني", "الجهات الأمنية باشرت التحقيق في الحادث")}


def test_a_title_with_no_name_names_no_one() -> None:
    assert not said(run("وبحسب المتحدث الرسمي فإن الجهات الأمنية باشرت التحقيق في الحادث."))


def test_a_name_in_a_genitive_is_not_the_source() -> None:
    assert not said(run("وبحسب مستشار الملك سلمان فإن الجهات الأمنية باشرت التحقيق."))


def test_a_name_that_does_not_close_the_phrase_is_not_the_source() -> None:
    assert not said(run("وبحسب مدير الشرطة سعيد القحطاني في المنطقة الشرقية فإن الجهات "
                        "الأمنية باشرت التحقيق."))


def test_a_name_in_a_fronted_an_phrase_is_not_the_speaker() -> None:
    assert not said(run("وعن تراجع مستوى المهاجم ماجد العتيبي قال المدرب الروماني: "
                        "ماجد لاعب مهم في الفريق."))


def test_a_name_in_a_fronted_hawla_phrase_is_not_the_speaker() -> None:
    assert not said(run("وحول مستقبل اللاعب ماجد العتيبي قال رئيس النادي إن العقد سيجدد."))


def test_the_speaker_after_a_fronted_topic_still_speaks() -> None:
    doc = run("وعن الصفقة الجديدة قال ماجد العتيبي إن العقد سيجدد قريبا.")
    assert said(doc) == {("ماجد العتيبي", "العقد سيجدد قريبا")}


def test_a_name_before_the_verb_with_no_topic_still_speaks() -> None:
    doc = run("ماجد العتيبي قال إن العقد سيجدد قريبا.")
    assert said(doc) == {("ماجد العتيبي", "العقد سيجدد قريبا")}


def test_a_statement_in_construct_with_a_body() -> None:
    doc = run("وقال بيان وزارة الداخلية إن الجهات الأمنية باشرت التحقيق في الحادث.")
    assert said(doc) == {("وزارة الداخلية", "الجهات الأمنية باشرت التحقيق في الحادث")}


def test_a_statement_in_construct_with_a_kind_noun_named_before() -> None:
    doc = run("قالت وزارة الصحة إن الإصابات ارتفعت. وأضاف بيان الوزارة أن المستشفيات "
              "استقبلت الحالات.")
    assert ("وزارة الصحة", "المستشفيات استقبلت الحالات") in said(doc)


def test_a_statement_of_a_person_is_not_read() -> None:
    assert not said(run("وقال بيان الملك سلمان إن الجهات الأمنية باشرت التحقيق."))


def test_a_statement_of_a_country_is_not_read() -> None:
    assert not said(run("وقال بيان المملكة إن الجهات الأمنية باشرت التحقيق."))


def test_a_kind_noun_with_nothing_named_before_is_not_read() -> None:
    assert not said(run("وقال بيان الوزارة إن الجهات الأمنية باشرت التحقيق."))


def test_a_name_right_after_bayyana_with_a_long_title() -> None:
    doc = run("وبين كريم سلطان نائب رئيس قسم الأطعمة والمشروبات والضيافة في فندق النخيل "
              "بالمدينة الجديدة: «نشهد في كل عام عددا متزايدا من الضيوف».")
    assert said(doc) == {("كريم سلطان", "نشهد في كل عام عددا متزايدا من الضيوف")}


def test_bayna_between_two_names_is_the_preposition() -> None:
    doc = run("وبين كريم سلطان وجون سميث في الاجتماع الأخير قال رئيس الشركة إن الأرباح "
              "ارتفعت.")
    assert not said(doc)


def test_a_title_after_the_verb_keeps_the_name_before_out() -> None:
    doc = run("وفي حضور كريم سلطان أكد مدير الإدارة أن المشروع سيكتمل قريبا.")
    assert not said(doc)


def test_a_name_before_the_verb_with_no_title_after_still_speaks() -> None:
    doc = run("وفي الاجتماع كريم سلطان أكد أن المشروع سيكتمل قريبا.")
    assert said(doc) == {("كريم سلطان", "المشروع سيكتمل قريبا")}


def test_a_quoted_company_right_after_the_verb() -> None:
    doc = run("وقالت «طيران الخليج» إن عدد الركاب تجاوز ستين ألف مسافر.")
    assert said(doc) == {("طيران الخليج", "عدد الركاب تجاوز ستين ألف مسافر")}


def test_a_quoted_surname_is_the_person_named_before() -> None:
    doc = run("قال الوزير كريم سلطان إن المشروع سيكتمل. وقال \"سلطان\" إن التمويل متوفر.")
    assert ("كريم سلطان", "التمويل متوفر") in said(doc)


def test_a_quotation_that_runs_on_is_no_name() -> None:
    doc = run("وقال «طيران الخليج سيزيد رحلاته» في بيان إن عدد الركاب ارتفع.")
    assert not any(speaker.startswith("طيران") for speaker, _ in said(doc))


def test_a_feminine_occupation_before_the_name_makes_her_a_woman() -> None:
    doc = run("أعربت الممثلة الأميركية سارة كارتر عن صدمتها. وأصدرت كارتر بيانا قالت فيه: "
              "«أشعر بصدمة تامة».")
    assert ("سارة كارتر", "أشعر بصدمة تامة") in said(doc)


def test_a_masculine_occupation_keeps_the_feminine_verb_from_him() -> None:
    doc = run("أعرب الممثل الأميركي جون هيل عن صدمته. وأصدرت هيل بيانا قالت فيه: "
              "«أشعر بصدمة تامة».")
    assert not said(doc)

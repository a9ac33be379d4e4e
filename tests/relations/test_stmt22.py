"""Statements and titles recalled by session 22's statements helper, on sentences written
for the tests: a quotation whose closing mark was lost ends before the next attribution
(``kg.relations.unclosed_quotes``); a holder's name in quotation marks right after the title
(``kg.relations.quoted_holders``); a compound title's clitics («لخادم», «وولي») are no part
of its name."""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import pairs, positions_of
from tests.relations.docbuilder import E, build_doc

SAMI = E("Person", "سامي الحربي", ("سامي الحربي", "الحربي"))
NORA = E("Person", "نورة السبيعي", ("نورة السبيعي", "السبيعي"))
SALMAN = E("Person", "سلمان بن عبد العزيز", ("سلمان بن عبد العزيز",), "Q367825")
MUQRIN = E("Person", "مقرن بن عبد العزيز", ("مقرن بن عبد العزيز",))


def test_lost_closing_mark_ends_before_the_next_attribution() -> None:
    text = ('وقال مدير الفرع سامي الحربي: "إن الفرق الميدانية بدأت جولاتها على المحال.   '
            "وأضاف الحربي أن الجولات ستستمر حتى نهاية الشهر.")
    doc = extract_relations(build_doc(text, [SAMI]))
    assert pairs(doc, "stated") == {
        ("سامي الحربي", "إن الفرق الميدانية بدأت جولاتها على المحال"),
        ("سامي الحربي", "الجولات ستستمر حتى نهاية الشهر"),
    }


def test_lost_closing_mark_next_speaker_is_not_swallowed() -> None:
    text = ('وقال سامي الحربي: «إن المشروع يسير وفق الخطة.  وقالت نورة السبيعي '
            "إن التمويل لم يصل بعد.")
    doc = extract_relations(build_doc(text, [SAMI, NORA]))
    assert pairs(doc, "stated") == {
        ("سامي الحربي", "إن المشروع يسير وفق الخطة"),
        ("نورة السبيعي", "التمويل لم يصل بعد"),
    }


def test_closed_quotation_keeps_its_sentences() -> None:
    # The mark closes after two sentences: both are the quote, the rule does not cut it.
    text = ('وقال سامي الحربي: "إن المشروع يسير وفق الخطة. وأكدنا للجميع أنه سينتهي قريبا" '
            "ثم غادر القاعة.")
    doc = extract_relations(build_doc(text, [SAMI]))
    assert pairs(doc, "stated") == {
        ("سامي الحربي", "إن المشروع يسير وفق الخطة. وأكدنا للجميع أنه سينتهي قريبا"),
    }


def test_lost_closing_mark_without_a_new_attribution_runs_on() -> None:
    text = 'وقال سامي الحربي: "إن المشروع يسير وفق الخطة. والعمل مستمر ليلا ونهارا.'
    doc = extract_relations(build_doc(text, [SAMI]))
    assert pairs(doc, "stated") == {
        ("سامي الحربي", "إن المشروع يسير وفق الخطة. والعمل مستمر ليلا ونهارا"),
    }


def test_quoted_name_after_the_title() -> None:
    text = 'عقد المدير العام للمستشفى "سامي الحربي" لقاء مع الموظفين أمس.'
    doc = extract_relations(build_doc(text, [SAMI]))
    assert positions_of(doc, "سامي الحربي") == {"المدير العام للمستشفى"}


def test_quoted_name_with_an_honorific_inside_the_marks() -> None:
    text = ('ورفع التهنئة إلى خادم الحرمين الشريفين "الملك سلمان بن عبد العزيز" '
            'وولي العهد "الأمير مقرن بن عبد العزيز" بمناسبة العيد.')
    doc = extract_relations(build_doc(text, [SALMAN, MUQRIN]))
    assert "خادم الحرمين الشريفين" in positions_of(doc, "سلمان بن عبد العزيز")
    assert positions_of(doc, "مقرن بن عبد العزيز") == {"ولي العهد"}


def test_quotation_going_on_after_the_name_is_no_quoted_name() -> None:
    # The marks enclose more than the name: what was said, not a quoted holder.
    text = 'وقال المدير العام "سامي الحربي رجل المرحلة" في رسالة للموظفين.'
    doc = extract_relations(build_doc(text, [SAMI]))
    assert positions_of(doc, "سامي الحربي") == set()


def test_quoted_name_after_a_plain_word_gets_no_title() -> None:
    text = 'وشارك في الحفل "سامي الحربي" مع عدد من الشعراء.'
    doc = extract_relations(build_doc(text, [SAMI]))
    assert positions_of(doc, "سامي الحربي") == set()


def test_compound_title_without_its_clitic() -> None:
    text = "وبعث برقية تهنئة لخادم الحرمين الشريفين الملك سلمان بن عبد العزيز."
    doc = extract_relations(build_doc(text, [SALMAN]))
    assert "خادم الحرمين الشريفين" in positions_of(doc, "سلمان بن عبد العزيز")


def test_according_to_what_she_said_with_a_colon() -> None:
    text = "وبحسب ما قالته نورة السبيعي: إن المرضى يتلقون العلاج في المستشفى."
    doc = extract_relations(build_doc(text, [NORA]))
    assert pairs(doc, "stated") == {("نورة السبيعي", "المرضى يتلقون العلاج في المستشفى")}


def test_according_to_what_he_said_takes_the_clause_before() -> None:
    text = "وتراجعت أسعار الحديد بنسبة كبيرة وفق ما قاله سامي الحربي للصحفيين."
    doc = extract_relations(build_doc(text, [SAMI]))
    assert pairs(doc, "stated") == {("سامي الحربي", "وتراجعت أسعار الحديد بنسبة كبيرة")}


def test_among_what_he_said_with_a_quotation() -> None:
    text = 'ومما قاله سامي الحربي في كلمته: "إن الجمعية ماضية في خططها".'
    doc = extract_relations(build_doc(text, [SAMI]))
    assert pairs(doc, "stated") == {("سامي الحربي", "إن الجمعية ماضية في خططها")}


def test_what_he_said_as_an_object_is_no_statement() -> None:
    # «رفض/انتقد ما قاله X» without a colon or a quotation: the stance rules' object.
    for text in ("ورفضت نورة السبيعي ما قاله سامي الحربي عن الأسعار.",
                 "وانتقدت نورة السبيعي ما قاله سامي الحربي إن الأسعار سترتفع."):
        doc = extract_relations(build_doc(text, [SAMI, NORA]))
        assert pairs(doc, "stated") == set(), text


LEAGUE = E("InternationalOrganization", "جامعة الدول العربية", ("جامعة الدول العربية",), "Q7172")


def test_indefinite_general_secretary_leads() -> None:
    text = "وقال أمين عام جامعة الدول العربية سامي الحربي إن القمة ستعقد في موعدها."
    doc = extract_relations(build_doc(text, [SAMI, LEAGUE]))
    assert pairs(doc, "leads") == {("سامي الحربي", "جامعة الدول العربية")}


def test_assistant_of_the_general_secretary_does_not_lead() -> None:
    text = "وقال مساعد أمين عام جامعة الدول العربية سامي الحربي إن القمة ستعقد في موعدها."
    doc = extract_relations(build_doc(text, [SAMI, LEAGUE]))
    assert pairs(doc, "leads") == set()


ADILA = E("Person", "عادلة بنت عبدالله", ("عادلة بنت عبدالله",))
FAISAL = E("Person", "فيصل بن خالد", ("فيصل بن خالد",))


def test_her_highness_after_a_princess_named_with_bint() -> None:
    text = ("وافتتحت الأميرة عادلة بنت عبدالله المعرض الخيري أمس. "
            "وقالت سموها إن المعرض يدعم الأسر المنتجة.")
    doc = extract_relations(build_doc(text, [ADILA]))
    assert pairs(doc, "stated") == {("عادلة بنت عبدالله", "المعرض يدعم الأسر المنتجة")}


def test_her_highness_is_not_a_prince() -> None:
    text = ("وافتتح الأمير فيصل بن خالد المعرض الخيري أمس. "
            "وقالت سموها إن المعرض يدعم الأسر المنتجة.")
    doc = extract_relations(build_doc(text, [FAISAL]))
    assert pairs(doc, "stated") == set()


def test_present_tense_goes_on_with_the_last_speaker() -> None:
    for verb in ("ويضيف", "ويبين"):
        text = f"وأوضح سامي الحربي أن المشروع اكتمل. {verb} أن الافتتاح سيكون قريبا."
        doc = extract_relations(build_doc(text, [SAMI]))
        assert ("سامي الحربي", "الافتتاح سيكون قريبا") in pairs(doc, "stated"), verb


def test_impersonal_or_late_present_does_not_go_on() -> None:
    for text in ("وأوضح سامي الحربي أن المشروع اكتمل. ويذكر أن الافتتاح سيكون قريبا.",
                 "وأوضح سامي الحربي أن المشروع اكتمل. وزار الوفد الموقع. "
                 "ويضيف أن الافتتاح سيكون قريبا."):
        doc = extract_relations(build_doc(text, [SAMI]))
        assert pairs(doc, "stated") == {("سامي الحربي", "المشروع اكتمل")}, text


AUTHORITY = E("GovernmentBody", "الهيئة العامة للسياحة", ("الهيئة العامة للسياحة",))


def test_general_director_of_a_regional_office_does_not_lead_the_body() -> None:
    text = ("وأكد مدير عام الهيئة العامة للسياحة بمنطقة عسير سامي الحربي "
            "أن القرية جاهزة لاستقبال الزوار.")
    doc = extract_relations(build_doc(text, [SAMI, AUTHORITY]))
    assert pairs(doc, "leads") == set()


def test_general_director_of_the_body_leads_it() -> None:
    text = "وأكد مدير عام الهيئة العامة للسياحة سامي الحربي أن القرية جاهزة لاستقبال الزوار."
    doc = extract_relations(build_doc(text, [SAMI, AUTHORITY]))
    assert pairs(doc, "leads") == {("سامي الحربي", "الهيئة العامة للسياحة")}


def test_ila_janib_is_no_content_preposition() -> None:
    text = ("وأوضح سامي الحربي أن الحفل نجح، منوها بالإقبال الكبير الذي شهده "
            "إلى جانب التفاعل البناء من الحضور.")
    doc = extract_relations(build_doc(text, [SAMI]))
    assert pairs(doc, "stated") == {("سامي الحربي", "الحفل نجح")}


HOSPITAL = E("Organization", "مستشفى الولادة", ("مستشفى الولادة",))
CLUB = E("Organization", "الهلال", ("الهلال",))
RIYADH = E("City", "الرياض", ("الرياض",), "Q3692")


def test_director_of_a_hospital_leads_it() -> None:
    text = "وكان في استقبالهم مدير مستشفى الولادة سامي الحربي وعدد من الأطباء."
    doc = extract_relations(build_doc(text, [SAMI, HOSPITAL]))
    assert pairs(doc, "leads") == {("سامي الحربي", "مستشفى الولادة")}


def test_director_of_a_unit_deputy_or_place_does_not_lead() -> None:
    for text, entities in (
            ("وقال مدير الكرة بنادي الهلال سامي الحربي إن الفريق جاهز.", [SAMI, CLUB]),
            ("وقال مساعد مدير مستشفى الولادة سامي الحربي إن الحالة مستقرة.",
             [SAMI, HOSPITAL]),
            ("وقال مدير شرطة الرياض سامي الحربي إن الحادث قيد التحقيق.", [SAMI, RIYADH])):
        doc = extract_relations(build_doc(text, entities))
        assert pairs(doc, "leads") == set(), text


def test_shown_after_for_his_part() -> None:
    for text in ("بدوره، بين المشرف على البرامج سامي الحربي أن القرية ستفتح أبوابها للزوار.",
                 "من جهته، أبان سامي الحربي أن القرية ستفتح أبوابها للزوار."):
        doc = extract_relations(build_doc(text, [SAMI]))
        assert pairs(doc, "stated") == {("سامي الحربي", "القرية ستفتح أبوابها للزوار")}, text


def test_between_after_for_his_part_is_the_preposition() -> None:
    text = "بدوره، بين الحين والآخر أكد سامي الحربي أن القرية ستفتح أبوابها للزوار."
    doc = extract_relations(build_doc(text, [SAMI]))
    assert pairs(doc, "stated") == {("سامي الحربي", "القرية ستفتح أبوابها للزوار")}
    assert {s.verb for s in doc.statements} == {"أكد"}


KHALID = E("Person", "خالد العتيبي", ("خالد العتيبي",))


def test_added_after_explained_this_goes_on_with_its_subject() -> None:
    text = "أوضح ذلك رئيس النادي د. سامي الحربي، وأضاف: المجال مفتوح لطرح أي فكرة أخرى."
    doc = extract_relations(build_doc(text, [SAMI]))
    assert pairs(doc, "stated") == {("سامي الحربي", "المجال مفتوح لطرح أي فكرة أخرى")}


def test_added_after_explained_this_needs_its_subject_named_first() -> None:
    # The words after «ذلك» are no title: the person before the comma is not the subject.
    text = "أكد ذلك المسؤول أمام خالد العتيبي، وأضاف أن المجال مفتوح لطرح الأفكار."
    doc = extract_relations(build_doc(text, [KHALID]))
    assert pairs(doc, "stated") == set()

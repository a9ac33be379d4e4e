"""Who the speaker is (kg/relations/speakers.py), on sentences written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs, stated
from tests.relations.docbuilder import E, build_doc

SAMI = E("Person", "سامي الخطيب", ("سامي الخطيب", "الخطيب"))
OMAR = E("Person", "عمر الحسن", ("عمر الحسن",))
JORDAN = E("Country", "الأردن", ("الأردن",), "Q810")
MOSCOW = E("City", "موسكو", ("موسكو",), "Q649")
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
ADEN = E("City", "عدن", ("عدن",), "Q131694")
KING = E("Person", "سلمان بن عبد العزيز", ("الملك سلمان",))
RABIAH = E("Person", "عبد الله الربيعة", ("عبد الله الربيعة",))
USA = E("Country", "الولايات المتحدة", ("الأمريكي",), "Q30")
OBAMA = E("Person", "باراك أوباما", ("باراك أوباما",))


def speakers(doc: Document) -> dict[str, str]:
    """Quote → speaker name, one per statement."""
    names = {e.id: e.name for e in doc.entities}
    return {doc.text[s.quote_start:s.quote_end]: names[s.speaker_id] for s in doc.statements}


# --- a speaker that is not an entity ------------------------------------------------


def test_witnesses_are_not_the_earlier_speaker() -> None:
    text = "قال سامي الخطيب إن المحادثات مستمرة. وأكد شهود محليون أن القصف استمر طوال الليل."
    assert stated(text, [SAMI]) == {("سامي الخطيب", "المحادثات مستمرة")}


def test_sources_end_the_continuation() -> None:
    text = ("قال سامي الخطيب إن المحادثات مستمرة. وقالت مصادر مطلعة إن الوفد غادر. "
            "وأضافت أن الجولة المقبلة لم تحدد.")
    assert stated(text, [SAMI]) == {("سامي الخطيب", "المحادثات مستمرة")}


def test_an_unnamed_source_after_the_channel_is_no_speaker() -> None:
    text = "قال سامي الخطيب إن المحادثات مستمرة. وقال لـ«الأخبار» مصدر مسؤول إن الوفد غادر."
    assert stated(text, [SAMI]) == {("سامي الخطيب", "المحادثات مستمرة")}


def test_a_family_of_a_person_is_not_the_person() -> None:
    text = "وقالت أسرة الخطيب إنه سيدفن اليوم في مقبرة العائلة."
    assert stated(text, [SAMI]) == set()


def test_a_definite_noun_with_a_name_in_apposition_is_that_person() -> None:
    text = "وقال الفنان سامي الخطيب إن العرض سيبدأ غدا."
    assert stated(text, [SAMI]) == {("سامي الخطيب", "العرض سيبدأ غدا")}


def test_an_official_with_his_name_in_apposition_is_that_person() -> None:
    text = "وقال المسؤول الحكومي عمر الحسن للصحافيين إن الحدود ستفتح غدا."
    assert stated(text, [OMAR]) == {("عمر الحسن", "الحدود ستفتح غدا")}


def test_a_subject_right_after_a_verb_that_is_also_a_preposition() -> None:
    text = "عبر الأردن أمس عن أمله في أن تنتهي الأزمة قريبا."
    assert stated(text, [JORDAN]) == {("الأردن", "أمله في أن تنتهي الأزمة قريبا")}
    text = "وقال عمر الحسن عبر حسابه إن الاجتماع تأجل."
    assert stated(text, [OMAR]) == {("عمر الحسن", "الاجتماع تأجل")}


def test_a_verb_without_content_does_not_take_the_next_verbs() -> None:
    text = "وقال سامي الخطيب مغردا عبر حسابه الشخصي مادحا القنوات وقال: التلفزيون له فضل كبير."
    doc = extract_relations(build_doc(text, [SAMI]))
    [statement] = doc.statements
    assert text[statement.quote_start:statement.quote_end] == "التلفزيون له فضل كبير"
    assert statement.evidence.trigger_start == text.rindex("وقال")
    assert pairs(doc, "stated") == {("سامي الخطيب", "التلفزيون له فضل كبير")}


def test_the_one_quoted_after_an_is_the_speaker_of_qawluhu() -> None:
    text = ("ونقلت وكالة الأنباء عن عمر الحسن مدير الشركة قوله إن الأسعار سترتفع. "
            "وأضاف أن الإنتاج سيزيد.")
    assert stated(text, [OMAR]) == {
        ("عمر الحسن", "الأسعار سترتفع"), ("عمر الحسن", "الإنتاج سيزيد"),
    }
    text = "ونقلت وكالة الأنباء عن مصدر مسؤول قوله إن الأسعار سترتفع."
    assert stated(text, [OMAR]) == set()


def test_an_impersonal_verb_continues_no_one() -> None:
    text = ("قال سامي الخطيب إن المحادثات مستمرة. يذكر أن الأردن وقع الاتفاق العام الماضي. "
            "والجدير بالذكر أن الجولة الأولى فشلت.")
    assert stated(text, [SAMI, JORDAN]) == {("سامي الخطيب", "المحادثات مستمرة")}


def test_analysts_before_the_verb_are_no_speaker() -> None:
    text = "قال سامي الخطيب إن المحادثات مستمرة. لكن بعض المحللين يقولون إن الأردن سيتراجع."
    assert stated(text, [SAMI, JORDAN]) == {("سامي الخطيب", "المحادثات مستمرة")}


def test_the_author_of_a_statement_is_the_speaker() -> None:
    ministry = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
    text = "وأوضحت في بيان لوزارة الداخلية أن الحادث قيد التحقيق."
    assert stated(text, [ministry]) == {("وزارة الداخلية", "الحادث قيد التحقيق")}


# --- continuation ----------------------------------------------------------------------


def test_continuation_verbs_continue_the_named_speaker() -> None:
    text = ("وأكد عمر الحسن أن الحدود مفتوحة. وتابع: «لن نغلقها». وقال سموه إن اللاجئين مرحب بهم.")
    assert stated(text, [OMAR]) == {
        ("عمر الحسن", "الحدود مفتوحة"), ("عمر الحسن", "لن نغلقها"),
        ("عمر الحسن", "اللاجئين مرحب بهم"),
    }


def test_continuation_stops_when_another_person_reports() -> None:
    # «شرح» is no reporting verb of the lexicon: the continuation still stops at Sami.
    text = ("وأكد عمر الحسن أن الحدود مفتوحة. بدوره، شرح المشرف سامي الخطيب أن القرية جاهزة. "
            "وأضاف أن الزوار سيصلون غدا.")
    assert stated(text, [OMAR, SAMI]) == {("عمر الحسن", "الحدود مفتوحة")}


def test_shown_after_for_his_part_reports_and_is_continued() -> None:
    # «بدوره، بيّن X أن» is read as a verb of saying (kg.relations.shown), so «وأضاف» goes
    # on with Sami, not with Omar.
    text = ("وأكد عمر الحسن أن الحدود مفتوحة. بدوره، بين المشرف سامي الخطيب أن القرية جاهزة. "
            "وأضاف أن الزوار سيصلون غدا.")
    assert stated(text, [OMAR, SAMI]) == {
        ("عمر الحسن", "الحدود مفتوحة"), ("سامي الخطيب", "القرية جاهزة"),
        ("سامي الخطيب", "الزوار سيصلون غدا"),
    }


def test_a_participle_takes_the_subject_of_its_own_clause() -> None:
    text = ("قال سامي الخطيب إن المحادثات مستمرة. وقال مصدر مسؤول إن الحدود مغلقة، مشيرا إلى "
            "أن الأردن يراقب الوضع.")
    assert stated(text, [SAMI, JORDAN]) == {("سامي الخطيب", "المحادثات مستمرة")}


# --- quotations --------------------------------------------------------------------------


def test_a_verb_inside_a_quotation_is_not_a_reporting_verb() -> None:
    text = "ورفع المتظاهرون لافتات كتب عليها «أكد عمر الحسن أن الأردن لن يتراجع»."
    assert stated(text, [OMAR, JORDAN]) == set()


def test_a_quoted_name_is_not_the_content() -> None:
    text = "وكشف الخطيب لـ«الأخبار» عن خطة جديدة لإصلاح التعليم."
    assert stated(text, [SAMI]) == {("سامي الخطيب", "خطة جديدة لإصلاح التعليم")}
    text = 'وقال "الخطيب": "لسنا طرفا في هذا النزاع".'
    assert stated(text, [SAMI]) == {("سامي الخطيب", "لسنا طرفا في هذا النزاع")}


# --- capitals and cities --------------------------------------------------------------


def test_a_capital_speaks_for_its_country() -> None:
    text = "وأضافت موسكو أن العقوبات الغربية غير قانونية."
    assert stated(text, [MOSCOW]) == {("روسيا", "العقوبات الغربية غير قانونية")}
    doc = extract_relations(build_doc(text, [MOSCOW, RUSSIA]))
    [statement] = doc.statements
    assert statement.speaker_id == RUSSIA.id  # the document's own country entity


def test_a_city_that_is_no_capital_is_no_speaker() -> None:
    text = "قال سامي الخطيب إن الميناء سيفتح. وأضافت عدن أن الرحلات ستستأنف الأسبوع المقبل."
    assert stated(text, [SAMI, ADEN]) == {("سامي الخطيب", "الميناء سيفتح")}


def test_a_city_in_a_genitive_is_no_speaker() -> None:
    text = "اتهم عمر الحسن الدول الكبرى بالتساهل مع نظام عدن، مشيرا إلى أن الاتفاق لن يصمد."
    assert {s for s, _ in stated(text, [OMAR, ADEN])} == {"عمر الحسن"}


# --- the head of the subject phrase ---------------------------------------------------


def test_an_institution_named_after_the_king_does_not_make_him_the_speaker() -> None:
    text = "وقال المدير التنفيذي لمركز الملك سلمان للإغاثة عبد الله الربيعة إن المساعدات وصلت."
    assert stated(text, [KING, RABIAH]) == {("عبد الله الربيعة", "المساعدات وصلت")}
    text = "وقال المدير التنفيذي لمركز الملك سلمان للإغاثة إن المساعدات وصلت."
    assert stated(text, [KING, RABIAH]) == set()


def test_a_person_met_is_not_the_unnamed_title_holder() -> None:
    text = "وقال رئيس الوزراء خلال لقائه الرئيس الأمريكي باراك أوباما إن العلاقات متينة."
    assert stated(text, [USA, OBAMA]) == set()


def test_an_adviser_of_the_king_is_not_the_king() -> None:
    text = "وقال مستشار الملك سلمان إن الزيارة ستتم الشهر المقبل."
    assert stated(text, [KING]) == set()


def test_one_speaker_the_person_not_the_country_of_his_title() -> None:
    text = "وقال الرئيس الأمريكي باراك أوباما إن الاتفاق يمنع إيران من امتلاك السلاح."
    doc = extract_relations(build_doc(text, [USA, OBAMA]))
    assert speakers(doc) == {"الاتفاق يمنع إيران من امتلاك السلاح": "باراك أوباما"}
    assert pairs(doc, "stated") == {("باراك أوباما", "الاتفاق يمنع إيران من امتلاك السلاح")}


def test_a_relative_clause_has_the_person_as_speaker_not_his_nisba_country() -> None:
    text = ("ورد سامي الخطيب على تصريح الرئيس الأمريكي باراك أوباما الذي قال فيه إن "
            "الاتفاق تاريخي.")
    doc = extract_relations(build_doc(text, [SAMI, USA, OBAMA]))
    assert pairs(doc, "stated") == {("باراك أوباما", "الاتفاق تاريخي")}


def test_coordinated_speakers_give_one_speaker() -> None:
    text = "لكن موسكو والأردن ينفون نفيا قاطعا أي علاقة بالهجوم."
    doc = extract_relations(build_doc(text, [MOSCOW, JORDAN]))
    assert len({r.subject_id for r in doc.relations if r.kind == "denies"}) == 1


# --- confidence -----------------------------------------------------------------------


def test_a_named_direct_quote_is_surer_than_a_continued_one() -> None:
    text = "وقال سامي الخطيب: «المحادثات مستمرة». وأضاف: «لن نتراجع عن مطالبنا»."
    doc = extract_relations(build_doc(text, [SAMI]))
    confidence = {doc.text[s.quote_start:s.quote_end]: s.evidence.confidence
                  for s in doc.statements}
    assert confidence["المحادثات مستمرة"] > confidence["لن نتراجع عن مطالبنا"]


# --- the outlet a statement was given to ----------------------------------------------

AGENCY = E("MediaOrganization", "وكالة الأنباء الأردنية", ("وكالة الأنباء الأردنية",))


def test_outlet_after_interview_noun_is_the_addressee() -> None:
    """«وأوضح في تصريح لوكالة الأنباء ...»: the agency received the words; the speaker is
    the one named in the sentence before, never the agency."""
    text = ("قال سامي الخطيب إن المحادثات مستمرة. "
            "وأوضح في تصريح لوكالة الأنباء الأردنية أن الوفد سيعود غدا.")
    found = stated(text, [SAMI, AGENCY])
    assert not any(speaker == "وكالة الأنباء الأردنية" for speaker, _ in found)


def test_unnamed_source_after_the_verb_is_not_the_name_before() -> None:
    """«وبرز عمر الحسن مرشحا بعدما قال مصدر مطلع إن ...»: a source nobody names said it,
    not the person of the main clause."""
    text = "وبرز عمر الحسن مرشحا قويا للمنصب بعدما قال مصدر مطلع إن ثلاث دول ستدعمه."
    assert stated(text, [OMAR]) == set()


# --- a role noun in construct, then the name; abbreviated titles ------------------------

UN = E("Organization", "الأمم المتحدة", ("الأمم المتحدة",))


def test_a_role_noun_in_construct_then_a_name_is_that_person() -> None:
    """«وقال عضو مجلس إدارة النادي سامي الخطيب إن»: the indefinite «عضو» made definite by
    its genitive; the name after the whole phrase is in apposition and speaks."""
    text = "وقال عضو مجلس إدارة النادي سامي الخطيب إن الفريق جاهز للموسم."
    assert stated(text, [SAMI]) == {("سامي الخطيب", "الفريق جاهز للموسم")}


def test_an_organisation_inside_the_construct_is_skipped() -> None:
    text = "وأكد خبير الأمم المتحدة عمر الحسن أن المساعدات وصلت إلى المدينة."
    assert stated(text, [UN, OMAR]) == {("عمر الحسن", "المساعدات وصلت إلى المدينة")}


def test_a_name_after_a_preposition_is_not_the_role_nouns() -> None:
    """«مسؤول مقرب من سامي الخطيب»: the official, who is not named, speaks."""
    text = "وقال مسؤول مقرب من سامي الخطيب إن الوفد سيغادر غدا."
    assert stated(text, [SAMI]) == set()


def test_a_name_right_after_the_role_noun_is_its_genitive() -> None:
    """«وقال محامي سامي الخطيب إن»: the lawyer of Sami, not Sami, speaks."""
    text = "وقال محامي سامي الخطيب إن الحكم سيستأنف."
    assert stated(text, [SAMI]) == set()


def test_an_abbreviated_title_introduces_the_speaker() -> None:
    """«وقال م. سامي الخطيب»: «م.» (engineer) is a title, as «د.» is."""
    text = "وقال م. سامي الخطيب إن المشروع سيكتمل نهاية العام."
    assert stated(text, [SAMI]) == {("سامي الخطيب", "المشروع سيكتمل نهاية العام")}


def test_an_agency_glued_to_l_right_after_the_verb_is_the_channel() -> None:
    """«..., الذي قال لوكالة الأنباء الأردنية: «...»»: the agency heard the words; the
    speaker is the antecedent of the relative pronoun."""
    text = ("وقتل ثلاثة أشخاص بحسب سامي الخطيب، الذي قال لوكالة الأنباء الأردنية: "
            "«لقد أغلق المسلحون الطريق».")
    assert stated(text, [SAMI, AGENCY]) == {("سامي الخطيب", "لقد أغلق المسلحون الطريق")}


def test_a_compound_title_opens_the_subject() -> None:
    """«أعلن مدعي عام العاصمة الفرنسية باريس فلان»: «مدعي عام» is a title of two words
    (as «ولي العهد»); the person named after it, past the places, speaks."""
    paris = E("City", "باريس", ("باريس",), "Q90")
    text = "أعلن مدعي عام العاصمة الفرنسية باريس عمر الحسن، اليوم، أن التحقيق انتهى."
    assert stated(text, [paris, OMAR]) == {("عمر الحسن", "التحقيق انتهى")}


def test_a_ministry_by_its_short_name_and_nisba_speaks() -> None:
    """«أكدت الخارجية الأردنية أن»: the foreign ministry, named without «وزارة»."""
    text = "وأكدت الخارجية الأردنية أن السفير سيعود إلى عمله الأسبوع المقبل."
    found = stated(text, [JORDAN])
    assert found == {("الخارجية الأردنية", "السفير سيعود إلى عمله الأسبوع المقبل")}


def test_a_bare_short_ministry_name_is_no_speaker() -> None:
    """«وقالت الخارجية إن» with no nisba names no ministry the text introduced."""
    text = "وقالت الخارجية إن السفير سيعود إلى عمله الأسبوع المقبل."
    assert stated(text, []) == set()


def test_quoted_from_a_title_and_name_after_an() -> None:
    """«نقلت الوكالة عن وزير الخارجية فلان قوله إن»: the person the title names speaks."""
    text = "ونقلت الصحيفة عن وزير الداخلية سامي الخطيب قوله إن الحدود ستفتح غدا."
    assert stated(text, [SAMI]) == {("سامي الخطيب", "الحدود ستفتح غدا")}


def test_quoted_from_a_described_person_after_an() -> None:
    """«عن المدافع الدولي فلان قوله»: a definite noun, then the name in apposition."""
    text = "ونقلت وسائل إعلام عن المدافع الدولي عمر الحسن قوله إنه سيغيب شهرين."
    assert stated(text, [OMAR]) == {("عمر الحسن", "سيغيب شهرين")}


def test_quoted_from_an_unnamed_official_is_no_statement() -> None:
    text = "ونقلت الصحيفة عن المسؤول قوله إن الحدود ستفتح غدا."
    assert stated(text, []) == set()

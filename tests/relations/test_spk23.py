"""Statements (speaker + quote), session 23, on sentences written for the tests: a bare
kind noun for a body named before (``kg.relations.body_references``), a relative «ممن»
after the verb, «نسب ... إلى X قوله», future verbs of saying, and a participle of saying
with no comma before it (``kg.relations.participle_breaks``)."""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

SAAD = E("Person", "سعد الحربي", ("سعد الحربي", "الحربي"))
KHALID = E("Person", "خالد الفيصل", ("خالد الفيصل",))
HOSPITAL = E("Organization", "مستشفى الملك فهد", ("مستشفى الملك فهد",))
HOSPITAL_2 = E("Organization", "مستشفى الولادة", ("مستشفى الولادة",))
AGENCY = E("Organization", "وكالة رويترز", ("وكالة رويترز",))
HAYAT = E("MediaOrganization", "الحياة", ("الحياة",))


def _stated(doc: object) -> set[tuple[str, str]]:
    return pairs(doc, "stated")  # type: ignore[arg-type]


def _speakers(doc: object) -> set[str]:
    return {speaker for speaker, _ in _stated(doc)}


# --- a bare kind noun for the body named before -------------------------------------


def test_agency_named_by_the_speaker_rule_is_referred_back_to() -> None:
    # The recogniser missed the agency: the speaker rule names it, and «الوكالة» is it.
    text = ("وقالت وكالة الأنباء الرسمية إن الانتخابات جرت بهدوء. "
            "وأوضحت الوكالة أن الزعيم أدلى بصوته في العاصمة.")
    doc = extract_relations(build_doc(text, []))
    assert ("وكالة الأنباء الرسمية", "الزعيم أدلى بصوته في العاصمة") in _stated(doc)


def test_two_agencies_named_before_leave_the_agency_unnamed() -> None:
    text = ("وقالت وكالة الأنباء الرسمية إن الانتخابات جرت بهدوء. "
            "ونقلت وكالة رويترز الخبر عن مراسلها. "
            "وأوضحت الوكالة أن الزعيم أدلى بصوته في العاصمة.")
    doc = extract_relations(build_doc(text, [AGENCY]))
    assert all(quote != "الزعيم أدلى بصوته في العاصمة" for _, quote in _stated(doc))


def test_hospital_speaks_through_its_kind_noun() -> None:
    text = ("استقبل مستشفى الملك فهد عشرات المصابين. "
            "وقال المستشفى في بيان إن حالة ثلاثة منهم حرجة.")
    doc = extract_relations(build_doc(text, [HOSPITAL]))
    assert ("مستشفى الملك فهد", "حالة ثلاثة منهم حرجة") in _stated(doc)


def test_hospital_among_two_names_no_one() -> None:
    text = ("نقل المصابون إلى مستشفى الملك فهد ثم إلى مستشفى الولادة. "
            "وقال المستشفى في بيان إن حالة ثلاثة منهم حرجة.")
    doc = extract_relations(build_doc(text, [HOSPITAL, HOSPITAL_2]))
    assert _stated(doc) == set()


def test_hospital_named_after_the_noun_is_no_reference() -> None:
    text = ("وقال المستشفى في بيان إن حالة ثلاثة منهم حرجة. "
            "وكان المصابون قد نقلوا إلى مستشفى الملك فهد.")
    doc = extract_relations(build_doc(text, [HOSPITAL]))
    assert _stated(doc) == set()


# --- a relative «ممن» after the verb ------------------------------------------------


def test_name_in_a_whom_clause_is_not_the_speaker() -> None:
    text = "وحذر في كلمته ممن وصفهم بأعداء الحياة الذين يبثون الفتنة بين الناس."
    doc = extract_relations(build_doc(text, [HAYAT]))
    assert "الحياة" not in _speakers(doc)


def test_speaker_after_his_speech_still_speaks() -> None:
    text = "وأكد في كلمته الوزير سعد الحربي أن المشروع يسير وفق الخطة."
    doc = extract_relations(build_doc(text, [SAAD]))
    assert ("سعد الحربي", "المشروع يسير وفق الخطة") in _stated(doc)


# --- «نسب ... إلى X قوله» -------------------------------------------------------------


def test_words_ascribed_to_a_minister() -> None:
    text = "ونسبت صحيفة الحياة إلى وزير المالية سعد الحربي قوله إن الميزانية متوازنة."
    doc = extract_relations(build_doc(text, [SAAD, HAYAT]))
    assert ("سعد الحربي", "الميزانية متوازنة") in _stated(doc)


def test_to_without_ascribing_names_no_speaker() -> None:
    text = "وأرسلت صحيفة الحياة إلى سعد الحربي سؤالا عن قوله إن الميزانية متوازنة."
    doc = extract_relations(build_doc(text, [SAAD, HAYAT]))
    assert "سعد الحربي" not in _speakers(doc)


# --- future verbs of saying ------------------------------------------------------------


def test_future_announcement_is_no_statement() -> None:
    text = "وسيعلن الوزير سعد الحربي غدا أن المشروع سيبدأ في الشهر المقبل."
    doc = extract_relations(build_doc(text, [SAAD]))
    assert _stated(doc) == set()


def test_past_announcement_is_a_statement() -> None:
    text = "وأعلن الوزير سعد الحربي أمس أن المشروع سيبدأ في الشهر المقبل."
    doc = extract_relations(build_doc(text, [SAAD]))
    assert ("سعد الحربي", "المشروع سيبدأ في الشهر المقبل") in _stated(doc)


# --- a participle of saying with no comma before it -------------------------------------


def test_participle_without_comma_ends_the_statement() -> None:
    text = ("أكد مدير الجامعة سعد الحربي أن البرنامج يهدف إلى تأهيل الطلاب للعمل في القطاع "
            "الخاص مشيرا إلى أن الدفعة الأولى تضم مئة طالب.")
    doc = extract_relations(build_doc(text, [SAAD]))
    assert _stated(doc) == {
        ("سعد الحربي", "البرنامج يهدف إلى تأهيل الطلاب للعمل في القطاع الخاص"),
        ("سعد الحربي", "الدفعة الأولى تضم مئة طالب"),
    }


def test_participle_after_a_person_in_the_statement_runs_on() -> None:
    # The minister may be the one affirming: the statement is left whole.
    text = "قال المدير سعد الحربي إن الوزير خالد الفيصل حضر الحفل مؤكدا أن الدعم مستمر."
    doc = extract_relations(build_doc(text, [SAAD, KHALID]))
    assert _stated(doc) == {
        ("سعد الحربي", "الوزير خالد الفيصل حضر الحفل مؤكدا أن الدعم مستمر")}


def test_participle_without_content_stays_in_the_statement() -> None:
    text = "وأوضح الوزير سعد الحربي أن الفريق عاد مؤكدا جاهزيته للمباراة."
    doc = extract_relations(build_doc(text, [SAAD]))
    assert _stated(doc) == {("سعد الحربي", "الفريق عاد مؤكدا جاهزيته للمباراة")}


def test_participle_after_a_noun_content_is_not_cut_off() -> None:
    # «أشار إلى + noun» names a topic: it stays one statement with the participle's words.
    text = ("وأشار الوزير سعد الحربي إلى قضية الاستثمار الأجنبي مؤكدا أن المحاكم تعمل "
            "بكفاءة.")
    doc = extract_relations(build_doc(text, [SAAD]))
    assert ("سعد الحربي", "قضية الاستثمار الأجنبي") not in _stated(doc)


# --- styles of address before a title: «سمو», «صاحب السمو الملكي», «صاحب المعالي» ------

PRINCE = E("Person", "فيصل بن خالد", ("فيصل بن خالد",))
RABIAH = E("Person", "توفيق الربيعة", ("توفيق الربيعة",))


def test_highness_before_the_prince_opens_the_subject() -> None:
    text = ("رحب الأمير فيصل بن خالد بالزوار. "
            "وقال سمو الأمير فيصل بن خالد: «اطلعت على كافة الاستعدادات».")
    doc = extract_relations(build_doc(text, [PRINCE]))
    assert ("فيصل بن خالد", "اطلعت على كافة الاستعدادات") in _stated(doc)


def test_royal_owner_style_opens_the_subject() -> None:
    text = "وقال صاحب السمو الملكي الأمير فيصل بن خالد إن الموسم ناجح."
    doc = extract_relations(build_doc(text, [PRINCE]))
    assert ("فيصل بن خالد", "الموسم ناجح") in _stated(doc)


def test_excellency_owner_style_before_a_minister() -> None:
    text = "وقال صاحب المعالي وزير الصحة توفيق الربيعة إن الخدمة ستتحسن."
    doc = extract_relations(build_doc(text, [RABIAH]))
    assert ("توفيق الربيعة", "الخدمة ستتحسن") in _stated(doc)


def test_owner_of_a_company_is_a_noun_subject() -> None:
    # «صاحب الشركة» is the owner (a noun), no style: the name after it is not read as
    # the subject of a style.
    text = "وقال صاحب الشركة إن الأسعار ستنخفض."
    doc = extract_relations(build_doc(text, [SAAD]))
    assert _stated(doc) == set()


# --- a quotation whose own closing mark was lost before a later, closed one --------------


def test_lost_closer_before_a_nested_quoted_name() -> None:
    text = ("وقال الوزير سعد الحربي: «اطلعت على الاستعدادات.. وأضاف الوزير: أود أن أشكر "
            "الشركاء. وأكد الحربي أن المنطقة ماضية لتحقيق مبادرة «عسير وجهة سياحية» هذا "
            "العام.")
    doc = extract_relations(build_doc(text, [SAAD]))
    quotes = {quote for speaker, quote in _stated(doc) if speaker == "سعد الحربي"}
    assert "أود أن أشكر الشركاء" in quotes
    assert any(quote.startswith("المنطقة ماضية") for quote in quotes)


def test_nested_quotation_closed_stays_one_quote() -> None:
    text = ("وقال الوزير سعد الحربي: «إن ما يسمى «الربيع العربي» انتهى. وأكدنا ذلك مرارا». "
            "وغادر القاعة.")
    doc = extract_relations(build_doc(text, [SAAD]))
    assert _speakers(doc) == {"سعد الحربي"}
    assert len(_stated(doc)) == 1


# --- a semicolon before a verb of saying ends the statement ------------------------------


def test_semicolon_before_said_ends_the_statement() -> None:
    text = ("وأشار الوزير سعد الحربي إلى أن المنطقة تمتاز بطبيعتها؛ وقال: هي مسؤولية "
            "الجميع.")
    doc = extract_relations(build_doc(text, [SAAD]))
    assert ("سعد الحربي", "المنطقة تمتاز بطبيعتها") in _stated(doc)
    assert ("سعد الحربي", "هي مسؤولية الجميع") in _stated(doc)


# --- the issuer of a statement: «بيان صادر عن X» ------------------------------------------

INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))


def test_statement_issued_by_a_ministry_is_the_ministrys() -> None:
    text = "وذكر بيان صادر عن وزارة الداخلية أن الحادث وقع فجر أمس."
    doc = extract_relations(build_doc(text, [INTERIOR]))
    assert ("وزارة الداخلية", "الحادث وقع فجر أمس") in _stated(doc)


def test_according_to_a_statement_issued_by_a_ministry() -> None:
    text = "وبحسب بيان صادر عن وزارة الداخلية، فإن الحادث وقع فجر أمس."
    doc = extract_relations(build_doc(text, [INTERIOR]))
    assert ("وزارة الداخلية", "الحادث وقع فجر أمس") in _stated(doc)


def test_statement_published_by_a_paper_has_no_issuer() -> None:
    # «نشرته» relays: the paper published the statement, it did not issue it.
    text = "وذكر بيان نشرته صحيفة الحياة أن الحادث وقع فجر أمس."
    doc = extract_relations(build_doc(text, [HAYAT]))
    assert "الحياة" not in _speakers(doc)


# --- «قال كل من X» ---------------------------------------------------------------------


def test_each_of_one_name_is_that_person() -> None:
    text = "وقال كل من سعد الحربي: «نحن سعداء بهذا الفوز»."
    doc = extract_relations(build_doc(text, [SAAD]))
    assert _stated(doc) == {("سعد الحربي", "نحن سعداء بهذا الفوز")}


def test_each_of_two_names_is_no_statement() -> None:
    text = ("وقال المدرب خالد الفيصل إن الفريق جاهز. "
            "وقال كل من سعد الحربي وخالد الفيصل إن الفريق قدم مباراة كبيرة. "
            "وأضاف: «نحن سعداء».")
    doc = extract_relations(build_doc(text, [SAAD, KHALID]))
    assert _stated(doc) == {("خالد الفيصل", "الفريق جاهز")}


# --- a participle after a styled subject -------------------------------------------------


def test_participle_after_a_royal_owner_style() -> None:
    text = ("وكان صاحب السمو الملكي الأمير فيصل بن خالد، أمير منطقة عسير، قد اطلع على "
            "الاستعدادات، مؤكدا أن المنطقة جاهزة.")
    doc = extract_relations(build_doc(text, [PRINCE]))
    assert ("فيصل بن خالد", "المنطقة جاهزة") in _stated(doc)


def test_participle_after_excellency_and_a_title() -> None:
    text = "وكان معالي وزير الصحة توفيق الربيعة قد زار المستشفى، مؤكدا أن الخدمة ستتحسن."
    doc = extract_relations(build_doc(text, [RABIAH]))
    assert ("توفيق الربيعة", "الخدمة ستتحسن") in _stated(doc)


def test_saying_participle_with_a_colon_ends_the_statement() -> None:
    text = ("وأكد الوزير سعد الحربي أن المنطقة جاهزة لاستقبال الزوار مرددا عبارة الترحيب "
            "قائلا: «مرحبا بكل زائر».")
    doc = extract_relations(build_doc(text, [SAAD]))
    assert ("سعد الحربي", "مرحبا بكل زائر") in _stated(doc)
    assert all("قائلا" not in quote for _, quote in _stated(doc))


# --- «وجاء في بيان لـ X أن ...» ----------------------------------------------------------


def test_came_in_a_ministrys_statement() -> None:
    text = "وجاء في بيان لوزارة الداخلية أن الحادث وقع فجر أمس."
    doc = extract_relations(build_doc(text, [INTERIOR]))
    assert ("وزارة الداخلية", "الحادث وقع فجر أمس") in _stated(doc)


def test_came_in_a_statement_issued_by_a_ministry_with_a_quote() -> None:
    text = "وجاء في بيان صادر عن وزارة الداخلية: «إن الحادث وقع فجر أمس»."
    doc = extract_relations(build_doc(text, [INTERIOR]))
    assert ("وزارة الداخلية", "إن الحادث وقع فجر أمس") in _stated(doc)


def test_came_in_a_statement_to_a_person_names_no_author() -> None:
    text = "وجاء في بيان لسعد الحربي أن الحادث وقع فجر أمس."
    doc = extract_relations(build_doc(text, [SAAD]))
    assert _stated(doc) == set()


def test_came_first_is_no_statement() -> None:
    text = "وجاء في المرتبة الأولى نادي الهلال بعد فوزه على النصر."
    doc = extract_relations(build_doc(text, [E("Organization", "نادي الهلال")]))
    assert _stated(doc) == set()


def test_according_to_a_statement_glued_to_its_preposition() -> None:
    text = "ووفقا لبيان أصدرته وزارة الداخلية فإن الحادث وقع فجر أمس."
    doc = extract_relations(build_doc(text, [INTERIOR]))
    assert ("وزارة الداخلية", "الحادث وقع فجر أمس") in _stated(doc)


def test_according_to_a_ministrys_data_is_no_statement() -> None:
    # «بيانات» (data) is no statement.
    text = "ووفقا لبيانات وزارة الداخلية فإن عدد الحوادث ارتفع."
    doc = extract_relations(build_doc(text, [INTERIOR]))
    assert _stated(doc) == set()

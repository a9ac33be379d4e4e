"""Attribution on phrasings read on unseen news (issue 12): speakers that are not persons,
opinions reported like speech, feelings that are not statements. Sentences written for the
tests (not from the dev articles)."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs, stances
from tests.relations.docbuilder import E, build_doc

GAZETTE = E("MediaOrganization", "الصباح الجديد", ("الصباح الجديد",))
PORTAL = E("Organization", "تك نيوز", ("تك نيوز",))
FALCON = E("Organization", "فالكون", ("فالكون",))
SOUQ = E("Organization", "سوق الخليج", ("سوق الخليج",))
MINISTRY = E("Organization", "وزارة الزراعة الأردنية", ("وزارة الزراعة الأردنية",))
HEALTH = E("Organization", "وزارة الصحة", ("وزارة الصحة",))
SAMIR = E("Person", "سمير العتيبي", ("سمير العتيبي",))
HIND = E("Person", "هند الكعبي", ("هند الكعبي",))
ALI = E("Person", "علي المطيري", ("علي المطيري",))
ENTITIES = [GAZETTE, PORTAL, FALCON, SOUQ, MINISTRY, HEALTH, SAMIR, HIND, ALI]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def speakers(doc: Document) -> set[str]:
    return {speaker for speaker, _ in pairs(doc, "stated")}


def test_a_magazine_named_in_quotation_marks_after_its_kind_speaks() -> None:
    doc = run("ذكرت مجلة «الصباح الجديد» المحلية أن أسعار القمح سترتفع هذا الشتاء.")
    assert pairs(doc, "stated") == {("الصباح الجديد", "أسعار القمح سترتفع هذا الشتاء")}


def test_a_website_named_in_double_quotes_speaks() -> None:
    doc = run('وأشار موقع "تك نيوز" المختص إلى أن الجهاز الجديد سيطرح في الخريف.')
    assert pairs(doc, "stated") == {("تك نيوز", "الجهاز الجديد سيطرح في الخريف")}


def test_a_kind_noun_followed_by_a_comma_names_no_one() -> None:
    doc = run("وقالت مجلة، نقلا عن تك نيوز، إن الجهاز الجديد سيطرح في الخريف.")
    assert "تك نيوز" not in speakers(doc)


def test_a_company_name_in_quotation_marks_is_the_subject_not_the_quote() -> None:
    doc = run("وقالت «فالكون»، إن مبيعاتها تراجعت في الربع الثاني.")
    assert pairs(doc, "stated") == {("فالكون", "مبيعاتها تراجعت في الربع الثاني")}


def test_a_short_quotation_that_is_no_name_stays_a_quote() -> None:
    doc = run("وقال سمير العتيبي: «لن نتراجع»، ثم غادر القاعة.")
    assert pairs(doc, "stated") == {("سمير العتيبي", "لن نتراجع")}


def test_the_newspaper_named_before_speaks_again_as_the_newspaper() -> None:
    doc = run("وذكرت صحيفة «الصباح الجديد» أن المحكمة أجلت الجلسة. "
              "وقالت الصحيفة إن الدفاع طلب مهلة إضافية.")
    assert pairs(doc, "stated") == {
        ("الصباح الجديد", "المحكمة أجلت الجلسة"),
        ("الصباح الجديد", "الدفاع طلب مهلة إضافية"),
    }


def test_the_ministry_named_before_by_its_full_name_speaks_as_the_ministry() -> None:
    doc = run("أعلنت وزارة الزراعة الأردنية أن الموسم سيبدأ مبكرا. "
              "وأضافت الوزارة في بيان أن المزارعين سيحصلون على دعم للبذور.")
    assert ("وزارة الزراعة الأردنية", "المزارعين سيحصلون على دعم للبذور") in pairs(doc, "stated")


def test_a_kind_noun_with_two_earlier_bearers_names_no_one() -> None:
    doc = run("التقى ممثلو وزارة الزراعة الأردنية ووزارة الصحة أمس. "
              "وقالت الوزارة إن اللقاء كان مثمرا.")
    assert not any(quote == "اللقاء كان مثمرا" for _, quote in pairs(doc, "stated"))


def test_a_kind_noun_with_no_earlier_bearer_names_no_one() -> None:
    doc = run("وقالت الشركة إن الأرباح ارتفعت. وتأسست شركة فالكون قبل عشر سنوات.")
    assert pairs(doc, "stated") == set()


def test_opinion_verbs_report_a_named_speakers_view() -> None:
    doc = run("ورأى الخبير سمير العتيبي أن الأسعار ستنخفض. "
              "وتوقعت هند الكعبي أن يرتفع الطلب في الصيف. "
              "ورجح سمير العتيبي أن تتأخر الموافقة.")
    assert pairs(doc, "stated") == {
        ("سمير العتيبي", "الأسعار ستنخفض"),
        ("هند الكعبي", "يرتفع الطلب في الصيف"),
        ("سمير العتيبي", "تتأخر الموافقة"),
    }


def test_an_opinion_verb_without_a_clause_reports_nothing() -> None:
    doc = run("وتوقعت هند الكعبي ارتفاع الطلب. ورأى سمير العتيبي الحادث بعينه.")
    assert pairs(doc, "stated") == set()


def test_saying_and_explaining_participles_share_the_clause_subject() -> None:
    doc = run('وأشاد سمير العتيبي بجهود المتطوعين، قائلا "لولاهم لما نجحنا". '
              "وأكدت هند الكعبي أن العمل مستمر، مبينة أن التسليم في موعده.")
    assert pairs(doc, "stated") == {
        ("سمير العتيبي", "لولاهم لما نجحنا"),
        ("هند الكعبي", "العمل مستمر"),
        ("هند الكعبي", "التسليم في موعده"),
    }


def test_a_feeling_expressed_is_not_a_statement() -> None:
    doc = run("وأعرب سمير العتيبي عن استغرابه من تصريحات سوق الخليج الأخيرة. "
              "وعبرت هند الكعبي عن ارتياحها للنتائج.")
    assert pairs(doc, "stated") == set()


def test_what_is_expressed_besides_a_feeling_stays_a_statement() -> None:
    doc = run("وكشف سمير العتيبي عن خطة لتوسيع الميناء.")
    assert pairs(doc, "stated") == {("سمير العتيبي", "خطة لتوسيع الميناء")}


def test_a_stance_inside_a_yes_no_question_is_not_asserted() -> None:
    doc = run("وتساءل الكاتب: هل يزيد الاتفاق دعم سوق الخليج لحلفائها في المنطقة؟ "
              "وهل تساهم الأموال، بحسب الدراسة، في تصعيد دعم فالكون للشركات الناشئة أم لا.")
    assert not {kind for kind, _, _ in stances(doc)} & {"supports"}


def test_a_stance_after_an_earlier_question_is_asserted() -> None:
    doc = run("هل انتهت الأزمة؟ وأيدت هند الكعبي قرار سوق الخليج.")
    assert ("supports", "هند الكعبي", "سوق الخليج") in stances(doc) or \
        any(kind == "supports" and s == "هند الكعبي" for kind, s, _ in stances(doc))


def test_an_announced_verbal_noun_is_the_statement() -> None:
    doc = run("وأعلنت وزارة الصحة أمس خلو المدينة من الوباء. "
              "وأكد سمير العتيبي دعم الحكومة للمزارعين.")
    assert pairs(doc, "stated") == {
        ("وزارة الصحة", "خلو المدينة من الوباء"),
        ("سمير العتيبي", "دعم الحكومة للمزارعين"),
    }


def test_an_affirmed_noun_continues_the_last_speaker() -> None:
    doc = run("أكد سمير العتيبي أن العمل مستمر. وأكد سعي الشركة إلى التوسع.")
    assert ("سمير العتيبي", "سعي الشركة إلى التوسع") in pairs(doc, "stated")


def test_an_announcement_about_something_after_an() -> None:
    doc = run("وأعلنت وزارة الصحة عن حملة التطعيم الجديدة.")
    assert pairs(doc, "stated") == {("وزارة الصحة", "حملة التطعيم الجديدة")}


def test_no_noun_content_without_a_genitive_or_after_a_preposition() -> None:
    doc = run("وأكد سمير العتيبي للصحفيين الموعد. وأعلنت وزارة الصحة نتائج. "
              "ولم يعلن سمير العتيبي موعد الافتتاح.")
    assert pairs(doc, "stated") == set()


def test_an_abbreviated_title_before_a_surname_named_before() -> None:
    doc = run("وزار الدكتور سمير العتيبي المعرض. وأكد د. العتيبي أن المعرض ناجح.")
    assert pairs(doc, "stated") == {("سمير العتيبي", "المعرض ناجح")}


def test_a_description_by_occupation_is_the_speaker_just_heard() -> None:
    doc = run("توقع الدكتور سمير العتيبي أن ترتفع الأسعار. "
              "ورأى الخبير الاقتصادي، أن الطلب سيبقى قويا. "
              "وقال الباحث والمحلل، إن الدراسة تؤكد ذلك.")
    assert pairs(doc, "stated") == {
        ("سمير العتيبي", "ترتفع الأسعار"),
        ("سمير العتيبي", "الطلب سيبقى قويا"),
        ("سمير العتيبي", "الدراسة تؤكد ذلك"),
    }


def test_a_description_long_after_the_last_speaker_names_no_one() -> None:
    doc = run("توقع سمير العتيبي أن ترتفع الأسعار. وارتفع النفط. وتراجع الذهب. "
              "وهبطت الأسهم. وقال الخبير الاقتصادي إن السوق متقلبة.")
    assert pairs(doc, "stated") == {("سمير العتيبي", "ترتفع الأسعار")}


def test_a_description_after_a_body_spoke_names_no_one() -> None:
    doc = run("وقالت وزارة الصحة إن الحالات تراجعت. وقال الخبير إن الخطر باق.")
    assert pairs(doc, "stated") == {("وزارة الصحة", "الحالات تراجعت")}


def test_an_unrecognised_ministry_named_by_its_kind_and_definite_words_speaks() -> None:
    doc = run("قالت وزارة النقل البحرية أمس إن الميناء سيغلق يومين.")
    assert pairs(doc, "stated") == {("وزارة النقل البحرية", "الميناء سيغلق يومين")}


def test_an_unrecognised_observatory_with_a_lam_phrase_speaks() -> None:
    doc = run("ذكر المرصد الوطني للزلازل أن الهزة بلغت خمس درجات.")
    assert pairs(doc, "stated") == {("المرصد الوطني للزلازل", "الهزة بلغت خمس درجات")}


def test_a_bare_definite_kind_with_an_adjective_is_no_new_name() -> None:
    doc = run("وقالت الوزارة الجديدة إن الميناء سيغلق يومين.")
    assert pairs(doc, "stated") == set()


def test_a_kind_noun_with_an_indefinite_genitive_is_no_name() -> None:
    doc = run("وقالت وزارة نقل إن الميناء سيغلق يومين.")
    assert pairs(doc, "stated") == set()


def test_a_topicalised_speaker_after_amma_with_a_comma() -> None:
    doc = run("أما وزارة الصحة، فأعلنت أن الحالات تراجعت. أما سمير العتيبي فقد أكد أن العمل مستمر.")
    assert pairs(doc, "stated") == {
        ("وزارة الصحة", "الحالات تراجعت"), ("سمير العتيبي", "العمل مستمر"),
    }


def test_an_honorific_pronoun_stands_for_the_person_introduced_with_that_style() -> None:
    doc = run("قدم معالي وزير النقل الأستاذ سمير العتيبي التهنئة للفائزين. "
              "وأوضح معاليه أن الجوائز ستوزع غدا.")
    assert pairs(doc, "stated") == {("سمير العتيبي", "الجوائز ستوزع غدا")}


def test_an_honorific_pronoun_with_no_styled_person_names_no_one() -> None:
    doc = run("زار سمير العتيبي المعرض. وانتهت الزيارة مساء. وأوضح معاليه أن الجوائز ستوزع غدا.")
    assert pairs(doc, "stated") == set()


def test_a_participle_after_a_surname_subject_shares_it() -> None:
    doc = run("زار سمير العتيبي المعرض. وأشاد العتيبي بالمنظمين، قائلا إن العمل كان متقنا.")
    assert pairs(doc, "stated") == {("سمير العتيبي", "العمل كان متقنا")}


def test_a_person_introduced_by_yuda_after_an_indefinite_noun_speaks() -> None:
    doc = run("وقال مريض آخر عمره ثلاثون عاما يدعى سمير العتيبي إن الألم زال.")
    assert pairs(doc, "stated") == {("سمير العتيبي", "الألم زال")}


def test_yuda_without_a_name_after_it_names_no_one() -> None:
    doc = run("وقال مريض آخر يدعى للعلاج إن الألم زال.")
    assert pairs(doc, "stated") == set()


def test_a_given_name_spelt_like_ala_after_an_honorific_is_the_speaker() -> None:
    doc = run("وأكد الشيخ علي المطيري أن المسجد سيفتح بعد الترميم.")
    assert pairs(doc, "stated") == {("علي المطيري", "المسجد سيفتح بعد الترميم")}


def test_ala_after_the_verb_still_opens_what_is_stressed() -> None:
    doc = run("وأكد سمير العتيبي على أن المسجد سيفتح بعد الترميم.")
    assert pairs(doc, "stated") == {("سمير العتيبي", "المسجد سيفتح بعد الترميم")}

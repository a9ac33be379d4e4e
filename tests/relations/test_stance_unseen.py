"""Stance arguments on phrasings read on unseen news (issue 12): sentences written for
the tests, each with the facts that must be found and those that must not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import facts, stances
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
RUSSIA = E("Country", "روسيا", ("روسيا", "موسكو"), "Q159")
SALEM = E("Person", "كريم سالم", ("كريم سالم",))
OMAR = E("Person", "عمر الراشد", ("عمر الراشد",))
NADI = E("Person", "ماجد النادي", ("ماجد النادي",))
AMANA = E("Person", "أمانة جدة", ("أمانة جدة",))  # a name the NER mislabels as a person
SABIC = E("Organization", "سابك", ("سابك",))
JAZAN = E("Region", "جازان", ("جازان",))
ENTITIES = [EGYPT, RUSSIA, SALEM, OMAR, NADI, AMANA, SABIC, JAZAN]

def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def test_a_name_inside_the_objects_relative_clause_is_not_the_object() -> None:
    doc = run("رفضت موسكو جملة وتفصيلا الخطوات التي أقدم عليها كريم سالم، وقرر البرلمان الرد.")
    assert ("rejects", "روسيا", "كريم سالم") not in stances(doc)


def test_the_object_does_not_run_past_a_word_of_saying() -> None:
    doc = run("ورفض عمر الراشد تقديم أي توضيح قائلا إن كريم سالم يعرف السبب.")
    assert not {o for _, s, o in stances(doc) if s == "عمر الراشد"} & {"كريم سالم"}


def test_a_coordinated_verbal_noun_after_a_name_has_no_preverbal_subject() -> None:
    doc = run("ويأتي البرنامج بمبادرة من شركة سابك ودعم القطاع الخاص.")
    assert not {s for _, s, _ in stances(doc)} & {"سابك"}


def test_a_name_governed_through_its_head_noun_is_not_the_subject() -> None:
    doc = run("وانطلق المشروع في شركة سابك يدعم الأسر المنتجة.")
    assert not {s for _, s, _ in stances(doc)} & {"سابك"}


def test_the_subjects_own_name_after_his_title_is_not_the_object() -> None:
    doc = run("وقال مدير الإدارة ماجد النادي إن العمل مستمر. ودعا العقيد النادي ، "
              "المواطنين الراغبين بالسفر إلى الحرص على وثائقهم.")
    assert ("urges", "ماجد النادي", "النادي") not in stances(doc)
    assert not {o for _, _, o in stances(doc)} & {"النادي", "ماجد النادي"}


def test_the_genitive_of_a_construct_title_is_not_the_object() -> None:
    doc = run("وصرح أمير جازان عمر الراشد بأن الاحتفال ناجح. ودعا أمير جازان "
              "خلال الحفل أن يحفظ الله البلاد.")
    assert not {o for _, _, o in stances(doc)} & {"جازان"}


def test_past_the_genitive_of_a_title_that_stands_for_its_holder_in_a_later_sentence() -> None:
    """The title's genitive is skipped by the word's place in its own sentence, not in the
    document: the object after it is found in any sentence."""
    doc = run("وصرح أمير جازان عمر الراشد بأن الاحتفال ناجح. ودعا أمير جازان المواطنين "
              "إلى المشاركة في الاستطلاع.")
    assert ("urges", "عمر الراشد", "المواطنين") in stances(doc)


def test_the_genitive_of_a_construct_title_is_not_its_holder() -> None:
    doc = run("ودعا وكيل أمانة جدة سكان المدينة إلى المشاركة في الاستطلاع.")
    assert not {s for _, s, _ in stances(doc)} & {"أمانة جدة"}


def test_a_named_object_right_after_the_subject_is_still_found() -> None:
    doc = run("ورفضت مصر الخطوات الروسية، وانتقد كريم سالم روسيا التي تدعم الانفصاليين.")
    assert ("criticizes", "كريم سالم", "روسيا") in stances(doc)


@pytest.mark.parametrize(("text", "fact"), [
    ("وكان المتظاهرون قد نددوا بسياسات روسيا.", None),  # unnamed protesters hold no stance
    ("وشجبت مصر الهجمات على روسيا.", ("condemns", "مصر", "الهجمات")),
    ("واستهجنت مصر موقف روسيا.", ("condemns", "مصر", "روسيا")),
    ("ونوه كريم سالم بمواقف مصر.", ("praises", "كريم سالم", "مصر")),
    ("ويثني كريم سالم على مصر دائما.", ("praises", "كريم سالم", "مصر")),
    ("وتعاونت مصر مع روسيا في التحقيق.", ("coordinatesWith", "مصر", "روسيا")),
    ("وقال كريم سالم إن وزراء حذروا روسيا من العواقب.", None),
    ("وطالبوا مصر بالإفراج عن المعتقلين.", None),  # no named subject: nothing
])
def test_more_forms_of_the_stance_verbs(text: str, fact: tuple[str, str, str] | None) -> None:
    found = stances(run(text))
    if fact is None:
        assert found == set(), found
    else:
        assert fact in found, found


def test_warned_from_an_outlet_is_not_warned() -> None:
    doc = run("وحذر كريم سالم من صحيفة الأهرام المواطنين من الشائعات.")
    assert not {o for k, _, o in stances(doc) if k == "warns"} & {"صحيفة الأهرام", "مصر"}


def test_a_name_after_a_complementizer_is_not_the_preverbal_subject() -> None:
    doc = run("وقال الصحافي كريم سالم إن طالب الطب عمر الراشد كان مسؤولا.")
    assert not {s for k, s, _ in stances(doc) if k == "urges"} & {"كريم سالم"}


def test_a_verb_form_with_the_article_is_a_noun() -> None:
    doc = run("ونشرت صحف نعيا للطالب كريم سالم وكنيته عمر الراشد.")
    assert stances(doc) == set()


def test_a_name_after_a_preposition_is_not_the_subject() -> None:
    doc = run("ورحب أمير مصر بالأمير كريم سالم في بلده روسيا.")
    assert not {s for _, s, _ in stances(doc)} & {"كريم سالم"}


def test_the_side_after_against_is_not_supported() -> None:
    doc = run("وتحقق الانتصارات بمساندة مصر ضد روسيا في المعارك.")
    assert ("supports", "مصر", "روسيا") not in stances(doc)


def test_a_place_after_in_is_not_praised() -> None:
    doc = run("وأشاد كريم سالم بافتتاح المشروعات الجديدة في جازان.")
    assert ("praises", "كريم سالم", "جازان") not in stances(doc)


def test_a_time_adverb_is_not_part_of_the_addressee() -> None:
    doc = run("وقد دعت مصر الثلاثاء الماضي رعاياها الموجودين في روسيا إلى الحذر.")
    assert ("urges", "مصر", "رعاياها الموجودين") in stances(doc) or \
        not {o for _, _, o in stances(doc)} & {"الثلاثاء الماضي رعاياها"}


def test_a_coordinated_co_subject_is_not_the_object() -> None:
    doc = run("وتتهم مصر ومعها الغرب روسيا بتأجيج التمرد.")
    assert not {o for _, _, o in stances(doc)} & {"ومعها الغرب", "معها الغرب"}


# --- round 4: phrasings read on articles of the day outside every split -------------

EU = E("InternationalOrganization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",))
OPEC = E("InternationalOrganization", "أوبك", ("أوبك",))
GALLUP = E("Organization", "غالوب", ("غالوب",))
BASHIR = E("Person", "بشير سالم", ("بشير سالم",))  # a name that opens with «ب»


def run4(text: str) -> Document:
    return extract_relations(build_doc(text, [*ENTITIES, EU, OPEC, GALLUP, BASHIR]))


def test_standing_in_front_of_a_thing_is_no_support() -> None:
    assert stances(run4("وأكد كريم سالم أهمية الوقوف أمام الكاميرا بثقة.")) == set()
    assert ("supports", "مصر", "روسيا") in stances(run4("وشدد الوزير على وقوف مصر مع روسيا."))


def test_noted_that_with_a_bare_an_is_no_praise() -> None:
    doc = run4("ونوّه الدكتور كريم سالم أن المصنع يستقبل زواره كل عام. "
               "ونوّه الوزير بشير سالم أن العمل مستمر.")
    assert not {k for k, _, _ in stances(doc)} & {"praises"}


def test_an_honorific_and_an_unknown_name_is_a_subject_kg_does_not_know() -> None:
    doc = run4("وقال كريم سالم إن العمل مستمر. وطالب الدكتور الهاشمي بوجوب الاهتمام بالشباب.")
    assert stances(doc) == set()  # neither Karim (the previous actor) nor «الهاشمي» as addressee


def test_a_known_surname_after_an_honorific_is_the_subject() -> None:
    doc = run4("وقال عمر الراشد إن العمل مستمر. وانتقد الدكتور الراشد روسيا بشدة.")
    assert ("criticizes", "عمر الراشد", "روسيا") in stances(doc)


def test_a_name_governed_through_a_glued_preposition_is_not_the_subject() -> None:
    doc = run4("وأبدى 52 في المائة من المشاركين في استطلاع لمؤسسة غالوب اعتراضهم على نشر قوات.")
    assert not {s for _, s, _ in stances(doc)} & {"غالوب"}


def test_the_adjective_of_the_subjects_title_is_not_the_object() -> None:
    doc = run4("وقال المنسق الدولي كريم سالم إن الوضع خطير. كذلك حذر المنسق الدولي من أن "
               "التوسع يشكل عبئا.")
    assert not {o for _, _, o in stances(doc)} & {"الدولي"}


def test_a_resumptive_pronoun_stands_between_verb_and_subject() -> None:
    doc = run4("وجاء ذلك مع بيان دعت فيه أوبك المنتجين خارجها إلى تحمل العبء.")
    assert ("urges", "أوبك", "المنتجين") in stances(doc)


def test_a_described_group_before_a_stance_adjective_holds_it() -> None:
    doc = run4("ويتبادل الانفصاليون الموالون لروسيا والسلطات المسؤولية. واتهمت مصر "
               "المسلحين الموالين لروسيا.")
    found = stances(doc)
    assert ("supports", "الانفصاليون", "روسيا") in found
    assert ("supports", "المسلحون", "روسيا") in found  # one group in either case


def test_a_name_coordinated_with_a_surname_subject_shares_the_stance() -> None:
    doc = run4("وقال عمر الراشد إن العمل مستمر. ودعم الراشد والاتحاد الأوروبي بقوة كريم سالم "
               "في الانتخابات.")
    found = stances(doc)
    assert {("supports", "عمر الراشد", "كريم سالم"),
            ("supports", "الاتحاد الأوروبي", "كريم سالم")} <= found
    assert not {o for _, _, o in found} & {"قوة الأمير", "بقوة"}


def test_the_body_a_spokesman_speaks_for_is_not_the_object() -> None:
    doc = run4("وأضاف كريم سالم: «إن الحصار مستمر». وحذر الناطق باسم مصر من السياسة التي "
               "يتبعها الاحتلال.")
    assert not {o for _, _, o in stances(doc)} & {"مصر"}


def test_an_emotion_word_that_closes_a_title_in_quotes_is_no_stance() -> None:
    assert stances(run4("مذكرات كريم سالم: طفولتي بين «يوم سعيد» وضحكات مصر")) == set()
    assert ("supports", "كريم سالم", "مصر") in stances(
        run4("وقال كريم سالم: «نحن سعداء بموقف مصر»."))


@pytest.mark.parametrize("text", [
    "وتدعو المستشارة الألمانية مصر للتوصل لتسوية بشأن النزاع.",  # the demand
    "وكان الداعية كريم سالم قد دعا للشباب المعتقلين أثناء الصلاة.",  # a prayer for them
])
def test_a_phrase_with_a_glued_lam_after_a_verb_of_appeal_is_no_addressee(text: str) -> None:
    assert not {o for k, _, o in stances(run4(text)) if k == "urges"} & {
        "التوصل", "الشباب المعتقلين"}


def test_a_name_deep_in_an_action_nouns_phrase_is_not_the_object() -> None:
    found = stances(run4("وما دامت مصر ترفض نشر مراقبين لرصد تحركات مقاتلي روسيا فلن تعرف."))
    assert ("rejects", "مصر", "روسيا") not in found
    assert ("criticizes", "كريم سالم", "روسيا") in stances(
        run4("وانتقد كريم سالم سياسات روسيا في المنطقة."))
    assert ("criticizes", "كريم سالم", "عمر الراشد") in stances(
        run4("وانتقد كريم سالم تصرفات وتغريدات الفنان عمر الراشد."))


@pytest.mark.parametrize("text", [
    "وتدين مصر بالفضل لحارس مرماها في الفوز.",  # owes
    "ويدين غالبية سكان روسيا بالمسيحية.",  # professes
])
def test_dana_with_bi_is_no_condemnation(text: str) -> None:
    assert not {k for k, _, _ in stances(run4(text))} & {"condemns"}


def test_a_coordinated_adam_negates_the_stance_noun() -> None:
    found = facts(run4("ويرى أن الحرب وعدم مساندة مصر لروسيا سبب الهزيمة."), "supports")
    assert ("مصر", "روسيا", "negative", "asserted") in found


def test_an_invitation_to_a_debate_far_after_the_verb_is_no_appeal() -> None:
    doc = run4("ستدعو قناة الأهرام المرشحين العشرة الأكثر تقدما في استطلاعات الرأي إلى "
               "مناظرة تلفزيونية.")
    assert not {k for k, _, _ in stances(doc)} & {"urges"}


def test_the_addressee_of_an_appeal_comes_past_the_subjects_appositions() -> None:
    doc = run4("من جانبها، دعت كريم سالم رئيسة اتحاد المصارف المصرية والبنك الوطني، أحد "
               "التجمعات المصرفية الأربعة في هذا البلد، الاثنين جميع العملاء إلى الهدوء.")
    assert ("urges", "كريم سالم", "جميع العملاء") in stances(doc)
    doc = run4("ودعا كريم سالم رئيس اتحاد المصارف، في كلمته أمس، روسيا إلى الحوار.")
    assert ("urges", "كريم سالم", "روسيا") in stances(doc)
    doc = run4("ودعا كريم سالم رئيس اتحاد المصارف، خلال كلمته، إلى الهدوء.")
    assert stances(doc) == set()  # no addressee between the last comma and «إلى»


@pytest.mark.parametrize(("text", "fact"), [
    ("وقال كريم سالم منتقدا القرار: «لن نقبل بذلك».", ("criticizes", "كريم سالم", "القرار")),
    ("وقال كريم سالم إن الحوار مستمر، رافضا تدخل روسيا في الأزمة.",
     ("rejects", "كريم سالم", "روسيا")),
    ("وقال كريم سالم إن الحوار مستمر، متهما روسيا بعرقلة الحل.",
     ("criticizes", "كريم سالم", "روسيا")),
])
def test_circumstantial_participles_of_criticism_and_rejection(
        text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run4(text))


def test_a_light_verb_continuing_the_sentence_keeps_its_subject() -> None:
    doc = run4("ودعا كريم سالم المنظمات الحقوقية إلى زيارة جازان، كما وجه دعوة لكل الصحافيين "
               "والإعلاميين بالتوجه إليها.")
    found = stances(doc)
    assert ("urges", "كريم سالم", "كل الصحافيين والإعلاميين") in found


def test_a_quantified_addressee_joins_only_nouns_of_one_group() -> None:
    assert ("urges", "كريم سالم", "كل مواطن ومقيم") in stances(
        run4("ودعا كريم سالم كل مواطن ومقيم إلى الحذر."))
    found = {o for k, _, o in stances(run4("ودعا كريم سالم جميع الأطراف والعمل على التهدئة."))
             if k == "urges"}
    assert found == {"جميع الأطراف"}


def test_a_quantity_subject_after_the_object_is_not_the_previous_actor() -> None:
    doc = run4("ورحبت مصر بالاتفاق النووي. كما رحب بالاتفاق عدد من دول الجوار وسفراء دول غربية.")
    triggers = {doc.text[e.trigger_start:e.trigger_end]
                for r in doc.relations if r.kind == "welcomes" for e in r.evidence
                if e.trigger_start is not None}
    assert triggers == {"ورحبت"}


def test_thanks_and_appreciation_reach_the_person_after_both_nouns() -> None:
    doc = run4("وقدم السفير كريم سالم شكره وتقديره للدكتور عمر الراشد على جهوده في الملحقية.")
    assert ("praises", "كريم سالم", "عمر الراشد") in stances(doc)


def test_an_actor_named_only_later_in_the_sentence_is_not_the_participles_subject() -> None:
    doc = run4("وأصر الرئيس السابق على موقفه رافضا الاعتراف بالمحكمة، وردد خلالها كريم سالم "
               "هتافات مناوئة: «عاش الرئيس».")
    assert not {s for k, s, _ in stances(doc) if k == "rejects"} & {"كريم سالم"}


def test_a_possessed_role_before_a_stance_adjective_is_its_possessors_stance() -> None:
    doc = run4("وأظهرت الدراسة أن مصر لا تبدو في وارد حساباتها التراجع عن دورها الداعم لروسيا.")
    assert ("supports", "مصر", "روسيا") in stances(doc)
    doc = run4("وأكد كريم سالم في حديثه عن مصر موقفه المؤيد لروسيا.")
    assert ("supports", "كريم سالم", "روسيا") in stances(doc)  # not «مصر» after «عن»
    doc = run4("وقال كريم سالم إن مصر انتقدت دوره الداعم لروسيا.")
    assert ("supports", "مصر", "روسيا") not in stances(doc)  # «دوره»: a man's, not Egypt's


def test_an_actor_phrase_in_quotes_after_an_is_the_fronted_subject() -> None:
    doc = extract_relations(build_doc(
        "ويقول كريم سالم إن قيادة «جيش الإسلام» دعت مصر «للمرابضة في الجبهات».",
        [*ENTITIES, E("Miscellaneous", "الإسلام", ("الإسلام",))]))
    assert ("urges", "جيش الإسلام", "مصر") in stances(doc)


def test_lakinnahu_before_the_verb_is_the_subject_that_opens_the_sentence() -> None:
    doc = run4("وفشل كريم سالم في الحصول على موافقة البرلمان عام 2013، لكنه طلب من أعضاء "
               "البرلمان دراسة الأمر.")
    assert ("urges", "كريم سالم", "أعضاء البرلمان") in stances(doc)
    assert ("urges", "مصر", "روسيا") in stances(
        run4("وفشلت مصر في الحصول على الدعم، لكنها طلبت من روسيا المساعدة."))
    # «لكنه» is a man: not Egypt
    assert stances(run4("وفشلت مصر في الحصول على الدعم، لكنه طلب من روسيا المساعدة.")) == set()

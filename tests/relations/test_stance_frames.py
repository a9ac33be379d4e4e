"""Stance frames read beyond the first dev fixes (subjects named by a kind noun, by a
nisba or as «المملكة»; praise of a deed; «طلب من»; appositive objects; unnamed
genitive agents): sentences written for the tests, with the facts that must be found
and those that must not."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
BAHRAIN = E("Country", "البحرين", ("البحرين",), "Q398")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
YEMEN = E("Country", "اليمن", ("اليمن", "اليمنية", "اليمني"), "Q805")
MAJED = E("Person", "ماجد النادي", ("ماجد النادي",))
SAMI = E("Person", "سامي الحربي", ("سامي الحربي",))
NOURA = E("Person", "نورة العتيبي", ("نورة العتيبي",))
ZAIN = E("Organization", "زين", ("زين",))
NASR = E("Organization", "نادي النصر", ("نادي النصر",))
UNSC = E("InternationalOrganization", "مجلس الأمن", ("مجلس الأمن",))
ENTITIES = [EGYPT, YEMEN, MAJED, SAMI, NOURA, ZAIN, NASR, UNSC]


def run(text: str, entities: list[E] | None = None) -> Document:
    return extract_relations(build_doc(text, ENTITIES if entities is None else entities))


# --- praise of a deed: congratulation, pride, «مادحا» -------------------------------------


def test_a_congratulation_praises_the_actor_of_the_deed() -> None:
    doc = run("وهنأ ماجد النادي بالإنجازات التي حققها نادي النصر هذا الموسم.")
    assert ("praises", "ماجد النادي", "نادي النصر") in stances(doc)


def test_a_congratulation_without_a_deed_is_protocol() -> None:
    doc = run("وهنأ ماجد النادي سامي الحربي بمناسبة تعيينه مديرا للفرع.")
    assert not {k for k, _, _ in stances(doc)} & {"praises"}


def test_here_spelled_without_hamza_is_no_congratulation() -> None:
    doc = run("ومن هنا بالجهود التي بذلها نادي النصر بدأ الموسم.")
    assert stances(doc) == set()


def test_pride_in_what_an_actor_achieves_is_praise() -> None:
    doc = run("وأعرب ماجد النادي عن فخره واعتزازه بما يحققه نادي النصر من نتائج.")
    assert ("praises", "ماجد النادي", "نادي النصر") in stances(doc)


def test_a_participle_after_a_verb_of_saying_shares_its_subject() -> None:
    doc = run("وقال ماجد النادي في لقاء تلفزيوني مادحا الدور الذي تقوم به شركة زين في دعم "
              "الشباب.")
    assert ("praises", "ماجد النادي", "زين") in stances(doc)


def test_a_participle_after_an_unnamed_speaker_is_not_the_previous_actors() -> None:
    doc = run("انتقد ماجد النادي القرار. وقال مسؤول في الوزارة مادحا الدور الذي تقوم به "
              "شركة زين.")
    assert ("praises", "ماجد النادي", "زين") not in stances(doc)


# --- subjects: a kind noun, a government by nisba, «المملكة» ------------------------------


def test_the_actor_named_after_a_kind_noun_is_the_subject() -> None:
    doc = run("وأطلقت شركة زين تحذيرا للمشتركين من رسائل الاحتيال.")
    assert ("warns", "زين", "المشتركين") in stances(doc)


def test_a_weekday_in_brackets_stays_in_the_clause() -> None:
    doc = run("وأطلقت شركة زين أمس (الأحد) تحذيرا للمشتركين من رسائل الاحتيال.")
    assert ("warns", "زين", "المشتركين") in stances(doc)


def test_a_government_by_its_nisba_speaks_for_the_country() -> None:
    doc = run("ودعت الحكومة اليمنية مجلس الأمن إلى التحرك العاجل.")
    assert ("urges", "اليمن", "مجلس الأمن") in stances(doc)


def test_the_kingdom_is_saudi_arabia_when_no_other_kingdom_is_named() -> None:
    doc = run("وأكدت المملكة رفضها القاطع للتدخل في شؤون مصر. وطالبت المملكة مجلس الأمن "
              "بالتحرك.")
    assert ("urges", "السعودية", "مجلس الأمن") in stances(doc)


def test_the_kingdom_is_nobody_when_another_kingdom_is_named() -> None:
    doc = run("وزار وفد من البحرين القاهرة. وطالبت المملكة مجلس الأمن بالتحرك.",
              [*ENTITIES, BAHRAIN])
    assert not {s for _, s, _ in stances(doc)} & {"السعودية", "البحرين"}


def test_the_united_kingdom_is_not_the_kingdom() -> None:
    doc = run("وطالبت المملكة المتحدة مجلس الأمن بالتحرك.", [*ENTITIES, SAUDI])
    assert not {s for _, s, _ in stances(doc)} & {"السعودية"}


# --- the agent of a verbal noun is its own genitive ------------------------------------


def test_an_unnamed_genitive_agent_is_not_replaced_by_the_light_verbs_subject() -> None:
    doc = run("وجدد ماجد النادي دعم الحكومة الكامل للشعب اليمني.")
    assert not {s for _, s, _ in stances(doc)} & {"ماجد النادي"}
    assert not {o for _, _, o in stances(doc)} & {"الحكومة", "الحكومة الكامل"}


def test_his_countrys_support_is_not_his_own() -> None:
    doc = run("وأكد ماجد النادي وقوف بلاده مع مصر في مواجهة الإرهاب.")
    assert ("supports", "ماجد النادي", "مصر") not in stances(doc)


def test_the_kingdoms_support_as_a_genitive() -> None:
    doc = run("وأكد ماجد النادي وقوف المملكة مع مصر.", [*ENTITIES, SAUDI])
    assert ("supports", "السعودية", "مصر") in stances(doc)


def test_solidarity_with_is_support() -> None:
    doc = run("وأعلنت مصر تضامنها مع اليمن في مواجهة الإرهاب.")
    assert ("supports", "مصر", "اليمن") in stances(doc)


# --- objects ----------------------------------------------------------------------


def test_asking_someone_is_urging_them() -> None:
    doc = run("وطلب ماجد النادي من أعضاء المجلس دراسة المقترح.")
    assert ("urges", "ماجد النادي", "أعضاء المجلس") in stances(doc)


def test_a_request_from_someone_is_not_an_appeal() -> None:
    doc = run("وجاء القرار بناء على طلب من مجلس الأمن.")
    assert stances(doc) == set()


def test_a_passive_request_has_no_subject() -> None:
    doc = run("وانتقد ماجد النادي القرار. وطلب من المواطنين التعاون.")
    assert not {(k, o) for k, _, o in stances(doc)} & {("urges", "المواطنين")}


def test_the_thing_a_demonstrative_points_to_is_the_object() -> None:
    doc = run("ورفض ماجد النادي هذه الاتهامات جملة وتفصيلا.")
    assert ("rejects", "ماجد النادي", "الاتهامات") in stances(doc)


def test_a_described_partner_after_with() -> None:
    doc = run("وقالت شركة زين إنها تعاونت مع الجهات الأمنية في القضية.")
    assert ("coordinatesWith", "زين", "الجهات الأمنية") in stances(doc)


def test_a_title_object_is_named_after_its_closing_comma() -> None:
    doc = run("ووجه ماجد النادي انتقادات لاذعة إلى رئيس لجنة الانضباط، الدكتور سامي الحربي، "
              "بسبب القرار.")
    assert ("criticizes", "ماجد النادي", "سامي الحربي") in stances(doc)


def test_a_name_after_the_comma_of_another_clause_is_not_the_object() -> None:
    doc = run("ووجه ماجد النادي انتقادات إلى رئيس لجنة الانضباط. وقال سامي الحربي إن القرار "
              "نهائي.")
    assert ("criticizes", "ماجد النادي", "سامي الحربي") not in stances(doc)


# --- frames with a fixed preposition -------------------------------------------------


def test_standing_beside_is_support() -> None:
    doc = run("وأكد ماجد النادي أن مصر تقف إلى جانب الشعب اليمني في محنته.")
    assert ("supports", "مصر", "اليمن") in stances(doc)


def test_standing_behind_an_attack_is_no_support() -> None:
    doc = run("وتقف مصر وراء الهجوم على اليمن بحسب المصادر.")
    assert not {k for k, _, _ in stances(doc)} & {"supports"}


def test_a_ceasefire_is_no_stand() -> None:
    doc = run("ودعا ماجد النادي إلى وقف إطلاق النار إلى جانب فتح الممرات الإنسانية.")
    assert not {k for k, _, _ in stances(doc)} & {"supports"}


def test_objecting_to_something_is_opposing_it() -> None:
    # the decision is the object as a whole, as for «رفضت مصر قرار مجلس الأمن»
    doc = run("واعترضت مصر على قرار مجلس الأمن الأخير.")
    assert ("opposes", "مصر", "قرار مجلس الأمن") in stances(doc)


def test_intercepting_a_missile_is_no_objection() -> None:
    doc = run("واعترضت الدفاعات الجوية صاروخا أطلق على اليمن.")
    assert stances(doc) == set()


def test_a_request_noun_does_not_cut_the_object() -> None:
    doc = run("ورفضت مصر طلب اليمن إرسال قوات إلى الحدود.")
    assert ("rejects", "مصر", "طلب اليمن") in stances(doc)


def test_a_ceasefire_noun_does_not_cut_the_object() -> None:
    doc = run("ولوح ماجد النادي، الناطق باسم الفريق، بوقف التعامل مع مجلس الأمن مستقبلا.")
    assert ("threatens", "ماجد النادي", "مجلس الأمن") in stances(doc)


def test_a_people_and_its_nisba_stand_for_the_country() -> None:
    doc = run("وجدد ماجد النادي دعم مصر للشعب اليمني.")
    assert ("supports", "مصر", "اليمن") in stances(doc)
    assert ("supports", "مصر", "الشعب") not in stances(doc)


def test_a_quantified_addressee_is_urged() -> None:
    doc = run("ودعا ماجد النادي جميع المواطنين إلى الحذر من الشائعات.")
    assert ("urges", "ماجد النادي", "جميع المواطنين") in stances(doc)


def test_every_citizen_is_urged_by_the_previous_actor() -> None:
    doc = run("وانتقد ماجد النادي القرار. داعيا كل مواطن ومقيم إلى التعاون مع الجهات الأمنية.")
    assert ("urges", "ماجد النادي", "كل مواطن ومقيم") in stances(doc)  # one group


def test_a_quantifier_before_a_relative_is_no_addressee() -> None:
    doc = run("ودعا ماجد النادي كل من يرغب في المشاركة إلى التسجيل.")
    assert not {k for k, _, _ in stances(doc)} & {"urges"}


def test_the_addressee_comes_after_the_subjects_own_occasion() -> None:
    doc = run("ودعا ماجد النادي خلال كلمته في الحفل المواطنين إلى الحذر.")
    assert not {o for _, _, o in stances(doc)} & {"الحفل المواطنين", "في الحفل"}
    doc = run("ودعا ماجد النادي خلال لقائه بالصحفيين المواطنين إلى الحذر من الشائعات.")
    assert ("urges", "ماجد النادي", "المواطنين") in stances(doc)


def test_an_occasion_that_goes_on_gives_no_addressee() -> None:
    doc = run("ودعا ماجد النادي في كلمته أمام المؤتمر الدول الأعضاء إلى التعاون.")
    assert not {o for _, _, o in stances(doc)} & {"أمام المؤتمر الدول", "أمام المؤتمر"}


# --- allegiance -------------------------------------------------------------------

HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيون", "الحوثيين"))
IRAN = E("Country", "إيران", ("إيران",), "Q794")
SALEH = E("Person", "علي عبد الله صالح", ("علي عبد الله صالح",))


def test_the_agent_of_backed_by_supports_the_head() -> None:
    doc = run("وأكد الحوثيون المدعومون من إيران أنهم سيواصلون القتال.",
              [*ENTITIES, HOUTHIS, IRAN])
    assert ("supports", "إيران", "الحوثيون") in stances(doc)
    assert ("supports", "الحوثيون", "إيران") not in stances(doc)


def test_a_backed_thing_without_a_named_head_has_no_stance() -> None:
    doc = run("وهذا المشروع المدعوم من إيران ناجح.", [*ENTITIES, IRAN])
    assert stances(doc) == set()


def test_the_named_holder_of_a_title_is_the_one_supported() -> None:
    doc = run("وقاتل الحوثيون الموالون للرئيس اليمني السابق علي عبد الله صالح في المدينة.",
              [*ENTITIES, HOUTHIS, SALEH])
    assert ("supports", "الحوثيون", "علي عبد الله صالح") in stances(doc)
    assert not {o for _, _, o in stances(doc)} & {"الرئيس"}


def test_a_definite_title_with_a_name_after_the_subject_is_the_object() -> None:
    doc = run("وانتقد ماجد النادي المدرب الوطني سامي الحربي بعد المباراة.")
    assert ("criticizes", "ماجد النادي", "سامي الحربي") in stances(doc)


def test_the_subjects_own_construct_title_is_not_the_object() -> None:
    # the title is the subject's («رئيسة»); the person named right after it is urged
    doc = run("ودعت نورة العتيبي رئيسة جمعية الأطباء سامي الحربي إلى الحوار.")
    assert {o for _, s, o in stances(doc) if s == "نورة العتيبي"} == {"سامي الحربي"}


def test_a_welcomed_decision_is_the_object() -> None:
    doc = run("ورحبت مصر بالقرار الأخير لمجلس الوزراء اليمني.")
    assert ("welcomes", "مصر", "القرار الأخير") in stances(doc)


def test_welcoming_guests_is_protocol() -> None:
    doc = run("ورحب ماجد النادي بالضيوف في الحفل.")
    assert stances(doc) == set()


# --- «دعا» that invites ----------------------------------------------------------------------


def test_an_invitation_to_an_occasion_is_no_appeal() -> None:
    assert not stances(run("ودعا نادي النصر سامي الحربي إلى حفل تكريم اللاعبين مساء الخميس."))
    assert not stances(run("وتدعو زين ماجد النادي لحضور المناظرة الأولى بين المرشحين."))


def test_an_appeal_to_act_is_still_one() -> None:
    doc = run("ودعت مصر مجلس الأمن إلى التدخل لوقف القتال.")
    assert ("urges", "مصر", "مجلس الأمن") in stances(doc)

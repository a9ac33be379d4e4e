"""Stance holders (session 13): a title repeated for a person named in full before, a
participle of a root in «ه» («منوها», «موجها»), a masculine verb before a feminine plural,
and a verb that continues the subject of the verb opening its sentence or the one before.
Sentences written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import said, stance_holders, stances
from tests.relations.docbuilder import E, build_doc

FAISAL = E("Person", "فيصل بن بندر", ("فيصل بن بندر",))
RIYADH = E("City", "الرياض", ("الرياض",))
CULTURE = E("Organization", "وزارة الثقافة", ("وزارة الثقافة",))
JUDGE = E("Person", "عبدالرحمن المحيميد", ("عبدالرحمن المحيميد",))
COURT = E("Organization", "المحكمة العامة", ("المحكمة العامة",))
KUWAIT = E("Country", "الكويت", ("الكويت",))
IRAN = E("Country", "إيران", ("إيران",))
EMIR = E("Person", "صباح الأحمد", ("صباح الأحمد",))
GUEST = E("Person", "نواف بن فيصل", ("نواف بن فيصل",))
KERRY = E("Person", "جون كيري", ("جون كيري",))
ZARIF = E("Person", "محمد جواد ظريف", ("محمد جواد ظريف",))
BISHOP = E("Person", "جولي بيشوب", ("جولي بيشوب",))
JORDAN = E("Country", "الأردن", ("الأردن",))
AUSTRALIA = E("Country", "أستراليا", ("أستراليا", "الأسترالية"))
SISI = E("Person", "عبد الفتاح السيسي", ("عبد الفتاح السيسي",))
KHALID = E("Person", "خالد بن أحمد", ("خالد بن أحمد",))
ENTITIES = [FAISAL, RIYADH, CULTURE, JUDGE, COURT, KUWAIT, IRAN, EMIR, GUEST, KERRY, ZARIF,
            BISHOP, JORDAN, AUSTRALIA, SISI, KHALID]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def test_a_title_repeated_after_the_verb_stands_for_the_person_named_with_it() -> None:
    doc = run("وقال وزير الثقافة الأردني الدكتور صبري الربيحات إن المهرجان ناجح. "
              "وأكد أمير منطقة الرياض الأمير فيصل بن بندر أن الأمن مستتب. "
              "وأشاد أمير منطقة الرياض بجهود وزارة الثقافة في تنظيم المعرض.")
    assert ("praises", "فيصل بن بندر", "وزارة الثقافة") in stances(doc)


def test_a_style_of_address_may_stand_before_the_repeated_title() -> None:
    doc = run("قال رئيس المحكمة العامة بالرياض الشيخ عبدالرحمن المحيميد إن الأمن مستتب. "
              "وثمّن فضيلة رئيس المحكمة العامة بالرياض جهود وزارة الثقافة في نشر الوعي.")
    assert "عبدالرحمن المحيميد" in stance_holders(doc, "praises")


def test_a_repeated_title_is_not_the_person_after_a_preposition() -> None:
    doc = run("استقبل أمير دولة الكويت الشيخ صباح الأحمد في قصر بيان الأمير نواف بن فيصل. "
              "ورحب أمير دولة الكويت بالأمير نواف بن فيصل في بلده الثاني.")
    assert stance_holders(doc, "welcomes") <= {"صباح الأحمد"}
    assert "نواف بن فيصل" not in stance_holders(doc, "welcomes")


def test_a_title_of_another_country_is_not_the_one_named_before() -> None:
    doc = run("وقال وزير الخارجية الأمريكي جون كيري إن المحادثات جادة. "
              "وانتقد وزير الخارجية الإيراني العقوبات المفروضة على بلاده.")
    assert "جون كيري" not in stance_holders(doc, "criticizes")


def test_a_title_two_people_were_introduced_with_names_neither() -> None:
    doc = run("والتقى وزير الخارجية جون كيري في فيينا وزير الخارجية محمد جواد ظريف. "
              "وانتقد وزير الخارجية العقوبات المفروضة على إيران.")
    assert not stance_holders(doc, "criticizes") & {"جون كيري", "محمد جواد ظريف"}


def test_a_participle_of_a_root_in_ha_shares_its_clause_subject() -> None:
    doc = run("وأكد خالد بن أحمد أن العلاقات مع الكويت متينة منوها بجهود وزارة الثقافة في "
              "تعزيز التعاون.")
    assert ("praises", "خالد بن أحمد", "وزارة الثقافة") in stances(doc)


def test_a_feminine_plural_after_a_masculine_verb_is_its_object() -> None:
    doc = run("وقال خالد بن أحمد إن بلاده تدعم الحل السياسي في اليمن. "
              "وانتقد التدخلات الإيرانية في شؤون دول المنطقة.")
    assert "خالد بن أحمد" in stance_holders(doc, "criticizes")


def test_a_verb_after_a_comma_continues_a_titled_subject_of_the_opening_verb() -> None:
    doc = run("افتتح أمير منطقة الرياض الأمير فيصل بن بندر المعرض الدولي للكتاب، "
              "وأشاد بجهود وزارة الثقافة في تنظيمه.")
    assert ("praises", "فيصل بن بندر", "وزارة الثقافة") in stances(doc)


def test_a_verb_opening_the_next_sentence_continues_the_opening_subject() -> None:
    doc = run("زارت وزيرة الخارجية الأسترالية جولي بيشوب مخيم الزعتري أمس. "
              "وأشادت بجهود الأردن في استضافة اللاجئين.")
    assert ("praises", "جولي بيشوب", "الأردن") in stances(doc)


def test_no_continued_subject_when_the_verbs_disagree_in_gender() -> None:
    doc = run("وصل محمد جواد ظريف إلى عمان أمس. ورحبت بزيارته الحكومة الأردنية.")
    assert "محمد جواد ظريف" not in stance_holders(doc, "welcomes")


def test_no_continued_subject_when_another_person_was_named_since() -> None:
    doc = run("استقبل الرئيس عبد الفتاح السيسي في القاهرة أمس جون كيري. "
              "وأشاد بجهود الأردن في استضافة اللاجئين.")
    assert not stance_holders(doc, "praises")


def test_no_continued_subject_when_a_person_follows_the_object() -> None:
    doc = run("وصل محمد جواد ظريف إلى عمان أمس. ورحب بزيارته رئيس الوزراء الأردني.")
    assert "محمد جواد ظريف" not in stance_holders(doc, "welcomes")


def test_a_noun_opening_the_sentence_is_no_verb_to_continue() -> None:
    doc = run("وزير الخارجية جون كيري في عمان اليوم. وأشاد بجهود الأردن في استضافة اللاجئين.")
    assert "جون كيري" not in stance_holders(doc, "praises")


UAE = E("Country", "الإمارات", ("الإمارات",))
COUNCIL = E("Organization", "مجلس الأمن", ("مجلس الأمن",))
JUDEH = E("Person", "ناصر جودة", ("ناصر جودة",))


def run_more(text: str) -> Document:
    return extract_relations(build_doc(text, [*ENTITIES, UAE, COUNCIL, JUDEH]))


def test_a_feminine_participle_after_a_comma_shares_a_state_subject() -> None:
    doc = run_more("ونددت الإمارات بالتفجير الإرهابي، مطالبة مجلس الأمن بتحمل مسؤولياته.")
    assert ("urges", "الإمارات", "مجلس الأمن") in stances(doc)


def test_a_feminine_participle_is_no_man_s() -> None:
    doc = run_more("وأكد ناصر جودة دعم الأردن للحل السياسي، مطالبة مجلس الأمن بالتحرك.")
    assert "ناصر جودة" not in stance_holders(doc, "urges")


def test_a_feminine_verbal_noun_without_a_comma_is_no_participle() -> None:
    doc = run_more("ونددت الإمارات بالتفجير. وتتواصل مطالبة مجلس الأمن بالتحرك.")
    assert "الإمارات" not in stance_holders(doc, "urges")


def test_a_name_after_a_complete_repeated_title_is_the_object() -> None:
    doc = run_more("وقال وزير خارجية الأردن ناصر جودة إن بلاده تتابع الوضع. "
                   "وانتقد وزير خارجية الأردن مجلس الأمن لتأخره.")
    assert ("criticizes", "ناصر جودة", "مجلس الأمن") in stances(doc)


NUSRA = E("ArmedGroup", "جبهة النصرة", ("جبهة النصرة",))
OPEC = E("InternationalOrganization", "أوبك", ("أوبك",))
HRW = E("Organization", "هيومن رايتس ووتش", ("هيومن رايتس ووتش",))
INTERIOR = E("Organization", "وزارة الداخلية", ("وزارة الداخلية",))
KHAMENEI = E("Person", "علي خامنئي", ("علي خامنئي",))
OBAMA = E("Person", "باراك أوباما", ("أوباما",))
PAKISTAN = E("Country", "باكستان", ("باكستان",))
SUDAN = E("Country", "السودان", ("السودان",))
OTHERS = [NUSRA, OPEC, HRW, INTERIOR, KHAMENEI, OBAMA, PAKISTAN, SUDAN, IRAN, COUNCIL]


def run_others(text: str) -> Document:
    return extract_relations(build_doc(text, [*ENTITIES, *OTHERS]))


def test_the_issuer_of_a_statement_holds_the_stance_of_its_clause() -> None:
    doc = run_others("ونشرت هيومن رايتس ووتش تقريرا اتهمت فيه السودان بارتكاب انتهاكات.")
    assert ("criticizes", "هيومن رايتس ووتش", "السودان") in stances(doc)


def test_the_author_after_li_holds_the_stance_of_the_statement() -> None:
    doc = run_others("وصدر أمس بيان لوزارة الداخلية حذرت فيه إيران من التدخل.")
    assert "وزارة الداخلية" in stance_holders(doc, "warns")


def test_the_name_after_fihi_is_the_author() -> None:
    doc = run_others("وجاء ذلك في بيان دعت فيه أوبك مجلس الأمن إلى التحرك.")
    assert ("urges", "أوبك", "مجلس الأمن") in stances(doc)


def test_an_unknown_issuer_is_not_the_name_inside_its_title() -> None:
    doc = run_others("أصدر مجلس علماء باكستان بيانا أمس يرفض فيه تدخل إيران في سوريا.")
    assert "باكستان" not in stance_holders(doc, "rejects")


def test_the_name_a_relative_clause_describes_holds_its_stance() -> None:
    doc = run_others("وتخشى الحكومة من جبهة النصرة، التي استنكرت الهجوم على إيران.")
    assert stance_holders(doc, "condemns") == {"جبهة النصرة"}


def test_a_masculine_relative_clause_describes_a_man() -> None:
    doc = run_others("وتحدث المرشد علي خامنئي الذي انتقد أوباما في خطبة العيد.")
    assert ("criticizes", "علي خامنئي", "باراك أوباما") in stances(doc)


def test_a_relative_verb_with_a_pronoun_back_has_the_name_after_as_subject() -> None:
    doc = run_others("وقال الوزير إن إيران التي انتقدها أوباما مرارا تتدخل في اليمن.")
    assert ("criticizes", "باراك أوباما", "إيران") in stances(doc)
    assert "إيران" not in stance_holders(doc, "criticizes")


def test_a_feminine_relative_after_a_man_is_not_his() -> None:
    doc = run_others("والتقى علي خامنئي بعثة الأمم المتحدة التي انتقدت إيران أمس.")
    assert "علي خامنئي" not in stance_holders(doc, "criticizes")


def test_a_coordinated_verbal_noun_continues_no_subject() -> None:
    doc = run("افتتح أمير منطقة الرياض الأمير فيصل بن بندر المعرض الذي يهدف إلى نشر "
              "الثقافة، ودعم وزارة الثقافة في برامجها.")
    assert "فيصل بن بندر" not in stance_holders(doc, "supports")


def test_a_masculine_verb_does_not_continue_a_woman_who_spoke() -> None:
    doc = run_others("وقالت جولي بيشوب إن الحوار ضروري. فيما أعرب الكاتب سمير العتيبي عن "
                     "سعادته بالحوار. وقال: الحوار مهم، ودعا الإعلاميات إلى دعمه.")
    assert "جولي بيشوب" not in stance_holders(doc, "urges")


def test_a_verbal_noun_coordinated_with_the_same_noun_is_no_verb() -> None:
    doc = run("وأكد خالد بن أحمد حرص الحكومة على دعم التنمية في الكويت، ودعم الصادرات الوطنية.")
    assert not any(o == "الصادرات الوطنية" for k, _, o in stances(doc) if k == "supports")


def test_a_feminine_participle_still_continues_a_woman_who_spoke() -> None:
    doc = run("وقالت جولي بيشوب إن الحوار ضروري. موضحة أن المفاوضات ستستمر.")
    assert ("جولي بيشوب", "المفاوضات ستستمر") in said(doc)


def test_a_masculine_verb_of_saying_does_not_continue_a_woman() -> None:
    doc = run("وقالت جولي بيشوب إن الحوار ضروري. وقال إن المفاوضات ستستمر.")
    assert ("جولي بيشوب", "المفاوضات ستستمر") not in said(doc)


def test_the_subject_of_kana_before_a_describing_clause_holds_the_stance() -> None:
    doc = run_others("وكانت جبهة النصرة التي يقودها أبو محمد الجولاني، رفضت تدخل إيران في سوريا.")
    assert stance_holders(doc, "rejects") == {"جبهة النصرة"}


def test_kana_with_a_title_and_qad_after_the_comma() -> None:
    doc = run_others("وكان المرشد علي خامنئي الذي يحكم منذ عقود، قد انتقد أوباما بشدة.")
    assert ("criticizes", "علي خامنئي", "باراك أوباما") in stances(doc)


def test_kana_disagreeing_with_the_verb_names_no_holder() -> None:
    doc = run_others("وكان علي خامنئي في طهران حين وصل الوفد، رفضت إيران المبادرة.")
    assert "علي خامنئي" not in stance_holders(doc, "rejects")


def test_a_plural_possessive_is_no_country_before_it() -> None:
    doc = run_others("وأبدى نصف المشاركين في الاستطلاع الذي نشرته باكستان اعتراضهم على "
                     "تدخل إيران.")
    assert "باكستان" not in stance_holders(doc, "opposes")


def test_a_styled_genitive_holds_the_verbal_noun_not_the_light_verb_subject() -> None:
    doc = run("وأكد خالد بن أحمد دعم واهتمام صاحب السمو الملكي أمير منطقة الرياض بالثقافة.")
    assert "خالد بن أحمد" not in stance_holders(doc, "supports")


def test_a_name_after_a_locative_noun_is_governed() -> None:
    doc = run_others("وقال الوزير أبدت كتل نيابية داخل مجلس الأمن اعتراضها على تدخل إيران.")
    assert "مجلس الأمن" not in stance_holders(doc, "opposes")


def test_a_verbal_noun_after_a_construct_noun_has_no_name_before_it() -> None:
    doc = run_others("وتحدث علي خامنئي مرجعا سبب رفض الاتفاق إلى تدخل أوباما.")
    assert "علي خامنئي" not in stance_holders(doc, "rejects")


def test_an_institution_name_goes_on_with_lam_and_a_short_noun() -> None:
    doc = run_others("وانتقدت الجمعية الأمريكية لطب الأطفال قرار إيران بإغلاق المدارس.")
    assert stance_holders(doc, "criticizes") == {"الجمعية الأمريكية لطب الأطفال"}
    assert not any(o.startswith("لطب") for _, _, o in stances(doc))


def test_a_verb_with_wa_after_the_comma_is_no_predicate_of_kana() -> None:
    doc = run_others("وكان علي خامنئي، في خطبة العيد، قد هاجم أوباما، ورحبت إيران بالاتفاق.")
    assert stance_holders(doc, "welcomes") <= {"إيران"}


def test_a_pronoun_after_the_verb_s_preposition_points_back_to_the_object() -> None:
    doc = run_others("وتحدث الوزير عن إيران التي رحبت بها باكستان في المؤتمر.")
    assert "إيران" not in stance_holders(doc, "welcomes")

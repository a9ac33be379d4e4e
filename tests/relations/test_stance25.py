"""Stance rules read on the session-25 politics pool, on sentences written for the tests.

- A body named as a title's complement before a light verb's noun is not its holder:
  «وأعرب رئيس حزب X عن شكره لـ Y» is the title holder's thanks (the person introduced
  with that title), never the party's (:mod:`kg.relations.stance_title_bodies`).
- «الدعوة الإسلامية», «الدعوة إلى الله»: preaching, no ``urges``
  (:mod:`kg.relations.stance_preaching`).
- «ففيما ...، فإن X تؤيد Y»: the name fronted after «فإن» is the subject, as after «إن»; not
  under a condition («إذا ... فإن»).
- «دافع X عن الاتفاق»: defending a policy, a deal or a decision is ``supports``; a club's
  colours or oneself is none (:mod:`kg.relations.stance_defended`).
- «عن شكره للمملكة بقيادة خادم الحرمين»: «للمملكة» is the kingdom, not the name after it;
  «للمملكة المتحدة» is no Saudi Arabia.
- «خطاب رئيس الوزراء X الذي دعا فيه Y»: the document's genitive author before the relative
  holds the stance (:mod:`kg.relations.stance_document_holders`); «خلاله» points back to
  the document as «فيه» does («بيانا أدانت خلاله الهجوم»: the object is «الهجوم»).
"""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

SAUDI = E("Country", "السعودية", ("السعودية", "المملكة العربية السعودية"), "Q851")
IRAN = E("Country", "إيران", ("إيران",), "Q794")
PARTY = E("PoliticalParty", "حزب النهضة الوطنية", ("حزب النهضة الوطنية",))
SALEM = E("Person", "سالم داود", ("سالم داود",))
ENTITIES = [SAUDI, IRAN, PARTY, SALEM]


def run(text: str) -> object:
    return extract_relations(build_doc(text, ENTITIES))


def test_thanks_after_a_party_title_are_the_named_holders() -> None:
    doc = run("استقبل الوزير مساء أمس سالم داود رئيس حزب النهضة الوطنية. "
              "وأعرب رئيس حزب النهضة الوطنية عن شكره وتقديره للسعودية على دعمها.")
    assert ("سالم داود", "السعودية") in pairs(doc, "praises")
    assert ("حزب النهضة الوطنية", "السعودية") not in pairs(doc, "praises")


def test_thanks_after_a_title_with_no_named_holder_are_nobodys() -> None:
    doc = run("وأعرب رئيس حزب النهضة الوطنية عن شكره وتقديره للسعودية على دعمها.")
    assert ("حزب النهضة الوطنية", "السعودية") not in pairs(doc, "praises")


def test_a_party_itself_still_thanks() -> None:
    doc = run("وأعرب حزب النهضة الوطنية عن شكره وتقديره للسعودية على دعمها.")
    assert ("حزب النهضة الوطنية", "السعودية") in pairs(doc, "praises")


def test_preaching_is_no_appeal() -> None:
    doc = run("وقال إن الزيارة تأتي انطلاقا من اهتمام المملكة العربية السعودية "
              "بالدعوة الإسلامية.")
    assert pairs(doc, "urges") == set()


def test_an_appeal_noun_still_urges() -> None:
    doc = run("وجددت السعودية دعوتها إيران إلى وقف التدخل في شؤون المنطقة.")
    assert ("السعودية", "إيران") in pairs(doc, "urges")


MINISTRY = E("GovernmentBody", "وزارة الزراعة الكينية", ("وزارة الزراعة الكينية",))
KAMAL = E("Person", "كمال حداد", ("كمال حداد",))
MORE = [SAUDI, IRAN, MINISTRY, KAMAL]


def run_more(text: str) -> object:
    return extract_relations(build_doc(text, MORE))


def test_fronted_subject_after_fa_inna() -> None:
    doc = run_more("ففيما تنسب دراسة أصل النبتة إلى إيران، فإن وزارة الزراعة الكينية تؤيد "
                   "الرواية التقليدية.")
    assert ("وزارة الزراعة الكينية", "الرواية التقليدية") in pairs(doc, "supports")


def test_fa_inna_after_a_condition_asserts_nothing() -> None:
    doc = run_more("وإذا فشلت المفاوضات فإن وزارة الزراعة الكينية تؤيد الخطة البديلة.")
    assert pairs(doc, "supports") == set()


def test_defending_a_deal_supports_it() -> None:
    doc = run_more("ودافع وزير الخارجية كمال حداد أمس عن الاتفاق النووي مع إيران.")
    assert any(s == "كمال حداد" for s, _ in pairs(doc, "supports"))


def test_defending_a_thing_not_a_policy_is_no_support() -> None:
    assert pairs(run_more("ودافع كمال حداد عن ألوان نادي الهلال ثلاثة مواسم."),
                 "supports") == set()
    assert pairs(run_more("ودافعت وزارة الزراعة الكينية عن نفسها أمام الانتقادات."),
                 "supports") == set()


def test_thanks_to_the_kingdom_after_lam_go_to_saudi_arabia() -> None:
    doc = run("استقبل الملك سلمان في جدة سالم داود رئيس حزب النهضة الوطنية. وأعرب سالم داود "
              "عن شكره وتقديره للمملكة بقيادة خادم الحرمين الشريفين على دعمها.")
    assert ("سالم داود", "السعودية") in pairs(doc, "praises")


def test_the_united_kingdom_after_lam_is_no_saudi_arabia() -> None:
    doc = run("وأعرب سالم داود عن شكره وتقديره للمملكة المتحدة على دعمها.")
    assert ("سالم داود", "السعودية") not in pairs(doc, "praises")


def test_appeal_in_a_speech_is_its_genitive_authors() -> None:
    doc = run("وتعقيبا على خطاب وزير الخارجية سالم داود الذي دعا فيه إيران إلى وقف "
              "التدخل، قال المتحدث إن الأمر مهم.")
    assert ("سالم داود", "إيران") in pairs(doc, "urges")


def test_no_genitive_author_without_the_relative() -> None:
    doc = run("وأشار إلى خطاب سالم داود أمس وإلى بيان دعا فيه إيران إلى وقف التدخل.")
    assert ("سالم داود", "إيران") not in pairs(doc, "urges")


def test_khilalahu_points_back_to_the_statement() -> None:
    doc = run("وأصدرت السعودية بيانا أدانت خلاله الهجوم على إيران.")
    assert ("السعودية", "الهجوم") in pairs(doc, "condemns")
    assert all("خلاله" not in o for _, o in pairs(doc, "condemns"))

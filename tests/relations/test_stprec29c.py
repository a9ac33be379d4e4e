"""Stance precision rules read on the session-29 ANERcorp pool (sentences 2400..3666), on
sentences written for the tests.

- «باريس تعلن دعمها فلان»: a stance noun with a plural or feminine possessive suffix takes no
  genitive holder after it; the name after is what is supported
  (:mod:`kg.relations.stance_owned_nouns`).
- «وعبر مشائخ من ... غربي العراق ... وتأييدهم لمبادرة»: the masculine plural «ـهم» resumes
  people, never a country or a place (:mod:`kg.relations.stance_plural_pronouns`).
- «... مع الآخرين فلان يتهم فلانا بـ»: an imperfect verb right after a named agent has it for
  subject; the name after the verb is not read as the holder
  (:mod:`kg.relations.stance_headline_order`).
- «خطة لدعم قوات الاتحاد بدارفور»: a territory after «بـ» right after the holder is where,
  and leaves support, opposition or rejection with no object
  (:mod:`kg.relations.stance_located_objects`).
- «لقي التجار دعما من أوبك»: support for traders, prices or shares is the market sense, no
  ``supports`` (:mod:`kg.relations.stance_market_support`).
- «دعا الاتحاد النقابي الأساسي ...»: a definite nisba adjective where the object should open
  closes the holder's name; no object is read
  (:mod:`kg.relations.stance_holder_adjectives`).
- «تدفع اليوم ثمن أخطاء»: «ثمن» after a verb of paying is the price, not praise
  (:mod:`kg.relations.stance_prices`).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

PARIS = E("City", "باريس", ("باريس",))
NADIM = E("Person", "نديم سالمي", ("نديم سالمي",))
FARES = E("Person", "فارس الحلو", ("فارس الحلو",))
KARAM = E("Person", "كرم الدباغ", ("كرم الدباغ",))
IRAQ = E("Country", "العراق", ("العراق",), "Q796")
UNION = E("Organization", "الاتحاد القاري", ("الاتحاد القاري",))
DARFUR = E("Region", "دارفور", ("دارفور",))
SUDAN = E("Country", "السودان", ("السودان",), "Q1049")
CARTEL = E("Organization", "منظمة المصدرين", ("منظمة المصدرين",))
ENTITIES = [PARIS, NADIM, FARES, KARAM, IRAQ, UNION, DARFUR, SUDAN, CARTEL]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def test_a_name_after_an_owned_noun_is_not_its_holder() -> None:
    doc = run("وفي الوقت نفسه تعلن الحكومة دعمها نديم سالمي في مفاوضات الملف مع فارس الحلو.")
    assert ("نديم سالمي", "فارس الحلو") not in pairs(doc, "supports")
    doc = run("وجدد المعارضون رفضهم فارس الحلو رئيسا للمجلس وسط انتقاد كرم الدباغ.")
    assert ("فارس الحلو", "كرم الدباغ") not in pairs(doc, "rejects")


def test_a_bare_noun_keeps_its_genitive_holder() -> None:
    doc = run("وقال المتحدث إن دعم نديم سالمي لفارس الحلو لن يتغير.")
    assert ("نديم سالمي", "فارس الحلو") in pairs(doc, "supports")


def test_a_plural_pronoun_resumes_no_country() -> None:
    doc = run("وعبر وجهاء من محافظة الشمال غربي العراق في لقائهم مع كرم الدباغ أمس عن "
              "رغبتهم في زيادة فرص العمل وتأييدهم لمبادرة المصالحة الوطنية.")
    assert not any(s == "العراق" for s, _ in pairs(doc, "supports"))


def test_a_feminine_pronoun_still_resumes_a_country() -> None:
    doc = run("وأشاد المتحدث بمواقف السودان وتأييدها لفارس الحلو في الانتخابات.")
    assert ("السودان", "فارس الحلو") in pairs(doc, "supports")


def test_a_name_before_an_imperfect_verb_is_its_subject() -> None:
    doc = run("وأكد الحزب أنه لن يتصرف إلا بحس وطني في التعامل مع الآخرين فارس الحلو يتهم "
              "كرم الدباغ بافتقاد الروح الرياضية فارس الحلو يعبر عن إحباطه.")
    assert ("كرم الدباغ", "فارس الحلو") not in pairs(doc, "criticizes")


def test_a_verb_before_its_subject_keeps_it() -> None:
    doc = run("واتهم فارس الحلو أمس كرم الدباغ بافتقاد الروح الرياضية.")
    assert ("فارس الحلو", "كرم الدباغ") in pairs(doc, "criticizes")
    doc = run("وفي بيان صدر في باريس يتهم فارس الحلو كرم الدباغ بافتقاد الروح الرياضية.")
    assert ("فارس الحلو", "كرم الدباغ") in pairs(doc, "criticizes")


def test_a_place_after_ba_is_not_supported() -> None:
    doc = run("ووجه فارس الحلو رسالة تتضمن خطة لدعم قوات الاتحاد القاري بدارفور تسلمها "
              "الدكتور كرم الدباغ خلال زيارته.")
    assert not any(s == "الاتحاد القاري" for s, _ in pairs(doc, "supports"))


def test_support_for_a_place_without_ba_stays() -> None:
    doc = run("وأكد فارس الحلو دعمه لدارفور في مواجهة الأزمة.")
    assert ("فارس الحلو", "دارفور") in pairs(doc, "supports")


def test_support_for_traders_is_no_stance() -> None:
    doc = run("كما لقي التجار دعما من منظمة المصدرين حيث أبدت مصادر قلقها من انخفاض الأسعار.")
    assert pairs(doc, "supports") == set()


def test_support_received_by_a_party_stays() -> None:
    doc = run("كما لقي السودان دعما من منظمة المصدرين في مواجهة الأزمة.")
    assert ("منظمة المصدرين", "السودان") in pairs(doc, "supports")


def test_a_nisba_after_the_holder_is_no_object() -> None:
    doc = run("ودعا الاتحاد القاري الأساسي في باريس أمس الى الإضراب دعما للعمال.")
    assert not any(s == "الاتحاد القاري" for s, _ in pairs(doc, "urges"))
    doc = run("وانتقد فارس الحلو الشرعي للمرجع كرم الدباغ، في خطبة الجمعة القرار.")
    assert ("فارس الحلو", "كرم الدباغ") not in pairs(doc, "criticizes")


def test_a_noun_after_the_holder_is_still_the_object() -> None:
    doc = run("ودعا الاتحاد القاري السودان الى الحوار.")
    assert ("الاتحاد القاري", "السودان") in pairs(doc, "urges")
    doc = run("وأدان فارس الحلو العدوان الإسرائيلي على السودان.")
    assert any(s == "فارس الحلو" for s, _ in pairs(doc, "condemns"))


def test_a_nisba_title_before_the_holder_keeps_the_object() -> None:
    doc = run("من جهته طالب الاقتصادي فارس الحلو ملاك المباني بضرورة فتح الشقق المغلقة.")
    assert any(s == "فارس الحلو" for s, _ in pairs(doc, "urges"))


def test_a_plural_in_i_opens_the_object() -> None:
    doc = run("من جهته طالب فارس الحلو ملاك المباني بضرورة فتح الشقق المغلقة.")
    assert any(s == "فارس الحلو" for s, _ in pairs(doc, "urges"))


def test_paying_a_price_is_no_praise() -> None:
    doc = run("وقال كرم الدباغ إن حكومة فارس الحلو تدفع اليوم ثمن أخطاء السودان.")
    assert pairs(doc, "praises") == set()


def test_praise_by_the_verb_stays() -> None:
    doc = run("وثمن فارس الحلو جهود السودان في دارفور.")
    assert ("فارس الحلو", "السودان") in pairs(doc, "praises")

"""Stance words kg did not read (session 30, ``kg.relations.lexicon.STANCE`` and
``kg.relations.stance_cooperated``).

Rules:
- «يستهجن/تستهجن» (and their dual and plural) condemn, as «استهجن» does;
- «حضّ» urges as «حثّ» does («حض X Y على ...»);
- «لامت/يلوم/تلوم» blame: criticizes; «لام» alone is left out (a name: «لام أكول»);
- «استاء/استاءت من» criticizes, with «من» past the subject; no «من», no stance; so does
  «انزعاجه من» (as «استيائه من»);
- «ثنائه/ثنائها» (the hamza on its seat) praise as «ثناءه» does; so do the feminine
  participles «مثمنة», «منوهة»; «يتعاونون», «ينسقون» coordinate (not the imperative «تعاونوا»);
- «تحفظها/تحفظاته على X» (a reservation, the holder's pronoun on it) opposes X; not the verb
  «تحفظ على» (also detains), nor the noun without «على»;
- «تعاونه/تعاونها مع Y» is coordinatesWith Y, «مع» at once or past definite adjectives and in
  the same clause; «على تعاونها، مع ...», «على تعاونهم وتطوعهم» name no partner.
"""

from __future__ import annotations

import pytest

from kg.relations import extract_relations
from kg.relations.lexicon import STANCE, find_stance
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
JORDAN = E("Country", "الأردن", ("الأردن",), "Q810")
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",), "Q1065")
HASSAN = E("Person", "حسن العلي", ("حسن العلي", "العلي"))
KARIM = E("Person", "كريم سالم", ("كريم سالم",))
MINISTRY = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
CRESCENT = E("Organization", "جمعية الهلال الأحمر", ("جمعية الهلال الأحمر",))
ENTITIES = [EGYPT, QATAR, JORDAN, UN, HASSAN, KARIM, MINISTRY, CRESCENT]


def run(text: str) -> object:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize(("form", "kind"), [
    ("يستهجن", "condemns"), ("تستهجن", "condemns"), ("يستهجنون", "condemns"),
    ("تستهجنان", "condemns"), ("حضت", "urges"), ("يحض", "urges"), ("لامت", "criticizes"),
    ("يلومون", "criticizes"), ("استاءت", "criticizes"), ("ثنائه", "praises"),
    ("تعاونها", "coordinatesWith"),
])
def test_new_form_is_a_trigger_of_its_kind(form: str, kind: str) -> None:
    hit = find_stance(form)
    assert hit is not None and hit.value.kind == kind


@pytest.mark.parametrize("form", ["لام", "مستهجن", "مستهجنا", "تعاونا"])
def test_other_word_is_no_new_trigger(form: str) -> None:
    assert form not in STANCE


def test_imperfect_of_istahjana_condemns() -> None:
    doc = run("ويستهجن حسن العلي صمت الأمم المتحدة على الانتهاكات.")
    assert ("حسن العلي", "الأمم المتحدة") in pairs(doc, "condemns")


def test_hadda_urges_its_object() -> None:
    doc = run("وحضت مصر الأمم المتحدة على التدخل لوقف القتال.")
    assert pairs(doc, "urges") == {("مصر", "الأمم المتحدة")}


def test_blaming_verb_criticizes() -> None:
    doc = run("وتلوم مصر قطر على التصعيد الأخير في المنطقة.")
    assert pairs(doc, "criticizes") == {("مصر", "قطر")}


def test_bare_lam_is_a_name_not_blame() -> None:
    doc = run("وتسلم الخطة لام أكول وزير الخارجية من قطر.")
    assert pairs(doc, "criticizes") == set()


def test_vexed_verb_with_min_past_the_subject() -> None:
    doc = run("واستاءت مصر من قرار الأمم المتحدة الأخير.")
    assert ("مصر", "الأمم المتحدة") in pairs(doc, "criticizes")


def test_vexed_verb_without_min_is_no_stance() -> None:
    doc = run("واستاء حسن العلي كثيرا، وغادر قطر أمس.")
    assert pairs(doc, "criticizes") == set()


def test_thanaa_with_hamza_seat_praises() -> None:
    doc = run("وعبر حسن العلي عن ثنائه على جهود وزارة الصحة في الموسم.")
    assert ("حسن العلي", "وزارة الصحة") in pairs(doc, "praises")


def test_owned_cooperation_with_partner() -> None:
    doc = run("وأكدت وزارة الصحة تعاونها مع جمعية الهلال الأحمر في الحملة.")
    assert pairs(doc, "coordinatesWith") == {("وزارة الصحة", "جمعية الهلال الأحمر")}


def test_owned_cooperation_past_an_adjective() -> None:
    doc = run("وأعلنت مصر تعاونها العسكري مع الأردن لحماية الحدود.")
    assert pairs(doc, "coordinatesWith") == {("مصر", "الأردن")}


def test_cooperation_cut_by_a_comma_names_no_partner() -> None:
    doc = run("وشكرت وزارة الصحة جمعية الهلال الأحمر على تعاونها، مع التأكيد على أهمية العمل.")
    assert pairs(doc, "coordinatesWith") == set()


def test_cooperation_thanked_for_names_no_partner() -> None:
    doc = run("وشكر حسن العلي وزارة الصحة على تعاونها وتفاعلها السريع.")
    assert pairs(doc, "coordinatesWith") == set()


def test_cooperation_under_a_threat_is_the_threat_topic() -> None:
    doc = run("وهددت مصر بمراجعة تعاونها مع الأمم المتحدة إذا فرضت العقوبات.")
    assert pairs(doc, "coordinatesWith") == set()
    assert pairs(doc, "threatens") == {("مصر", "الأمم المتحدة")}


def test_feminine_participle_of_praise() -> None:
    doc = run("ورحبت مصر بالاتفاق، مثمنة جهود الأمم المتحدة في الوساطة.")
    assert ("مصر", "الأمم المتحدة") in pairs(doc, "praises")


def test_plural_imperfect_of_cooperation() -> None:
    doc = run("وقال حسن العلي إن مصر وقطر والأردن يتعاونون مع الأمم المتحدة في التحقيق.")
    assert ("الأردن", "الأمم المتحدة") in pairs(doc, "coordinatesWith")


def test_imperative_of_cooperation_is_no_trigger() -> None:
    assert find_stance("تعاونوا") is None


def test_reservation_on_a_draft_opposes() -> None:
    doc = run("وأبدت مصر تحفظها على مشروع القرار الذي قدمته الأمم المتحدة.")
    assert pairs(doc, "opposes") == {("مصر", "مشروع القرار")}


def test_plural_reservations_on_a_named_body() -> None:
    # the body's decision is the object as a whole (session 33: a proposal after «على»)
    doc = run("وأعرب حسن العلي عن تحفظاته على قرار الأمم المتحدة.")
    assert ("حسن العلي", "قرار الأمم المتحدة") in pairs(doc, "opposes")


def test_detaining_verb_is_no_reservation() -> None:
    doc = run("وتحفظت مصر على المتهم حسن العلي في القضية.")
    assert pairs(doc, "opposes") == set()


def test_reservation_noun_without_ala_is_no_stance() -> None:
    doc = run("وأبدى حسن العلي تحفظه في الإجابة عن أسئلة الأمم المتحدة.")
    assert pairs(doc, "opposes") == set()


def test_annoyance_at_a_named_body_criticizes() -> None:
    doc = run("وأعربت مصر عن انزعاجها الشديد من تصريحات الأمم المتحدة الأخيرة.")
    assert ("مصر", "الأمم المتحدة") in pairs(doc, "criticizes")


def test_annoyance_without_min_is_no_stance() -> None:
    doc = run("وأعربت مصر عن انزعاجها، وقالت إن الأمم المتحدة ستجتمع غدا.")
    assert pairs(doc, "criticizes") == set()

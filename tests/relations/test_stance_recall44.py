"""Stances missed on wire prose, session 44 (helper sr44).

- «وانتقد وزير الخارجية السعودي X إسرائيل» after two foreign ministers were introduced as
  often with «وزير الخارجية»: the title names its own holder (a person right after it, or
  after a nisba of its own country), so it is no ambiguous repeat and the verb's subject is
  read as for any title with its name (``stance_titled_holders.own_holder_named``);
- «وأدان جلالته الهجوم» after «جلالة الملك X»: «جلالته» repeats the style of a king as
  «سموه» repeats that of a prince (``speaker_styles``);
- «وأكد جلالته مجددا إدانته للهجوم»: the participle «مجددا» renews the condemnation of the
  one the honorific pronoun after the verb of saying stands for
  (``stance_clause_actors._reporting_subject``).

Sentences written for the tests.
"""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import stance_holders, stances
from tests.relations.docbuilder import E, build_doc

SHARIF = E("Person", "حسن الشريف", ("حسن الشريف",))
JUBOURI = E("Person", "علي الجبوري", ("علي الجبوري",))
OMARI = E("Person", "خالد العمري", ("خالد العمري",))
EGYPT = E("Country", "مصر", ("المصري",))
IRAQ = E("Country", "العراق", ("العراقي",))
JORDAN = E("Country", "الأردن", ("الأردني",))
MOROCCO = E("Country", "المغرب", ("المغرب",))
HUSSEIN = E("Person", "حسين الأول", ("حسين الأول",))
SAMI = E("Person", "سامي الحربي", ("سامي الحربي",))
MINISTERS = [SHARIF, JUBOURI, OMARI, EGYPT, IRAQ, JORDAN, MOROCCO]
KING = [HUSSEIN, SAMI]

_TWO_MINISTERS = ("قال وزير الداخلية المصري حسن الشريف إن الوضع صعب. "
                  "والتقى وزير الداخلية العراقي علي الجبوري الوفد الزائر. ")


def found(text: str, entities: list[E]) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, entities)))


def test_repeated_title_with_its_own_nisba_and_name() -> None:
    text = _TWO_MINISTERS + "وانتقد وزير الداخلية الأردني خالد العمري المغرب بشدة."
    assert ("criticizes", "خالد العمري", "المغرب") in found(text, MINISTERS)


def test_repeated_title_with_its_own_name() -> None:
    text = _TWO_MINISTERS + "وانتقد وزير الداخلية خالد العمري المغرب بشدة."
    assert ("criticizes", "خالد العمري", "المغرب") in found(text, MINISTERS)


def test_bare_title_after_two_holders_names_no_one() -> None:
    text = _TWO_MINISTERS + "وانتقد وزير الداخلية المغرب بشدة."
    assert not {s for s in found(text, MINISTERS) if s[0] == "criticizes"}


def test_title_with_another_country_and_no_name_names_no_one() -> None:
    text = _TWO_MINISTERS + "وانتقد وزير الداخلية الأردني المغرب بشدة."
    assert not {s for s in found(text, MINISTERS) if s[0] == "criticizes"}


def test_majesty_pronoun_after_the_verb() -> None:
    text = "استقبل جلالة الملك حسين الأول الوفد أمس. وأدان جلالته الهجوم على السفارة."
    doc = extract_relations(build_doc(text, KING))
    assert stance_holders(doc, "condemns") == {"حسين الأول"}


def test_majesty_pronoun_renewing_participle() -> None:
    text = ("استقبل جلالة الملك حسين الأول الوفد أمس. "
            "وأكد جلالته مجددا إدانته للهجوم على السفارة.")
    doc = extract_relations(build_doc(text, KING))
    assert stance_holders(doc, "condemns") == {"حسين الأول"}


def test_majesty_pronoun_with_no_king_introduced() -> None:
    text = "التقى سامي الحربي الوفد أمس. وأدان جلالته الهجوم على السفارة."
    doc = extract_relations(build_doc(text, KING))
    assert not stance_holders(doc, "condemns")


def test_king_named_as_a_recipient_is_not_the_holder() -> None:
    text = ("رفع سامي الحربي التهنئة إلى جلالة الملك حسين الأول. "
            "وأكد جلالته مجددا إدانته للهجوم على السفارة.")
    doc = extract_relations(build_doc(text, KING))
    assert "حسين الأول" not in stance_holders(doc, "condemns")


def test_renewing_participle_after_a_pronoun_of_no_style() -> None:
    text = ("استقبل جلالة الملك حسين الأول الوفد أمس. "
            "وأكد أنه مجددا يعلن إدانته للهجوم على السفارة.")
    doc = extract_relations(build_doc(text, KING))
    assert "حسين الأول" not in stance_holders(doc, "condemns")


NADER = E("Person", "نادر سليم", ("نادر سليم",))
KAREEM = E("Person", "كريم منصور", ("كريم منصور",))
LEAGUE = E("InternationalOrganization", "الجامعة العربية", ("الجامعة العربية",))
LEBANON = E("Country", "لبنان", ("اللبناني", "لبنان"))
ATTACK = [NADER, KAREEM, LEAGUE, LEBANON]


def test_attack_in_words_by_a_holder_with_a_nisba_title() -> None:
    text = "وشن السفير اللبناني نادر سليم هجوما عنيفا على كريم منصور بسبب تصريحاته الأخيرة."
    assert ("criticizes", "نادر سليم", "كريم منصور") in found(text, ATTACK)


def test_attack_on_the_unnamed_head_of_a_body_names_no_target() -> None:
    text = "وشن السفير اللبناني نادر سليم هجوما عنيفا على أمين الجامعة العربية بسبب تقريره."
    assert not {s for s in found(text, ATTACK) if s[0] == "criticizes"}


def test_attack_launched_by_a_country_stays_an_assault() -> None:
    text = "وشن لبنان بقيادة نادر سليم هجوما على الجامعة العربية."
    assert not {s for s in found(text, ATTACK) if s[0] == "criticizes"}

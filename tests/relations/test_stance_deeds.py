"""Praise of a deed names its actor; a title object names the one person who held it.

Sentences written for the tests (issue 12, stance recall): «أشاد بأداء رجال
الأمن», «بالدور الذي تلعبه X», «بما تقدمه X», «رحب الرئيس بمبعوث ...».
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

QATAR = E("Country", "قطر", ("قطر",), "Q846")
LIBYA = E("Country", "ليبيا", ("ليبيا",), "Q1016")
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",), "Q1065")
GCC = E("InternationalOrganization", "دول مجلس التعاون الخليجي", ("دول مجلس التعاون الخليجي",))
HASSAN = E("Person", "حسن العلي", ("حسن العلي",))
KARIM = E("Person", "كريم سالم", ("كريم سالم",))
SAMI = E("Person", "سامي يوسف", ("سامي يوسف",))
NAHDA = E("Organization", "حركة النهضة", ("حركة النهضة",))
TRIPOLI = E("City", "طرابلس", ("طرابلس",))
ENTITIES = [QATAR, LIBYA, UN, GCC, HASSAN, KARIM, SAMI, NAHDA, TRIPOLI]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize(("text", "actor"), [
    ("وأشاد حسن العلي بأداء رجال الأمن في طرابلس.", "رجال الأمن"),
    ("وأشاد حسن العلي بالدور الذي تلعبه قطر في ليبيا.", "قطر"),
    ("وثمن حسن العلي الجهود التي تبذلها حركة النهضة.", "حركة النهضة"),
    ("وأشاد حسن العلي بالدور الكبير الذي يقوم به الجيش لحماية طرابلس.", "الجيش"),
    ("وأشاد حسن العلي بدور الأشقاء في قطر.", "قطر"),
])
def test_praise_of_a_deed_is_praise_of_its_actor(text: str, actor: str) -> None:
    assert pairs(run(text), "praises") == {("حسن العلي", actor)}


def test_a_relational_noun_alone_names_nobody() -> None:
    assert not pairs(run("وأشاد حسن العلي بدور الأشقاء."), "praises")


def test_praise_opening_its_sentence_continues_the_actor() -> None:
    doc = run("ورحب حسن العلي بالوفد الزائر. وأشاد بما تقدمه قطر من دعم لليبيا.")
    assert pairs(doc, "praises") == {("حسن العلي", "قطر")}


def test_a_short_description_repeats_an_earlier_name() -> None:
    doc = run("وزار وفد دول مجلس التعاون الخليجي طرابلس. وأشاد حسن العلي بجهود دول المجلس.")
    assert pairs(doc, "praises") == {("حسن العلي", "دول مجلس التعاون الخليجي")}


def test_a_welcomed_title_is_the_one_person_who_held_it() -> None:
    doc = run("ووصل المبعوث الأممي كريم سالم إلى طرابلس. ورحب حسن العلي بمبعوث الأمم المتحدة.")
    assert pairs(doc, "welcomes") == {("حسن العلي", "كريم سالم")}


def test_a_title_two_people_held_is_left_alone() -> None:
    doc = run("ووصل المبعوث الأممي كريم سالم والمبعوث الأمريكي سامي يوسف إلى طرابلس. "
              "ورحب حسن العلي بالمبعوث في مكتبه.")
    assert not pairs(doc, "welcomes")


def test_a_light_verb_gives_its_subject_to_the_stance_noun() -> None:
    doc = run("ووجه حسن العلي انتقادات حادة إلى قطر.")
    assert pairs(doc, "criticizes") == {("حسن العلي", "قطر")}


def test_an_unknown_coordinated_subject_is_not_the_previous_actor() -> None:
    doc = run("وقال حسن العلي إن الوضع صعب. ودعم بلاتيني وحركة النهضة قطر.")
    assert ("حسن العلي", "قطر") not in pairs(doc, "supports")


def test_a_supporting_description_repeats_an_earlier_name() -> None:
    doc = run("وزار وفد دول مجلس التعاون الخليجي طرابلس. وقال حسن العلي إن دول المجلس الداعمة "
              "لليبيا ستواصل جهودها.")
    assert ("دول مجلس التعاون الخليجي", "ليبيا") in pairs(doc, "supports")
    alone = run("وقال حسن العلي إن دول المجلس الداعمة لليبيا ستواصل جهودها.")
    assert not pairs(alone, "supports")


def test_an_accusative_stance_noun_after_a_light_verb() -> None:
    doc = run("ووجه حسن العلي انتقادا حادا إلى قطر.")
    assert pairs(doc, "criticizes") == {("حسن العلي", "قطر")}

"""Targets of protest events, session 43 (helper tg43). Made-up sentences.

- «خرج آلاف المحتجين للاحتجاج على قرار الحكومة», «قام محتجون بالاحتجاج على إجراءات الوزير
  فلان»: the purpose words read with their clitics («للاحتجاج»), and the trigger «الاحتجاج»
  itself followed by «على», open what the protest is against (``event_objects.protest_target``).
- «احتجاجاً على قرار الحكومة بتوقيف فلان», «احتجاجات ضد الحكومة في كينيا»: a name in the «ب»
  complement of the protested noun, or behind «في» (where the protest is), is not what the
  protest is against; the authority in the phrase is.
- «اعتدى مستوطنون على المصلين», «أغارت طائرات على تجمع للمسلحين»: verbs of assault take what
  they hit behind «على», past their subject; the unnamed phrase there is the target
  (``event_assault_on``).
- «أطلق الجنود النار باتجاه الصيادين», «أطلقوا قذائف صوب دورية»: after fire or a weapon,
  «باتجاه» and «صوب» name what was shot at, as «على» does (``event_fire_toward``).
- «أن المتشددين اختطفوا سبعة جنود»: a past attack verb with the plural ending «ـوا» carries
  its subject; the unnamed phrase after it is the target even with no doer named
  (``event_plural_verbs``).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

KIRKUK = E("City", "الحلة", ("الحلة",))
KENYA = E("Country", "كينيا", ("كينيا",))
MINISTER = E("Person", "لوكا برناردي", ("لوكا برناردي",))
AGENCY = E("MediaOrganization", "وكالة النبأ", ("وكالة النبأ",))
GUARDS = E("ArmedGroup", "قوات خفر السواحل", ("قوات خفر السواحل",))
ALL = [KIRKUK, KENYA, MINISTER, AGENCY, GUARDS]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def targets(text: str, label: str) -> list[list[str]]:
    doc = run(text)
    return [role(doc, e, "target") for e in doc.events if e.label == label]


# What a protest is against


def test_purpose_with_clitics_opens_the_target() -> None:
    assert targets("وخرج آلاف المحتجين للاحتجاج على قرار الحكومة برفع الأسعار.",
                   "Protest") == [["الحكومة"]]


def test_protest_trigger_followed_by_on_names_the_target() -> None:
    assert targets("وقام محتجون في ضواحي الحلة بالاحتجاج على إجراءات الوزير لوكا برناردي "
                   "الأخيرة.", "Protest") == [["لوكا برناردي"]]


def test_a_protest_of_a_crowd_has_no_target() -> None:
    assert targets("وشارك الطلاب في الاحتجاج للمعلمين أمام الوزارة في الحلة.", "Protest") in (
        [], [[]])


def test_a_place_before_the_protest_is_no_target() -> None:
    found = targets("وتظاهر مئات الطلاب أمام مقر الحكومة في الحلة احتجاجا على غلاء الأسعار.",
                    "Protest")
    assert all(t == [] for t in found)


def test_a_name_in_the_complement_of_the_protested_noun_is_no_target() -> None:
    assert targets("وخرج آلاف المحتجين للاحتجاج على قرار الحكومة بتوقيف لوكا برناردي.",
                   "Protest") == [["الحكومة"]]



def test_a_place_behind_in_after_against_is_no_target() -> None:
    assert targets("وتصاعدت احتجاجات الطلاب ضد الحكومة في كينيا أمس.", "Protest") == [
        ["الحكومة"]]


def test_a_named_side_against_before_its_place_stays_the_target() -> None:
    assert targets("وتظاهر الآلاف ضد لوكا برناردي في الحلة.", "Protest") == [["لوكا برناردي"]]

# Verbs of assault with «على»


def test_victims_after_on_past_the_subject_are_the_target() -> None:
    assert targets("واعتدى مستوطنون على المزارعين قرب الحلة.", "Attack") == [["المزارعين"]]


def test_victims_right_after_on_with_a_pronoun_subject() -> None:
    assert targets("وقال شهود إن الجنود اعتدوا على المصلين في الحلة.", "Attack") == [
        ["المصلين"]]


def test_victims_after_a_manner_phrase_are_the_target() -> None:
    assert targets("واعتدى عناصر الشرطة بالضرب على المعتصمين.", "Attack") == [["المعتصمين"]]


def test_the_subject_of_an_assault_is_no_target() -> None:
    found = targets("واعتدت قوات الأمن على الطلاب في الحلة.", "Attack")
    assert found == [["الطلاب"]]


def test_the_place_of_an_assault_is_no_target() -> None:
    found = targets("واعتدى مستوطنون على المزارعين في الحلة.", "Attack")
    assert all("الحلة" not in t for t in found)


def test_the_source_of_an_assault_is_no_target() -> None:
    found = targets("واعتدى مستوطنون على المزارعين، حسب وكالة النبأ.", "Attack")
    assert all("وكالة النبأ" not in t for t in found)


def test_a_pronoun_after_on_is_no_target() -> None:
    assert targets("واعتدى مستوطنون عليه أمس.", "Attack") in ([], [[]])


# Fire aimed «باتجاه» / «صوب»


def test_victims_after_toward_fire_are_the_target() -> None:
    assert targets("وأطلقت قوات خفر السواحل النار باتجاه الصيادين قبالة الساحل.", "Attack") == [
        ["الصيادين"]]


def test_a_patrol_after_toward_weapons_is_the_target() -> None:
    assert targets("وأطلق مسلحون قذائف صوب دورية للشرطة قرب الحلة.", "Attack") == [["دورية"]]


def test_a_move_toward_a_place_names_no_target() -> None:
    assert targets("وتوجهت القوات باتجاه المدينة.", "Attack") == []


def test_the_place_of_the_shooting_is_no_target() -> None:
    found = targets("وأطلق مسلحون النار باتجاه المارة في الحلة.", "Attack")
    assert found == [["المارة"]]


# A plural verb carries its subject


def test_counted_victims_after_a_plural_verb_are_the_target() -> None:
    assert targets("وذكرت تقارير أن المتشددين في الجبال اختطفوا ثمانية جنود آخرين قرب الحلة.",
                   "Attack") == [["ثمانية جنود"]]


def test_the_manner_after_a_plural_verb_is_no_target() -> None:
    assert targets("وقالت المصادر إنهم خطفوا عنوة من منازلهم.", "Attack") in ([], [[]])


def test_the_manner_of_death_after_a_plural_killing_is_no_target() -> None:
    assert targets("وقال الشهود إنهم قتلوا ذبحا في الحلة.", "Killing") in ([], [[]])


def test_a_singular_verb_without_a_doer_keeps_the_noun_after_it_unread() -> None:
    assert targets("وقال الشهود إن الحادث وقع عندما خطف مسلحون سيارة.", "Attack") != [
        ["مسلحون"]]

"""Inflected forms of event triggers, session 28 (evinfl28).

- ``kg/relations/event_inflections.py``: the forms derived from the trigger table and mapped
  to their listed base (``trigger_form``): a violent perfect verb with an object pronoun
  («وقتله», «اغتالوه», «أسقطها»), a verbal noun with a possessive pronoun of its doer
  («معاركه», «انسحابهم») or of its victim («وقتله», «مقتله», «تحريرها»), the masculine dual
  («هاجما»); not «وزارة» (no «زار» + «ه»), «قتلته» («his killers»), nor the feminine dual.
- ``kg/relations/event_pronoun_objects.py``: the name right before a verb with an object
  pronoun is the pronoun's antecedent, never the doer; the victim's pronoun joined by «و»
  right after a person that is the object of a deed resumes that person
  (``conjunct_antecedent``: «خطف مسلحون الصحفي فلان وقتلوه», «الإطاحة بفلان وقتله»); such a
  verb or noun with no target read names no event («فقتلهم الله», «ما يبرر قتله»), nor a
  verb of a relative clause («فلان الذي اغتالته إسرائيل»); a phrase after the verb is
  never its target, but the place behind «على» hit by the bombs a pronoun names is
  («براميل أسقطها النظام على مدينة»); a doer's battle noun fights the side after «مع»
  («بعد معاركه مع الثوار»).

Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from kg.relations.event_draft import trigger_form
from kg.relations.index import Word
from kg.relations.lexicon import find_event
from tests.relations.conftest import event_args, triggers
from tests.relations.docbuilder import E, build_doc

ALI = E("Person", "علي حسن", ("علي حسن",))
SALEM = E("Person", "سالم كريم", ("سالم كريم",))
ISIS = E("ArmedGroup", "تنظيم داعش", ("تنظيم داعش", "التنظيم"))
REGIME = E("GovernmentBody", "النظام السوري", ("النظام السوري",))
ZABADANI = E("City", "الزبداني", ("الزبداني",))
BAGHDAD = E("City", "بغداد", ("بغداد",))
MOSUL = E("City", "الموصل", ("الموصل",))
ENTITIES = [ALI, SALEM, ISIS, REGIME, ZABADANI, BAGHDAD, MOSUL]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def _word(norm: str) -> Word:
    return Word(0, 0, len(norm), norm, 0)


@pytest.mark.parametrize(("norm", "base"), [
    ("وقتله", "قتل"), ("فقتلهم", "قتل"), ("اغتالوه", "اغتالوا"), ("اسقطها", "اسقط"),
    ("معاركه", "معارك"), ("تحريرها", "تحرير"), ("مقتله", "مقتل"), ("هاجما", "هاجم"),
])
def test_inflected_form_maps_to_its_base(norm: str, base: str) -> None:
    assert find_event(norm) is not None
    assert trigger_form(_word(norm)) == base


@pytest.mark.parametrize("norm", ["وزاره", "وزارته", "قتلته", "عذبه", "اختطفتا", "قصفه"])
def test_colliding_forms_are_no_triggers(norm: str) -> None:
    assert find_event(norm) is None or trigger_form(_word(norm)) == norm


def test_verb_with_object_pronoun_after_a_seizure_resumes_the_victim() -> None:
    doc = run("وخطف مسلحون الصحفي علي حسن وقتلوه في بغداد.")
    assert {("target", "علي حسن")} <= event_args(doc, "Killing")[0]
    assert triggers(doc, "Killing") == ["وقتلوه"]


def test_possessive_noun_after_an_ouster_resumes_the_person() -> None:
    doc = run("ويأتي ذلك في إطار صراع أوسع منذ الإطاحة بعلي حسن وقتله في عام 2011.")
    targets = [a for a in event_args(doc, "Killing")[0] if a[0] == "target"]
    assert targets == [("target", "علي حسن")]


def test_name_before_the_verb_is_no_doer() -> None:
    doc = run("وكان الصحفي علي حسن قد خرج من منزله، فقتله تنظيم داعش في الموصل.")
    assert not any(("agent", "علي حسن") in args for args in event_args(doc, "Killing"))


@pytest.mark.parametrize("text", [
    "إن هؤلاء المأجورين أرادوا إيذاء المملكة، فقتلهم الله جميعاً.",
    "وسيجدون لهم ما يبرر قتله ببساطة.",
    "وقال علي حسن إن سالم كريم الذي اغتالته إسرائيل عام 2004 كان قائداً.",
    "وأعلنت الشرطة مقتله في الموصل أمس.",
])
def test_pronoun_with_no_antecedent_names_no_killing(text: str) -> None:
    assert triggers(run(text), "Killing") == []


def test_place_behind_on_is_hit_by_the_bombs_the_pronoun_names() -> None:
    doc = run("براميل أسقطها النظام السوري على مدينة الزبداني يوم الأحد.")
    assert event_args(doc, "Attack") == [{("agent", "النظام السوري"), ("target", "الزبداني")}]


def test_phrase_after_the_verb_is_no_target() -> None:
    doc = run("براميل أسقطها النظام السوري يوم الأحد.")
    assert triggers(doc, "Attack") == []


def test_doer_battle_fights_the_side_after_with() -> None:
    doc = run("وتنتشر الدواوين في القرى التي اغتصبها التنظيم بعد معاركه مع الثوار مطلع العام.")
    args = event_args(doc, "MilitaryOperation")
    assert len(args) == 1 and ("agent", "تنظيم داعش") in args[0]
    assert any(r == "target" and name.endswith("الثوار") for r, name in args[0])


def test_doer_battle_without_a_clear_doer_names_nothing() -> None:
    doc = run("وتحدث الكتاب عن معاركه مع الثوار في كتاب جديد.")
    assert triggers(doc, "MilitaryOperation") == []

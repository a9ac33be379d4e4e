"""Descriptive actor phrases as agents and subjects (issue 12): a force, army or regime
named by its owner («قوات الأسد», «الجيش اليمني», «جيش الفتح»).

Sentences written for the tests.
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import event_args, stances
from tests.relations.docbuilder import E, build_doc

SYRIA = E("Country", "سوريا", ("سوريا",), "Q858")
YEMEN = E("Country", "اليمن", ("اليمن",), "Q805")
ASSAD = E("Person", "بشار الأسد", ("بشار الأسد", "الأسد"))
FATH = E("Miscellaneous", "الفتح", ("الفتح",))
HOMS = E("City", "حمص", ("حمص",))
TAIZ = E("City", "تعز", ("تعز",))
ENTITIES = [SYRIA, YEMEN, ASSAD, FATH, HOMS, TAIZ]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def agents(doc: Document) -> set[str]:
    return {name for label in ("MilitaryOperation", "Attack", "Killing", "Deployment",
                               "Withdrawal")
            for args in event_args(doc, label) for role, name in args if role == "agent"}


def test_a_leaders_forces_are_the_agent_not_the_leader() -> None:
    doc = run("وقصفت قوات الأسد أحياء مدينة حمص صباح اليوم.")
    assert "قوات الأسد" in agents(doc)
    assert "بشار الأسد" not in agents(doc)
    typed = {e.name: e.label for e in doc.entities}
    assert typed["قوات الأسد"] == "GovernmentBody"


def test_a_countrys_army_by_its_nisba() -> None:
    doc = run("وشن الجيش اليمني هجوما على مواقع المسلحين في تعز.")
    assert "الجيش اليمني" in agents(doc)


def test_a_group_named_jaysh_tagged_miscellaneous() -> None:
    doc = run("وهاجم جيش الفتح مواقع في ريف حمص.")
    assert "جيش الفتح" in agents(doc)
    assert {e.name: e.label for e in doc.entities}["جيش الفتح"] == "ArmedGroup"


def test_the_regime_by_its_nisba_holds_a_stance() -> None:
    doc = run("ورفض النظام السوري قرار الأمم المتحدة الأخير.")
    assert any(subject == "النظام السوري" for _, subject, _ in stances(doc)), stances(doc)


def test_a_head_without_owner_names_nobody() -> None:
    """No actor is typed for «القوات الحكومية»; since session 35 the phrase is the doer as an
    unnamed perpetrator («قوات الأمن» is one too), a Miscellaneous node
    (``perpetrators._OF_THE_STATE``)."""
    doc = run("وقصفت القوات الحكومية أحياء مدينة حمص صباح اليوم.")
    labels = {e.name: e.label for e in doc.entities}
    assert all(labels[name] == "Miscellaneous" for name in agents(doc) if "القوات" in name)
    assert not [e for e in doc.entities if e.label in {"GovernmentBody", "ArmedGroup"}]


def test_a_governed_phrase_is_no_subject() -> None:
    doc = run("وأشاد بقوات الأسد في حمص.")
    assert not [s for _, s, _ in stances(doc) if "قوات" in s]


def test_a_miscellaneous_name_opened_by_a_force_noun_is_an_armed_group() -> None:
    from kg.link.retype import as_armed_group
    from kg.model import Mention
    group = Mention(id="m1", start=0, end=9, text="جيش الفتح", label="Miscellaneous",
                    extractor="test", confidence=1.0, sentence_index=0)
    assert as_armed_group(group).label == "ArmedGroup"
    other = Mention(id="m2", start=0, end=10, text="كأس العالم", label="Miscellaneous",
                    extractor="test", confidence=1.0, sentence_index=0)
    assert as_armed_group(other).label == "Miscellaneous"
    alone = Mention(id="m3", start=0, end=3, text="جيش", label="Miscellaneous",
                    extractor="test", confidence=1.0, sentence_index=0)
    assert as_armed_group(alone).label == "Miscellaneous"


def test_the_bare_regime_is_the_regime_of_the_main_country() -> None:
    doc = run("وذكرت وكالة أنباء سوريا أن الاشتباكات مستمرة في سوريا. وهاجم النظام أحياء "
              "مدينة حمص صباح اليوم.")
    assert "نظام سوريا" in agents(doc), event_args(doc, "Deployment")


def test_the_regime_before_a_definite_word_may_be_a_system() -> None:
    doc = run("سوريا تعلن أرقاما جديدة. وهاجم النظام الجديد أحياء مدينة حمص.")
    assert "نظام سوريا" not in agents(doc)


HOUTHIS = E("ArmedGroup", "الحوثيين", ("الحوثيين",))


def test_militias_described_by_a_groups_adjective_are_that_group() -> None:
    doc = extract_relations(build_doc(
        "وقال مسؤول إن الحوثيين يحاصرون تعز. وهاجمت الميليشيات الحوثية أحياء مدينة تعز.",
        [*ENTITIES, HOUTHIS]))
    assert "الحوثيين" in agents(doc)


def test_a_movement_named_by_head_and_adjective() -> None:
    doc = run("وهاجمت المقاومة الشعبية مواقع المسلحين في تعز.")
    assert "المقاومة الشعبية" in agents(doc)
    assert {e.name: e.label for e in doc.entities}["المقاومة الشعبية"] == "ArmedGroup"


def test_an_untagged_place_after_the_verb_is_no_unnamed_target() -> None:
    doc = extract_relations(build_doc(
        "وقال مسؤول إن الحوثيين يحاصرون تعز. وقصفت الميليشيات الحوثية ضاحية بئر أحمد بالصواريخ.",
        [*ENTITIES, HOUTHIS]))
    assert not [name for args in event_args(doc, "Attack") for role, name in args
                if role == "target" and name.startswith("ضاحية")]


def test_an_actor_phrase_after_by_fire_of_is_the_agent() -> None:
    doc = run("وقالت مصادر إن خمسة مسلحين قُتلوا برصاص الجيش اليمني قرب تعز.")
    assert "الجيش اليمني" in agents(doc), event_args(doc, "Killing")
    doc = run("وقالت مصادر إن خمسة مسلحين قُتلوا برصاص المقاومة الشعبية قرب تعز.")
    assert "المقاومة الشعبية" in agents(doc), event_args(doc, "Killing")


def test_a_place_is_never_the_target_of_a_killing() -> None:
    doc = run("وقالت مصادر إن خمسة مسلحين قُتلوا برصاص المقاومة الشعبية قرب سوق شمالي مدينة "
              "تعز.")
    assert not [name for args in event_args(doc, "Killing") for role, name in args
                if role == "target" and name == "تعز"], event_args(doc, "Killing")


def test_an_actor_phrase_before_its_verb() -> None:
    doc = run("وقالت مصادر في سوريا إن قوات النظام هاجمت أحياء مدينة حمص.")
    assert "نظام سوريا" in agents(doc), agents(doc)
    doc = run("وكانت قوات الأسد هاجمت أحياء مدينة حمص.")
    assert "قوات الأسد" in agents(doc) and "بشار الأسد" not in agents(doc), agents(doc)


def test_people_counted_by_their_group_are_the_victims() -> None:
    doc = run("وقالت مصادر إن 6 حوثيين قُتلوا برصاص المقاومة الشعبية قرب تعز.")
    assert {("agent", "المقاومة الشعبية"), ("target", "6 حوثيين")} <= \
        event_args(doc, "Killing")[0], event_args(doc, "Killing")
    doc = run("وقالت مصادر إن 3 ملايين شخص نزحوا من تعز.")
    assert not event_args(doc, "Killing")

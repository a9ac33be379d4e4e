"""Killings, session 38 (helper v1). Made-up sentences.

- A killing noun told as the outcome of a deed recorded before it in the sentence («أسفرت
  غارة ... عن مقتل», «مما أسفر عن مقتل», «تسبب القصف في مقتل», «نتج عنه مقتل») is a killing
  of its own, done by the deed's doer (``event_outcome_doers``); with no doer told, or after a
  clash, or in a sentence whose massacre already names the killing, it takes none.
- A toll told again with another word for soldiers («14 جندياً», then «14 عسكرياً») is the same
  killing (``event_repeats.same_counted_head``).
- A killing joined by «أو» to another fate («قتلوا أو اعتقلوا») is a tally, no killing
  (``event_disjoined``).
- A gathering noun that is none («مقراً لتجمع المسلحين») does not stand for the deed whose
  outcome a killing after it is: the killing is still read (``event_triggers``).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

ARMY = E("Organization", "الجيش الكيني", ("الجيش الكيني",))
GROUP = E("Organization", "حركة الشباب", ("حركة الشباب",))
POLICE = E("Organization", "الشرطة الكينية", ("الشرطة الكينية",))
MILITIA = E("Organization", "ميليشيا النمور", ("ميليشيا النمور",))
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة", "أمريكية"))
TOWN = E("City", "غاريسا", ("غاريسا",))
ALL = [ARMY, GROUP, POLICE, MILITIA, USA, TOWN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def killings(doc: Document) -> list[Event]:
    return [event for event in doc.events if event.label == "Killing"]


# --- a killing told as the outcome of a deed before it -------------------------------------

def test_killing_after_so_that_takes_the_doer_of_the_strike() -> None:
    doc = run("وقال المتحدث إن الجيش الكيني قصف معسكراً لتدريب المسلحين قرب غاريسا، مما أسفر "
              "عن مقتل 15 مسلحاً.")
    found = killings(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["الجيش الكيني"]
    assert role(doc, found[0], "target") == ["15 مسلحاً"]


def test_killing_after_a_raid_that_resulted_takes_the_raids_doer() -> None:
    doc = run("أسفرت غارة أمريكية أمس عن مقتل ستة عناصر من حركة الشباب في جنوب الصومال.")
    found = killings(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["أمريكية"]


def test_killing_after_caused_by_shelling_takes_the_shellers() -> None:
    doc = run("وتسبب قصف شنته ميليشيا النمور على غاريسا في مقتل تسعة مدنيين.")
    found = killings(doc)
    assert [role(doc, e, "agent") for e in found] == [["ميليشيا النمور"]]


def test_killing_after_a_gathering_place_still_has_the_strikes_doer() -> None:
    doc = run("وذكر البيان أن الجيش الكيني استهدف مقراً لتجمع عناصر حركة الشباب في غاريسا، مما "
              "أسفر عن مقتل 12 عنصراً.")
    found = killings(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["الجيش الكيني"]


def test_killing_after_the_blast_told_again_takes_the_bomber() -> None:
    doc = run("فجر انتحاري من حركة الشباب نفسه في سوق غاريسا أمس، وأسفر الانفجار عن مقتل سبعة "
              "أشخاص.")
    found = killings(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["انتحاري من حركة الشباب"]


def test_killing_after_police_fire_led_to_takes_the_police() -> None:
    doc = run("أطلقت الشرطة الكينية النار على المحتجين في غاريسا، مما أدى إلى مقتل شخصين.")
    found = killings(doc)
    assert [role(doc, e, "agent") for e in found] == [["الشرطة الكينية"]]
    assert role(doc, found[0], "target") == ["شخصين"]


def test_killing_after_an_ambush_with_no_doer_takes_none() -> None:
    doc = run("قصف الجيش الكيني مواقع في غاريسا، وأسفر كمين لمسلحين عن مقتل سبعة جنود.")
    assert all(role(doc, e, "agent") == [] for e in killings(doc))


def test_killing_after_a_clash_takes_no_doer() -> None:
    doc = run("اندلعت اشتباكات بين الجيش الكيني وحركة الشباب في غاريسا، مما أسفر عن مقتل "
              "عشرة أشخاص.")
    assert all(role(doc, e, "agent") == [] for e in killings(doc))


def test_killing_after_another_cause_noun_takes_no_doer() -> None:
    doc = run("قصف الجيش الكيني مواقع في غاريسا، وأسفر انفجار سيارة مفخخة في السوق عن مقتل "
              "سبعة أشخاص.")
    assert all(role(doc, e, "agent") != ["الجيش الكيني"] for e in killings(doc))


def test_toll_of_a_massacre_told_again_is_no_new_killing() -> None:
    doc = run("ارتكبت ميليشيا النمور مجزرة في غاريسا بعدما قصفت الحي بالصواريخ مما أدى إلى "
              "مقتل 30 مدنياً.")
    found = killings(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["ميليشيا النمور"]


def test_killing_after_an_unnamed_bombers_blast_stays_its_toll() -> None:
    doc = run("فجر انتحاري نفسه في سوق غاريسا أمس، مما أدى إلى مقتل سبعة أشخاص.")
    assert all(role(doc, e, "agent") == [] for e in killings(doc))


# --- a killing joined by «أو» to another fate ----------------------------------------------

def test_killed_or_arrested_tally_is_no_killing() -> None:
    doc = run("وبحسب الوزارة فإن 102 مسلح قتلوا أو اعتقلوا أو استسلموا خلال النصف الأول من العام.")
    assert killings(doc) == []


def test_killed_or_wounded_is_no_killing() -> None:
    doc = run("قتل أو أصيب أكثر من مئة شخص في غاريسا أمس.")
    assert killings(doc) == []


def test_killed_and_wounded_is_a_killing() -> None:
    doc = run("قتل وجرح أكثر من مئة شخص في غاريسا أمس.")
    assert len(killings(doc)) == 1


# --- a toll told again with another word for soldiers --------------------------------------

def test_toll_of_soldiers_told_again_as_troops_is_the_same_killing() -> None:
    doc = run("تبنى تنظيم حركة الشباب قتل 14 جنديا كينيا في كمين نصبه في غاريسا. وقال التنظيم في "
              "بيان إن عناصره “تمكنوا من قتل 14 عسكريا اثر كمين نصبوه لمجموعة من عساكر” الجيش "
              "الكيني.")
    assert len(killings(doc)) == 1


def test_same_count_of_other_people_is_another_killing() -> None:
    doc = run("تبنى تنظيم حركة الشباب قتل 14 جنديا كينيا في كمين نصبه في غاريسا. وقال التنظيم في "
              "بيان إن عناصره “تمكنوا من قتل 14 مدنيا اثر كمين نصبوه لمجموعة من عساكر” الجيش "
              "الكيني.")
    assert len(killings(doc)) == 2


# --- a killing verb whose definite subject before it names the dead told before ------------

def test_definite_dead_before_the_verb_are_the_killing_told_before() -> None:
    doc = run("لقي العشرات من عناصر حركة الشباب مصرعهم في المواجهات الجارية في غاريسا. وقال "
              "قائد الشرطة الكينية إن العشرات من عناصر الحركة قتلوا في عمليات تطهير المدينة.")
    assert len(killings(doc)) == 1


def test_definite_doers_before_a_verb_with_an_object_kill_anew() -> None:
    doc = run("لقي العشرات من عناصر حركة الشباب مصرعهم في المواجهات الجارية في غاريسا. وقال "
              "قائد الشرطة الكينية إن العناصر قتلوا ثلاثة جنود في المدينة.")
    assert len(killings(doc)) == 2


def test_counted_dead_before_the_verb_are_a_killing_of_their_own() -> None:
    doc = run("لقي العشرات من عناصر حركة الشباب مصرعهم في المواجهات الجارية في غاريسا. وقال "
              "قائد الشرطة الكينية إن خمسة من عناصر الحركة قتلوا في قرية أخرى.")
    assert len(killings(doc)) == 2

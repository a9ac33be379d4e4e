"""Session 26 (gsrroles26): the agents and targets of violent events.

Rules tested here:

- a second verb of force joined by «و»/«ف» to a verb-first clause ends the first verb's
  target: the names after it are the second verb's («هاجمت القوات القرية وقتلت المدرس فلاناً»;
  ``event_joined_deeds.drop_targets_past_next_deed``);
- a feminine second verb of force before a masculine noun, joined to a clause whose
  feminine verb had its subject read, is that subject's active deed, not a passive
  («وخطفت حركة طالبان تسعة جنود وقتلت أحدهم»; ``event_joined_deeds.joined_doer``), and the
  count of the first verb's object is not its toll (``event_conjoined_verbs``);
- a state force named right after a joined verb («، وقتل الجيش خمسة») is that verb's own
  subject: the name of the clause before is not its agent
  (``event_joined_deeds.force_subject_after``);
- a protest's crowd counted as the members of a body («تظاهر مئات من أنصار حزب العمال») has
  the named body as its doer, and with no name tagged the crowd phrase runs to the body's
  name («عشرات من أعضاء حزب الغد»), not the bare count (``crowd_members``);
- the subject of «نجا» whose «من» governs an attack or an attempt on a life is that event's
  target, named or as a phrase («نجا الوزير فلان من محاولة اغتيال»; ``event_survivors``);
- a unit of the state's force («قوة من الجيش», «فرقة مظلية من قوات مكافحة الإرهاب») is an
  unnamed doer, before its verb or after it, and never the victim of a passive reading
  (``force_units``); «آخرون» after the doers' noun is their adjective, never the victims
  («وقتل مسلحون آخرون خمسة مدنيين»; ``perpetrators``);
- a time fenced by commas after a killing verb's subject («قتلت القوات الأميركية، فجر اليوم،
  ثلاثة مسلحين») does not end the clause: the counted phrase after it is the target and
  its count the toll (``event_fenced_times``);
- a protest against a measure of an authority («احتجاجاً على قرار الحكومة») has the authority
  as its target (``protest_authorities``); so is the aim of the protest noun behind «في» that
  tells the protest verb's protest again («خرجوا إلى الشوارع في مظاهرات تطالب السلطة بـ»).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import event_args
from tests.relations.docbuilder import E, build_doc

TALIBAN = E("ArmedGroup", "حركة طالبان", ("حركة طالبان",))
ARMY = E("Organization", "القوات الأميركية", ("القوات الأميركية",))
POLICE = E("Organization", "الشرطة", ("الشرطة",))
HANI = E("Person", "هاني سالم", ("هاني سالم",))
KARIM = E("Person", "كريم يوسف", ("كريم يوسف",))
LABOUR = E("PoliticalParty", "حزب العمال", ("حزب العمال",))
BAGHDAD = E("City", "بغداد", ("بغداد",))
ALL = [TALIBAN, ARMY, POLICE, HANI, KARIM, LABOUR, BAGHDAD]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def _killing(doc: Document) -> set[tuple[str, str]]:
    found = event_args(doc, "Killing")
    assert len(found) == 1
    return found[0]


def test_the_attack_target_stops_at_a_joined_killing_verb() -> None:
    doc = run("هاجمت القوات الأميركية القرية وقتلت المدرس هاني سالم.")
    attack = event_args(doc, "Attack")
    assert attack and not any(role == "target" for role, _ in attack[0])
    assert ("target", "هاني سالم") in _killing(doc)


def test_a_plural_joined_verb_also_ends_the_first_target() -> None:
    doc = run("هاجم المسلحون القرية وخطفوا المهندس كريم يوسف.")
    first = [args for args in event_args(doc, "Attack") if ("target", "كريم يوسف") in args]
    assert len(first) == 1  # the kidnapping's, not the attack's too


def test_a_target_before_the_joined_verb_is_kept() -> None:
    doc = run("هاجمت القوات الأميركية مقر حركة طالبان وقتلت المدرس هاني سالم.")
    attack = event_args(doc, "Attack")
    assert attack and ("target", "حركة طالبان") in attack[0]


def test_a_joined_noun_of_killing_does_not_cut_the_target() -> None:
    doc = run("هاجمت حركة طالبان مقر الشرطة وقتل جندي في المدينة.")
    attack = event_args(doc, "Attack")
    assert attack and ("target", "الشرطة") in attack[0]


def test_a_feminine_joined_killing_is_the_subject_deed() -> None:
    doc = run("وخطفت حركة طالبان تسعة جنود وقتلت أحدهم.")
    assert _killing(doc) == {("agent", "حركة طالبان"), ("target", "أحدهم")}
    killing = next(e for e in doc.events if e.label == "Killing")
    assert killing.casualties is None  # «تسعة جنود» were kidnapped, not killed


def test_a_joined_killing_after_a_light_verb_is_the_subject_deed() -> None:
    doc = run("وقامت حركة طالبان بخطف تسعة جنود وقتلت التاسع.")
    assert ("agent", "حركة طالبان") in _killing(doc)


def test_a_feminine_noun_after_the_joined_verb_stays_passive() -> None:
    doc = run("هاجمت القوات الأميركية القرية وقتلت امرأة.")
    assert not any(role == "agent" for role, _ in _killing(doc))


def test_a_masculine_first_verb_leaves_the_feminine_one_alone() -> None:
    doc = run("وخطف مسلحون تسعة جنود وقتلت المدرسة.")
    assert not any(role == "agent" and name == "مسلحون"
                   for args in event_args(doc, "Killing") for role, name in args)


def test_a_crowd_of_members_of_a_named_party_has_the_party_as_doer() -> None:
    doc = run("تظاهر مئات من أنصار حزب العمال في المدينة أمس.")
    assert ("agent", "حزب العمال") in event_args(doc, "Protest")[0]


def test_a_counted_crowd_of_members_after_a_time_word_has_the_party_as_doer() -> None:
    doc = run("تظاهر أمس عشرات من أعضاء حزب العمال أمام مقر البرلمان.")
    assert ("agent", "حزب العمال") in event_args(doc, "Protest")[0]


def test_a_crowd_of_members_of_an_untagged_body_runs_to_its_name() -> None:
    doc = run("تظاهر عشرات من أعضاء حزب الغد أمام مقر البرلمان.")
    assert ("agent", "عشرات من أعضاء حزب الغد") in event_args(doc, "Protest")[0]


def test_a_crowd_of_members_of_an_unnamed_body_keeps_the_count() -> None:
    doc = run("تظاهر عشرات من أعضاء الحزب في المدينة.")
    assert ("agent", "عشرات") in event_args(doc, "Protest")[0]


def test_a_crowd_of_students_is_left_as_it_was() -> None:
    doc = run("تظاهر عشرات من الطلاب أمام الجامعة.")
    assert ("agent", "عشرات من الطلاب") in event_args(doc, "Protest")[0]


def _violent_targets(doc: Document) -> set[str]:
    return {name for label in ("Attack", "Killing") for args in event_args(doc, label)
            for role, name in args if role == "target"}


def test_the_one_who_escaped_an_assassination_attempt_is_its_target() -> None:
    doc = run("وأعلنت الشرطة أن الوزير كريم يوسف نجا من محاولة اغتيال في بغداد.")
    assert _violent_targets(doc) == {"كريم يوسف"}


def test_an_unnamed_survivor_after_the_verb_is_the_target_phrase() -> None:
    doc = run("وقال مصدر إن قائد مجلس الصحوة نجا من محاولة اغتيال بتفجير انتحاري.")
    assert "قائد مجلس الصحوة" in _violent_targets(doc)


def test_a_place_behind_the_survivor_is_no_part_of_the_target() -> None:
    doc = run("وأعلنت الشرطة أن قائد الشرطة نجا في بغداد من محاولة اغتيال.")
    assert "بغداد" not in _violent_targets(doc)


def test_an_attack_not_escaped_takes_no_survivor() -> None:
    doc = run("وأعلنت الشرطة أن الوزير كريم يوسف أدان محاولة اغتيال في بغداد.")
    assert "كريم يوسف" not in _violent_targets(doc)


def test_a_unit_of_the_army_before_its_verb_is_the_doer() -> None:
    doc = run("وكانت قوة من الجيش قد قتلت أربعة مسلحين في المدينة.")
    assert ("agent", "قوة من الجيش") in _killing(doc)


def test_a_described_unit_of_named_forces_is_the_doer() -> None:
    doc = run("وكانت فرقة مظلية من قوات مكافحة الإرهاب قد قتلت أربعة من المتهمين.")
    assert ("agent", "فرقة مظلية من قوات مكافحة الإرهاب") in _killing(doc)


def test_a_unit_after_its_verb_is_the_doer_not_the_victim() -> None:
    assert _killing(run("قتلت قوة من الشرطة أمس ثلاثة مسلحين.")) == {
        ("agent", "قوة من الشرطة"), ("target", "ثلاثة مسلحين")}


def test_a_band_of_students_is_no_unit() -> None:
    doc = run("وكانت فرقة من الطلاب قد قتلت أربعة من المارة.")
    assert not any(role == "agent" for role, _ in _killing(doc))


def _toll(doc: Document) -> int | None:
    return next(e.casualties for e in doc.events if e.label == "Killing")


def test_the_counted_victims_after_a_fenced_time_are_the_target() -> None:
    doc = run("قتلت القوات الأميركية، فجر اليوم، ثلاثة مسلحين في بغداد.")
    assert _killing(doc) >= {("agent", "القوات الأميركية"), ("target", "ثلاثة مسلحين")}
    assert _toll(doc) == 3


def test_a_time_opened_by_a_comma_and_not_closed_is_crossed_too() -> None:
    doc = run("قتلت القوات الأميركية، بعد ظهر أمس خمسة مسلحين في بغداد.")
    assert ("target", "خمسة مسلحين") in _killing(doc)


def test_a_fenced_source_is_not_crossed() -> None:
    doc = run("قتلت القوات الأميركية، بحسب المصدر، ثلاثة مسلحين في بغداد.")
    assert ("target", "ثلاثة مسلحين") not in _killing(doc)


def test_an_army_after_a_joined_verb_is_its_own_subject() -> None:
    doc = run("وخطفت حركة طالبان تسعة جنود، وقتل الجيش خمسة من المسلحين.")
    assert ("agent", "حركة طالبان") not in _killing(doc)


def test_a_police_after_a_joined_verb_and_a_time_is_its_own_subject() -> None:
    doc = run("وخطفت حركة طالبان تسعة جنود، وقتلت الشرطة أمس خمسة من المسلحين.")
    assert ("agent", "حركة طالبان") not in _killing(doc)


def test_a_joined_verb_with_no_force_after_it_keeps_the_subject() -> None:
    doc = run("وخطفت حركة طالبان تسعة جنود، وقتلت خمسة من المسلحين.")
    assert ("agent", "حركة طالبان") in _killing(doc)


def test_others_after_the_doers_noun_is_their_adjective() -> None:
    assert _killing(run("وقتل مسلحون آخرون خمسة مدنيين في القرية.")) == {
        ("agent", "مسلحون آخرون"), ("target", "خمسة مدنيين")}


def test_others_killed_with_no_object_are_never_a_target_of_their_own() -> None:
    assert ("target", "آخرون") not in _killing(run("وقتل مسلحون آخرون في الاشتباكات."))


def test_the_authority_behind_a_protested_measure_is_the_target() -> None:
    doc = run("تظاهر آلاف الطلاب أمس احتجاجا على قرار الحكومة.")
    assert ("target", "الحكومة") in event_args(doc, "Protest")[0]


def test_a_protested_measure_of_no_authority_names_no_target() -> None:
    doc = run("تظاهر آلاف الطلاب أمس احتجاجا على ارتفاع الأسعار.")
    assert not any(role == "target" for role, _ in event_args(doc, "Protest")[0])


def test_the_aim_of_the_protest_told_again_is_the_verb_protest_target() -> None:
    doc = run("وكان متظاهرون قد خرجوا الى الشوارع السبت، وسط المدينة في مظاهرات تطالب"
              " الحكومة بوقف المفاوضات.")
    (protest,) = event_args(doc, "Protest")
    assert ("target", "الحكومة") in protest


def test_a_protest_noun_in_another_sentence_lends_no_aim() -> None:
    doc = run("خرج المتظاهرون إلى الشوارع. وقال كريم يوسف إن الطلاب شاركوا في مظاهرات"
              " تطالب الحكومة بوقف المفاوضات.")
    assert all(("target", "الحكومة") not in args for args in event_args(doc, "Protest"))

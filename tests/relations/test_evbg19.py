"""Events on unseen news, session 19 (evbg19): «لقي ... على الأقل مصرعهم» past a long victim
phrase; passive victims joined by «و» after «على الأقل»; a death told as the outcome of a fire
or a flood is no killing; «خطف انتباهنا» is a figure; who recalls an anniversary did not do
the deed."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import event_labels
from tests.relations.docbuilder import E, build_doc, only, role

ISIS = E("ArmedGroup", "داعش", ("تنظيم داعش", "داعش"))
HAMA = E("City", "حماة", ("حماة",))
MOSUL = E("City", "الموصل", ("الموصل",))
UK = E("Country", "بريطانيا", ("بريطانيا",))
OBAMA = E("Person", "باراك أوباما", ("أوباما",))
KENYA = E("Country", "كينيا", ("كينيا",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
BOKO = E("ArmedGroup", "بوكو حرام", ("بوكو حرام",))
ALL = [ISIS, HAMA, MOSUL, UK, HOUTHIS, OBAMA, KENYA, BOKO]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def test_met_death_past_a_long_phrase_with_at_least() -> None:
    doc = run("لقي سبعة من عناصر الشرطة المحلية على الأقل مصرعهم في اشتباكات قرب حماة.")
    killing = only(doc, "Killing")
    assert role(doc, killing, "target") == ["سبعة من عناصر الشرطة"]
    assert killing.casualties == 7


def test_passive_victims_joined_after_at_least() -> None:
    doc = run("وقال ضابط إن تسعة مدنيين على الأقل وشرطيا واحدا قتلوا قرب حماة مساء أمس.")
    assert role(doc, only(doc, "Killing"), "target") == ["تسعة مدنيين على الأقل وشرطيا واحدا"]


def test_passive_victims_with_at_least_still_read() -> None:
    doc = run("وقال ضابط إن تسعة مدنيين على الأقل قتلوا قرب حماة مساء أمس.")
    assert role(doc, only(doc, "Killing"), "target") == ["تسعة مدنيين"]


def test_at_least_without_a_joined_victim_keeps_the_reach() -> None:
    doc = run("وقال ضابط إن المسلحين هاجموا القرية على الأقل قتلوا قرب حماة.")
    assert all(role(doc, e, "target") != ["القرية على الأقل"] for e in doc.events)


def test_a_death_from_a_fire_is_no_killing() -> None:
    doc = run("وأعلنت السلطات أمس إخماد حرائق غابات أسفرت عن مقتل شرطي.")
    assert "Killing" not in event_labels(doc)


def test_a_death_from_floods_is_no_killing() -> None:
    doc = run("وضربت السيول قرى الشمال وأدت إلى مقتل عشرة أشخاص.")
    assert "Killing" not in event_labels(doc)


def test_a_death_from_an_attack_is_still_a_killing() -> None:
    doc = run("وأسفر سقوط قذائف على حماة عن مقتل عشرة أشخاص.")
    assert role(doc, only(doc, "Killing"), "target") == ["عشرة أشخاص"]


def test_a_fire_after_the_killing_word_still_counts() -> None:
    doc = run("قتل ثلاثة أشخاص في حريق شب في مبنى بحماة.")
    assert "Killing" not in event_labels(doc)


def test_seizing_our_attention_is_a_figure() -> None:
    doc = run("وقال الزائر إن المهرجان خطف انتباهنا منذ اليوم الأول.")
    assert doc.events == ()


def test_seizing_their_hearts_is_a_figure() -> None:
    doc = run("واختطف المسلسل قلوبهم في الموسم الماضي.")
    assert doc.events == ()


def test_kidnapping_her_son_is_a_kidnapping() -> None:
    doc = run("خطف مسلحون ابنها قرب حماة أمس.")
    assert role(doc, only(doc, "Attack"), "target") == ["ابنها"]


def test_who_recalls_an_anniversary_did_not_do_it() -> None:
    doc = run("تحيي بريطانيا الذكرى العاشرة لتفجيرات لندن.")
    assert doc.events == ()


def test_an_anniversary_keeps_its_genitive_doer() -> None:
    doc = run("تحيي بريطانيا ذكرى هجوم داعش على الموصل.")
    attack = only(doc, "Attack")
    assert role(doc, attack, "agent") == ["داعش"]
    assert attack.historical


def test_an_attack_after_bad_with_a_past_year_is_background() -> None:
    doc = run("وشددت الشرطة إجراءاتها بعد هجوم داعش على الموصل العام الماضي.")
    attack = only(doc, "Attack")
    assert role(doc, attack, "agent") == ["داعش"]
    assert attack.historical


def test_protests_after_aqib_in_a_named_year_are_background() -> None:
    doc = run("وتعرضت الحكومة لمطالبات متصاعدة عقب مظاهرات الحوثيين عام 2014 في الموصل.")
    protest = only(doc, "Protest")
    assert role(doc, protest, "agent") == ["الحوثيين"]
    assert protest.historical


def test_protests_with_nobody_named_are_left_out() -> None:
    doc = run("وتعرضت الحكومة لمطالبات متصاعدة عقب المظاهرات الطلابية عام 2014 في الموصل.")
    assert doc.events == ()


def test_a_killing_after_ithr_with_a_past_year_is_background() -> None:
    doc = run("وشددت الشرطة إجراءاتها إثر مقتل ثلاثة جنود في الموصل عام 2013.")
    killing = only(doc, "Killing")
    assert role(doc, killing, "target") == ["ثلاثة جنود"]
    assert killing.historical


def test_a_month_more_than_three_back_is_background() -> None:
    doc = run("وشددت الشرطة إجراءاتها بعد هجوم شنه داعش على الموصل في مارس الماضي.")
    assert only(doc, "Attack").historical


def test_an_attack_after_bad_this_month_stays_the_cause() -> None:
    doc = run("وشددت الشرطة إجراءاتها بعد هجوم شنه داعش على الموصل في يوليو الجاري.")
    assert doc.events == ()


def test_an_attack_after_bad_with_no_time_stays_the_cause() -> None:
    doc = run("وشددت الشرطة إجراءاتها بعد هجوم داعش على الموصل.")
    assert doc.events == ()


def test_a_past_year_of_something_else_far_away_is_not_read() -> None:
    doc = run("وشددت الشرطة إجراءاتها بعد هجوم داعش على الجسر الكبير في وسط الموصل "
              "الذي بني عام 1990.")
    assert doc.events == ()


def test_a_count_beyond_the_article_year_is_no_year() -> None:
    doc = run("وأسفرت غارات الطائرات على الموصل عن مقتل ما لا يقل عن 2076 مقاتلا من داعش.")
    assert doc.events
    assert all(e.time is None or not e.time.startswith("2076") for e in doc.events)


def test_a_year_to_come_after_aam_is_still_read() -> None:
    doc = run("وقال الوزير إن المحادثات مع الحوثيين ستعقد في حماة عام 2016.")
    assert all(e.time in (None, "2016") for e in doc.events)


def test_a_visit_later_this_month_is_to_come() -> None:
    doc = run("وزيارة أوباما إلى كينيا في وقت لاحق هذا الشهر ستكون الأولى له.")
    assert doc.events == ()


def test_later_that_day_is_the_story_own_time() -> None:
    doc = run("وزار أوباما كينيا في وقت لاحق من ذلك اليوم.")
    assert only(doc, "Visit").label == "Visit"


def test_met_death_gives_a_quantified_subject_as_target() -> None:
    doc = run("لقي العشرات من عناصر تنظيم داعش مصرعهم في غارات على الموصل.")
    assert role(doc, only(doc, "Killing"), "target") == ["العشرات من عناصر تنظيم داعش"]


def test_met_death_gives_a_named_person_as_target() -> None:
    doc = run("ولقي أوباما حتفه في هجوم مسلح قرب حماة.")
    killing = only(doc, "Killing")
    assert role(doc, killing, "target") == ["أوباما"]
    assert role(doc, killing, "agent") == []


def test_met_death_in_an_accident_is_still_none() -> None:
    doc = run("لقي ثلاثة عمال حتفهم غرقا قرب حماة.")
    assert doc.events == ()


def test_a_visit_in_the_time_it_describes_is_now() -> None:
    doc = run("وقال المسؤول إن داعش هاجم الموصل عام 2013. ويأتي التقرير في وقت يزور فيه "
              "أوباما كينيا.")
    visit = only(doc, "Visit")
    assert not visit.historical


def test_fihi_after_an_event_still_recalls_the_year_before() -> None:
    doc = run("وفي عام 2013 شهدت الموصل هجوما. وقتل فيه أربعون شخصا.")
    assert only(doc, "Killing").historical


def test_a_since_date_in_a_clause_of_its_own_is_no_event_time() -> None:
    doc = run("وهاجم عناصر داعش السكان الذين قرروا العودة إلى منازلهم في الموصل، حيث كانوا "
              "يعيشون حياة التشرد منذ يناير الماضي.")
    attack = only(doc, "Attack")
    assert not attack.historical
    assert attack.time is None


def test_a_past_year_of_the_event_still_makes_it_background() -> None:
    doc = run("وقتل داعش عشرة أشخاص في الموصل عام 2014.")
    assert only(doc, "Killing").historical


def test_counted_victims_after_at_least_and_min() -> None:
    doc = run("وقتل 19 على الأقل من مقاتلي بوكو حرام في اشتباكات مساء أمس.")
    killing = only(doc, "Killing")
    assert role(doc, killing, "target") == ["19 على الأقل من مقاتلي بوكو حرام"]
    assert killing.casualties == 19


def test_passive_victims_after_at_least_and_min_are_no_agent() -> None:
    doc = run("وقال مصدر إن 19 على الأقل من مقاتلي بوكو حرام قتلوا في اشتباكات مساء أمس.")
    killing = only(doc, "Killing")
    assert role(doc, killing, "agent") == []
    assert role(doc, killing, "target") == ["19 على الأقل من مقاتلي بوكو حرام"]


def test_a_dual_joined_last_is_not_the_count() -> None:
    doc = run("وقال مصدر عسكري إن 19 على الأقل من مقاتلي بوكو حرام وجنديين من تشاد قتلوا "
              "في اشتباكات مساء أمس.")
    assert role(doc, only(doc, "Killing"), "target") == [
        "19 على الأقل من مقاتلي بوكو حرام وجنديين من تشاد"]


def test_a_dual_alone_is_still_the_count() -> None:
    doc = run("وقال مصدر إن جنديين قتلوا في اشتباكات قرب حماة.")
    killing = only(doc, "Killing")
    assert role(doc, killing, "target") == ["جنديين"]
    assert killing.casualties == 2


def test_a_light_verb_with_its_subject_between_takes_the_lam_object() -> None:
    doc = run("وقام الحوثيون بقصف متعمد لمدينة الموصل.")
    attack = only(doc, "Attack")
    assert role(doc, attack, "agent") == ["الحوثيون"]
    assert role(doc, attack, "target") == ["لمدينة الموصل"]


def test_a_light_verb_with_a_time_word_between_takes_the_lam_object() -> None:
    doc = run("وقام الحوثيون اليوم بقصف متعمد لمدينة الموصل.")
    assert role(doc, only(doc, "Attack"), "target") == ["لمدينة الموصل"]


def test_a_light_verb_noun_of_purpose_is_no_object() -> None:
    doc = run("وقام الحوثيون أمس بهجوم للسيطرة على الموصل.")
    assert all(role(doc, e, "target") != ["للسيطرة"] for e in doc.events)

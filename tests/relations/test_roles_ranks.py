"""Ranks, honorifics and compound titles around a name (issue #12)."""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

MALI = E("Country", "مالي", ("مالي",), "Q912")
LOUIS = E("Person", "لويس مارتان", ("لويس مارتان",))
ADAMA = E("Person", "آدم كوني", ("آدم كوني",))
HAMID = E("Person", "حامد بن زيد", ("حامد بن زيد",))
# The NER often tags a compound title as a person of its own.
CUSTODIAN = E("Person", "خادم الحرمين الشريفين", ("خادم الحرمين الشريفين",))
ALL = [MALI, LOUIS, ADAMA, HAMID, CUSTODIAN]


def held(text: str) -> set[tuple[str, str]]:
    return pairs(extract_relations(build_doc(text, ALL)), "holdsPosition")


def test_a_rank_after_the_title_opens_the_name() -> None:
    found = held("وتفقد مدير شرطة المحافظة المقدم لويس مارتان مواقع الحراسة.")
    assert ("لويس مارتان", "مدير شرطة المحافظة") in found
    assert not any("المقدم" in name for _, name in found)


def test_a_general_rank_with_its_grade_is_no_part_of_the_body() -> None:
    doc = extract_relations(build_doc(
        "وحضر رئيس هيئة الأركان العامة الفريق أول ركن آدم كوني المناورة.", ALL))
    assert ("آدم كوني", "رئيس") in pairs(doc, "holdsPosition")
    bodies = {body for _, body in pairs(doc, "positionOf")}
    assert bodies == {"هيئة الأركان العامة"}


def test_an_ambassador_named_alone_holds_the_office_and_speaks_later() -> None:
    doc = extract_relations(build_doc(
        "وصل السفير لويس مارتان إلى العاصمة أمس. وقال السفير إن الزيارة ناجحة.", ALL))
    assert ("لويس مارتان", "السفير") in pairs(doc, "holdsPosition")
    assert any(speaker == "لويس مارتان" for speaker, _ in pairs(doc, "stated"))


def test_ambassador_after_another_title_is_a_diplomatic_rank() -> None:
    found = held("وأكد المتحدث باسم وزارة الخارجية السفير آدم كوني أن الموقف ثابت.")
    assert not any(name == "السفير" for _, name in found)
    assert any(person == "آدم كوني" and name.startswith("المتحدث") for person, name in found)


def test_ambassador_styled_so_by_rank_elsewhere_in_the_article() -> None:
    found = held("وأكد وكيل وزارة الخارجية في مالي السفير آدم كوني أن الموقف ثابت. "
                 "وشدد السفير آدم كوني على الحوار.")
    assert not any(name == "السفير" for _, name in found)


def test_a_compound_title_tagged_as_a_person_is_the_next_names_title() -> None:
    found = held("وبعث الوزير برقية تهنئة إلى خادم الحرمين الشريفين الملك حامد بن زيد.")
    assert ("حامد بن زيد", "خادم الحرمين الشريفين") in found
    assert ("حامد بن زيد", "الملك") in found
    assert not any(person == "خادم الحرمين الشريفين" for person, _ in found)


def test_a_king_named_in_an_institution_gets_no_title() -> None:
    found = held("وزار الوفد مستشفى الملك حامد بن زيد في العاصمة.")
    assert not any(name == "الملك" for _, name in found)


def test_a_name_between_commas_after_its_title() -> None:
    doc = extract_relations(build_doc(
        "وقال وزير الخارجية المالي، لويس مارتان، إن الحوار مستمر.", ALL))
    assert ("لويس مارتان", "وزير الخارجية") in pairs(doc, "holdsPosition")
    assert ("وزير الخارجية", "مالي") in pairs(doc, "positionOf")


def test_a_name_between_dashes_after_its_title_and_rank() -> None:
    found = held("وأكد مدير عام الشرطة – اللواء لويس مارتان – أن الأمن مستتب.")
    assert ("لويس مارتان", "مدير عام الشرطة") in found


def test_names_listed_with_commas_take_no_title() -> None:
    assert held("وحضر الاجتماع آدم كوني، لويس مارتان، وغيرهما.") == set()


def test_a_comma_before_the_name_only_is_no_apposition() -> None:
    found = held("واجتمع وزير الخارجية المالي، لويس مارتان في العاصمة.")
    assert ("لويس مارتان", "وزير الخارجية") not in found


def test_a_title_ends_before_a_preposition_and_an_indefinite_noun() -> None:
    doc = extract_relations(build_doc("كشف لويس مارتان الأمين العام للجنة الإعلام عن خطة جديدة.",
                                      ALL))
    found = pairs(doc, "holdsPosition")
    # «للجنة» is «ل» + «لجنة»: the committee the title names, as «رئيس لجنة الانضباط»
    assert ("لويس مارتان", "الأمين العام") in found
    assert ("الأمين العام", "لجنة الإعلام") in pairs(doc, "positionOf")
    assert not any("خطة" in name for _, name in found)


def test_a_preposition_before_a_definite_word_stays_in_the_title() -> None:
    found = held("وقال لويس مارتان النائب عن الدائرة الثالثة إن الحوار مستمر.")
    assert ("لويس مارتان", "النائب عن الدائرة الثالثة") in found


def test_a_relative_clause_after_wa_ends_the_title() -> None:
    found = held("واجتمع أعضاء اللجنة لاختيار رئيس للنادي والتي سينتخب بها لويس مارتان.")
    assert not any(person == "لويس مارتان" for person, _ in found)


def test_a_head_glued_to_ka_ends_the_title() -> None:
    found = held("وسيتولى لويس مارتان الرئيس الحالي كرئيس قادم لأربع سنوات.")
    assert ("لويس مارتان", "الرئيس الحالي") in found
    assert not any("كرئيس" in name for _, name in found)


def test_an_investigator_or_secretary_after_a_name_is_a_title() -> None:
    found = held("ونقلت الصحيفة عن لويس مارتان المحقق الجنائي في الشرطة أن القضية مغلقة. "
                 "وحضر آدم كوني سكرتير اللجنة الاجتماع.")
    assert ("لويس مارتان", "المحقق الجنائي") in found
    assert ("آدم كوني", "سكرتير اللجنة") in found


def test_a_listed_title_before_the_next_name_after_a_comma_is_that_names() -> None:
    found = held("وحضر الاجتماع لويس مارتان، سكرتير المجلس آدم كوني.")
    assert ("آدم كوني", "سكرتير المجلس") in found
    assert not any(person == "لويس مارتان" for person, _ in found)


def test_the_king_as_complement_of_an_adviser_keeps_the_listed_titles() -> None:
    found = held("وعمل لويس مارتان، مستشار الملك سابقا، أمير المنطقة الشمالية حاليا، "
                 "في الإدارة.")
    names = {name for person, name in found if person == "لويس مارتان"}
    assert any(name.startswith("أمير المنطقة") for name in names)
    assert any(name.startswith("مستشار") for name in names)


LEBANON = E("Country", "لبنان", ("اللبنانية", "لبنان"), "Q822")


def test_a_nisba_ending_a_partys_name_is_no_country_of_the_post() -> None:
    doc = extract_relations(build_doc(
        "واجتمع الوزير مع رئيس حزب القوات اللبنانية لويس مارتان.", [*ALL, LEBANON]))
    assert ("لويس مارتان", "حزب القوات اللبنانية") in pairs(doc, "leads")
    assert ("رئيس", "لبنان") not in pairs(doc, "positionOf")


def test_the_president_of_the_republic_of_a_country_leads_it() -> None:
    doc = extract_relations(build_doc("واستقبل رئيس جمهورية مالي لويس مارتان الوفد.", ALL))
    assert ("لويس مارتان", "مالي") in pairs(doc, "leads")


def test_the_actor_is_no_representative() -> None:
    assert held("وشارك الممثل لويس مارتان في المسلسل.") == set()
    found = held("وقال ممثل الاتحاد في مالي لويس مارتان إن الحوار مستمر.")
    assert any(person == "لويس مارتان" and name.startswith("ممثل") for person, name in found)


def test_a_royal_style_between_the_title_and_the_name() -> None:
    found = held("وبعث برقية إلى ولي العهد صاحب السمو الملكي الأمير حامد بن زيد.")
    assert ("حامد بن زيد", "ولي العهد") in found

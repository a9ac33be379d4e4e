"""Stance frames read on unseen news, round 5 (issue 12): holding to a thing, displeasure
at it, a stance noun after a comma that closes a long subject. Sentences written for the
tests, each with the facts that must be found and those that must not."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
RUSSIA = E("Country", "روسيا", ("روسيا", "موسكو"), "Q159")
SALEM = E("Person", "كريم سالم", ("كريم سالم",))
OMAR = E("Person", "عمر الراشد", ("عمر الراشد",))
ENTITIES = [EGYPT, RUSSIA, SALEM, OMAR]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def test_renewed_holding_to_someone_is_support() -> None:
    doc = run("جدد كريم سالم التمسك بعمر الراشد مرشحا وحيدا للحزب.")
    assert ("supports", "كريم سالم", "عمر الراشد") in stances(doc)


def test_a_possessive_holding_to_is_support() -> None:
    doc = run("وأكد كريم سالم تمسكه بعمر الراشد رئيسا للحكومة.")
    assert ("supports", "كريم سالم", "عمر الراشد") in stances(doc)


def test_a_participle_of_holding_to_is_support_of_its_subject() -> None:
    doc = run("وقال كريم سالم إن مصر متمسكة بروسيا شريكا في المفاوضات.")
    assert ("supports", "مصر", "روسيا") in stances(doc)


def test_holding_without_b_is_no_stance() -> None:
    doc = run("وأكد كريم سالم تمسكه الكامل، فيما رفضت مصر ذلك.")
    assert not {k for k, s, _ in stances(doc) if k == "supports"}


def test_surprise_at_someones_words_is_criticism() -> None:
    doc = run("أعرب كريم سالم عن استغرابه من تصريحات عمر الراشد الأخيرة.")
    assert ("criticizes", "كريم سالم", "عمر الراشد") in stances(doc)


def test_displeasure_after_an_intensifier_is_criticism() -> None:
    doc = run("وعبرت مصر عن استيائها الشديد من موقف روسيا في مجلس الأمن.")
    assert ("criticizes", "مصر", "روسيا") in stances(doc)


def test_surprise_without_from_is_no_criticism() -> None:
    doc = run("أعرب كريم سالم عن استغرابه لغياب عمر الراشد عن الجلسة.")
    assert not {k for k, _, _ in stances(doc)} & {"criticizes"}


def test_a_stance_noun_after_a_comma_takes_the_light_verbs_long_subject() -> None:
    doc = run("جدد عضو مجلس النواب وزير الصحة المصري كريم سالم، التمسك بعمر الراشد.")
    assert ("supports", "كريم سالم", "عمر الراشد") in stances(doc)


def test_a_comma_after_a_phrase_that_is_not_the_subject_breaks_the_frame() -> None:
    doc = run("أبدى كريم سالم في مؤتمر صحفي عقده أمس، تأييده لعمر الراشد.")
    assert ("supports", "كريم سالم", "عمر الراشد") not in stances(doc)


def test_a_conjoined_noun_after_the_comma_opens_a_new_clause() -> None:
    doc = run("أكد كريم سالم، ودعمه لروسيا مستمر منذ سنوات.")
    assert ("supports", "كريم سالم", "روسيا") not in stances(doc)


def test_one_of_the_fiercest_critics_criticizes() -> None:
    doc = run("وكان كريم سالم من أشد منتقدي عمر الراشد خلال ولايته.")
    assert ("criticizes", "كريم سالم", "عمر الراشد") in stances(doc)


def test_one_of_the_opponents_after_a_copula_opposes() -> None:
    doc = run("وقال المحلل إن كريم سالم يعد من أبرز معارضي عمر الراشد في البرلمان.")
    assert ("opposes", "كريم سالم", "عمر الراشد") in stances(doc)


def test_some_of_the_opponents_names_no_holder() -> None:
    doc = run("واعتقلت الشرطة في مصر عددا من معارضي عمر الراشد.")
    assert not {s for _, s, _ in stances(doc)} & {"مصر", "كريم سالم"}


def test_critics_outside_the_one_of_frame_hold_no_stance() -> None:
    doc = run("ورد كريم سالم على منتقدي عمر الراشد بحدة.")
    assert ("criticizes", "كريم سالم", "عمر الراشد") not in stances(doc)


def test_a_name_after_the_verb_of_a_reported_he_is_its_object() -> None:
    doc = run("وقال كريم سالم في مؤتمر صحفي إنه يدعم عمر الراشد في الانتخابات.")
    assert ("supports", "كريم سالم", "عمر الراشد") in stances(doc)
    assert not {s for _, s, _ in stances(doc)} & {"عمر الراشد"}


def test_a_reported_she_agrees_with_a_feminine_verb() -> None:
    doc = run("وقالت مصر إنها ترفض تصريحات عمر الراشد الأخيرة.")
    assert ("rejects", "مصر", "عمر الراشد") in stances(doc)


def test_his_country_is_the_country_of_the_speakers_title() -> None:
    doc = run("وقال وزير الخارجية المصري كريم سالم إن بلاده ترفض تصريحات عمر الراشد.")
    assert ("rejects", "مصر", "عمر الراشد") in stances(doc)


def test_his_country_without_a_titled_country_is_no_one() -> None:
    doc = run("وقال كريم سالم إن بلاده ترفض تصريحات عمر الراشد.")
    assert not {s for _, s, _ in stances(doc)} & {"كريم سالم", "عمر الراشد"}


def test_a_quoted_stance_noun_after_about_takes_the_light_verbs_subject() -> None:
    doc = run("وأعلنت مصر أمس عن «رفضها لعمر الراشد مرشحا للمنصب».")
    assert ("rejects", "مصر", "عمر الراشد") in stances(doc)



def test_gratitude_for_a_deed_is_praise() -> None:
    doc = run("وأعرب كريم سالم عن امتنانه لمصر على دعمها المتواصل.")
    assert ("praises", "كريم سالم", "مصر") in stances(doc)


def test_the_verb_expressed_is_not_the_preposition_via() -> None:
    doc = run("وعبر كريم سالم عن رفضه لتصريحات عمر الراشد.")
    assert ("rejects", "كريم سالم", "عمر الراشد") in stances(doc)

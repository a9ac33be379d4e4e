"""Stance on unseen news, round 8: holders left unstated and objects after «أي».

A stance that opens a sentence with no subject of its own («وعبر عن رفضه ...», «داعيا كل
مواطن ...», «ودعا المواطنين ...») is held by the speaker whose statement the sentence
continues, the one a «وأضاف» there would take; a circumstantial participle of a light verb
(«مؤكدا دعمه ...») takes the subject of its clause; a definite plural in «ـين» right after
the verb («وطالب الحوثيين») is its object, never its subject; and a stand against «أي»
thing («رفضها لأي تدخل أجنبي») has that phrase as its object. Sentences written for the
tests, each with the facts that must be found and those that must not."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs, stances
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
UN = E("Organization", "الأمم المتحدة", ("الأمم المتحدة",))
GOVERNMENT = E("Organization", "الحكومة اليمنية", ("الحكومة اليمنية",))
HOUTHIS = E("Organization", "الحوثيين", ("الحوثيين",))
BAHRAIN = E("Country", "البحرين", ("البحرين",), "Q398")
SHOUKRY = E("Person", "سامح شكري", ("سامح شكري",))
SALEM = E("Person", "كريم سالم", ("كريم سالم",))
HASSAN = E("Person", "حسن علي", ("حسن علي",))
ENTITIES = [EGYPT, UN, GOVERNMENT, HOUTHIS, BAHRAIN, SHOUKRY, SALEM, HASSAN]

SAID = "وقال وزير الخارجية سامح شكري إن بلاده تتابع الوضع في اليمن. "


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- a light verb that opens the sentence after a statement --------------------------------

def test_a_light_verb_opening_the_next_sentence_continues_the_speaker() -> None:
    doc = run(SAID + "وعبر عن رفضه لممارسات الحوثيين في صنعاء.")
    assert ("rejects", "سامح شكري", "الحوثيين") in stances(doc)


def test_an_expressed_support_opening_the_next_sentence() -> None:
    doc = run(SAID + "وأعرب عن دعمه للحكومة اليمنية في مواجهة الانقلاب.")
    assert ("supports", "سامح شكري", "الحكومة اليمنية") in stances(doc)


def test_a_feminine_light_verb_does_not_continue_a_man() -> None:
    doc = run(SAID + "وأعربت عن دعمها للحكومة اليمنية.")
    assert not stances(doc)


def test_a_plural_light_verb_does_not_continue_one_speaker() -> None:
    doc = run(SAID + "وأعربوا عن دعمهم للحكومة اليمنية.")
    assert not stances(doc)


def test_another_person_named_since_stops_the_continuation() -> None:
    doc = run(SAID + "والتقى بعد ذلك حسن علي في القاهرة. وأعرب عن دعمه للحكومة اليمنية.")
    assert not any(s == "سامح شكري" for _, s, _ in stances(doc))


def test_a_new_sentence_naming_its_own_subject_keeps_it() -> None:
    doc = run(SAID + "وأعرب حسن علي عن دعمه للحكومة اليمنية.")
    assert stances(doc) == {("supports", "حسن علي", "الحكومة اليمنية")}


# --- a circumstantial participle -------------------------------------------------------------

def test_a_participle_of_a_light_verb_takes_the_speaker_of_its_clause() -> None:
    doc = run("وقال سامح شكري إن الوضع صعب، مؤكدا دعمه للحكومة اليمنية.")
    assert ("supports", "سامح شكري", "الحكومة اليمنية") in stances(doc)


def test_a_participle_opening_a_sentence_continues_the_speaker_two_sentences_back() -> None:
    doc = run("وقال كريم سالم إن الوطن يستحق التضحيات. وأضاف أن الإرهاب لن ينتصر. "
              "وثمن الدور الذي تقوم به قطاعات الأمن. داعيا الأمم المتحدة إلى دعم اليمن.")
    assert ("urges", "كريم سالم", "الأمم المتحدة") in stances(doc)


def test_a_participle_after_another_persons_statement_is_that_persons() -> None:
    doc = run("وقال كريم سالم إن الحكومة اليمنية تعمل بجد. "
              "وقال حسن علي إن الوضع صعب، مطالبا الأمم المتحدة بالتدخل.")
    assert stances(doc) == {("urges", "حسن علي", "الأمم المتحدة")}


def test_a_feminine_participle_does_not_continue_a_man() -> None:
    doc = run(SAID + "داعية الأمم المتحدة إلى دعم اليمن.")
    assert not stances(doc)


# --- a verb with no subject of its own -------------------------------------------------------

def test_a_plural_in_yin_after_the_verb_is_its_object() -> None:
    doc = run("وأكد سامح شكري أن بلاده تدعم الحل السياسي. وطالب الحوثيين بالانسحاب من المدن.")
    assert ("urges", "سامح شكري", "الحوثيين") in stances(doc)
    assert not any(s == "الحوثيين" for _, s, _ in stances(doc))


def test_a_plural_in_yin_after_a_coordinated_verb() -> None:
    doc = run("وأكد سامح شكري أن بلاده تدعم الحل السياسي، وانتقد الحوثيين بشدة.")
    assert ("criticizes", "سامح شكري", "الحوثيين") in stances(doc)


def test_a_country_in_yin_may_still_be_the_subject() -> None:
    doc = run("ورفضت البحرين التدخل الخارجي في شؤونها.")
    assert ("rejects", "البحرين", "التدخل الخارجي") in stances(doc)


def test_a_verb_that_names_its_own_subject_is_not_continued() -> None:
    doc = run(SAID + "ودعا كريم سالم الأمم المتحدة إلى التحرك.")
    assert stances(doc) == {("urges", "كريم سالم", "الأمم المتحدة")}


# --- «أي» ------------------------------------------------------------------------------------

def test_a_rejection_of_any_intervention() -> None:
    doc = run("وأكدت مصر رفضها لأي تدخل أجنبي في شؤون ليبيا.")
    assert ("rejects", "مصر", "أي تدخل أجنبي") in stances(doc)


def test_an_opposition_to_any_cut_keeps_its_complement() -> None:
    doc = run("وأعلن سامح شكري معارضة مصر لأي خفض للإنتاج.")
    assert ("opposes", "مصر", "أي خفض للإنتاج") in stances(doc)


def test_a_condemnation_of_any_attack() -> None:
    doc = run("وأدانت مصر أي اعتداء على المدنيين.")
    assert ("condemns", "مصر", "أي اعتداء") in stances(doc)


def test_an_appeal_to_any_party_names_no_one() -> None:
    doc = run("ودعا سامح شكري أي طرف إلى ضبط النفس.")
    assert not stances(doc)


# --- a topic phrase before «قال» ---------------------------------------------------------------

def test_a_topic_phrase_before_the_verb_keeps_the_speaker_going() -> None:
    doc = run("وقال سامح شكري إن الوضع في عدن أكثر من رائع. "
              "وعن حجم الجرائم قال: «الجرائم لا تعد ولا تحصى». "
              "وأشاد بدور الأمم المتحدة في الأزمة.")
    assert ("praises", "سامح شكري", "الأمم المتحدة") in stances(doc)
    assert len(pairs(doc, "stated")) == 2


def test_a_topic_phrase_that_names_someone_does_not_continue_the_speaker() -> None:
    doc = run("وقال سامح شكري إن الوضع في عدن أكثر من رائع. "
              "وعن تصريحات حسن علي قال: «إنها لا تعنينا».")
    assert ("سامح شكري", "إنها لا تعنينا") not in pairs(doc, "stated")

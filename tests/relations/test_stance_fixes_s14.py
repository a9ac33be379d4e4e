"""Stance holders and speakers read wrongly on unseen news, session 14 (issue #12).

«أكد X دعم المملكة للحكومة الشرعية»: the actor in construct after a stance noun that may
read as a verb («دعم», «رفض») holds the stance, never X with the actor as object. «أكد X
أن الحوثيين يرفضون الحوار ودعا ...»: a past verb with «و» after a reported clause with an
imperfect verb continues X, not the clause's subject. «واستقبلت مصر الوفد وأشاد ...»: a
masculine verb coordinated with a feminine one does not share its subject. A sentence that
opens with a form VIII verb of a root in «ل» («التقى», «التزم») gives its subject to the
verb that continues it, as any opening verb does. «كلمة أكد فيها عادل الجبير أن ...»:
«فيها» points back to the text, the name after it is the speaker. Sentences written for
the tests, each with the facts that must be found and those that must not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from kg.relations.stance_opening_subjects import lam_form_eight
from tests.relations.conftest import pairs, stances
from tests.relations.docbuilder import E, build_doc

SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
JUBEIR = E("Person", "عادل الجبير", ("عادل الجبير", "الجبير"))
HADI = E("Person", "عبد ربه منصور هادي", ("عبد ربه منصور هادي",))
HOUTHIS = E("Organization", "الحوثيين", ("الحوثيين",))
UN = E("Organization", "الأمم المتحدة", ("الأمم المتحدة",))
SECURITY_COUNCIL = E("Organization", "مجلس الأمن", ("مجلس الأمن",))
SMITH = E("Person", "جون سميث", ("جون سميث",))
ENTITIES = [SAUDI, EGYPT, JUBEIR, HADI, HOUTHIS, UN, SECURITY_COUNCIL, SMITH]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- the actor in construct with a stance noun holds it -----------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأكد وزير الخارجية عادل الجبير دعم السعودية لمصر في حربها على الإرهاب.",
     ("supports", "السعودية", "مصر")),
    ("وجدد عادل الجبير رفض السعودية لقرار مجلس الأمن.",
     ("rejects", "السعودية", "قرار مجلس الأمن")),
    ("وأكد عادل الجبير تأييد السعودية لجهود الأمم المتحدة في اليمن.",
     ("supports", "السعودية", "الأمم المتحدة")),
])
def test_the_actor_in_construct_holds_the_stance(text: str, fact: tuple[str, str, str]) -> None:
    found = stances(run(text))
    assert fact in found
    assert not any(subject == "عادل الجبير" for _, subject, _ in found)


@pytest.mark.parametrize("text", [
    "أكد وزير الخارجية عادل الجبير دعم المملكة للحكومة الشرعية في اليمن.",
    "وأكد عادل الجبير دعم السعودية.",
])
def test_the_speaker_is_never_the_holder_of_a_construct_stance(text: str) -> None:
    assert not any(subject == "عادل الجبير" for _, subject, _ in stances(run(text)))


def test_a_verb_with_its_subject_after_it_still_supports() -> None:
    assert ("supports", "عادل الجبير", "الأمم المتحدة") in \
        stances(run("ودعم عادل الجبير جهود الأمم المتحدة في اليمن."))


# --- a past verb after a reported clause continues the speaker ----------------------------

def test_a_verb_after_a_reported_clause_continues_the_speaker() -> None:
    found = stances(run("وأكد عادل الجبير أن الحوثيين يرفضون الحوار ودعا المجتمع الدولي "
                        "إلى الضغط عليهم."))
    assert {subject for kind, subject, _ in found if kind == "urges"} == {"عادل الجبير"}


def test_an_imperfect_verb_in_the_reported_clause_keeps_its_subject() -> None:
    found = stances(run("وقال عادل الجبير إن الحوثيين يرفضون الحوار ويدعون الأمم المتحدة "
                        "إلى الانسحاب."))
    assert not any(kind == "urges" and subject == "عادل الجبير" for kind, subject, _ in found)


# --- a coordinated verb agrees with its subject -------------------------------------------

def test_a_masculine_verb_does_not_take_the_subject_of_a_feminine_one() -> None:
    found = stances(run("واستقبلت مصر الوفد وأشاد بالأمم المتحدة."))
    assert not any(subject == "مصر" for _, subject, _ in found)


def test_a_feminine_verb_shares_the_subject_of_a_feminine_one() -> None:
    assert ("praises", "مصر", "الأمم المتحدة") in \
        stances(run("واستقبلت مصر الوفد وأشادت بالأمم المتحدة."))


# --- sentences that open with a form VIII verb of a root in «ل» ---------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("التقى الرئيس عبد ربه منصور هادي وفد الأمم المتحدة. وأشاد بجهود السعودية.",
     ("praises", "عبد ربه منصور هادي", "السعودية")),
    ("والتزم الرئيس عبد ربه منصور هادي بالحوار. ورحب بقرار مجلس الأمن.",
     ("welcomes", "عبد ربه منصور هادي", "قرار مجلس الأمن")),
])
def test_a_form_eight_opening_verb_gives_its_subject(text: str,
                                                     fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize(("form", "verb"), [
    ("التقي", True), ("التزم", True), ("التمست", True), ("التقت", True), ("التحق", True),
    ("التزام", False), ("التقرير", False), ("التعاون", False), ("التاج", False),
    ("التين", False), ("الحكومه", False),
])
def test_form_eight_of_a_root_in_lam(form: str, verb: bool) -> None:
    assert lam_form_eight(form) is verb


def test_a_definite_noun_opening_the_sentence_gives_no_subject() -> None:
    found = stances(run("التعاون بين مصر والسعودية كبير. وأشاد بجهود الأمم المتحدة."))
    assert not any(kind == "praises" for kind, _, _ in found)


# --- a speaker named after «فيه», «فيها» ---------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("وألقى كلمة أكد فيها عادل الجبير أن السعودية ستواصل دعم اليمن.", "عادل الجبير"),
    ("وعقد مؤتمرا صحفيا أوضح فيه جون سميث أن الحكومة ستواصل العمل.", "جون سميث"),
    ("وأصدرت الوزارة بيانا قال فيه الجبير إن الحكومة ستواصل العمل.", "عادل الجبير"),
])
def test_the_name_after_fihi_is_the_speaker(text: str, speaker: str) -> None:
    assert {s for s, _ in pairs(run(text), "stated")} == {speaker}


def test_fihi_with_no_name_after_it_gives_no_new_speaker() -> None:
    assert pairs(run("وأصدرت الوزارة بيانا أوضحت فيه أن الحكومة ستواصل العمل."),
                 "stated") == set()


# --- «أخذ على X» criticizes X; «أنه ضد X» opposes X -------------------------------------

IRAN = E("Country", "إيران", ("إيران",), "Q794")
OBAMA = E("Person", "باراك أوباما", ("باراك أوباما",))
AMNESTY = E("Organization", "منظمة العفو الدولية", ("منظمة العفو الدولية",))
MORE = [*ENTITIES, IRAN, OBAMA, AMNESTY]


@pytest.mark.parametrize(("text", "fact"), [
    ("وأخذ عادل الجبير على إيران تدخلها في شؤون اليمن.", ("criticizes", "عادل الجبير", "إيران")),
    ("وقال عادل الجبير إنه يأخذ على إيران دعمها للحوثيين.",
     ("criticizes", "عادل الجبير", "إيران")),
])
def test_taking_against_someone_criticizes_them(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(extract_relations(build_doc(text, MORE)))


@pytest.mark.parametrize("text", [
    "وأخذ عادل الجبير على عاتقه مهمة الوساطة مع إيران.",
    "وأخذت إيران على محمل الجد تحذيرات الأمم المتحدة.",
    "وأخذت القوات مواقعها على الحدود مع إيران.",
])
def test_taking_without_against_is_no_stance(text: str) -> None:
    assert not any(kind == "criticizes"
                   for kind, _, _ in stances(extract_relations(build_doc(text, MORE))))


@pytest.mark.parametrize(("text", "fact"), [
    ("وقال الرئيس باراك أوباما إنه ضد التدخل العسكري في سوريا.",
     ("opposes", "باراك أوباما", "التدخل العسكري")),
    ("وقالت منظمة العفو الدولية إنها ضد عقوبة الإعدام.",
     ("opposes", "منظمة العفو الدولية", "عقوبة الإعدام")),
])
def test_being_against_something_opposes_it(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(extract_relations(build_doc(text, MORE)))


@pytest.mark.parametrize("text", [
    "وشنت إيران حربا ضد الحوثيين.",
    "ودعا باراك أوباما إلى تحالف ضد الإرهاب.",
])
def test_against_as_a_preposition_is_no_stance(text: str) -> None:
    assert not any(kind == "opposes"
                   for kind, _, _ in stances(extract_relations(build_doc(text, MORE))))


def test_fihi_with_no_name_after_it_continues_no_earlier_speaker() -> None:
    said = pairs(run("وقال جون سميث في رده على الأسئلة، إن «الحكومة تنفق مبالغ كبيرة على "
                     "الحرب»، مشيرا إلى تصريح لمبعوث الأمم المتحدة خلال لقاء خاص، أفاد فيه "
                     "بأن الحكومة تمنح الجيش مبالغ كبيرة سنويا."), "stated")
    assert ("جون سميث", "الحكومة تنفق مبالغ كبيرة على الحرب") in said
    assert not any(quote.startswith("الحكومة تمنح") for _, quote in said)

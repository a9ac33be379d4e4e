"""The deed thanked or praised for, session 20: in «أعرب X عن شكره لـ Y على دعمها لـ Z» and
«أشاد X بـ Y لوقوفها إلى جانب Z» the deed's possessive pronoun is Y, the one thanked or
praised, so the deed's stance is Y's (``supports(Y, Z)``), when the pronoun agrees with Y.
Sentences written for the tests, each with the facts that must be found and those that must
not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances_of
from tests.relations.docbuilder import E, build_doc

SAUDI = E("Country", "السعودية", ("المملكة العربية السعودية",), "Q851")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
YEMEN = E("Country", "اليمن", ("اليمن",), "Q805")
HADI = E("Person", "عبد ربه منصور هادي", ("عبد ربه منصور هادي",))
JUBEIR = E("Person", "عادل الجبير", ("عادل الجبير",))
GOVERNMENT = E("GovernmentBody", "الحكومة الشرعية", ("الحكومة الشرعية",))
AMANA = E("GovernmentBody", "أمانة منطقة الرياض", ("أمانة منطقة الرياض",))
ENTITIES = [SAUDI, EGYPT, YEMEN, HADI, JUBEIR, GOVERNMENT, AMANA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize(("text", "fact"), [
    ("وأعرب عبد ربه منصور هادي عن شكره للمملكة العربية السعودية على وقوفها إلى جانب اليمن.",
     ("السعودية", "اليمن")),
    ("وأشاد عبد ربه منصور هادي بالمملكة العربية السعودية لدعمها الحكومة الشرعية في هذه الظروف.",
     ("السعودية", "الحكومة الشرعية")),
    ("وعبر عادل الجبير عن تقديره لمصر على تأييدها للحكومة الشرعية.",
     ("مصر", "الحكومة الشرعية")),
    ("وقدم عبد ربه منصور هادي شكره لعادل الجبير على دعمه للحكومة الشرعية.",
     ("عادل الجبير", "الحكومة الشرعية")),
])
def test_deed_is_the_praised_ones(text: str, fact: tuple[str, str]) -> None:
    supports = stances_of(run(text), "supports")
    assert fact in supports
    assert not any(subject in {"عبد ربه منصور هادي"} and fact[0] != subject
                   for subject, _ in supports)


@pytest.mark.parametrize(("text", "wrong"), [
    # the deed's pronoun «ـها» cannot be the man thanked: no holder from the praise
    ("وأعرب عبد ربه منصور هادي عن شكره لعادل الجبير على دعمها للحكومة الشرعية.",
     ("عادل الجبير", "الحكومة الشرعية")),
    # a comma ends the praise: «مؤكدا دعمها» is no deed thanked for
    ("وأشاد عادل الجبير بمصر، مؤكدا دعمها لليمن.",
     ("مصر", "اليمن")),
    # no praise word: «حث X مصر على دعمها» urges, the deed is not praised
    ("وحث عادل الجبير بمصر على دعمها لليمن.",
     ("مصر", "اليمن")),
])
def test_no_deed_holder(text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in stances_of(run(text), "supports")


def test_praise_itself_kept() -> None:
    doc = run("وأعرب عادل الجبير عن شكره لأمانة منطقة الرياض على دعمها للحكومة الشرعية.")
    assert ("عادل الجبير", "أمانة منطقة الرياض") in stances_of(doc, "praises")
    assert ("أمانة منطقة الرياض", "الحكومة الشرعية") in stances_of(doc, "supports")


# --- the actor of a praised deed named past a title or describing noun with its nisba -----------

KARMAN = E("Person", "توكل كرمان", ("توكل كرمان",))
AQIL = E("Person", "مها عقيل", ("مها عقيل",))
NISBA_ENTITIES = [*ENTITIES, KARMAN, AQIL]


def run_nisba(text: str) -> Document:
    return extract_relations(build_doc(text, NISBA_ENTITIES))


@pytest.mark.parametrize(("text", "fact"), [
    ("وأشاد عادل الجبير بجهود الرئيس اليمني عبد ربه منصور هادي في حماية الشرعية.",
     ("عادل الجبير", "عبد ربه منصور هادي")),
    ("وأشادت مها عقيل بفوز الناشطة اليمنية توكل كرمان بالجائزة.",
     ("مها عقيل", "توكل كرمان")),
    ("وأشادت مها عقيل بفوز اليمنية توكل كرمان بالجائزة.",
     ("مها عقيل", "توكل كرمان")),
])
def test_deed_actor_past_nisba(text: str, fact: tuple[str, str]) -> None:
    praises = stances_of(run_nisba(text), "praises")
    assert fact in praises
    assert not any("اليمني" in obj for _, obj in praises)  # never the title as a phrase


def test_deed_title_without_name_unchanged() -> None:
    """No name after the title: the nisba does not lead to a person further on."""
    praises = stances_of(run_nisba("وأشاد عادل الجبير بجهود الناشطة اليمنية في الدفاع عن "
                                   "توكل كرمان."), "praises")
    assert ("عادل الجبير", "توكل كرمان") not in praises


# --- the role's actor holds the stance its aim names: «دور X في دعم Y» ------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأشاد عادل الجبير بدور المملكة العربية السعودية المحوري والإيجابي في مساندة الحكومة الشرعية.",
     ("السعودية", "الحكومة الشرعية")),
    ("وتحدث عادل الجبير عن دور مصر في دعم الحكومة الشرعية.", ("مصر", "الحكومة الشرعية")),
])
def test_role_actor_holds_the_aim(text: str, fact: tuple[str, str]) -> None:
    supports = stances_of(run(text), "supports")
    assert fact in supports
    assert not any(subject == "عادل الجبير" for subject, _ in supports)


@pytest.mark.parametrize("text", [
    # no name right after the role noun: the role is no named actor's
    "وأشاد عادل الجبير بدور الشباب في دعم الحكومة الشرعية.",
    "وطالب عادل الجبير بدور أكبر لمصر في دعم الحكومة الشرعية.",
    # a second name before «في»: whose role it is is not clear
    "وأشاد عادل الجبير بدور مصر مع المملكة العربية السعودية في دعم الحكومة الشرعية.",
])
def test_no_role_holder(text: str) -> None:
    supports = stances_of(run(text), "supports")
    assert ("مصر", "الحكومة الشرعية") not in supports
    assert not any(subject == "عادل الجبير" for subject, _ in supports)


# --- a wish voiced with a light verb does not assert its clause -------------------------------

@pytest.mark.parametrize("text", [
    "وأعرب عادل الجبير عن أمله في أن تدعم مصر الحكومة الشرعية.",
    "وأبدت المملكة العربية السعودية رغبتها في أن تدعم مصر الحكومة الشرعية.",
])
def test_wished_stance_not_asserted(text: str) -> None:
    assert ("مصر", "الحكومة الشرعية") not in stances_of(run(text), "supports")


def test_asserted_stance_after_wish_kept() -> None:
    doc = run("وأعرب عادل الجبير عن أمله في نجاح المؤتمر، وقال إن مصر تدعم الحكومة الشرعية.")
    assert ("مصر", "الحكومة الشرعية") in stances_of(doc, "supports")

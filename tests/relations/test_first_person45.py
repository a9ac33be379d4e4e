"""A first-person stance in a speaker's quoted words, session 45 (fq45).

- «ويتحدث X: نشكر ...», «وتحدثت X: «ندعو ...»»: a feature story gives the words after
  «يتحدث X:» as after «قال X:»; the first-person verb in them is the speaker's
  (:mod:`kg.relations.statement_talked`). Without a colon the verb reports no words: «تحدثت X
  عن "..."», «يتحدث X مع Y».
- «نشكر المملكة على ...», «أدعو المملكة إلى ...»: bare «المملكة» right after a first-person
  verb is its object, the kingdom (:mod:`kg.relations.first_person_kingdom`); after a
  third-person verb it stays the subject, and «المملكة المتحدة» is no Saudi Arabia.
- No holder for an unnamed speaker, no praise when thanks name no one («أشكركم»).

Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

SAMER = E("Person", "سامر الخطيب", ("سامر الخطيب",))
LAILA = E("Person", "ليلى السالم", ("ليلى السالم",))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
ENTITIES = [SAMER, LAILA, HEALTH]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


@pytest.mark.parametrize(("text", "fact"), [
    # «يتحدث X:» gives the words of X
    ("ويتحدث الحاج الأردني سامر الخطيب: نشكر وزارة الصحة على جهودها الكبيرة في خدمة الحجاج.",
     ("praises", "سامر الخطيب", "وزارة الصحة")),
    ("وتحدثت النائبة ليلى السالم: «ندعو وزارة الصحة إلى توفير الأدوية في القرى النائية».",
     ("urges", "ليلى السالم", "وزارة الصحة")),
    # «نشكر المملكة»: the kingdom is the object of a first-person verb
    ("وقال الزائر المغربي سامر الخطيب: نشكر المملكة على ما تبذله من جهود لخدمة الزوار.",
     ("praises", "سامر الخطيب", "السعودية")),
    ("وقالت ليلى السالم: «أدعو المملكة إلى دعم برامج محو الأمية في القرى»",
     ("urges", "ليلى السالم", "السعودية")),
    ("ويتحدث الحاج سامر الخطيب: نشكر المملكة حكومة وشعبا على الجهود الكبيرة لخدمة الحجاج.",
     ("praises", "سامر الخطيب", "السعودية")),
])
def test_first_person_stance_of_the_speaker(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # no colon: spoken of or with, no words reported
    "وتحدثت ليلى السالم عن «دعوة وزارة الصحة إلى توفير الأدوية».",
    "ويتحدث سامر الخطيب مع وزارة الصحة عن نقص الأدوية في القرى.",
    # an unnamed speaker
    "ويتحدث أحد الحجاج: نشكر وزارة الصحة على جهودها الكبيرة في خدمة الحجاج.",
    # thanks that name no one
    "وقال سامر الخطيب: أشكركم على هذه الاستضافة الكريمة.",
])
def test_no_first_person_stance(text: str) -> None:
    assert not run(text)


def test_kingdom_after_a_third_person_verb_is_the_subject() -> None:
    found = run("وشكرت المملكة وزارة الصحة على جهودها الكبيرة في مكافحة الوباء.")
    assert ("praises", "السعودية", "وزارة الصحة") in found
    assert not any(obj == "السعودية" for _, _, obj in found)


def test_united_kingdom_is_no_saudi_arabia() -> None:
    found = run("وقال سامر الخطيب: نشكر المملكة المتحدة على دعمها الكبير للاجئين.")
    assert not any("السعودية" in (subj, obj) for _, subj, obj in found)


RAED = E("Person", "رائد أبو زيد المعتمر", ("رائد أبو زيد المعتمر",))


def run_with_raed(text: str) -> Document:
    return extract_relations(build_doc(text, [RAED, *ENTITIES]))


def test_the_name_in_apposition_speaks_not_a_namesake_surname() -> None:
    # «المعتمر» ends another person's name; «المعتمر المصري سامر الخطيب» names the speaker
    doc = run_with_raed("وقال رائد أبو زيد المعتمر إن الرحلة كانت ميسرة. ويتحدث المعتمر "
                        "المصري سامر الخطيب: نشكر وزارة الصحة على جهودها الكبيرة في خدمة "
                        "المعتمرين.")
    assert ("praises", "سامر الخطيب", "وزارة الصحة") in stances(doc)
    assert not any(subj == "رائد أبو زيد المعتمر" for _, subj, _ in stances(doc))


def test_a_surname_alone_still_names_its_person() -> None:
    doc = run_with_raed("وقال رائد أبو زيد المعتمر إن الرحلة كانت ميسرة. وقال المعتمر "
                        "وسامر الخطيب إن الخدمات كانت ممتازة.")
    speakers = {s.speaker_id for s in doc.statements}
    raed = next(e.id for e in doc.entities if e.name == "رائد أبو زيد المعتمر")
    assert speakers == {raed}

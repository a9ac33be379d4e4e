"""Stances stated in plural documents and sermons, session 47 (st47).

«تصريحات X التي هاجم فيها Y», «تغريدات لـ X انتقد فيها Y»: statements, tweets or letters
in the plural, described by a clause whose stance verb points back to them with the
feminine «فيها» (the pronoun a plural of things takes). The holder is the author named
in construct right after the noun (before «التي») or after «لـ»; the verb that issued
them names a publisher as often as an author («نشرت الوزارة تصريحات انتقد فيها ...»), so
it gives no holder for a plural (:mod:`kg.relations.stance_document_holders`). A sermon
(«ألقى X خطبة الجمعة التي حذر فيها Y») is its speaker's, like a speech.

Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

ANWAR = E("Person", "أنور الحربي", ("أنور الحربي",))
SAMI = E("Person", "سامي الغامدي", ("سامي الغامدي",))
AUTHORITY = E("GovernmentBody", "هيئة النقل", ("هيئة النقل",))
LEAGUE = E("Organization", "رابطة المحترفين", ("رابطة المحترفين",))
JORDAN = E("Country", "الأردن", ("الأردن",))
ENTITIES = [ANWAR, SAMI, AUTHORITY, LEAGUE, JORDAN]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


@pytest.mark.parametrize(("text", "fact"), [
    ("وردا على تصريحات أنور الحربي التي انتقد فيها هيئة النقل، قال سامي الغامدي إن"
     " الخدمة تحسنت.",
     ("criticizes", "أنور الحربي", "هيئة النقل")),
    ("وتزايد الجدل بعد تصريحات أنور الحربي التي هاجم فيها رابطة المحترفين.",
     ("criticizes", "أنور الحربي", "رابطة المحترفين")),
    ("وجاء القرار بعد تغريدات لأنور الحربي انتقد فيها هيئة النقل.",
     ("criticizes", "أنور الحربي", "هيئة النقل")),
    ("ورد سامي الغامدي على تصريحات أنور الحربي التي انتقد فيها هيئة النقل.",
     ("criticizes", "أنور الحربي", "هيئة النقل")),
])
def test_author_of_the_plural_document(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


def test_a_sermon_is_its_speaker_s() -> None:
    found = run("وألقى أنور الحربي خطبة الجمعة التي حذر فيها رابطة المحترفين من التهاون.")
    assert ("warns", "أنور الحربي", "رابطة المحترفين") in found


def test_the_one_who_answers_is_not_the_author() -> None:
    found = run("ورد سامي الغامدي على تصريحات أنور الحربي التي انتقد فيها هيئة النقل.")
    assert ("criticizes", "سامي الغامدي", "هيئة النقل") not in found


@pytest.mark.parametrize(("text", "wrong"), [
    # the verb that issued the plural names its publisher, not the critic (a masculine verb)
    ("ونشرت هيئة النقل تصريحات انتقد فيها رابطة المحترفين.",
     ("criticizes", "هيئة النقل", "رابطة المحترفين")),
    # the one who received the letters did not write them
    ("وتلقت هيئة النقل رسائل انتقد فيها الأعضاء رابطة المحترفين.",
     ("criticizes", "هيئة النقل", "رابطة المحترفين")),
])
def test_the_issuing_verb_gives_no_holder(text: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in run(text)


def test_no_author_no_holder() -> None:
    found = run("وتزايد الجدل بعد تصريحات انتقد فيها هيئة النقل.")
    assert not any(kind == "criticizes" for kind, _, _ in found)

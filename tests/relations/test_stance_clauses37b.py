"""Session 37b: a participle's subject is the subject of its own «، و» + verb clause
(:mod:`kg.relations.stance_nearer_clauses`), and «لـ» + an imperfect verb after a stance
verb opens a clause of result, not the object (:mod:`kg.relations.stance_purpose_clauses`).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

NASR = E("Organization", "نادي النصر", ("النصر",))
ITTIHAD = E("Organization", "نادي الاتحاد", ("الاتحاد",))
SAMI = E("Person", "سامي الجابر", ("سامي الجابر",))
FAHD = E("Person", "فهد المطيري", ("فهد المطيري",))
IRAN = E("Country", "إيران", ("إيران",), "Q794")
JUBEIR = E("Person", "عادل الجبير", ("عادل الجبير",))
ENTITIES = [NASR, ITTIHAD, SAMI, FAHD, IRAN, JUBEIR]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- the subject of the participle's own clause -----------------------------------------------

@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("وأعلن النصر رفضه إقامة المباراة في جدة، ورد رئيس الاتحاد سامي الجابر بحدة متهما "
     "فهد المطيري بالتلاعب.",
     ("criticizes", "سامي الجابر", "فهد المطيري"), ("criticizes", "نادي النصر", "فهد المطيري")),
    ("وأعلن النصر رفضه إقامة المباراة في جدة، وعلق سامي الجابر أمس منتقدا فهد المطيري.",
     ("criticizes", "سامي الجابر", "فهد المطيري"), ("criticizes", "نادي النصر", "فهد المطيري")),
])
def test_participle_of_nearer_clause(text: str, fact: tuple[str, str, str],
                                     wrong: tuple[str, str, str]) -> None:
    found = stances(run(text))
    assert fact in found
    assert wrong not in found


def test_participle_after_transitive_verb() -> None:
    # «والتقى فهد المطيري»: the unsaid subject is the minister's; the name is the object
    found = stances(run("وانتقد عادل الجبير التدخل في اليمن، والتقى فهد المطيري في مكتبه، "
                        "منتقدا سامي الجابر."))
    assert ("criticizes", "فهد المطيري", "سامي الجابر") not in found


def test_participle_after_opening_clause_kept() -> None:
    found = stances(run("وانتقد عادل الجبير التدخل في اليمن، متهما إيران بدعم الميليشيات."))
    assert ("criticizes", "عادل الجبير", "إيران") in found


# --- «لـ» + an imperfect verb after the stance verb -------------------------------------------

@pytest.mark.parametrize("text", [
    "وطلب النصر تأجيل المباراة، لكن سامي الجابر رفض ليقوم رئيس الاتحاد بالتدخل شخصيا.",
    "ورفض سامي الجابر ليتم فهد المطيري إجراءات انتقاله.",
])
def test_purpose_clause_no_object(text: str) -> None:
    assert not any(kind == "rejects" for kind, _, _ in stances(run(text)))


def test_refused_thing_kept() -> None:
    found = stances(run("ورفض سامي الجابر اتهامات فهد المطيري ليلة أمس."))
    assert any(kind == "rejects" and subject == "سامي الجابر" for kind, subject, _ in found)

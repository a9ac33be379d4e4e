"""Stance recall on politics news, session 25 (urges25).

Rules tested:
- «وتدين X منذ فترة طويلة Y», «رفض X منذ سنوات Y», «دعم X منذ البداية Y»: «منذ» with a span
  of time that names no date (and its adjective) stands between the subject and the object
  like «أمس» or «مجددا»; the object starts after it. «منذ عام 2011» is a date: its year is
  never taken as the object, and no stance is read past it.

Sentences written for the tests, each with the facts that must be found and those that must
not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

IRAN = E("Country", "إيران", ("إيران",), "Q794")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
JUBEIR = E("Person", "عادل الجبير", ("عادل الجبير",))
MARY = E("Person", "ماري سميث", ("ماري سميث",))
ENTITIES = [IRAN, EGYPT, JUBEIR, MARY]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def found(text: str, kind: str) -> set[tuple[str, str]]:
    return {(holder, target) for k, holder, target in stances(run(text)) if k == kind}


@pytest.mark.parametrize(("text", "kind", "holder", "target"), [
    ("وتدين ماري سميث منذ فترة طويلة القانون الجديد.", "condemns", "ماري سميث", "قانون"),
    ("ورفض عادل الجبير منذ سنوات عديدة المبادرة الأخيرة.", "rejects", "عادل الجبير",
     "المبادرة"),
    ("وانتقدت ماري سميث منذ البداية الخطة الحكومية.", "criticizes", "ماري سميث", "الخطة"),
    ("وعارض عادل الجبير منذ فترة الاتفاق النووي.", "opposes", "عادل الجبير", "اتفاق"),
])
def test_since_a_span_is_passed(text: str, kind: str, holder: str, target: str) -> None:
    facts = found(text, kind)
    assert any(h == holder and target in t for h, t in facts), stances(run(text))


@pytest.mark.parametrize("text", [
    "وانتقد عادل الجبير منذ عام 2011 الحكومة.",
    "ويعيش عادل الجبير منذ سنوات في مصر.",
])
def test_a_date_or_no_stance_verb_gives_nothing(text: str) -> None:
    assert not stances(run(text)), stances(run(text))


def test_the_span_is_never_the_object() -> None:
    facts = {t for _, _, t in stances(run("ورفضت ماري سميث منذ فترة طويلة."))}
    assert not any("فتره" in t or "فترة" in t for t in facts), facts

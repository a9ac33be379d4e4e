"""A kind noun before a quoted name («منظمة «العفو الدولية»») is no name of its own."""

from __future__ import annotations

from kg.link.quoted import kind_noun, without_quoted_kinds
from kg.model import Mention


def mentions(text: str, *surfaces: str) -> list[Mention]:
    found = []
    for surface in surfaces:
        start = text.index(surface)
        found.append(Mention(f"m{start}", start, start + len(surface), surface,
                             "Organization", "ner.bundled", 0.9, 0))
    return sorted(found, key=lambda m: m.start)


def test_the_kind_noun_before_a_quoted_name_is_dropped() -> None:
    text = "وقالت منظمة «العفو الدولية» إن المحاكمة جائرة."
    kind, name = mentions(text, "منظمة", "العفو الدولية")
    assert without_quoted_kinds(text, [kind, name]) == [name]


def test_straight_quotes_and_a_glued_conjunction() -> None:
    text = 'اتهمت الحكومة وحركة "حماس" الاحتلال بالتصعيد.'
    kind, name = mentions(text, "وحركة", "حماس")
    assert without_quoted_kinds(text, [kind, name]) == [name]


def test_a_kind_noun_without_quotation_marks_stays() -> None:
    text = "وقالت المنظمة الدولية للهجرة إن الأعداد تضاعفت."
    (body,) = mentions(text, "المنظمة الدولية للهجرة")
    assert without_quoted_kinds(text, [body]) == [body]


def test_a_name_that_is_no_kind_noun_stays_before_a_quotation() -> None:
    text = "وقال أوباما «إن الاتفاق جيد» أمس."
    obama, quoted = mentions(text, "أوباما", "إن الاتفاق")
    assert without_quoted_kinds(text, [obama, quoted]) == [obama, quoted]


def test_kind_nouns_with_their_clitics() -> None:
    assert kind_noun("منظمة") and kind_noun("لحركة") and kind_noun("والصحيفة")
    assert not kind_noun("منظمة العفو") and not kind_noun("أوباما")

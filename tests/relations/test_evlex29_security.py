"""«أمنية» after a noun it qualifies is «security», not «a wish» (evlex29,
``kg.relations.event_security_words``): «ذكرت مصادر أمنية أن هجوماً انتحارياً استهدف مقر
الشرطة» reports the attack; «أمنية» alone, a wish, still marks an event as only hoped for.
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from kg.relations.event_security_words import wish_words
from kg.relations.index import Word
from tests.relations.docbuilder import E, build_doc

ZAHRA = E("City", "الزهراء", ("الزهراء",))


def run(text: str) -> Document:
    return extract_relations(build_doc(text, [ZAHRA], date="2015-07-21"))


def _words(norms: list[str]) -> list[Word]:
    return [Word(index=i, start=i * 10, end=i * 10 + len(n), norm=n, sentence_index=0)
            for i, n in enumerate(norms)]


def test_security_sources_are_no_wish() -> None:
    words = _words(["ذكرت", "مصادر", "امنيه", "ان"])
    assert [w.norm for w in wish_words(words, words[1:3])] == ["مصادر"]


def test_a_wish_stays_a_wish() -> None:
    words = _words(["كانت", "امنيه", "الشعب", "ان"])
    assert [w.norm for w in wish_words(words, words[0:2])] == ["كانت", "امنيه"]


def test_attack_told_by_security_sources_is_reported() -> None:
    doc = run("وذكرت مصادر أمنية أن هجوما انتحاريا استهدف مقر الشرطة في الزهراء.")
    assert [e.label for e in doc.events] == ["Attack"]
    assert not any(doc.text[a.start:a.end] == "انتحاريا"
                   for e in doc.events for a in e.arguments)

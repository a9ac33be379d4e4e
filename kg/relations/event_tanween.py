"""A word printed with tanween is a noun: «من أحداث عنفٍ، وقتلٍ، واعتقالاتٍ».

Several trigger forms are both a perfect verb and its verbal noun («قتل», «قصف», «خطف»).
After a comma kg reads them as verbs, which opens a clause: «كشف المراقب الدولي فلان
الكثير من الأسرار عمّا يدور من أحداث عنفٍ، وقتلٍ، واعتقالاتٍ» gave a Killing whose agent was the
observer, the subject of «كشف». When the writer vocalised the word with tanween («ٌ», «ٍ»,
or «ً» on its last letter), it is a noun (a verb never takes tanween): it is read as the noun
it is, in its list, not as a verb.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

TANWEEN = frozenset({"\u064b", "\u064c", "\u064d"})
"""Fathatan, dammatan, kasratan."""


def printed_with_tanween(context: Extraction, word: Word) -> bool:
    """Whether ``word`` carries tanween as printed in the text («وقتلٍ», «قصفاً»)."""
    printed = context.doc.text[word.start:word.end]
    return any(mark in printed for mark in TANWEEN)

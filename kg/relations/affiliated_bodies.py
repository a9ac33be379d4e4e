"""The body before «التابعة لـ» when its name is long: «حركة الشباب الصومالية التابعة
لتنظيم القاعدة» (``memberOf``, read by :mod:`kg.relations.geography`).

The body's name ends right before «التابعة» (nothing between), however many words it
has; a body named further back is no subject of the affiliation («هاجمت حركة الشباب
مواقع الجيش التابعة للحكومة»: the positions, not the movement).
"""

from __future__ import annotations

from kg.model import Mention, Sentence
from kg.relations.context import Extraction
from kg.relations.index import ORGANIZATION_LABELS, Word


def affiliated_before(context: Extraction, sentence: Sentence, word: Word) -> list[Mention]:
    """The organisation whose name ends right before ``word`` (a one-item list), if any."""
    before = [m for m in context.mentions_between(max(sentence.start, word.start - 80),
                                                  word.start) if m.end <= word.start]
    if before and before[-1].label in ORGANIZATION_LABELS and before[-1].entity_id and \
            not context.doc.text[before[-1].end:word.start].strip():
        return [before[-1]]
    return []

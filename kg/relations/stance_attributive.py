"""A stance adjective that describes the holder, between the holder and its stance noun.

«وأبدت الحكومة السودانية الموالية للرئيس البشير رفضها لنشر القوات», «وأعلنت الجماعة
المعارضة رفضها للقانون»: a definite participle of stance («الموالية», «الداعمة»,
«المؤيدة», «المعارضة», «المناهضة», «الرافضة») right after a definite noun or a name is
that noun's adjective. It belongs to the light verb's subject and does not end the phrase
that a stance noun looks back across for its light verb
(:func:`kg.relations.stance_subjects.light_verb`); the adjective keeps its own stance
(the named head's, read by :func:`kg.relations.stance_adjective_heads.adjective_head`).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import find_stance
from kg.relations.stance_phrases import definite

_ATTRIBUTIVES = frozenset({
    "موالي", "مواليه", "موالين", "داعم", "داعمه", "داعمين", "مؤيد", "مؤيده", "مؤيدين",
    "معارض", "معارضه", "معارضين", "مناهض", "مناهضه", "مناهضين", "رافض", "رافضه", "رافضين",
})
"""Participles of stance that follow a noun as its adjective, without «ال»."""


def describes_before(context: Extraction, words: list[Word], index: int) -> bool:
    """«الحكومة السودانية الموالية»: the word at ``index`` is a definite stance participle
    right after a definite noun or a name, in the same phrase (not «والمعارضة»: a noun
    joined by «و»; not after another stance word: «رفضه المعارضة» is its object)."""
    word = words[index]
    if index == 0 or not word.norm.startswith("ال") or word.norm[2:] not in _ATTRIBUTIVES:
        return False
    before = words[index - 1]
    if context.boundary_between(before, word) or find_stance(before.norm) is not None:
        return False
    return definite(before) or context.covering_mention(before.end - 1) is not None

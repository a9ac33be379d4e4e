"""A clause set off by commas between a light verb's subject and its stance noun.

«وأكدت السعودية، التي تقود التحالف العربي، دعمها للحكومة اليمنية», «وجدد الأردن، العضو في
التحالف، رفضه للتدخل»: a relative clause or an apposition on the subject, opened and closed
by commas, stands between the subject and the stance noun that is the light verb's object.
The clause opens with a relative pronoun, a title head, a person noun or an apposition
head («العضو»), and holds no stance word and no other comma within reach. An adjunct of
circumstance in commas is skipped the same way: «وأكد X، في تصريح صحفي، رفضه للتدخل»,
«وأعرب X، خلال لقائه نظيره المصري، عن إدانته للهجوم», «وجددت X، على لسان وزير خارجيتها،
إدانتها للهجوم».
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import PERSON_NOUNS
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import COMMAS, RELATIVES
from kg.relations.stance_triggers import live_stance

_REACH = 10
_HEADS = frozenset({"عضو", "العضو", "احد", "احدي", "وهو", "وهي"})
_ADJUNCTS = frozenset({"في", "خلال", "عقب", "اثناء", "لدي", "امام", "بعد", "عبر", "اثر", "قبيل"})
"""Prepositions that open an adjunct of circumstance set off by commas: «، في كلمته أمام
الجمعية العامة،», «، خلال لقائه نظيره المصري،», «، عقب لقائه الرئيس،», «، عبر بيان،»."""
_PAIRED_ADJUNCTS = frozenset({("علي", "لسان"), ("من", "خلال")})
"""Two-word openers: «، على لسان وزير خارجيتها،», «، من خلال بيان،»."""


def clause_opening(context: Extraction, words: list[Word], position: int) -> int | None:
    """The index of the word that opens a comma-set clause ending right before
    ``words[position]`` (whose gap holds the closing comma), or None."""
    if position < 3 or context.gap(words[position - 1], words[position]).strip() not in COMMAS:
        return None
    for index in range(position - 1, max(0, position - _REACH), -1):
        gap = context.gap(words[index - 1], words[index]).strip()
        if live_stance(words, index):
            return None
        if gap in COMMAS:
            word = words[index]
            opens = word.norm in RELATIVES or is_title_head(word) or \
                word.has(PERSON_NOUNS) or word.norm in _HEADS or word.norm in _ADJUNCTS or \
                (word.norm, words[index + 1].norm) in _PAIRED_ADJUNCTS
            return index if opens and index < position - 1 else None
        if gap:
            return None  # a quotation mark, a full stop: another clause
    return None

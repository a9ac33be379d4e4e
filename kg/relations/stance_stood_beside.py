"""«وقف X إلى جانب Y»: the masculine past of standing beside someone, with its subject.

«وقف لودريان إلى جانب سيغولين رويال», «ووقف الرئيس الفرنسي فرانسوا هولاند إلى جانب الحكومة
اللبنانية»: standing beside someone is support, as «وقفت», «يقف», «تقف» already read
(``lexicon``, with «جانب» in reach). The masculine «وقف» is spelt as the noun «وقف» (a halt:
«وقف إطلاق النار إلى جانب انسحاب القوات»), so it reads as the verb only when its subject
follows it at once, a name or a title with a name («الرئيس ... هولاند», «الناشط X»), and
«إلى جانب» or «بجانب» follows that name with nothing else between: no preposition, no
punctuation, no other noun («وقف دعم إيران إلى جانب ...» is a halt of support).
"""

from __future__ import annotations

from collections.abc import Callable

from kg.relations.index import Word
from kg.relations.lexicon import FUNCTION_WORDS, PERSON_NOUNS, StanceTrigger, find_stance
from kg.relations.role_words import is_title_head

_STOOD = frozenset({"وقف", "ووقف", "فوقف"})
_REACH = 6
"""Words the subject may take between «وقف» and «إلى جانب»."""


def stood_beside(words: list[Word], position: int, text: str,
                 named: Callable[[Word], bool] | None) -> StanceTrigger | None:
    """The support trigger of «وقفت» for a masculine «وقف» at ``position`` that has its
    subject right after it and «إلى جانب»/«بجانب» right after the subject (see the module
    docstring); None otherwise."""
    if named is None or words[position].norm not in _STOOD or position + 2 >= len(words):
        return None
    first = words[position + 1]
    if not (named(first) or is_title_head(first) or first.has(PERSON_NOUNS)):
        return None
    last_named = False
    for index in range(position + 1, min(len(words), position + 2 + _REACH)):
        word = words[index]
        if _beside(words, index):
            return find_stance("وقفت").value if last_named else None  # type: ignore[union-attr]
        if any(ch in text[words[index - 1].end:word.start] for ch in "،,.:;؛«»\"()–-") or \
                word.sentence_index != first.sentence_index:
            return None
        last_named = named(word)
        if not last_named and (word.norm in FUNCTION_WORDS or _prepositional(word)):
            return None
    return None


def _beside(words: list[Word], index: int) -> bool:
    """«إلى جانب» or «بجانب» opens at ``index``."""
    word = words[index].norm
    return word == "بجانب" or (word == "الي" and index + 1 < len(words) and
                                words[index + 1].norm == "جانب")


def _prepositional(word: Word) -> bool:
    """«بالتسبب», «للغرب»: a word with an attached preposition (as ``stance_phrases`` reads
    it, which imports the triggers)."""
    return any(prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"} for prefix, _ in word.readings()[1:])

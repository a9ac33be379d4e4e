"""An imperfect verb right after a name is the name's verb, not its last word.

Headlines and captions put the subject first and the verb after it in the imperfect: «الأمين
العام لمجلس التعاون عبداللطيف الزياني يعرب عن إدانته للهجوم», «وزير الخارجية يستقبل سفير
...». The tagger, which reads names by their letters, sometimes runs the name on over the
verb («[عبداللطيف الزياني يعرب]»): the speaker, the holder of the title and the one who
condemns is a name nobody has, and links to no one. A verb of saying, stance or protocol in
the imperfect (:data:`_VERBS`, third person, as written) is never the last
word of a person's name of two words or more, nor after a family name with the article
(«[الزياني يعرب]»): :func:`trailing_verbs` ends the name before it. Not a verb alone or at
the start of a name (the given name «يعرب» stays a name there).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.ner.conll import chunks
from kg.text.normalize import normalize_key

__all__ = ["trailing_verbs"]

_STEMS = (
    "عرب", "ؤكد", "علن", "دين", "شيد", "رحب", "ستقبل", "بحث", "لتقي", "دعو", "طالب", "قول",
    "كشف", "وضح", "شدد", "نفي", "حذر", "هنئ", "عزي", "وجه", "تفقد", "فتتح", "دشن", "رعي",
    "زور", "صل", "غادر", "تلقي", "بعث", "ثمن", "ستنكر", "ندد", "رفض", "ؤيد", "نتقد", "ترأس",
    "شارك", "جتمع", "وقع", "صدر", "أمر", "عين", "ستعرض", "ناقش", "بارك", "عتذر", "ناشد",
)
_VERBS = frozenset(normalize_key(person + stem) for person in ("ي", "ت") for stem in _STEMS
                   ) - frozenset(normalize_key(word) for word in ("تأمر", "تبارك", "تدين", "يصل"))
"""Imperfects of saying, stance and protocol («يعرب», «يؤكد», «تستقبل»), normalised; not those
the name lists hold as names («تامر», «تبارك»), but for «يعرب», a given name that opens a name
(never the last word of one of two words or more)."""


def _verb(word: str) -> bool:
    """As written, with no clitic: «فيصل» is a name, not «ف» + «يصل»."""
    return (normalize_key(word) or word) in _VERBS


def trailing_verbs(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with a person name of two words or more ended before an imperfect verb
    that is its last word (see the module docstring)."""
    result = list(tags)
    for kind, start, end in chunks(tags):
        if kind != "PERS" or not _verb(words[end - 1]):
            continue
        if end - start >= 3 or (end - start == 2 and
                                (normalize_key(words[start]) or "").startswith("ال")):
            result[end - 1] = "O"
    return result

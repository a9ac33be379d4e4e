"""A former office said after the body or country it belongs to.

«ويحصل ستيفين جيرارد قائد ليفربول السابق على ...», «الرئيس اليمني السابق علي
عبدالله صالح», «مستشار الملك سابقا»: the word «السابق» (or «سابقا», «الأسبق»,
«المخلوع») closes the whole title phrase, after the club, the country's adjective or
the body the office is of. The position's own words stop before that body («قائد»,
«الرئيس», «مستشار»), so the position alone would read as a post held now; the former
word is kept in the position's name, as the guidelines keep it in the span («Former
positions keep that word»). A one-word head in construct with the body takes the article
the adjective agrees with («قائد ليفربول السابق» → «القائد السابق», «الرئيس السابق»).
When no body was read for the title («مستشار الملك سابقا»), the position is the span as
printed, from the title to the former word.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import FORMER, TITLE_HEADS

FORMER_AFTER = FORMER | frozenset({"سابقا", "الاسبق", "سابق", "اسبق", "السابقه"})
"""Words that make the office one held before: «السابق», «سابقا», «الأسبق», «المخلوع»."""
_BREAKS = frozenset({"في", "من", "علي", "الي", "عن", "منذ", "خلال", "بعد", "قبل", "خلفا", "و",
                     "مع", "لدي", "حتي"})
_MARKS = frozenset("،,.:;؛()«»\"“”-–—")


def _former(word: Word) -> bool:
    return word.norm in FORMER_AFTER or word.norm.removeprefix("و") in FORMER_AFTER


def _closing(context: Extraction, end: int, limit: int) -> Word | None:
    """A former word within two words after the title phrase, with no punctuation, particle
    or other title between («قائد ليفربول السابق», «مستشار الملك سابقا»; not «مديرا
    للمركز خلفا للمدير السابق»)."""
    following = context.words_between(end, limit)[:3]
    for word in following:
        if any(ch in _MARKS for ch in context.doc.text[end:word.start]):
            return None
        if _former(word):
            return word
        if word.norm in _BREAKS or word.has(TITLE_HEADS):
            return None
    return None


def former_name(context: Extraction, words: list[Word], name_start: int, name_end: int,
                limit: int, has_body: bool) -> str | None:
    """The position's name with the former word that closes its phrase («قائد ليفربول
    السابق» → «القائد السابق»): a word of the title phrase after the name's span, or the
    word right after the phrase (no comma between, before ``limit``). None when there is
    none, or when a former word is already inside the name («الرئيس السابق لاتحاد ...»).
    Without a body read for the title (``has_body`` false) the name is the span as printed
    from the title to the former word («مستشار الملك سابقا»)."""
    text = context.doc.text
    if any(_former(w) for w in words if name_start <= w.start and w.end <= name_end):
        return None
    word = next((w for w in words if w.start >= name_end and _former(w)), None)
    if word is None and words:
        word = _closing(context, words[-1].end, limit)
    if word is None:
        return None
    if not has_body:  # «مستشار الملك سابقا»: no body read, the span as printed
        return text[name_start:word.end]
    shown = text[word.start:word.end]
    if shown.startswith("و") and word.norm.removeprefix("و") in FORMER_AFTER:
        shown = shown[1:]
    name = text[name_start:name_end]
    if " " not in name and not name.startswith("ال") and shown.startswith("ال"):
        name = "ال" + name  # «مدرب النصر السابق» → «المدرب السابق», not «مدرب السابق»
    return f"{name} {shown}"

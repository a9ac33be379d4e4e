"""A statement that calls a report untrue is a denial: «أفاد X أن ما تم تداوله ... لا صحة له».

A speaker who says that what was reported «لا صحة له» (or «لا أساس له من الصحة», «عار عن
الصحة», «غير صحيح») denies it as «نفى» would: the statement is also the object of a
``denies``. Only when the clause opens on a report, a thing said («ما تم تداوله», «ما تردد»,
«ما نشر», «الأنباء», «التقارير», «الشائعات», «الاتهامات» ...), so that «أكد أن الوضع غير صحيح»
(a judgement of a state of things) denies nothing. A speaker who already denied something in
the document is not read again: «نفى الوزير ما تم تداوله ... وقال: ما يتم تداوله غير صحيح»
restates the first denial.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.lexicon import find_reporting

_REPORT_OPENERS = frozenset({
    "الانباء", "انباء", "التقارير", "تقارير", "الاخبار", "اخبار", "الشائعات", "شائعات",
    "الاشاعات", "اشاعات", "المزاعم", "مزاعم", "الادعاءات", "ادعاءات", "الاتهامات", "اتهامات",
    "المعلومات", "الروايات",
})
"""Nouns of what was said or reported that may open the belied clause."""
_REPORTED_AFTER_MA = frozenset({
    "تداول", "تداوله", "تداولته", "تداولتها", "يتداول", "يتم", "تم", "تردد", "يتردد", "نشر",
    "نشرته", "نشرتها", "ينشر", "اشيع", "يشاع", "تناقلته", "تناقلتها", "تناقل", "يتناقل",
    "ذكر", "ذكرته", "ذكرتها", "قيل", "يقال", "اثير", "يثار", "روج", "يروج", "تروج",
})
"""The verbs of reporting after «ما» that make «ما تم تداوله», «ما تردد», «ما نشرته».
«تم»/«يتم» come with a verbal noun («ما تم تداوله»)."""
_BELYING = (
    ("لا", "صحه"),
    ("لا", "اساس"),
    ("عار", "عن", "الصحه"),
    ("عاريه", "عن", "الصحه"),
    ("غير", "صحيح"),
    ("غير", "صحيحه"),
)
"""Predicates that call what precedes them untrue (normalised words, in order)."""
_OPENING_REACH = 2
"""How many words into the clause its report may open («إن ما تم تداوله», «بأن الأنباء»)."""


def belies_report(context: Extraction, start: int, end: int) -> bool:
    """Whether the statement ``text[start:end]`` opens on a report and calls it untrue."""
    words = [word.norm for word in context.words_between(start, end)]
    if not _opens_on_report(words):
        return False
    return any(
        tuple(words[index:index + len(predicate)]) == predicate
        for predicate in _BELYING for index in range(1, len(words))
    )


def _opens_on_report(words: list[str]) -> bool:
    for index, word in enumerate(words[:_OPENING_REACH]):
        if word.removeprefix("و") in _REPORT_OPENERS:
            return True
        if word == "ما" and index + 1 < len(words) and words[index + 1] in _REPORTED_AFTER_MA:
            return True
    return False


def denied_before(context: Extraction, speaker: str, sentence_start: int, start: int) -> bool:
    """Whether ``speaker`` already holds a ``denies`` in the document (earlier sentences or
    this one), or a verb of denial stands earlier in the statement's sentence («نفى الوزير
    ... ما تم تداوله، وأوضح قائلا: "ما يتم تداوله غير صحيح"»: the quote restates it)."""
    if any(
        relation.kind == "denies" and relation.subject_id == speaker
        for relations in (context.state.relations, context.found.relations.by_id)
        for relation in relations.values()
    ):
        return True
    return any((hit := find_reporting(word.norm)) is not None and hit.value.denial
               for word in context.words_between(sentence_start, start))

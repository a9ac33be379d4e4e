"""Deeds told in a film's or a novel's plot are no events of the news.

A review retells its story: «فيلم كتبته بنفسها ... وهو «أرض الدم والعسل» الذي تقع أحداثه
خلال الحرب البوسنية في التسعينات وكيف قام الجيش الصربي باغتصاب النساء». The rape, the
killings, the battles of the plot happened in the story, not in the news; kg read them as
events with the story's characters as agents. A violent or other trigger is no event when,
earlier in its sentence, the plot is opened by:

- a verb of taking place with a pronoun «أحداث» («تقع أحداثه», «تدور أحداثها», «جرت
  أحداثه»): the events of the work just named;
- «أحداث» before a work noun («أحداث الفيلم», «أحداث الرواية», «أحداث المسلسل»);
- «في» before a screen or stage work («وفي الفيلم يقوم الجيش باغتيال الناشط»).

«تدور أحداث عنف في المدينة» (with no pronoun, no work noun) is news and is left alone.

A work's title is no event either: a trigger inside quotation marks that open a few words
after a work noun («روايتها "قتل الطائر المغرد"», «الروايات الأكثر شعبية: "قتل الطائر
المغرد"», «فيلم «الهجوم»», «بعنوان "اغتيال"») names the work (``in_title``); a quote after a
verb of saying («وقال: "قتلنا عشرين مسلحاً"») is left alone.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import PLOT_WORD, Word
from kg.relations.scanned_words import PLOT_EVENTS, SCREEN_WORKS, TAKING_PLACE

_OWN_EVENTS = frozenset({"احداثه", "احداثها", "احداثهما"})
"""«أحداثه»: the events of the work just named (as normalized)."""
WORKS = frozenset({"الفيلم", "الروايه", "المسلسل", "القصه", "المسرحيه", "الحكايه", "العمل"})
"""A work whose story is told («أحداث الفيلم»)."""
_REACH = 30
"""How many words before the trigger the plot's opening may stand."""
_IN = frozenset({"في", "وفي"})
_IN_WORKS = frozenset({"ال" + work for work in SCREEN_WORKS})
"""«في الفيلم», «في المسلسل»: in the story of the work (not «في الرواية الرسمية», an
account)."""


def in_plot(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether a plot's opening stands before the trigger in its sentence (see the module
    docstring)."""
    if not context.index.kind_between(words[max(0, position - _REACH)], words[position],
                                      PLOT_WORD):
        return False  # no word of a plot in reach (most sentences)
    sentence = words[position].sentence_index
    for index in range(position - 1, max(0, position - _REACH) - 1, -1):
        word = words[index]
        if word.sentence_index != sentence:
            return False
        if index + 1 >= position:
            continue
        after = words[index + 1]
        if word.bare() in TAKING_PLACE and after.norm in _OWN_EVENTS:
            return True  # «الذي تقع أحداثه خلال الحرب»
        if word.norm in PLOT_EVENTS and after.norm in WORKS:
            return True  # «أحداث الفيلم»
        if word.norm in _IN and after.norm in _IN_WORKS:
            return True  # «وفي الفيلم يقوم الجيش باغتيال الناشط»
    return False


_TITLED = frozenset({
    "روايه", "روايات", "روايته", "روايتها", "فيلم", "افلام", "فيلمه", "فيلمها", "مسلسل",
    "مسلسله", "قصيده", "مسرحيه", "اغنيه", "ديوان", "عنوان", "بعنوان", "عنوانه", "عنوانها",
})
"""Nouns of a work whose title may follow in quotation marks (with or without «ال», «ب»); not
«كتاب» (also a letter) nor «مقال», whose quoted words may tell the news."""
_REPORTING = frozenset({"ان", "انه", "انها", "بان", "وان", "قال", "قالت", "يقول", "تقول"})
"""A word that opens reported words («الرواية الرسمية أن ...»: «رواية» is an account there)."""
_TITLE_REACH = 8
"""How many words before the opening mark the work noun may stand («الروايات الأكثر شعبية في
تاريخ الولايات المتحدة: "..."»)."""
_QUOTE_CHARS = 60
"""How far before the trigger the opening mark may stand: a title is short."""


def _opening_mark(text: str, start: int) -> int:
    """The offset of the quotation mark open before ``start`` (within ``_QUOTE_CHARS``), or -1:
    a «» or “” pair, or an odd number of plain marks in the stretch."""
    stretch = text[max(0, start - _QUOTE_CHARS):start]
    base = start - len(stretch)
    guillemet = max(stretch.rfind("«"), stretch.rfind("“"))
    if guillemet >= 0 and max(stretch.rfind("»"), stretch.rfind("”")) < guillemet:
        return base + guillemet
    if stretch.count('"') % 2 == 1:
        return base + stretch.rfind('"')
    return -1


def in_title(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the trigger stands inside quotation marks that open a few words after a work
    noun: a title (see the module docstring)."""
    opening = _opening_mark(context.doc.text, words[position].start)
    if opening < 0:
        return False
    sentence = words[position].sentence_index
    before = [w for w in words[max(0, position - _TITLE_REACH - 8):position]
              if w.end <= opening and w.sentence_index == sentence][-_TITLE_REACH:]
    for index in range(len(before) - 1, -1, -1):
        if before[index].norm in _REPORTING:
            return False  # «الرواية الرسمية أن مسلحين "هاجموا ..."»: an account, reported
        if before[index].has(_TITLED):
            return True
    return False

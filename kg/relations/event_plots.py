"""Deeds told in a film's or a novel's plot are no events of the news.

A review retells its story: «فيلم كتبته بنفسها ... وهو «أرض الدم والعسل» الذي تقع أحداثه
خلال الحرب البوسنية في التسعينات وكيف قام الجيش الصربي باغتصاب النساء». The rape, the
killings, the battles of the plot happened in the story, not in the news; kg read them as
events with the story's characters as agents. A violent or other trigger is no event when,
earlier in its sentence, the plot is opened by:

- a verb of taking place with a pronoun «أحداث» («تقع أحداثه», «تدور أحداثها», «جرت
  أحداثه»): the events of the work just named;
- «أحداث» before a work noun («أحداث الفيلم», «أحداث الرواية», «أحداث المسلسل»).

«تدور أحداث عنف في المدينة» (with no pronoun, no work noun) is news and is left alone.
"""

from __future__ import annotations

from kg.relations.index import Word

_TAKING_PLACE = frozenset({"تقع", "تدور", "تجري", "وقعت", "دارت", "جرت", "يقع", "يدور", "يجري"})
_OWN_EVENTS = frozenset({"احداثه", "احداثها", "احداثهما"})
"""«أحداثه»: the events of the work just named (as normalized)."""
_EVENTS = frozenset({"احداث"})
WORKS = frozenset({"الفيلم", "الروايه", "المسلسل", "القصه", "المسرحيه", "الحكايه", "العمل"})
"""A work whose story is told («أحداث الفيلم»)."""
_REACH = 30
"""How many words before the trigger the plot's opening may stand."""


def in_plot(words: list[Word], position: int) -> bool:
    """Whether a plot's opening stands before the trigger in its sentence (see the module
    docstring)."""
    sentence = words[position].sentence_index
    for index in range(position - 1, max(0, position - _REACH) - 1, -1):
        word = words[index]
        if word.sentence_index != sentence:
            return False
        if index + 1 >= position:
            continue
        after = words[index + 1]
        if word.bare() in _TAKING_PLACE and after.norm in _OWN_EVENTS:
            return True  # «الذي تقع أحداثه خلال الحرب»
        if word.norm in _EVENTS and after.norm in WORKS:
            return True  # «أحداث الفيلم»
    return False

"""A styled person named in an oblique phrase is not the one an honorific pronoun repeats.

Saudi news greets, receives and thanks princes and ministers by their styles in
prepositional or object phrases: «رفع التهاني إلى صاحب السمو الملكي الأمير فلان»،
«وكان في استقبال سموه صاحب السمو الأمير فلان»، «نيابة عن صاحب السمو». A later «وأكد
سموه» / «معرباً سموه عن شكره» continues the article's actor (the one who spoke, visited
or sponsored), not the greeted, receiving or represented person: such a styled phrase is
passed over when the pronoun's bearer is sought
(:func:`kg.relations.speaker_styles.style_bearer`).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_STYLE_WORDS = frozenset({"صاحب", "صاحبه", "سمو", "السمو", "الملكي", "الامير", "الاميره",
                          "معالي", "فخامه", "سماحه", "فضيله", "سعاده"})
"""Words of a style of address («صاحب السمو الملكي الأمير»): the phrase starts at the first."""
_OBLIQUE_BEFORE = frozenset({"الي", "لدي", "مع", "عن", "علي"})
"""Prepositions that make a styled person a recipient or the one represented («إلى صاحب
السمو», «نيابة عن صاحب السمو»); «من» is left out: «بتوجيه من صاحب السمو» names the actor."""
_HONORIFIC_PRONOUNS = frozenset({"سموه", "سموها", "معاليه", "معاليها", "فخامته", "سماحته",
                                 "فضيلته", "سعادته", "سعادتها"})


def _style_word(word: Word) -> bool:
    """A word of a style of address, bare or with «و», «ل», «ب» glued («لصاحب»)."""
    return any(prefix.lstrip("و") in {"", "ل", "ب"} and rest in _STYLE_WORDS
               for prefix, rest in word.readings())


_OBLIQUE_BEFORE_OR_HONORIFIC_PRONOUNS = _OBLIQUE_BEFORE | _HONORIFIC_PRONOUNS


def oblique_styled(context: Extraction, index: int) -> bool:
    """Whether the style word at ``index`` opens (or continues) a styled phrase governed by a
    preposition («إلى صاحب السمو», «لصاحب السمو») or following an honorific pronoun that
    already names someone else («في استقبال سموه صاحب السمو الأمير فلان»)."""
    words = context.words
    first = index
    while first > 0 and words[first - 1].sentence_index == words[index].sentence_index and \
            _style_word(words[first - 1]):
        first -= 1  # «لصاحب السمو الملكي»: back to the first word, its «ل» glued
    head = words[first]
    if any(prefix.lstrip("و") in ("ل", "ب") and rest in _STYLE_WORDS
           for prefix, rest in head.readings()):
        return True  # «لصاحب السمو»، «بصاحب السمو»
    if head.norm.startswith("و") and _coordinated_recipient(context, first):
        return True  # «التهاني لخادم الحرمين الشريفين ... وصاحب السمو الملكي الأمير فلان»
    if first == 0:
        return False
    before = words[first - 1]
    if before.sentence_index != head.sentence_index or context.boundary_between(before, head):
        return False
    return before.norm.removeprefix("و") in _OBLIQUE_BEFORE_OR_HONORIFIC_PRONOUNS


_RECIPIENT_REACH = 40
_RECIPIENT_HEADS = _STYLE_WORDS | frozenset({"خادم", "الملك", "الرئيس", "ولي"})
"""Words that open a styled or titled person a greeting is addressed to («لخادم الحرمين»,
«للملك», «لولي العهد»)."""


def _coordinated_recipient(context: Extraction, first: int) -> bool:
    """«رفع التهاني لخادم الحرمين الشريفين الملك فلان وصاحب السمو الملكي الأمير فلان»: a styled
    phrase joined by «و» goes on the list its sentence opened with a recipient («ل» glued to a
    style or a title, or after «إلى»); the nearest earlier styled phrase that is no recipient
    (or a full stop of the list: a colon, a quote) ends the search."""
    words = context.words
    sentence = words[first].sentence_index
    for index in range(first - 1, max(-1, first - _RECIPIENT_REACH), -1):
        word = words[index]
        if word.sentence_index != sentence or \
                any(mark in context.gap(word, words[index + 1]) for mark in ":«\"؛."):
            return False
        glued = any(prefix.lstrip("و") in {"ل", "لل"} and rest in _RECIPIENT_HEADS
                    for prefix, rest in word.readings()[1:])
        if glued or (word.norm.removeprefix("و") in _RECIPIENT_HEADS and index > 0 and
                     words[index - 1].norm.removeprefix("و") in _OBLIQUE_BEFORE):
            return True
        if word.norm in _STYLE_WORDS and (index == 0 or not _style_word(words[index - 1])):
            return False  # «صاحب السمو الأمير فلان» before: the actor's list, not a recipient's
    return False

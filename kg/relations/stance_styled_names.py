"""A style of address between a person's titles and the name, read past like an honorific.

Gulf and Saudi press set the royal or official style of address («صاحب السمو الملكي»,
«صاحب المعالي», «معالي», «فخامة», «سمو») between a person's offices and the honorific
that opens the name: «وناشد X ولي ولي العهد وزير الدفاع صاحب السمو الملكي الأمير محمد بن
سلمان التدخل». The style names no one and ends no title: the titled person named after
it is still the one the titles lead to (see
:func:`kg.relations.stance_subject_titles._titled_person_after`). «صاحب» counts only before
the noun of its style («صاحب الشركة» is an owner); «الملكي» only after «السمو».

Right after the subject, a style opens the object's name («وناشد X صاحب السمو الملكي الأمير
Y التدخل»): the object is read past it (:func:`past_object_style`, for
:mod:`kg.relations.stance_objects`), not made a topic of the style's words.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import HONORIFICS
from kg.relations.role_words import is_title_head
from kg.relations.titles import compound_head

_STYLE_NOUNS = frozenset({"السمو", "المعالي", "الفخامه", "السعاده", "الفضيله", "السماحه"})
"""The nouns «صاحب» takes in a style («صاحب السمو», «صاحب المعالي»)."""
_BARE_STYLES = frozenset({"سمو", "معالي", "فخامه", "سعاده", "فضيله", "سماحه"})
"""Styles that stand alone before an honorific or a name («معالي الدكتور X»)."""
_OWNERS = frozenset({"صاحب", "صاحبه"})
_ROYAL = "الملكي"


def past_style(words: list[Word], index: int) -> int:
    """The index of the word after a style of address that starts at ``index``, else
    ``index``: «صاحب السمو الملكي», «صاحب المعالي», «معالي», «سمو»."""
    if index >= len(words):
        return index
    norm = words[index].norm
    if norm in _BARE_STYLES:
        return index + 1
    if norm not in _OWNERS or index + 1 >= len(words) or \
            words[index + 1].norm not in _STYLE_NOUNS:
        return index
    end = index + 2
    if words[index + 1].norm == "السمو" and end < len(words) and words[end].norm == _ROYAL:
        end += 1
    return end


def past_object_style(context: Extraction, words: list[Word], after: int) -> int:
    """«وناشد X صاحب السمو الملكي الأمير Y التدخل», «ودعا X سمو ولي العهد الأمير Y»: a style
    of address right after the subject opens the object's name, never a thing named by the
    style's own words; the object is read from the word after it (the honorific, the title or
    the name), within the clause, when one of those follows the style. Else ``after``."""
    styled = past_style(words, after)
    if styled == after or styled >= len(words) or \
            any(context.boundary_between(words[index - 1], words[index])
                for index in range(after + 1, styled + 1)):
        return after
    return styled if _opens_name(context, words, styled) else after


_NAME_REACH = 8
"""The words of titles and honorifics a style may stand before the name it opens."""


def _opens_name(context: Extraction, words: list[Word], index: int) -> bool:
    """An honorific, a title or a person's name starts at ``index``, and a person is named
    within the clause a few words on («صاحب السمو الملكي ولي العهد الأمير Y»); a style
    before a bare title («أناشد سمو وزير الداخلية») names no one and is kept with it."""
    word = words[index]
    if not (word.norm in HONORIFICS or is_title_head(word) or compound_head(words, index) or
            _person_at(context, word)):
        return False
    for later in range(index, min(len(words), index + _NAME_REACH)):
        if later > index and context.boundary_between(words[later - 1], words[later]):
            return False
        if _person_at(context, words[later]):
            return True
    return False


def _person_at(context: Extraction, word: Word) -> bool:
    mention = context.mention_starting_in(word)
    return mention is not None and mention.label == "Person" and mention.start == word.start

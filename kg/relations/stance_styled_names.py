"""A style of address between a person's titles and the name, read past like an honorific.

Gulf and Saudi press set the royal or official style of address («صاحب السمو الملكي»,
«صاحب المعالي», «معالي», «فخامة», «سمو») between a person's offices and the honorific
that opens the name: «وناشد X ولي ولي العهد وزير الدفاع صاحب السمو الملكي الأمير محمد بن
سلمان التدخل». The style names no one and ends no title: the titled person named after
it is still the one the titles lead to (see
:func:`kg.relations.stance_subject_titles._titled_person_after`). «صاحب» counts only before
the noun of its style («صاحب الشركة» is an owner); «الملكي» only after «السمو».
"""

from __future__ import annotations

from kg.relations.index import Word

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

"""An honorific pronoun after a styled title repeated without its name.

Local news introduces an official in full with his style («دشّن معالي أمين المنطقة الدكتور
X الحارة ...»), names him again by style and title alone («وفي نهاية جولة معالي أمين
المدينة ...») and goes on with the pronoun («ثمّن معاليه جهود اللجنة»). The last style
before the pronoun names no one, so :func:`kg.relations.speaker_styles.style_bearer` finds
none; the repeat is the same man when its title opens with the same title word («أمين»)
as an earlier use of the style that named a person. Only that earlier use is read, and only
when it names someone: two different officials of one style and title stay unresolved.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.role_words import is_title_head
from kg.relations.speaker_styles import address_styles, style_bearer
from kg.relations.style_oblique import oblique_styled

_REACH = 400
"""Words back from the pronoun in which both uses of the style may stand."""


def repeated_style_bearer(context: Extraction, verb: Word, pronoun: str) -> str | None:
    """The person the honorific ``pronoun`` after ``verb`` stands for when the last use of
    its style is an unnamed title repeating an earlier named one (see the module docstring);
    None otherwise."""
    styles = address_styles(pronoun)
    if not styles:
        return None
    words = context.words
    last = _styled_title(context, verb.index, styles)
    if last is None:
        return None
    title = words[last + 1].norm.removeprefix("و")
    earlier = _styled_title(context, last, styles)
    while earlier is not None and words[earlier + 1].norm.removeprefix("و") != title:
        earlier = _styled_title(context, earlier, styles)
    if earlier is None:
        return None
    return style_bearer(context, words[earlier + 1], pronoun)


def _styled_title(context: Extraction, before: int, styles: tuple[str, ...]) -> int | None:
    """The index of the last use of a style before ``before`` that is no oblique phrase and
    is followed by a title word, within reach; None when there is none."""
    words = context.words
    for index in range(before - 1, max(-1, before - _REACH), -1):
        if words[index].norm.removeprefix("و") not in styles or oblique_styled(context, index):
            continue
        if index + 1 < len(words) and is_title_head(words[index + 1]) and \
                words[index + 1].sentence_index == words[index].sentence_index:
            return index
    return None

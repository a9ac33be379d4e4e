"""«ورحبت حركة حماس الفلسطينية بالقرار», «وأثنت شركة "نوفا" الكندية على التطور ...»: the
nationality adjective right after the holder's name is part of the holder.

News name a body with its country's adjective after its name: «حركة حماس الفلسطينية»,
«صحيفة "الغد" الأردنية», «حزب العمال البريطاني». The tagger marks the adjective as its country
(a nisba), and the object of the stance begins only after it. Names after it were found
anyway, by the scan over the rest of the clause, but a thing named as a phrase («بالقرار
الأممي», «بالجهود التي تبذلها X», «على التطور الذي تشهده Y») was read from the adjective
and lost.

:func:`past_holder_nisba` steps over that one adjective: a country's adjective (never its
name: «شكر X السعودية على دعمها», «توعد عبدالملك الحوثي السعودية بالرد» name Saudi Arabia)
glued to the end of a holder's name, with at most a closing quotation mark between them.
A noun of origin right after the adjective qualifies it («أبو عبد الله البريطاني الجنسية»,
«الأمريكي الأصل», «المصري المولد»: British by nationality, of American origin) and is the
holder's too; it is never the object («ورفض X البريطاني الجنسية أن يكشف» rejects nothing,
«وانتقد X الأمريكي الجنسية الحكومة» criticizes the government).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import NISBA
from kg.text.normalize import normalize_key

_CLOSING_QUOTES = frozenset({"\"", "»", "”", "'"})
_ORIGIN_NOUNS = frozenset({"الجنسيه", "الاصل", "المولد", "المنشا", "المنبت", "الهويه"})
"""Nouns of origin that qualify a nationality adjective («البريطاني الجنسية», «اللبناني
الأصل»), normalised."""


_CLOSING_QUOTES_OR_NONE = _CLOSING_QUOTES | {""}


def past_holder_nisba(context: Extraction, words: list[Word], index: int,
                      subjects: list[Arg]) -> int:
    """The index past a nationality adjective at ``index`` that qualifies the holder named
    right before it, else ``index``."""
    if not 0 < index < len(words) or not subjects:
        return index
    before, word = words[index - 1], words[index]
    if before.sentence_index != word.sentence_index or \
            context.gap(before, word).strip() not in _CLOSING_QUOTES_OR_NONE:
        return index
    if not any(subject.end == before.end for subject in subjects):
        return index
    mention = context.mention_starting_in(word)
    if mention is None or mention.label != "Country" or not context.is_nisba(mention) or \
            mention.end > word.end or _country_name(word):
        return index
    return _past_origin_noun(context, words, index + 1)


def _past_origin_noun(context: Extraction, words: list[Word], index: int) -> int:
    """Past «الجنسية», «الأصل» right after the adjective (at ``index``), else ``index``."""
    if index >= len(words) or words[index].norm not in _ORIGIN_NOUNS or \
            context.boundary_between(words[index - 1], words[index]):
        return index
    return index + 1


def _country_name(word: Word) -> bool:
    """«السعودية»: the adjective is also the country's own short name, so after a name that
    opens with the article («وتوعد عبدالملك الحوثي السعودية بالرد») it may be the object."""
    return any(rest.startswith("ال") and
               normalize_key(NISBA.get(rest[2:], ("", ""))[0]) == rest
               for _, rest in word.readings())

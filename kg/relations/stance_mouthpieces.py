"""The mouthpiece a body speaks through, between a stance verb's subject and its object.

«واستنكرت المملكة على لسان مصدر مسؤول بوزارة الخارجية الحادث الإرهابي», «وأدانت وزارة
الخارجية الروسية على لسان المتحدثة باسمها ماريا زاخاروفا الهجوم الإرهابي»: «على لسان»
and the spokesman after it (a spokesman noun, «باسم» with its pronoun or body, a body named
with «ب»/«في», a title with a pronoun such as «ممثلته العليا», a person's name) say through
whom the subject spoke; none of those names is what the stance is toward. The object
opens after the spokesman: after the person's name, or after the body when no name
follows it. When the phrase does not end in a way
that can be read (a word that is neither a spokesman word nor a name), no object is
written: a name inside it would be a wrong one.

With commas around the phrase («وأدانت مصر، على لسان المتحدث باسم الخارجية، الهجوم»),
:func:`kg.relations.stance_appositions.past_apposition` already reads past it.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.lexicon import TITLE_HEADS
from kg.relations.role_words import is_title_head
from kg.relations.stance_tongues import tongue_opening

_SPOKESMAN_WORDS = frozenset({
    "مصدر", "المصدر", "مسؤول", "المسؤول", "رسمي", "الرسمي", "مصادر", "رفيع", "رفيعه",
    "المستوي", "باسم", "باسمها", "باسمه", "باسمهم", "المتحدث", "المتحدثه", "متحدث", "متحدثه",
    "الناطق", "الناطقه", "ناطق", "ناطقه",
})
"""Words of a spokesman's phrase that name no one («مصدر مسؤول», «المتحدثة باسمها»)."""

_NAMED_FOR = frozenset({"باسم"})
"""«المتحدث باسم خارجيتها»: the word after «باسم» is the body spoken for."""
_IN = frozenset({"في"})
_PRONOUNS = ("ها", "ه", "هم")

_REACH = 10
"""Words at most from «لسان» to the end of the spokesman's phrase."""

_COMMAS = frozenset("،,")


def past_mouthpiece(context: Extraction, words: list[Word], first_word: int) -> int | None:
    """The index where the object may open past «على لسان X» at ``first_word``;
    ``first_word`` itself when no such phrase opens there; None when the phrase's end
    cannot be read."""
    start = tongue_opening(context, words, first_word)  # «على لسان», «بلسان»
    if start is None:
        return first_word
    index = start
    after_head = False
    limit = min(len(words), index + _REACH)
    while index < limit:
        if index > start:
            gap = context.gap(words[index - 1], words[index]).strip()
            if gap in _COMMAS:
                return index  # «على لسان المتحدث باسم الخارجية، الهجوم»
            if context.boundary_between(words[index - 1], words[index]):
                return None
        word = words[index]
        mention = context.mention_starting_in(word)
        if mention is not None and not context.is_nisba(mention):
            if mention.label not in AGENT_LABELS:
                return None
            end = index + 1
            while end < len(words) and words[end].start < mention.end:
                end += 1
            if mention.label == "Person":
                return end if end < len(words) else None
            following = context.mention_starting_in(words[end]) if end < len(words) else None
            if following is not None and following.label == "Person" and \
                    not context.boundary_between(words[end - 1], words[end]):
                index = end  # «المتحدث باسم وزارة الخارجية ماريا زاخاروفا»
                after_head = False
                continue
            return end if end < len(words) else None
        if word.norm in _IN and not after_head:
            after_head = True  # «مصدر مسؤول في وزارة الخارجية»: the body follows
        elif context.covering_mention(word.start) is not None or \
                word.norm in _SPOKESMAN_WORDS or after_head:
            # a nisba, a spokesman word, or a title's genitive («باسم خارجيتها»)
            after_head = word.norm in _NAMED_FOR
        elif is_title_head(word) or _possessed_title(word):
            after_head = True  # «وزير خارجيتها X», «ممثلته العليا X»: a genitive may follow
        else:
            return None
        index += 1
    return None


def _possessed_title(word: Word) -> bool:
    """A title head with a possessive pronoun: «ممثلته» (its «ة» written «ت»), «وزيرها»,
    «مندوبها»."""
    for pronoun in _PRONOUNS:
        if not word.norm.endswith(pronoun):
            continue
        stem = word.norm[:-len(pronoun)]
        if stem in TITLE_HEADS or (stem.endswith("ت") and (
                stem[:-1] in TITLE_HEADS or stem[:-1] + "ه" in TITLE_HEADS)):
            return True
    return False

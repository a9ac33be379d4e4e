"""A name in construct after a title or a noun of members does not hold the verb after it.

«رئيس وزراء مصر يدين الهجوم», «مستشار الرئيس ترامب يرفض», «أنصار حزب الله يرفضون
القرار»: the name right before the verb is the genitive of the phrase that opens the clause,
and the head of that phrase (the prime minister, the supporters) holds the stance, not the
named state or party. A name is in construct when the words before it, in its clause, are
indefinite nouns (no «ال») that go back to a title head («رئيس», «وزير», «سفير») or a noun
of members («أنصار», «عناصر», «أعضاء»), at most :data:`_REACH` words.

So is a name right after an indefinite noun with «ل»/«ب» glued to it («الجبهة الشعبية
لتحرير فلسطين رفضت»: the front, not Palestine), not after a connective («بينما مصر ترفض»).

Not a spokesman's («متحدث الحكومة يرفض»: the body's mouthpiece speaks for it), nor a
name after a definite title («وزير الخارجية الأمريكي جون كيري يرفض»: the title is in
apposition, the person the head), nor a name after another name («وزير خارجية قطر X»),
nor a name after a feminine noun with a possessive pronoun («ووزير داخليته X اعترضا»: a
noun with a pronoun takes no genitive, so the title is closed and the name in apposition).
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import FUNCTION_WORDS
from kg.relations.role_words import is_title_head
from kg.relations.stance_dependents import dependent_title
from kg.relations.stance_phrases import definite

_MEMBERS = frozenset({"انصار", "مؤيدو", "مؤيدي", "اتباع", "عناصر", "مقاتلو", "مقاتلي",
                      "اعضاء", "قاده", "مسلحو", "مسلحي", "جنود", "بعض", "معظم", "اغلب",
                      "غالبيه"})
"""Nouns of the members of a group, in construct before it («أنصار حزب الله»), and of a
part of it («وبعض الشيعة يعارضون», «معظم الدول»: some, not all, hold it)."""

_CONNECTIVES = frozenset({"بينما", "لذلك", "لهذا", "لكي", "لان", "لانه", "لانها", "لعل",
                          "لولا", "ليس", "ليست", "لما", "لكنه", "لكنها", "بل"})
"""Words that open with «ب»/«ل» but are no preposition before a noun («بينما مصر ترفض»)."""

_MOUTHPIECES = frozenset({"متحدث", "ناطق", "المتحدث", "الناطق"})
_REACH = 3
_OWNED = ("ته", "تها", "تهم", "تهما")
"""A feminine noun with a possessive pronoun («داخليته», «خارجيتها», «حكومتهم»): the end of
a construct chain (the «ه» of «ة» alone is no sign, «داخليه» reads either way)."""


def _governing_noun(word: Word) -> bool:
    """«لتحرير», «بدعم»: an indefinite noun with «ل»/«ب» glued to it, whose genitive the
    next name is («الجبهة الشعبية لتحرير فلسطين رفضت»: not Palestine)."""
    form = word.norm.removeprefix("و")
    if form in _CONNECTIVES or definite(word) or form in FUNCTION_WORDS or form == "باسم":
        return False  # «المتحدث باسم حركة حماس»: the movement speaks through him
    return any(prefix.lstrip("وف") in {"ل", "ب"} and len(rest) >= 3 and
               rest not in FUNCTION_WORDS for prefix, rest in word.readings()[1:])


def in_construct(context: Extraction, mention: Mention) -> bool:
    """Whether ``mention`` is the genitive of a title or a noun of members opening an
    indefinite construct chain right before it (see the module docstring)."""
    first, _ = context.mention_words(mention)
    words = context.words
    if first >= 1 and not context.boundary_between(words[first - 1], words[first]) and \
            context.covering_mention(words[first - 1].start) is None and \
            _governing_noun(words[first - 1]):
        return True
    for index in range(first - 1, max(-1, first - 1 - _REACH), -1):
        word = words[index]
        if dependent_title(words, index) and \
                not context.boundary_between(words[index - 1], word):
            return True  # «ومستشار الرئيس ترامب يرفض»: the adviser
        if context.boundary_between(word, words[index + 1]) or definite(word) or \
                context.covering_mention(word.start) is not None or \
                word.norm.lstrip("و") in _MOUTHPIECES or word.norm.endswith(_OWNED):
            return False
        if word.norm in _MEMBERS or word.norm.removeprefix("و") in _MEMBERS or \
                is_title_head(word):
            return True
    return False


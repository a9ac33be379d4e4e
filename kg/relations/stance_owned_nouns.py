"""A verbal noun that carries its owner as a pronoun takes no genitive holder after it.

«باريس تعلن دعمها سولانا», «أكدت الحكومة تأييدها الرئيس», «جددوا رفضهم الخطة»: the
suffix «ـها», «ـهم», «ـهما» is the one who supports or rejects; a noun with a suffix cannot
be in construct with a name, so the name after it is what is supported, never its holder.
The masculine «ـه» is left out: once «ة» is written «ه» it cannot be told from the noun's
own ending («إدانه»); feminine nouns with any suffix («مطالبتها») are caught before this.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import find_stance

_SUFFIXES = ("هما", "هم", "ها", "هن")


def owned_noun(word: Word) -> bool:
    """The word is a stance word with a plural or feminine possessive pronoun after it."""
    bare = word.bare()
    for suffix in _SUFFIXES:
        if bare.endswith(suffix) and len(bare) > len(suffix) + 1:
            return find_stance(bare[: -len(suffix)]) is not None
    return False

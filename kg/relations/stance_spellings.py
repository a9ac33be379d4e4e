"""Stance verbs that news prose writes in a second spelling, or that the lexicon lacked.

- «دان», «دانت», «دانوا»: «أدان» written without its hamza, as many agencies print it
  («ودانت الخارجية الهجوم»). Written so it is also «دان بالإسلام» (professed), «دان له
  بالولاء» (owed loyalty), «دانت له البلاد» (submitted): a verb followed at once by «ب» or
  «ل» (other than the manner adverbs «بشدة», «بقوة») is no condemnation.
- «توعّد» and its forms: a threat of retaliation aimed at the addressee that follows
  («توعدت إيران الولايات المتحدة برد قاس»), a stance of kind ``threatens`` like «هدد».
- «نبّه X إلى/من»: alerting an addressee to a danger is a warning, of kind ``warns`` like
  «حذّر X من»; with no addressee («نبه إلى أن ...») it points a thing out and holds no one.
- «مشاطراً X قلقه», «يشاطرون»: the participle and the plurals of «شاطر», the one verb of
  ``sharesConcernWith`` («شارك X القلق» is left out: «شارك» is the verb of taking part in
  a meeting, which the event rules read).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the lexicon imports this module, and the index imports the lexicon
    from kg.relations.index import Word

CONDEMNED_UNHAMZATED: tuple[str, ...] = ("دان", "دانت", "دانوا")
"""«أدان», «أدانت», «أدانوا» written without the hamza (normalised forms)."""

THREATENED_WITH: tuple[str, ...] = ("توعد", "توعدت", "يتوعد", "تتوعد", "توعدوا", "يتوعدون")
"""«توعّد X بالرد»: threatened X (normalised forms)."""
THREATENING_WITH: tuple[str, ...] = ("متوعدا", "متوعده")
"""«، متوعدا الحوثيين بالهزيمة»: the participle of threatening."""

ALERTED: tuple[str, ...] = ("نبه", "نبهت", "ينبه", "نبهوا", "ينبهون")
"""«نبّه X إلى خطورة ...»: warned X (normalised forms; not «تنبه», became aware)."""
ALERTING: tuple[str, ...] = ("منبها", "منبهه")
"""«، منبهاً المواطنين إلى ...»: the participle of alerting."""

SHARING_CONCERN: tuple[str, ...] = ("يشاطرون", "شاطروا", "يشاطران", "تشاطران", "شاطرا")
"""The plural and dual forms of «شاطر» (the singular ones are in the lexicon)."""
SHARING_CONCERN_PARTICIPLES: tuple[str, ...] = ("مشاطرا", "مشاطره")
"""«، مشاطراً الأمم المتحدة مخاوفها»: the participle of «شاطر»."""


def alerted_to(words: list[Word], start: int, object_index: int, preposition: str) -> bool:
    """«نبه X إلى أن إيران ...», «نبه إلى خطورة ...»: with «نبّه», a name after «إلى» (or
    after a clause's «أن») is in what the warning points at, never the one warned."""
    if not any(rest in ALERTED or rest in ALERTING for _, rest in words[start].readings()):
        return False
    return preposition in _ALERTED_TO or \
        any(w.norm.lstrip("و") in _ALERTED_TO for w in words[start + 1:object_index])


_ALERTED_TO = frozenset({"الي", "ان", "انه", "انها", "بان"})


MANNER = frozenset({"بشده", "بقوه", "باشد", "بالشده", "بحزم"})
"""«دان بشدة الهجوم», «تدين بشدة الاعتداء»: adverbs of manner, after which «دان» and
«يدين» still condemn (their «ب» is no «دان بـ», owed or professed)."""


def other_sense_of_dan(words: list[Word], position: int, form: str) -> bool:
    """Whether ``form`` (the trigger without its prefix) is «دان» read as «professed» or
    «owed, submitted to»: the next word opens with «ب» or «ل» and is no manner adverb
    («دان له بالولاء», «دانت بالإسلام»), or no word follows."""
    if form not in CONDEMNED_UNHAMZATED:
        return False
    if position + 1 >= len(words):
        return True
    following = words[position + 1].norm
    return following.startswith(("ب", "ل")) and following not in MANNER


BOTH_OF = ("كل", "من")
"""«ورحبت كل من السعودية والإمارات بالاتفاق»: «كلٌّ من» before coordinated names, «both
X and Y», is no actor itself: the names after it are the subject."""


def past_both_of(words: list[Word], index: int) -> int:
    """The index of the word after «كل من» when ``words[index]`` opens it, else ``index``.
    Only the bare pair counts: «كل من يدعم الإرهاب» (whoever) has a verb after it and no
    name, so the caller finds no subject there either way."""
    if index + 2 < len(words) and words[index].norm == BOTH_OF[0] and \
            words[index + 1].norm == BOTH_OF[1]:
        return index + 2
    return index


def after_both_of(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` follows «كل من»: its «من» governs no name («كل من مصر
    والأردن» is «both Egypt and Jordan», not «from Egypt»)."""
    return index >= 2 and words[index - 2].norm == BOTH_OF[0] and \
        words[index - 1].norm == BOTH_OF[1]

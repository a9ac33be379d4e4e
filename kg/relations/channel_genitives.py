"""A place in the genitive of the noun after a preposition: «وقال في قلب أمريكا: ...».

After a verb of saying a preposition opens the channel or the setting of the words («في
مقابلة», «من داخل الجامعة»). Its noun may take a place in the genitive: «وقال في قلب
باريس:», «وأضاف من عاصمة فرنسا»; that place is part of the setting, never the subject
that speaks. Only an indefinite noun (a construct head: no «ال», no title) right before a
place named with no punctuation between counts. A person or a body in that position is
left alone: «وقال في تغريدة ترامب» names the tweet's author.

So is the name of an outlet after a media noun there, quoted or not: «أعلن في حديث أدلى به
إلى قناة «روسيا اليوم» ...»: the channel the words were given to, never their speaker.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.entity_classes import PLACE_LABELS
from kg.relations.index import Word
from kg.relations.role_words import is_title_head
from kg.relations.speaker_bodies import MEDIA_NOUNS


def setting_place_end(context: Extraction, words: list[Word], index: int, end: int) -> int:
    """The index after a place in the genitive of ``words[index]`` («قلب أمريكا») or after
    the outlet a media noun names («قناة «روسيا اليوم»»), or ``index + 1`` when the noun
    after the preposition takes none."""
    word = words[index]
    if index + 1 < end and word.has(MEDIA_NOUNS):
        outlet = context.mention_starting_in(words[index + 1])
        if outlet is not None:
            _, last = context.mention_words(outlet)
            return max(index + 2, last - words[0].index + 1)
    if index + 1 >= end or word.norm.startswith("ال") or is_title_head(word) or \
            context.boundary_between(word, words[index + 1]):
        return index + 1
    place = context.mention_starting_in(words[index + 1])
    if place is None or place.label not in PLACE_LABELS:
        return index + 1
    _, last = context.mention_words(place)
    return max(index + 2, last - words[0].index + 1)

"""A subject after the verb that is not the one who spoke before: an indefinite title, a
name that closes a long description.

Two readings carry a speaker over from earlier sentences when the subject after the verb
names no one the recogniser found: a title stands for the person introduced earlier with
it («وقال الوزير إن»: :func:`kg.relations.role_holders.person_for_title`), and a definite
occupation noun for the person who has just spoken («وأضاف الخبير أن»). Arabic news marks
two subjects these readings must not reach:

- **An indefinite title** («قال متحدث باسم الرئاسة في نيجيريا», «وأكد متحدث عسكري»,
  «وقال مستشار رئاسي»): a title head with no article and no genitive after it, followed
  by a preposition (the «باسم» of spokesmen) or by an indefinite adjective, introduces
  someone new and unnamed, the way «مسؤول» and «مصدر» do. Wire stories often quote
  several such spokesmen, of several bodies, in one record; the one named earlier
  («المتحدث باسم الجيش في بوروندي X») is not the one now speaking. No statement.
- **A name at the end of a long description** («فيما أوضح الخبير السياحي وعضو اللجنة
  السياحية في غرفة جدة X أن»): the subject is described at length, past a preposition,
  and then named right before «أن» or the colon; the name in apposition speaks, not the
  last speaker.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import COMPLEMENTIZERS, HONORIFICS
from kg.relations.lexicon_roles import PREPOSITIONS
from kg.relations.principal_names import genitive_principal
from kg.relations.speaker_readings import SpeakerReading

_SPOKESMAN_OF = frozenset({"باسم"})
"""«متحدث باسم الجيش»: «in the name of», which follows a spokesman's title."""


def indefinite_title(context: Extraction, words: list[Word], index: int, end: int) -> bool:
    """Whether the title head ``words[index]`` is indefinite: no article, and the next word
    of the subject is a preposition («متحدث باسم الرئاسة», «ناطق في الوزارة»), an
    indefinite adjective («متحدث عسكري», «مستشار رئاسي», «دبلوماسي غربي»: a nisba with no
    article) or the end of the subject («وقال متحدث إن»). A genitive after the head
    («وزير الخارجية», «وزير خارجية فرنسا») makes the title definite."""
    head = words[index]
    if head.norm in HONORIFICS or any(prefix.endswith("ال") for prefix, _ in head.readings()):
        return False
    following = index + 1
    if following >= min(end, len(words)):
        return True
    word = words[following]
    if word.norm in COMPLEMENTIZERS:
        return True
    if context.boundary_between(head, word):
        return False
    if word.norm in PREPOSITIONS or word.norm in _SPOKESMAN_OF:
        return True
    mention = context.mention_starting_in(word)
    if mention is not None:
        return context.is_nisba(mention)  # «متحدث أمريكي»; «وزير خارجية فرنسا» is named
    return word.norm.endswith("ي") and not word.norm.startswith("ال") and len(word.norm) > 3


_CLOSING_REACH = 12


def closing_name(context: Extraction, words: list[Word], index: int,
                 end: int) -> SpeakerReading | None:
    """The person named last in the subject opened by the definite noun ``words[index]``,
    right before «أن» (or the colon) that opens the words said: «أوضح الخبير السياحي وعضو
    اللجنة السياحية في غرفة جدة X أن». The subject's words must hold no punctuation (a
    comma-closed aside is read elsewhere). A preposition's object must close before the
    name, as a named body does («في غرفة جدة»): a name inside it («المقرب من الرئيس X»),
    in a genitive («مستشار الملك سلمان») or glued to a preposition does not speak."""
    in_phrase = False
    later = index + 1
    while later < min(end, len(words), index + _CLOSING_REACH):
        word = words[later]
        if context.boundary_between(words[later - 1], word):
            return None
        mention = context.mention_starting_in(word)
        if mention is not None and mention.entity_id and mention.label != "Person":
            in_phrase = False  # «في غرفة جدة»: the body closes the preposition's object
            _, last = context.mention_words(mention)
            later = max(later + 1, last - words[0].index + 1)
            continue
        if mention is not None and mention.label == "Person" and mention.entity_id:
            return None if in_phrase else _closing(context, words, mention)
        in_phrase = in_phrase or word.norm in PREPOSITIONS
        later += 1
    return None


def _closing(context: Extraction, words: list[Word], mention: Mention) -> SpeakerReading | None:
    """The person of ``mention`` if the name ends the subject: «أن» or a colon follows."""
    _, last = context.mention_words(mention)
    after = last - words[0].index + 1
    if after >= len(words) or context.is_prepositional(mention) or \
            genitive_principal(context, mention):
        return None
    closer = words[after]
    gap = context.doc.text[context.words[last].end:closer.start]
    if closer.norm in COMPLEMENTIZERS or ":" in gap:
        return SpeakerReading(mention.entity_id, "title")
    return None

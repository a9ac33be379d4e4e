"""A place phrase «جنوب العاصمة» ends right before a bare «قتل», which is then its verb.

Wire reports open a clause with where it happened, then the verb: «وفي المحمودية جنوب
العاصمة قتل مسلحون مترجماً», «وفي بلدة شمال البلاد قصف الطيران ...». A bare form that is
both a perfect verb and a verbal noun («قتل», «قصف», «خطف») right after a definite noun is
otherwise read as a noun (``event_triggers._noun_use``: «شهدت العاصمة قتل العشرات», the
capital the subject and the killing its object). When that definite noun is the genitive of a
word of direction («جنوب», «شمال», «شرقي», ...), it ends a phrase of place, which is no
subject of a verb of witnessing nor first term of an iḍāfa with the form: the form opens the
clause as its verb. Only the article's noun right after the direction counts («جنوب
العاصمة»), not a longer phrase.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import DIRECTIONS

_ARTICLE = frozenset({"ال"})


def ends_direction_place(words: list[Word], position: int) -> bool:
    """Whether ``words[position]`` follows a phrase of direction and a definite noun in its
    sentence: «جنوب العاصمة قتل», «غربي المدينة قصف»."""
    if position < 2:
        return False
    noun, direction = words[position - 1], words[position - 2]
    sentence = words[position].sentence_index
    return noun.sentence_index == sentence and direction.sentence_index == sentence and \
        any(prefix in _ARTICLE for prefix, _ in noun.readings()) and \
        direction.has(DIRECTIONS)

"""The thing a noun of displeasure is about, after its «من» or «إزاء».

Rules:

- «أبدت إدارة النادي تذمرها من مماطلة النادي النرويجي», «أعربت X عن استيائها من القرار
  الإثيوبي»: the preposition the noun of displeasure takes (``lexicon.DISPLEASED_AT``) right
  after the noun opens its object, a descriptive phrase as well as a name; the object read
  starts past it.
- Not when the phrase read there stops short of a name or a nisba that goes on it («من
  تناقض تصريحات القيادات الإيرانية»): the side it names is read as before.
- Not past punctuation («استياءها، من جهة أخرى، ...»), and only for those nouns: «من» after
  any other stance tells an origin.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import DISPLEASED_AT, FUNCTION_WORDS, StanceTrigger
from kg.relations.stance_phrases import conjunction, prepositional


def past_displeased_at(context: Extraction, words: list[Word], first_word: int,
                       trigger: StanceTrigger) -> int:
    """The index past «من»/«إزاء» at ``first_word`` after a noun of displeasure, else
    ``first_word``."""
    if trigger.requires != DISPLEASED_AT or first_word + 1 >= len(words) or \
            words[first_word].norm not in DISPLEASED_AT or \
            context.boundary_between(words[first_word], words[first_word + 1]):
        return first_word
    run = _noun_run(context, words, first_word + 1)
    if any(context.mention_starting_in(word) is not None or
           context.index.nisba_country(word) is not None for word in run[_PHRASE_WORDS:]):
        return first_word  # «من تناقض تصريحات القيادات الإيرانية»: cut short of its nisba
    return first_word + 1


_PHRASE_WORDS = 3
"""The words of the longest phrase a topic object keeps."""


def _noun_run(context: Extraction, words: list[Word], index: int) -> list[Word]:
    """The words from ``index`` up to the first punctuation, function word, conjunction or
    word with a glued preposition: the noun phrase with its genitives and adjectives."""
    run: list[Word] = []
    for word in words[index:]:
        if run and (context.boundary_between(run[-1], word) or conjunction(word) or
                    prepositional(word)):
            break
        if word.norm in FUNCTION_WORDS:
            break
        run.append(word)
    return run

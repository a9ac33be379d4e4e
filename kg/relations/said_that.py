"""«أوضح ذلك رئيس النادي X، وأضاف: ...»: the subject of «قال/أوضح/أكد ذلك» goes on.

Arabic news closes a paragraph of indirect speech with «أوضح ذلك X» / «ذكر ذلك X» / «أكد هذا
X» («X explained this») and goes on in the same sentence with «، وأضاف: ...» / «، وتابع أن
...». The first verb has no content of its own («ذلك» points back), so no speaker was
registered, and the continuation verb after the comma had no speaker at all.

The rule: a continuation verb («وأضاف», «وتابع», «وأردف» ...) that follows a comma inside its
sentence, with no subject of its own, is spoken by the person named right after an earlier
«VERB ذلك/هذا» of the same sentence: the reporting verb, the demonstrative, then at most
:data:`_REACH` words (a title, an honorific) before the person's name, with no other
punctuation than the comma before the continuation verb.
"""
from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import HONORIFICS, PREPOSITIONS, find_reporting
from kg.relations.role_words import is_title_head

_THAT = frozenset({"ذلك", "هذا", "ذالك"})
_REACH = 6
"""Most words between «ذلك» and the person's name (a title: «رئيس النادي د.»)."""


def said_that_subject(context: Extraction, words: list[Word], position: int) -> Mention | None:
    """The person named after «أوضح ذلك» earlier in the sentence of the continuation verb
    ``words[position]``, or None."""
    if position < 4 or not any(c in "،," for c in context.gap(words[position - 1],
                                                           words[position])):
        return None
    for index in range(position - 3, -1, -1):
        if words[index + 1].norm not in _THAT or find_reporting(words[index].norm) is None:
            continue
        for name_at in range(index + 2, min(position, index + 2 + _REACH + 1)):
            if name_at > index + 2 and not _titled(words, index + 2, name_at):
                return None  # «أكد ذلك [untagged] أمام X، وأضاف»: X is not the subject
            mention = context.mention_starting_in(words[name_at])
            if mention is not None and mention.label == "Person" and mention.entity_id:
                last = context.word_at(max(mention.start, mention.end - 1))
                if last is None or last.index - words[0].index + 1 != position:
                    return None  # the name must end right before «، وأضاف»
                return mention
        return None
    return None


def _titled(words: list[Word], first: int, end: int) -> bool:
    """Whether ``words[first:end]`` is a title before the name: it opens with a title head
    or an honorific («رئيس النادي د.», «الوزير», «الدكتور») and holds no preposition."""
    run = words[first:end]
    return (is_title_head(run[0]) or run[0].norm in HONORIFICS) and \
        not any(w.norm in PREPOSITIONS for w in run)

"""«نظيره الفرنسي X»: a counterpart holds the office of the man he is the peer of.

Arabic news names the other side of a meeting by «نظيره» ("his counterpart"), a nisba and
a name: «بحث وزير الخارجية السعودي مع نظيره الفرنسي لوران فابيوس». The counterpart holds
the same office as the titled man earlier in the sentence, of the nisba's country. Only
when every title given earlier in the sentence has one name («الرئيس», «رئيس») is the
office known; a sentence naming a minister and a president leaves the counterpart alone.
The check runs only on the word right before a name that got no title of its own.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.role_bodies import nisba_in

_COUNTERPART = frozenset({"نظيره", "نظيرها"})
_CLITICS = frozenset({"", "و", "ب", "وب", "ل", "ول"})


def counterpart_before(context: Extraction, words: list[Word],
                       first: int) -> tuple[Word, Arg | None] | None:
    """The «نظيره» word before the name starting at ``words[first]`` and the country of a
    nisba between them («نظيره الروسي X»), or None."""
    for at, nisba in ((first - 1, None), (first - 2, first - 1)):
        if at < 0 or not _counterpart(words[at]) or \
                context.boundary_between(words[at], words[first]):
            continue
        if nisba is None:
            return words[at], None
        country = nisba_in(context, [words[nisba]]) or _country_named(context, words[nisba])
        if country is not None:
            return words[at], country
    return None


def _counterpart(word: Word) -> bool:
    return any(rest in _COUNTERPART and prefix in _CLITICS for prefix, rest in word.readings())


def _country_named(context: Extraction, word: Word) -> Arg | None:
    """A nisba the NER tagged as the country itself («الروماني»)."""
    mention = context.mention_starting_in(word)
    if mention is None or mention.label != "Country" or not mention.entity_id or \
            mention.end > word.end:
        return None
    return Arg(mention.entity_id, mention.start, mention.end)

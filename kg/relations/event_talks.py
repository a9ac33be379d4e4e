"""Talks told by «بحث X مع Y»: «بحث ولي العهد الأمير فلان مع وزير الدفاع الأمريكي العلاقات».

The verb «بحث» (discussed) with a named subject and a party met after «مع» reports a meeting
held by its subject: «وبحث وزير الخارجية عادل الجبير مع نظيره الفرنسي تطورات الأوضاع». Most
uses of the root name no meeting: «بحث عن» (searched for), the noun «البحث» (research),
«يبحث» (is examining), «بحث الأمر» with no party met. So «بحث» is a meeting only as a past verb
(«بحث», «بحثت», with «و» or «ف» at most), with a named actor or a title right after it and,
before the clause ends, «مع» followed by a person, a title («مع نظيره», «مع وزير») or a named
actor. The subject is the host (the agent), the party after «مع» a participant. Such a meeting
is read by a construction less tried than «التقى», so its raw confidence is lower.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import TITLE_HEADS
from kg.relations.role_words import is_title_head
from kg.relations.titles import compound_head

TALKS_FORMS = frozenset({"بحث", "بحثت"})
"""The past verb «بحث» (discussed): a meeting only with a party after «مع» (``talks_with``)."""
_VERB_PREFIXES = frozenset({"", "و", "ف"})
_ACTORS = frozenset({"Person", "Organization", "Country", "Group"})
_REACH = 10
"""How far after the verb «مع» may stand (the subject's name and titles between)."""


def talks_with(context: Extraction, words: list[Word], position: int, prefix: str) -> bool:
    """Whether «بحث» at ``words[position]`` (found with ``prefix``) is a past verb whose named
    subject right after it discussed with a party named after «مع» in the same clause."""
    if prefix not in _VERB_PREFIXES or position + 1 >= len(words) or \
            context.boundary_between(words[position], words[position + 1]):
        return False
    if not (_party(context, words[position + 1]) or compound_head(words, position + 1)):
        return False  # «بحث الأمر», «بحث عن»: no actor right after the verb
    for index in range(position + 2, min(len(words), position + 1 + _REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].norm == "مع":
            return index + 1 < len(words) and \
                not context.boundary_between(words[index], words[index + 1]) and \
                (_party(context, words[index + 1]) or compound_head(words, index + 1))
    return False


def _party(context: Extraction, word: Word) -> bool:
    """A named actor starting at ``word``, or a title that stands for one («الوزير»,
    «نظيره»; a compound title «ولي العهد» is ``compound_head``)."""
    mention = context.covering_mention(word.start)
    if mention is not None:
        return mention.label in _ACTORS
    return is_title_head(word) or any(
        rest in TITLE_HEADS or rest.startswith("نظير") for _, rest in word.readings())

"""The person named at the end of a long chain of titles after a praised deed.

Saudi news names the doer of a praised deed by every title he holds before his name: «بالجهود
التي يبذلها سمو ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية صاحب السمو الملكي الأمير X»,
«بجهود ولي العهد ونائب رئيس مجلس الوزراء وزير الداخلية الأمير X», and sometimes an epithet
before them («رجل الأمن الأول سمو ولي العهد ... الأمير X»). The chain runs past the few words
that :func:`kg.relations.stance_deed_objects._past_styles` reads and holds names of bodies
(«مجلس الوزراء»), so the deed was given to the first title as a phrase («ولي العهد») or to no
one. :func:`person_past_title_chain` finds the person when all of these hold:

- a person is named within :data:`_REACH` words after the chain's first word, with no mark
  between them;
- every word before the name is either inside a name that is no person («مجلس الوزراء») or
  a word with no preposition glued to it that is no function word or relative pronoun; a
  word with «و» glued only when it opens a title («ونائب»), never another style or actor
  («وسمو», «ورجال»): a list of doers is not one person's chain;
- the roles found for that person (:mod:`kg.relations.roles`) give him a title that starts
  inside the chain: the chain is his.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import FUNCTION_WORDS, PREPOSITIONS
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import RELATIVES, prepositional
from kg.relations.titles import compound_end

__all__ = ["person_past_title_chain"]

_REACH = 18
"""How many words the chain may run to before the name."""


def person_past_title_chain(context: Extraction, words: list[Word], index: int) -> int | None:
    """The index of the person's name that ends the chain of titles opening at
    ``words[index]`` (see the module docstring), or None."""
    compound = -1
    for later in range(index + 1, min(len(words), index + _REACH + 1)):
        word = words[later]
        if context.boundary_between(words[later - 1], word):
            return None
        compound = max(compound, compound_end(words, later) or -1)
        if later <= compound:
            continue  # «ولي العهد», «خادم الحرمين الشريفين»: a compound title's words
        mention = context.mention_starting_in(word)
        if mention is not None and mention.label == "Person" and mention.start == word.start:
            return later if mention.entity_id and _titled_in_chain(
                context, mention.entity_id, words[index].start, word.start) else None
        covering = context.covering_mention(word.start)
        if covering is not None:
            if covering.label == "Person":
                return None
            continue  # «مجلس الوزراء»: a body's name inside a title
        if not _chain_word(word):
            return None
    return None


def _chain_word(word: Word) -> bool:
    """A word of a title or a style: no preposition or function word; «و» only before a
    title head («ونائب»)."""
    norm = word.norm
    if norm in FUNCTION_WORDS or norm in PREPOSITIONS or norm in RELATIVES or \
            prepositional(word):
        return False
    return is_title_head(word) or not _conjoined(word)


def _conjoined(word: Word) -> bool:
    """Whether the word reads as «و» glued to another word («وسمو», «ورجال»)."""
    return any(prefix.startswith("و") for prefix, _ in word.readings()[1:])


def _titled_in_chain(context: Extraction, person: str, start: int, end: int) -> bool:
    """Whether a title of ``person`` found by the roles starts between ``start`` and ``end``."""
    return any(role.person_id == person and start <= role.start < end for role in context.roles)

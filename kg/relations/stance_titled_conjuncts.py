"""«ورحب الرئيس الفلسطيني X والعاهل الأردني الملك Y بالمبادرة»: a titled person joined by
«و» right after the subject is a second subject, not the object.

After a stance verb, the subject may be two persons, each with a title: «ورحب الرئيس
الفلسطيني محمود عباس والعاهل الأردني الملك عبد الله الثاني بالمبادرة المصرية», «ودعا وزير
الخارجية X ونظيره الفرنسي Y إلى ...». When the word right after the first subject is «و»
with a title head or a noun of a person («والعاهل», «ووزير», «ونظيره»), and a person is named
after it past the title's own words (nisbas, definite words, styles such as «الملك») with
no punctuation, preposition or function word between, that person holds the stance too; the
object is read after the name. A name joined by «و» with no title is read by the subject
finders themselves.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import FUNCTION_WORDS, PERSON_NOUNS
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import conjunction
from kg.relations.stance_triggers import live_stance

_HEADS = frozenset({"عاهل", "نظير", "نظيره", "نظيرها", "نظيرته"})
"""Heads of a person's title the title lexicon does not hold («العاهل»), and «نظيره» (his
counterpart)."""
_REACH = 6
"""Words after «و» within which the second person is named."""


def titled_conjunct(context: Extraction, words: list[Word], after: int) -> tuple[Arg, int] | None:
    """The person joined by «و» and a title at ``words[after]`` (see the module docstring)
    and the index after the name; None when there is none."""
    if not 0 < after < len(words) or context.boundary_between(words[after - 1], words[after]):
        return None
    opening = words[after]
    if not conjunction(opening) or not (is_title_head(opening) or opening.has(PERSON_NOUNS) or
                                        opening.has(_HEADS)) or \
            context.covering_mention(opening.start) is not None:
        return None
    for later in range(after + 1, min(len(words), after + _REACH)):
        word = words[later]
        if context.boundary_between(words[later - 1], word) or word.norm in FUNCTION_WORDS or \
                live_stance(words, later):
            return None
        mention = context.mention_starting_in(word)
        if mention is None or context.is_nisba(mention):
            continue
        if mention.label != "Person" or not mention.entity_id or mention.start != word.start:
            return None
        end = later
        while end < len(words) and words[end].start < mention.end:
            end += 1
        return Arg(mention.entity_id, mention.start, mention.end), end
    return None

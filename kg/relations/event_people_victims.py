"""A people named by its plural adjective after a verb of dying: «واستشهد الفلسطينيون
الثلاثة».

After a verb of dying («استشهد», «لقي», «توفي»: its subject can only be who died), news
names the dead by the plural adjective of their country, often with their number after it:
«واستشهد الفلسطينيون الثلاثة بقذائف مدفعية», «واستشهد فلسطينيون». The tagger reads the
adjective as the country («فلسطين»), and a country does not die, so the death was left
without a victim. The adjective in the plural («الفلسطينيون», «العراقيين»), with a definite
number after it («الثلاثة»), is the victim phrase. A singular adjective («الفلسطيني»)
stands for the country or for a noun left out, and is none.
"""

from __future__ import annotations

from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.perpetrators import past_time
from kg.relations.targets import phrase_arg

_PLURAL_ENDINGS = ("يون", "يين")


def people_after(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The plural country adjective (and its number) right after the verb of dying at
    ``words[position]``, as the victim phrase; None when none is there."""
    start = past_time(context, words, position + 1)
    if start >= len(words) or context.boundary_between(words[start - 1], words[start]):
        return None
    word = words[start]
    mention = context.covering_mention(word.start)
    if mention is None or mention.label != "Country" or not context.is_nisba(mention) or \
            mention.start != word.start or mention.end != word.end or \
            not word.norm.endswith(_PLURAL_ENDINGS) or \
            any(prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"} for prefix, _ in word.readings()[1:]):
        return None
    last = start
    following = words[start + 1] if start + 1 < len(words) else None
    if following is not None and word.norm.startswith("ال") and \
            following.norm.startswith("ال") and number_value(following) is not None and \
            not context.boundary_between(word, following):
        last = start + 1  # «الفلسطينيون الثلاثة»
    return phrase_arg(context, words, start, last)

"""«وقال هولاند: «أدين بشدة هذا الهجوم»»: a first-person singular stance verb in a quote is
held by the quote's speaker.

Leaders speak of their own stance in the first person singular («أدين», «أرحب», «أرفض»,
«أدعو جميع الأطراف»; see :data:`kg.relations.lexicon.FIRST_SINGULAR`). Unlike the plural
(«ندين»: the speaker's side, see :func:`kg.relations.arguments.speaker_affiliation`), the
singular is the person who speaks. Outside a quote, or in the quote of a speaker who is no
person, the form holds no stance: «أدين» there may be the passive of «أدان» («أُدين المتهم
بالقتل»: convicted), and «أدين لـ X بالفضل» is a debt of gratitude, never a condemnation.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import FIRST_SINGULAR, STANCE, StanceTrigger

_OWING = frozenset({"بالفضل", "بالكثير", "بالشكر", "بالعرفان", "بالولاء"})
"""«أدين لـ X بالفضل», «أدين بالكثير لـ X»: what one owes, not a condemnation."""


def first_singular_trigger(word: Word) -> StanceTrigger | None:
    """The trigger of a first-person singular stance verb («أدين», «وأرحب»), with no clitic
    but «و»/«ف»; None for any other word."""
    for prefix, rest in word.readings():
        if prefix in {"", "و", "ف"} and rest in FIRST_SINGULAR:
            return STANCE.get(FIRST_SINGULAR[rest])
    return None


def first_singular(word: Word) -> bool:
    """Whether ``word`` is a first-person singular stance verb («أدين», «وأرحب»)."""
    if not word.has(FIRST_SINGULAR):  # (most words: no generator)
        return False
    return any(prefix in {"", "و", "ف"} and rest in FIRST_SINGULAR
               for prefix, rest in word.readings())


def quoted_self(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The person whose quote holds the first-person singular verb at ``words[position]``;
    None outside a quote, in a name, for a speaker who is no person, or for «أدين» of a
    debt."""
    word = words[position]
    if context.covering_mention(word.start) is not None:
        return None  # «وادين هازار»: part of a name
    following = words[position + 1].norm if position + 1 < len(words) else ""
    if word.bare() == "ارحب" and not following.startswith("ب"):
        return None  # «آفاق أرحب»: wider, not welcoming
    if word.bare() == "ادين" and position + 1 < len(words) and \
            (words[position + 1].norm in _OWING or words[position + 1].norm.startswith("ل")):
        return None
    speaker = context.speaker_at(word.start)
    if speaker is None:
        return None
    entity = context.entity(speaker)
    if entity is None or entity.label != "Person":
        return None
    return Arg(speaker, word.start, word.end)

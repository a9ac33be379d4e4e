"""A bomb as the subject of «فجّر»: «بعدما فجرت عبوة ناسفة إحدى مركباتهم».

«فجّر» takes a bomb as its object when a doer is said («فجر انتحاري عبوة», «وفجرت القوات
قنبلة»), but a bomb named right after the verb and followed by another object is the verb's
own subject: «فجرت عبوة ناسفة إحدى مركباتهم» (a bomb blew up one of their vehicles). Such a
verb has a subject of its own, a thing, so the agent of an earlier deed of the sentence is
not carried over to it («قام جنود بقتل المدنيين بعدما فجرت عبوة ناسفة إحدى مركباتهم»: the
soldiers set off no bomb). Rules: a form of «فجّر» (not «انفجر»), then a bomb noun, at
most two of its adjectives («ناسفة», «مفخخة»), then a direct object
(``perpetrators.object_follows``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.perpetrators import object_follows

_BLOWING_UP = frozenset({"فجر", "فجرت"})
_BOMBS = frozenset({"عبوه", "عبوات", "عبوتان", "عبوتين", "قنبله", "قنابل", "سياره", "سيارات",
                    "لغم", "الغام", "شاحنه", "دراجه"})
_BOMB_ADJECTIVES = frozenset({"ناسفه", "ناسفتان", "ناسفتين", "مفخخه", "مفخختان", "مفخختين",
                              "مزروعه", "يدويه", "صوتيه", "ارضي", "ارضيه", "مفخخا"})


def bomb_subject(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the «فجّر» verb at ``words[position]`` has a bomb as its subject, an object
    after it."""
    if not words[position].has(_BLOWING_UP):
        return False
    index = position + 1
    if index >= len(words) or context.boundary_between(words[position], words[index]) or \
            not any(rest in _BOMBS and prefix in {"", "ال"}
                    for prefix, rest in words[index].readings()):
        return False
    index += 1
    while index < len(words) and index - position <= 3 and \
            words[index].bare() in _BOMB_ADJECTIVES:
        index += 1
    return index < len(words) and object_follows(context, words, index)

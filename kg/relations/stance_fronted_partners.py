"""The doer named before its verb, with the adjunct of partnership between them.

«يشار إلى أن وزارة الخارجية بالتعاون مع وزارة الحج أصدرت أكثر من خمسة ملايين تأشيرة»,
«وكانت الجمعية الخيرية بالتعاون مع البلدية قد وزعت السلال», «جمعية X بالتعاون مع Y تطلق
حملة»: the named actor opens its clause (the sentence's start, «أن», «إن», «كان»), the
adjunct «بالتعاون مع» follows it at once, and right after the partners comes the clause's
verb of doing. The actor is the one that works with the partners.

Only a deed done is asserted: the verb after the partners is one of a closed list of verbs
of doing, in the past or the present («أصدرت», «تطلق»); after «قد» only the past («قد
جهزت»; «قد تطلق» is what may be). A future («ستطلق»), a negation («لم تنجح»), or any other
word there (a noun: «أن X بالتعاون مع Y أمر ضروري») gives nothing.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word

_PAST = frozenset({
    "نظم", "نظمت", "اقام", "اقامت", "نفذ", "نفذت", "اطلق", "اطلقت", "دشن", "دشنت", "عقد",
    "عقدت", "قدم", "قدمت", "اعد", "اعدت", "انشا", "انشات", "اصدر", "اصدرت", "جهز", "جهزت",
    "وزع", "وزعت", "انهي", "انهت", "كرم", "كرمت", "افتتح", "افتتحت", "اختتم", "اختتمت",
    "استقبل", "استقبلت", "طرح", "طرحت", "قام", "قامت",
})
"""Past verbs of a deed done (organised, held, carried out, launched, issued, prepared,
handed out, finished, honoured, opened, closed)."""

_PRESENT = frozenset({
    "ينظم", "تنظم", "يقيم", "تقيم", "ينفذ", "تنفذ", "يطلق", "تطلق", "يدشن", "تدشن", "يعقد",
    "تعقد", "يقدم", "تقدم", "يصدر", "تصدر", "يجهز", "تجهز", "يوزع", "توزع", "يكرم", "تكرم",
    "يفتتح", "تفتتح", "يختتم", "تختتم", "يستقبل", "تستقبل", "يقوم", "تقوم",
})
"""The same verbs in the present, as a headline or a report tells a deed under way."""

_OPENERS = frozenset({"ان", "إن", "أن", "بان", "كان", "كانت", "وكان", "وكانت"})
"""Words after which a named actor opens its clause."""

_MAY = "قد"


def fronted_partner_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The actor of «X بالتعاون مع Y <verb>» when the adjunct's noun stands at ``position``
    (see the module docstring); None otherwise."""
    if position < 1 or position + 2 >= len(words) or words[position + 1].norm != "مع":
        return None
    if context.gap(words[position - 1], words[position]).strip():
        return None
    mention = context.covering_mention(words[position - 1].start)
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention) or mention.end < words[position - 1].end or \
            context.attached_prefix(mention).lstrip("و"):
        return None
    first = context.mention_words(mention)[0] - words[0].index
    if first < 0:
        return None
    if first > 0 and not (context.boundary_between(words[first - 1], words[first]) or
                          words[first - 1].norm in _OPENERS):
        return None
    verb = _after_partners(context, words, position + 2)
    if verb is None or not _deed(words, verb):
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


def _after_partners(context: Extraction, words: list[Word], index: int) -> int | None:
    """The index of the word right after the named partners from ``words[index]`` on (names
    joined by «و»), when no punctuation stands in between; None otherwise."""
    while index < len(words):
        mention = context.mention_starting_in(words[index])
        if mention is None or not mention.entity_id:
            return None
        last = context.mention_words(mention)[1] - words[0].index
        if last + 1 >= len(words) or words[last].end != mention.end or \
                context.boundary_between(words[last], words[last + 1]) or \
                context.gap(words[last], words[last + 1]).strip():
            return None
        following = words[last + 1]
        if following.norm.startswith("و") and \
                context.mention_starting_in(following) is not None:
            index = last + 1  # «مع X وY»: the next partner
            continue
        return last + 1
    return None


def _deed(words: list[Word], index: int) -> bool:
    """A verb of doing at ``words[index]``: a past or present one, or «قد» and a past one."""
    norm = words[index].norm
    if norm == _MAY:
        return index + 1 < len(words) and words[index + 1].norm in _PAST
    return norm in _PAST or norm in _PRESENT

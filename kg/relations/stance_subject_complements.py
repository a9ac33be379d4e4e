"""The object of a praise, a welcome or a condemnation past the comma that closes its
subject's full name.

«ونوهت منظمة الأغذية والزراعة للأمم المتحدة «الفاو» العالمية، بجهود المملكة», «رحب
الاتحاد الدولي للصحفيين (IFJ)، بالقرار»: a body's name runs on past the mention kg tags —
its parent body glued to «ل», its acronym in quotation marks or brackets, an adjective —
and a comma closes it before the «بـ» that opens what is praised. The comma ends the
subject, not the clause, so the object is read past it. Only these complements may stand
between the subject and the comma, and only a «بـ» may open the object after it: any other
word, or a «بـ» adjunct of the clause («، بحضور», «، بالتعاون مع»), keeps the scan at the
comma.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import NISBA, StanceTrigger
from kg.relations.stance_phrases import COMMAS

_KINDS = frozenset({"praises", "welcomes", "condemns"})
"""Verbs whose object is taken with «بـ»: «أشاد بـ», «رحب بـ», «ندد بـ»."""
_REACH = 6
"""Words of complement at most between the subject and the comma."""
_QUOTES = frozenset("«»()\"“”")
_MARKS = " «»()\"“”"
_ADJUNCTS = frozenset({"حضور", "مشاركه", "رئاسه", "مناسبه", "تعاون", "اشتراك", "تنسيق", "اسم",
                       "صفته", "صفتها", "لسان", "قياده", "زعامه", "حسب", "نحو", "شكل", "شده"})
"""«، بحضور», «، بمشاركة», «، بالتعاون مع», «، بشدة»: a «بـ» adjunct of the clause, no object."""


def _complement(context: Extraction, words: list[Word], index: int, first: bool) -> bool:
    """A word that still belongs to the subject's name: inside a mention (its parent body
    glued to «ل» when it comes first), inside quotation marks or brackets (an acronym), or a
    nisba or relational adjective («العالمية», «الدولية»)."""
    word = words[index]
    if any(mark in context.gap(words[index - 1], word) for mark in _QUOTES):
        return True
    mention = context.covering_mention(word.start) or context.mention_starting_in(word)
    if mention is not None:  # «للأمم المتحدة»: the mention may start past the «ل»
        return not first or any(
            prefix.lstrip("و") in {"ل", "لل"} for prefix, _ in word.readings()[1:])
    norm = word.norm
    return word.has(NISBA) or (
        norm.startswith("ال") and norm.endswith(("يه", "ي")) and len(norm) > 5)


def past_subject_complement(context: Extraction, words: list[Word], position: int, after: int,
                            subjects: list[Arg], trigger: StanceTrigger) -> int | None:
    """The index of the «بـ» word past the comma that closes the subject's complements
    (see the module docstring), or None when the words after the subject are no such
    complements."""
    if trigger.kind not in _KINDS or trigger.noun or not subjects or after <= position + 1 \
            or after >= len(words) or context.gap(words[after - 1], words[after]).strip(_MARKS):
        return None  # a comma, a stop or a dash right after the name: not its complement
    index = after
    while index < len(words) and index - after < _REACH:
        if not _complement(context, words, index, index == after):
            return None
        if index + 1 >= len(words):
            return None
        gap = context.gap(words[index], words[index + 1])
        if any(mark in gap for mark in COMMAS):
            following = words[index + 1]
            opens = any(prefix.lstrip("و") in {"ب", "بال"} and rest not in _ADJUNCTS
                        for prefix, rest in following.readings()[1:])
            return index + 1 if opens and gap.strip(_MARKS) in COMMAS else None
        if gap.strip(_MARKS):
            return None  # a full stop, a colon, a dash: no name runs on past it
        index += 1
    return None

"""«مقتل زعيم تنظيم القاعدة في العراق أبو مصعب الزرقاوي»: the leader was killed, not his group.

After a title («زعيم», «قائد», «رئيس», «أمير», ...) the name of a group or body is the
domain of the title: in «أعلن الجيش مقتل قائد حركة طالبان الملا أختر منصور» the commander
was killed, and the movement read as the target turns one death into a blow against the
whole group. Such a target is replaced by the person the sentence names right after it
(within four words, past «في العراق» or a style like «الملا»). With no person named the
group stays (kg then reads the leader's phrase, «مقتل قائد حركة طالبان», from the title on);
places after a title are left to ``event_place_roles``. A target that is a lone title word
(«اغتال مسلحون معاون سجن أحداث الموصل المقدم فلان»: kg reads «معاون» as an unnamed holder)
gives way to the person named after the title's phrase (within six words, no «و» between).
"""

from __future__ import annotations

from kg.model import Argument
from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.event_told_again import VIOLENT_CAUSES
from kg.relations.index import PLACE_LABELS, Word
from kg.relations.lexicon import TITLE_HEADS

_PERSON_REACH = 4
"""How many words after the group the leader's name may open («في العراق أبو مصعب»)."""


def _title_word(word: Word) -> bool:
    return word.has(TITLE_HEADS)


def _named_leader(context: Extraction, words: list[Word], after: int) -> Argument | None:
    """The first Person mention opening within ``_PERSON_REACH`` words from ``words[after]``,
    with no comma or clause boundary crossed."""
    for index in range(after, min(len(words), after + _PERSON_REACH)):
        if index > after and context.boundary_between(words[index - 1], words[index]):
            return None
        mention = context.mention_starting_in(words[index])
        if mention is not None and mention.entity_id and mention.label == "Person":
            return Argument("target", mention.entity_id, mention.start, mention.end)
    return None


_HOLDER_REACH = 6
"""How many words after a bare title the holder's name may open («مدير سجن أحداث الموصل المقدم
فلان»: the title's genitive chain and a rank)."""


_HOLDER_TITLES = TITLE_HEADS | frozenset({"معاون", "مساعد", "امر", "مسؤول"})
"""Title words whose genitive chain («معاون سجن أحداث الموصل») precedes the holder's name."""
_NOT_GENITIVE = frozenset({"في", "من", "الي", "علي", "عن", "مع", "قرب", "امام", "عند", "داخل"})


def _genitive_word(word: Word) -> bool:
    """Whether ``word`` may open a title's genitive («سجن», «الشركة»): no preposition, glued
    or free, and no «و»."""
    return word.norm not in _NOT_GENITIVE and not word.readings()[-1][0]


def _bare_title(context: Extraction, words: list[Word], argument: Argument,
                index: int | None) -> Argument | None:
    """The person named after a target that is a lone title word («معاون», «مدير»: an unnamed
    holder, no name's mention) opening a longer title: the title's own holder, when the
    sentence names him within reach with no «و» or boundary between."""
    if argument.role != "target" or index is None:
        return None
    head = words[index]
    if context.word_at(max(argument.start, argument.end - 1)) is not head or \
            not head.has(_HOLDER_TITLES) or context.covering_mention(head.start) is not None or \
            index + 1 >= len(words) or not _genitive_word(words[index + 1]):
        return None  # a name, a phrase of several words, or no title's genitive after it
    for at in range(index + 1, min(len(words), index + 1 + _HOLDER_REACH)):
        if context.boundary_between(words[at - 1], words[at]):
            return None
        mention = context.mention_starting_in(words[at])
        if mention is not None and mention.entity_id and mention.label == "Person":
            return Argument("target", mention.entity_id, mention.start, mention.end)
        if words[at].norm.startswith("و"):
            return None  # «مدير الشركة وزميله فلان»: another man
    return None


def leader_targets(context: Extraction, words: list[Word], draft: Draft) -> None:
    """Put the named leader in place of a group target right after a title."""
    if draft.label not in VIOLENT_CAUSES:
        return
    starts = {word.start: index for index, word in enumerate(words)}
    kept: list[Argument] = []
    for argument in draft.arguments:
        index = starts.get(argument.start)
        label = context.label(argument.entity_id)
        holder = _bare_title(context, words, argument, index)
        if holder is not None:  # «اغتال مسلحون مدير سجن الحلة العقيد فلان»: the named man
            kept.append(holder if all(a.entity_id != holder.entity_id
                                      for a in draft.arguments) else argument)
            continue
        if argument.role != "target" or index is None or index == 0 or \
                label in PLACE_LABELS or label == "Person" or not _title_word(words[index - 1]):
            kept.append(argument)
            continue
        last = context.word_at(max(argument.start, argument.end - 1))
        leader = _named_leader(context, words, last.index - words[0].index + 1) \
            if last is not None else None
        if leader is None:
            kept.append(argument)
        elif all(a.entity_id != leader.entity_id for a in draft.arguments):
            kept.append(leader)
    draft.arguments = kept

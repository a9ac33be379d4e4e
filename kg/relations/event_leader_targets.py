"""«مقتل زعيم تنظيم القاعدة في العراق أبو مصعب الزرقاوي»: the leader was killed, not his group.

After a title («زعيم», «قائد», «رئيس», «أمير», ...) the name of a group or body is the
domain of the title: in «أعلن الجيش مقتل قائد حركة طالبان الملا أختر منصور» the commander
was killed, and the movement read as the target turns one death into a blow against the
whole group. Such a target is replaced by the person the sentence names right after it
(within four words, past «في العراق» or a style like «الملا»). With no person named the
group stays (kg then reads the leader's phrase, «مقتل قائد حركة طالبان», from the title on);
places after a title are left to ``event_place_roles``.
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
    return any(rest in TITLE_HEADS for _, rest in word.readings())


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


def leader_targets(context: Extraction, words: list[Word], draft: Draft) -> None:
    """Put the named leader in place of a group target right after a title."""
    if draft.label not in VIOLENT_CAUSES:
        return
    starts = {word.start: index for index, word in enumerate(words)}
    kept: list[Argument] = []
    for argument in draft.arguments:
        index = starts.get(argument.start)
        label = context.label(argument.entity_id)
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

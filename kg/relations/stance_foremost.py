"""Those named as foremost in a praised list: «وفي مقدمتهم X», «وعلى رأسهم X».

Saudi news thanks a group and then names its leading members: «ثمّن جهود فريق العمل وشركاء
الهيئة وفي مقدمتهم إمارة منطقة حائل», «قدّم شكره للجهات المشاركة ... وعلى رأسهم مدير لجنة
تراحم حمد الطبيب، والشيخ محمد الغضية». Each actor named after the marker, in the praise's
sentence, is praised too: the list runs over commas and «و» and stops at a clause of its own
(a relative pronoun, a stance or saying verb, a word with a preposition glued to it such as
«بقيادة»), or after a few words with no name. A body in the genitive of a title («مدير لجنة
تراحم») is the title's, not one of the list.

Past the deed that thanks are for, the marker's pronoun points into the deed, not at the
thanked: «شكرت الحركة خادم الحرمين الشريفين على حفاوة استقبال وفد الحركة وعلى رأسهم
رئيس المكتب السياسي X» names the head of the delegation received, who is not thanked.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate, is_place
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import find_reporting, find_stance
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import RELATIVES, prepositional

_MARKERS = frozenset({"مقدمتهم", "مقدمتها", "راسهم", "راسها"})
"""«(وفي) مقدمتهم», «(وعلى) رأسهم» once hamza is normalised."""
_MARKER_REACH = 25
"""Words after the trigger in which the marker may stand (the praised group comes first)."""
_LIST_REACH = 30
_GAP_WITHOUT_NAME = 6


def foremost_named(context: Extraction, words: list[Word], position: int,
                   skip: set[str], deed_openers: frozenset[str] = frozenset()) -> list[Candidate]:
    """The actors named after «وفي مقدمتهم» or «وعلى رأسهم» in the words after the praise at
    ``words[position]`` (see the module docstring); none when no marker follows, nor when a
    word of ``deed_openers`` (the «على» of thanks) stands between the praise and the marker."""
    marker = next((index for index in range(position + 1, min(len(words),
                                                               position + _MARKER_REACH))
                   if words[index].bare() in _MARKERS or words[index].norm in _MARKERS), None)
    if marker is None or any(_clause_opener(words[index]) or words[index].norm in deed_openers
                             for index in range(position + 1, marker)):
        return []
    found: list[Candidate] = []
    since_name = 0
    index = marker + 1
    while index < min(len(words), marker + _LIST_REACH):
        word = words[index]
        if any(mark in context.gap(words[index - 1], word) for mark in ".؛;:«»\"()"):
            break
        mention = context.mention_starting_in(word)
        if mention is None:
            if _clause_opener(word) or word.norm in RELATIVES or (
                    prepositional(word) and not word.norm.startswith("و")):
                break
            since_name += 1
            if since_name > _GAP_WITHOUT_NAME:
                break
            index += 1
            continue
        since_name = 0
        last = context.mention_words(mention)[1] - words[0].index
        if mention.entity_id and mention.entity_id not in skip and \
                mention.label in AGENT_LABELS and not is_place(mention.label) and \
                not context.is_nisba(mention) and \
                not (mention.label != "Person" and is_title_head(words[index - 1])):
            found.append(Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                                   mention.label, index, "mention"))
        index = max(index + 1, last + 1)
    return found


def _clause_opener(word: Word) -> bool:
    """A verb of stance or of saying: a clause of its own, past which no list goes on."""
    return find_stance(word.norm) is not None or find_reporting(word.norm) is not None

"""A meeting verb joined to the verb before it: «وزار الرئيس فلان الرياض أمس والتقى الملك سلمان».

A verb of meeting joined by «و» to an earlier verb of its sentence (no relative or other clause
opened between) shares that verb's subject. The person named right after it is the one met,
a participant, and not a new subject. This holds only when no second name or title follows
that person as the verb's object: in «والتقى ولي العهد فلان وزيرَ الخارجية» the name after the
verb opens a clause of its own. When the visit or meeting it is joined to has no named doer
(«وكان الرئيس قد زار الرياض والتقى الملك عبدالله»), the person after it is still the one met:
a participant, and the event has no agent (``joined_after_unnamed``).
"""

from __future__ import annotations

from kg.relations.arguments import is_place
from kg.relations.context import Extraction
from kg.relations.event_subjects import coordinated_verb
from kg.relations.index import Arg, Word
from kg.relations.lexicon import TITLE_HEADS
from kg.relations.role_words import is_title_head

_MEETING_VERBS = frozenset({"التقي", "التقت", "اجتمع", "اجتمعت", "استقبل", "استقبلت"})
_STYLE_REACH = 3
"""How many title words may stand between a style and the name of the same person
(«خادم الحرمين الشريفين الملك سلمان»: one)."""


def joined_guest(context: Extraction, words: list[Word], position: int, agents: list[Arg],
                 earlier: list[Arg]) -> bool:
    """Whether the ``agents`` read right after the meeting verb at ``words[position]`` are the
    one met, the verb sharing the subject ``earlier`` of the verb it is joined to."""
    word = words[position]
    if not earlier or not agents or not word.has(_MEETING_VERBS) or \
            not coordinated_verb(words, position) or \
            any(a.start < word.end for a in agents) or \
            {a.node_id for a in agents} & {a.node_id for a in earlier} or \
            any(a.start >= word.start for a in earlier):
        return False
    return met_alone(context, words, agents)


def met_alone(context: Extraction, words: list[Word], agents: list[Arg]) -> bool:
    """No second name or title follows the ``agents`` read after a meeting verb: they are
    its object, not the subject of a clause with an object of its own."""
    last = context.word_at(max(a.end for a in agents) - 1)
    if last is None:
        return False
    following = _past_restyled(context, words, agents, last.index - words[0].index + 1)
    following = _past_adjuncts(context, words, following)
    if following >= len(words) or context.boundary_between(words[following - 1],
                                                           words[following]):
        return True
    after = words[following]
    mention = context.mention_starting_in(after)
    return not ((mention is not None and mention.label == "Person") or is_title_head(after)
                or after.has(TITLE_HEADS))


_ADJUNCT_WORDS = frozenset({
    "امس", "اليوم", "مساء", "صباح", "بعد", "ذلك", "لاحقا", "ايضا", "كذلك", "بدوره", "بدورها",
    "خلال", "الزياره", "اللقاء", "زيارته", "زيارتها", "هناك",
})
"""Words of a time or manner adjunct that may stand between the subject of a meeting verb and
its object («والتقى كيري بعد ذلك الوزير فلاناً», «والتقى الوزير خلال الزيارة فلاناً»)."""
_ADJUNCT_REACH = 4
_PLACE_PREPOSITIONS = frozenset({"في", "ب"})


def _past_adjuncts(context: Extraction, words: list[Word], following: int) -> int:
    """The index in ``words`` past a short adjunct right after the names read: time or manner
    words (:data:`_ADJUNCT_WORDS`) and «في» + a place («في القاهرة»), at most
    :data:`_ADJUNCT_REACH` words, with no punctuation between."""
    index = following
    while index < len(words) and index - following < _ADJUNCT_REACH and \
            not context.boundary_between(words[index - 1], words[index]):
        word = words[index]
        if word.norm in _ADJUNCT_WORDS:
            index += 1
            continue
        place = context.mention_starting_in(words[index + 1]) \
            if word.norm in _PLACE_PREPOSITIONS and index + 1 < len(words) else None
        if place is None or not is_place(place.label):
            break
        end = context.word_at(max(place.start, place.end - 1))
        index = index + 2 if end is None else end.index - words[0].index + 1
    return index if index > following and index < len(words) else following


def _past_restyled(context: Extraction, words: list[Word], agents: list[Arg],
                   following: int) -> int:
    """The index in ``words`` past the name that follows the ``agents`` behind title words
    when it names the same person: «التقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز» is one
    person told by his style, a title and his name, not a subject and an object."""
    ids = {a.node_id for a in agents}
    for gap in range(_STYLE_REACH + 1):
        index = following + gap
        if index >= len(words) or \
                context.boundary_between(words[index - 1], words[index]):
            break
        mention = context.mention_starting_in(words[index])
        if mention is not None and mention.entity_id in ids:
            last = context.word_at(max(mention.start, mention.end - 1))
            return following if last is None else last.index - words[0].index + 1
        if not is_title_head(words[index]):
            break
    return following


_GATHERINGS = frozenset({"Visit", "Meeting"})


def joined_after_unnamed(context: Extraction, words: list[Word], position: int,
                         agents: list[Arg], recorded: list[str]) -> bool:
    """Whether the ``agents`` read after the meeting verb at ``words[position]`` are the one
    met, the verb joined to a visit or meeting of its sentence whose doer is unnamed: in «وكان
    الرئيس قد زار الرياض والتقى الملك عبدالله» the king is met by the president, who has no
    name to read, so the event has a participant and no agent."""
    word = words[position]
    if not recorded or not agents or not word.has(_MEETING_VERBS) or \
            not coordinated_verb(words, position) or any(a.start < word.end for a in agents):
        return False
    earlier = context.found.events.get(recorded[-1])
    if earlier is None or earlier.label not in _GATHERINGS or \
            earlier.trigger_start >= word.start or \
            context.word_at(earlier.trigger_start) is None or \
            any(a.role == "agent" for a in earlier.arguments):
        return False
    return met_alone(context, words, agents)

"""A meeting verb joined to the verb before it: «وزار الرئيس فلان الرياض أمس والتقى الملك سلمان».

A verb of meeting joined by «و» to an earlier verb of its sentence (no relative or other clause
opened between) shares that verb's subject. The person named right after it is the one met,
a participant, and not a new subject. This holds only when no second name or title follows
that person as the verb's object: in «والتقى ولي العهد فلان وزيرَ الخارجية» the name after the
verb opens a clause of its own.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_subjects import coordinated_verb
from kg.relations.index import Arg, Word
from kg.relations.lexicon import TITLE_HEADS
from kg.relations.role_words import is_title_head

_MEETING_VERBS = frozenset({"التقي", "التقت", "اجتمع", "اجتمعت", "استقبل", "استقبلت"})


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
    following = last.index - words[0].index + 1
    if following >= len(words) or context.boundary_between(words[following - 1],
                                                           words[following]):
        return True
    after = words[following]
    mention = context.mention_starting_in(after)
    return not ((mention is not None and mention.label == "Person") or is_title_head(after)
                or after.has(TITLE_HEADS))

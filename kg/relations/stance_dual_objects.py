"""A dual pronoun as a stance's object: the two actors named as a pair before it.

«التقى X بوزيري الخارجية Y وZ، وأشاد بهما», «وصل الرئيسان Y وZ ... ورحب بهما X»,
«ورحب X بهما»: the dual «هما» on the stance verb's preposition («بهما», «لهما», «عليهما»),
right after the verb or right after its subject, points to two; the last two actors named
before it in the sentence, joined by «و» alone, are that pair.

Only after a verb (a noun's «هما» is often its owner: «دعمهما»), only two named actors of
the same kind (two persons, or two bodies or countries), with no other actor named between
the pair and the verb, and neither of them the stance's subject.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.arguments import Candidate, is_place
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import StanceTrigger

_DUAL_PREPOSITIONS = frozenset({"بهما", "لهما", "عليهما"})


def _points_to_two(context: Extraction, words: list[Word], position: int, after: int) -> bool:
    """«وأشاد بهما», «ورحب X بهما»: the verb's preposition right after it, or right after
    its subject, carries the dual."""
    return any(0 < index < len(words) and words[index].norm in _DUAL_PREPOSITIONS and
               not context.boundary_between(words[index - 1], words[index])
               for index in {position + 1, after})


def dual_objects(context: Extraction, words: list[Word], position: int, after: int,
                 trigger: StanceTrigger, skip: set[str]) -> list[Candidate]:
    """The pair the dual after the stance verb at ``words[position]`` (or after its subject,
    ending before ``words[after]``) points to (see the module docstring), or none."""
    if trigger.noun or not _points_to_two(context, words, position, after):
        return []
    named: list[Mention] = []
    for mention in context.mentions_between(words[0].start, words[position].start):
        if mention.entity_id and mention.label in AGENT_LABELS and \
                not context.is_nisba(mention) and \
                (not named or mention.start >= named[-1].end):
            named.append(mention)
    if len(named) < 2:
        return []
    first, second = named[-2], named[-1]
    if first.entity_id in skip or second.entity_id in skip or \
            first.entity_id == second.entity_id or \
            context.doc.text[first.end:second.start].strip() != "و" or \
            (first.label == "Person") != (second.label == "Person") or \
            is_place(first.label) != is_place(second.label):
        return []
    return [Candidate(Arg(m.entity_id or "", m.start, m.end), "", m.label,
                      context.mention_words(m)[0] - words[0].index, "mention")
            for m in (first, second)]

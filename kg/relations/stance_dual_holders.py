"""Two named holders joined by «و» before a dual verb: «مصر والأردن يدينان الهجوم».

Headlines and leads name two reacting states or bodies first and give them a dual verb:
«السعودية والإمارات ترحبان بالاتفاق», «الاتحاد الأوروبي والولايات المتحدة يرحبان بـ».
Arabic puts a verb that comes first in the singular («وأدانت مصر والأردن»), so a dual
imperfect («يفعلان», «تفعلان») always has its subject before it or in a pronoun.

- the stance table holds the dual imperfects of its verbs
  (:mod:`kg.relations.stance_dual_forms`);
- :func:`joined_holders`: both holders of a dual verb, when two named agents joined by a
  glued «و» end right before it and the first opens its clause (sentence start, after a
  comma or «أن»/«إن»), so neither is a genitive («رئيسا وزراء مصر والأردن يدينان» names
  no holder) nor governed by a preposition; outside a quotation that holds the verb only
  its speaker holds it. A dual verb without such a pair has no holder: one name before
  it is a genitive or one of two («رئيسا وزراء مصر والأردن يدينان»: not Jordan); a dual
  verb joined by «و» to an earlier one («X والمتمردون ينفون ... وتتهمان») is left to the
  reading of coordinated verbs.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.arguments import preposition
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import COMPLEMENTIZERS


def is_dual(verb: Word) -> bool:
    """«يدينان», «وترحبان»: a dual imperfect."""
    form = verb.norm.removeprefix("و").removeprefix("ف")
    return len(form) > 4 and form[:1] in {"ي", "ت"} and form.endswith("ان")


def _named(context: Extraction, mention: Mention | None) -> bool:
    return mention is not None and bool(mention.entity_id) and \
        mention.label in AGENT_LABELS and not context.is_nisba(mention) and \
        not preposition(context, mention)


def joined_holders(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """The two named holders of the dual verb at ``position`` (see the module docstring),
    else ``[]``."""
    verb = words[position]
    if position < 2 or not is_dual(verb) or \
            context.boundary_between(words[position - 1], verb):
        return []
    second = context.covering_mention(words[position - 1].end - 1)
    if not _named(context, second) or second is None or \
            second.end != words[position - 1].end:
        return []
    start, _ = context.mention_words(second)
    start -= words[0].index
    if start < 1 or not words[start].norm.startswith("و") or \
            context.boundary_between(words[start - 1], words[start]) or \
            second.start == words[start].start:
        return []  # the «و» must be glued to the second name, not part of it
    first = context.covering_mention(words[start - 1].end - 1)
    if not _named(context, first) or first is None or \
            first.end != words[start - 1].end or first.entity_id == second.entity_id:
        return []
    opening, _ = context.mention_words(first)
    opening -= words[0].index
    if opening < 0 or (opening > 0 and words[opening - 1].norm not in COMPLEMENTIZERS and
                       not context.boundary_between(words[opening - 1], words[opening])):
        return []  # «رئيسا وزراء مصر والأردن»: a genitive, not the clause's head
    speaker = context.speaker_at(verb.start)
    if any(context.speaker_at(m.start) != speaker and speaker != m.entity_id
           for m in (first, second)):
        return []
    return [Arg(m.entity_id or "", m.start, m.end) for m in (first, second)]

"""Several named holders listed before a singular feminine or a plural verb: «إن بريطانيا
وألمانيا وفرنسا تؤيد الاتفاق», «السعودية والإمارات والبحرين تدعم الحكومة الشرعية».

News prose gives a list of states or bodies fronted before their verb a singular feminine
verb (a plural of things) as often as a plural one; every state of the list holds the
stance, not only the last one named before the verb (a dual verb after two names is
:mod:`kg.relations.stance_dual_holders`). Read only when

- the names follow each other, each after the previous one with a glued «و» (a comma before
  it allowed), the last one right before the verb, which has no «و» of its own («X وتؤيد»
  joins a second verb to the clause before);
- the first name opens its clause: the sentence's start, after punctuation, or right after
  «أن»/«إن» («رئيس وزراء مصر والأردن» is a genitive; «من مصر والأردن» is governed);
- none is a person when the verb is singular feminine («أوباما وكاميرون تؤيد» is no Arabic:
  the subject is something else); a plural verb («يؤيدون») takes persons too;
- outside a quotation that holds the verb, none but its speaker holds it.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.arguments import preposition
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import COMPLEMENTIZERS
from kg.relations.stance_shared_pairs import verb_number
from kg.relations.stance_verb_gender import verb_gender

_LIST = 5
"""The most names a list may hold."""


def _named(context: Extraction, mention: Mention | None) -> bool:
    return mention is not None and bool(mention.entity_id) and \
        mention.label in AGENT_LABELS and not context.is_nisba(mention) and \
        not preposition(context, mention)


def _ending_at(context: Extraction, word: Word) -> Mention | None:
    """The named agent that ends with ``word``."""
    mention = context.covering_mention(word.end - 1)
    return mention if _named(context, mention) and mention is not None and \
        mention.end == word.end else None


def listed_holders(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """The named holders listed before the verb at ``position`` (see the module's
    docstring), else ``[]``."""
    verb = words[position]
    plural = verb_number(verb) == 3
    if position < 2 or verb.norm[:1] in {"و", "ف"} or \
            not (plural or verb_gender(verb) == "f") or \
            context.boundary_between(words[position - 1], verb):
        return []
    last = _ending_at(context, words[position - 1])
    listed: list[Mention] = []
    while last is not None and len(listed) < _LIST:
        listed.insert(0, last)
        start = context.mention_words(last)[0] - words[0].index
        if start < 0 or not words[start].norm.startswith("و") or \
                last.start == words[start].start:
            break  # no glued «و»: the list's first name
        if start < 1 or context.gap(words[start - 1], words[start]).strip() not in {"", "،", ","}:
            return []
        last = _ending_at(context, words[start - 1])
        if last is None:
            return []  # «رئيس وزراء مصر والأردن وقطر»: a word that names no one
    if len(listed) < 2 or len({m.entity_id for m in listed}) < len(listed):
        return []
    opening = context.mention_words(listed[0])[0] - words[0].index
    if opening < 0 or (opening > 0 and words[opening - 1].norm not in COMPLEMENTIZERS and
                       not context.boundary_between(words[opening - 1], words[opening])):
        return []  # «رئيسا وزراء مصر والأردن»: a genitive, not the clause's head
    if not plural and any(m.label == "Person" for m in listed):
        return []
    speaker = context.speaker_at(verb.start)
    if any(context.speaker_at(m.start) != speaker and speaker != m.entity_id for m in listed):
        return []
    return [Arg(m.entity_id or "", m.start, m.end) for m in listed]

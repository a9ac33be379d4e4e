"""The unnamed doer of a verb-first clause shared by a violent verb joined to it: «ودخل مسلحون
مجهولون المنزل فقتلوا صاحبه».

A violent verb behind «و»/«ف» in a verb-first clause shares the first verb's subject
(``event_joined_deeds``). When the first verb names no event («دخل», «وصل», «اعترض», «نصب»),
no earlier agent of the sentence carries its subject over, so the joined verb was left with
none: «واعترض مسلحون حافلة للركاب وخطفوا سائقها», «ووصلت قوة من الجيش إلى البلدة وقتلت خمسة
مسلحين». Rules:

- the violent verb is joined by «و»/«ف» (``event_subjects.coordinated_verb``; not the root
  «ف» of «فجر»), with no comma before it, and has an object after it (a plural «فقتلوا»
  with none may be the passive «قُتلوا»);
- the clause opens with a word (its verb) followed at once by an unnamed perpetrator phrase
  (``perpetrators``: gunmen, a unit of a force, a force with its owner said), first in its
  sentence, after a comma or behind its own «و»/«ف», at most twelve words before the verb,
  with no punctuation between;
- a feminine joined verb («وقتلت») needs a feminine first verb («ووصلت قوة»), a plural one
  («وخطفوا») a plural doer or a singular first verb (verb-first agreement);
- no named actor and no other perpetrator phrase stands between the doer and the verb.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_subjects import coordinated_verb
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import EVENT_TRIGGERS
from kg.relations.perpetrators import object_follows, perpetrator_end, perpetrator_phrase

_REACH = 12


def joined_clause_doer(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """The unnamed doer of the verb-first clause the violent verb at ``words[position]`` is
    joined to, or []."""
    joined = [rest for prefix, rest in words[position].readings()
              if prefix in {"و", "ف"} and rest in EVENT_TRIGGERS]  # not the root «ف» of «فجر»
    if not joined or not coordinated_verb(words, position) or position < 2 or \
            context.boundary_between(words[position - 1], words[position]) or \
            not object_follows(context, words, position + 1):
        return []
    feminine = any(rest.endswith("ت") for rest in joined)
    for verb in range(position - 2, max(-1, position - 1 - _REACH), -1):
        if context.boundary_between(words[verb], words[verb + 1]):
            return []
        mention = context.covering_mention(words[verb + 1].start)
        if mention is not None and mention.label in AGENT_LABELS:
            return []  # a name between: maybe the joined verb's own subject
        end = perpetrator_end(context, words, verb + 1)
        if end is None or end >= position:
            continue
        if not _opens_clause(context, words, verb):
            continue  # «مسلحون مجهولون»: a phrase inside a longer one, or not the clause's
        if feminine and not words[verb].bare().endswith("ت"):
            return []
        phrase = perpetrator_phrase(context, words, verb + 1)
        return [phrase[0]] if phrase is not None else []
    return []


def _opens_clause(context: Extraction, words: list[Word], verb: int) -> bool:
    """The clause's verb is first in its sentence, after a comma or behind its own «و»/«ف»."""
    return verb == 0 or context.boundary_between(words[verb - 1], words[verb]) or \
        words[verb].norm[:1] in {"و", "ف"}

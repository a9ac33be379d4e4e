"""What the opening of a sentence says about the agent of a later verb.

- «ودحرت قوات الجيش مسلحي جماعة الحوثي من عدن وسيطرت على المطار»: the sentence opens
  with a verb and its subject; the name after that subject is the verb's object, not the
  doer of the verb joined to it. Such a name is dropped as agent (a wrong role is worse
  than none).
- «حاكم دبي يستقبل الرئيس المصري»: a headline opens with its subject, a title; the name
  after the verb is its object (the guest), not its agent.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.role_words import is_title_head

_THAT = frozenset({"ان", "بان", "لان", "انه", "انها"})
"""«وقال الجيش إن قوات الحشد ... وسيطرت»: a new clause, with its own subject."""

_OPENING_REACH = 4
"""How many words a subject that opens a headline may span before its verb."""


def _sentence_start(words: list[Word], position: int) -> int:
    start = position
    while start > 0 and words[start - 1].sentence_index == words[position].sentence_index:
        start -= 1
    return start


def object_of_opening_verb(context: Extraction, words: list[Word], position: int,
                           agents: list[Arg]) -> bool:
    """Whether the agents found before the verb ``words[position]`` are the object of the
    verb that opens its sentence («ودحرت»): between that verb and the agent a definite
    phrase ends («قوات الجيش اليمني») and a new one starts («مسلحي جماعة الحوثي»), with
    no preposition, comma or «أن» between, so the agent's phrase is the object."""
    start = _sentence_start(words, position)
    if not agents or position - start < 4 or is_title_head(words[start]) or not any(
            prefix[:1] in {"و", "ف"} for prefix, _ in words[start].readings()):
        return False  # «وزير الخارجية ...»: a title, not «و» + a verb
    first = min(a.start for a in agents)
    at = next((i for i in range(start, position) if words[i].end > first), None)
    if at is None or at - start < 3:
        return False
    between = words[start + 1:at]
    if any(w.norm in _PREPOSITIONS or w.has(_THAT) for w in between) or any(
            context.boundary_between(words[i], words[i + 1]) for i in range(start, position)):
        return False
    return any(_definite(left) and not _definite(right)
               for left, right in zip(between, [*between[1:], words[at]], strict=True))


def _definite(word: Word) -> bool:
    return any("ال" in prefix for prefix, _ in word.readings())


_PREPOSITIONS = frozenset({"في", "من", "علي", "الي", "عن", "مع", "بين", "عبر", "ضد", "لدي"})


def headline_subject(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the verb ``words[position]`` follows a subject that opens its sentence: a
    title («حاكم دبي يستقبل», «وزير الخارجية يلتقي») within a few words, no comma between."""
    start = _sentence_start(words, position)
    if position == start or position - start > _OPENING_REACH or not is_title_head(words[start]):
        return False
    return not any(context.boundary_between(words[index], words[index + 1])
                   for index in range(start, position))

"""A participle phrase on the subject between a stance verb's subject and its object.

«وانتقدت المعارضة السورية المدعومة من الغرب النظام السوري», «وأدانت الحكومة اليمنية
المدعومة من السعودية الهجوم», «وانتقد الحوثيون الموالون لإيران السعودية»: a definite passive
or relational participle right after the subject («المدعوم من», «الموالي لـ», «المقرب من»,
«المتحالف مع») and its complement describe the subject; what the stance is toward begins
after that complement. The complement is a name (with its nisba adjectives) or a single
definite word («الغرب»); with anything longer nothing is skipped.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import NISBA
from kg.relations.stance_phrases import definite, glued_lam

_PARTICIPLES = {
    "من": frozenset({"المدعوم", "المدعومه", "المدعومون", "المدعومين", "المقرب", "المقربه",
                     "المقربون", "المقربين"}),
    "مع": frozenset({"المتحالف", "المتحالفه", "المتحالفون", "المتحالفين"}),
    "ل": frozenset({"الموالي", "المواليه", "الموالون", "الموالين", "التابع", "التابعه",
                    "التابعون", "التابعين"}),
}


def past_subject_participle(context: Extraction, words: list[Word], index: int,
                            subjects: list[Arg]) -> int | None:
    """The index where the object may begin past a participle phrase on the subject that
    opens at ``words[index]``; None when no such phrase is there."""
    if not subjects or not 0 < index < len(words) - 2 or \
            all(subject.end != words[index - 1].end for subject in subjects) or \
            context.boundary_between(words[index - 1], words[index]):
        return None
    word, following = words[index], words[index + 1]
    if context.boundary_between(word, following):
        return None
    if word.norm in _PARTICIPLES["ل"] and glued_lam(following):
        complement = index + 1
    elif (word.norm in _PARTICIPLES["من"] and following.norm == "من") or \
            (word.norm in _PARTICIPLES["مع"] and following.norm == "مع"):
        complement = index + 2
    else:
        return None
    if complement >= len(words) or context.boundary_between(words[complement - 1],
                                                             words[complement]):
        return None
    mention = context.mention_starting_in(words[complement])
    if mention is not None and mention.entity_id and mention.label in AGENT_LABELS:
        end = complement
        while end < len(words) and words[end].start < mention.end:
            end += 1
        while end < len(words) and context.covering_mention(words[end].start) is None and \
                not context.boundary_between(words[end - 1], words[end]) and \
                words[end].has(NISBA):
            end += 1  # «حزب الله اللبناني»
    elif mention is None and definite(words[complement]) and not glued_lam(words[complement]):
        end = complement + 1  # «من الغرب»
    else:
        return None
    if end >= len(words) or context.boundary_between(words[end - 1], words[end]):
        return None
    return end

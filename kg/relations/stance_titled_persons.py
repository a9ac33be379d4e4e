"""A "person" that is only a title, then the name: the name holds the stance.

The name finder sometimes tags an office as a person («شيخ الأزهر», «مفتي الديار المصرية»)
and then the holder's real name right after it («وأدان شيخ الأزهر أحمد الطيب الهجوم»).
Read as subject and object, that gives «شيخ الأزهر» condemning Ahmed al-Tayeb. A subject
mention that is a title head or a person noun followed only by definite words is an
office; a person named right after it (an honorific such as «الدكتور» may stand between)
is its holder, in apposition, and the subject. A real name that opens with such a word
(«أمير عبد اللهيان») has an indefinite word after it and is left alone.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import HONORIFICS, PERSON_NOUNS, TITLE_HEADS
from kg.relations.stance_phrases import definite


def titled_apposition(context: Extraction, words: list[Word], subjects: list[Arg],
                      after: int) -> tuple[list[Arg], int]:
    """``subjects`` and ``after`` (the index after them), with a lone office-like person
    subject replaced by the person named right after it, and ``after`` moved past that."""
    if len(subjects) != 1 or context.label(subjects[0].node_id) != "Person" or \
            after >= len(words):
        return subjects, after
    office = [w for w in words if subjects[0].start <= w.start < subjects[0].end]
    if len(office) < 2 or not (office[0].has(TITLE_HEADS) or office[0].has(PERSON_NOUNS)) or \
            not all(definite(w) for w in office[1:]):
        return subjects, after
    index = after
    if words[index].norm in HONORIFICS and index + 1 < len(words):
        index += 1
    if any(context.boundary_between(words[i - 1], words[i]) for i in range(after, index + 1)):
        return subjects, after
    mention = context.mention_starting_in(words[index])
    if mention is None or mention.label != "Person" or not mention.entity_id or \
            mention.start != words[index].start:
        return subjects, after
    end = index
    while end < len(words) and words[end].start < mention.end:
        end += 1
    return [Arg(mention.entity_id, mention.start, mention.end)], end

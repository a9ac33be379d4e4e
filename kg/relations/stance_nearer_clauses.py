"""The named subject of the clause a circumstantial participle closes.

«وأعلن الأهلي رفضه ...، ورد رئيس الزمالك مرتضى منصور بقسوة متهما رئيس الأهلي بالبلطجة»:
a participle («متهما», «مشيدا») is circumstantial to the verb of its own clause, so its
subject is that verb's subject, not the actor of an earlier clause of the sentence. The
clause opens after the last comma before the participle with «و» and a singular verb in
the third person whose subject, a named actor, follows it at once; between the subject and
the participle stand at most a few words and nothing that opens a clause of its own.
Only verbs that take no object (:data:`_INTRANSITIVE`: «رد», «علق», «عقب», «خرج») open such
a clause: after a transitive verb whose subject is left unsaid («واتهم إيران بدعمهم،
مؤكدا ...») the name that follows is its object, not a new actor.
Read by :func:`kg.relations.stance_clause_actors.clause_actor`.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.lexicon import COMPLEMENTIZERS, find_reporting
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import COMMAS, RELATIVES
from kg.relations.stance_triggers import live_stance
from kg.relations.stance_verb_gender import verb_gender
from kg.relations.subjects_after import subject_after

_INTRANSITIVE = frozenset({
    "رد", "ردت", "علق", "علقت", "عقب", "عقبت", "خرج", "خرجت", "ظهر", "ظهرت", "عاد", "عادت",
    "سارع", "سارعت", "تحدث", "تحدثت", "انبري", "انبرت", "دخل", "دخلت", "تدخل", "تدخلت",
})
"""Verbs of answering or stepping in that take no object: the name after them is their
subject («ورد رئيس الزمالك X بقسوة»)."""

_REACH = 12
"""How far back from the participle the comma that opens its clause may stand, in words."""

_TAIL = 3
"""How many words (an adverb, a prepositional phrase) may stand between the subject and the
participle."""


def nearer_clause_subject(context: Extraction, words: list[Word], position: int,
                          sentence: Sentence) -> str | None:
    """The named subject of the «، و» + verb clause that ``words[position]`` closes, or
    None when the participle stands in no such clause."""
    opening = _clause_opening(context, words, position)
    if opening is None:
        return None
    verb = words[opening]
    if not verb.norm.startswith("و") or verb.norm[1:] not in _INTRANSITIVE or \
            verb_gender(verb) is None or is_title_head(verb) or \
            context.covering_mention(verb.start) is not None:
        return None
    subjects, after = subject_after(context, words, opening, sentence)
    if len(subjects) != 1 or context.label(subjects[0].node_id) not in AGENT_LABELS or \
            after > position or position - after > _TAIL:
        return None
    for index in range(opening + 1, position):
        word = words[index]
        if word.norm in COMPLEMENTIZERS or word.norm in RELATIVES or \
                find_reporting(word.norm) is not None or live_stance(words, index):
            return None
    return subjects[0].node_id


def _clause_opening(context: Extraction, words: list[Word], position: int) -> int | None:
    """The index of the word right after the last comma before ``position``, within reach
    and with no other punctuation between."""
    for index in range(position - 1, max(0, position - _REACH), -1):
        gap = context.gap(words[index - 1], words[index]).strip()
        if not gap:
            continue
        return index if gap in COMMAS else None
    return None

"""The subject of «كان» that opens the sentence, for a stance verb after «قد» far from it.

«وكان الرئيس الروسي X في مؤتمر صحفي عقده في القاهرة أمس مع نظيره المصري قد رفض العقوبات»,
«وكان الرئيس X الذي يزور القاهرة منذ أمس قد رفض ...»: «كان ... قد» frames the verb as the
predicate of «كان», so its subject is the name right after «كان», however long the adjunct
of circumstance (opening with «في», «خلال», «أمس» ...) or the relative clause on the subject
between them. Only with no mark at all between the name and «قد» (the clause in commas is
read by ``stance_relative_subjects.kana_subject``), no reported clause, stance word or
second relative pronoun, and «كان» and the verb in the same gender.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import subject_after
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.stance_hosted_subjects import opens_clause
from kg.relations.stance_phrases import RELATIVES

ADJUNCT_OPENERS = frozenset({"في", "خلال", "عقب", "اثناء", "لدي", "امام", "بعد", "اثر", "عبر",
                             "امس", "اليوم", "مساء", "صباح", "ظهر", "فجر", "قبيل"})
"""Words that open an adjunct of circumstance right after a subject: «في كلمة ألقاها»,
«خلال لقائه», «عقب اجتماعه», «أمس في القاهرة»."""
SUBJECT_RELATIVES = {"الذي": "m", "التي": "f"}
"""A relative clause on the subject may stand where the adjunct does."""
_KANA = {"كان": "m", "وكان": "m", "كانت": "f", "وكانت": "f"}
_REACH = 30


def kana_reach_subject(context: Extraction, words: list[Word], position: int,
                       sentence: Sentence, gender: str | None) -> Arg | None:
    """The named subject of the «كان» that opens the clause of the verb at ``position``
    (of ``gender``) after «قد», past an adjunct or a relative clause; None otherwise."""
    qad = position - 1
    if qad < 3 or gender is None or words[qad].norm != "قد" or \
            context.boundary_between(words[qad], words[position]):
        return None
    opening = next((i for i in range(qad - 1, max(-1, qad - _REACH), -1)
                    if words[i].norm in _KANA), None)
    if opening is None or _KANA[words[opening].norm] != gender or (
            opening > 0 and not context.boundary_between(words[opening - 1], words[opening])):
        return None
    subjects, after = subject_after(context, words, opening, sentence)
    if len(subjects) != 1 or after >= qad or \
            context.label(subjects[0].node_id) not in AGENT_LABELS or \
            (gender == "f" and context.label(subjects[0].node_id) == "Person"):
        return None
    first = words[after]
    relative = SUBJECT_RELATIVES.get(first.norm)
    if first.norm not in ADJUNCT_OPENERS and relative != gender:
        return None
    for index in range(after + 1, qad):
        word = words[index]
        if context.boundary_between(words[index - 1], word) or word.norm in RELATIVES - {"من"} \
                or (word.norm not in RELATIVES and opens_clause(context, words, index)):
            return None
    if context.boundary_between(words[after - 1], first) or \
            context.boundary_between(words[qad - 1], words[qad]):
        return None
    return Arg(subjects[0].node_id, subjects[0].start, subjects[0].end)

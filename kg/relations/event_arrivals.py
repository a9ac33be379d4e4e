"""A visit told by the arrival of its visitor: «وصل الرئيس فلان إلى الرياض أمس في زيارة رسمية».

Arabic news opens the report of a state visit with a verb of going in the past tense («وصل»,
«توجه», «غادر») whose subject is the visitor, then the visit noun behind «في» («في زيارة
رسمية», «في إطار زيارة», «ضمن جولة»): the noun names no visitor of its own, and the place
after «إلى» before it is where the visit goes. The subject of the verb of going is the
visitor when it is a person or a body right after the verb (past «أمس»), or the named
antecedent of a relative («الرئيس فلان الذي وصل إلى الرياض في زيارة») or the subject of
«كان ... قد» («وكان الوزير فلان قد وصل إلى القاهرة أمس في زيارة»); the place after
«إلى» is the visit's location. Only past forms count: «يصل الرئيس غداً في زيارة» is to come;
a present one counts with «اليوم» before the visit noun («يتوجه الوزير فلان اليوم إلى طهران في
زيارة»: the trip of the day, ``event_trips_today``).
Nothing is read across punctuation or a clause opener («بعد أن», «حيث», «الذي»).
"""

from __future__ import annotations

from kg.relations.arguments import is_place, subject_after, subject_before
from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.event_trips_today import TODAY_TRIP_FORMS, place_after_to
from kg.relations.index import Arg, Word

ARRIVAL_VERBS = frozenset({"وصل", "وصلت", "وصلا", "وصلوا", "توجه", "توجهت", "توجها",
                           "توجهوا", "غادر", "غادرت", "غادرا", "غادروا"})
"""Past verbs of going whose subject is the visitor of a «في زيارة» after them."""
_FRAMES = frozenset({"اطار", "ضمن", "اطارها"})
"""«في إطار زيارة», «ضمن زيارة»: a frame word between «في» and the visit noun."""
_OPENERS = frozenset({"بعد", "قبل", "حيث", "عندما", "حين", "ان", "انه", "انها", "الذي",
                      "التي", "الذين", "لكن", "بينما", "فيما", "كما", "ثم", "عقب"})
"""Words that open another clause between the verb of going and the visit noun."""
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذان", "اللتان"})
_REACH = 18
"""How many words the verb of going may stand before the visit noun (the visitor's titles,
the place and the time between them: «وصل رئيس هيئة الأركان المشتركة الأميركية الجنرال فلان
إلى بغداد مساء أول من أمس في زيارة» is fifteen words; clause openers and punctuation still
stop the reach)."""


def arrival_visitor(context: Extraction, words: list[Word], position: int,
                    draft: Draft) -> list[Arg]:
    """The visitor of the visit noun at ``words[position]`` told by a verb of going before it
    (``[]`` when there is none); the place after «إلى» is added to the draft as location."""
    start = _frame_start(words, position)
    if start is None:
        return []
    verb = _arrival_verb(context, words, start)
    if verb is None:
        return []
    found = subject_after(context, words, verb, draft.sentence).args
    if not found and verb > 0 and (words[verb - 1].bare() in _RELATIVES or
                                   words[verb - 1].norm == "قد"):
        found = subject_before(context, words, verb - 1, max_words=8)
    if not found or any(is_place(context.label(arg.node_id)) for arg in found):
        return []
    place = _destination(context, words, verb, start)
    if place is not None and not any(a.role == "location" for a in draft.arguments):
        draft.add("location", place)
    return found


def _frame_start(words: list[Word], position: int) -> int | None:
    """The index of the «في» that governs the visit noun («في زيارة», «في إطار زيارة», «ضمن
    زيارة»), or None."""
    before = position - 1
    if before >= 0 and words[before].bare() in _FRAMES:
        if words[before].norm == "ضمن":
            return before
        before -= 1
    if before >= 0 and words[before].norm in {"في", "وفي"}:
        return before
    return None


def _arrival_verb(context: Extraction, words: list[Word], start: int) -> int | None:
    """The index of the past verb of going that the clause ending at ``start`` opens with."""
    for index in range(start - 1, max(-1, start - 1 - _REACH), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]):
            return None
        if word.norm in ARRIVAL_VERBS or (word.norm[:1] in {"و", "ف"}
                                          and word.norm[1:] in ARRIVAL_VERBS):
            return index  # «ووصل»: one conjunction before a verb that starts with «و»
        if word.norm.lstrip("وف") in TODAY_TRIP_FORMS or word.norm in TODAY_TRIP_FORMS:
            today = any(w.norm == "اليوم" for w in words[index + 1:start])
            return index if today else None  # «يتوجه فلان اليوم إلى طهران في زيارة»
        if word.norm in _OPENERS or word.bare() in _OPENERS:
            return None
    return None


def _destination(context: Extraction, words: list[Word], verb: int, start: int) -> Arg | None:
    """The place right after «إلى» between the verb of going and the visit noun."""
    for index in range(verb + 1, start):
        word = words[index]
        mention = context.mention_starting_in(word)
        if mention is None or not mention.entity_id or not is_place(mention.label):
            continue
        if word.norm.startswith("الي") or (index > 0 and words[index - 1].norm == "الي"):
            return Arg(mention.entity_id, mention.start, mention.end)
    for index in range(verb + 1, start):
        headed = place_after_to(context, words, index) if words[index].norm == "الي" else None
        if headed is not None and headed.entity_id and headed.end <= words[start].start:
            return Arg(headed.entity_id, headed.start, headed.end)  # «إلى العاصمة الإيرانية
            # طهران في زيارة»
    return None

"""The place a body's name is «of»: «دانت المنظمة الإسلامية لتشاتانوغا الكبرى الاعتداء»,
«انتقدت الجمعية الخيرية لمدينة حلب القرار».

A verb of stance takes its object in the accusative or after its own preposition; a
place glued to «ل» right after the name of a body that holds the stance (no punctuation
between) completes that name («the Islamic Society of Greater Chattanooga»), with the
adjectives that follow it («الكبرى»), when a definite word or a name follows as the
object. It is no object: the object starts after it. A linked place whose own name opens
with «ل» («لبنان», «لندن») is no «ل» of «of». Only
for a body (not a person: «أشاد X لسوريا» is no name) and only for a verb, not for a
noun of stance («دعمها لسوريا» names whom it supports).
"""

from __future__ import annotations

from kg.relations.arguments import past_title_complement
from kg.relations.context import Extraction
from kg.relations.index import PLACE_LABELS, Arg, Word
from kg.relations.lexicon import StanceTrigger
from kg.text.normalize import normalize_key


def past_body_place(context: Extraction, words: list[Word], index: int,
                    subjects: list[Arg], trigger: StanceTrigger) -> int:
    """Past «لتشاتانوغا الكبرى» when ``words[index]`` is a place glued to «ل» right after
    the name of the one body that holds the stance; else ``index``."""
    if trigger.noun or len(subjects) != 1 or not 0 < index < len(words) or \
            context.label(subjects[0].node_id) == "Person":
        return index
    word = words[index]
    if not word.norm.startswith("ل") or word.norm.startswith("لل") or \
            context.boundary_between(words[index - 1], word):
        return index
    holder = subjects[0]
    if not holder.start <= words[index - 1].start < holder.end:
        return index  # «ل» after another word than the holder's name
    place = context.mention_starting_in(word) or context.covering_mention(word.start)
    if place is None or place.label not in PLACE_LABELS or \
            (not context.doc.text[place.start:place.end].startswith("ل") and
             not context.attached_prefix(place).endswith("ل")):
        return index
    entity = context.entity(place.entity_id) if place.entity_id else None
    if entity is not None and entity.qid and normalize_key(entity.name).startswith("ل"):
        return index  # «انتقدت المنظمة لبنان», «لندن»: the «ل» is the name's own
    end = past_title_complement(context, words,
                                context.mention_words(place)[1] - words[0].index + 1)
    if end >= len(words) or context.boundary_between(words[end - 1], words[end]) or not (
            words[end].norm.startswith("ال") or context.mention_starting_in(words[end])):
        return index  # no accusative object after it: the place may be the object itself
    return end

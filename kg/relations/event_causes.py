"""A death told as what an event caused: «وتسبب قصف مدفعي للحوثيين في مقتل 43 شخصاً».

«تسبّب X في مقتل ...» (X caused the killing of ...) names one event, X, and its toll: the
killing noun is its outcome, as after «أسفر عن» or «أدى إلى» (``event_sense.is_consequence``).
The causing verb stands before its subject, the event noun, so it may be several words before
«في» and the killing noun: «وتسببت المعارك العنيفة في الحي في مقتل عشرة». Only a «في» right
before the trigger ties it to the verb; a comma or another sentence ends the reach.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

CAUSING_VERBS = frozenset({"تسبب", "تسببت", "يتسبب", "تتسبب", "تسببا", "تسببوا"})
_IN = frozenset({"في", "فى"})
_REACH = 7
"""How far before «في» the causing verb may stand: the verb, the event noun, its adjectives,
its doer and a place («وتسبب قصف مدفعي للحوثيين على حي دار سعد في مقتل»)."""


def caused_death(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the trigger at ``words[position]`` follows «في» that a causing verb a few
    words before governs, in the same clause."""
    if position < 2 or words[position - 1].norm not in _IN:
        return False
    sentence = words[position].sentence_index
    for index in range(position - 2, max(-1, position - 2 - _REACH), -1):
        word, following = words[index], words[index + 1]
        if word.sentence_index != sentence or context.boundary_between(word, following):
            return False
        if word.has(CAUSING_VERBS):
            return True
    return False

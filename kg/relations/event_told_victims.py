"""A killing noun whose definite victims were told killed before: the same killing again.

«قتل ثلاثة مدنيين وجندي أوكراني أمس ... فيما أعلن الجيش مقتل الجندي في منطقة لوغانسك»: the
definite «الجندي» right after «مقتل» is the soldier the article has told of, killed in the
killing told before. As a verb whose definite subject names earlier victims («وقُتل
المدنيون») repeats that killing, so does a killing noun whose genitive is a definite common
noun (no name of its own) whose stem of four letters or more stands in the clause of the
latest killing of the article, after its trigger and outside its doers («قتل المسلحون شرطيا»
then «مقتل المسلحين» is a new killing). An indefinite victim («مقتل جندي») is told as new.
"""

from __future__ import annotations

from kg.relations.casualties import Count
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.text.normalize import normalize_key

_STEM = 4


def victims_told_again(context: Extraction, words: list[Word], position: int,
                       label: str, verb: bool) -> bool:
    """Whether the killing noun at ``words[position]`` names, right after it, definite
    victims of the latest killing of the article (see the module)."""
    if verb or label != "Killing" or position + 1 >= len(words):
        return False
    following = words[position + 1]
    if context.boundary_between(words[position], following) or \
            not following.norm.startswith("ال") or \
            context.covering_mention(following.start) is not None:
        return False
    stem = following.bare()[:_STEM]
    if len(stem) < _STEM:
        return False
    killing = context.latest_event("Killing")
    if killing is None or killing.trigger_start >= words[position].start:
        return False
    sentence = next((s for s in context.doc.sentences
                     if s.id == killing.evidence.sentence_id), None)
    if sentence is None:
        return False
    text = context.doc.text
    doers = sorted((a.start, a.end) for a in killing.arguments if a.role == "agent")
    pieces, at = [], killing.trigger_end
    for start, end in doers:  # «قتل المسلحون شرطيا ... ثم أعلن مقتل المسلحين»: the doers
        if end > at:           # told before are no victims of that killing
            pieces.append(text[at:max(at, start)])
            at = end
    pieces.append(text[at:sentence.end])
    return any(stem in normalize_key(piece) for piece in pieces)


_EARLIER = ("في", "وقت", "سابق")
_THAT = frozenset({"ان", "بان"})
_EARLIER_REACH = 12
"""How far before the killing «في وقت سابق» may stand («وقال فلان في وقت سابق إن أكثر من
عشرة أشخاص قتلوا»)."""


def toll_told_earlier(context: Extraction, words: list[Word], position: int, label: str,
                      count: Count | None) -> bool:
    """«قال ثلاثة شهود إن أكثر من 27 شخصا قتلوا في انفجار ...» then «وقال عضو البرلمان في
    وقت سابق إن أكثر من عشرة أشخاص قتلوا»: a counted killing in what was said «earlier»
    («في وقت سابق» right before «إن»), after a killing the article has told, is that killing
    with the toll given before the latest one, not a second killing. A killing told with a
    doer of its own, or the same toll, is left to the repeat rules, which keep what it adds
    («ذكر مسؤولون في وقت سابق أن أربعة مدنيين قتلوا بنيران هندية»)."""
    latest = context.latest_event("Killing")
    if label != "Killing" or count is None or latest is None or latest.casualties == count.value:
        return False  # (the same toll is folded with what it adds: ``event_repeats``)
    trigger = words[position]
    for index in range(position - 1, max(len(_EARLIER) - 2, position - _EARLIER_REACH), -1):
        if words[index].sentence_index != trigger.sentence_index:
            return False
        start = index - len(_EARLIER) + 1
        if start >= 0 and tuple(w.norm for w in words[start:index + 1]) == _EARLIER:
            return index + 1 < position and words[index + 1].norm in _THAT  # what was
            # said earlier; «وفي وقت سابق، قتل مسلحون خمسة جنود» tells an earlier deed
    return False

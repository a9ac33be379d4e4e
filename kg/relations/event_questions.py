"""An event inside a question that does not open its sentence: asked, not reported.

``event_sense`` drops an event of a sentence that opens with «هل» or ends with «؟». A
question is as often one clause of a longer sentence, tweets and quotes run together with
«..»: «وتابع قائلا: "نصيحتي للإيرانيين أن يوقعوا.. هل تتوقعون أن إيران تعلن التوبة وتوقع
على الاتفاق النووي ليكون بيد امريكا كل مفاعلاتها؟.. إيران تواجه شروطا مذلة"». A trigger
after «هل» with no stop between them, and with the question mark the first stop after it, is
asked about: no event.
"""

from __future__ import annotations

import re

from kg.relations.context import Extraction
from kg.relations.index import Word

_ASKING = frozenset({"هل", "وهل", "فهل"})
_STOP = re.compile(r"[.!؟?:؛]")
"""What ends a clause; of them, the question mark ends a question."""
_QUESTION_MARKS = frozenset({"؟", "?"})


def inside_question(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the trigger at ``words[position]`` stands between «هل» and its «؟»."""
    text = context.doc.text
    trigger = words[position]
    asked = position - 1  # (a loop, not a generator: it reads every word before the trigger)
    while asked >= 0 and words[asked].norm not in _ASKING:
        asked -= 1
    if asked < 0 or _STOP.search(text, words[asked].end, trigger.start):
        return False
    stop = _STOP.search(text, trigger.end, words[-1].end + 2)
    return stop is not None and stop.group() in _QUESTION_MARKS

"""A title held by a person whom the sentence relieves of it: no longer a head.

«وأصدر أمرًا ملكيًا بإعفاء الأمير X رئيس الهيئة العامة للطيران المدني من منصبه،
وتعيين Y رئيسًا للهيئة», «وإقالة وزير الصحة X من منصبه»: the title is the one X
loses by the order the sentence reports. X held it until then, so ``holdsPosition``
stays (as a former office does), but he no longer heads the body: ``leads`` would
put the dismissed official at its head beside his successor, often named in the same
sentence. The reading needs both ends: a dismissal noun or verb right before the name
or the title (after styles and ranks: «بإعفاء، الأمير», «إقالة المهندس»), and «من
منصبه» (or «من مهامه», «من مناصبه») right after the phrase, with no punctuation
between («إعفاء X ... من منصبه، وتعيين Y رئيسًا للهيئة»: Y is appointed, not
dismissed), or the phrase closing its clause («وبإعفاء رئيس الديوان الملكي X.»).
The dismissal must be done, not asked for: the sentence names an order or a decision
before it («أمر ملكي», «قرار», «أصدر», «صدرت») or says it with a verb («أعفى», «أقال»);
«طالب بإقالة وزير الصحة X» is a demand, and X still heads the ministry.
"""

from __future__ import annotations

import itertools

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import HONORIFICS
from kg.relations.role_titles import Title
from kg.relations.role_words import NAME_OPENERS

_DISMISSALS = frozenset({"اعفاء", "اعفي", "يعفي", "اقاله", "اقال", "يقيل", "عزل"})
"""«إعفاء», «أعفى», «يُعفى», «إقالة», «أقال», «عزل»: a person relieved of an office."""
_OFFICE_NOUNS = frozenset({"منصبه", "منصبها", "مناصبه", "مناصبها", "مهامه", "مهامها",
                           "منصبيه", "منصبيها"})
"""«من منصبه», «من مهامه»: the office the dismissal takes away."""
_DISMISSING_VERBS = frozenset({"اعفي", "يعفي", "اقال", "يقيل", "عزل"})
"""The forms that tell a dismissal done by themselves («أعفى», «أقال»; «عزل» read as one)."""
_DECREES = frozenset({"امر", "امرا", "اوامر", "قرار", "قرارا", "قرارات", "مرسوم", "مرسوما",
                      "مراسيم", "اصدر", "اصدرت", "صدر", "صدرت", "يقضي", "تقضي", "قضي", "قرر",
                      "قررت", "يقرر", "تقرر"})
"""An order or a decision before the dismissal noun: the dismissal was made."""
_DEMANDS = frozenset({"طالب", "يطالب", "تطالب", "طالبت", "طالبوا", "مطالبه", "المطالبه", "دعا",
                      "دعت", "يدعو", "تدعو", "دعوا", "دعوه", "يريد", "تريد", "رفض", "رفضت"})
"""A demand or a refusal right before the dismissal noun: not done."""
_STYLES = NAME_OPENERS | HONORIFICS | frozenset({"فضيله", "الشيخ", "الامير", "الدكتور"})
_MARKS = frozenset("،,.:;؛()«»\"“”")
_REACH = 14
"""Words at most between the end of the phrase and «من منصبه» (a run of titles)."""


def dismissed(context: Extraction, title: Title) -> bool:
    """Whether the sentence relieves ``title``'s holder of it (see the module)."""
    start = min(title.person.start, title.words[0].start)
    end = max(title.person.end, title.words[-1].end)
    before = context.words_between(max(title.sentence.start, start - 60), start)
    while before and (before[-1].norm in _STYLES or before[-1].has(_STYLES)):
        before.pop()
    if not before or not before[-1].has(_DISMISSALS):
        return False
    if not _done(context.words_between(title.sentence.start, before[-1].end)):
        return False
    after = context.words_between(end, title.sentence.end)
    if not after or any(mark in context.doc.text[end:after[0].start] for mark in _MARKS):
        return True  # «وبإعفاء رئيس الديوان الملكي X.»: the phrase closes the clause
    after = after[:_REACH]
    for previous, word in itertools.pairwise(after):
        if word.norm in _OFFICE_NOUNS and previous.norm == "من":
            gap = context.doc.text[end:previous.start]
            return not any(mark in gap for mark in _MARKS)
    return False


def _done(before: list[Word]) -> bool:
    """Whether the dismissal word ending ``before`` tells a dismissal made (see the module)."""
    word = before[-1]
    if len(before) > 1 and before[-2].has(_DEMANDS):
        return False
    return word.has(_DISMISSING_VERBS) or any(w.has(_DECREES) for w in before[:-1])

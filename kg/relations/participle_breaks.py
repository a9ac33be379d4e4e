"""Where an indirect statement ends at a circumstantial participle that has no comma.

Arabic news often runs a speaker's second point on with a participle of saying and no
comma before it: «أكد المدير أن البرنامج يهدف إلى تأهيل الطلاب مشيرا إلى أن الدفعة الأولى
تضم مئة طالب». The participle («مشيرا», «مؤكدا», «موضحا», «مضيفا») has the subject of the
main verb, so the first statement ends before it and the participle reports its own content.

The participle ends the statement only when it introduces content of its own right after
it — a complementizer («أن», «بأن»), its preposition then one («إلى أن») or the topic it
stresses («مشددا على أهمية التكاتف»), or a colon («قائلاً: «...»») — and no person is
named in the statement before it: «قال إن الوزير خالد الفيصل حضر الحفل مؤكدا أن الدعم
مستمر» may be the minister's affirming, so that statement runs on as before. And only a
statement that is a clause («أكد أن ...») is so cut: «أشار إلى قضية الاستثمار ... مؤكدا أن»
names a topic, which the annotators read as one statement with what the participle says.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import PARTICIPLE_WORD, Word
from kg.relations.lexicon import COMPLEMENTIZERS, find_reporting
from kg.relations.scanned_words import PARTICIPLES


def _own_content(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether a complementizer follows the participle ``words[index]``, at once, or its
    preposition of content does («مشيرا إلى أن», «مشددا على أهمية»), or a colon («قائلا:
    «...»»)."""
    hit = find_reporting(words[index].norm)
    if hit is None or index + 1 >= len(words):
        return False
    if context.gap(words[index], words[index + 1]).strip().startswith(":"):
        return True
    following = words[index + 1].norm
    if following.lstrip("ب") in COMPLEMENTIZERS:
        return True
    # «مشددا على أهمية التكاتف»: its preposition and the topic it stresses are its own too
    return following in hit.value.content_prepositions and index + 2 < len(words)


def participle_break(context: Extraction, words: list[Word], first: int, end: int) -> int:
    """The start of the first participle of saying with its own content between
    ``words[first]`` and offset ``end`` (no comma needed), or ``end`` when there is none,
    when a person is named before it in the statement, or when the statement is no clause
    (its first word follows no «أن»/«إن»)."""
    if first < 1 or words[first - 1].norm.lstrip("ب") not in COMPLEMENTIZERS:
        return end
    last = len(words) - 1
    if first + 1 >= last or \
            not context.index.kind_between(words[first + 1], words[last], PARTICIPLE_WORD):
        return end  # no participle of saying up to the sentence's last word (most statements)
    for index in range(first + 1, len(words) - 1):
        word = words[index]
        if word.start >= end:
            break
        if word.norm not in PARTICIPLES and word.bare() not in PARTICIPLES:
            continue
        if not _own_content(context, words, index):
            continue
        if any(m.label == "Person" for m in context.mentions_between(words[first].start,
                                                                      word.start)):
            return end
        return words[index - 1].end
    return end

"""A holder's name in quotation marks right after the title.

Some papers (Sabq above all) print the holder's name in quotation marks: «عقد المشرف العام
على القناة الثقافية "عبدالعزيز العيد" مؤتمراً», «لخادم الحرمين الشريفين "الملك سلمان بن
عبد العزيز"», «وأوضح "الأستاذ خالد السعيد" ...». The marks are punctuation, so the
preposed-title search stopped at once and the holder got no title.

The rule: the opening mark before a person's name may be crossed by the preposed-title search
when the marks enclose exactly the name: the opening mark stands right before the name, or
before at most :data:`_MOST_STYLES` honorific words that open it («"الملك سلمان"»,
«"الأستاذ X"»), and the matching closing mark comes right after the name's last word. A
quotation that goes on after the name («قال الوزير "محمد ماضٍ في ..."») is what was said, not
a quoted name, and stays a boundary.

The same marks after a title that follows a verb («ونوه أمين الطائف "المهندس محمد المخرج"
بـ ...»): the person they enclose is the title's holder and the verb's subject (see
:func:`quoted_holder_at`).
"""
from __future__ import annotations

from collections.abc import Callable

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import Word

_PAIRS = {"«": "»", "“": "”", "\"": "\""}
_MOST_STYLES = 2
"""The most honorific words («الملك», «الأستاذ الدكتور») inside the marks before the name."""


def quoted_name_opening(context: Extraction, words: list[Word], first: int, last: int,
                        honorific: Callable[[int], bool]) -> int:
    """The index of the word right after the opening mark that encloses the person named by
    ``words[first:last + 1]`` together with the honorifics right before it, or -1.
    ``honorific(i)`` tells whether ``words[i]`` is a name honorific."""
    if last + 1 > len(words):
        return -1
    after = context.doc.text[words[last].end:words[last + 1].start] \
        if last + 1 < len(words) else context.doc.text[words[last].end:words[last].end + 2]
    closing = after.lstrip()[:1]
    for opening_at in range(first, max(0, first - _MOST_STYLES) - 1, -1):
        if opening_at < first and not honorific(opening_at):
            return -1
        if opening_at == 0:
            return -1
        gap = context.gap(words[opening_at - 1], words[opening_at]).strip()
        if len(gap) == 1 and gap in _PAIRS:
            return opening_at if closing == _PAIRS[gap] else -1
        if gap:
            return -1
    return -1


def quoted_holder_at(context: Extraction, words: list[Word], index: int,
                     honorific: Callable[[int], bool]) -> Mention | None:
    """The person named in quotation marks that open right before ``words[index]`` (past at
    most :data:`_MOST_STYLES` honorific words inside them), when the marks enclose exactly
    the name; None otherwise."""
    for at in range(index, min(len(words), index + _MOST_STYLES + 1)):
        mention = context.mention_starting_in(words[at])
        if mention is not None:
            if mention.label != "Person" or not mention.entity_id or \
                    mention.start != words[at].start:
                return None
            last = context.mention_words(mention)[1] - words[0].index
            if last >= len(words) or \
                    quoted_name_opening(context, words, at, last, honorific) != index:
                return None
            return mention
        if not honorific(at):
            return None
    return None

"""A title right before a person's name: «وزير الخارجية الأمريكي مايك بومبيو».

The words before a name, back to the title head, over the titles in apposition
before it («وزير الدولة عضو مجلس الوزراء رئيس الديوان الملكي خالد العيسى») and a
name set off by commas or dashes («وزير الخارجية المالي، X،»); the title ends at the
first honorific or rank after its head («رئيس هيئة الأركان العامة الفريق أول ركن X»).
"""

from __future__ import annotations

from kg.relations.apposed_holders import APPOSITION_MARKS
from kg.relations.assistant_titles import assistant_opens
from kg.relations.conjunct_honorifics import conjunct_honorific
from kg.relations.conjunct_titles import conjoined_definite, opens_after_conjunct
from kg.relations.context import Extraction
from kg.relations.index import TITLE_WORD, Word
from kg.relations.lexicon import HONORIFICS
from kg.relations.quoted_holders import quoted_name_opening
from kg.relations.received_titles import takes_person_object
from kg.relations.role_words import (
    BODY_NOUNS,
    OFFICE_HONORIFICS,
    inside_mention,
    is_name_honorific,
    is_title_head,
    stop_word,
    stops_title,
)
from kg.relations.royal_styles import prepositional_honorific
from kg.relations.team_titles import team_after_title
from kg.relations.title_ends import conjunct_after_body
from kg.relations.title_objects import object_after_title
from kg.relations.title_quotes import crosses_quoted_name
from kg.relations.titles import complement, compound_end, head_at, opens_apposed
from kg.text.normalize import normalize_key

_PREPOSED_REACH = 10
"""The most words a preposed title takes."""


def head_in_reach(context: Extraction, words: list[Word], first: int) -> bool:
    """Whether one of the words a preposed title of ``words[first]`` may take can be its
    head: most names have none, and need no closer look (:func:`preposed_title`)."""
    reach = words[max(0, first - _PREPOSED_REACH):max(0, first)]
    return bool(context.trigger_positions(reach, TITLE_WORD))


def preposed_title(context: Extraction, words: list[Word], first: int, mark: str = "",
                   last: int = -1) -> list[Word]:
    """The title words right before a person (preposed title), or none; with ``mark``,
    the punctuation that closes the name, across the same mark before it; with ``last``
    (the name's last word), across the opening mark of a name in quotation marks."""
    run: list[Word] = []
    index = first - 1
    quoted = quoted_name_opening(context, words, first, last,
                                 lambda i: is_name_honorific(words, i)) if last >= 0 else -1
    while index >= 0 and len(run) < _PREPOSED_REACH:
        word = words[index]
        if run and object_after_title(context, word, run[0]):
            break  # «المتحدث باسم الوزارة تعيين X»: the verbal noun opens the verb's object
        if mark and _opens_apposition(context, words, index, run, mark):
            mark = ""  # crossed once
        elif index + 1 == quoted:
            quoted = -1  # «المشرف العام على القناة "X"»: the mark opens the quoted name
        elif (context.boundary_between(word, words[index + 1]) and
              not crosses_quoted_name(context, words, index)) or stop_word(word) or \
                stops_title(context, word, preposed=True) or \
                (is_name_honorific(words, index) and not inside_mention(context, word) and any(
                    is_title_head(w) and w.norm not in HONORIFICS for w in run)):
            break
        if conjunct_honorific(word) and all(is_name_honorific(words, w.index - words[0].index)
                                            for w in run):
            break  # «وزير الخارجية وسعادة الشيخ X»: the titles before «وسعادة» are the last man's
        mention = context.mention_starting_in(word)
        if mention is not None and mention.label == "Person" and not title_mention(
                words, index, context.mention_words(mention)[1] - words[0].index):
            break
        if prepositional_honorific(word, is_name_honorific(words, index)) and \
                not team_after_title(words, index, len(run)):
            break  # «ورحب أمير الكويت بالأمير X»: X is the object of «ب»
        run.insert(0, word)
        index -= 1
        if conjunct_after_body(context, words, index + 1, BODY_NOUNS):
            break  # «رئيس الاتحاد الأوروبي والمرشح السابق X»: the office before «و» is not X's
    if _deputy_of_honorific(words, index):
        return []  # «مساعد سمو رئيس الهيئة X»: X assists the head, he is not the head
    # «مدير مستشفى الملك فهد X»: «الملك» inside a tagged body's name is no head or honorific
    heads = [i for i in range(len(run)) if head_at(run, i) and not inside_mention(context, run[i])]
    if not heads:
        return []
    run = _before_honorific(context, words, run, heads[0])
    heads = [i for i in heads if i < len(run)]
    if not heads:
        return []
    start = _chain_start(run, heads, heads[-1])
    while opens_apposed(context, run, start) or opens_after_conjunct(run, start):
        # «وزير الدولة عضو مجلس الوزراء رئيس الديوان الملكي خالد العيسى»: the titles
        # in apposition before the last one are the same person's.
        earlier = [i for i in heads if i < start]
        if not earlier or not all(complement(run, i) or conjoined_definite(run, i)
                                  for i in range(earlier[-1] + 1, start)):
            break
        opening = _chain_start(run, heads, earlier[-1])
        verb = run[opening - 1] if opening > 0 else (words[index] if index >= 0 else None)
        if verb is not None and takes_person_object(verb):
            break  # «استقبل وزير الثقافة رئيس الوزراء X»: the first title is the subject's
        start = opening
    return run[start:]


_STYLES = frozenset(normalize_key(word) for word in ("سمو", "معالي", "سعادة", "فخامة", "دولة"))
_DEPUTIES = frozenset(normalize_key(word) for word in (
    "نائب", "نائبة", "مساعد", "مساعدة", "وكيل", "مستشار", "مستشارة"))


def _deputy_of_honorific(words: list[Word], index: int) -> bool:
    """«مساعد سمو رئيس الهيئة للشؤون الفنية الدكتور X», «نائب معالي الوزير X»: the style
    of the head stands between a deputy's word and the head's title; the name after it is
    the deputy's, who does not hold the head's office."""
    return index >= 1 and words[index].norm in _STYLES and \
        words[index - 1].has(_DEPUTIES)


def _opens_apposition(context: Extraction, words: list[Word], index: int, run: list[Word],
                      mark: str) -> bool:
    """A name set off by commas or dashes after its title: «وزير الخارجية المالي، X،»,
    «مدير عام الشرطة – اللواء X –»: the same mark before the name (or its honorifics)
    as after it."""
    offset = words[0].index
    return all(is_name_honorific(words, w.index - offset) for w in run) and \
        context.gap(words[index], words[index + 1]).strip() == mark


def closing_mark(context: Extraction, words: list[Word], last: int) -> str:
    """The comma or dash right after a name, or ""."""
    if last + 1 >= len(words):
        return ""
    mark = context.gap(words[last], words[last + 1]).strip()
    return mark if mark in APPOSITION_MARKS else ""


def _before_honorific(context: Extraction, words: list[Word], run: list[Word],
                      head: int) -> list[Word]:
    """A preposed title ends at the first honorific or rank after its head: the rest
    opens the name. «رئيس هيئة الأركان العامة الفريق أول ركن X» is «رئيس هيئة الأركان
    العامة», «مساعد مدير شرطة ثادق المقدم X» is «مساعد مدير شرطة ثادق»."""
    offset = words[0].index
    for index in range(head + 1, len(run)):
        if run[index].norm == "الملك" and any(compound_end(run, j) == index - 1
                                               for j in range(head, index)):
            return run[:index + 1]  # «خادم الحرمين الشريفين الملك X»: two titles
        if inside_mention(context, run[index]):
            continue  # «مستشفى الملك فهد»: a word of a tagged body's name
        if run[index].norm in OFFICE_HONORIFICS or \
                is_name_honorific(words, run[index].index - offset):
            return run[:index]
    while run and is_name_honorific(words, run[-1].index - offset):
        run.pop()
    return run


def _chain_start(run: list[Word], heads: list[int], start: int) -> int:
    """«نائب رئيس»: back over the heads right before ``start`` (not a definite one: in
    «استقبل الرئيس سفير ...» the president is someone else)."""
    while start > 0 and start - 1 in heads and not run[start - 1].norm.startswith("ال"):
        start -= 1
    if assistant_opens(run, start - 1):
        start -= 1  # «مساعد مدير شرطة ثادق»: the assistant's title, not the director's
    return start


def title_mention(words: list[Word], first: int, last: int) -> bool:
    """A «person» over ``words[first:last + 1]`` that is a compound title, «خادم الحرمين
    الشريفين», «ولي العهد»: the title of the name after it, not a holder («خادم الحرمين
    الشريفين الملك سلمان»)."""
    return 0 <= first < len(words) and compound_end(words, first) == last

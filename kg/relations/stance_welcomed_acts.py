"""«رحب X بالإفراج عن المعتقلين», «أشاد X بانسحاب القوات الأجنبية»: an act welcomed or
praised, named by its verbal noun and what it is done to, is the object as a phrase.

News welcomes acts as often as decisions: a release («الإفراج عن», «إطلاق سراح»), a
withdrawal, a return, a signing, the forming of a government, a recognition, the lifting
of sanctions. The object is the verbal noun after «بـ» with its complement, the genitive
(«بعودة السفير القطري», «بإطلاق سراح الصحافيين») or, after the definite noun, «عن»/«على»
and the noun phrase or name it governs («بالإفراج عن المعتقلين», «بالتوقيع على اتفاق
السلام»), and nothing after: a place («إلى الرياض», «في جنوب السودان»), a relative or a
purpose clause is not part of it. An act with no complement («رحب بالانسحاب») or with a
pronoun («بعودته») is left alone: it names nothing an analyst can tell apart; one done to a
person («بتعيين الأمير X», «بالإفراج عن X») is left to the reading of the name.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.stance_phrases import (
    Phrase,
    conjunction,
    titled_name_follows,
    topic_phrase,
    without_clitics,
)

WELCOMED_ACTS = frozenset({
    "افراج", "اطلاق", "انسحاب", "عوده", "توقيع", "تشكيل", "اعتراف", "رفع", "استئناف",
    "انتخاب", "اعاده", "فتح", "الغاء", "تمديد", "انهاء", "تعيين", "اقرار", "تبني", "بدء",
    "انطلاق", "تحرير", "تسليم", "ابرام", "اخلاء", "اعلان",
})
"""Verbal nouns of acts one welcomes or praises (see the module docstring)."""

_GOVERNING = frozenset({"عن", "علي"})
"""The prepositions a definite act takes its complement with («الإفراج عن», «التوقيع على»)."""

_RELEASE = "سراح"
"""«إطلاق سراح X»: the second noun of the construct, indefinite before its genitive."""


def _act_head(word: Word) -> str | None:
    """«بالإفراج» → "ال", «بعودة» → "": the act after a glued «ب» (see
    :data:`WELCOMED_ACTS`), with the article it bears; None for any other word."""
    for prefix, rest in word.readings():
        lead = prefix.lstrip("وف")
        if lead in {"ب", "بال"} and rest.removeprefix("ال") in WELCOMED_ACTS:
            return "ال" if lead == "بال" or rest.startswith("ال") else ""
    return None


def welcomed_act(context: Extraction, words: list[Word], index: int) -> Phrase | None:
    """The act welcomed at ``words[index]`` with its complement (see the module
    docstring), as a phrase without the «ب»; None when the word is no such act or its
    complement is not there."""
    if index + 1 >= len(words):
        return None
    article = _act_head(words[index])
    if article is None:
        return None
    head = words[index]
    after = index + 1
    if context.boundary_between(head, words[after]) or \
            context.covering_mention(head.start) is not None:
        return None
    if article:  # «بالإفراج عن المعتقلين»: the complement after its preposition
        if words[after].norm not in _GOVERNING or after + 1 >= len(words) or \
                context.boundary_between(words[after], words[after + 1]):
            return None
        after += 1
    elif words[after].norm == _RELEASE and after + 1 < len(words) and \
            not context.boundary_between(words[after], words[after + 1]):
        after += 1  # «بإطلاق سراح الصحافيين»
    end = _complement_end(context, words, after)
    if end is None:
        return None
    name = without_clitics(context, [head]) + context.doc.text[head.end:end]
    return Phrase(head.start, end, name)


def _complement_end(context: Extraction, words: list[Word], index: int) -> int | None:
    """Where the noun phrase or name at ``words[index]`` ends: a name as tagged, or a short
    definite phrase («المعتقلين», «القوات الأجنبية», «اتفاق السلام»); None for anything else
    (a pronoun, a conjunction, a preposition, a relative)."""
    word = words[index]
    if conjunction(word) or titled_name_follows(context, words, index):
        return None  # «بتعيين الأمير X»: the person, read as the name
    mention = context.mention_starting_in(word)
    if mention is not None:
        if mention.start < word.start or not mention.entity_id or mention.label == "Person":
            return None
        return mention.end
    phrase = topic_phrase(context, words, index)
    return phrase.end if phrase is not None else None

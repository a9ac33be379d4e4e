"""A praise or a welcome whose object follows the statement it is voiced in, closed by a comma.

Arabic news often sets the statement a stance is voiced in between the verb (or its subject)
and the object, and closes it with a comma: «ونوه سموه في خطاب بعث به لرئيس الهيئة، بالاهتمام
الذي توليه الهيئة», «وأشاد الوزير في كلمته خلال الحفل، بجهود رجال الأمن», «ورحب المجلس في
بيان له، بالقرار». The phrase opens with «في»/«خلال»/«عبر» and a noun of statement (not a name),
holds no mark but that closing comma and no other stance word, and the word right after the
comma opens with the «ب» the verb takes (or «على» for «أثنى على»): the object starts there.
Without such a word after the comma (a name, a title, a clause), nothing is read here: the
names inside the statement («لرئيس الهيئة») describe it and are never the object. With no
comma, the statement ends at the first word that takes the verb's «ب» and is a noun of deed
or quality («ونوه في خطاب بعث به لرئيس الهيئة بالاهتمام الذي توليه الهيئة», «بجهود»,
«بدور»): such a word is no part of a statement's description.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.deeds import DEED_NOUNS, PATRONAGE_NOUNS, QUALITY_NOUNS
from kg.relations.index import Arg, Word
from kg.relations.lexicon import StanceTrigger
from kg.relations.stance_object_start import BA_KINDS, statement_noun
from kg.relations.stance_phrases import COMMAS
from kg.relations.stance_triggers import live_stance

__all__ = ["past_closed_statement", "past_name_tail"]

_STYLED_PRONOUNS = frozenset({"سموه", "سموها", "معاليه", "معاليها", "فخامته", "سعادته",
                              "سعادتها", "جلالته", "سماحته", "دولته"})
"""A style with the pronoun of the subject named before («ونوه سموه», «وأشاد معاليه»)."""

_OPENERS = frozenset({"في", "خلال", "عبر"})
_DEEDS = DEED_NOUNS | QUALITY_NOUNS | PATRONAGE_NOUNS
_REACH = 12
"""Words the statement may run to before its closing comma («في خطاب بعث به لسمو رئيس
هيئة الهلال الأحمر السعودي،»)."""

_STOPS = ".؟!:«»\"()؛;“”"

_OCCASIONS = frozenset({"خلال", "اثناء", "عقب", "لدي", "امام", "ابان"})
"""An occasion inside the statement («في كلمته خلال زيارة مصر،»): left to the readings of
:mod:`kg.relations.stance_object_start`, which want no comma in it."""

_ADJUNCTS = frozenset({"بحضور", "بمشاركه", "برئاسه", "بمناسبه", "بعد", "بين", "بدون", "بسبب",
                       "بدعوه", "بتوجيه", "بتكليف", "بالنيابه", "بالتزامن", "بالتعاون",
                       "بالاضافه", "بدوره", "بدورها", "بدورهم", "بالقرب", "بشان", "بحسب",
                       "بناء", "بشكل", "بصفته", "بصفتها", "بوصفه", "بوصفها", "بتاريخ", "بمقر",
                       "بعنوان", "بمدينه", "بمحافظه", "بمنطقه"})
"""Words with a glued «ب» that open an adjunct, not the verb's object («، بحضور الوزير،»)."""


def past_closed_statement(context: Extraction, words: list[Word], index: int,
                          trigger: StanceTrigger) -> int | None:
    """The word after the comma that closes a statement opening at ``words[index]`` (past
    the subject's honorific pronoun: «ونوه سموه في خطاب ...،»), when that word opens with the
    verb's own preposition; None otherwise (see the module docstring)."""
    if trigger.noun or trigger.kind not in BA_KINDS - {"condemns"}:
        return None
    if index < len(words) and words[index].norm in _STYLED_PRONOUNS:
        index += 1  # «ونوه سموه في خطاب ...»
    if index + 2 >= len(words) or words[index].norm not in _OPENERS or \
            not statement_noun(words[index + 1]) or \
            context.covering_mention(words[index + 1].start) is not None or \
            context.boundary_between(words[index], words[index + 1]):
        return None
    for later in range(index + 2, min(len(words), index + _REACH + 1)):
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in _STOPS) or live_stance(words, later - 1) or \
                words[later - 1].norm in _OCCASIONS:
            return None  # «في كلمته خلال زيارة مصر،»: an occasion, where it ends is unsure
        if gap.strip() in COMMAS:
            return later if _takes(words[later], trigger) else None
        if not gap.strip() and _takes(words[later], trigger) and words[later].has(_DEEDS):
            return later  # «ونوه في خطاب بعث به لرئيس الهيئة بالاهتمام الذي توليه الهيئة»
    return None


def _takes(word: Word, trigger: StanceTrigger) -> bool:
    """«بالاهتمام», «بجهود»: the word opens with the verb's «ب» (not a name's own letter: the
    reading with the prefix is the bare one); «على» for praise («أثنى على»)."""
    if trigger.kind == "praises" and word.norm == "علي":
        return True
    if word.norm.lstrip("و") in _ADJUNCTS:
        return False
    return any(prefix.lstrip("وف") in {"ب", "بال"} for prefix, _ in word.readings()[1:])


def past_name_tail(context: Extraction, words: list[Word], index: int, subjects: list[Arg],
                   trigger: StanceTrigger) -> int | None:
    """«ونوه المهندس محمد بن عبد الرحمن المخرج، برعاية ...»: a family name the recogniser
    left out of a patronymic chain («X بن Y») is one definite word right after the name,
    closed by a comma; when the word after that comma takes the verb's «ب», the object
    starts there (None otherwise)."""
    if trigger.noun or trigger.kind not in BA_KINDS - {"condemns"} or \
            not 0 < index < len(words) - 1:
        return None
    word = words[index]
    if not any(subject.end == words[index - 1].end and
               " بن " in context.doc.text[subject.start:subject.end] for subject in subjects):
        return None
    if not word.norm.startswith("ال") or len(word.norm) < 5 or \
            context.covering_mention(word.start) is not None or \
            context.gap(words[index - 1], word).strip() or \
            context.gap(word, words[index + 1]).strip() not in COMMAS:
        return None
    return index + 1 if _takes(words[index + 1], trigger) else None

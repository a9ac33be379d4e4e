"""Violent words the sentence does not assert as deeds: options, aims, rumours, kinds, tallies.

Read on the Open Event Data Alliance's Arabic gold (session 26):

- a violent noun behind a verbal noun of making («شن», «تنفيذ», maybe through «عمليات») is an
  option or an aim when that noun is an alternative («أو شن عملية برية»), the predicate of
  «هو» («الخيار الثالث، فهو شن هجوم»), or governed by a verb of resorting or being able to
  («أن تلجأ إسرائيل إلى شن عمليات», «ليتمكنوا من شن هجوم»); an intent or a plan («عزم»,
  «نية», «خططا») a few words before the deed, past the doer's name in quotes («عزم عناصر
  «التنظيم» خطف رعايا»), makes it an aim too, as does «لصد» («لا يكفي لصد هجوم»);
- a deed told by a rumour («وحسب شائعة فإن دبابة أطلقت نيرانها عليه») is not asserted;
- a violent noun in a list of practices that explains «ما يجري»/«ما ترتكبه» after «من»
  («لما يجري في العراق من قتل وذبح وخطف») is violence as a kind, no event;
- a violent word with «حتى الآن» a few words after it is a count so far («قتل 13 جندياً في
  العراق حتى الآن هذا الشهر»), not one event.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_figures import CLAUSE_END, in_clause
from kg.relations.index import Word

_VIOLENT = frozenset({"Attack", "Killing", "MilitaryOperation"})
_WHAT = frozenset({"ما", "لما", "بما", "مما"})
_NOW = frozenset({"الان", "اليوم"})
_SO_FAR_REACH = 5
"""«قتلوا في العراق حتى الآن», «اعتدى قراصنة الصومال حتى الآن على سفن»: a toll or a count
so far, summed up, not one event (as «منذ مطلع العام»)."""

_MAKING = frozenset({"شن", "تنفيذ", "القيام", "ارتكاب"})
_OPERATIONS = frozenset({"عمليه", "عمليات"})
_OR = frozenset({"او"})
_IT_IS = frozenset({"هو", "فهو", "وهو", "هي", "فهي", "وهي"})
_TO = frozenset({"الي", "من", "علي"})
_RESORTING = frozenset({
    "يلجا", "تلجا", "يلجؤوا", "يلجاوا", "يلجؤون", "يلجاون", "نلجا", "يتمكن", "تتمكن",
    "يتمكنوا", "يتمكنون", "ليتمكن", "ليتمكنوا", "لتتمكن", "يقدر", "تقدر", "قادر", "قادره",
    "قادرون", "قادرين", "يستطيع", "تستطيع", "يستطيعون",
})
"""Imperfect verbs (and «قادر») of resorting or being able to: what they govern through
«إلى»/«من»/«على» is a prospect («أن تلجأ إسرائيل إلى شن عمليات»)."""
_RESORT_REACH = 4
_INTENT_NOUNS = frozenset({
    "عزم", "عزمه", "عزمها", "عزمهم", "نيه", "نيته", "نيتها", "نيتهم", "نوايا",
})
"""Nouns of intent: what follows them, past its doer, is intended («عزم عناصر التنظيم خطف»)."""
_INTENTS = _INTENT_NOUNS | frozenset({
    "عزمت", "عزموا", "خطط", "خططا", "خططوا", "خططت", "يخطط", "يخططان", "يخططون",
})
"""With the verbs of intending and planning, before a violent noun («خططا لهجمات»); before a
verb only the nouns count («خطط» is also «plans»: «ووفق خطط وضعها الجيش قصفت الطائرات»)."""
_INTENT_REACH = 5
_PREVENTING = frozenset({"لصد", "ولصد", "لردع", "ولردع"})
_RUMOURS = frozenset({"شائعه", "شائعات", "اشاعه", "اشاعات"})
_RUMOUR_REACH = 6
_ACCORDING = frozenset({"حسب", "بحسب", "وفق", "وفقا"})
_SAYING = frozenset({"تقول", "تفيد", "مفادها", "تشير"})
"""The rumour is the source: «حسب شائعة», «شائعة تقول إن»; not «نفى الوزير الشائعات وأكد أن
مسلحين هاجموا القرية», where the deed is confirmed."""
_WHAT_GOES_ON = frozenset({
    "يجري", "جري", "يحدث", "حدث", "تعرض", "يتعرض", "تتعرض", "تعرضت", "يتعرضون", "ارتكب",
    "ارتكبه", "ارتكبته", "ارتكبت", "يرتكب", "ترتكب", "يرتكبه", "ترتكبه", "شهد", "شهدت", "يشهد",
    "تشهد", "شهدته", "تشهده", "يشهده",
})
"""«لما يجري في العراق من قتل وذبح», «ما ترتكبه القوات من قتل وتشريد»: «ما» with a verb of
going on or committing, explained by a list of practices after «من»."""
_PRACTICE_REACH = 6
_HARMS = frozenset({
    "تشريد", "تهجير", "ذبح", "اعتقال", "اعتقالات", "تعذيب", "نهب", "اغتصاب", "تدمير", "ابتزاز",
    "خطف", "اختطاف", "قتل", "تنكيل", "سلب", "حرق", "هدم", "اعتداء", "اعتداءات",
})
"""Practices joined by «و» after the violent noun in such a list («من قتل وذبح وخطف»)."""


def unasserted(context: Extraction, words: list[Word], position: int, label: str,
               verb: bool) -> bool:
    """Whether the violent trigger at ``words[position]`` is an option, an aim, a rumour, a
    kind of violence or a count so far rather than a deed told (module docstring)."""
    if _rumoured(context, words, position):
        return True
    if label not in _VIOLENT:
        return False
    after = words[position + 1:position + 1 + _SO_FAR_REACH]
    return _so_far(in_clause(context, words, position, after)) or \
        _intended(context, words, position, verb) or _practices(context, words, position)


def _so_far(after: list[Word]) -> bool:
    """«حتى الآن» right after the trigger: a count so far, not one event."""
    return any(word.bare() == "حتي" and index + 1 < len(after) and after[index + 1].has(_NOW)
               for index, word in enumerate(after))


def _intended(context: Extraction, words: list[Word], position: int, verb: bool) -> bool:
    """A violent noun behind «شن»/«تنفيذ» (maybe through «عمليات»: «شن عمليات اغتيال») that
    is an alternative, a predicate of «هو» or the complement of a verb of resorting; or a
    violent word a few words past an intent."""
    text = context.doc.text
    head = position - 1 if position > 0 and words[position - 1].has(_OPERATIONS) else position
    making = head - 1 if head > 0 and words[head - 1].has(_MAKING) and not \
        CLAUSE_END.search(text, words[head - 1].end, words[head].start) else None
    if making is not None and making > 0 and not verb:
        before = words[making - 1]
        if before.norm in _OR or before.norm in _IT_IS:
            return True  # «فرض حصار أو شن عملية برية», «فهو شن هجوم»
        if before.bare() in _TO and _resorting(context, words, making - 1):
            return True  # «أن تلجأ إسرائيل إلى شن عمليات»
    head = making if making is not None else head
    if head > 0 and words[head - 1].norm in _PREVENTING:
        return True  # «وقت لا يكفي لصد هجوم»: what is to be repelled
    for index in range(head - 1, max(-1, head - 1 - _INTENT_REACH), -1):
        if CLAUSE_END.search(text, words[index].end, words[index + 1].start) or \
                words[index].sentence_index != words[head].sentence_index:
            return False
        intents = _INTENT_NOUNS if verb else _INTENTS
        if words[index].norm in intents or words[index].bare() in intents:
            return True  # «عزم عناصر «القاعدة» خطف أية رعية»
    return False


def _rumoured(context: Extraction, words: list[Word], position: int) -> bool:
    """«وحسب شائعة فإن دبابة أطلقت نيرانها عليه»: told by a rumour, as its source, a few
    words before."""
    text = context.doc.text
    for index in range(position - 1, max(-1, position - 1 - _RUMOUR_REACH), -1):
        if CLAUSE_END.search(text, words[index].end, words[index + 1].start):
            return False
        if words[index].has(_RUMOURS) and (
                (index > 0 and words[index - 1].has(_ACCORDING)) or
                (index + 1 < len(words) and words[index + 1].has(_SAYING))):
            return True
    return False


def _practices(context: Extraction, words: list[Word], position: int) -> bool:
    """«لما يجري في العراق من قتل وذبح وخطف»: a violent noun after «من» that, with another
    practice joined by «و» after it, explains a «ما» of going on: violence as a kind, no
    event."""
    if position == 0 or words[position - 1].norm != "من" or position + 1 >= len(words):
        return False
    following = words[position + 1]
    if not (following.norm.startswith("و") and following.norm[1:] in _HARMS):
        return False
    text = context.doc.text
    for index in range(position - 2, max(0, position - 2 - _PRACTICE_REACH), -1):
        if CLAUSE_END.search(text, words[index].end, words[index + 1].start):
            return False
        if words[index].norm in _WHAT and words[index + 1].has(_WHAT_GOES_ON):
            return True
    return False


def _resorting(context: Extraction, words: list[Word], to: int) -> bool:
    """A verb of resorting or being able to a few words before «إلى»/«من» at ``to``, its
    subject between («أن تلجأ إسرائيل إلى»)."""
    text = context.doc.text
    for index in range(to - 1, max(-1, to - 1 - _RESORT_REACH), -1):
        if CLAUSE_END.search(text, words[index].end, words[index + 1].start):
            return False
        if words[index].norm in _RESORTING or words[index].norm.lstrip("وف") in _RESORTING:
            return True
    return False

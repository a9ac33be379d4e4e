"""A violent noun that someone underwent or escaped, told past a long subject.

«تعرّض X لـ/إلى <noun>» and «نجا X من <noun>» assert that the attack took place: the verb
of undergoing or escaping reports its noun as a verb of occurrence does («وقع انفجار»).
kg reads them when the verb stands right before the noun («تعرض لهجوم»); this module reads
them past the subject of the verb, which in news prose is often long, with titles, an
apposed name between commas and a time word:

- «تعرضت وزيرة الدولة بوزارة الطاقة، فلانة الفلانية، لمحاولة اغتيال في ولاية الوحدة»;
- «وتعرضت قاعدة تابعة للجيش في شرق الجزيرة أمس الى هجوم بالصواريخ» («الى» as «لـ»);
- «نجا قائد شرطة النجدة في بغداد، أمس، من محاولة اغتيال».

The noun (or «محاولة» before it) must be governed by «لـ»/«إلى» after «تعرض», or by «من»
after «نجا»; the verb must stand at most ``_REACH`` words before, in the same sentence,
with only commas between the words (no quote, colon or bracket), no other event word, verb of
saying, relative word or second object («ولانتقادات») between, and no negation, modal, fear
or relative word before it («لم يتعرض», «قد يتعرض», «خشية تعرض», «الذي تعرضت فيه»); behind
«و» it must open a clause, not be a masdar joined to another («خشية تسرب الخبر وتعرض»).
Whoever stands between the verb and the noun underwent the attack: it is never the noun's
agent, and the one person named there (a single tagged person, none other) is its target
(``drop_undergoers``): «نجا الوزير فلان، أمس، من انفجار» → target فلان; with two persons
named («الوزيرة فلانة، حرم فلان») none is read.
"""

from __future__ import annotations

import re

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.event_fears import FEAR_WORDS
from kg.relations.index import Arg, Word
from kg.relations.lexicon import find_event

_UNDERGOING = frozenset({"تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا"})
_ESCAPING = frozenset({"نجا", "نجت", "نجوا", "نجيا"})
_ATTEMPTS = frozenset({"محاوله", "محاولات", "محاولتي", "محاولتين"})
_TO = frozenset({"الي"})
_NOT_SO = frozenset({
    "قد", "لن", "لم", "لا", "ما", "ربما", "خشيه", "خوفا", "عدم", "احتمال", "امكانيه", "لئلا",
    "كي", "لكي", "ان", "سوف", "حتي", "اذا", "لو",
})
"""Words right before the verb that make the attack unreal («لم يتعرض», «خشية تعرض»)."""
_STOPS = frozenset({
    "الذي", "التي", "الذين", "اللذين", "اللتين", "عندما", "حين", "حيث", "بينما", "فيما", "اذ",
    "قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "ذكر", "ذكرت", "اضاف", "اضافت", "ثم",
    "لكن", "لكنه", "لكنها", "بعد", "قبل", "اثر", "عقب",
})
"""Words that open another clause between the verb and the noun: the noun is not the
verb's object then («تعرض الوزير لانتقادات بعد الهجوم»)."""
_REACH = 18
_CLAUSE = 6
_PAST = frozenset({"الماضي", "الماضيه", "المنصرم", "المنصرمه"})
"""«في مطلع الصيف الماضي تعرضت قافلة الى هجوم»: a period well before the news, told as its
background (far attacks are read only when told as news)."""
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
_GAP = re.compile(r"[\s،,]*")


def _governed(words: list[Word], position: int) -> tuple[int, str] | None:
    """The index of the word that carries the preposition before the trigger (the trigger
    itself, «محاولة» before it, or the word after a free «إلى»/«من»), and which verb it
    needs: ``"undergo"`` or ``"escape"``."""
    at = position
    if at > 0 and words[at - 1].bare() in _ATTEMPTS:
        at -= 1  # «لمحاولة اغتيال», «من محاولة اغتيال»
    head = words[at]
    prefix = head.readings()[-1][0] if head.readings() else ""
    if prefix[:1] == "و":
        return None  # «ولهجوم»: a second object joined by «و»
    if prefix.removesuffix("ال") == "ل" or prefix == "لل":
        return at, "undergo"  # «لهجوم», «للقصف»
    if at > 0 and words[at - 1].norm in _TO:
        return at - 1, "undergo"  # «الى هجوم»
    if at > 0 and words[at - 1].norm == "من":
        return at - 1, "escape"  # «من انفجار»
    return None


def _joined_object(word: Word) -> bool:
    """«ولانتقادات», «وللهجوم»: a second object joined by «و», so the noun after it is not
    the first object of the verb («تعرض الوزير لانتقادات من النواب، ولهجوم من الصحف»)."""
    prefix = word.readings()[-1][0] if word.readings() else ""
    return prefix.startswith(("ول", "والي")) or word.norm == "والي"


def _plain_gap(context: Extraction, left: Word, right: Word) -> bool:
    """Only spaces and commas between two words of one sentence."""
    if left.sentence_index != right.sentence_index:
        return False
    text = context.doc.text
    return _GAP.fullmatch(text, left.end, right.start) is not None


_NOT_SO_OR_RELATIVES = _NOT_SO | _RELATIVES


def _asserted(context: Extraction, words: list[Word], verb: int) -> bool:
    """The verb at ``words[verb]`` reports the attack: no negation, modal, fear or relative
    word right before it, no fear word or past period in its clause («خشية تسرب الخبر وتعرض
    الرئيس لمحاولة اغتيال», «في الصيف الماضي تعرضت»), and, behind «و», it opens a clause
    (after a comma or at the start of the sentence), not a masdar joined to another
    («وتعرض»)."""
    word = words[verb]
    joined = verb > 0 and _plain_gap(context, words[verb - 1], word)
    if joined and words[verb - 1].bare() in _NOT_SO_OR_RELATIVES:
        return False
    prefix = word.readings()[-1][0] if word.readings() else ""
    if prefix[:1] in {"و", "ف"} and verb > 0 and \
            not context.boundary_between(words[verb - 1], word):
        return False
    for index in range(verb - 1, max(-1, verb - 1 - _CLAUSE), -1):
        if context.boundary_between(words[index], words[index + 1]):
            break
        if words[index].has(FEAR_WORDS) or words[index].bare() in _NOT_SO or \
                words[index].norm in _PAST:
            return False  # «خشية ... وتعرض», «ففي مطلع الصيف الماضي تعرضت»: background
    return True


_UNDERGOING_OR_ESCAPING = _UNDERGOING | _ESCAPING


def undergone_verb(context: Extraction, words: list[Word], position: int) -> int | None:
    """The index of «تعرض»/«نجا» past a subject of more than one word whose object is the
    violent noun at ``position``; None when the construction is not there."""
    governed = _governed(words, position)
    if governed is None:
        return None
    at, kind = governed
    verbs = _UNDERGOING if kind == "undergo" else _ESCAPING
    for index in range(at - 1, max(-1, at - 1 - _REACH), -1):
        word = words[index]
        if not _plain_gap(context, word, words[index + 1]):
            return None
        if word.norm in verbs or word.bare() in verbs:
            if index > at - 3:
                return None  # «تعرض لهجوم», «تعرض الجيش لهجوم»: read already
            return index if _asserted(context, words, index) else None
        if word.norm in _STOPS or word.bare() in _STOPS or find_event(word.norm) is not None \
                or word.has(_UNDERGOING_OR_ESCAPING) or _joined_object(word):
            return None
    return None


def drop_undergoers(context: Extraction, words: list[Word], position: int,
                    draft: Draft) -> None:
    """«تعرضت الوزيرة فلانة، أمس، لمحاولة اغتيال»: a name between the verb and the noun
    underwent the attack (or escaped it); it is no agent of the noun."""
    if draft.verb:
        return
    verb = undergone_verb(context, words, position)
    if verb is None:
        return
    start, end = words[verb].end, words[position].start
    draft.arguments = [a for a in draft.arguments
                       if not (a.role == "agent" and start <= a.start and a.end <= end)]
    if any(a.role == "target" for a in draft.arguments):
        return
    persons = {(m.entity_id, m.start, m.end) for w in words[verb + 1:position]
               if (m := context.mention_starting_in(w)) is not None and m.entity_id is not None
               and m.label == "Person" and m.end <= end}
    if len(persons) == 1:  # «نجا الوزير فلان، أمس، من انفجار»: the one it was aimed at
        entity_id, first, last = persons.pop()
        draft.add("target", Arg(entity_id, first, last))

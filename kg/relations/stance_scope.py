"""Whether the stance at a trigger is asserted, denied by refraining, or not asserted at all.

A stance word inside the scope of another word is often no stance of anyone: a condition
(«إذا عارض الكونغرس الاتفاق»), a hedge («يبدو كأنه يدين», «قد يرفض»), an expectation or a
possibility («من المتوقع أن ... يطالب», «لا أستبعد أن يدعم»), a claim the speaker will
not vouch for («لا نستطيع الجزم بأن تركيا تدعم»), a wish or a fear («نأمل أن تدعم»), the
support someone seeks from others («لضمان تأييد الكونغرس», «سعيا إلى كسب دعم»), or a
stance that is being stopped («تعليق دعمها»). Refraining from a stance («امتنعت مصر عن
إدانة», «تجنب انتقاد») is the stance negated, as «لم تدن»; refraining with no one named
(«الإحجام عن دعوة إيران») asserts nobody's stance.

A definite participle («القوات الموالية لطهران») describes its noun whatever the clause
around it says, so only negation reaches it.
"""

from __future__ import annotations

from typing import Literal

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import ABSTAINING, AVOIDING, NEGATORS, StanceTrigger, find_stance
from kg.relations.polarity import is_negated, modality
from kg.relations.stance_purposes import purpose_noun
from kg.relations.stance_stopping import stopped
from kg.relations.stance_subjunctive import subjunctive

Scope = Literal["asserted", "negated", "unasserted"]

_FRAMES = frozenset({
    # expected, likely, possible, ruled out
    "متوقع", "المتوقع", "يتوقع", "تتوقع", "نتوقع", "اتوقع", "يتوقعون", "توقع", "توقعت",
    "توقعوا", "ينتظر", "المنتظر", "منتظر", "مرجح", "المرجح", "يرجح", "ترجح", "محتمل",
    "المحتمل", "يحتمل", "احتمال", "احتمالات", "امكانيه", "الممكن", "ممكن", "مستبعد",
    "المستبعد", "يستبعد", "نستبعد", "استبعد", "استبعاد",
    # planned, intended, supposed, awaited
    "المقرر", "مقرر", "المفترض", "يفترض", "المرتقب", "يرتقب", "يعتزم", "تعتزم", "نعتزم",
    "يعتزمون", "ينوي", "تنوي", "ننوي",
    # wished, wanted, feared, required
    "يامل", "تامل", "نامل", "ياملون", "نتمني", "يتمني", "تتمني", "يريد", "تريد",
    "نريد", "اريد", "يريدون", "يخشي", "تخشي", "نخشي", "يخشون", "خشيه", "ينبغي", "يجب",
    "يتعين",
    # hinted
    "لمح", "لمحت", "لمحوا", "المح", "المحت", "المحوا", "يلمح", "تلمح", "ملمحا", "ملمحه",
})
"""Words whose «أن» clause is expected, possible, planned, wished, feared or hinted at, not
asserted: «ومن المتوقع أن يتبنى الاتحاد ... ويطالب», «وتوقع محللون أن تعلن مصر رفضها»."""

_WISH_NOUNS = frozenset({
    "امله", "املها", "املهم", "املنا", "امالها", "اماله", "تمنيه", "تمنياته", "تمنياتها",
    "تطلعه", "تطلعها", "تطلعهم", "تطلعنا", "رغبته", "رغبتها", "رغبتهم", "رغبتنا",
})
"""A wish voiced with a light verb: «أعرب عن أمله في أن تدعم», «أبدى رغبته في أن». The noun
governs only the «أن» right after it (past «في», «ب» or «إلى»), not a later «إن» of another
verb («عن أمله في نجاح المؤتمر، وقال إن ...»)."""

_WISH_REACH = 2

_VOUCHING = frozenset({
    "الجزم", "جزم", "نجزم", "يجزم", "اجزم", "التاكد", "التاكيد", "القول", "المؤكد", "مؤكد",
    "الواضح", "واضح", "نعرف", "نعلم", "يعرف", "يعلم", "اعرف", "اعلم", "استغرب", "نستغرب",
    "يستغرب", "مستغربا",
})
"""Words of knowing and vouching: negated («لا نستطيع الجزم بأن», «ليس من المؤكد أن», «لا
أستغرب أن») their clause is a possibility. Un-negated they assert («من المؤكد أن»), and
«لا شك أن» asserts too: «شك» is not here."""

_THAT = frozenset({"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم", "كانه",
                   "كانها", "كانهم", "اذا"})
"""What opens the clause a frame word governs («أن», «بأن», «كأنه», «ما إذا»)."""

_NOT_THAT = frozenset({"بعد", "قبل", "منذ", "رغم", "برغم", "مع", "حين", "وبعد", "وقبل", "الا",
                       "غير"})
"""«بعد أن أدان», «رغم أن»: a clause that happened, not one expected; «إلا أن», «غير أن»
(however) open an asserted clause too: «بأسرع وقت ممكن، إلا أنها لم تدعم ...» is no
possibility."""

_CLAUSE_STARTS = frozenset({
    "لكن", "ولكن", "لكنه", "لكنها", "بينما", "فيما", "حين", "حيث", "بل", "الذي", "التي",
    "الذين", "اللذين", "اللتين", "اما", "واما",
})
"""Words that open another clause, which the frame before them does not reach."""

_CLAUSE_ENDS = frozenset(".؟?!«»“”\"")
_COMMAS = frozenset("،,:;؛")

_NOUN_FRAMES = frozenset({"احتمال", "امكانيه", "نيه", "نيتها", "نيته", "نيتهم", "فرص",
                          "فرصه"})
"""«احتمال دعم», «نيتها تعليق دعمها»: a stance noun governed by a word of possibility."""

_ACQUIRING = frozenset({"ضمان", "كسب", "حشد", "انتزاع", "نيل", "استقطاب", "استماله", "حصد",
                        "تامين", "جلب", "حصول"})
"""«ضمان تأييد الكونغرس», «حشد الدعم», «الحصول على دعم»: the stance is someone else's,
sought."""

_ATTEMPTING = frozenset({"سعيا", "سعي", "اجل", "لاجل", "بهدف", "بغيه", "محاوله", "يسعي",
                         "تسعي", "يسعون", "نسعي", "يحاول", "تحاول", "يحاولون", "نحاول"})
"""What makes acquiring a goal: «سعيا إلى كسب», «من أجل حشد», «تحاول انتزاع». Acquiring
that happened («نجح في كسب تأييد») asserts the other side's stance."""

_CEASING = frozenset({"تعليق", "وقف", "قطع", "انهاء", "تجميد", "سحب", "تقليص"})
"""«تعليق دعمها», «وقف دعم»: a stance being stopped is no stance now."""

_REFRAINING_NOUNS = frozenset({"امتناع", "امتناعه", "امتناعها", "امتناعهم", "احجام", "احجامه",
                               "احجامها", "احجامهم"})
"""«امتناعها عن إدانة», «الإحجام عن دعوة»: refraining named by its verbal noun."""
_ABSTAINING = ABSTAINING | _REFRAINING_NOUNS

_AUXILIARIES = frozenset({
    "يعد", "تعد", "نعد", "اعد", "يعودوا", "يستطيع", "تستطيع", "نستطيع", "استطيع", "يستطيعون",
    "يستطع", "تستطع", "نستطع", "يستطيعوا",
})
"""«لم تعد مصر تدعم», «لا نستطيع أن ندعم»: a negated auxiliary negates the stance after it
(«لا يزال» is no negation, see ``lexicon.NOT_NEGATIONS``)."""

_WITHOUT = frozenset({"دون", "بدون", "ودون"})

_WILL = frozenset({"سوف", "وسوف", "فسوف"})
_IF_AFTER = frozenset({"اذا", "لو", "طالما"})
_IF_AFTER_REACH = 12

_FRAME_REACH = 12
_REFRAIN_REACH = 6
_OPENER_REACH = 5
"""How far before its «أن» a frame word may stand: «وتوقع محللون غربيون أن»."""


def stance_scope(context: Extraction, words: list[Word], position: int,
                 trigger: StanceTrigger) -> Scope:
    """Whether the stance at ``words[position]`` is asserted, negated by a word of
    refraining (negation proper is :func:`kg.relations.polarity.is_negated`), or not
    asserted: conditional, hedged, denied, expected, sought or being stopped."""
    word = words[position]
    if not _attributive(word):
        if modality(context, words, position, strict=True) in {
                "conditional", "hedged", "denied"} or \
                _framed(context, words, position):
            return "unasserted"
        if _sought(context, words, position) or _ceased(context, words, position) or \
                _unless(context, words, position) or _conditioned_after(context, words, position):
            return "unasserted"
        if subjunctive(context, words, position):  # «أوصى بأن تعمل X بالتنسيق مع Y»
            return "unasserted"
    if trigger.noun:
        refrained = _refrained(context, words, position) or stopped(context, words, position)
        if refrained is not None:
            return refrained
    if _without(context, words, position, trigger) or \
            _negated_auxiliary(context, words, position):
        return "negated"
    return "asserted"


def _attributive(word: Word) -> bool:
    """«الموالية», «المؤيدين», «المناهضين»: a definite participle describing its noun. A
    form III «مفاعلة» («المساندة», «المعارضة», «المطالبة») may be the verbal noun instead."""
    bare = word.bare()
    if not bare.startswith("م") or not any("ال" in prefix for prefix, _ in word.readings()):
        return False
    return bare.startswith("موال") or not (len(bare) == 6 and bare[2] == "ا" and
                                            bare.endswith("ه"))


def _before(context: Extraction, words: list[Word], position: int, limit: int,
            commas: bool) -> list[int]:
    """The indices of up to ``limit`` words before ``position`` in its clause, nearest
    first; across commas when ``commas``."""
    found: list[int] = []
    index = position - 1
    while index >= 0 and len(found) < limit:
        gap = context.gap(words[index], words[index + 1])
        if not _CLAUSE_ENDS.isdisjoint(gap) or (not commas and not _COMMAS.isdisjoint(gap)):
            break
        found.append(index)
        index -= 1
    return found


def _is(word: Word, table: frozenset[str]) -> bool:
    """The word, or the word without its clitics («وألمحت», «لضمان»), is in ``table``."""
    return word.norm in table or word.has(table)


def _framed(context: Extraction, words: list[Word], position: int) -> bool:
    """An expectation, a wish or an unvouched claim governs the clause of the trigger:
    «من المتوقع أن يتبنى الاتحاد المعايير ويطالب», «لا نستطيع الجزم بأن تركيا تدعم»,
    «لا أستغرب أن أسمع أن نتنياهو سيطلب», «احتمال دعم». Going back from the trigger, the
    clause opener («أن») comes before any comma, and the frame word a few words before the
    opener («وتوقع محللون أن»)."""
    opened_at: int | None = None
    for index in _before(context, words, position, _FRAME_REACH, commas=True):
        word = words[index]
        if opened_at is None and context.boundary_between(word, words[index + 1]):
            return False
        if word.norm in _CLAUSE_STARTS:
            return False
        if word.norm in _THAT:
            if index > 0 and words[index - 1].norm in _NOT_THAT:
                return False
            opened_at = index
            continue
        if index == position - 1 and _is(word, _NOUN_FRAMES):
            return True
        if opened_at is None:
            continue
        if opened_at - index > _OPENER_REACH:
            return False
        if _is(word, _FRAMES) or (_is(word, _VOUCHING) and _negated_near(words, index)):
            return True
        if opened_at - index <= _WISH_REACH and _is(word, _WISH_NOUNS):
            return True
    return False


def _negated_near(words: list[Word], index: int) -> bool:
    """A negator one or two words before ``words[index]``: «لا أستغرب», «لا نستطيع الجزم»,
    «ليس من المؤكد», «من غير الواضح»."""
    return any(w.norm in NEGATORS for w in words[max(0, index - 2):index])


def _sought(context: Extraction, words: list[Word], position: int) -> bool:
    """«لضمان تأييد الكونغرس للاتفاق», «سعيا إلى كسب دعم الدول», «من أجل الحصول على
    دعم»: the stance noun is what a goal would obtain from someone."""
    index = position - 1
    if index > 0 and words[index].norm == "علي":
        index -= 1
    if index < 0 or context.boundary_between(words[index], words[position]):
        return False
    acquiring = words[index]
    if not _is(acquiring, _ACQUIRING):
        return False
    if any(prefix.lstrip("وف").startswith("ل") for prefix, rest in acquiring.readings()
           if rest in _ACQUIRING):
        return True  # «لضمان», «لكسب», «للحصول»
    return any(_is(w, _ATTEMPTING) for w in words[max(0, index - 3):index])


def _ceased(context: Extraction, words: list[Word], position: int) -> bool:
    """«تعليق دعمها لحزب الله», «وقف دعم المتمردين»: the stance named as being stopped."""
    if position == 0 or context.boundary_between(words[position - 1], words[position]):
        return False
    return _is(words[position - 1], _CEASING)


def _refrained(context: Extraction, words: list[Word], position: int) -> Scope | None:
    """«امتنعت مصر عن إدانة الهجوم», «تجنب الرئيس انتقاد إيران»: negated; «الإحجام عن
    دعوة إيران», with nobody named as refraining: unasserted; «لم تمتنع عن إدانة»:
    asserted. None when no word of refraining governs the trigger."""
    about = position > 0 and words[position - 1].norm == "عن"
    if purpose_noun(words, position):
        return None  # «أوقفت السويد الصفقة استنكارا لـ»: the purpose of stopping another thing
    for index in _before(context, words, position, _REFRAIN_REACH, commas=False):
        word = words[index]
        table = _ABSTAINING if about else AVOIDING
        if not _is(word, table):
            continue
        if is_negated(context, words, index):
            return "asserted"
        if any("ال" in prefix for prefix, rest in word.readings() if rest in table):
            return "unasserted"
        return "negated"
    return None


def _unless(context: Extraction, words: list[Word], position: int) -> bool:
    """«ما لم تدعم قطر الاتفاق»: «unless», a condition, not a negation."""
    for index in _before(context, words, position, 4, commas=False):
        if words[index].norm == "لم":
            return index > 0 and words[index - 1].norm in {"ما", "وما"}
    return False


def _without(context: Extraction, words: list[Word], position: int,
             trigger: StanceTrigger) -> bool:
    """«دون أن تنتقد مصر قطر», «من دون إدانة الهجوم»: the stance not taken."""
    if position > 0 and trigger.noun and words[position - 1].norm in _WITHOUT:
        return True
    for index in _before(context, words, position, 4, commas=False):
        if words[index].norm in _WITHOUT:
            return index + 1 < position and words[index + 1].norm == "ان"
    return False


def _negated_auxiliary(context: Extraction, words: list[Word], position: int) -> bool:
    """«لم تعد مصر تدعم الحوثيين», «لا نستطيع أن ندعم»: the negator stands before the
    auxiliary; «أن» or the subject may stand between it and the trigger."""
    for index in _before(context, words, position, 5, commas=False):
        word = words[index]
        if word.norm in _AUXILIARIES or word.bare() in _AUXILIARIES:
            return is_negated(context, words, index)
        if word.norm != "ان" and context.covering_mention(word.start) is None:
            return False
    return False


def _conditioned_after(context: Extraction, words: list[Word], position: int) -> bool:
    """«وستدعم قطر الاتفاق إذا ...», «سوف ندين ... في حال ...»: a future stance whose
    condition follows it in the sentence (across commas, not past a full stop or a quote)."""
    hit = find_stance(words[position].norm)
    future = (hit is not None and "س" in hit.prefix) or (
        position > 0 and words[position - 1].norm in _WILL)
    if not future:
        return False
    for index in range(position + 1, min(len(words), position + 1 + _IF_AFTER_REACH)):
        if not _CLAUSE_ENDS.isdisjoint(context.gap(words[index - 1], words[index])):
            return False
        word = words[index]
        if word.norm in _IF_AFTER or word.bare() in _IF_AFTER or (
                word.bare() in {"حال", "حاله"} and words[index - 1].norm in {"في", "وفي"}):
            return True
    return False

"""Events told as scheduled, proposed or to come: prospects, not events of the news.

``event_happened.happened`` reads the markers of a planned event right before its trigger
(«سوف», «يعتزم», «تخطط», «دعا»), a future verb that governs it («سيشارك في قمة»), a
subjunctive («أن تعقد اللجنة اجتماعا») and «المرتقب» after it. Read on unseen news
(session 14), three more families:

- a schedule or an expectation that opens the clause: «ومن المقرر عقد اجتماع ...», «من
  المتوقع أن يوقع الوزير اتفاقا», «ومن المنتظر أن يصل ... في زيارة»: whatever the verb
  between, the event is still to come; so is one told as needed or possible («من الضروري عقد
  قمة», «من الممكن أن يلتقي»);
- a proposal, a demand, an aim or a date set for a gathering, a visit, a sanction or a
  withdrawal: «اقترحت روسيا اتفاقا», «طالبت مصر بعقد اجتماع», «تسعى إلى التوصل إلى
  اتفاق», «مع قرب التوصل لاتفاق», «الموعد الذي حدده الاتحاد لاجتماع». A violent event
  after such a word happened («طالب بوقف الهجوم»), and a definite one is known («من أجل
  تأمين إبرام الاتفاق»), so they are kept;
- what a plan or a text provides for, told in the present: «يقبل السودان بتسوية تتضمن نشر
  مستشارين», «خطة تنص على انسحاب القوات» (for the same classes as a proposal);
- an event said not to have been made: «دون التوصل لاتفاق», «بدون قتال»;
- a noun trigger right after a future verb it is the subject or object of: «وستبحث
  القمة», «وسيكون الاجتماع في جدة», «ستتم الزيارة» (a verb of going on, «ستستمر الغارات»,
  does not make an ongoing event a prospect).

A time adjunct set off by commas between the marker and the trigger («وكان من المرتقب أن يشارك
الرئيس، مساء أمس، في اجتماع») does not end the reach of the marker.

A deployment, a withdrawal, a sanction or a meeting supported, opposed, voted on,
allowed, prepared or ruled out is a prospect too (``event_advocated``).

A background governor between the marker and the trigger («يفترض أن تعيه الدول بعد توقيع
الاتفاق») ends the reach: the event it governs is told as past; not one that dates a verb
with a span of time («سمح قبل 12 يوماً بإرسال قوات», ``event_dating_spans``). A deployment,
a withdrawal or a sanction whose predicate is a word of duty or need («أن إرسال جنود يجب أن
ينظر إليه بحذر») is a policy weighed (``event_modal_subjects``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_advocated import advocated
from kg.relations.event_dating_spans import dates_verb
from kg.relations.event_modal_subjects import modal_subject
from kg.relations.index import Word
from kg.relations.lexicon import BACKGROUND_GOVERNORS, CLAUSE_OPENERS, FUNCTION_WORDS, find_event

SCHEDULE_WORDS = frozenset({
    "المقرر", "المقرره", "المتوقع", "المتوقعه", "المنتظر", "المزمع", "المفترض", "المرتقب",
    "المرجح", "المامول",
})
"""After «من», before «أن» or a verbal noun: «من المقرر أن», «من المتوقع توقيع»."""

MODAL_WORDS = frozenset({
    "الضروري", "اللازم", "الواجب", "المهم", "الافضل", "المستحسن", "المطلوب", "الممكن",
    "المحتمل",
})
"""After «من», before «أن» or a verbal noun, a need or a possibility: «من الضروري عقد قمة», «من
الممكن أن يلتقي»: the event is wished or possible, not done."""

EXPECTING_VERBS = frozenset({"يتوقع", "تتوقع", "يتوقعون", "يرتقب", "يفترض", "يرجح", "ترجح"})
"""Before «أن»: «يتوقع أن يزور», «يرجح أن تعقد»."""

PROPOSING_WORDS = frozenset({
    "اقترح", "اقترحت", "اقترحوا", "يقترح", "تقترح", "اقتراح", "اقتراحا", "مقترح", "مقترحا",
    "طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "مطالبه", "مطالبا", "مطالبته",
    "سعي", "يسعي", "تسعي", "يسعون", "مساعي", "سعيا", "يامل", "تامل", "نامل", "امل", "املا",
    "يتطلع", "تتطلع", "قرب", "اقتراب", "بهدف", "اجل", "موعد", "موعدا", "الموعد", "موعده",
    "موعدها",
    # a hope, a wish or a readiness told with its owner's pronoun («أعرب عن أمله في لقاء
    # الملك», «أبدى رغبته في زيارة المملكة», «عن استعداده لاستضافة الاجتماع»)
    "امله", "املها", "املهم", "املهما", "تطلعه", "تطلعها", "تطلعهم", "رغبه", "رغبته",
    "رغبتها", "رغبتهم", "يرغب", "ترغب", "استعداده", "استعدادها", "استعدادهم", "يتمني",
    "تتمني", "تمنيه", "تمنياته",
})
"""Before a gathering, a visit, a sanction or a withdrawal (or the verbal noun that makes
it): a proposal, a demand, an aim, a hope, a date set."""

CONTAINING_VERBS = frozenset({"يتضمن", "تتضمن", "ينص", "تنص"})
"""The content of a plan, a settlement or a text, in the present, told right after the noun
it describes: «يقبل بتسوية تتضمن نشر مستشارين», «خطة تنص على انسحاب القوات»: what it provides
for is not done (the past «تضمنت الزيارة لقاء» tells what happened; a verb that opens its
clause, «إذ ينص اتفاق بروكسل على التصويت», has the event noun as its subject)."""

HOPING_VERBS = frozenset({
    "يامل", "تامل", "يأمل", "نامل", "يتطلع", "تتطلع", "يرغب", "ترغب", "يتمني", "تتمني",
    "يعتزم", "تعتزم", "ينوي", "تنوي",
})
"""Verbs of hoping, wishing or intending: whatever subject stands between them and the
gathering in their clause («ويأمل رئيس الوزراء العراقي حيدر العبادي في زيارة الرياض»), the
gathering is still to come."""

MAKING_NOUNS = frozenset({
    "عقد", "توقيع", "التوقيع", "ابرام", "اجراء", "تنظيم", "التوصل", "توصل", "فرض", "بدء",
    "استئناف", "اتمام",
})
"""Verbal nouns that govern an event noun («عقد اجتماع», «التوصل إلى اتفاق»): what stands
before them tells whether the event is reported."""

FUTURE_PREDICATES = frozenset({
    "يكون", "تكون", "يبحث", "تبحث", "يناقش", "تناقش", "يتناول", "تتناول", "يشمل", "تشمل",
    "يتم", "تتم", "ياتي", "تاتي", "يركز", "تركز", "يعقد", "تعقد", "يجري", "تجري", "يبدا",
    "تبدا", "ينطلق", "تنطلق", "يضم", "تضم", "يستضيف", "تستضيف", "يشهد", "تشهد", "يفرض",
    "تفرض", "يفرضون",
})
"""Verbs whose future («وستبحث القمة», «سيكون الاجتماع») right before a trigger noun makes
it a prospect; not verbs of going on («ستستمر»), which an ongoing event takes."""

WITHOUT_WORDS = frozenset({"دون", "بدون", "ودون", "وبدون"})
"""Right before the trigger or the verbal noun that makes it: «انتهت الاجتماعات دون التوصل
لاتفاق», «دون قتال»: the event was not made."""

_QUIET = frozenset({"Attack", "Killing", "MilitaryOperation", "Protest"})
"""Classes that a proposal or a demand before them does not make a prospect: «طالب بوقف
الهجوم» demands an end to an attack that happened."""

_THAT = frozenset({"ان", "بان"})
_FROM = frozenset({"من", "ومن"})
_REACH = 10
"""How far back in its clause a schedule may open («ومن المنتظر أن يصل الوزير إلى الرياض
في زيارة»)."""
_NEAR = 4


def prospect(context: Extraction, words: list[Word], position: int, label: str) -> bool:
    """Whether the trigger at ``words[position]`` names a scheduled, proposed or coming
    event rather than one of the news (see the module's docstring)."""
    before = _clause_before(context, words, position, _REACH)
    governed = next((n for n, index in enumerate(before)
                     if words[index].has(BACKGROUND_GOVERNORS) and
                     not dates_verb(words, index, position)), None)
    if governed is not None:  # «يفترض أن تعيه الدول بعد توقيع الاتفاق»: the deal is past
        before = before[:governed]
    if _without(words, before):
        return True
    if _scheduled(words, before, position) or \
            _scheduled(words, _past_time_aside(context, words, position, before), position):
        return True
    definite = _definite(words[position])
    if label not in _QUIET and not definite and _proposed(words, before, position):
        return True
    if advocated(words, before, position, label, definite):
        return True  # «تدعم نشر قوة دولية», «التصويت على نشر قوة»: a policy, not an event
    if modal_subject(context, words, position, label):
        return True  # «أن إرسال عسكريين ... يجب أن ينظر إليه بحذر»: a policy weighed
    return _future_predicate(words, position, before)


def _clause_before(context: Extraction, words: list[Word], position: int,
                   limit: int) -> list[int]:
    """Indexes of up to ``limit`` words before the trigger, nearest first, up to the nearest
    punctuation."""
    trigger = words[position]
    start = max(0, position - limit)
    while start < position and words[start].sentence_index != trigger.sentence_index:
        start += 1
    if start == position:
        return []
    mark = context.index.last_boundary(words[start], trigger)
    return [index for index in range(position - 1, start - 1, -1)
            if mark is None or words[index].start >= mark]


_ASIDE_TIMES = frozenset({"صباح", "مساء", "ظهر", "فجر", "ليل", "ليله", "عصر", "يوم", "امس",
                          "اليوم", "غدا"})
_ASIDE_WORDS = 3

def _past_time_aside(context: Extraction, words: list[Word], position: int,
                     before: list[int]) -> list[int]:
    """The clause before a time adjunct set off by commas that ``before`` stops at: «وكان من
    المرتقب أن يشارك الرئيس، مساء أمس، في اجتماع» reads back past «، مساء أمس،» to the
    schedule; ``[]`` when no such adjunct closes the clause before the trigger."""
    first = before[-1] if before else position
    end = first - 1
    if end < 1 or not context.boundary_between(words[end], words[first]):
        return []
    start = end
    while start > 0 and end - start < _ASIDE_WORDS and \
            not context.boundary_between(words[start - 1], words[start]):
        start -= 1
    if start == 0 or not context.boundary_between(words[start - 1], words[start]) or \
            not all(w.norm in _ASIDE_TIMES or w.bare() in _ASIDE_TIMES
                    for w in words[start:end + 1]):
        return []
    return [*before, start - 1, *_clause_before(context, words, start - 1, _REACH)]


def _scheduled(words: list[Word], before: list[int], position: int) -> bool:
    """«من المقرر أن», «من المتوقع توقيع», «يتوقع أن» before the trigger in its clause."""
    for index in before:
        word = words[index]
        following = words[index + 1] if index + 1 < position else words[position]
        if (word.norm in SCHEDULE_WORDS or word.norm in MODAL_WORDS) and index > 0 and \
                words[index - 1].norm in _FROM and (following.norm in _THAT or
                                                    following.has(MAKING_NOUNS) or
                                                    index + 1 == position):
            return True
        if word.has(EXPECTING_VERBS) and following.norm in _THAT:
            return True
    return False


def _definite(word: Word) -> bool:
    """«الاتفاق», «للاتفاقية»: a known event, which a proposal about it («من أجل تأمين إبرام
    الاتفاق», «طالب بإلغاء الاتفاق») does not make a prospect."""
    hit = find_event(word.norm)
    return hit is not None and ("ال" in hit.prefix or hit.prefix.endswith("لل"))


def _without(words: list[Word], before: list[int]) -> bool:
    """«دون اتفاق», «دون التوصل لاتفاق»: the event is said not to have been made."""
    if not before:
        return False
    if words[before[0]].norm in WITHOUT_WORDS:
        return True
    return len(before) > 1 and words[before[0]].has(MAKING_NOUNS) and \
        words[before[1]].norm in WITHOUT_WORDS


def _proposed(words: list[Word], before: list[int], position: int) -> bool:
    """A proposing word a few words before the trigger, or before the verbal noun that makes
    it («طالبت مصر بعقد اجتماع»)."""
    near = before[:_NEAR]
    if any(words[index].has(PROPOSING_WORDS) or _content_of(words, index) for index in near):
        return True  # «طالبت مصر باجتماع», «تسوية تتضمن نشر مستشارين»
    for index in before:  # «ويأمل رئيس الوزراء العراقي حيدر العبادي في زيارة الرياض»
        if words[index].norm in _THAT:
            break  # «يأمل أن تسهم زيارة الرئيس في ...»: the visit is the hope's subject
        if words[index].has(HOPING_VERBS):
            return True
    maker = next((index for index in before[:2] if words[index].has(MAKING_NOUNS)), None)
    if maker is None:
        return False
    return any(words[index].has(PROPOSING_WORDS)
               for index in before if maker - _NEAR <= index < maker)


def _content_of(words: list[Word], index: int) -> bool:
    """A bare present verb of content at ``words[index]`` right after the noun it describes
    («بتسوية تتضمن»), not one that opens its clause («إذ ينص اتفاق», «وتتضمن الخطة»)."""
    word = words[index]
    if word.norm not in CONTAINING_VERBS or index == 0:
        return False
    before = words[index - 1]
    return before.sentence_index == word.sentence_index and \
        before.norm not in CLAUSE_OPENERS and before.norm not in FUNCTION_WORDS


def _future_predicate(words: list[Word], position: int, before: list[int]) -> bool:
    """«وستبحث القمة», «سيكون الاجتماع»: the trigger right after a future verb."""
    if not before or before[0] != position - 1:
        return False
    return any(prefix.endswith("س") and rest in FUTURE_PREDICATES
               for prefix, rest in words[position - 1].readings())

"""«مصادر أمنية»: the security adjective is no wish, with or without the article.

Normalised, the adjective «أمنية» (of security: «مصادر أمنية», «قوات أمنية», «حملة أمنية»)
is spelt as the noun «أُمنية» (a wish), one of the words that make an event planned or
hoped for (``PLANNED_WORDS``). In news prose the adjective is by far the commoner, and it
stands before the commonest report of a killing: «أعلنت مصادر أمنية عراقية أمس مقتل رجل
دين», «وذكرت مصادر امنية مقتل ثلاثة جنود». «أمنية» with no article right after a head
noun it can describe (a source, a force, a campaign, a measure: ``_DESCRIBED``) is that
adjective and makes nothing planned; «كانت أمنيته لقاء الرئيس» still does.

Such sources mostly announce the death of someone unnamed: a death noun whose genitive is an
indefinite noun of a person's status («مقتل رجل دين», «مقتل جندي»), object of a verb of
announcing a few words before it, is reported as ``announced_death`` reports a named dead
(``announced_status_death``).

«أي» and «أية» (any) are planning words only as printed (maybe behind «و», «ف», «ب»): «ولاية»
(a state, «ولاية بورنو») is no «و» + «ل» + «أية» (``planned_before``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_announced_deaths import DEATH_NOUNS, announced_before
from kg.relations.event_clauses import has_any
from kg.relations.event_draft import Draft
from kg.relations.event_genitives import PERSON_STATUS
from kg.relations.index import Word
from kg.relations.lexicon import INTERROGATIVES, PLANNED_WORDS

_ADJECTIVE = "امنيه"
_PLANNING = PLANNED_WORDS | INTERROGATIVES
_DESCRIBED = frozenset({
    "مصادر", "مصدر", "قوات", "قوه", "اجهزه", "عناصر", "دوريات", "دوريه", "عمليه", "عمليات",
    "حمله", "حملات", "اجراءات", "خطه", "تعزيزات", "وحدات", "وحده", "اوساط", "تقارير",
    "حوادث", "احداث", "اوضاع", "ترتيبات", "جهات", "جهه", "تدابير", "مصالح", "دوائر", "لجنه",
    "اسباب", "لاسباب", "معلومات", "تقديرات", "ضرورات", "حراسه", "مراكز", "نقاط", "نقطه",
    "حاله", "تطورات", "احتياطات", "مخاوف", "اعتبارات", "ظروف", "خروقات", "ازمه", "تحديات",
    "تهديدات", "اختراقات", "منطقه", "مناطق", "شركه", "شركات", "خدمات", "اجتماعات", "لجان",
    "مسؤوليات", "قياده", "قيادات", "مؤسسه", "مؤسسات", "مقرات",
})
"""Head nouns that the security adjective «أمنية» describes («مصادر أمنية», «لأسباب أمنية»)."""


def planned_before(words: list[Word], before: list[Word]) -> bool:
    """Whether the clause ``before`` a trigger of ``words`` (nearest word first) holds a word
    of planning, hoping or asking, the security adjective «أمنية» after its head noun aside."""
    if not has_any(before, _PLANNING):
        return False
    return any(_planning(word) for word in wish_words(words, before))


_ANY = frozenset({"اي", "ايه", "اية"})
"""«أي», «أية» (any): short words that other words hold once their first letters are read as
clitics («ولاية» read as «و» + «ل» + «اية»)."""


def _planning(word: Word) -> bool:
    """A word of planning, hoping or asking; «أي»/«أية» only bare or behind «و»/«ف»/«ب» (not
    the «ولاية» of «ولاية بورنو», a state)."""
    return any(rest in PLANNED_WORDS or rest in INTERROGATIVES
               for prefix, rest in word.readings()
               if rest not in _ANY or prefix in {"", "و", "ف", "ب", "وب", "فب"})


def wish_words(words: list[Word], window: list[Word]) -> list[Word]:
    """The words of ``window`` (words of ``words``) less each «أمنية» that describes the
    noun right before it («مصادر أمنية», «الحملة الأمنية»)."""
    if not words:
        return window
    first = words[0].index
    return [word for word in window
            if not (word.has({_ADJECTIVE}) and 0 < word.index - first < len(words)
                    and words[word.index - first - 1].has(_DESCRIBED))]


def announced_status_death(context: Extraction, words: list[Word], position: int,
                           draft: Draft) -> bool:
    """«أعلنت مصادر أمنية عراقية أمس مقتل رجل دين», «وذكرت الشرطة مقتل جندي»: a death noun
    with no preposition whose genitive is an indefinite noun of a person's status (not a
    name: ``announced_death`` reads those), the object of a verb of announcing a few words
    before it in its clause, reports the death as news."""
    if draft.verb or draft.label != "Killing" or position + 1 >= len(words) or \
            not any(rest in DEATH_NOUNS for prefix, rest in words[position].readings()
                    if prefix in {"", "و", "ف"}):
        return False
    victim = words[position + 1]
    if context.boundary_between(words[position], victim) or \
            not any(prefix == "" and rest in PERSON_STATUS for prefix, rest in victim.readings()):
        return False  # «مقتل الجندي»: one told before; «مقتل فلان»: ``announced_death``
    return announced_before(context, words, position)

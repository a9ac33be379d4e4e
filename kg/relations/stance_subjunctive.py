"""A stance inside a subjunctive «أنْ» clause is wanted, recommended or owed, not taken.

«أنْ» followed at once by an imperfect verb makes that verb a wish, a plan, a demand or a
duty of whatever governs it: «أوصى الاجتماع بأن تعمل الجامعة العربية بالتنسيق مع الويبو»,
«وأن تعمل الجامعة العربية وبالتنسيق مع الويبو على جمع التقارير» (an item of a list of
recommendations), «طالب X بأن تدين Y الهجوم», «يجب أن تدعم الدول ...». The trigger is that
verb itself («بأن تدين الأمم المتحدة»), or stands right after it past only the verb's
subject and a preposition («أن تعمل الجامعة العربية بالتنسيق», «أن يعرب X عن دعمه»).

Not subjunctive:

- the factual «أنّ», spelt alike, which its noun or pronoun follows («أكد أن مصر تدعم»,
  «أنه يدعم», «أن تصريحات X»): a name, a plural in «ات», a word in «ة», a verbal noun
  «تفعيل» («أن تنسيق البلدين») is no imperfect verb;
- «بعد أن», «قبل أن», «منذ أن», «سبق أن», «اعتاد أن», «استطاع أن», «قرر أن» narrate
  what happened or was decided; «دون أن تنتقد» and «لا نستطيع أن ندعم» negate the stance.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import NEGATORS

_THAT = frozenset({"ان", "وان", "بان", "وبان"})
_NARRATED = frozenset({
    "بعد", "وبعد", "قبل", "وقبل", "منذ", "سبق", "وسبق", "اعتاد", "اعتادت", "اعتادوا",
    "استطاع", "استطاعت", "استطاعوا", "تمكن", "تمكنت", "قرر", "قررت", "قرروا", "وقرر",
    "وقررت", "لبث", "يلبث", "تلبث", "دون", "بدون", "ودون",
})
"""Words before «أن» whose clause happened or was decided: «بعد أن أدان», «قررت أن تقاطع»;
«دون أن تنتقد» is the stance negated (``stance_scope._without``)."""

_BETWEEN = frozenset({"عن", "علي", "الي", "في", "مع"})
"""Prepositions a light verb puts before its stance noun: «أن يعرب X عن دعمه»."""

_ARTICLE = frozenset({"ال", "بال", "لل"})
"""The article, alone or after «ب» or «ل», before a word's stem."""

_REACH = 8
_STOPS = frozenset(".،,:;؛؟?!«»“”\"()")


def _imperfect(context: Extraction, word: Word) -> bool:
    """«تعمل», «يدعم», «تتبنى», «نطالب»: an imperfect verb, not a name nor a noun in «ت»; no
    word with the article («أن التعاون بين X و Y مستمر»: a definite verbal noun of form VI or
    V, which reads «تعاون» once the article is off, after the factual «أنّ»)."""
    bare = word.bare()
    if bare[:1] not in {"ي", "ت", "ن"} or len(bare) < 4 or bare.startswith("ال") or \
            _ARTICLE.intersection(prefix.lstrip("وف") for prefix, _ in word.readings()) or \
            bare.endswith(("ات", "ه")) or context.covering_mention(word.start) is not None:
        return False
    return not (bare[0] == "ت" and len(bare) == 5 and bare[3] == "ي")  # «تنسيق», «تأييد»


def subjunctive(context: Extraction, words: list[Word], position: int) -> bool:
    """The trigger at ``words[position]`` is the verb of a subjunctive «أنْ» clause, or
    follows that verb past only its subject (see the module's docstring)."""
    for index in range(position - 1, max(-1, position - _REACH - 1), -1):
        if not _STOPS.isdisjoint(context.gap(words[index], words[index + 1])):
            return False
        word = words[index]
        if word.norm not in _THAT:
            continue
        if (index > 0 and words[index - 1].norm in _NARRATED) or \
                any(w.norm in NEGATORS for w in words[max(0, index - 2):index]):
            return False  # «لا نستطيع أن ندعم»: a negated auxiliary negates the stance
        verb = index + 1
        if not _imperfect(context, words[verb]):
            return False
        return all(context.covering_mention(w.start) is not None or w.norm in _BETWEEN
                   for w in words[verb + 1:position])
    return False

"""A stance inside an allegation, a charge, a denial or a warning: not a fact.

«وزعم الحوثيون أن السعودية تدعم تنظيم القاعدة», «وادعت طهران أن واشنطن تؤيد الانفصاليين»,
«واتهمت السعودية إيران بأنها تدعم الحوثيين», «مزاعم بأن تركيا تساند داعش»: the verb or
noun of alleging or accusing governs the «أن» clause of the stance word; the reporter does
not vouch for it, and the one accused may deny it. The stance of the clause is not asserted
(the allegation itself is the claimant's, read elsewhere: «اتهمت» is ``criticizes``). A
denial («نفى X أن تكون Y قد دعمت Z») asserts the clause's stance still less.

A warning «من أن» names what is feared, not what is: «وحذر أوباما من أن رفض الكونغرس
للاتفاق سيضر بالبلاد» asserts no rejection by Congress, «حذر من أن إيران ستدعم الحوثيين»
no support yet. Only a verbal noun or a future verb is reached there: «حذر المبعوث من أن
الحوثيين يرفضون الانسحاب» warns of a present fact, and asserts it.

Only the «أن» clause right after the claim is reached: the opener comes after the claim
word with at most a few words between («واتهمت السعودية إيران بأنها»), and no comma, full
stop or new clause («بينما», «لكن») lies between the opener and the stance word. «بعد أن
زعم» or a stance before the claim is not touched.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.relations.context import Extraction
from kg.relations.index import Word

_ALLEGING = frozenset({
    # alleged, claimed (the reporter keeps a distance)
    "زعم", "زعمت", "زعموا", "يزعم", "تزعم", "يزعمون", "نزعم", "زاعما", "زاعمه", "زاعمين",
    "مزاعم", "زعمه", "زعمها", "زعمهم", "ادعي", "ادعت", "ادعوا", "ادعاء", "ادعاءات",
    "مدعيا", "مدعيه", "ادعاءه", "ادعاءها",
    # accused, charged
    "اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "نتهم", "متهما", "متهمه", "متهمين",
    "اتهام", "اتهامات", "اتهامه", "اتهامها", "اتهامهم", "اتهمه", "اتهمها", "اتهمهم",
    "يتهمها", "تتهمها", "يتهمه", "تتهمه",
    # the speaker accused («اتهمتني الصحيفة بأنني ...», «يتهموننا بأننا ...»)
    "اتهمني", "اتهمتني", "اتهموني", "يتهمني", "تتهمني", "يتهمونني", "اتهمنا", "اتهمتنا",
    "اتهمونا", "يتهمنا", "تتهمنا", "يتهموننا",
})
"""Verbs, participles and nouns of alleging and accusing (normalised, clitic «و»/«ف» off)."""

_DENYING = frozenset({
    "نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "ننفي", "انفي", "نافيا", "نافيه", "نافين",
    "نفيه", "نفيها", "نفيهم", "انكر", "انكرت", "انكروا", "ينكر", "تنكر", "ينكرون", "منكرا",
})
"""Verbs, participles and nouns of denying: «ونفى المتحدث أن تكون السعودية قد دعمت
المتمردين», «نافيا أن تكون بلاده قد أيدت الانقلاب»: the stance of their «أن» clause is the
one denied, not asserted (the denial itself is read elsewhere: «نفى» is ``denies``)."""

_WARNING = frozenset({
    "حذر", "حذرت", "حذروا", "يحذر", "تحذر", "يحذرون", "نحذر", "محذرا", "محذره", "محذرين",
    "تحذير", "تحذيرات", "تحذيره", "تحذيرها",
})
"""Verbs and nouns of warning: their «من أن» clause is feared, not asserted."""

THAT = frozenset({"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم", "انهما",
                   "بانهما",
                   # the one accused speaking: «ادعت القناة بأنني أؤيد الإساءة»
                   "انني", "بانني", "اني", "باني", "اننا", "باننا"})
"""«أن» and «بأن» with the pronoun of the clause's subject, third person or first (a
speaker telling what others claimed of them)."""
CLAUSE_STARTS = frozenset({
    "لكن", "ولكن", "لكنه", "لكنها", "بينما", "فيما", "حين", "حيث", "بل", "الذي", "التي",
    "الذين", "اما", "واما", "بعد", "قبل",
})
_CLAIM_REACH = 5
"""Words at most between the claim word and its «أن» («واتهمت وزارة الخارجية السعودية
إيران بأنها»)."""
_CLAUSE_REACH = 10
"""Words at most between «أن» and the stance word."""


def _claim(word: Word) -> bool:
    """The word is a verb, participle or noun of alleging, accusing or denying."""
    norm = word.norm.lstrip("وف")
    return norm in _ALLEGING or word.norm in _ALLEGING or norm in _DENYING or \
        word.norm in _DENYING


def that_opener(context: Extraction, words: list[Word], position: int,
                stops: Callable[[Word], bool] | None = None) -> int | None:
    """The index of the «أن» that opens the clause of the stance word at ``position``: at
    most ``_CLAUSE_REACH`` words before it, with no sentence mark, no new clause («لكن»,
    «الذي») and no word that ``stops`` between; else None."""
    for index in range(position - 1, max(-1, position - _CLAUSE_REACH - 1), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return None
        norm = words[index].norm
        if norm in THAT:
            return index
        if norm in CLAUSE_STARTS or (stops is not None and stops(words[index])):
            return None
    return None


def alleged(context: Extraction, words: list[Word], position: int, noun: bool) -> bool:
    """Whether the stance word at ``position`` stands in the «أن» clause of an allegation
    or an accusation («زعم X أن Y يدعم Z», «اتهمت X Y بأنها تدعم Z»), or in the «من أن»
    clause of a warning when the stance word is a verbal noun (``noun``) or a future verb
    («حذر X من أن رفض Y للاتفاق سيضر», «من أن Y ستدعم Z»)."""
    # «اتهمت X Y بدعم»: no clause; the charge noun is read elsewhere
    opener = that_opener(context, words, position, _claim)
    if opener is None:
        return False
    if opener > 0 and words[opener - 1].norm == "من" and \
            not context.boundary_between(words[opener - 1], words[opener]):
        return (noun or _future(words, position)) and _warning_before(context, words, opener - 1)
    for index in range(opener - 1, max(-1, opener - _CLAIM_REACH - 1), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if _claim(words[index]):
            return True
        if words[index].norm in CLAUSE_STARTS or words[index].norm in THAT:
            return False
    return False


def _warning_before(context: Extraction, words: list[Word], index: int) -> bool:
    """A verb or noun of warning before the «من» at ``index``, a few words back in its
    clause («وحذر الرئيس الأمريكي باراك أوباما من أن»)."""
    for back in range(index - 1, max(-1, index - _CLAIM_REACH - 2), -1):
        if context.boundary_between(words[back], words[back + 1]):
            return False
        word = words[back]
        if word.norm.lstrip("وف") in _WARNING or word.norm in _WARNING:
            return True
        if word.norm in CLAUSE_STARTS or word.norm in THAT:
            return False
    return False


_WILL = frozenset({"سوف", "وسوف", "لن"})


def _future(words: list[Word], position: int) -> bool:
    """«ستدعم», «سيرفضون», «سوف تدعم», «لن تؤيد»: a verb of the future."""
    norm = words[position].norm
    return (len(norm) > 3 and norm[0] == "س" and norm[1] in "يتن") or \
        (position > 0 and words[position - 1].norm in _WILL)

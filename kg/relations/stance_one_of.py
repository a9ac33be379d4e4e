"""«كانت X من أوائل الدول التي رحبت بـ Y»: a named actor counted among those who hold a stance.

«وكان العراق من أوائل الدول التي رحبت بتوقيع الاتفاق», «أن العراق كان من أوائل الدول التي
رحبت بـ» (a copula between the name and «من»), «وكانت مصر من بين الدول التي أيدت القرار»,
«كان لودريان من أوائل المسؤولين الاشتراكيين الذين أعلنوا تأييدهم لهولاند», «وتعد
قطر من الدول القليلة التي تدعم حماس»: the relative clause describes a group of actors («الدول»,
«المسؤولين», «القادة» ...) and the name right before «من» (past «أوائل», «بين», «أبرز» ...)
is one of them, so it holds the stance of the clause's verb (or of the noun after its light
verb: «الذين أعلنوا تأييدهم»). The group noun must name actors: «كانت الحرب في سوريا من
الأسباب التي دعت ...» counts Syria among no one. A verb that points back to the group («من
الدول التي انتقدها X», «التي رحب بها X») has it as its object: no holder here.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import STANCE_LIGHT_VERBS

_RELATIVES = frozenset({"التي", "الذين", "اللتين", "اللذين", "اللاتي"})
_BETWEEN = frozenset({"كان", "كانت", "كانوا", "قد", "سبق", "ان"})
"""What may stand between the relative pronoun and the verb («التي كانت قد رحبت»)."""
_RANKS = frozenset({"اوائل", "بين", "ابرز", "اكثر", "اشد", "اهم", "اول", "مقدمه"})
"""«من أوائل», «من بين», «من أبرز»: the rank of the name among the group."""
_GROUPS = frozenset({
    "الدول", "البلدان", "الحكومات", "العواصم", "المسؤولين", "القاده", "الزعماء", "الرؤساء",
    "الوزراء", "الشخصيات", "الاحزاب", "الفصائل", "الحركات", "المنظمات", "الاطراف", "الجهات",
    "القوي", "السياسيين", "النواب", "البرلمانيين", "الساسه", "الهيئات", "المؤسسات",
    "الجمعيات", "النقابات", "الكتل", "التيارات", "الجماعات", "الاعضاء",
})
"""Plural nouns of actors a named one may be counted among."""
_COPULAS = frozenset({"كان", "كانت", "يعد", "تعد", "يعتبر", "تعتبر", "بات", "باتت", "اصبح",
                      "اصبحت"})
"""A copula between the name and «من» («العراق كان من أوائل الدول»): the name is its subject."""
_GROUP_WORDS = 3
"""The group noun and its adjectives («المسؤولين الاشتراكيين», «الدول العربية القليلة»)."""
_PLURAL_LIGHT = frozenset({"اعلنوا", "ابدوا", "اكدوا", "عبروا", "اعربوا", "جددوا", "اعلنت",
                           "ابدت", "اكدت", "عبرت", "اعربت", "جددت"})
"""Light verbs of the group's clause («الذين أعلنوا تأييدهم», «التي أبدت رفضها»)."""
_BACK = frozenset(preposition + pronoun for preposition in ("ب", "ل", "علي", "من", "مع", "عن")
                  for pronoun in ("ه", "ها", "هم")) | {"منه", "منها", "منهم", "عنه", "عنها"}


def one_of_holder(context: Extraction, words: list[Word], position: int,
                  noun: bool = False) -> Arg | None:
    """The named actor counted among the group whose relative clause has the stance verb
    at ``position`` (or, for a ``noun``, the light verb right before it) as its verb; None
    when the sentence does not read so (see the module docstring)."""
    index = position - 1
    if noun:
        if index < 0 or not _light(words[index]):
            return None
        index -= 1  # «الذين أعلنوا تأييدهم»
    while index >= 0 and position - index <= 3 and words[index].norm in _BETWEEN:
        index -= 1
    if index < 3 or words[index].norm not in _RELATIVES or _points_back(words, position):
        return None
    start = index - 1
    while start > 0 and index - start < _GROUP_WORDS and words[start].norm not in _GROUPS:
        start -= 1  # past the group's adjectives
    if words[start].norm not in _GROUPS:
        return None
    opener = start - 1
    if opener > 0 and words[opener].norm in _RANKS:
        opener -= 1
    if opener < 1 or words[opener].norm != "من" or \
            any(context.boundary_between(words[i], words[i + 1])
                for i in range(opener - 1, position)):
        return None
    last = words[opener - 1]
    if last.norm in _COPULAS and opener > 1:
        last = words[opener - 2]  # «أن العراق كان من أوائل الدول التي رحبت ...»
    mention = context.covering_mention(last.end - 1)  # «وقطر تعد من ...»: past «و»
    if mention is None or mention.end < last.end or not mention.entity_id or \
            mention.label not in AGENT_LABELS or context.is_nisba(mention) or \
            context.is_prepositional(mention):
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


def _points_back(words: list[Word], position: int) -> bool:
    """«التي انتقدها X», «التي رحب بها X»: a pronoun on or after the verb points back to
    the group, which is then the object."""
    form = words[position].norm.removeprefix("و").removeprefix("ف")
    if form.endswith(("هم", "ها", "هما")) and not _light(words[position - 1]):
        return True
    return position + 1 < len(words) and words[position + 1].norm in _BACK


def _light(word: Word) -> bool:
    return word.norm in _PLURAL_LIGHT or word.has(STANCE_LIGHT_VERBS)

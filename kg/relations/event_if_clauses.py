"""Events in a condition opened by «إنْ»: «وتهدد بوقف التعاون إن فرضت العقوبات».

«إنّ» (that, indeed) is followed by a noun or a pronoun; a verb right after «إن» makes it the
conditional «إنْ» (if): «هددت إيران بمراجعة تعاونها إن فرض عليها مجلس الأمن عقوبات», «إن
تم الاتفاق», «إن لم تنسحب القوات». The event told in that clause is a condition, not an event
of the news. The verb is read where its form can only be a perfect verb: a trigger verb right
after «إن», a perfect of occurring or imposing («وقعت», «تم», «فرضت», «شنت»), or «لم»; a
noun right after «إن» («قال إن فرض العقوبات خطأ», «إن الهجوم») leaves the sentence alone.
The condition is short: the trigger stands at most four words after «إن» («إيران تهدد بوقف
التعاون إن فرضت العقوبات لاريجاني في لقاء مع أنان», a headline run into its lead, holds a
meeting that took place), and no punctuation between.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

IF_WORDS = frozenset({"إن", "وإن"})
"""«إن», «وإن» as printed, with the hamza under the alif: the bare «ان» may be «أن», which
takes a perfect verb («بعد أن هاجم المسلحون القرية»: it happened)."""

CONDITION_VERBS = frozenset({
    "وقع", "وقعت", "تم", "تمت", "حدث", "حدثت", "حصل", "حصلت", "جرت", "جري", "فرضت", "فرضوا",
    "شنت", "شنوا", "اندلعت", "اندلع", "تعرض", "تعرضت", "تعرضوا", "قررت", "اقدمت", "اقدموا",
    "نفذت", "نفذوا", "لم", "عادت", "عاد", "استمرت", "استمر", "تجددت", "تكررت", "تكرر",
})
"""Perfect verbs (and «لم») that cannot be the noun after «إنّ»."""

_SAYING_BEFORE = frozenset({"قال", "قالت", "وقال", "وقالت", "اكد", "اكدت", "واكد", "واكدت",
                            "اضاف", "واضاف", "اوضح", "واوضح", "ذكر", "وذكر", "ذكرت", "وذكرت",
                            "حيث", "اذ", "بل", "ثم"})
_REACH = 4


def in_if_clause(context: Extraction, words: list[Word], position: int, verb: bool) -> bool:
    """Whether the trigger at ``words[position]`` is inside an «إن» condition of its clause."""
    for index in range(position - 1, max(-1, position - _REACH - 1), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        word = words[index]
        if context.doc.text[word.start:word.end] not in IF_WORDS:
            continue
        if index > 0 and words[index - 1].norm in _SAYING_BEFORE:
            return False
        following = words[index + 1]
        return (index + 1 == position and verb) or following.norm in CONDITION_VERBS or \
            following.bare() in CONDITION_VERBS
    return False

"""Money given «to support» someone is a grant, not a political stance.

«منح البنك الصين قرضا بقيمة 200 مليون دولار لدعم بكين في أعمال الوقاية», «إننا من أجل دعم
المؤسسة الدينية نستثمر هذه الأموال»: support named as the purpose of a loan, a grant, a sum
or an investment is the money itself. The guidelines write ``supports`` only for backing a
side, a policy or a proposal; material help is no stance (see ``stance_triggers._material``,
which reads a sum *after* the support: «دعم المزارعين بخمسة مليارات»).

Only a support noun of purpose («لدعم», «لمساندة», «من أجل دعم», «بهدف دعم») is read, and
only with a word of funding in its own clause, before it or after it (no punctuation
between): «قرضا», «تمويل», «استثمار», «نستثمر», «الأموال», or a sum («مليون», «دولار»).
«أعلن X تأييده لدعم الحكومة» has no money; «قدمت قرضا للبلاد، وأكدت دعمها للحكومة» is
another clause.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import MONEY_WORDS

_FUNDS = MONEY_WORDS | frozenset({
    "قرض", "قرضا", "قروض", "تمويل", "تمويلا", "استثمار", "استثمارات", "اموال", "تبرع",
    "تبرعات", "نستثمر", "يستثمر", "تستثمر", "استثمر", "استثمرت", "يستثمرون", "موازنه",
    "ميزانيه",
})
"""Words of funding (normalised, read without clitics or the article)."""
_PURPOSE_HEADS = frozenset({"اجل", "بهدف", "بغرض", "بقصد"})
"""«من أجل دعم», «بهدف دعم»: words that make the next verbal noun a purpose."""
_REACH = 12


def funded_purpose(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the support at ``words[position]`` is the purpose of money given or invested
    in its own clause (see the module docstring)."""
    word = words[position]
    purpose = any(prefix.lstrip("وف") == "ل" for prefix, _ in word.readings()) or \
        (position > 0 and words[position - 1].norm.lstrip("و") in _PURPOSE_HEADS and
         not context.boundary_between(words[position - 1], word))
    if not purpose:
        return False
    for index in range(position - 1, max(-1, position - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            break
        if _funding(words[index]):
            return True
    for index in range(position + 1, min(len(words), position + _REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            break
        if _funding(words[index]):
            return True
    return False


def _funding(word: Word) -> bool:
    """A word of funding, with or without its clitics and the article («الأموال»)."""
    return any(rest.removeprefix("ال") in _FUNDS for _, rest in word.readings())

"""Sanctions told as imposed on a named side: «وتعاني روسيا من العقوبات المفروضة على موسكو».

A sanction noun followed by the passive participle of imposing and «على» with a named side
(«العقوبات المفروضة على إيران», «العقوبات الدولية المفروضة على كوريا الشمالية») or by a relative
clause of imposing («العقوبات التي فرضتها واشنطن على موسكو», «التي كانت مفروضة على السودان»)
asserts that the sanctions were imposed on that side and stand: a Sanction on it, even where
the words around the noun would make a bare «العقوبات» no report (suffered «منذ ضم القرم», told
after a hedge). Sanctions lifted, eased or ended are not read here: a lifting noun before them
(«رفع العقوبات المفروضة على إيران», ``event_complements``) or a verb of ending or easing right
before them («قد ينهي العقوبات المفروضة», «اتفاق يخفف العقوبات»); they are the Sanction on a
named state only at their first mention (``event_lifted_sanctions``). The participle
must follow the noun within a few words (its adjectives between) with no punctuation, and not
be negated («غير مفروضة»)."""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, PLACE_LABELS, Word

SANCTION_NOUNS = frozenset({"عقوبات", "العقوبات"})
_PARTICIPLES = frozenset({"مفروضه", "مفروض"})
_RELATIVES = frozenset({"التي", "الذي"})
_WAS = frozenset({"كانت", "كان", "ظلت", "لاتزال", "مازالت"})
_IMPOSED_VERBS = frozenset({"فرضت", "فرض", "تفرض", "يفرض", "فرضها", "فرضتها", "تفرضها",
                            "يفرضها", "فرضوها", "يفرضونها"})
_SIDES = AGENT_LABELS | PLACE_LABELS
_ENDING = frozenset({"ينهي", "تنهي", "انهي", "انهت", "ينهيان", "يرفع", "ترفع", "رفعت", "رفع",
                     "يخفف", "تخفف", "خفف", "خففت", "يلغي", "تلغي", "الغي", "الغت", "يزيل",
                     "تزيل", "ازال", "ازالت", "يعلق", "تعلق", "علق", "علقت", "يجمد", "تجمد"})
"""Verbs of ending or easing right before the noun («قد ينهي العقوبات»): lifted, not imposed."""
_REACH = 4
"""How many words after the noun the participle or relative may stand («العقوبات الاقتصادية
الغربية المفروضة»)."""
_ON_REACH = 6
"""How far after a relative's verb «على» may stand (its subject between: «التي فرضتها الولايات
المتحدة الأمريكية على»)."""


def imposed_on_named(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the sanction noun at ``words[position]`` is told as imposed on a named side."""
    if words[position].bare() not in SANCTION_NOUNS and words[position].norm not in SANCTION_NOUNS:
        return False
    if any(word.has(_ENDING) for word in words[max(0, position - 2):position]):
        return False  # «قد ينهي العقوبات المفروضة على إيران»: ended, not imposed
    last = min(len(words) - 1, position + _REACH)
    for index in range(position + 1, last + 1):
        word = words[index]
        if context.boundary_between(words[index - 1], word):
            return False
        if word.bare() in _PARTICIPLES:
            if words[index - 1].norm == "غير":
                return False
            return _on_named(context, words, index + 1, 1)
        if word.norm in _RELATIVES:
            verb = index + 1
            if verb < len(words) and words[verb].norm in _WAS:
                verb += 1
            if verb >= len(words) or context.boundary_between(words[verb - 1], words[verb]):
                return False
            if words[verb].bare() in _PARTICIPLES or words[verb].norm in _IMPOSED_VERBS:
                return _on_named(context, words, verb + 1, _ON_REACH)
            return False
    return False


def _on_named(context: Extraction, words: list[Word], start: int, reach: int) -> bool:
    """«على» within ``reach`` words from ``start``, with a named side right after it."""
    for index in range(start, min(len(words) - 1, start + reach)):
        if index > start and context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].norm == "علي":
            after = words[index + 1]
            if context.boundary_between(words[index], after):
                return False
            mention = context.mention_starting_in(after)
            return mention is not None and bool(mention.entity_id) and mention.label in _SIDES
    return False

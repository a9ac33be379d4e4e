"""«دافع X عن الاتفاق»: defending a policy, a deal or a decision is supporting it.

«وفي المقابلة ... أوباما يدافع عن الاتفاق النووي», «دافع وزير الخارجية جون كيري أمس عن
مهلة الـ 24 يوماً التي يمنحها الاتفاق»: the verb «دافع» with «عن» and, right after it, a
noun of a policy, a deal, a decision or a plan, is ``supports`` of that thing. Any other
object is no stance read here: a player defends a club's colours («دافع عن ألوان الفريق»),
troops defend a town, and God defends a country («الله يدافع عنها»).
"""

from __future__ import annotations

from kg.relations.index import Word

_ABOUT = frozenset({"عن"})

_POLICIES = frozenset({
    "اتفاق", "اتفاقيه", "اتفاقات", "اتفاقيات", "صفقه", "قرار", "قرارات", "سياسه", "سياسات",
    "خطه", "خطط", "برنامج", "مشروع", "موقف", "مواقف", "نهج", "مبادره", "اجراءات", "اجراء",
    "اصلاحات", "مهله", "تعديلات", "قانون", "الاتفاق", "الاتفاقيه", "القرار", "السياسه",
    "الخطه", "البرنامج", "المشروع", "الموقف", "النهج", "المبادره", "الاجراءات", "الاصلاحات",
    "المهله", "التعديلات", "القانون", "الصفقه", "القرارات", "السياسات",
})
_REACH = 10


def defended_policy(words: list[Word], position: int) -> bool:
    """Whether «دافع» at ``position`` takes «عن» and a policy noun right after it within its
    clause's first words (past its subject: «دافع وزير الخارجية الأميركي جون كيري أمس عن»)."""
    for index in range(position + 1, min(len(words) - 1, position + _REACH)):
        if words[index].norm in _ABOUT:
            return words[index + 1].has(_POLICIES)
    return False


def defended_start(words: list[Word], index: int) -> int:
    """The index of the defended thing: past «عن» when it stands at ``index``."""
    if index + 1 < len(words) and words[index].norm in _ABOUT:
        return index + 1
    return index

"""A name told as the reason or the topic of a deed is not what the deed was done to.

«وفرضت الولايات المتحدة عقوبات بسبب أوكرانيا على شركات روسية», «عقوبات غربية مفروضة عليها
بسبب أوكرانيا», «فرضت عقوبات رداً على ضم القرم»: the name behind a word of cause or topic
(«بسبب», «جراء», «نتيجة», «بشأن», «حول», «بخصوص», «على خلفية»), or behind «على» after «رداً» or
«احتجاجاً», is why the sanction or the strike was made, never its target (the object of
sanctions follows «على»: «عقوبات على روسيا»).
"""

from __future__ import annotations

from kg.relations.index import Word

_REASONS = frozenset({
    "بسبب", "لسبب", "جراء", "نتيجه", "بشان", "حول", "بخصوص", "خلفيه", "اثر", "اعقاب",
})
"""Right before a name: the cause or the topic of the deed («بسبب أوكرانيا»)."""
_RESPONSES = frozenset({"ردا", "احتجاجا", "انتقاما"})
"""Before «على»: «رداً على», «احتجاجاً على»: what the deed answers."""


def behind_reason(words: list[Word], index: int) -> bool:
    """Whether the name that starts at ``words[index]`` is told as a reason or a topic."""
    if index < 1:
        return False
    before = words[index - 1]
    if before.has(_REASONS):
        return True
    return before.norm == "علي" and index > 1 and words[index - 2].has(_RESPONSES)

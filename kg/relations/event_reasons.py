"""A name told as the reason or the topic of a deed is not what the deed was done to.

«وفرضت الولايات المتحدة عقوبات بسبب أوكرانيا على شركات روسية», «عقوبات غربية مفروضة عليها
بسبب أوكرانيا», «فرضت عقوبات رداً على ضم القرم»: the name behind a word of cause or topic
(«بسبب», «جراء», «نتيجة», «بشأن», «حول», «بخصوص», «على خلفية»), or behind «على» after «رداً» or
«احتجاجاً», is why the sanction or the strike was made, never its target (the object of
sanctions follows «على»: «عقوبات على روسيا»).

The same words name the topic of a meeting or a deal: «توصل البلدان إلى اتفاق حول مستقبل
مستعمرة X», «محادثات بشأن سوريا». A place there, right behind the word or at the end of a
bare genitive chain behind it («مستقبل مستعمرة»), is what was talked about, not where the
meeting was held (``topic_place``, read for the classes of gathering only: for a clash,
«حول المدينة» is around it).
GUIDELINES: a place where something happens is a location; a topic is no role.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import FUNCTION_WORDS

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


_TOPICS = frozenset({"حول", "بشان", "بخصوص"})
"""Words of topic before a meeting's or a deal's subject matter («اتفاق حول مستقبل X»)."""
_CHAIN = 3
"""How many bare nouns may stand between the word of topic and the place («مستقبل مستعمرة»)."""


def topic_place(words: list[Word], index: int) -> bool:
    """Whether the place that starts at ``words[index]`` is told as a topic: right behind
    «حول»/«بشأن»/«بخصوص», or at the end of a chain of bare nouns behind it."""
    start = index
    while start > 0 and index - start < _CHAIN and _bare_noun(words[start - 1]):
        start -= 1
    return start > 0 and words[start - 1].norm in _TOPICS


def _bare_noun(word: Word) -> bool:
    """«مستقبل», «مستعمرة»: a noun in construct, with no article, clitic pronoun or digit."""
    norm = word.norm
    return len(norm) > 2 and not norm.startswith(("ال", "و")) and norm not in FUNCTION_WORDS \
        and norm not in _TOPICS and not any(ch.isdigit() for ch in norm)

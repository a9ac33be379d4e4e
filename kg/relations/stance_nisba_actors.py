"""The country behind a hostile act named by its adjective: an object of the stance too.

«أدانت السعودية الاعتداءات الإسرائيلية», «نددت الجامعة بالانتهاكات الإسرائيلية», «انتقدت
المنظمة الممارسات الإسرائيلية»: condemning, criticising, rejecting or opposing the acts of a
country named by its nisba adjective right after the act's noun is a stance toward that
country as well as toward the acts. Only for a noun of hostile acts, policies or statements
(:data:`ACT_HEADS`), only with the adjective right after it in the same clause, and only
for those four kinds (welcoming «المبادرة الفرنسية» says nothing of France).

Only for an act found as an event: a descriptive phrase that holds the adjective
(«رفض مصر للتدخل الإيراني», «انتقدت X الممارسات الإسرائيلية») already names the thing
whole, adjective and all, and the stance is on that thing, not a second time on the country
(GUIDELINES: the object is the thing; dev gold «rejects | مصر | التدخل الإيراني»).
"""

from __future__ import annotations

from kg.ontology.namespace import RelationKind
from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word

ACT_HEADS = frozenset({
    "اعتداء", "اعتداءات", "انتهاك", "انتهاكات", "ممارسات", "جرائم", "جريمه", "هجمات", "هجوم",
    "غارات", "غاره", "عدوان", "قصف", "ضربات", "تدخل", "احتلال", "حصار", "مجازر", "مجزره",
    "سياسات", "سياسه", "تصريحات", "اجراءات", "استفزازات", "تجاوزات", "خروقات", "عمليات",
})
"""Nouns of acts, policies and statements whose author a nisba after them names."""
_HOSTILE: frozenset[RelationKind] = frozenset({"condemns", "criticizes", "rejects", "opposes"})


def nisba_actors(context: Extraction, words: list[Word], objects: list[Candidate],
                 kind: RelationKind) -> list[Candidate]:
    """The countries named by a nisba right after an act noun that is an object (an event)
    of a hostile stance; none for other kinds, nor for a descriptive phrase."""
    if kind not in _HOSTILE or not words:
        return []
    taken = {c.arg.node_id for c in objects}
    found: list[Candidate] = []
    for candidate in objects:
        if candidate.source != "event":
            continue  # a phrase «التدخل الإيراني» holds its adjective: the thing, read once
        head = context.word_at(candidate.arg.start)
        if head is None or not any(rest.removeprefix("ال") in ACT_HEADS
                                   for _, rest in head.readings()):
            continue
        at = head.index - words[0].index + 1
        if not 0 < at < len(words) or context.boundary_between(words[at - 1], words[at]):
            continue
        adjective = words[at]
        if not adjective.norm.startswith("ال") or \
                context.covering_mention(adjective.start) is None:
            continue
        country = context.country_for_nisba(adjective)
        if country is None or country in taken:
            continue
        taken.add(country)
        found.append(Candidate(Arg(country, adjective.start, adjective.end), "", "Country", at,
                               "nisba"))
    return found

"""The country behind a hostile act named by its adjective: an object of the stance too.

«أدانت السعودية الاعتداءات الإسرائيلية», «نددت الجامعة بالانتهاكات الإسرائيلية», «انتقدت
المنظمة الممارسات الإسرائيلية»: condemning, criticising, rejecting or opposing the acts of a
country named by its nisba adjective right after the act's noun is a stance toward that
country as well as toward the acts. Only for a noun of hostile acts, policies or statements
(:data:`ACT_HEADS`), only with the adjective right after it in the same clause, and only
for those four kinds (welcoming «المبادرة الفرنسية» says nothing of France).
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
    """The countries named by a nisba right after an act noun that is an object (an event or
    a descriptive phrase) of a hostile stance; none for other kinds."""
    if kind not in _HOSTILE or not words:
        return []
    taken = {c.arg.node_id for c in objects}
    found: list[Candidate] = []
    for candidate in objects:
        if candidate.source not in {"event", "topic"}:
            continue
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

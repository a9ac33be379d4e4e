"""A threat or an accusation refused, named with its titled author.

«رفض السودان تلويح وزيرة الخارجية الأميركية كوندوليزا رايس بالمواجهة», «ونفت الحكومة
اتهامات وزير الداخلية السابق ...»: what is rejected or denied is the threat or the
accusation itself, an indefinite stance noun in construct with its author (see the
guidelines: «رفض + a proposal/accusation → rejects», the object a phrase naming the
thing). When the author is a bare name, kg already reads him (at a low confidence, see
:mod:`kg.relations.stance_act_owners`); when a title stands between the noun and the name,
nothing was read, for two reasons. The noun right after the subject, before a title, was
taken for a leftover word of the subject's name
(:func:`~kg.relations.stance_name_tails.name_tail`); a claim noun is now one of the heads of a
thing of someone (:data:`~kg.relations.stance_name_tails.SAID_OR_DECIDED`), as «تصريحات» and
«خطاب» already were, so any stance reads the phrase («وأدانت X تهديدات وزير الدفاع Y»:
the threats). And the chain of nouns (:func:`~kg.relations.stance_construct_objects.
construct_phrase`) stopped at the stance noun that opens it: for rejection and denial only,
such a noun may now open the chain, and the phrase is the threat or the accusation
(«تلويح وزيرة الخارجية الأميركية»).
"""

from __future__ import annotations

from kg.relations.index import Word

_REFUSING = frozenset({"rejects", "denies"})

CLAIM_HEADS = frozenset({
    "تهديد", "تهديدات", "تلويح", "اتهام", "اتهامات", "انتقادات", "تحذيرات",
})
"""Indefinite stance nouns (normalised) of what someone threatened, charged or warned:
things a holder can refuse or deny."""


def refused_claim(words: list[Word], index: int, kind: str) -> bool:
    """Whether ``words[index]`` is a threat or an accusation, with no clitic or article,
    opening the object of a rejection or a denial («رفض تلويح ...», «نفى اتهامات ...»)."""
    return kind in _REFUSING and index < len(words) and words[index].norm in CLAIM_HEADS

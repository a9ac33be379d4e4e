"""A threat or an accusation rejected, with a title before its author (helper sr44b).

«رفض X تلويح وزير الدفاع البريطاني Y بـ...»: the object is the threat, a phrase opened by
the claim noun (``stance_refused_claims``); the claim noun is no leftover word of the
subject's name (``stance_name_tails.SAID_OR_DECIDED``). Sentences written for the tests.
"""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

LIBYA = E("Country", "ليبيا", ("ليبيا",))
BRITAIN = E("Country", "بريطانيا", ("البريطاني",))
HARRIS = E("Person", "جون هاريس", ("جون هاريس",))
ALL = [LIBYA, BRITAIN, HARRIS]


def found(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, ALL)))


def test_rejected_brandishing_with_titled_author() -> None:
    text = "رفضت ليبيا تلويح وزير الدفاع البريطاني جون هاريس باستخدام القوة."
    assert ("rejects", "ليبيا", "تلويح وزير الدفاع") in found(text)


def test_rejected_threats_with_titled_author() -> None:
    text = "ورفضت ليبيا تهديدات وزير الدفاع البريطاني جون هاريس بفرض عقوبات جديدة."
    assert ("rejects", "ليبيا", "تهديدات وزير الدفاع") in found(text)


def test_condemned_threats_read_as_the_phrase() -> None:
    text = "وأدانت ليبيا تهديدات وزير الدفاع البريطاني جون هاريس."
    assert ("condemns", "ليبيا", "تهديدات وزير الدفاع") in found(text)


def test_other_stance_noun_opens_no_rejected_phrase() -> None:
    text = "ورفضت ليبيا دعم وزير الدفاع البريطاني جون هاريس للخطة."
    assert not {s for s in found(text) if s[0] == "rejects"}


def test_titled_author_is_not_the_object() -> None:
    text = "رفضت ليبيا تلويح وزير الدفاع البريطاني جون هاريس باستخدام القوة."
    assert not {s for s in found(text) if s[2] in {"جون هاريس", "بريطانيا"}}


def test_subject_title_after_name_is_still_no_object() -> None:
    text = "ورفض جون هاريس وزير الدفاع البريطاني المقترح."
    assert ("rejects", "جون هاريس", "وزير الدفاع") not in found(text)

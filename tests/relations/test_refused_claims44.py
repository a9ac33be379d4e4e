"""Rejected threats with a titled author, and proposals with their submitter (helper sr44b).

«رفض X تلويح وزير الدفاع البريطاني Y بـ...»: the object is the threat, a phrase opened by
the claim noun (``stance_refused_claims``); the claim noun is no leftover word of the
subject's name (``stance_name_tails.SAID_OR_DECIDED``). «رفضت X مقترحاً تقدمت به Y»,
«باقتراح طرحته Y»: an indefinite proposal's describing clause names its author, as «من Y»
does (``stance_offered_by``). Sentences written for the tests.
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


USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة",))
FRANCE = E("Country", "فرنسا", ("فرنسا",))
IRAN = E("Country", "إيران", ("إيران",))
STATES = [USA, FRANCE, IRAN]


def found_states(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, STATES)))


def test_proposal_submitted_by_named_author() -> None:
    text = "ورفضت إيران مقترحا تقدمت به فرنسا لتسوية الخلاف حول الحدود."
    assert ("rejects", "إيران", "مقترحا تقدمت به فرنسا") in found_states(text)


def test_offer_with_glued_pronoun_of_submitting() -> None:
    text = "ورحبت الولايات المتحدة باقتراح طرحته فرنسا أمس."
    assert ("welcomes", "الولايات المتحدة", "اقتراح طرحته فرنسا") in found_states(text)


def test_submitted_to_someone_names_no_author() -> None:
    text = "ورفضت إيران مقترحا تقدمت به إلى فرنسا لتسوية الخلاف."
    assert not {s for s in found_states(text) if s[0] == "rejects"}


def test_criticism_of_a_submitted_proposal_is_not_read_so() -> None:
    text = "وانتقدت إيران مقترحا تقدمت به فرنسا."
    assert ("criticizes", "إيران", "مقترحا تقدمت به فرنسا") not in found_states(text)

"""Statements after a stacked title chain, on sentences written for the tests
(``kg.relations.far_titled``): the name that closes a long chain of titles is the speaker,
and the chain's head is then no back-reference to an earlier holder of the same title."""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

SAAD = E("Person", "سعد الحربي", ("سعد الحربي", "الحربي"))
SALEH = E("Person", "صالح العمري", ("صالح العمري", "العمري"))
FAISAL = E("Person", "فيصل بن خالد", ("فيصل بن خالد",))

_FIRST = "وقال سعد الحربي مدير البنك الأهلي: الموسم ناجح. "


def _speakers(doc: object) -> set[tuple[str, str]]:
    return pairs(doc, "stated")  # type: ignore[arg-type]


def test_stacked_titles_name_the_speaker_of_explained() -> None:
    text = (_FIRST + "وبين مدير عام فرع هيئة السياحة بالمنطقة أمين عام مجلس التنمية "
            "السياحية صالح العمري أن العيد موسم للفرح، مشيرا إلى أن الجهود كبيرة.")
    doc = extract_relations(build_doc(text, [SAAD, SALEH]))
    assert ("صالح العمري", "العيد موسم للفرح") in _speakers(doc)
    assert ("صالح العمري", "الجهود كبيرة") in _speakers(doc)
    assert ("سعد الحربي", "الجهود كبيرة") not in _speakers(doc)


def test_stacked_titles_after_said() -> None:
    text = (_FIRST + "وقال مدير عام فرع هيئة السياحة والتراث الوطني بالمنطقة الشرقية أمين "
            "عام مجلس التنمية صالح العمري إن الفعاليات متنوعة.")
    doc = extract_relations(build_doc(text, [SAAD, SALEH]))
    assert ("صالح العمري", "الفعاليات متنوعة") in _speakers(doc)
    assert ("سعد الحربي", "الفعاليات متنوعة") not in _speakers(doc)


def test_adjunct_in_the_chain_names_no_far_speaker() -> None:
    # «خلال زيارة الأمير X» opens an adjunct: the prince is not the director who spoke.
    text = (_FIRST + "وقال مدير عام فرع هيئة السياحة بالمنطقة الشرقية خلال زيارة أمير "
            "المنطقة الأمير فيصل بن خالد إن الفعاليات متنوعة.")
    doc = extract_relations(build_doc(text, [SAAD, FAISAL]))
    assert all(speaker != "فيصل بن خالد" for speaker, _ in _speakers(doc))


def test_between_with_a_far_name_and_another_verb_is_the_preposition() -> None:
    text = (_FIRST + "وبين مدير الفرع في المنطقة ومدير البنك في المحافظة الأخرى في الشهر "
            "الماضي صالح العمري، أكد الحربي أن التعاون قائم.")
    doc = extract_relations(build_doc(text, [SAAD, SALEH]))
    assert all(speaker != "صالح العمري" for speaker, _ in _speakers(doc))


def test_title_with_another_complement_is_another_person() -> None:
    # «وزير الداخلية» after «وزير الخارجية X»: another minister, unnamed.
    text = "وقال وزير الخارجية سعد الحربي إن الموسم ناجح. وقال وزير الداخلية إن الأمن مستقر."
    doc = extract_relations(build_doc(text, [SAAD]))
    assert _speakers(doc) == {("سعد الحربي", "الموسم ناجح")}


def test_director_of_another_body_is_another_person() -> None:
    text = _FIRST + "وقال مدير الشرطة إن الأمن مستقر."
    doc = extract_relations(build_doc(text, [SAAD]))
    assert ("سعد الحربي", "الأمن مستقر") not in _speakers(doc)


def test_same_title_and_bare_title_still_refer_back() -> None:
    for later in ("وأضاف الوزير إن الأمن مستقر.", "وأضاف وزير الخارجية إن الأمن مستقر."):
        text = "وقال وزير الخارجية سعد الحربي إن الموسم ناجح. " + later
        doc = extract_relations(build_doc(text, [SAAD]))
        assert ("سعد الحربي", "الأمن مستقر") in _speakers(doc), later


def test_adjunct_in_the_chain_gives_no_earlier_director() -> None:
    text = (_FIRST + "وقال مدير عام فرع هيئة السياحة بالمنطقة الشرقية خلال زيارة أمير "
            "المنطقة الأمير فيصل بن خالد إن الفعاليات متنوعة.")
    doc = extract_relations(build_doc(text, [SAAD, FAISAL]))
    assert ("سعد الحربي", "الفعاليات متنوعة") not in _speakers(doc)


MARAI = E("Organization", "شركة المراعي", ("شركة المراعي",))


def test_glued_straight_mark_opens_no_quotation() -> None:
    text = 'أعلنت شركة المراعي إطلاق حملة "الخير للجميع" في جميع المناطق.'
    doc = extract_relations(build_doc(text, [MARAI]))
    assert not _speakers(doc)


def test_quoted_term_deep_in_the_clause_is_no_speech() -> None:
    text = 'أعلنت شركة المراعي، إطلاق اسم "الشريك" بدلاً من "العميل"، وبدأت في التنفيذ.'
    doc = extract_relations(build_doc(text, [MARAI]))
    assert not _speakers(doc)


def test_short_quotation_after_the_speaker_is_speech() -> None:
    text = 'وقال سعد الحربي "لن نتراجع".'
    doc = extract_relations(build_doc(text, [SAAD]))
    assert ("سعد الحربي", "لن نتراجع") in _speakers(doc)


def test_long_quotation_after_an_adjunct_is_speech() -> None:
    text = 'وقال سعد الحربي في تصريح للصحفيين "إن الموسم ناجح بكل المقاييس".'
    doc = extract_relations(build_doc(text, [SAAD]))
    assert ("سعد الحربي", "إن الموسم ناجح بكل المقاييس") in _speakers(doc)


def test_since_inna_opens_no_content_of_said() -> None:
    # «إذ إن» (since) inside the clause: not the content of «قال»; no wrong span.
    text = "وقال سعد الحربي من الصعب ضمان ذلك، إذ إن الشبكة كبيرة."
    doc = extract_relations(build_doc(text, [SAAD]))
    assert ("سعد الحربي", "الشبكة كبيرة") not in _speakers(doc)


def test_inna_content_keeps_its_causal_clause() -> None:
    text = "وقال سعد الحربي إن الشبكة كبيرة، حيث إن المناطق واسعة."
    doc = extract_relations(build_doc(text, [SAAD]))
    assert ("سعد الحربي", "الشبكة كبيرة، حيث إن المناطق واسعة") in _speakers(doc)


def test_title_then_untagged_surname_still_refers_back() -> None:
    # The surname after the title is not tagged here: it is no complement of another office.
    saad = E("Person", "سعد الحربي", ("سعد الحربي",))
    text = "وقال وزير الخارجية سعد الحربي إن الموسم ناجح. وأضاف الوزير الحربي أن الأمن مستقر."
    doc = extract_relations(build_doc(text, [saad]))
    assert ("سعد الحربي", "الأمن مستقر") in _speakers(doc)

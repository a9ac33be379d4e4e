"""Stances missed on fresh news, session 42 (helper sr42): the object named after titles.

- «وناشد "الحربي" وزير الصحة الأمير X التدخل», «وانتقدت «حماس» رئيس الوزراء Y»: the mark
  that closes a quoted subject parts nothing; the titled person after it is the object, as
  after a bare name (``stance_subject_titles.after_subject_title``);
- «وناشد X نائب رئيس مجلس الوزراء وزير الداخلية صاحب السمو الملكي الأمير Y ...», «وشكر
  X وزير الخارجية معالي الدكتور Y على جهوده»: a style of address between a person's titles
  and the name is read past like an honorific (``stance_styled_names``);
- «وناشد X صاحب السمو الملكي الأمير Y التدخل», «ودعا X سمو ولي العهد الأمير Y»: a style right
  after the subject opens the object's name; the object is the person, not a topic made of
  the style's words (``stance_styled_names.past_object_style``);
- «وقال المتحدث إن تركيا التي تستضيف اللاجئين منذ سنوات تنتقد روسيا», «أن الشركة التي
  تملك مصانع عدة ترحب بـ ...»: the name (or a body's kind noun) after «أن»/«إن» and a relative
  clause before the verb holds the stance (``stance_relative_holders``).

Sentences written for the tests.
"""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import stance_holders, stances
from tests.relations.docbuilder import E, build_doc

SALEM = E("Person", "سالم الحربي", ("سالم الحربي",))
KHALID = E("Person", "خالد بن فيصل", ("خالد بن فيصل",))
NAIF = E("Person", "محمد بن نايف", ("محمد بن نايف",))
NIZAR = E("Person", "نزار مدني", ("نزار مدني",))
AMAL = E("Person", "أمل الشمري", ("أمل الشمري",))
HAMAS = E("Organization", "حماس", ("حماس",))
NETANYAHU = E("Person", "بنيامين نتنياهو", ("بنيامين نتنياهو",))
TURKEY = E("Country", "تركيا", ("تركيا",))
RUSSIA = E("Country", "روسيا", ("روسيا",))
PALM = E("Organization", "شركة النخيل", ("شركة النخيل",))
TRADE = E("GovernmentBody", "وزارة التجارة", ("وزارة التجارة",))
ENTITIES = [SALEM, KHALID, NAIF, NIZAR, AMAL, HAMAS, NETANYAHU, TURKEY, RUSSIA, PALM, TRADE]
OPENING = "قال المقيم سالم الحربي إن ابنه يعاني مرضا نادرا منذ سنوات. "


def found(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, ENTITIES)))


def test_quoted_surname_urges_titled_person() -> None:
    text = OPENING + 'وناشد "الحربي" وزير الصحة الأمير خالد بن فيصل التدخل العاجل لعلاج ابنه.'
    assert ("urges", "سالم الحربي", "خالد بن فيصل") in found(text)


def test_quoted_body_criticizes_titled_person() -> None:
    text = "وانتقدت «حماس» رئيس الوزراء الإسرائيلي بنيامين نتنياهو بسبب الحصار."
    assert ("criticizes", "حماس", "بنيامين نتنياهو") in found(text)


def test_quoted_subject_own_title_names_no_object() -> None:
    text = OPENING + 'وأشاد "الحربي" رئيس الجمعية بجهود المتطوعين في الحي.'
    assert not any(obj in {"سالم الحربي", "خالد بن فيصل"} for _, _, obj in found(text))


def test_royal_style_between_titles_and_name() -> None:
    text = ("وناشد سالم الحربي نائب رئيس مجلس الوزراء وزير الداخلية صاحب السمو الملكي "
            "الأمير محمد بن نايف إعادة النظر في قرار إبعاد أسرته.")
    assert ("urges", "سالم الحربي", "محمد بن نايف") in found(text)


def test_official_style_before_honorific() -> None:
    text = "وشكرت أمل الشمري وزير الخارجية معالي الدكتور نزار مدني على جهوده في إعادة المحتجزين."
    assert ("praises", "أمل الشمري", "نزار مدني") in found(text)


def test_style_of_the_subject_is_no_object() -> None:
    text = "ودعا صاحب السمو الملكي الأمير خالد بن فيصل المواطنين إلى الحذر أثناء السباحة."
    assert not any(obj in {"خالد بن فيصل", "محمد بن نايف"} for _, _, obj in found(text))


def test_owner_is_no_style() -> None:
    """«صاحب المصنع» is an owner: no style is read past, no titled name is made the object
    through it."""
    text = "وانتقد سالم الحربي صاحب المصنع في حديثه للصحيفة."
    assert not any(obj == "نزار مدني" for _, _, obj in found(text))


def test_style_right_after_subject_opens_object() -> None:
    text = "وناشدت أمل الشمري صاحب السمو الملكي الأمير محمد بن نايف إعادة النظر في القرار."
    assert ("urges", "أمل الشمري", "محمد بن نايف") in found(text)


def test_style_then_title_then_name() -> None:
    text = "وطالب سالم الحربي سمو نائب رئيس مجلس الوزراء الأمير محمد بن نايف بالتدخل العاجل."
    assert ("urges", "سالم الحربي", "محمد بن نايف") in found(text)


def test_style_with_no_name_after_is_not_read_past() -> None:
    """«صاحب السمو الملكي» with nothing named after it: no person is made the object."""
    text = "وناشدت أمل الشمري صاحب السمو الملكي التدخل العاجل لعلاج ابنها."
    assert not any(obj in {"محمد بن نايف", "خالد بن فيصل", "نزار مدني"}
                   for _, _, obj in found(text))


def test_name_before_relative_clause_holds_the_stance() -> None:
    text = "وقال المتحدث إن تركيا التي تستضيف اللاجئين منذ سنوات تنتقد روسيا بشدة."
    assert ("criticizes", "تركيا", "روسيا") in found(text)


def test_kind_noun_before_relative_clause_holds_the_stance() -> None:
    text = ("أصدرت شركة النخيل بيانا أمس. وأضاف المتحدث أن الشركة التي تملك مصانع عدة "
            "ترحب بقرار وزارة التجارة.")
    doc = extract_relations(build_doc(text, ENTITIES))
    assert "شركة النخيل" in stance_holders(doc, "welcomes")


def test_name_in_a_genitive_before_the_relative_holds_nothing() -> None:
    """«إن سفير تركيا الذي وصل ...»: the envoy, unnamed, holds it; not Turkey."""
    text = "وقال المتحدث إن سفير تركيا الذي وصل أمس ينتقد روسيا بشدة."
    assert ("criticizes", "تركيا", "روسيا") not in found(text)


def test_relative_clause_that_disagrees_with_the_verb() -> None:
    """«تركيا التي ... ينتقد»: a masculine verb is not the feminine name's."""
    text = "وقال المتحدث إن تركيا التي تستضيف اللاجئين منذ سنوات ينتقد روسيا بشدة."
    assert ("criticizes", "تركيا", "روسيا") not in found(text)


def test_relative_clause_with_its_own_reported_clause() -> None:
    text = "وقال المتحدث إن تركيا التي قال وزيرها إن الحصار ظالم تنتقد روسيا بشدة."
    assert ("criticizes", "تركيا", "روسيا") not in found(text)

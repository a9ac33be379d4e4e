"""Stances missed on fresh news, session 43 (helper sr43).

- «أثنت الشركة على التطور الذي تشهده صحيفة الأيام», «أشاد X بالنهضة التي يشهدها الأردن»:
  praise of the growth a named body or country sees is praise of it
  (``stance_witnessed_growth``);
- «ورحبت حركة حماس الفلسطينية بالقرار الأممي», «وأشادت صحيفة "الغد" الأردنية بالجهود التي
  تبذلها X»: the nationality adjective right after the holder's name is the holder's; the
  object (a phrase or a deed) begins after it (``stance_holder_nisbas``);
- «وتدين الحركتان الاحتلال», «ودعا الحزبان الحكومة إلى ...»: a dual kind noun right after the
  verb stands for the two bodies of that kind named before (``stance_dual_kinds``);
- «وأصيب الاتحاد الأوروبي بخيبة أمل من موقف اليونان», «شعر X بخيبة أمل من Y»: the one struck
  by the disappointment holds it, as the subject of «أعرب عن خيبة أمله» does
  (``stance_struck_feelings``).

Sentences written for the tests.
"""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

NOVA = E("Organization", "شركة نوفا", ("شركة نوفا",))
DAYS = E("Organization", "صحيفة الأيام", ("صحيفة الأيام",))
JORDAN = E("Country", "الأردن", ("الأردن",))
AMMAN = E("City", "عمان", ("عمان",))
SAMI = E("Person", "سامي الحربي", ("سامي الحربي",))
HAMAS = E("Organization", "حماس", ("حركة حماس", "حماس"))
PALESTINE = E("Country", "فلسطين", ("الفلسطينية",))
GHAD = E("MediaOrganization", "الغد", ("الغد",))
JORDANIAN = E("Country", "الأردن", ("الأردنية",))
UN = E("Organization", "الأمم المتحدة", ("الأمم المتحدة",))
SAUDI = E("Country", "السعودية", ("السعودية",))
SALMI = E("Person", "عبدالله السالمي", ("عبدالله السالمي",))
ENTITIES = [NOVA, DAYS, JORDAN, AMMAN, SAMI]
NISBA_ENTITIES = [HAMAS, PALESTINE, GHAD, JORDANIAN, UN, SAUDI]


def found(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, ENTITIES)))


def test_growth_a_paper_sees_praises_the_paper() -> None:
    text = "وأثنت شركة نوفا على التطور الذي تشهده صحيفة الأيام خلال الأعوام الأخيرة."
    assert ("praises", "شركة نوفا", "صحيفة الأيام") in found(text)


def test_feminine_growth_noun_a_country_sees() -> None:
    text = "وأشاد سامي الحربي بالنهضة التي يشهدها الأردن في مختلف المجالات."
    assert ("praises", "سامي الحربي", "الأردن") in found(text)


def test_growth_noun_with_its_adjective() -> None:
    text = "وأشاد سامي الحربي بالتطور الكبير الذي يشهده الأردن."
    assert ("praises", "سامي الحربي", "الأردن") in found(text)


def test_appreciation_noun_with_lam() -> None:
    text = "وأعرب سامي الحربي عن تقديره للتقدم الذي يشهده الأردن في قطاع التعليم."
    assert ("praises", "سامي الحربي", "الأردن") in found(text)


def test_growth_of_relations_names_no_one() -> None:
    text = "وأشاد سامي الحربي بالنهضة التي تشهدها العلاقات بين الأردن وعمان."
    assert not any(obj in {"الأردن", "عمان"} for _, _, obj in found(text))


def test_relative_that_does_not_agree_names_no_one() -> None:
    text = "وأشاد سامي الحربي بالنهضة الذي يشهده الأردن."
    assert ("praises", "سامي الحربي", "الأردن") not in found(text)


def test_concern_at_growth_is_no_praise() -> None:
    text = "وأبدى سامي الحربي قلقه من التطور الذي يشهده الأردن."
    assert not any(kind == "praises" for kind, _, _ in found(text))


def test_growth_a_city_sees_is_no_praise_of_the_city() -> None:
    text = "وأشاد سامي الحربي بالتطور الذي تشهده عمان."
    assert ("praises", "سامي الحربي", "عمان") not in found(text)


def test_growth_the_body_brought_is_read_by_no_witness_verb() -> None:
    text = "وأشاد سامي الحربي بالتطور الذي حذر منه الأردن."
    assert ("praises", "سامي الحربي", "الأردن") not in found(text)


def found_nisba(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, NISBA_ENTITIES)))


def test_holder_nisba_then_welcomed_phrase() -> None:
    kinds = {(kind, holder) for kind, holder, _ in
             found_nisba("ورحبت حركة حماس الفلسطينية بالقرار الأممي الجديد.")}
    assert ("welcomes", "حماس") in kinds


def test_quoted_holder_nisba_then_praised_deed() -> None:
    text = 'وأشادت صحيفة "الغد" الأردنية بالجهود التي تبذلها الأمم المتحدة في المخيمات.'
    assert ("praises", "الغد", "الأمم المتحدة") in found_nisba(text)


def test_country_named_after_the_holder_stays_the_object() -> None:
    text = "وانتقدت حركة حماس السعودية بسبب موقفها من الحصار."
    assert ("criticizes", "حماس", "السعودية") in found_nisba(text)


def test_country_named_by_its_adjective_after_a_definite_name() -> None:
    text = "وانتقد عبدالله السالمي السعودية بسبب موقفها من الحصار."
    facts = stances(extract_relations(build_doc(text, [*NISBA_ENTITIES, SALMI])))
    assert ("criticizes", "عبدالله السالمي", "السعودية") in facts


def test_nisba_past_a_comma_is_not_the_holders() -> None:
    text = "ورحبت حركة حماس، الفلسطينية المنشأ، بالقرار الأممي الجديد."
    assert not any(obj in {"فلسطين", "الأردن"} for _, _, obj in found_nisba(text))


FATAH = E("Organization", "حركة فتح", ("حركة فتح",))
JIHAD = E("Organization", "حركة الجهاد", ("حركة الجهاد",))
SHABAB = E("Organization", "حركة الشباب", ("حركة الشباب",))
LABOUR = E("PoliticalParty", "حزب العمال", ("حزب العمال",))
QAEDA = E("ArmedGroup", "تنظيم القاعدة", ("تنظيم القاعدة",))
GOVT = E("GovernmentBody", "الحكومة الأردنية", ("الحكومة الأردنية",))
DUAL_ENTITIES = [FATAH, JIHAD, SHABAB, LABOUR, QAEDA, GOVT]
TWO_MOVEMENTS = "وتعود السيارات إلى أعضاء في حركة فتح وآخرين في حركة الجهاد. "


def found_dual(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, DUAL_ENTITIES)))


def test_dual_kind_noun_holds_for_both_bodies() -> None:
    text = TWO_MOVEMENTS + "وتدين الحركتان تنظيم القاعدة."
    facts = found_dual(text)
    assert ("condemns", "حركة فتح", "تنظيم القاعدة") in facts
    assert ("condemns", "حركة الجهاد", "تنظيم القاعدة") in facts


def test_dual_kind_noun_urges() -> None:
    text = TWO_MOVEMENTS + "ودعت الحركتان الحكومة الأردنية إلى فتح المعابر."
    facts = found_dual(text)
    assert ("urges", "حركة فتح", "الحكومة الأردنية") in facts
    assert ("urges", "حركة الجهاد", "الحكومة الأردنية") in facts


def test_dual_kind_noun_after_three_bodies_names_no_one() -> None:
    text = TWO_MOVEMENTS + "وتنشط حركة الشباب في الجنوب. وتدين الحركتان تنظيم القاعدة."
    assert not any(holder.startswith("حركة") for _, holder, _ in found_dual(text))


def test_dual_kind_noun_after_one_body_names_no_one() -> None:
    text = "وتعود السيارات إلى أعضاء في حركة فتح. وتدين الحركتان تنظيم القاعدة."
    assert not any(holder == "حركة فتح" for _, holder, _ in found_dual(text))


def test_dual_of_another_kind_names_no_one() -> None:
    text = TWO_MOVEMENTS + "ويدين الحزبان تنظيم القاعدة."
    assert not any(holder.startswith("حركة") for _, holder, _ in found_dual(text))


def test_dual_kind_noun_with_its_adjective() -> None:
    text = TWO_MOVEMENTS + "وتدين الحركتان الفلسطينيتان تنظيم القاعدة."
    assert ("condemns", "حركة فتح", "تنظيم القاعدة") in found_dual(text)


def test_dual_kind_noun_before_a_relative_clause_takes_no_words_of_it() -> None:
    text = TWO_MOVEMENTS + "وتدين الحركتان اللتان تنشطان في القطاع، تنظيم القاعدة."
    objects = {obj for _, holder, obj in found_dual(text) if holder.startswith("حركة")}
    assert objects <= {"تنظيم القاعدة"}


EU = E("InternationalOrganization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",))
GREECE = E("Country", "اليونان", ("اليونان",))
HILAL = E("SportsTeam", "الهلال", ("الهلال",))
KHALID = E("Person", "خالد المطيري", ("خالد المطيري",))
STRUCK_ENTITIES = [EU, GREECE, HILAL, KHALID]


def found_struck(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, STRUCK_ENTITIES)))


def test_struck_by_disappointment_criticizes() -> None:
    text = "وأصيب الاتحاد الأوروبي بخيبة أمل من موقف اليونان في المفاوضات."
    assert ("criticizes", "الاتحاد الأوروبي", "اليونان") in found_struck(text)


def test_felt_disappointment_criticizes() -> None:
    text = "وشعر الاتحاد الأوروبي بخيبة أمل كبيرة من اليونان."
    assert ("criticizes", "الاتحاد الأوروبي", "اليونان") in found_struck(text)


def test_struck_by_wounds_is_no_stance() -> None:
    text = "وأصيب خالد المطيري بجروح في الحادث الذي وقع قرب ملعب الهلال."
    assert not found_struck(text)


def test_disappointment_at_a_death_is_grief() -> None:
    text = "وأصيب الاتحاد الأوروبي بخيبة أمل من وفاة خالد المطيري."
    assert not found_struck(text)


def test_fans_of_a_club_are_no_holder() -> None:
    text = "وأصيب جمهور الهلال بخيبة أمل من أداء خالد المطيري."
    assert not any(holder == "الهلال" for _, holder, _ in found_struck(text))

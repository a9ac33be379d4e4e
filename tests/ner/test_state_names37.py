"""States named by a periphrasis (session 37, p6); sentences written for the tests.

Gazetteer rows (``kg/resources/gazetteer/curated.tsv``): «الجمهورية الإسلامية» is Iran and
«الدولة العبرية» is Israel, as conditional names (a mention only where the document names
the country itself); the official names of Mauritania and Pakistan («الجمهورية الإسلامية
الموريتانية», «جمهورية باكستان الإسلامية») are theirs, so the shorter name is never read
inside them. Al-Qaeda's branches are named whole («تنظيم القاعدة في بلاد المغرب الإسلامي»,
«القاعدة في شبه الجزيرة العربية»), not al-Qaeda and the country of Morocco.
"""

from __future__ import annotations

import pytest

from tests.ner.linked import gazetteer_pipeline, named

_PIPELINE = gazetteer_pipeline()


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("قال المتحدث إن العقوبات على الجمهورية الإسلامية سترفع بعد اتفاقها مع الدول الكبرى، "
     "وإن إيران ستعود إلى السوق.", "الجمهورية الإسلامية", "إيران"),
    ("وأكدت طهران أن إيران ماضية في برنامجها وأن الجمهورية الاسلامية لن تتنازل.",
     "الجمهورية الاسلامية", "إيران"),
    ("وزار الوزير جمهورية إيران الإسلامية الأسبوع الماضي.", "جمهورية إيران الإسلامية",
     "إيران"),
    ("وأغارت طائرات الدولة العبرية على موقع قرب الحدود، وقالت إسرائيل إنه مخزن أسلحة.",
     "الدولة العبرية", "إسرائيل"),
    ("ووصل رئيس الجمهورية الإسلامية الموريتانية إلى القمة مع وفد من إيران.",
     "الجمهورية الإسلامية الموريتانية", "موريتانيا"),
    ("واستقبل رئيس وزراء جمهورية باكستان الإسلامية وفدا من إيران.",
     "جمهورية باكستان الإسلامية", "باكستان"),
])
def test_a_state_named_by_its_periphrasis(text: str, mention: str, country: str) -> None:
    assert named(_PIPELINE, text).get(mention) == ("Country", country)


@pytest.mark.parametrize(("text", "phrase"), [
    # the country itself is not named in the document: no mention
    ("وقال المرشد إن الجمهورية الإسلامية لن تتراجع عن مبادئها.", "الجمهورية الإسلامية"),
    ("وقصفت الدولة العبرية مواقع على الحدود مساء أمس.", "الدولة العبرية"),
])
def test_no_periphrasis_without_its_country_named(text: str, phrase: str) -> None:
    assert phrase not in named(_PIPELINE, text)


def test_the_short_name_is_not_read_inside_another_state_s_official_name() -> None:
    found = named(_PIPELINE, "وزار رئيس الجمهورية الإسلامية الموريتانية إيران.")
    assert "الجمهورية الإسلامية" not in found
    assert found.get("إيران") == ("Country", "إيران")


@pytest.mark.parametrize(("text", "mention", "group"), [
    ("وتبنى تنظيم القاعدة في بلاد المغرب الإسلامي الهجوم على الثكنة.",
     "تنظيم القاعدة في بلاد المغرب الإسلامي", "تنظيم القاعدة في بلاد المغرب الإسلامي"),
    ("وقال خبراء إن القاعدة في المغرب الإسلامي تنشط في الصحراء.",
     "القاعدة في المغرب الإسلامي", "تنظيم القاعدة في بلاد المغرب الإسلامي"),
    ("وأعلن تنظيم القاعدة في شبه الجزيرة العربية مسؤوليته عن التفجير.",
     "تنظيم القاعدة في شبه الجزيرة العربية", "تنظيم القاعدة في جزيرة العرب"),
])
def test_a_branch_of_al_qaeda_named_whole(text: str, mention: str, group: str) -> None:
    found = named(_PIPELINE, text)
    assert found.get(mention) == ("ArmedGroup", group)
    assert "المغرب" not in found

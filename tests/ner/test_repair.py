"""Person names completed after the tagger (kg.ner.repair), on sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.ner.features import strip_clitics
from kg.ner.repair import complete_from_document, repair_person_names
from kg.text.normalize import normalize_key
from tests.ner.iob import persons, tagged


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        # a link word and a name before the tagged father's name
        ("أكد الأمير سلطان بن سلمان أن القرية ستفتح أبوابها .", {"سلمان": "PERS"},
         ["سلطان بن سلمان"]),
        # a name never ends in a link word
        ("ثم صحح ابن أبي أصيبعة خطأه بقوله .", {"ابن أبي": "PERS"}, ["ابن أبي أصيبعة"]),
        # a link word after the name, then a rare family name with the article
        ("وقال محمد بن عبدالعزيز القرني إن الفرق باشرت البحث .", {"محمد": "PERS"},
         ["محمد بن عبدالعزيز القرني"]),
        # two tagged parts of one name across «آل»
        ("وأشاد الشيخ محمد بن راشد آل مكتوم بالمبادرة .",
         {"محمد بن راشد": "PERS", "مكتوم": "PERS"}, ["محمد بن راشد آل مكتوم"]),
        # a given name after a title, left untagged, and the name parts after it
        ("قال محافظ عدن نايف صالح عبد القادر البكري إن المدينة آمنة .", {"عدن": "LOC"},
         ["نايف صالح عبد القادر البكري"]),
        # one given name right after an honorific is a name
        ("وأعلن الشيخ نايف أن اللجنة ستجتمع غدا .", {}, ["نايف"]),
    ],
)
def test_cut_and_missed_names_are_completed(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, repair_person_names(words, tags)) == expected


@pytest.mark.parametrize(
    ("sentence", "tagged_names"),
    [
        # a common word after a name is no part of it
        ("وقال ماجد عبد الله قدوة رياضية للشباب .", {"ماجد عبد الله": "PERS"}),
        # a common noun after a title is no name
        ("وقال رئيس أركان الجيش إن القوات جاهزة .", {}),
        # «الفريق» is also the team: a given name after it is left alone
        ("وتعاقد الفريق مع سلمان لمدة موسمين .", {}),
        # a common nisba adjective does not continue a name
        ("افتتح مركز الملك فهد الثقافي معرضا للكتاب .", {"فهد": "PERS"}),
        # nor does a participle, nor a noun with a possessive suffix
        ("وقال تيم نونان المنتمي إلى النقابة إن العرض جاد .", {"تيم نونان": "PERS"}),
        ("ونقل فيصل بن سلمان شكره للمواطنين .", {"فيصل بن سلمان": "PERS"}),
        # a nationality adjective is no family name
        ("وقال السيناتور ماركو روبيو الكوبي الأصل إن القرار خطأ .", {"ماركو روبيو": "PERS"}),
        # «آل» after a noun is no lineage, and a given name with «و» starts another name
        ("وقارنه به آل باتشينو في المقابلة .", {"باتشينو": "PERS"}),
        ("وحضر أندي ماكدوال وجيهة الحفل .", {"أندي ماكدوال": "PERS"}),
        # the conjunction starts another name: «وسلمان» is not part of the first
        ("التقى محمد وسلمان في الرياض .", {"محمد": "PERS", "الرياض": "LOC"}),
    ],
)
def test_names_are_not_run_on_over_common_words(
    sentence: str, tagged_names: dict[str, str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert repair_person_names(words, tags) == tags


def test_other_types_are_left_alone() -> None:
    words, tags = tagged("وصل وفد من مجلس التعاون بن سلمان .", {"مجلس التعاون": "ORG"})
    assert repair_person_names(words, tags) == tags


def test_a_name_cut_short_is_grown_to_the_full_name_of_the_document() -> None:
    first, first_tags = tagged(
        "قال محافظ عدن نايف صالح عبد القادر البكري إن المدينة آمنة .",
        {"عدن": "LOC", "نايف صالح عبد القادر البكري": "PERS"},
    )
    cut, cut_tags = tagged("وأضاف نايف صالح عبد القادر البكري أن الحكومة ستعود .",
                           {"نايف صالح": "PERS"})
    tail, tail_tags = tagged(
        "وقالت مصادر إن نايف صالح عبد القادر البكري وصل وإن عبد القادر البكري غادر .",
        {"البكري": "PERS"},
    )
    stems = [[strip_clitics(normalize_key(word))[1] for word in sentence]
             for sentence in (first, cut, tail)]
    completed = complete_from_document(
        [first, cut, tail], stems, [first_tags, cut_tags, tail_tags]
    )
    assert completed[0] == first_tags
    assert persons(cut, completed[1]) == ["نايف صالح عبد القادر البكري"]
    # the end of a known name grows back over the whole name, not over a part of it
    assert persons(tail, completed[2]) == ["نايف صالح عبد القادر البكري", "البكري"]


@pytest.mark.parametrize(
    ("titled_sentence", "titled_name", "other_sentence", "other_name"),
    [
        # a profession with the article before a given name
        ("وقال الشيف خالد إن المطبخ العربي غني بالنكهات .", "الشيف خالد",
         "ويرى الشيف خالد أن الطعام ثقافة .", "خالد"),
        # a kinship noun with a possessive suffix
        ("وقالت الأم إن ابننا طارق كان يحب المدرسة .", "ابننا طارق",
         "وأضافت أن ابننا طارق لم يعد إلى البيت منذ يومين .", "طارق"),
    ],
)
def test_a_name_that_opens_with_a_title_or_a_common_noun_is_not_grown_to(
    titled_sentence: str, titled_name: str, other_sentence: str, other_name: str
) -> None:
    first, first_tags = tagged(titled_sentence, {titled_name: "PERS"})
    other, other_tags = tagged(other_sentence, {other_name: "PERS"})
    stems = [[strip_clitics(normalize_key(word))[1] for word in sentence]
             for sentence in (first, other)]
    completed = complete_from_document([first, other], stems, [first_tags, other_tags])
    assert persons(other, completed[1]) == [other_name]


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        # the noun after the name, with his pronoun: «شكره» (his thanks)
        ("وقدم الأمير فيصل بن سلمان بن عبد العزيز شكره لأهالي المنطقة .",
         {"فيصل بن سلمان بن عبد العزيز شكره": "PERS"}, ["فيصل بن سلمان بن عبد العزيز"]),
        # a verb with an object pronoun
        ("وكان خالد الجابري يطالبهم بالعودة إلى العمل .",
         {"خالد الجابري يطالبهم": "PERS"}, ["خالد الجابري"]),
        # a name in «ه» or «ة» stays whole
        ("وصل الرئيس عبد ربه منصور هادي إلى عدن .", {"عبد ربه منصور هادي": "PERS"},
         ["عبد ربه منصور هادي"]),
        ("قال الشيخ محمد عبده إن الإصلاح ضروري .", {"محمد عبده": "PERS"}, ["محمد عبده"]),
        ("وقال المبعوث غسان سلامة إن الحوار مستمر .", {"غسان سلامة": "PERS"},
         ["غسان سلامة"]),
        ("ووصل الرئيس عبد ربه إلى الرياض .", {"عبد ربه": "PERS"}, ["عبد ربه"]),
    ],
)
def test_a_common_word_with_a_pronoun_suffix_is_cut_from_the_end_of_a_name(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, repair_person_names(words, tags)) == expected

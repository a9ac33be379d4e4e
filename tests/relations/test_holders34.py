"""The holders of statements (session 34, h4): a name after a verb of saying and a title,
the name after «د.», and no place glued to a preposition nor a foreign rank opening a
name; sentences written for the test.

Rule (:mod:`kg.ner.titled_speakers`): after a verb of saying and a person title, completed
only by article words, names of other kinds, a few prepositions or «د.», a run of two or
three name words (one after «د.») right before «إن»/«أن», a comma, a colon, «في» or
«خلال» is a person name, when each word is listed in people's names or rare in general
text. Not an adverb («مجددا», «تعليقا»), a time word, a glued «ل» or «و» before a common
word («لرويترز»), one lone word, nor a slot with no verb of saying or no title before it.
The same words right after the verb, with a title after them, are a name too.

Rules (:mod:`kg.ner.placed_openers`): a place glued to «ب»/«ل» before a listed given name
(«بجدة عبدالله»), or a foreign rank («كولونيل»), is taken out of the start of a person
name; not a given name that looks glued («بشار»), not after «و», not «لسيب بلاتر».

Rule (:mod:`kg.relations.speaker_after`): the full stop of «د.» between a title and the
name after it closes no clause, so the name speaks.
"""

from __future__ import annotations

import pytest

from kg.ner.placed_openers import placed_openers
from kg.ner.titled_speakers import rare_word, titled_speakers
from tests.ner.iob import persons, tagged
from tests.relations.conftest import stated
from tests.relations.docbuilder import E


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        # a transliterated name after a title and its nationality
        ("وقالت المبعوثة الكندية كاثرين ماكلوسكي إن الوضع صعب", {}, ["كاثرين ماكلوسكي"]),
        ("وأكد الباحث البريطاني ولي نصر أن الأزمة طويلة", {}, ["ولي نصر"]),
        # the title completed by a body the tagger found, a word of the name read as a place
        ("وقال السفير الياباني لدى الأمم المتحدة موتوهيدي يوشيكاوا إن المجلس منقسم",
         {"الأمم المتحدة": "ORG", "يوشيكاوا": "LOC"}, ["موتوهيدي يوشيكاوا"]),
        # the tagger found the given name only
        ("وقال المتحدث باسم الخارجية ماريا زاخاروفا ، إن موسكو ترفض",
         {"ماريا": "PERS"}, ["ماريا زاخاروفا"]),
        # set off by commas; after «د.»
        ("قال مبعوث المنظمة إلى ليبيا ، برناردينو ليونكي ، إن الحوار مستمر",
         {"ليبيا": "LOC"}, ["برناردينو ليونكي"]),
        ("قال وزير الصحة د . كوستيلو : إن المستشفيات جاهزة", {}, ["كوستيلو"]),
        # the title after the name, in apposition
        ("وقال موتوهيدي يوشيكاوا ، السفير الياباني لدى المنظمة ، إن المجلس منقسم", {},
         ["موتوهيدي يوشيكاوا"]),
        ("وأكد برناردينو ليونكي مبعوث المنظمة أن الحوار مستمر", {}, ["برناردينو ليونكي"]),
        # a name found whole is left as it is, and not run on over the news agency
        ("وقال المتحدث كيربي لفرانس برس إن الاتفاق قريب", {"كيربي": "PERS"}, ["كيربي"]),
        ("وقال الرئيس الفرنسي فرانسوا أولاند إن", {"فرانسوا أولاند": "PERS"},
         ["فرانسوا أولاند"]),
    ],
)
def test_a_name_in_the_speakers_slot(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, titled_speakers(words, tags)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال الوزير مجددا أمس إن الحكومة فشلت",  # an adverb and a time word
        "وقال وزير الخارجية تعليقا مطولا إن الأمر انتهى",  # adverbs of common words
        "وقال المتحدث باسم الوزارة لرويترز إن الحكومة فشلت",  # a glued «ل»
        "وقال المتحدث باسم الوزارة لفرانس برس إن الحكومة فشلت",  # a glued «ل»
        "وقال الوزير كوستيلو إن المستشفيات جاهزة",  # one word, no «د.»
        "وقال الوزير في بيان صحفي إن الحكومة فشلت",  # a phrase
        "وقال نائب رئيس أعلى في الشركة إن المبيعات زادت",  # a title and a frequent word
        "وقالت الحكومة الكندية كاثرين ماكلوسكي إن الوضع صعب",  # no title
        "ورأى الوفد أن المبعوث كاثرين ماكلوسكي إن",  # no verb right before the title
        "وقال المبعوث كاثرين ماكلوسكي يوم إن",  # the slot does not end at «إن»
        "وقال مجددا أمس ، المتحدث باسم الوزارة إن",  # adverbs before the title
        "وقال يوشيكاوا ، السفير الياباني إن",  # one word
        "وقال ماكلوسكي يوشيكاوا الأمريكي إن",  # no title after them
    ],
)
def test_no_name_in_the_slot(sentence: str) -> None:
    words, tags = tagged(sentence, {})
    assert persons(words, titled_speakers(words, tags)) == []


def test_rare_words() -> None:
    assert rare_word("ماكلوسكي") and rare_word("زاخاروفا")
    assert not rare_word("مجددا") and not rare_word("لرويترز") and not rare_word("الحكومة")


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        # a place with a glued «ب» or «ل» opens no name (kg.ner.placed_openers)
        ("وأكد مدير التعليم بتبوك سالم بن فهد العتيبي على أهمية التعاون",
         {"بتبوك سالم بن فهد العتيبي": "PERS"}, ["سالم بن فهد العتيبي"]),
        ("وقال المدير الإقليمي للصحة بالرياض خالد الحربي إن", {"بالرياض خالد الحربي": "PERS"},
         ["خالد الحربي"]),
        # a given name that looks glued, a lone word, a place read whole
        ("وقال بشار الأسد إن", {"بشار الأسد": "PERS"}, ["بشار الأسد"]),
        ("وقال بسام الحربي إن", {"بسام الحربي": "PERS"}, ["بسام الحربي"]),
        ("ورحب بتبوك", {"بتبوك": "PERS"}, ["بتبوك"]),
    ],
)
def test_a_place_opens_no_name(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, placed_openers(words, tags)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "خلفا لسيب بلاتر الذي استقال",  # «ل» before a name, the rest a town too
        "يقوم ببطولته كريس برات وبرايس دالاس هاوارد",  # «و» and a name
        "أحياها الشاعر لافي الغيداني",  # a name read whole
    ],
)
def test_a_name_after_a_preposition_is_kept(sentence: str) -> None:
    names = {"لسيب بلاتر": "PERS", "وبرايس دالاس هاوارد": "PERS", "لافي الغيداني": "PERS"}
    words, tags = tagged(sentence, names)
    assert persons(words, placed_openers(words, tags)) == persons(words, tags) != []


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        # a foreign rank opens no name (kg.ner.placed_openers)
        ("وقال المتحدث اللفتنانت كولونيل راجيش كومار إن", {"كولونيل راجيش كومار": "PERS"},
         ["راجيش كومار"]),
        ("وأكد الميجور ديفيد براون أن", {"الميجور ديفيد براون": "PERS"}, ["ديفيد براون"]),
        ("وقال كولونيل إن", {"كولونيل": "PERS"}, ["كولونيل"]),  # a lone word is left
        ("وقال كمال براون إن", {"كمال براون": "PERS"}, ["كمال براون"]),
    ],
)
def test_a_foreign_rank_opens_no_name(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, placed_openers(words, tags)) == expected


ASHOUR = E("Person", "سامي عاشور", ("سامي عاشور",))
NAJI = E("Person", "ناجي العبد", ("ناجي العبد",))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # «د.» between the title and the name closes no clause (kg.relations.speaker_after)
        ("قال ناجي العبد إن المدارس جاهزة. وأوضح الخبير التربوي د. سامي عاشور أن الطلاب "
         "يحتاجون إلى الدعم.", "سامي عاشور"),
        ("قال ناجي العبد إن المدارس جاهزة. وأوضح الخبير التربوي أن الطلاب يحتاجون إلى الدعم.",
         "ناجي العبد"),
    ],
)
def test_the_name_after_doctor_speaks(text: str, speaker: str) -> None:
    said = {who for who, words in stated(text, [ASHOUR, NAJI]) if "الطلاب" in words}
    assert said == {speaker}

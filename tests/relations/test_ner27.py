"""Names that facts hang on (session 27, ner27); sentences written for the test.

Rules:

- an enlisted rank («وكيل الرقيب», «الوكيل رقيب», «رئيس الرقباء», «الجندي أول») is a
  title, not a name or a name's first words (:mod:`kg.ner.enlisted_ranks`): «وقال وكيل
  الرقيب سعد المطيري» is said by «سعد المطيري»; not a rank word inside a name («محمد
  الجندي») nor a bare «رقيب» with nothing to make it a rank.
- a rare family name in «ي» that ends a person name of the document is that person
  where it stands alone after a word it cannot describe: «وبين العواضي بأن», «اكتفى
  البلوي بالقول» (:mod:`kg.ner.lone_nisbas`); not after a definite word or a noun with a
  pronoun suffix («الطيران الحربي», «فريقه الاتحادي»), a given name («فهد القرني» is
  another man) or a mark, nor a common word («القاضي»).
- a name in quotes right after the noun of a device, an app or a game («جهاز «ريفت»»,
  «تطبيق «سنابي»») is a product: no Person mention of the document bears that name, or
  ends with it when it is one word (:mod:`kg.link.products`); a person after such a noun
  without quotes is its owner («هاتف ميركل»), and quotes after other nouns are no
  product's.
- a definite word general text hardly uses, right after a person name that ends with a
  given name or «عبد الله», is the name's family name: «[محمد بن عبد الله] الجعيثن»
  (:mod:`kg.ner.rare_families`); not a common word («الجديد»), nor after a name that
  already ends with a family name.
- a one-word given name the tagger closed right before a person name that opens with a
  given name is one name with it: «[عبدالعزيز] [فهد الشمري]» (:mod:`kg.ner.adjacent_names`);
  not a name with «و» glued («عباس وأنان محمود عباس»), nor after a name of two words.
- «أشرف» alone before «على/عليها» is the verb «supervised», not a name: «المجموعة
  الأساسية أشرف عليها خالد القروني», «وأشرف على التدريبات» (:mod:`kg.ner.verb_names`);
  not «أشرف علي» (Ali, written with «ي») nor a longer name («أشرف عبد الباقي»).
"""

from __future__ import annotations

import pytest

from kg.link.products import product_names
from kg.model import Document
from kg.ner.adjacent_names import joined_given_names
from kg.ner.enlisted_ranks import enlisted_ranks
from kg.ner.lone_nisbas import lone_nisbas
from kg.ner.rare_families import rare_family_ends
from kg.ner.verb_names import supervising_verb
from kg.pipeline import Pipeline
from tests.ner.iob import persons, tagged
from tests.relations.docbuilder import E, build_doc


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _speakers(pipeline: Pipeline, text: str) -> list[str]:
    doc = pipeline(Document(id="doc-ner27", text=text))
    names = {e.id: e.name for e in doc.entities}
    return sorted(names.get(s.speaker_id or "", "") for s in doc.statements)


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        ("وقال وكيل الرقيب سعد المطيري : إن العمل مستمر", {"وكيل الرقيب": "PERS",
                                                           "سعد المطيري": "PERS"},
         ["سعد المطيري"]),
        ("وقال وكيل الرقيب سعد المطيري : إن العمل مستمر",
         {"وكيل الرقيب سعد المطيري": "PERS"}, ["سعد المطيري"]),
        ("وقال الوكيل رقيب أحمد الشمري : نحن جاهزون", {"رقيب أحمد الشمري": "PERS"},
         ["أحمد الشمري"]),
        ("وأكد الجندي أول ماجد الحربي أن الوضع مستقر", {"الجندي أول ماجد الحربي": "PERS"},
         ["ماجد الحربي"]),
        ("وقال رئيس الرقباء فهد القحطاني إن الوضع مستقر",
         {"رئيس الرقباء فهد القحطاني": "PERS"}, ["فهد القحطاني"]),
        # a rank word inside a name, or a bare «رقيب» alone, is the name's
        ("وقال محمد الجندي إن الوضع مستقر", {"محمد الجندي": "PERS"}, ["محمد الجندي"]),
        ("وقال رقيب الحربي إن الوضع مستقر", {"رقيب الحربي": "PERS"}, ["رقيب الحربي"]),
    ],
)
def test_an_enlisted_rank_is_no_name(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, enlisted_ranks(words, tags)) == expected


def test_a_sergeant_speaks_by_his_name(pipeline: Pipeline) -> None:
    assert _speakers(pipeline, "وقال وكيل الرقيب سعد المطيري: إن العمل في العيد شرف لنا.") \
        == ["سعد المطيري"]


def _lone(sentences: list[tuple[str, dict[str, str]]]) -> list[list[str]]:
    pairs = [tagged(sentence, names) for sentence, names in sentences]
    words = [w for w, _ in pairs]
    return [persons(w, t) for w, t in zip(words, lone_nisbas(words, [t for _, t in pairs]),
                                          strict=True)]


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("وبين العواضي بأن المهلة مددت", ["العواضي"]),
        ("في الوقت الذي اكتفى العواضي بالقول إن الطموحات كبيرة", ["العواضي"]),
        ("وحرص العواضي على تحفيز اللاعبين", ["العواضي"]),
        # a definite word or a suffixed noun before it: the nisba may be its adjective
        ("وزار الوفد العواضي الجديد", []),
        ("وشارك فريقه العواضي في البطولة", []),
        # a given name before it: another man of the family
        ("وقال فهد العواضي إن المهلة مددت", []),
        # a mark before it, or a proclitic on it
        ("وأضاف : العواضي حاضر", []),
        ("وأشاد بالعواضي في كلمته", []),
    ],
)
def test_a_family_name_alone_after_a_verb_is_the_person(later: str, expected: list[str]) -> None:
    first = ("وقال صلاح العواضي سكرتير السفارة إن العمل مستمر", {"صلاح العواضي": "PERS"})
    assert _lone([first, (later, {})])[1] == expected


def test_no_lone_family_name_without_the_full_name_or_for_a_common_word() -> None:
    # the family name ends no person name of two words in the document
    assert _lone([("وبين العواضي بأن المهلة مددت", {})]) == [[]]
    # a common word («القاضي», the judge) is no family name to find alone
    first = ("وقال محمد القاضي إن الجلسة انتهت", {"محمد القاضي": "PERS"})
    assert _lone([first, ("وحكم القاضي بسجنه", {})])[1] == []


def test_a_statement_by_the_family_name_alone(pipeline: Pipeline) -> None:
    text = ("وقال صلاح العواضي السكرتير الثالث بالسفارة إن العمل مستمر. "
            "واكتفى العواضي بالقول: إن المهلة كافية.")
    doc = pipeline(Document(id="doc-ner27", text=text))
    names = {e.id: e.name for e in doc.entities}
    quotes = {doc.text[s.quote_start:s.quote_end][:10]: names.get(s.speaker_id or "", "")
              for s in doc.statements}
    assert any(name == "صلاح العواضي" and "المهلة" in quote for quote, name in quotes.items())


def _product_labels(text: str, entities: list[E]) -> dict[str, set[str]]:
    doc = build_doc(text, entities)
    labels: dict[str, set[str]] = {}
    for mention in product_names(doc, list(doc.mentions)):
        labels.setdefault(mention.text, set()).add(mention.label)
    return labels


def test_a_quoted_name_after_a_device_noun_is_a_product() -> None:
    text = ("وتعمل الشركة على جهاز «ريفت» الجديد. وسيعمل ريفت مع الألعاب، "
            "ويحتاج زوريان ريفت إلى حاسوب قوي. ونزل تطبيق «سنابي» للهواتف.")
    labels = _product_labels(text, [E("Person", "ريفت"), E("Person", "زوريان ريفت"),
                                    E("Person", "سنابي")])
    assert labels == {"ريفت": {"Miscellaneous"}, "زوريان ريفت": {"Miscellaneous"},
                      "سنابي": {"Miscellaneous"}}


def test_an_owner_or_a_quote_after_another_noun_stays_a_person() -> None:
    text = ("وتجسست الوكالة على هاتف ميركل لسنوات. وقالت الممثلة «سارة» إنها سعيدة، "
            "وكتب الصحفي «بريكان» مقالا.")
    labels = _product_labels(text, [E("Person", "ميركل"), E("Person", "سارة"),
                                    E("Person", "بريكان")])
    assert labels == {"ميركل": {"Person"}, "سارة": {"Person"}, "بريكان": {"Person"}}


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        ("وأوضح المتحدث محمد بن عبد الله الجعيثن أن الحالة مستقرة",
         {"محمد بن عبد الله": "PERS"}, ["محمد بن عبد الله الجعيثن"]),
        ("وقال المواطن فهد سعد الدغيثر إن الطريق مغلق", {"فهد سعد": "PERS"},
         ["فهد سعد الدغيثر"]),
        # a common word after the name, or a name that has its family name already
        ("وقال محمد بن سعد الجديد إن العيد جميل", {"محمد بن سعد": "PERS"}, ["محمد بن سعد"]),
        ("وقال فهد الحربي الدغيثر إن الطريق مغلق", {"فهد الحربي": "PERS"}, ["فهد الحربي"]),
        # a one-word name is not grown
        ("وقال فهد الدغيثر إن الطريق مغلق", {"فهد": "PERS"}, ["فهد"]),
    ],
)
def test_an_unlisted_family_name_ends_the_name(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, rare_family_ends(words, tags)) == expected


def test_the_speaker_keeps_his_unlisted_family_name(pipeline: Pipeline) -> None:
    assert _speakers(pipeline, "وأوضح المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة القصيم محمد "
                               "بن عبد الله الجعيثن أن الحالة مستقرة.") \
        == ["محمد بن عبد الله الجعيثن"]


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        ("وأكد عبدالعزيز فهد الشمري أن العيد جميل", {"عبدالعزيز": "PERS", "فهد الشمري": "PERS"},
         ["عبدالعزيز فهد الشمري"]),
        # «و» glued to the first name: a list, then a full name in apposition
        ("وقال عباس وأنان محمود عباس إن الاتفاق قريب", {"وأنان": "PERS", "محمود عباس": "PERS"},
         ["وأنان", "محمود عباس"]),
        # a name of two words before another, or a word between them
        ("وقال سعد الحربي فهد الشمري إن العيد جميل", {"سعد الحربي": "PERS", "فهد الشمري": "PERS"},
         ["سعد الحربي", "فهد الشمري"]),
        ("وأكد عبدالعزيز ، فهد الشمري أن العيد جميل", {"عبدالعزيز": "PERS", "فهد الشمري": "PERS"},
         ["عبدالعزيز", "فهد الشمري"]),
    ],
)
def test_a_given_name_joins_the_name_right_after_it(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, joined_given_names(words, tags)) == expected


def test_the_speaker_with_a_glued_compound_given_name(pipeline: Pipeline) -> None:
    assert _speakers(pipeline, "وأكد عبدالعزيز فهد الشمري أن العيد جميل.") \
        == ["عبدالعزيز فهد الشمري"]


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        ("المجموعة الأساسية أشرف عليها خالد القروني", {"أشرف": "PERS", "خالد القروني": "PERS"},
         ["خالد القروني"]),
        ("وأشرف على التدريبات المدرب سعد الحربي", {"وأشرف على": "PERS", "سعد الحربي": "PERS"},
         ["سعد الحربي"]),
        # the name Ashraf: «علي» with «ي», a longer name, or no «على» after it
        ("وقال أشرف علي إن الفريق جاهز", {"أشرف علي": "PERS"}, ["أشرف علي"]),
        ("وعلق أشرف عبد الباقي على العرض", {"أشرف عبد الباقي": "PERS"}, ["أشرف عبد الباقي"]),
        ("وقال أشرف إن الفريق جاهز", {"أشرف": "PERS"}, ["أشرف"]),
    ],
)
def test_ashraf_before_ala_is_the_verb(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, supervising_verb(words, tags)) == expected

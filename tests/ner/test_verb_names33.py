"""A stance verb that is also a given name, at a clause start, is the verb (session 33, h9);
sentences written for the test.

Rule (:mod:`kg.ner.stance_verbs`): «دعا», «دان», «أدان», «ناشد», «هاجم», «شكر» opening a
clause (the sentence's first word, after «،», «كما», «ثم», or with «و»/«ف» glued) are taken
out of the person name they open when its object or subject follows («دعا بلاتر الاتحادات
إلى ...» is said by «بلاتر»; «[دان] الرئيس محمود عباس» has no person «دان»); and the
linker does not widen a name over such a verb before it. Not «دعاء» (a woman's name), not a
verb word inside a name, not after a verb of saying («وقال دان براون إن ...»), not «ودان»
right after a name («جورج بوش ودان كويل»).
"""

from __future__ import annotations

import pytest

from kg.gazetteer.stance_verbs import stance_verb_before
from kg.model import Document
from kg.ner.stance_verbs import stance_verb_names
from kg.pipeline import Pipeline
from tests.ner.iob import persons, tagged


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        ("دعا بلاتر الاتحادات الوطنية إلى احترام القوانين", {"دعا بلاتر": "PERS"}, ["بلاتر"]),
        ("ودان نادر الحلبي الهجوم على القافلة", {"ودان نادر الحلبي": "PERS"},
         ["نادر الحلبي"]),
        ("وفي البيان ، ناشد سمير العلي الأطراف وقف القتال", {"ناشد سمير العلي": "PERS"},
         ["سمير العلي"]),
        ("كما هاجم كريم سالم بشدة قرار المحكمة", {"هاجم كريم سالم": "PERS"}, ["كريم سالم"]),
        ("ودان الرئيس محمود عباس الاعتداء", {"ودان": "PERS", "محمود عباس": "PERS"},
         ["محمود عباس"]),
        ("ودان نبيل بري التفجير", {"ودان": "PERS", "نبيل بري": "PERS"}, ["نبيل بري"]),
        ("وفيما دان المجلس العملية قال الوزير", {"دان": "PERS"}, []),
        # a woman's name, a verb word inside a name, a name after a verb of saying
        ("دعاء محمد الطالبة إلى المنصة", {"دعاء محمد": "PERS"}, ["دعاء محمد"]),
        ("وقال سامي دعا الحكومة", {"سامي دعا": "PERS"}, ["سامي دعا"]),
        ("وقال دان براون الروائي إن كتابه جاهز", {"دان براون": "PERS"}, ["دان براون"]),
        # «ودان» right after a name: a list of names
        ("التقى جورج بوش ودان كويل الأسبوع الماضي", {"جورج بوش": "PERS", "ودان كويل": "PERS"},
         ["جورج بوش", "ودان كويل"]),
        # a colon opens a name in credits
        ("إخراج : دان شيسو الفيلم الجديد", {"دان شيسو": "PERS"}, ["دان شيسو"]),
        # nothing after the name that could be the verb's object
        ("دان حالوتس ، رئيس الأركان السابق", {"دان حالوتس": "PERS"}, ["دان حالوتس"]),
        ("دان حالوتس الذي قاد الجيش", {"دان حالوتس": "PERS"}, ["دان حالوتس"]),
    ],
)
def test_a_stance_verb_is_no_first_name(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, stance_verb_names(words, tags)) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("دعا بلاتر الاتحادات إلى الهدوء.", "بلاتر", True),
        ("كما دعا ميركل إلى الحوار.", "ميركل", True),
        ("وفي كلمته، دعا ميركل إلى الحوار.", "ميركل", True),
        ("وقال إن سامي دعا ميركل إلى الحوار.", "ميركل", False),  # no clause start before it
        ("دعا بلاتر، رئيس الفيفا.", "بلاتر", False),  # nothing after the name to be its object
        ("دعاء محمد الطالبة.", "محمد", False),
    ],
)
def test_no_widening_over_a_stance_verb(text: str, name: str, expected: bool) -> None:
    name_start = text.index(name)
    verb_start = text.rindex(" ", 0, name_start - 1) + 1 if " " in text[: name_start - 1] else 0
    assert stance_verb_before(text, verb_start, name_start + len(name), 0) is expected


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link"])


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        ("دعا بلاتر الاتحادات الوطنية إلى احترام القوانين.", "بلاتر", "دعا بلاتر"),
        ("كما دعا ميركل إلى الحوار مع موسكو.", "ميركل", "دعا ميركل"),
        ("ودان بلاتر الهتافات العنصرية في الملعب.", "بلاتر", "دان بلاتر"),
    ],
)
def test_the_person_after_the_verb(pipeline: Pipeline, text: str, person: str,
                                   not_person: str) -> None:
    doc = pipeline(Document(id="doc-verbs33", text=text))
    names = {m.text for m in doc.mentions if m.label == "Person"}
    assert person in names and not_person not in names

"""Praise recall, session 36 (praise36), families read from a pool annotated blind.

- The statement a praise or a welcome is voiced in, between the verb (or its subject) and
  the object and closed by a comma: «ونوه سموه في خطاب بعث به لوزير الصحة، بجهود الوزارة».
  The object starts past the comma when the word there takes the verb's «ب» (or «على»);
  the names inside the statement are never the object; an occasion inside it («خلال
  زيارة مصر،») or an adjunct after the comma («، بحضور الوزير،») leaves it unread.
- A name run on over the verb's «ب» object by the tagger («وأشاد [جيرارد بسواريز]») when the
  rest of the word ends another person's name in the text («لويس سواريز»): cut
  (:mod:`kg.ner.glued_objects`), kept apart by the linker and joined to the bare name.
- A family name the recogniser left out of a patronymic chain (one that is also a title noun,
  «المخرج»), closed by a comma before the verb's «ب»: «ونوه المهندس X بن Y المخرج، برعاية Z».

Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from kg.ids import mention_id
from kg.model import Document, Mention
from kg.pipeline import Pipeline
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

FAISAL = E("Person", "فيصل بن سلمان بن عبدالعزيز", ("فيصل بن سلمان بن عبدالعزيز",))
FALIH = E("Person", "خالد الفالح", ("خالد الفالح",))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
RED_CRESCENT = E("GovernmentBody", "هيئة الهلال الأحمر", ("هيئة الهلال الأحمر",))
COUNCIL = E("GovernmentBody", "مجلس الشورى", ("مجلس الشورى",))
MUHAMMAD = E("Person", "محمد بن عبد الرحمن", ("محمد بن عبد الرحمن",))
TURKI = E("Person", "تركي الفيصل", ("تركي الفيصل",))
ENTITIES = [FAISAL, FALIH, HEALTH, RED_CRESCENT, COUNCIL, MUHAMMAD, TURKI]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


# --- a statement closed by a comma before the object --------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("ونوه الأمير فيصل بن سلمان بن عبدالعزيز في خطاب بعث به لوزير الصحة، بجهود هيئة الهلال "
     "الأحمر في المنطقة.",
     ("praises", "فيصل بن سلمان بن عبدالعزيز", "هيئة الهلال الأحمر")),
    ("وأشاد الأمير فيصل بن سلمان بن عبدالعزيز في كلمته الافتتاحية، بدور وزارة الصحة في خدمة "
     "الزوار.",
     ("praises", "فيصل بن سلمان بن عبدالعزيز", "وزارة الصحة")),
    ("وأثنى الأمير فيصل بن سلمان بن عبدالعزيز في تصريح صحفي أمس، على جهود هيئة الهلال الأحمر.",
     ("praises", "فيصل بن سلمان بن عبدالعزيز", "هيئة الهلال الأحمر")),
    ("ونوه مجلس الشورى في تقرير صدر اليوم، بجهود وزارة الصحة.",
     ("praises", "مجلس الشورى", "وزارة الصحة")),
    ("ورحب مجلس الشورى في بيان أصدره أمس، بقرار وزارة الصحة.",
     ("welcomes", "مجلس الشورى", "وزارة الصحة")),
])
def test_object_past_closed_statement(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


def test_styled_pronoun_before_statement() -> None:
    text = ("استقبل الأمير فيصل بن سلمان بن عبدالعزيز وفد الهيئة. ونوه سموه في خطاب له، بجهود "
            "هيئة الهلال الأحمر في المنطقة.")
    assert ("praises", "فيصل بن سلمان بن عبدالعزيز", "هيئة الهلال الأحمر") in run(text)


@pytest.mark.parametrize("text", [
    # the one the letter is sent to is no object, and nothing with «ب» follows the comma
    "ونوه الأمير فيصل بن سلمان بن عبدالعزيز في خطاب بعث به لوزير الصحة خالد الفالح، مؤكدا "
    "أهمية المراكز.",
    # a name right after the comma, without the verb's «ب»
    "وأشاد الأمير فيصل بن سلمان بن عبدالعزيز في كلمته، خالد الفالح يرى أن المراكز كافية.",
])
def test_no_object_inside_statement(text: str) -> None:
    facts = run(text)
    assert ("praises", "فيصل بن سلمان بن عبدالعزيز", "خالد الفالح") not in facts
    assert ("praises", "فيصل بن سلمان بن عبدالعزيز", "وزارة الصحة") not in facts


def test_statement_names_not_praised() -> None:
    # the minister the letter is addressed to is not praised, the body after the comma is
    facts = run("ونوه الأمير فيصل بن سلمان بن عبدالعزيز في خطاب بعث به لوزير الصحة خالد "
                "الفالح، بجهود هيئة الهلال الأحمر.")
    assert ("praises", "فيصل بن سلمان بن عبدالعزيز", "هيئة الهلال الأحمر") in facts
    assert ("praises", "فيصل بن سلمان بن عبدالعزيز", "خالد الفالح") not in facts


@pytest.mark.parametrize("text", [
    # an occasion inside the statement: where it ends is unsure
    "وأشاد الأمير فيصل بن سلمان بن عبدالعزيز في كلمته خلال زيارة الوزير، بجهود وزارة الصحة.",
    # an adjunct with «ب» after the comma, not the object
    "وأشاد الأمير فيصل بن سلمان بن عبدالعزيز في كلمته، بحضور وزير الصحة خالد الفالح.",
    "ونوه مجلس الشورى في تقرير صدر اليوم، بحسب وزارة الصحة.",
])
def test_statement_not_read(text: str) -> None:
    assert not {f for f in run(text) if f[0] == "praises"}


# --- a family name left out of the chain -------------------------------------------------

def test_family_name_before_comma() -> None:
    text = ("ونوه أمين المحافظة المهندس محمد بن عبد الرحمن المخرج، برعاية الأمير تركي الفيصل "
            "للمعرض.")
    assert ("praises", "محمد بن عبد الرحمن", "تركي الفيصل") in run(text)


@pytest.mark.parametrize("text", [
    # no «ب» after the comma: a clause, no object read past it
    "ونوه المهندس محمد بن عبد الرحمن المخرج، الأمير تركي الفيصل يرعى المعرض.",
    # a name with no patronymic chain: the word after it is not read as its family name
    "وأشاد الأمير تركي الفيصل الحاضر، بحضور الأمير محمد بن عبد الرحمن.",
])
def test_family_name_not_read(text: str) -> None:
    assert not {f for f in run(text) if f[0] == "praises"}


# --- a patronage, a care, a backing praised in the giver's name ----------------------------

MAKKAH = E("Region", "منطقة مكة المكرمة", ("منطقة مكة المكرمة",))


def run_makkah(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, [*ENTITIES, MAKKAH]))
    return stances(doc)


@pytest.mark.parametrize(("text", "fact"), [
    ("وأشاد المهندس محمد بن عبد الرحمن بالعناية التي توليها وزارة الصحة للمرضى.",
     ("praises", "محمد بن عبد الرحمن", "وزارة الصحة")),
    ("وأشاد المهندس محمد بن عبد الرحمن بالمساندة التي تقدمها هيئة الهلال الأحمر للمستشفيات.",
     ("praises", "محمد بن عبد الرحمن", "هيئة الهلال الأحمر")),
])
def test_patronage_praised(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run_makkah(text)


@pytest.mark.parametrize("text", [
    # the ones cared for, not a giver: no praise of a group or a topic
    "وأشاد المهندس محمد بن عبد الرحمن برعاية المرضى في المستشفيات.",
    "ونوه المهندس محمد بن عبد الرحمن بعناية الأطباء بالمرضى.",
])
def test_patronage_of_the_cared_for(text: str) -> None:
    assert not {f for f in run_makkah(text) if f[0] == "praises"}


# --- a name run on over the verb's «ب» object («وأشاد جيرارد بسواريز») ------------------------

def test_glued_object_cut_from_name() -> None:
    from kg.ner.glued_objects import glued_objects

    words = [["سجل", "لويس", "سواريز", "هدفا"], ["وأشاد", "جيرارد", "بسواريز", "خلال"]]
    tags = [["O", "B-PERS", "I-PERS", "O"], ["O", "B-PERS", "I-PERS", "O"]]
    assert glued_objects(words, tags)[1] == ["O", "B-PERS", "B-PERS", "O"]


@pytest.mark.parametrize(("words", "tags"), [
    # no one else is named by the rest of the word: a family name with «ب» stays
    ([["وقال", "عمر", "بلال", "إن"]], [["O", "B-PERS", "I-PERS", "O"]]),
    # the same slip twice names no one by itself
    ([["وأشاد", "جيرارد", "بسواريز"], ["وأثنى", "كلوب", "بسواريز"]],
     [["O", "B-PERS", "I-PERS"], ["O", "B-PERS", "I-PERS"]]),
    # a one-word name is never cut
    ([["سجل", "لويس", "سواريز"], ["وأشاد", "بسواريز"]],
     [["O", "B-PERS", "I-PERS"], ["O", "B-PERS"]]),
])
def test_glued_object_kept(words: list[list[str]], tags: list[list[str]]) -> None:
    from kg.ner.glued_objects import glued_objects

    assert glued_objects(words, tags) == tags


def _ner(text: str, surface: str) -> Mention:
    start = text.index(surface)
    end = start + len(surface)
    return Mention(mention_id("doc-g", start, end), start, end, surface, "Person", "ner.bundled",
                   0.8, 0)


def test_glued_object_linked_apart() -> None:
    import kg.stages  # noqa: F401  (registers the stages)

    text = "سجل لويس سواريز هدفا في المباراة. وأشاد جيرارد بسواريز خلال مقابلة مع الصحفيين."
    pipeline = Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "link", "relations"])
    doc = pipeline(Document(id="doc-g", text=text, mentions=(
        _ner(text, "لويس سواريز"), _ner(text, "جيرارد"), _ner(text, "بسواريز"))))
    entity = {m.text: m.entity_id for m in doc.mentions}
    assert "جيرارد بسواريز" not in entity
    assert entity["بسواريز"] == entity["لويس سواريز"]
    assert ("praises", "جيرارد", "لويس سواريز") in stances(doc)

"""Praise recall, session 37 (praise37), families read from a pool annotated blind.

- A praised deed set off from the subject by a comma, after a verb that takes its object in
  the accusative: «وثمن السلمي، الدور الرائد لسمو محافظ جدة الأمير X» (the deed's actor is
  praised); a title or a clause after the comma is no object.
- A deed's actor named past a compound title: «بدعم ولي العهد الأمير X», «بالجهود التي
  يبذلها ولي ولي العهد الأمير X» praise X, not the phrase «ولي العهد الأمير».
- A deed's actor named at the end of a long chain of titles the roles give him: «بالجهود التي
  يبذلها سمو ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية الأمير X» (an epithet may open
  it: «رجل الأمن الأول»); never past a list of doers («بجهود رجال الأمن وسمو ولي العهد ...»).
- What the praiser saw, through «بما» and a verb of witnessing: «مشيداً بما شاهده من أجنحة».
- A speaker fronted with a long title that the roles give him, then a comma and «قال:»:
  «مدير عام التخطيط في أمانة المنطقة سابقا المهندس X، قال: ...، مشيدا بـ ...».

- The statement a praise is voiced in, with no comma closing it, ends at a word that takes the
  verb's «ب» and names a deed: «ونوه X في خطاب بعث به لرئيس الهيئة بالاهتمام الذي توليه الهيئة».

Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

MISHAL = E("Person", "مشعل بن ماجد", ("مشعل بن ماجد",))
SULAMI = E("Person", "عبدالله السلمي", ("عبدالله السلمي",))
NAYEF = E("Person", "محمد بن نايف", ("محمد بن نايف",))
SALMAN = E("Person", "محمد بن سلمان", ("محمد بن سلمان",))
MUTAIRI = E("Person", "سعد المطيري", ("سعد المطيري",))
SHAKER = E("Person", "شاكر الحربي", ("شاكر الحربي",))
FALIH = E("Person", "خالد الفالح", ("خالد الفالح",))
ENTITIES = [MISHAL, SULAMI, NAYEF, SALMAN, MUTAIRI, SHAKER, FALIH]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


# --- a deed past the comma after the subject ---------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وثمن عبدالله السلمي، الدور الكبير للأمير مشعل بن ماجد في دعم النادي.",
     ("praises", "عبدالله السلمي", "مشعل بن ماجد")),
    ("كما ثمن سعد المطيري، جهود الأمير مشعل بن ماجد في خدمة الأهالي.",
     ("praises", "سعد المطيري", "مشعل بن ماجد")),
])
def test_deed_past_subject_comma(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # a clause after the comma: the name in it is not the deed's actor
    "وثمن عبدالله السلمي، وقال إن الأمير مشعل بن ماجد زار النادي.",
    # a name after the comma, no deed noun: nothing read past the comma here
    "وثمن عبدالله السلمي، الأمير مشعل بن ماجد زار النادي أمس.",
])
def test_no_object_past_subject_comma(text: str) -> None:
    assert not {f for f in run(text) if f[0] == "praises" and f[2] == "مشعل بن ماجد"}


# --- a deed's actor past a compound title ------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأشاد سعد المطيري بدعم ولي العهد الأمير محمد بن نايف للأجهزة الأمنية.",
     ("praises", "سعد المطيري", "محمد بن نايف")),
    ("وأشاد سعد المطيري بالجهود التي يبذلها ولي العهد وزير الداخلية الأمير محمد بن نايف.",
     ("praises", "سعد المطيري", "محمد بن نايف")),
    ("ونوه سعد المطيري بدعم ولي ولي العهد الأمير محمد بن سلمان للشباب.",
     ("praises", "سعد المطيري", "محمد بن سلمان")),
])
def test_deed_actor_past_compound_title(text: str, fact: tuple[str, str, str]) -> None:
    facts = run(text)
    assert fact in facts
    assert not {f for f in facts if f[0] == "praises" and "ولي" in f[2]}


def test_compound_title_alone_names_no_person() -> None:
    # «ولي العهد» with no name after it: no person read from the compound title
    assert not {f for f in run("وأشاد سعد المطيري بدعم ولي العهد للأجهزة الأمنية.")
                if f[2] in {"محمد بن نايف", "محمد بن سلمان"}}


# --- a deed's actor past a long chain of titles -------------------------------------------

@pytest.mark.parametrize("text", [
    "وأشاد سعد المطيري بالجهود التي يبذلها سمو ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية "
    "صاحب السمو الملكي الأمير محمد بن نايف في تطوير الأجهزة.",
    "وقال سعد المطيري إن الأجهزة جاهزة، مشيدا بالجهود التي يبذلها رجل الأمن الأول سمو ولي "
    "العهد ونائب رئيس مجلس الوزراء وزير الداخلية الأمير محمد بن نايف في تطوير الأجهزة.",
])
def test_deed_actor_past_title_chain(text: str) -> None:
    facts = {f for f in run(text) if f[0] == "praises"}
    assert facts == {("praises", "سعد المطيري", "محمد بن نايف")}


def test_no_person_past_a_list_of_doers() -> None:
    facts = run("وأشاد سعد المطيري بجهود رجال الأمن في المنطقة وسمو ولي العهد الأمير محمد بن "
                "نايف.")
    assert ("praises", "سعد المطيري", "محمد بن نايف") not in facts


# --- what the praiser saw ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "thing"), [
    ("وقال سعد المطيري إن المهرجان ناجح، مشيدا بما شاهده من أجنحة تراثية خلال زيارته.",
     "أجنحة تراثية"),
    ("وأشاد خالد الفالح بما لمسه من تعاون بين الجهات.", "تعاون"),
])
def test_witnessed_thing_praised(text: str, thing: str) -> None:
    assert any(f[0] == "praises" and f[2].startswith(thing) for f in run(text))


def test_witnessed_without_min_not_read() -> None:
    facts = run("وأشاد خالد الفالح بما شاهده في المعرض من الزوار.")
    assert not {f for f in facts if f[0] == "praises"}


# --- a speaker fronted with a long title --------------------------------------------------

def test_long_fronted_title_speaker() -> None:
    text = ("مدير عام التخطيط العمراني في أمانة المنطقة الشرقية سابقا المهندس شاكر الحربي، "
            "قال: إن هذه الضربة كانت موجعة للإرهابيين، مشيدا بيقظة الأجهزة الأمنية.")
    assert any(f[:2] == ("praises", "شاكر الحربي") for f in run(text))


def test_fronted_name_after_other_words_not_speaker() -> None:
    # the sentence opens with no title: the name is not read as the fronted speaker
    text = ("في هذا اليوم الطويل والحار جدا التقى الناس شاكر الحربي، قال: إن هذه الضربة "
            "كانت موجعة للإرهابيين، مشيدا بيقظة الأجهزة الأمنية.")
    assert not any(f[:2] == ("praises", "شاكر الحربي") for f in run(text))


# --- a statement not closed by a comma ----------------------------------------------------

def test_statement_without_comma_ends_at_deed() -> None:
    text = ("ونوه سعد المطيري في خطاب بعث به لخالد الفالح بالجهود التي يبذلها الأمير مشعل بن "
            "ماجد في المنطقة.")
    facts = {f for f in run(text) if f[0] == "praises"}
    assert facts == {("praises", "سعد المطيري", "مشعل بن ماجد")}


def test_statement_without_comma_addressee_not_praised() -> None:
    # no deed word after the statement: its addressee is never the object
    text = "ونوه سعد المطيري في خطاب بعث به لخالد الفالح بأن الموسم ناجح."
    assert not {f for f in run(text) if f[0] == "praises" and f[2] == "خالد الفالح"}

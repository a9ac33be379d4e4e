"""Title phrases: chains in apposition, compound heads, listed titles, descriptive tails."""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

MALI = E("Country", "مالي", ("مالي",), "Q912")
AU = E("InternationalOrganization", "الاتحاد الأفريقي", ("الاتحاد الأفريقي",), "Q7159")
BAMAKO = E("City", "باماكو", ("باماكو",), "Q3703")
LOUIS = E("Person", "لويس مارتان", ("لويس مارتان",))
ADAMA = E("Person", "آدم كوني", ("آدم كوني",))
SARA = E("Person", "سارة دوبوا", ("سارة دوبوا",))
HAMID = E("Person", "حامد بن زيد", ("حامد بن زيد",))
ALL = [MALI, AU, BAMAKO, LOUIS, ADAMA, SARA, HAMID]


def run(text: str) -> object:
    return extract_relations(build_doc(text, ALL))


def test_a_chain_of_titles_after_a_name_is_split() -> None:
    doc = run("استقبل حامد بن زيد ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية في باماكو "
              "أمس آدم كوني.")
    held = pairs(doc, "holdsPosition")
    assert {("حامد بن زيد", "ولي العهد"), ("حامد بن زيد", "نائب رئيس مجلس الوزراء"),
            ("حامد بن زيد", "وزير الداخلية")} <= held
    assert not any(name.endswith("باماكو") for _, name in held)


def test_the_rest_of_a_patronymic_name_does_not_hide_the_title() -> None:
    doc = run("استقبل حامد بن زيد بن علي وزير الداخلية وفدا من مالي.")
    assert ("حامد بن زيد", "وزير الداخلية") in pairs(doc, "holdsPosition")


def test_a_chain_of_titles_before_a_name_belongs_to_it() -> None:
    doc = run("وحضر اللقاء وزير الدولة عضو مجلس الوزراء رئيس الديوان الدكتور لويس مارتان.")
    held = pairs(doc, "holdsPosition")
    assert {("لويس مارتان", "وزير الدولة"), ("لويس مارتان", "عضو مجلس الوزراء")} <= held


def test_an_idafa_head_continues_the_title() -> None:
    doc = run("وقال نائب رئيس الاتحاد الأفريقي لويس مارتان إن الحوار مستمر. "
              "وقال آدم كوني مستشار الرئيس إن الدعم قائم.")
    held = pairs(doc, "holdsPosition")
    assert ("لويس مارتان", "نائب رئيس") in held
    assert ("آدم كوني", "مستشار الرئيس") in held
    assert ("لويس مارتان", "رئيس") not in held


def test_a_listed_title_before_the_next_name_is_that_persons() -> None:
    doc = run("وحضر آدم كوني الوزير المرافق ورئيس الاستخبارات العامة لويس مارتان.")
    held = pairs(doc, "holdsPosition")
    assert ("لويس مارتان", "رئيس") in held
    assert not any(person == "آدم كوني" and name.startswith("رئيس") for person, name in held)


def test_titles_listed_with_commas_after_a_name() -> None:
    doc = run("وكتب لويس مارتان، مفوض الاتحاد الأفريقي، الرئيس الدوري لمجلس السلم، رسالة.")
    held = pairs(doc, "holdsPosition")
    assert ("لويس مارتان", "مفوض") in held
    assert any(p == "لويس مارتان" and n.startswith("الرئيس الدوري") for p, n in held)


def test_a_description_after_the_body_keeps_a_preposed_title() -> None:
    doc = run("قال وزير النقل المالي في الحكومة الموالية للشرعية آدم كوني إن المطار يعمل. "
              "واستقبل الرئيس سفير الاتحاد الأفريقي لدى مالي الدكتور لويس مارتان.")
    held = pairs(doc, "holdsPosition")
    assert ("آدم كوني", "وزير النقل") in held
    assert ("لويس مارتان", "سفير") in held
    assert ("سفير", "الاتحاد الأفريقي") in pairs(doc, "positionOf")


def test_a_clause_after_the_body_is_no_title() -> None:
    doc = run("وأصدر الرئيس المالي قرارين يقضيان بتعيين لويس مارتان في المنصب.")
    assert pairs(doc, "holdsPosition") == set()


def test_compound_heads_and_female_titles() -> None:
    doc = run("وقال القائم بأعمال سفارة مالي لويس مارتان إن الحوار مستمر. "
              "وأكدت سارة دوبوا زعيمة حزب الأمة أن الانتخابات قائمة. "
              "وقال المدعي العام آدم كوني إن التحقيق بدأ.")
    held = pairs(doc, "holdsPosition")
    assert any(p == "لويس مارتان" and n.startswith("القائم بأعمال") for p, n in held)
    assert ("سارة دوبوا", "زعيمة") in held
    assert ("آدم كوني", "المدعي العام") in held


def test_a_coach_and_his_nationality() -> None:
    doc = run("وركز المدرب المالي لويس مارتان على اللياقة.")
    assert any(p == "لويس مارتان" and n.startswith("المدرب") for p, n in pairs(
        doc, "holdsPosition"))
    assert pairs(doc, "positionOf") == set()


def test_a_prince_style_is_no_position_but_an_emirate_is() -> None:
    doc = run("وعمل آدم كوني بمكتب الأمير الراحل لويس مارتان. "
              "وقال أمير منطقة باماكو الأمير حامد بن زيد إن الموسم ناجح.")
    held = pairs(doc, "holdsPosition")
    assert not any(person == "لويس مارتان" for person, _ in held)
    assert ("حامد بن زيد", "أمير منطقة") in held or ("حامد بن زيد", "أمير") in held


def test_words_of_a_clause_before_a_name_are_no_title() -> None:
    doc = run("ورفع القنصل العام أسمى آيات التهنئة لمقام لويس مارتان.")
    assert pairs(doc, "holdsPosition") == set()

"""Session 41 (stm41) precision rules for positions, on sentences written for the tests.

1. «القائم بأعمال المدير الفني»: a compound title's second word is its own, not a deed
   that ends it; «بصورة مؤقتة» after it is no part of it (:mod:`kg.relations.role_apposed`).
2. «مستشار صاحب السمو الملكي الأمير X»: X, after his styles, is the one advised
   (:mod:`kg.relations.role_titles`).
3. «وزير الداخلية على الإنجازات»: «على» after a head that takes none and its complement
   is the clause's (:mod:`kg.relations.title_ends`).
4. «المدير الفني السابق للمنتخب المصري»: «السابق» closes the office's name; «مدرب النصر
   السابق» is «المدرب السابق» (:mod:`kg.relations.former_titles`).
5. A body the title names stops at a second title stacked after it
   («رئيس اللجنة الوطنية للتوظيف رئيس الشركة ...»).
6. «مديرة تعليم الصحة في كلية سميث»: a name after a body noun is the body's, no holder.
7. «السفير الكويتي في لندن (بين العامين 1990 و2001)»: a tenure closed by its years is no
   post held now (:mod:`kg.relations.closed_tenures`).
"""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

SPEAKER = E("Person", "فهد الزهراني", ("فهد الزهراني", "الزهراني"))
PRINCE = E("Person", "سلطان بن فهد", ("سلطان بن فهد",))
CLUB = E("Organization", "نادي الشباب", ("الشباب",))
COLLEGE = E("Person", "سميث كوليدج", ("سميث كوليدج",))  # a body the NER took for a person
KUWAIT = E("Country", "الكويت", ("الكويتي",))
ENTITIES = [SPEAKER, PRINCE, CLUB, COLLEGE, KUWAIT]


def run(text: str, kind: str = "holdsPosition") -> set[tuple[str, str]]:
    return pairs(extract_relations(build_doc(text, ENTITIES)), kind)


def test_acting_title_is_whole() -> None:
    got = run("وتولى سامي القرني المهمة خلفا لفهد الزهراني القائم بأعمال المدير الفني "
              "بصورة مؤقتة.")
    assert got == {("فهد الزهراني", "القائم بأعمال المدير الفني")}


def test_acting_title_with_article() -> None:
    assert run("وعين النادي فهد الزهراني القائم بالأعمال في الفريق.") == {
        ("فهد الزهراني", "القائم بالأعمال")}


def test_styled_prince_is_the_one_advised() -> None:
    got = run("وقال فهد الزهراني مستشار صاحب السمو الملكي الأمير سلطان بن فهد إن "
              "الإنجاز كبير.")
    assert got == {("فهد الزهراني", "مستشار")}


def test_styled_prince_after_complete_title_holds_it() -> None:
    assert run("وحضر ولي العهد صاحب السمو الملكي الأمير سلطان بن فهد الحفل.") == {
        ("سلطان بن فهد", "ولي العهد")}


def test_ala_after_minister_is_the_clauses() -> None:
    assert run("نشكر الأمير سلطان بن فهد وزير الداخلية على الإنجازات الكبيرة.") == {
        ("سلطان بن فهد", "وزير الداخلية")}


def test_ala_of_a_supervisor_stays() -> None:
    assert run("وقال فهد الزهراني المشرف العام على البرنامج إن العمل مستمر.") == {
        ("فهد الزهراني", "المشرف العام على البرنامج")}


def test_former_word_closes_the_name() -> None:
    got = run("وعلمت الصحيفة عن اقتراب فهد الزهراني المدير الفني السابق للمنتخب المصري "
              "من تولي القيادة الفنية.")
    assert got == {("فهد الزهراني", "المدير الفني السابق")}


def test_former_one_word_head_takes_the_article() -> None:
    text = "وأكد فهد الزهراني مدرب الشباب السابق أن الفريق قوي."
    assert run(text) == {("فهد الزهراني", "المدرب السابق")}
    assert run(text, "positionOf") == {("المدرب السابق", "نادي الشباب")}


def test_stacked_title_ends_the_body() -> None:
    text = "أكد فهد الزهراني رئيس اللجنة الوطنية للتوظيف رئيس الشركة الوطنية للتوظيف أن " \
        "الأزمة ستنتهي."
    assert run(text, "leads") == {("فهد الزهراني", "اللجنة الوطنية للتوظيف")}


def test_construct_body_with_a_head_inside_stays() -> None:
    text = "وقال فهد الزهراني مدير مكتب وزير الخارجية إن الاجتماع انتهى."
    assert run(text, "leads") == {("فهد الزهراني", "مكتب وزير الخارجية")}


def test_name_after_body_noun_holds_no_title() -> None:
    text = "قالت الباحثة هند الحربي، الحاصلة على الدكتوراه ومديرة تعليم الصحة في كلية سميث " \
        "كوليدج في المدينة، إن الدراسة مهمة."
    assert ("سميث كوليدج", "مديرة تعليم الصحة") not in run(text)


def test_name_after_title_still_holds_it() -> None:
    assert run("وقال وزير الصحة سلطان بن فهد إن الخدمات تحسنت.") == {
        ("سلطان بن فهد", "وزير الصحة")}


def test_closed_tenure_is_no_current_post() -> None:
    text = "انتقد الأمير سلطان بن فهد، السفير الكويتي في لندن (بين العامين 1990 و2001) الاتفاق."
    assert run(text) == set()
    assert run(text, "positionOf") == set()


def test_dashed_years_close_a_tenure() -> None:
    assert run("انتقد الأمير سلطان بن فهد، السفير الكويتي في لندن (1990-2001)، الاتفاق.") == set()


def test_one_year_in_brackets_keeps_the_post() -> None:
    assert run("انتقد الأمير سلطان بن فهد، السفير الكويتي في لندن (منذ 2001)، الاتفاق.") == {
        ("سلطان بن فهد", "السفير")}


def test_rank_word_of_a_team_is_no_style() -> None:
    got = run("وشهد المران مشاركة قائد الفريق فهد الزهراني في التدريبات.")
    assert {holder for holder, title in got if title.startswith("قائد")} == {"فهد الزهراني"}


def test_definite_body_before_the_name_keeps_the_title() -> None:
    assert run("ووقع الاتفاقية الرئيس التنفيذي للمركز فهد الزهراني أمس.") == {
        ("فهد الزهراني", "الرئيس التنفيذي للمركز")}

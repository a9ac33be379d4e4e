"""Session-30 role rules (roles30b), on sentences written for the tests.

- «عضو مجلس الشورى X», «X عضو مجلس الشورى», «عضو شرف نادي الفتح X»: the person is
  ``memberOf`` the body named in construct with «عضو» (``body_members``); not a former
  member, not a country, not a name past other words.
- «X ... البقاء مع فريقه ليون»: the last person named before «فريقه CLUB» is ``memberOf``
  the club (``club_possessive``); not a club left, a former club, or a coach's club.
- «حركة الشباب الصومالية التابعة لتنظيم القاعدة»: a body whose long name ends right
  before «التابعة لـ» is ``memberOf`` the next (``affiliated_bodies``).
- «المنسق الإعلامي للفريق X»: «للفريق» after a staff title is the team, not the rank
  «الفريق», and the title is X's (``team_titles``); not after a minister («ورحب وزير
  الدفاع بالفريق X»), before «أول», or with the title far back.
- «المدير الفني التونسي X»: a team's technical director's nisba is his nationality, no
  ``positionOf`` the country, and no word of the position (``staff_nationality``).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

SHURA = E("GovernmentBody", "مجلس الشورى", ("مجلس الشورى",))
CLUB = E("Organization", "نادي الفتح", ("نادي الفتح",))
TUNISIA = E("Country", "تونس", ("التونسي", "تونس"), "Q948")
SALIM = E("Person", "سالم الكندي", ("سالم الكندي",))
FARES = E("Person", "فارس العتيبي", ("فارس العتيبي",))
LYON = E("Organization", "ليون", ("ليون",))
MOVEMENT = E("ArmedGroup", "حركة الشباب الصومالية", ("حركة الشباب الصومالية",))
QAEDA = E("ArmedGroup", "تنظيم القاعدة", ("تنظيم القاعدة",))
ALL = [SHURA, CLUB, TUNISIA, SALIM, FARES, LYON, MOVEMENT, QAEDA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def test_a_member_named_after_the_body() -> None:
    assert pairs(run("وقال عضو مجلس الشورى سالم الكندي إن القرار صائب."), "memberOf") == {
        ("سالم الكندي", "مجلس الشورى")}
    assert pairs(run("وقدم عضو شرف نادي الفتح الدكتور فارس العتيبي دعما للنادي."),
                 "memberOf") == {("فارس العتيبي", "نادي الفتح")}


def test_a_member_named_before_the_body() -> None:
    assert pairs(run("وقال سالم الكندي عضو مجلس الشورى إن القرار صائب."), "memberOf") == {
        ("سالم الكندي", "مجلس الشورى")}
    assert pairs(run("وأكد سالم الكندي، عضو الشرف بنادي الفتح، أن الدعم مستمر."),
                 "memberOf") == {("سالم الكندي", "نادي الفتح")}


def test_no_member_when_former_or_far() -> None:
    for text in ("وقال عضو مجلس الشورى السابق سالم الكندي إن القرار صائب.",
                 "وقال العضو السابق في مجلس الشورى سالم الكندي إن القرار صائب.",
                 "وطالب عضو مجلس الشورى بأن يلتقي سالم الكندي الوزير.",
                 "وقال عضو مجلس إدارة نادي الفتح سالم الكندي إن الدعم مستمر.",
                 "وقال سالم الكندي إن عضو مجلس الشورى غائب."):
        assert pairs(run(text), "memberOf") == set(), text


def test_a_technical_directors_nisba_is_his_nationality() -> None:
    doc = run("واجتمع المدير الفني التونسي سالم الكندي باللاعبين قبل التدريب.")
    assert pairs(doc, "holdsPosition") == {("سالم الكندي", "المدير الفني")}
    assert pairs(doc, "positionOf") == set()
    doc = run("وقال المدير العام التونسي سالم الكندي إن الأرباح زادت.")
    assert ("المدير العام", "تونس") in pairs(doc, "positionOf")


def test_the_club_after_his_own_team_word() -> None:
    assert pairs(run("وأكد المهاجم سالم الكندي رغبته في البقاء مع فريقه ليون."),
                 "memberOf") == {("سالم الكندي", "ليون")}
    assert pairs(run("واستهل سالم الكندي عودته إلى صفوف ناديه ليون بفوز كبير."),
                 "memberOf") == {("سالم الكندي", "ليون")}


def test_no_club_left_former_or_coached() -> None:
    for text in ("وأعلن سالم الكندي رحيله عن فريقه ليون.",
                 "وسجل سالم الكندي هدفا في مرمى فريقه السابق ليون.",
                 "وقال المدرب سالم الكندي إن فريقه ليون جاهز."):
        assert pairs(run(text), "memberOf") == set(), text


def test_a_long_named_body_before_its_affiliation() -> None:
    assert pairs(run("وشهدت المدينة هجمات نفذتها حركة الشباب الصومالية التابعة لتنظيم "
                     "القاعدة."), "memberOf") == {("حركة الشباب الصومالية", "تنظيم القاعدة")}
    assert pairs(run("وهاجمت حركة الشباب الصومالية المواقع التابعة لتنظيم القاعدة."),
                 "memberOf") == set()


def test_a_staff_title_over_the_team_word() -> None:
    held = pairs(run("وقال المنسق الإعلامي للفريق سالم الكندي إن الفريق جاهز."), "holdsPosition")
    assert held == {("سالم الكندي", "المنسق الإعلامي")}
    held = pairs(run("وقال المدرب العام للفريق الأول سالم الكندي إن الفريق جاهز."),
                 "holdsPosition")
    assert held == {("سالم الكندي", "المدرب العام")}


def test_no_staff_title_over_a_rank_or_from_far() -> None:
    for text in ("ورحب وزير الدفاع بالفريق سالم الكندي.",
                 "ورحب المدير بالفريق أول سالم الكندي.",
                 "وقرر فارس العتيبي المدير الفني للفريق الأول بنادي الفتح الاستغناء عن "
                 "اللاعب سالم الكندي."):
        assert ("سالم الكندي", "المدير الفني") not in pairs(run(text), "holdsPosition"), text
        assert not {p for h, p in pairs(run(text), "holdsPosition") if h == "سالم الكندي"
                    and ("وزير" in p or "مدير" in p)}, text

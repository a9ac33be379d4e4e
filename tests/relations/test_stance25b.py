"""Stance rules read on the session-25 conflict pool, on sentences written for the tests.

- «وكان X رفض Y», «وكان X دعم Y»: a form that may be a verb or its verbal noun, right after
  a name that opens the clause after «كان», is the pluperfect's verb, with the name as its
  subject; without «كان» («أكد X دعم المملكة لـ Y») it stays the noun
  (:func:`kg.relations.stance_preverbal_subjects.after_was_subject`); so after a person's
  title that opens the clause («وكان وزير الخارجية X دعم Y»), not after a title of a body
  («وكان رئيس حزب X رفض Y»: the party holds nothing).
- «قال المرجع سالم داود ... . وكان داود رفض Y»: the surname alone between «كان» and the
  verb is the person named in full before
  (:func:`kg.relations.stance_preverbal_subjects.was_surname`).
- «تعاون X مع وكالة Y كمصور»: a job done for Y, no ``coordinatesWith``; «تعاونت X مع Y في
  مكافحة ...» still coordinates (:mod:`kg.relations.stance_served_as`).
- «مشيدا بالدعم اللوجستي القوي الذي تقدمه X»: two definite adjectives after a definite deed
  noun may stand before the relative; the praise is X's deed (``deeds._two_adjectives``).
  Not past a mention («بالدعم الأمريكي الكبير الذي») or an indefinite head.
- «وقال X في كلمته التي انتقد فيها Y»: a document with its author's pronoun is read as
  «في كلمة انتقد فيها»; its author is the subject of the verb of saying that opens the
  clause, never a name after a verb inside it («إنه لم يذكر X في تغريداته التي هاجم فيها
  Y»: X is mentioned, not the author) (``stance_document_holders._owned_document``).
"""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import pairs, stances
from tests.relations.docbuilder import E, build_doc

SAUDI = E("Country", "السعودية", ("السعودية", "المملكة العربية السعودية"), "Q851")
IRAN = E("Country", "إيران", ("إيران",), "Q794")
SALEM = E("Person", "سالم داود", ("سالم داود",))
HAMAD = E("Person", "حمد الراشد", ("حمد الراشد",))
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
AMERICAN = E("Country", "الولايات المتحدة", ("الأمريكي",), "Q30")
AGENCY = E("MediaOrganization", "وكالة الأنباء الدولية", ("وكالة الأنباء الدولية",))
PARTY = E("PoliticalParty", "حزب النهضة الوطنية", ("حزب النهضة الوطنية",))
ENTITIES = [SAUDI, IRAN, SALEM, HAMAD, AGENCY, EGYPT, AMERICAN, PARTY]


def run(text: str) -> object:
    return extract_relations(build_doc(text, ENTITIES))


def test_pluperfect_rejection_after_a_name_is_the_verb() -> None:
    doc = run("وكان سالم داود رفض الاتفاق النووي.")
    assert ("rejects", "سالم داود", "الاتفاق النووي") in stances(doc)


def test_pluperfect_support_after_a_name_is_the_verb() -> None:
    doc = run("وكان سالم داود دعم إيران في الانتخابات الماضية.")
    assert ("سالم داود", "إيران") in pairs(doc, "supports")


def test_noun_after_a_name_without_kana_stays_the_noun() -> None:
    doc = run("وأكد سالم داود دعم السعودية لإيران في المفاوضات.")
    assert ("سالم داود", "إيران") not in pairs(doc, "supports")


def test_surname_after_kana_is_the_person_named_before() -> None:
    doc = run("وقال المرجع الديني سالم داود إن الشباب يائسون. "
              "وكان داود رفض فتوى حمد الراشد بقتال العشائر.")
    assert any(kind == "rejects" and subject == "سالم داود"
               for kind, subject, _ in stances(doc))


def test_surname_after_kana_of_nobody_named_holds_nothing() -> None:
    doc = extract_relations(build_doc("وكان داود رفض فتوى حمد الراشد بقتال العشائر.",
                                      [SAUDI, IRAN, HAMAD]))
    assert not any(kind == "rejects" for kind, _, _ in stances(doc))


def test_surname_with_a_stop_before_the_verb_holds_nothing() -> None:
    doc = run("وقال المرجع الديني سالم داود إن الشباب يائسون. "
              "وكان داود، رفض فتوى حمد الراشد بقتال العشائر.")
    assert not any(kind == "rejects" and subject == "سالم داود"
                   for kind, subject, _ in stances(doc))


def test_working_for_an_agency_as_a_photographer_is_no_coordination() -> None:
    doc = run("كما تعاون سالم داود مع وكالة الأنباء الدولية كمصور في مناطق نزاع عدة.")
    assert pairs(doc, "coordinatesWith") == set()


def test_working_for_an_agency_as_a_reporter_is_no_coordination() -> None:
    doc = run("وتعاونت السعودية مع وكالة الأنباء الدولية كمراسلة في العراق.")
    assert pairs(doc, "coordinatesWith") == set()


def test_two_sides_cooperating_still_coordinate() -> None:
    doc = run("وتعاونت السعودية مع إيران في مكافحة الإرهاب.")
    assert ("السعودية", "إيران") in pairs(doc, "coordinatesWith")


def test_cooperating_with_an_agency_on_a_project_still_coordinates() -> None:
    doc = run("كما تعاون سالم داود مع وكالة الأنباء الدولية في إنتاج فيلم وثائقي.")
    assert ("سالم داود", "وكالة الأنباء الدولية") in pairs(doc, "coordinatesWith")


def test_praise_of_support_with_two_adjectives_is_the_givers() -> None:
    doc = run("وزار سالم داود الجبهة، مشيدا بالدعم اللوجستي القوي الذي تقدمه السعودية.")
    assert ("سالم داود", "السعودية") in pairs(doc, "praises")


def test_praise_of_efforts_with_two_adjectives_is_the_doers() -> None:
    doc = run("وأشاد سالم داود بالجهود الكبيرة المتواصلة التي تبذلها مصر.")
    assert ("سالم داود", "مصر") in pairs(doc, "praises")


def test_a_nisba_between_is_no_adjective_pair() -> None:
    doc = run("وأشاد سالم داود بالدعم الأمريكي الكبير الذي تقدمه مصر.")
    assert ("سالم داود", "مصر") not in pairs(doc, "praises")


def test_three_adjectives_are_not_read() -> None:
    doc = run("وأشاد سالم داود بالجهود الكبيرة المتواصلة الحثيثة التي تبذلها مصر.")
    assert ("سالم داود", "مصر") not in pairs(doc, "praises")


def test_pluperfect_after_a_titled_person_is_the_verb() -> None:
    doc = run("وكان وزير الخارجية سالم داود دعم الاتفاق النووي مع إيران.")
    assert any(kind == "supports" and subject == "سالم داود"
               for kind, subject, _ in stances(doc))


def test_pluperfect_after_a_bodys_title_gives_the_body_nothing() -> None:
    doc = run("وكان رئيس حزب النهضة الوطنية رفض الاتفاق النووي.")
    assert not any(subject == "حزب النهضة الوطنية" for _, subject, _ in stances(doc))


def test_a_speech_with_its_authors_pronoun_is_the_speakers() -> None:
    doc = run("وقال سالم داود في كلمته التي انتقد فيها إيران إن المنطقة تحتاج إلى الاستقرار.")
    assert ("سالم داود", "إيران") in pairs(doc, "criticizes")


def test_statements_with_their_authors_pronoun_are_the_speakers() -> None:
    doc = run("وأضاف سالم داود في تصريحاته التي انتقد فيها إيران أن الحل سياسي.")
    assert ("سالم داود", "إيران") in pairs(doc, "criticizes")


def test_a_name_mentioned_before_the_authors_tweets_is_not_their_author() -> None:
    doc = run("وقال حمد الراشد إنه لم يذكر سالم داود في تغريداته التي انتقد فيها إيران.")
    assert ("سالم داود", "إيران") not in pairs(doc, "criticizes")

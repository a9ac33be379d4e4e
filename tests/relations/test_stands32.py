"""Stances of long politics articles told by a stand or a predicate, session 32.

- «أن رملاند كانت داعمة كرستان الأولى», «إن رملاند ظلت مؤيدة للاتفاق», «كانت ولا تزال
  داعمة لـ»: a stance participle that is the indefinite predicate of «كان» and its sisters
  has its holder named before the copula, at the opening of the clause (after «أن», «إن»,
  or the start of the sentence), in the copula's gender; a name that is the genitive of
  another head («رئيس رملاند كان مؤيدا»), a copula of the other gender, or a definite
  participle gives none (:mod:`kg.relations.stance_copula_heads`). The accusative backer
  («داعما», «مؤيدا», «مواليا») is a stance only in that frame or right after «وكان X»
  («وكان أوباما مؤيدا للاتفاق»); elsewhere it is a manner or a backing of things («جاء
  القرار داعما للاقتصاد»).
- «موقف رملاند الرافض للتدخل», «موقفها المعارض للاتفاق», «الموقف الرملندي الداعم لـ»:
  the adjectives «الرافض», «المعارض», «المناهض» after a stand word are the stand's stance
  (rejects, opposes), held by the stand's possessor, its named genitive, or the country of
  its nisba; out of that frame they name people, no holder's stand («التيار الرافض
  للاتفاق», «المعارض الرملندي») (:mod:`kg.relations.stance_stand_holders`).
- «وقال X إن ... . وفي رده على سؤال حول ...، أشاد بـ Y», «ورداً على سؤال ...، انتقد ...»:
  a fronted answer to a question names no one, so the subjectless verb after its comma opens
  the sentence and continues the speaker, as «وأشاد بـ Y» would; a verb with its own
  subject after the phrase keeps it (:mod:`kg.relations.stance_answer_openers`).

Sentences written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
IRAN = E("Country", "إيران", ("إيران",), "Q794")
EGYPT = E("Country", "مصر", ("مصر", "المصري"), "Q79")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
HAMAS = E("ArmedGroup", "حركة حماس", ("حركة حماس", "حماس"))

OBAMA = E("Person", "باراك أوباما", ("باراك أوباما", "أوباما"))
SAMIR = E("Person", "سمير داود", ("سمير داود",))
ENTITIES = [RUSSIA, IRAN, EGYPT, QATAR, HAMAS, OBAMA, SAMIR]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def test_copula_predicate_after_that() -> None:
    doc = run("ومن اللافت أن روسيا كانت داعمة إيران الأولى طوال سنوات الحصار.")
    assert ("supports", "روسيا", "إيران") in stances(doc)


def test_copula_predicate_with_lam() -> None:
    doc = run("وأوضح الكاتب أن قطر ظلت مؤيدة لحركة حماس رغم الضغوط.")
    assert ("supports", "قطر", "حركة حماس") in stances(doc)


def test_copula_chain() -> None:
    doc = run("وقال المحلل إن روسيا كانت ولا تزال داعمة لإيران في مجلس الأمن.")
    assert ("supports", "روسيا", "إيران") in stances(doc)


def test_copula_negated_by_ma() -> None:
    doc = run("وقال المحلل إن روسيا ما كانت داعمة لإيران في أي وقت.")
    assert not any(kind == "supports" and holder == "روسيا" for kind, holder, _ in stances(doc))


def test_copula_still_after_ma() -> None:
    doc = run("وقال المحلل إن روسيا ما زالت داعمة لإيران.")
    assert ("supports", "روسيا", "إيران") in stances(doc)


def test_copula_at_sentence_start() -> None:
    doc = run("قطر أصبحت داعمة لحركة حماس منذ سنوات.")
    assert ("supports", "قطر", "حركة حماس") in stances(doc)


def test_copula_genitive_of_another_head() -> None:
    doc = run("وأكد المصدر أن رئيس روسيا كان مؤيدا للاتفاق النووي.")
    assert not any(holder == "روسيا" for _, holder, _ in stances(doc))


def test_copula_other_gender() -> None:
    doc = run("وذكر التقرير أن روسيا كان داعمة لإيران.")
    assert not any(holder == "روسيا" for _, holder, _ in stances(doc))


def test_copula_place_is_no_holder() -> None:
    doc = run("وقال إن الحكومة في روسيا كانت داعمة لإيران.")
    assert not any(holder == "روسيا" for _, holder, _ in stances(doc))


def test_accusative_backer_after_copula_and_name() -> None:
    doc = run("وكان أوباما داعما قويا لحركة حماس في تلك الفترة.")
    assert ("supports", "باراك أوباما", "حركة حماس") in stances(doc)


def test_accusative_backer_after_name_and_copula() -> None:
    doc = run("وأكد الكاتب أن أوباما كان مؤيدا لإيران.")
    assert ("supports", "باراك أوباما", "إيران") in stances(doc)


def test_accusative_backer_after_copula_and_title() -> None:
    doc = run("وكان الرئيس الأمريكي أوباما مؤيدا لقطر في الأزمة.")
    assert ("supports", "باراك أوباما", "قطر") in stances(doc)


def test_accusative_backer_after_clause_of_its_own() -> None:
    doc = run("وكان أوباما قد التقى سمير داود مؤيدا لحركة حماس.")
    assert not any(holder == "سمير داود" for _, holder, _ in stances(doc))


def test_accusative_backer_without_copula() -> None:
    doc = run("وجاء قرار قطر داعما للاقتصاد الوطني.")
    assert stances(doc) == set()


def test_accusative_backer_as_manner() -> None:
    doc = run("وتحدث أوباما مؤيدا قرار الحكومة.")
    assert not any(kind == "supports" for kind, _, _ in stances(doc))


def test_stand_genitive_rejects() -> None:
    doc = run("وأثار موقف مصر الرافض للاتفاق النووي استياء الدول الغربية.")
    assert ("rejects", "مصر", "الاتفاق النووي") in stances(doc)


def test_stand_genitive_opposes() -> None:
    doc = run("وتحدث الوزير عن موقف روسيا المعارض للاتفاق النووي.")
    assert ("opposes", "روسيا", "الاتفاق النووي") in stances(doc)


def test_stand_possessive_opposes() -> None:
    doc = run("وجددت قطر موقفها المعارض للاتفاق النووي.")
    assert ("opposes", "قطر", "الاتفاق النووي") in stances(doc)


def test_stand_nisba() -> None:
    doc = run("وأشاد الكاتب بالموقف المصري الرافض للاتفاق النووي.")
    assert ("rejects", "مصر", "الاتفاق النووي") in stances(doc)


def test_stand_nisba_with_supporting_adjective() -> None:
    doc = run("وانتقد الكاتب الموقف المصري الداعم لحركة حماس.")
    assert ("supports", "مصر", "حركة حماس") in stances(doc)


def test_refusing_people_are_no_stand() -> None:
    doc = run("واجتمع التيار الرافض للاتفاق النووي في القاهرة.")
    assert stances(doc) == set()


def test_opponent_title_is_no_stand() -> None:
    doc = run("والتقى المعارض المصري البارز وفدا من حركة حماس.")
    assert stances(doc) == set()


def test_nisba_delegation_is_no_stand() -> None:
    doc = run("وغادر الوفد المصري الرافض للاتفاق النووي القاعة.")
    assert not any(holder == "مصر" for _, holder, _ in stances(doc))


_SAID = "وقال الناشط سمير داود إن الأزمة طويلة. "


def test_answer_opener_continues_the_speaker() -> None:
    doc = run(_SAID + "وفي رده على سؤال حول الحصار، أشاد بدور قطر في الوساطة.")
    assert ("praises", "سمير داود", "قطر") in stances(doc)


def test_answer_opener_without_in() -> None:
    doc = run(_SAID + "ورداً على سؤال، انتقد بشدة سياسة روسيا في المنطقة.")
    assert any(kind == "criticizes" and holder == "سمير داود"
               for kind, holder, _ in stances(doc))


def test_answer_opener_keeps_own_subject() -> None:
    doc = run(_SAID + "وفي رده على سؤال، أشاد أوباما بدور قطر.")
    assert ("praises", "باراك أوباما", "قطر") in stances(doc)
    assert not any(holder == "سمير داود" for _, holder, _ in stances(doc))


def test_no_answer_phrase_no_speaker() -> None:
    doc = run(_SAID + "وفي الأسبوع الماضي، أشاد بدور قطر في الوساطة.")
    assert not any(holder == "سمير داود" for _, holder, _ in stances(doc))

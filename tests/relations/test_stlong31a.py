"""Stance holders in long politics articles, session 31.

- «وأعلنت الشرطة X أنها ... . وأعرب سمير داود عن غضبه ...، وقال في تغريدته إنه ...، متهما
  التلفزيون ...»: a person who is the subject of a verb of expressing («أعرب», «عبر»,
  «أبدى»), or of a verb with «و» that opens its clause («. وشارك X في ...»), since the last
  speaker spoke has taken the floor; a subjectless «وقال» after him
  does not go on with the earlier speaker, nor do the stances that hang on it
  (:mod:`kg.relations.speaker_expressed`); a person named after another verb («وأشار إلى
  زيارة X») leaves the speaker as it was.
- «وقف X إلى جانب Y», «ووقف الرئيس ... X إلى جانب Y»: the masculine past of standing beside
  someone is support when its subject, a name or a title and a name, follows it at once and
  «إلى جانب»/«بجانب» follows the name; «وقف إطلاق النار إلى جانب ...», «وقف دعم X إلى جانب
  ...» are halts (:mod:`kg.relations.stance_stood_beside`).
- «وكانت X من أوائل الدول التي رحبت بـ Y», «وكان X من أبرز المسؤولين الذين انتقدوا Y», «من
  أوائل المسؤولين الذين أعلنوا تأييدهم لـ Y»: a name counted («من», «من أوائل/بين/أبرز») among
  a group of actors («الدول», «المسؤولين» ...) holds the stance of the group's relative
  clause; a group of things («من الأسباب التي دعت ...») or a verb that points back to the
  group («التي انتقدها X») gives no holder (:mod:`kg.relations.stance_one_of`).
- «فإن X عقد مؤتمرا صحافيا اتهم فيه Y»: the issuing verb of the document a stance clause
  describes («فيه») has its subject before it; a noun of holding («بعقد مؤتمر دعا فيه ...»)
  has none (:mod:`kg.relations.stance_fronted_issuers`).

Sentences written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import said_speakers, stances
from tests.relations.docbuilder import E, build_doc

POLICE = E("GovernmentBody", "الشرطة البلجيكية", ("الشرطة البلجيكية",))
SAMIR = E("Person", "سمير داود", ("سمير داود",))
TV = E("MediaOrganization", "التلفزيون الهولندي", ("التلفزيون الهولندي",))
LEBANON_GOV = E("GovernmentBody", "الحكومة اللبنانية", ("الحكومة اللبنانية",))
IRAN = E("Country", "إيران", ("إيران",), "Q794")
HAMAS = E("ArmedGroup", "حركة حماس", ("حماس",))
ENTITIES = [POLICE, SAMIR, TV, LEBANON_GOV, IRAN, HAMAS]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


_OPENING = "وأعلنت الشرطة البلجيكية أنها تتابع الوضع عن كثب. "


def test_expressing_person_ends_the_earlier_speaker() -> None:
    doc = run(_OPENING + "وكما هو متوقع، أعرب سمير داود – وهو ناشط معروف – في تغريدة له عن "
              "غضبه لإحجام التلفزيون عن بث التقرير، وقال في تغريدته بأنه سيقوم بنشر الفيديو، "
              "متهما التلفزيون الهولندي بارتكاب عمل تخريبي.")
    assert not any(holder == "الشرطة البلجيكية" for _, holder, _ in stances(doc))
    assert said_speakers(doc) == {"الشرطة البلجيكية"}


def test_expressing_person_past_title() -> None:
    doc = run(_OPENING + "وعبر الناشط سمير داود في تغريدة عن غضبه لإحجام التلفزيون عن بث "
              "التقرير، وقال بأنه سيقوم بنشر الفيديو، متهما التلفزيون الهولندي بالتخريب.")
    assert not any(holder == "الشرطة البلجيكية" for _, holder, _ in stances(doc))


def test_opening_verb_subject_ends_the_earlier_speaker() -> None:
    doc = run(_OPENING + "وشارك سمير داود في المعرض، وقال في تغريدته بأنه سيقوم بنشر الفيديو، "
              "متهما التلفزيون الهولندي بالتخريب.")
    assert not any(holder == "الشرطة البلجيكية" for _, holder, _ in stances(doc))


def test_person_after_another_verb_keeps_the_speaker() -> None:
    doc = run(_OPENING + "وأشارت إلى زيارة سمير داود للمعرض، وقالت إن التلفزيون سيبث "
              "التقرير، متهمة التلفزيون الهولندي بالتأخير.")
    assert ("criticizes", "الشرطة البلجيكية", "التلفزيون الهولندي") in stances(doc)


def test_masculine_stood_beside() -> None:
    doc = run("وقبل ذلك بعامين، وقف سمير داود إلى جانب الحكومة اللبنانية في الأزمة.")
    assert ("supports", "سمير داود", "الحكومة اللبنانية") in stances(doc)


def test_masculine_stood_beside_past_title() -> None:
    doc = run("ووقف الناشط سمير داود بجانب حركة حماس.")
    assert ("supports", "سمير داود", "حركة حماس") in stances(doc)


def test_halt_beside_is_no_support() -> None:
    doc = run("ودعا سمير داود إلى وقف إطلاق النار إلى جانب انسحاب القوات من لبنان.")
    assert not any(kind == "supports" for kind, _, _ in stances(doc))
    doc = run("وطالبت الحكومة اللبنانية بوقف دعم إيران إلى جانب وقف تمويل حماس.")
    assert not any(kind == "supports" for kind, _, _ in stances(doc))


def test_one_of_the_countries_that_welcomed() -> None:
    doc = run("وكانت إيران من أوائل الدول التي رحبت بالاتفاق النووي.")
    assert ("welcomes", "إيران", "الاتفاق النووي") in stances(doc)


def test_one_of_the_officials_who_declared_support() -> None:
    doc = run("وكان سمير داود من أبرز المسؤولين الذين أعلنوا تأييدهم للحكومة اللبنانية.")
    assert ("supports", "سمير داود", "الحكومة اللبنانية") in stances(doc)


def test_one_of_the_causes_holds_no_stance() -> None:
    doc = run("وكانت الحرب في إيران من الأسباب التي دعت الحكومة اللبنانية إلى الحياد.")
    assert not any(holder == "إيران" for _, holder, _ in stances(doc))


def test_group_pointed_back_is_the_object() -> None:
    doc = run("وكانت إيران من الدول التي انتقدها سمير داود بشدة.")
    assert not any(holder == "إيران" for _, holder, _ in stances(doc))


def test_fronted_issuer_of_a_press_conference() -> None:
    doc = run("في المقابل، فإن سمير داود عقد مؤتمرا صحافيا اتهم فيه حركة حماس بعرقلة الإفراج "
              "عن الرهائن.")
    assert ("criticizes", "سمير داود", "حركة حماس") in stances(doc)


def test_holding_noun_has_no_fronted_issuer() -> None:
    doc = run("ورحب سمير داود بعقد مؤتمر دولي دعا فيه حركة حماس إلى الحوار.")
    assert not any(holder == "سمير داود" for _, holder, _ in stances(doc))

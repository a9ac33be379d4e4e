"""Stance constructions of long politics articles, session 31 (stlong31c).

- «وأدانت بأشد العبارات وزارة الخارجية المصرية الهجوم», «ورحب أمس الأول الاتحاد الأوروبي
  بالاتفاق»: a two-word manner or time phrase between a stance verb and its subject is
  passed like «بشدة» or «أمس»; with no accusative object after the name, or no name,
  nothing is read (:mod:`kg.relations.stance_manner_phrases`);
- «قال السيناتور X من قدامى المحاربين في الجيش الأميركي وأحد منتقدي Y», «X، أحد أبرز
  منتقدي Y», «X، وهو من أشد معارضي Y»: the actor an apposition «(و)أحد منتقدي» or «وهو من
  معارضي» describes holds the stance; «قال أحد منتقدي Y» (no name) and a name behind
  another preposition («التقى Z بـ X وأحد معارضي Y») give nothing
  (:mod:`kg.relations.stance_apposed_critics`);
- «X، زعيم حزب Y، الذي، رغم أنه في المعارضة، قال: إنه سيتعاون مع Z»: a verb of saying in a
  relative clause opened by an aside set off by commas has the relative's antecedent as
  its speaker (and so as the holder of the stance in its words), not the last speaker of
  the article; a relative on another noun («وصل X إلى المدينة التي، ...، قالت») names no
  speaker (:mod:`kg.relations.speaker_relative_asides`);
- «وقال X إنه لا يشكك في دوافع Y. لكنه يعترض على سياسة Y»: a sentence opening with
  «لكنه»/«لكنها» and a stance verb goes on with the actor of the sentence right before, when
  the pronoun agrees (a man for «ـه», a state or body for «ـها»); an actor two sentences
  back or of the other gender gives nothing (:mod:`kg.relations.stance_but_openers`);
- «وكانت روسيا الداعم الأول لإيران», «الداعم الرئيسي», «المؤيد الأبرز»: a definite ranking
  adjective right after a stance noun is no object; the object is read after it
  (:mod:`kg.relations.stance_rank_adjectives`);
- «والحكومة الأردنية، التي تستضيف اللاجئين، رفضت القرار», «ومجلس التعاون، الذي عقد
  اجتماعه أمس، رحب بـ»: a relative clause between commas stands between a fronted holder
  and its verb as «من جهتها» does, the relative pronoun agreeing with the verb; a genitive
  («مستشار الحكومة، الذي ...، رفض») or a pronoun of the other gender gives nothing
  (:mod:`kg.relations.stance_relative_asides`);
- «ودعت X في مؤتمر صحفي عقدته اليوم Y إلى», «وانتقد خلال مؤتمر صحفي عقده أمس الوزير X Y»:
  a press conference «held» («عقده») is passed like one «delivered» («ألقاه»), and the
  held verb is no object (was «urges(X → عقدته اليوم)»)
  (:mod:`kg.relations.stance_held_statements`);
- «مصر والأردن أدانتا الهجوم», «وكانت مصر والأردن قد أدانتا»: a feminine dual past has both
  named holders joined by «و» before it (past «قد»); with no such pair («وقال رئيسا وزراء
  مصر والأردن إنهما أدانتا») it has no holder, not the nearer name
  (:mod:`kg.relations.stance_past_duals`);
- «وزارة الخارجية المصرية، في بيان صدر مساء أمس، أدانت الهجوم»: the statement aside between
  a fronted holder and its verb may run to six words; with a name inside («في بيان صدر عن
  X») it gives nothing (``stance_aside_subjects._statement_aside``).

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import said_speakers, stances
from tests.relations.docbuilder import E, build_doc

EGYPT_MFA = E("GovernmentBody", "وزارة الخارجية المصرية", ("وزارة الخارجية المصرية",))
EU = E("InternationalOrganization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",))
HAMAS = E("ArmedGroup", "حركة حماس", ("حركة حماس",))
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",), "Q801")
SALEM = E("Person", "سالم الوردي", ("سالم الوردي",))
KAREEM = E("Person", "كريم ناصر", ("كريم ناصر",))
ARMY = E("Military", "الجيش الأميركي", ("الجيش الأميركي",))
REGIME = E("GovernmentBody", "الحكومة السورية", ("الحكومة السورية",))
ENTITIES = [EGYPT_MFA, EU, HAMAS, ISRAEL, SALEM, KAREEM, ARMY, REGIME]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def holders(doc: Document, kind: str) -> set[str]:
    return {s for k, s, _ in stances(doc) if k == kind}


@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("وأدانت بأشد العبارات وزارة الخارجية المصرية الهجوم على الكنيسة.", "condemns",
     "وزارة الخارجية المصرية"),
    ("ونددت بأقسى العبارات حركة حماس بالعدوان على غزة.", "condemns", "حركة حماس"),
    ("ورحب أمس الأول الاتحاد الأوروبي بالاتفاق بين الفصائل.", "welcomes", "الاتحاد الأوروبي"),
])
def test_subject_past_two_word_phrase(text: str, kind: str, holder: str) -> None:
    assert holders(run(text), kind) == {holder}


@pytest.mark.parametrize(("text", "kind"), [
    ("وأدان بأشد العبارات العدوان على غزة.", "condemns"),  # no name: the holder is elsewhere
    ("ونددت بأشد العبارات حركة حماس.", "condemns"),  # nothing after the name: its object
    ("ودعا أمس الأول الاتحاد الأوروبي.", "urges"),
])
def test_no_subject_past_phrase(text: str, kind: str) -> None:
    assert not holders(run(text), kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("وقال السيناتور سالم الوردي من قدامى المحاربين في الجيش الأميركي وأحد منتقدي الرئيس "
     "كريم ناصر إن الناخبين يتشككون في الاتفاق.", "criticizes"),
    ("وقال سالم الوردي، أحد أبرز منتقدي كريم ناصر، إن الاتفاق سيئ.", "criticizes"),
    ("وقال سالم الوردي، وهو من أشد منتقدي كريم ناصر، إن الاتفاق سيئ.", "criticizes"),
])
def test_apposed_critic(text: str, kind: str) -> None:
    assert ("criticizes", "سالم الوردي", "كريم ناصر") in stances(run(text))


def test_apposed_opponent() -> None:
    doc = run("وقال المعارض سالم الوردي، وهو من أشد معارضي الحكومة السورية، إن الحل بعيد.")
    assert ("opposes", "سالم الوردي", "الحكومة السورية") in stances(doc)


@pytest.mark.parametrize("text", [
    "وقال أحد منتقدي كريم ناصر إن القرار خاطئ.",  # no name: an unnamed critic
    "والتقى الوزير بالسيناتور سالم الوردي وأحد منتقدي كريم ناصر.",  # which one is told not
    "وقال سالم الوردي إن أحد منتقدي كريم ناصر غادر.",
])
def test_no_apposed_critic(text: str) -> None:
    assert not {s for k, s, _ in stances(run(text)) if k == "criticizes"}


def test_second_person_is_no_apposition() -> None:
    doc = run("والتقى الوزير سالم الوردي وأحد منتقدي كريم ناصر.")
    assert not {s for k, s, _ in stances(doc) if k == "criticizes"}


@pytest.mark.parametrize("text", [
    "والتقى الوزير بالسيناتور سالم الوردي، أحد منتقدي كريم ناصر.",
    "والتقى الوزير مع سالم الوردي، أحد منتقدي كريم ناصر.",
])
def test_governed_name_left_alone(text: str) -> None:
    assert not {s for k, s, _ in stances(run(text)) if k == "criticizes"}


ASIDE = ("وقال كريم ناصر إن الحملة ستكون طويلة. ويزور البلاد سياسيون بارزون، مثل: سالم الوردي، "
         "زعيم حزب المستقبل، الذي، رغم أنه في المعارضة، قال: إنه سيتعاون مع الحكومة السورية.")


def test_relative_aside_speaker() -> None:
    doc = run(ASIDE)
    assert said_speakers(doc) == {"كريم ناصر", "سالم الوردي"}
    assert ("coordinatesWith", "كريم ناصر", "الحكومة السورية") not in stances(doc)


def test_relative_on_another_noun() -> None:
    doc = run("وقال كريم ناصر إن الوضع صعب. ووصل سالم الوردي إلى المدينة التي، بحسب السكان، "
              "قالت: إن الوضع سيئ.")
    assert "سالم الوردي" not in said_speakers(doc)


@pytest.mark.parametrize(("text", "fact"), [
    ("وقال سالم الوردي إنه لا يشكك في دوافع كريم ناصر. لكنه يعترض على سياسة الحكومة السورية.",
     ("opposes", "سالم الوردي", "الحكومة السورية")),
    ("وأعلنت إسرائيل أنها ستشارك في المؤتمر. لكنها رفضت العرض الجديد.",
     ("rejects", "إسرائيل", "العرض الجديد")),
])
def test_but_opens_next_sentence(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize("text", [
    "وقال سالم الوردي إن الوضع صعب. لكنها رفضت العرض الجديد.",  # «ـها»: not his
    "وأعلنت إسرائيل أنها ستشارك في المؤتمر. لكنه رفض العرض الجديد.",  # «ـه»: no state's
    "وقال سالم الوردي إن الوضع صعب. وتحدث الحضور عن المؤتمر طويلا. لكنه رفض العرض الجديد.",
])
def test_but_opening_without_its_actor(text: str) -> None:
    assert not {k for k, _, _ in stances(run(text)) if k == "rejects"}


RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
IRAN = E("Country", "إيران", ("إيران", "لإيران"), "Q794")


@pytest.mark.parametrize("text", [
    "وكانت روسيا الداعم الأول لإيران منذ سنوات.",
    "وتعد روسيا الداعم الرئيسي لإيران في المنطقة.",
    "وكانت روسيا الداعم الأكبر لإيران.",
])
def test_rank_adjective_is_no_object(text: str) -> None:
    doc = extract_relations(build_doc(text, [RUSSIA, IRAN]))
    assert {o for k, s, o in stances(doc) if k == "supports"} == {"إيران"}


def test_rank_adjective_with_no_object_after() -> None:
    doc = extract_relations(build_doc("وكانت روسيا الداعم الأول.", [RUSSIA, IRAN]))
    assert not {o for k, s, o in stances(doc) if k == "supports"}


JORDAN_GOV = E("GovernmentBody", "الحكومة الأردنية", ("الحكومة الأردنية",))
GCC = E("InternationalOrganization", "مجلس التعاون الخليجي", ("مجلس التعاون الخليجي",))


def _relative_run(text: str) -> Document:
    return extract_relations(build_doc(text, [JORDAN_GOV, GCC, SALEM, ISRAEL]))


@pytest.mark.parametrize(("text", "fact"), [
    ("والحكومة الأردنية، التي تستضيف اللاجئين، رفضت القرار الجديد.",
     ("rejects", "الحكومة الأردنية", "القرار الجديد")),
    ("ومجلس التعاون الخليجي، الذي عقد اجتماعه أمس، رحب بالاتفاق الجديد.",
     ("welcomes", "مجلس التعاون الخليجي", "الاتفاق الجديد")),
    ("وأعلن سالم الوردي أن الحكومة الأردنية، التي تستضيف اللاجئين، رفضت القرار الجديد.",
     ("rejects", "الحكومة الأردنية", "القرار الجديد")),
])
def test_holder_past_relative_aside(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(_relative_run(text))


@pytest.mark.parametrize("text", [
    "ومستشار الحكومة الأردنية، الذي وصل أمس، رفض القرار الجديد.",  # a genitive: the adviser
    "والحكومة الأردنية، الذي وصل وفدها أمس، رفضت القرار الجديد.",  # «الذي»: another noun's
    "والحكومة الأردنية، التي تستضيف اللاجئين. رفضت القرار الجديد.",
])
def test_no_holder_past_relative_aside(text: str) -> None:
    assert "الحكومة الأردنية" not in {s for k, s, _ in stances(_relative_run(text))
                                      if k == "rejects"}


RU_MFA = E("GovernmentBody", "الخارجية الروسية", ("الخارجية الروسية",))
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة",), "Q30")


@pytest.mark.parametrize(("text", "fact"), [
    ("ودعت الخارجية الروسية في مؤتمر صحفي عقدته اليوم الولايات المتحدة إلى الحوار.",
     ("urges", "الخارجية الروسية", "الولايات المتحدة")),
    ("وانتقد خلال مؤتمر صحفي عقده أمس الوزير سالم الوردي الولايات المتحدة.",
     ("criticizes", "سالم الوردي", "الولايات المتحدة")),
])
def test_past_held_press_conference(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(extract_relations(build_doc(text, [RU_MFA, USA, SALEM])))


def test_held_verb_is_no_object() -> None:
    doc = extract_relations(build_doc(
        "ودعت الخارجية الروسية في مؤتمر صحفي عقدته اليوم إلى الحوار.", [RU_MFA, USA, SALEM]))
    assert not {o for k, _, o in stances(doc) if k == "urges"}


EGYPT = E("Country", "مصر", ("مصر",), "Q79")
JORDAN = E("Country", "الأردن", ("الأردن",), "Q810")


def _dual_run(text: str) -> Document:
    return extract_relations(build_doc(text, [EGYPT, JORDAN, EGYPT_MFA]))


@pytest.mark.parametrize("text", [
    "مصر والأردن أدانتا الهجوم على الكنيسة.",
    "وكانت مصر والأردن قد أدانتا الهجوم على الكنيسة.",
    "وأكد الوزير أن مصر والأردن أدانتا الهجوم على الكنيسة.",
])
def test_both_holders_of_past_dual(text: str) -> None:
    assert {s for k, s, _ in stances(_dual_run(text)) if k == "condemns"} == {"مصر", "الأردن"}


@pytest.mark.parametrize("text", [
    "وقال رئيسا وزراء مصر والأردن إنهما أدانتا الهجوم على الكنيسة.",  # the two prime ministers
    "وقال رئيسا وزراء مصر والأردن أدانتا الهجوم على الكنيسة.",
])
def test_past_dual_genitive_has_no_holder(text: str) -> None:
    assert not {s for k, s, _ in stances(_dual_run(text)) if k == "condemns"}


@pytest.mark.parametrize("text", [
    "وزارة الخارجية المصرية، في بيان صدر مساء أمس، أدانت الهجوم على الكنيسة.",
    "وزارة الخارجية المصرية، في بيان صادر عنها أمس، أدانت الهجوم على الكنيسة.",
])
def test_holder_past_long_statement_aside(text: str) -> None:
    assert ("condemns", "وزارة الخارجية المصرية", "الهجوم") in stances(run(text))


def test_statement_aside_naming_another() -> None:
    doc = run("وزارة الخارجية المصرية، في بيان صدر عن حركة حماس، أدانت الهجوم على الكنيسة.")
    assert not {s for k, s, _ in stances(doc) if k == "condemns"}

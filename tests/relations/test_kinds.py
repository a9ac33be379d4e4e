"""Every relation kind and event class on sentences written for the tests.

None of these sentences comes from the dev articles: the names (Kenya,
Ethiopia, Somalia, Nairobi, Mombasa, Tigray, IGAD, an invented minister
«جوزيف موانجي» and envoy «أمينة ورسمي») are chosen to appear nowhere there.
Each stance kind is checked plain, negated (polarity ``negative``) and
attributed (inside a quote or after «قال إن»: modality ``reported``, see
``kg.relations.polarity.modality``). A form the extractor does not handle yet
is a strict ``xfail`` with the reason, not a rule tuned to the sentence.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import event_args, facts, pairs
from tests.relations.docbuilder import E, build_doc

KENYA = E("Country", "كينيا", ("كينيا",), "Q114")
ETHIOPIA = E("Country", "إثيوبيا", ("إثيوبيا",), "Q115")
SOMALIA = E("Country", "الصومال", ("الصومال",), "Q1045")
NAIROBI = E("City", "نيروبي", ("نيروبي",), "Q3870")
MOMBASA = E("City", "مومباسا", ("مومباسا",))
TIGRAY = E("Region", "تيغراي", ("تيغراي",))
IGAD = E("InternationalOrganization", "منظمة إيغاد", ("منظمة إيغاد",))
SHABAB = E("ArmedGroup", "حركة الشباب", ("حركة الشباب",))
JOSEPH = E("Person", "جوزيف موانجي", ("جوزيف موانجي", "موانجي"))
AMINA = E("Person", "أمينة ورسمي", ("أمينة ورسمي",))
ALL = [KENYA, ETHIOPIA, SOMALIA, NAIROBI, MOMBASA, TIGRAY, IGAD, SHABAB, JOSEPH, AMINA]


def run(text: str, date: str | None = None) -> Document:
    return extract_relations(build_doc(text, ALL, date=date))


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)



# --- events -----------------------------------------------------------------

EVENTS = [
    pytest.param("وهاجمت حركة الشباب قاعدة عسكرية في مومباسا أمس.", "Attack",
                 {("agent", "حركة الشباب"), ("location", "مومباسا")}, id="Attack-verb"),
    pytest.param("وقصفت كينيا مواقع حركة الشباب في الصومال.", "Attack",
                 {("agent", "كينيا"), ("target", "حركة الشباب"), ("location", "الصومال")},
                 id="Attack-target"),
    pytest.param("وخرجت احتجاجات في نيروبي ضد الحكومة.", "Protest",
                 {("location", "نيروبي")}, id="Protest-noun"),
    pytest.param("وتظاهر أنصار المعارضة في نيروبي الجمعة.", "Protest",
                 {("location", "نيروبي")}, id="Protest-verb"),
    pytest.param("ووقعت كينيا اتفاقا مع إثيوبيا في نيروبي.", "Agreement",
                 {("agent", "كينيا"), ("participant", "إثيوبيا"), ("location", "نيروبي")},
                 id="Agreement-noun"),
    pytest.param("واتفقت كينيا مع إثيوبيا على تعزيز التعاون.", "Agreement",
                 {("participant", "كينيا"), ("participant", "إثيوبيا")}, id="Agreement-verb"),
    pytest.param("وزار جوزيف موانجي إثيوبيا الأسبوع الماضي.", "Visit",
                 {("agent", "جوزيف موانجي"), ("location", "إثيوبيا")}, id="Visit-country"),
    pytest.param("وزارت أمينة ورسمي نيروبي أمس.", "Visit",
                 {("agent", "أمينة ورسمي"), ("location", "نيروبي")}, id="Visit-city"),
    pytest.param("وفرضت كينيا عقوبات على حركة الشباب.", "Sanction",
                 {("agent", "كينيا"), ("target", "حركة الشباب")}, id="Sanction"),
    pytest.param("وانسحبت إثيوبيا من الصومال بعد عامين.", "Withdrawal",
                 {("agent", "إثيوبيا"), ("location", "الصومال")}, id="Withdrawal-verb"),
    pytest.param("وأعلنت كينيا انسحاب قواتها من الصومال.", "Withdrawal",
                 {("agent", "كينيا"), ("location", "الصومال")}, id="Withdrawal-noun"),
    pytest.param("وأعلنت كينيا نشر قوات إضافية في مومباسا.", "Deployment",
                 {("agent", "كينيا"), ("location", "مومباسا")}, id="Deployment-noun"),
    pytest.param("ونشرت كينيا قوات في الصومال.", "Deployment",
                 {("agent", "كينيا"), ("location", "الصومال")}, id="Deployment-verb"),
    pytest.param("واندلعت المعارك في تيغراي شمالي إثيوبيا.", "MilitaryOperation",
                 {("location", "تيغراي")}, id="MilitaryOperation"),
    pytest.param("وقتلت حركة الشباب جنودا في مومباسا.", "Killing",
                 {("agent", "حركة الشباب"), ("location", "مومباسا")}, id="Killing"),
    pytest.param("والتقى جوزيف موانجي أمينة ورسمي في نيروبي.", "Meeting",
                 {("agent", "جوزيف موانجي"), ("participant", "أمينة ورسمي"),
                  ("location", "نيروبي")}, id="Meeting"),
]


@pytest.mark.parametrize(("text", "label", "expected"), EVENTS)
def test_event_with_arguments(text: str, label: str, expected: set[tuple[str, str]]) -> None:
    found = event_args(run(text), label)
    assert any(expected <= args for args in found), found


def test_event_time_from_a_weekday() -> None:
    doc = run("وتظاهر أنصار المعارضة في نيروبي الجمعة.", date="2021-06-10")
    [protest] = [e for e in doc.events if e.label == "Protest"]
    assert protest.time == "2021-06-04"


# --- roles, geography, membership ----------------------------------------------

STRUCTURAL = [
    pytest.param("ووقعت الاشتباكات في إقليم تيغراي، شمال إثيوبيا.", "locatedIn",
                 ("تيغراي", "إثيوبيا"), id="region-comma-direction"),
    pytest.param("واندلعت المعارك في تيغراي شمالي إثيوبيا.", "locatedIn",
                 ("تيغراي", "إثيوبيا"), id="region-direction-adjective"),
    pytest.param("ووصل الوفد إلى مدينة نيروبي، جنوب كينيا.", "locatedIn",
                 ("نيروبي", "كينيا"), id="locatedIn"),
    pytest.param("وكينيا وإثيوبيا، الدول الأعضاء في منظمة إيغاد، رحبتا بالقرار.", "memberOf",
                 ("إثيوبيا", "منظمة إيغاد"), id="memberOf"),
    pytest.param("وقال رئيس منظمة إيغاد جوزيف موانجي إن الوضع مستقر.", "leads",
                 ("جوزيف موانجي", "منظمة إيغاد"), id="leads"),
    pytest.param("وقال رئيس منظمة إيغاد جوزيف موانجي إن الوضع مستقر.", "positionOf",
                 ("رئيس", "منظمة إيغاد"), id="positionOf"),
    pytest.param("وقالت أمينة ورسمي، وزيرة خارجية كينيا، إن الحوار مستمر.", "holdsPosition",
                 ("أمينة ورسمي", "وزيرة خارجية"), id="holdsPosition"),
]


@pytest.mark.parametrize(("text", "kind", "pair"), STRUCTURAL)
def test_structural_kind(text: str, kind: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(run(text), kind)


def test_region_of_a_country_is_located_in_not_part_of() -> None:
    """The guidelines: places lie in places (locatedIn); partOf is for organisations."""
    doc = run("ووقعت الاشتباكات في إقليم تيغراي، شمال إثيوبيا.")
    assert ("تيغراي", "إثيوبيا") not in pairs(doc, "partOf")


# --- stance: negated --------------------------------------------------------------

NEGATED = [
    pytest.param("ولم تعارض كينيا قرار منظمة إيغاد.", "opposes", "كينيا", "قرار منظمة إيغاد",
                 id="opposes"),
    pytest.param("ولم تدعم كينيا حركة الشباب.", "supports", "كينيا", "حركة الشباب",
                 id="supports"),
    pytest.param("ولم ينتقد جوزيف موانجي منظمة إيغاد.", "criticizes", "جوزيف موانجي",
                 "منظمة إيغاد", id="criticizes"),
    pytest.param("ولم ترفض إثيوبيا الاتهامات الموجهة إليها.", "rejects", "إثيوبيا",
                 "الاتهامات الموجهة", id="rejects"),
    pytest.param("ولا تدعو كينيا الأطراف الصومالية إلى الحوار.", "urges", "كينيا",
                 "الأطراف الصومالية", id="urges-la"),
    pytest.param("ولم تدع كينيا الأطراف الصومالية إلى الحوار.", "urges", "كينيا",
                 "الأطراف الصومالية", id="urges-lam-jussive"),
    pytest.param("ولا يشيد جوزيف موانجي بمواقف إثيوبيا.", "praises", "جوزيف موانجي", "إثيوبيا",
                 id="praises-la"),
    pytest.param("ولم يشد جوزيف موانجي بمواقف إثيوبيا.", "praises", "جوزيف موانجي", "إثيوبيا",
                 id="praises-lam-jussive"),
    pytest.param("ولم ترحب إثيوبيا بقرار منظمة إيغاد.", "welcomes", "إثيوبيا",
                 "قرار منظمة إيغاد", id="welcomes"),
    pytest.param("ولا تدين كينيا الهجوم الذي استهدف الصومال.", "condemns", "كينيا",
                 "Attack:الهجوم", id="condemns-la"),
    pytest.param("ولم تدن كينيا الهجوم الذي استهدف الصومال.", "condemns", "كينيا",
                 "Attack:الهجوم", id="condemns-lam-jussive"),
    pytest.param("ولم تحذر كينيا إثيوبيا من عواقب التصعيد.", "warns", "كينيا", "إثيوبيا",
                 id="warns"),
    pytest.param("ولم تهدد إثيوبيا كينيا بوقف التعاون.", "threatens", "إثيوبيا", "كينيا",
                 id="threatens"),
    pytest.param("ولا تشاطر كينيا إثيوبيا قلقها.", "sharesConcernWith", "كينيا", "إثيوبيا",
                 id="sharesConcernWith"),
    pytest.param("ولم تنسق كينيا مع إثيوبيا في ملف الصومال.", "coordinatesWith", "كينيا",
                 "إثيوبيا", id="coordinatesWith"),
]


@pytest.mark.parametrize(("text", "kind", "subject", "obj"), NEGATED)
def test_negated_stance(text: str, kind: str, subject: str, obj: str) -> None:
    found = facts(run(text), kind)
    assert (subject, obj, "negative", "asserted") in found, found
    assert (subject, obj, "positive", "asserted") not in found


def test_plural_jussive_after_lam_is_a_negated_trigger() -> None:
    found = facts(run("وكينيا وإثيوبيا لم يرفضوا قرار منظمة إيغاد."), "rejects")
    assert ("إثيوبيا", "قرار منظمة إيغاد", "negative", "asserted") in found, found
    assert not any(polarity == "positive" for _, _, polarity, _ in found)


def test_jussive_forms_without_lam_are_other_words() -> None:
    # «يشد» (pulls) and «يدع» (leaves) are not «يشيد» and «يدعو» without «لم».
    doc = run("ويشد جوزيف موانجي الحبل نحو إثيوبيا. ويدع كينيا تواجه منظمة إيغاد وحدها.")
    assert not facts(doc, "praises")
    assert not facts(doc, "urges")


def test_a_verb_form_with_the_article_is_a_noun_not_a_trigger() -> None:
    # «نشيد» is also «we praise», but «النشيد الوطني» is the national anthem.
    doc = run("وردد جوزيف موانجي النشيد الوطني الكيني أمام منظمة إيغاد.")
    assert not facts(doc, "praises")


# --- stance: attributed --------------------------------------------------------

ATTRIBUTED = [
    pytest.param("وقال جوزيف موانجي إن كينيا تعارض قرار منظمة إيغاد.", "opposes", "كينيا",
                 "قرار منظمة إيغاد", "positive", id="opposes-indirect"),
    pytest.param("وقالت أمينة ورسمي إن إثيوبيا تدعم جهود منظمة إيغاد.", "supports", "إثيوبيا",
                 "منظمة إيغاد", "positive", id="supports-indirect"),
    pytest.param("وقالت أمينة ورسمي إن إثيوبيا تدعم منظمة إيغاد.", "supports", "إثيوبيا",
                 "منظمة إيغاد", "positive", id="supports-indirect-svo"),
    pytest.param("وقال جوزيف موانجي: «لا ندعم حركة الشباب».", "supports", "جوزيف موانجي",
                 "حركة الشباب", "negative", id="supports-quote-negated"),
    pytest.param("وقالت أمينة ورسمي إن الصومال انتقد سياسات كينيا.", "criticizes", "الصومال",
                 "كينيا", "positive", id="criticizes-indirect"),
    pytest.param("وقالت أمينة ورسمي إن كينيا لم تنتقد منظمة إيغاد.", "criticizes", "كينيا",
                 "منظمة إيغاد", "negative", id="criticizes-indirect-negated-svo"),
    pytest.param("وقال جوزيف موانجي: «ننتقد منظمة إيغاد لصمتها».", "criticizes",
                 "جوزيف موانجي", "منظمة إيغاد", "positive", id="criticizes-quote"),
    pytest.param("وقالت أمينة ورسمي: «نرفض الاتهامات الموجهة إلى الصومال».", "rejects",
                 "أمينة ورسمي", "الاتهامات الموجهة", "positive", id="rejects-quote"),
    pytest.param("وقال جوزيف موانجي: «ندعو الأطراف الصومالية إلى الحوار».", "urges",
                 "جوزيف موانجي", "الأطراف الصومالية", "positive", id="urges-quote"),
    pytest.param("وقالت أمينة ورسمي إن الصومال يشيد بمواقف كينيا.", "praises", "الصومال",
                 "كينيا", "positive", id="praises-indirect"),
    pytest.param("وقال جوزيف موانجي: «نرحب بمبادرة إثيوبيا».", "welcomes", "جوزيف موانجي",
                 "مبادرة إثيوبيا", "positive", id="welcomes-quote"),
    pytest.param("وقالت أمينة ورسمي: «ندين الهجوم الذي استهدف كينيا».", "condemns",
                 "أمينة ورسمي", "Attack:الهجوم", "positive", id="condemns-quote"),
    pytest.param("وقال جوزيف موانجي: «نحذر حركة الشباب من عواقب التصعيد».", "warns",
                 "جوزيف موانجي", "حركة الشباب", "positive", id="warns-quote"),
    pytest.param("وقالت أمينة ورسمي إن الصومال هدد بقطع العلاقات مع كينيا.", "threatens",
                 "الصومال", "كينيا", "positive", id="threatens-indirect"),
    pytest.param("وقالت أمينة ورسمي إن الصومال هدد كينيا بوقف التعاون.", "threatens",
                 "الصومال", "كينيا", "positive", id="threatens-indirect-svo"),
    pytest.param("وقال جوزيف موانجي: «نشاطر إثيوبيا قلقها».", "sharesConcernWith",
                 "جوزيف موانجي", "إثيوبيا", "positive", id="sharesConcernWith-quote"),
    pytest.param("وقالت أمينة ورسمي إن كينيا تنسق مع إثيوبيا في ملف الصومال.",
                 "coordinatesWith", "كينيا", "إثيوبيا", "positive", id="coordinatesWith-indirect"),
    pytest.param("وقال جوزيف موانجي، وزير خارجية كينيا: «لم نكن راضين عن موقف إثيوبيا».",
                 "opposes", "كينيا", "إثيوبيا", "positive", id="opposes-emotion-quote"),
]


@pytest.mark.parametrize(("text", "kind", "subject", "obj", "pol"), ATTRIBUTED)
def test_attributed_stance_is_reported(text: str, kind: str, subject: str, obj: str,
                                       pol: str) -> None:
    found = facts(run(text), kind)
    assert (subject, obj, pol, "reported") in found, found


def test_one_statement_for_a_quote_after_a_colon() -> None:
    doc = run("وقال جوزيف موانجي: «نرحب بمبادرة إثيوبيا».")
    assert pairs(doc, "stated") == {("جوزيف موانجي", "نرحب بمبادرة إثيوبيا")}


# --- the emotion idiom ----------------------------------------------------------

EMOTION = [
    pytest.param("وكانت كينيا غير راضية عن موقف إثيوبيا.", "كينيا", "asserted", id="ghayr"),
    pytest.param("وقال جوزيف موانجي إنه لم يكن راضيا عن موقف إثيوبيا.", "جوزيف موانجي",
                 "reported", id="lam-yakun-reported"),
    pytest.param("وقالت أمينة ورسمي إن كينيا لم تكن راضية عن موقف إثيوبيا.", "كينيا",
                 "reported", id="lam-takun-subject-before"),
    pytest.param("ولم تكن كينيا راضية عن موقف إثيوبيا.", "كينيا", "asserted",
                 id="lam-takun-subject-between"),
    pytest.param("وليست كينيا راضية عن موقف إثيوبيا.", "كينيا", "asserted",
                 id="laysat-subject-between"),
]


@pytest.mark.parametrize(("text", "subject", "mood"), EMOTION)
def test_negated_contentment_is_opposition(text: str, subject: str, mood: str) -> None:
    doc = run(text)
    assert facts(doc, "opposes") == {(subject, "إثيوبيا", "positive", mood)}
    assert facts(doc, "supports") == set()


def test_contentment_after_an_affirmative_copula_is_support() -> None:
    doc = run("وكانت كينيا راضية عن موقف إثيوبيا.")
    assert facts(doc, "supports") == {("كينيا", "إثيوبيا", "positive", "asserted")}
    assert facts(doc, "opposes") == set()


def test_contentment_is_support_when_reported() -> None:
    doc = run("وقالت أمينة ورسمي إن كينيا سعيدة بموقف إثيوبيا.")
    assert facts(doc, "supports") == {("كينيا", "إثيوبيا", "positive", "reported")}


# --- stated and denies ------------------------------------------------------------

def test_stated_plain_and_in_a_quote() -> None:
    doc = run("وقالت أمينة ورسمي إن كينيا ستنسحب من الصومال.")
    assert pairs(doc, "stated") == {("أمينة ورسمي", "كينيا ستنسحب من الصومال")}
    quoted = run("وقال جوزيف موانجي «لن ننسحب من الصومال».")
    assert pairs(quoted, "stated") == {("جوزيف موانجي", "لن ننسحب من الصومال")}


def test_negated_saying_is_no_statement() -> None:
    doc = run("ولم يقل جوزيف موانجي إن كينيا ستنسحب.")
    assert facts(doc, "stated") == set()


def test_denial() -> None:
    doc = run("ونفت كينيا أي علاقة لها بالهجوم.")
    assert facts(doc, "denies") == {("كينيا", "أي علاقة لها بالهجوم", "positive", "asserted")}
    assert facts(doc, "stated") == set()


def test_negated_denial_is_not_a_denial() -> None:
    doc = run("ولم تنف كينيا مشاركتها في العملية.")
    assert {p for _, _, p, _ in facts(doc, "denies")} <= {"negative"}


def test_negated_denial_has_negative_polarity() -> None:
    doc = run("ولم تنف كينيا مشاركتها في العملية.")
    assert {(s, p) for s, _, p, _ in facts(doc, "denies")} == {("كينيا", "negative")}


def test_what_was_not_said_is_no_statement() -> None:
    doc = run("ولم يقل جوزيف موانجي إن كينيا تدعم منظمة إيغاد.")
    assert not facts(doc, "stated")


@xfail("a reporting verb inside an indirect statement opens no statement of its own")
def test_denial_reported_by_someone_else() -> None:
    doc = run("وقال جوزيف موانجي إن إثيوبيا نفت أي علاقة لها بالهجوم.")
    assert ("إثيوبيا", "أي علاقة لها بالهجوم") in pairs(doc, "denies")

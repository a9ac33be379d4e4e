"""Stance kinds on sentences written for the tests, plain, negated and attributed."""

from __future__ import annotations

import pytest

from kg.relations import extract_relations
from tests.relations.conftest import facts, pairs, stances
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
LIBYA = E("Country", "ليبيا", ("ليبيا",), "Q1016")
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",), "Q1065")
HASSAN = E("Person", "حسن العلي", ("حسن العلي", "العلي"))
KARIM = E("Person", "كريم سالم", ("كريم سالم",))
ENTITIES = [EGYPT, QATAR, LIBYA, UN, HASSAN, KARIM]


def run(text: str) -> object:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize(("text", "kind", "subject", "obj"), [
    ("وعارضت مصر قرار الأمم المتحدة الأخير.", "opposes", "مصر", "قرار الأمم المتحدة"),
    ("وتدعم قطر الأمم المتحدة في جهودها.", "supports", "قطر", "الأمم المتحدة"),
    ("وانتقد حسن العلي الأمم المتحدة بشدة.", "criticizes", "حسن العلي", "الأمم المتحدة"),
    ("ورحبت مصر بقطر في الاجتماع الوزاري.", "welcomes", "مصر", "قطر"),
    ("وأشاد كريم سالم بمواقف قطر الأخيرة.", "praises", "كريم سالم", "قطر"),
    ("وأدانت قطر الهجوم الذي استهدف ليبيا.", "condemns", "قطر", "Attack:الهجوم"),
    ("وحذرت مصر ليبيا من عواقب التصعيد.", "warns", "مصر", "ليبيا"),
    ("وهدد حسن العلي الأمم المتحدة بوقف التعاون.", "threatens", "حسن العلي", "الأمم المتحدة"),
    ("ورفضت ليبيا الاتهامات الموجهة إليها.", "rejects", "ليبيا", "الاتهامات الموجهة"),
    ("ودعت قطر الأطراف الليبية إلى الحوار.", "urges", "قطر", "الأطراف الليبية"),
    ("وتنسق مصر مع قطر في ملف الوساطة.", "coordinatesWith", "مصر", "قطر"),
])
def test_stance_kind(text: str, kind: str, subject: str, obj: str) -> None:
    assert (subject, obj) in pairs(run(text), kind)


def test_negated_stance_has_negative_polarity() -> None:
    doc = run("ولم تعارض مصر قرار الأمم المتحدة.")
    assert ("مصر", "قرار الأمم المتحدة", "negative", "asserted") in facts(doc, "opposes")


def test_negated_emotion_is_opposition_not_support() -> None:
    doc = run("وقال حسن العلي: «لسنا سعداء بتدخل قطر في ليبيا».")
    # «لسنا» is the speaker's side: with no position known, the speaker himself.
    assert facts(doc, "opposes") == {("حسن العلي", "قطر", "positive", "reported")}
    assert facts(doc, "supports") == set()


def test_emotion_without_negation_is_support() -> None:
    doc = run("وقالت مصر إنها سعيدة بموقف قطر.")
    assert ("مصر", "قطر") in pairs(doc, "supports")


def test_attributed_stance_is_reported_and_first_person_is_the_speaker_side() -> None:
    text = "وقال كريم سالم، وزير خارجية مصر: «نرفض تدخل قطر في ليبيا»."
    doc = run(text)
    assert ("كريم سالم", "وزير خارجية") in pairs(doc, "holdsPosition")
    rejects = facts(doc, "rejects")
    assert {(s, m) for s, _, _, m in rejects} == {("مصر", "reported")}


def test_hedged_and_conditional_stance_is_not_written() -> None:
    """A stance the article does not assert is no fact (GUIDELINES rule 1)."""
    hedged = run("وربما تدعم قطر ليبيا في المرحلة المقبلة.")
    assert not facts(hedged, "supports")
    conditional = run("وإذا فشلت المفاوضات، ستدعم قطر ليبيا.")
    assert not facts(conditional, "supports")


def test_shares_concern_and_daily_coordination_inside_a_quote() -> None:
    text = ("وقال حسن العلي، مبعوث مصر إلى ليبيا: «نشاطر كريم سالم قلقه، "
            "ويوجد تنسيق يومي بيننا وبين قطر»." )
    doc = run(text)
    assert ("مصر", "كريم سالم") in pairs(doc, "sharesConcernWith")
    assert ("مصر", "قطر") in pairs(doc, "coordinatesWith")


def test_same_fact_twice_keeps_both_evidence() -> None:
    doc = run("وانتقد حسن العلي الأمم المتحدة. ثم انتقد حسن العلي الأمم المتحدة مجددا.")
    [relation] = [r for r in doc.relations if r.kind == "criticizes"]
    assert len(relation.evidence) == 2
    assert relation.evidence[0].sentence_id != relation.evidence[1].sentence_id


def test_nawwaha_with_a_clause_is_noting_not_praise() -> None:
    """«ونوّه حسن العلي بأن مصر ...»: «نوّه» with «بأن»/«إلى أن» reports what was noted;
    nothing is praised."""
    for text in ("ونوه حسن العلي بأن مصر تعود إلى خريطة الاستثمار.",
                 "وتحدث حسن العلي عن المشروع، منوها إلى أن مصر تعود إلى خريطة الاستثمار."):
        doc = extract_relations(build_doc(text, [HASSAN, EGYPT]))
        assert ("حسن العلي", "مصر") not in pairs(doc, "praises")


def test_nawwaha_with_bi_and_a_noun_is_praise() -> None:
    """«ونوّه حسن العلي بجهود مصر»: «نوّه بـ» a noun praises it."""
    doc = extract_relations(build_doc("ونوه حسن العلي بجهود مصر في الوساطة.", [HASSAN, EGYPT]))
    assert ("حسن العلي", "مصر") in pairs(doc, "praises")


ASIR = E("City", "منطقة عسير", ("منطقة عسير",))
CLUB = E("Organization", "نادي الهلال", ("نادي الهلال",))


def test_own_office_named_again_is_not_the_object() -> None:
    """«رحب أمير منطقة عسير ... بزوار منطقة عسير»: the region of his own title is the
    genitive of the real object (its visitors), not what he welcomes."""
    for text in ("رحب أمير منطقة عسير حسن العلي بزوار منطقة عسير الذين توافدوا.",
                 "وأشاد رئيس نادي الهلال حسن العلي بجماهير نادي الهلال في المباراة."):
        doc = extract_relations(build_doc(text, [HASSAN, ASIR, CLUB]))
        assert not {s for s in stances(doc) if s[1] == "حسن العلي"}

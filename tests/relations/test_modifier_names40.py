"""Stances written at the bar with the wrong holder or target, session 40.

- a name after «برئاسة», «بقيادة», «بحضور» describes the body or occasion before it: it is
  no stance's holder, not even for a verb coordinated after it; a relative clause on the
  name («بحضور X الذي أشاد بـ») still holds the stance;
- «اتهم» unvoweled is also the passive («واتُّهم X، رئيس النادي، بالفساد بعد أن مثل أمام
  المحكمة»): the accused stands before the charge opened by «بـ», so nothing past that
  «بـ» is accused; the active «اتهمت المحكمة X بالفساد» keeps X;
- a participle inside a quotation, after another actor is named in it, is that actor's
  («وأضاف X: «لم يُسجن Y، وواصل نشاطه داعيا أنصاره ...»»): not the speaker's stance;
- «خاصة أنه», «لا سيما أنه», «رغم أنه» in a report take up the one the report is about as
  well as the speaker: no stance is read as the speaker's there; «وقال X إنه يرفض» still is;
- «دعم» of a technical feature («ستدعم الشركة البث المباشر») or its means after «بالـ»
  («على دعمها بالملابس للأسر») is no side backed.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

SAMIR = E("Person", "سمير العتيبي", ("سمير العتيبي", "العتيبي"))
NADER = E("Person", "نادر الحمدان", ("نادر الحمدان", "الحمدان"))
COURT = E("GovernmentBody", "المحكمة العليا", ("المحكمة العليا",))
UNION = E("Organization", "اتحاد الكرة", ("اتحاد الكرة",))
PARTIES = E("Organization", "حزب الأمة", ("حزب الأمة",))
ENTITIES = [SAMIR, NADER, COURT, UNION, PARTIES]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


@pytest.mark.parametrize("text", [
    "فور إعلان الهدنة في المدينة أعلنت الحكومة المؤقتة برئاسة سمير العتيبي الترحيب بها، "
    "وأصدرت بيانا قالت فيه إنها خطوة مهمة لإنهاء الأزمة، ودعت جميع الأطراف لتغليب مصلحة البلاد.",
    "وأعلنت الحكومة المؤقتة برئاسة سمير العتيبي الترحيب بها، وأصدرت بيانا قالت فيه إنها خطوة "
    "مهمة، ودعت حزب الأمة لتغليب مصلحة البلاد.",
])
def test_a_leader_after_its_body_holds_no_stance(text: str) -> None:
    assert not any(s == "سمير العتيبي" for _, s, _ in run(text))


def test_a_relative_clause_on_the_guest_holds_the_stance() -> None:
    text = "وأقيم الحفل بحضور سمير العتيبي الذي دعا حزب الأمة إلى المشاركة في الانتخابات."
    assert ("urges", "سمير العتيبي", "حزب الأمة") in run(text)


def test_nothing_past_the_charge_of_a_passive_accusation() -> None:
    text = ("واتهم نادر الحمدان، الذي يرأس النادي منذ سنوات، أيضا بالتزوير بعد أن حضر أمام "
            "المحكمة العليا التي أمرت بحبسه.")
    assert not any(k == "criticizes" and s == "نادر الحمدان" for k, s, _ in run(text))


def test_the_accused_before_the_charge_is_kept() -> None:
    text = "واتهمت المحكمة العليا نادر الحمدان بالفساد وإهدار المال العام."
    assert ("criticizes", "المحكمة العليا", "نادر الحمدان") in run(text)


def test_a_quoted_participle_after_another_actor_is_not_the_speakers() -> None:
    text = ("ويضيف سمير العتيبي: «منذ ذلك العام لم يُسجن نادر الحمدان، وواصل نشاطه داعيا "
            "حزب الأمة إلى مقاطعة الانتخابات».")
    assert not any(s == "سمير العتيبي" for _, s, _ in run(text))


def test_a_participle_of_the_speaker_outside_quotes_is_kept() -> None:
    text = "وتحدث سمير العتيبي عن الانتخابات، داعيا حزب الأمة إلى المشاركة فيها."
    assert ("urges", "سمير العتيبي", "حزب الأمة") in run(text)


@pytest.mark.parametrize("text", [
    "وأكد سمير العتيبي أن قرار المدرب كان خاطئا خاصة أنه رفض مقترح اتحاد الكرة.",
    "وأوضح سمير العتيبي أن موقف المدرب غريب لا سيما أنه رفض مقترح اتحاد الكرة.",
])
def test_a_ground_inside_a_report_is_not_the_speakers(text: str) -> None:
    assert not any(k == "rejects" and s == "سمير العتيبي" for k, s, _ in run(text))


def test_the_speakers_own_pronoun_is_kept() -> None:
    text = "وقال سمير العتيبي إنه يرفض مقترح اتحاد الكرة."
    assert any(k == "rejects" and s == "سمير العتيبي" for k, s, _ in run(text))


CHARITY = E("Organization", "جمعية البر", ("جمعية البر",))
MAKER = E("Organization", "شركة فالكون", ("شركة فالكون",))


def supports_of(text: str) -> set[tuple[str, str]]:
    doc: Document = extract_relations(build_doc(text, [*ENTITIES, CHARITY, MAKER]))
    return {(s, o) for k, s, o in stances(doc) if k == "supports"}


@pytest.mark.parametrize("text", [
    "وقدم سمير العتيبي شكره لجمعية البر على دعمها بالملابس للأسر في الحي.",
    "وستدعم شركة فالكون البث المباشر عبر تطبيقها الجديد.",
])
def test_the_means_or_a_feature_supported_is_no_side(text: str) -> None:
    assert not supports_of(text)


def test_a_side_supported_is_kept() -> None:
    assert ("شركة فالكون", "حزب الأمة") in \
        supports_of("وأعلنت شركة فالكون دعمها لحزب الأمة في الانتخابات.")


def test_a_titles_ba_before_the_accused_opens_no_charge() -> None:
    text = "واتهم نادر الحمدان، المتحدث باسم حزب الأمة، المحكمة العليا بالتحيز."
    assert ("criticizes", "نادر الحمدان", "المحكمة العليا") in run(text)
